/**
 * `entente demo`: the whole job on a fresh clone. Starts (or reuses) the embedded Neo4j, ingests
 * data/articles and, when it is there, ../shared/corpus, then serves the viewer and prints its URL.
 * Ingesting is idempotent, so running the demo again only serves what is already loaded.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { projectRoot } from "../../src/config.js";
import { formatSummary } from "./ingest.js";
import { DEFAULT_VIEWER_PORT, portOption } from "./serve.js";

/** The demo's articles: the project's sample corpus, and the shared one beside the checkout if present. */
function demoCorpusPaths(root: string = projectRoot()): string[] {
  return [join(root, "data", "articles"), resolve(root, "..", "shared", "corpus")].filter((path) => existsSync(path));
}

export function registerDemoCommand(program: Command): void {
  program
    .command("demo")
    .description("start the embedded Neo4j, ingest the sample articles and serve the viewer")
    .option("--port <n>", "port of the viewer (0: any free port)", portOption, DEFAULT_VIEWER_PORT)
    .option("--host <address>", "address the viewer listens on", "127.0.0.1")
    .action(async (options: { port: number; host: string }) => {
      const [{ connectNeo4j }, { ingestPaths }, { serveUntilStopped }] = await Promise.all([
        import("../../src/neo4j/connect.js"),
        import("../../ingest/ingest-paths.js"),
        import("../../viewer/server/run.js"),
      ]);
      const say = (line: string) => process.stderr.write(`entente demo: ${line}\n`);
      const conn = await connectNeo4j({ onProgress: say });
      const paths = demoCorpusPaths();
      try {
        say(`ingesting ${paths.join(" and ")}…`);
        const summary = await ingestPaths(conn, paths, {
          onRejected: (failure) => say(`${failure.source}: ${failure.reason}`),
        });
        process.stdout.write(formatSummary(summary));
      } finally {
        await conn.close();
      }
      // The viewer answers people: a connection that gives up within seconds when Neo4j is down.
      const viewerConn = await connectNeo4j({ interactive: true });
      await serveUntilStopped(viewerConn, {
        host: options.host,
        port: options.port,
        name: "entente demo",
        print: (line) => process.stdout.write(`${line}\n`),
      });
    });
}
