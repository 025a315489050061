/**
 * Running the viewer from the command line: open the server on a connection, print where it is,
 * keep it up until SIGINT/SIGTERM, then close the server and the connection cleanly.
 */
import { UserError } from "../../src/errors.js";
import type { Neo4jConnection } from "../../src/neo4j/connection.js";
import { createViewerServer } from "./server.js";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

export interface ServeOptions {
  host: string;
  port: number;
  /** Host names besides the bound address's own that requests may use (see ./host-check). */
  allowedHosts?: readonly string[];
  /** Where to print the lines for the user (stdout by default). */
  print?: (line: string) => void;
  /** Who speaks in those lines (default "entente serve"). */
  name?: string;
}

/** Serves until the process is told to stop; resolves once everything is closed. */
export async function serveUntilStopped(conn: Neo4jConnection, options: ServeOptions): Promise<void> {
  const print = options.print ?? ((line: string) => console.log(line));
  const name = options.name ?? "entente serve";
  let server: Awaited<ReturnType<typeof createViewerServer>>;
  try {
    server = await createViewerServer({ conn, host: options.host, port: options.port, allowedHosts: options.allowedHosts ?? [] });
  } catch (error) {
    await conn.close();
    throw new UserError(error instanceof Error ? error.message : String(error), 1);
  }
  if (!LOOPBACK.has(options.host)) {
    print(`${name}: listening on ${options.host}: the graph (read-only) is reachable from the network.`);
  }
  print(`${name}: viewer at ${server.url} (Ctrl-C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await server.close();
  await conn.close();
}
