/**
 * `entente serve [--port N] [--host address] [--allowed-host name]`: the viewer and its read-only
 * HTTP API over the graph, on a connection that gives up within seconds when Neo4j is down.
 */
import { InvalidArgumentError, type Command } from "commander";

export const DEFAULT_VIEWER_PORT = 7400;

/** --port's parser: a whole number from 0 (any free port) to 65535. */
export function portOption(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError(`--port must be an integer between 0 and 65535, not '${text}'`);
  }
  return port;
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
      const [{ connectNeo4j }, { serveUntilStopped }] = await Promise.all([
        import("../../src/neo4j/connect.js"),
        import("../../viewer/server/run.js"),
      ]);
      const conn = await connectNeo4j({ interactive: true });
      await serveUntilStopped(conn, { host: options.host, port: options.port, allowedHosts: options.allowedHost });
    });
}
