import { InvalidArgumentError, type Command } from "commander";
import { connectNeo4j } from "../../src/neo4j/connect.js";
import { parsePort, serveUntilStopped } from "../../viewer/server/run.js";

export const DEFAULT_VIEWER_PORT = 7400;

export function portOption(text: string): number {
  try {
    return parsePort(text);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
}

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("serve the graph viewer and its read-only HTTP API (127.0.0.1 by default)")
    .option("--port <n>", "port to listen on (0: any free port)", portOption, DEFAULT_VIEWER_PORT)
    .option("--host <address>", "address to listen on; anything but loopback exposes the graph", "127.0.0.1")
    .option(
      "--allowed-host <name>",
      "another name clients use for this machine (requests naming any other host get 403; repeatable)",
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .action(async (options: { port: number; host: string; allowedHost: string[] }) => {
      const conn = await connectNeo4j({ interactive: true });
      await serveUntilStopped(conn, { host: options.host, port: options.port, allowedHosts: options.allowedHost });
    });
}
