/**
 * `entente ingest <files|dirs…> [--workers N] [--json] [--verbose]`: extract and load into Neo4j
 * (the embedded server, started if needed, unless NEO4J_URI is set). Extraction runs on worker
 * threads (one per core by default) while Neo4j writes. A progress bar with articles/s and the time
 * left on a terminal (a line every 30 s otherwise), a summary at the end, one line per rejected file
 * (`entente/ingest: <file>: <reason>`), exit 1 if any. Run again, it skips what is already loaded.
 */
import type { Command } from "commander";
import type { IngestSummary } from "../../ingest/ingest-paths.js";
import { defaultWorkers, workersOption } from "../options.js";

interface IngestCommandOptions {
  json?: boolean;
  verbose?: boolean;
  workers: number;
}

export function registerIngestCommand(program: Command): void {
  program
    .command("ingest")
    .description("extract articles and load them into the Neo4j graph (idempotent: loading again changes nothing)")
    .argument("<paths...>", "article files (.txt, .md, .html, .jsonl) or folders")
    .option(
      "--workers <n>",
      "extraction threads working while Neo4j writes (0: in the command's own thread)",
      workersOption,
      defaultWorkers(),
    )
    .option("--json", "print the summary as JSON")
    .option("--verbose", "also list what the extraction left out of each document")
    .action(async (paths: string[], options: IngestCommandOptions) => {
      const [{ connectNeo4j }, { ingestPaths }, { surveyInputFiles }, { startProgress }, { collectBetweenBatches }] = await Promise.all([
        import("../../src/neo4j/connect.js"),
        import("../../ingest/ingest-paths.js"),
        import("../../ingest/read/index.js"),
        import("../progress.js"),
        import("../heap.js"),
      ]);
      const conn = await connectNeo4j({ onProgress: (line) => process.stderr.write(`entente/ingest: ${line}\n`) });
      const progress = startProgress("entente/ingest");
      surveyInputFiles(paths).then(
        (survey) => progress.setTotal(survey.bytes),
        () => undefined, // the ingest's own walk reports what cannot be read
      );
      try {
        const summary = await ingestPaths(conn, paths, {
          workers: options.workers,
          onProgress: (bytes) => progress.advance(bytes),
          onRejected: (failure) => progress.log(`entente/ingest: ${failure.source}: ${failure.reason}`),
          onSkipped: (skipped) => progress.log(`entente/ingest: ${skipped.source}: ${skipped.reason}`),
          onWarning: (warning) => progress.log(`entente/ingest: ${warning.source}: ${warning.reason}`),
          onBatchWritten: collectBetweenBatches(),
        });
        progress.stop();
        if (options.verbose) for (const warning of summary.warnings) process.stderr.write(`entente/ingest: ${warning}\n`);
        process.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
        if (summary.rejected.length > 0) process.exitCode = 1;
      } finally {
        progress.stop();
        await conn.close();
      }
    });
}

export function formatSummary(summary: IngestSummary): string {
  const rate = summary.seconds > 0 ? summary.relationshipsCreated / summary.seconds : 0;
  const rejected = summary.rejected.length > 0 ? `, ${summary.rejected.length} rejected` : "";
  return [
    `entente ingest: ${summary.loaded} document${summary.loaded === 1 ? "" : "s"} loaded` +
      `${summary.unchanged > 0 ? ` (${summary.unchanged} already there, unchanged)` : ""}${rejected} in ${summary.seconds.toFixed(1)} s` +
      ` (${summary.relationshipsCreated} new relationships, ${Math.round(rate)}/s)`,
    `graph: ${summary.documents} documents, ${summary.entities} entities, ${summary.events} events, ` +
      `${summary.relations} relations, ${summary.conflicts} conflicts`,
    "",
  ].join("\n");
}
