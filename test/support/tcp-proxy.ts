/**
 * A TCP proxy in front of the test Neo4j, for fault tests: closing it is, for a client, what Neo4j
 * dying is (every connection drops, new ones are refused) without stopping the run's shared server.
 */
import { connect, createServer, type Socket } from "node:net";

export interface TcpProxy {
  /** bolt://127.0.0.1:<port> of the proxy. */
  uri: string;
  /** Drops every connection and stops listening: the database is "gone". */
  close(): Promise<void>;
}

/** A proxy to `target` (a bolt:// URI on a host and port) on a free loopback port. */
export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const { hostname, port } = new URL(target.replace(/^[a-z+]+:/, "http:"));
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };
  const server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    track(client);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const proxyPort = typeof address === "object" && address ? address.port : 0;
  return {
    uri: `bolt://127.0.0.1:${proxyPort}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
