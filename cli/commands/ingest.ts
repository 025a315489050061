/**
 * `entente ingest <files|dirs…> [--json] [--verbose]`: extract and load into Neo4j (the embedded
 * server, started if needed, unless NEO4J_URI is set). A progress bar on a terminal, a summary at
 * the end, one line per rejected file (`entente/ingest: <file>: <reason>`), exit 1 if any.
 */
import type { Command } from "commander";
import { MultiBar, Presets, type SingleBar } from "cli-progress";
import { connectNeo4j } from "../../src/neo4j/connect.js";
import { ingestPaths, type IngestSummary } from "../../ingest/ingest-paths.js";

interface IngestCommandOptions {
  json?: boolean;
  verbose?: boolean;
}

export function registerIngestCommand(program: Command): void {
  program
    .command("ingest")
    .description("extract articles and load them into the Neo4j graph (idempotent: loading again changes nothing)")
    .argument("<paths...>", "article files (.txt, .md, .html, .jsonl) or folders")
    .option("--json", "print the summary as JSON")
    .option("--verbose", "also list what the extraction left out of each document")
    .action(async (paths: string[], options: IngestCommandOptions) => {
      const conn = await connectNeo4j({ onProgress: (line) => process.stderr.write(`entente/ingest: ${line}\n`) });
      const progress = process.stderr.isTTY ? new ProgressDisplay() : null;
      const say = (line: string) => {
        if (progress) progress.log(line);
        else process.stderr.write(`${line}\n`);
      };
      try {
        const summary = await ingestPaths(conn, paths, {
          onProgress: (done, total) => progress?.update(done, total),
          onRejected: (failure) => say(`entente/ingest: ${failure.source}: ${failure.reason}`),
          onSkipped: (skipped) => say(`entente/ingest: ${skipped.source}: ${skipped.reason}`),
        });
        progress?.stop();
        if (options.verbose) for (const warning of summary.warnings) process.stderr.write(`entente/ingest: ${warning}\n`);
        process.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
        if (summary.rejected.length > 0) process.exitCode = 1;
      } finally {
        progress?.stop();
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

/** A cli-progress bar on stderr that lets rejected-file lines print above it. */
class ProgressDisplay {
  private readonly bars = new MultiBar(
    { stream: process.stderr, clearOnComplete: true, hideCursor: true, format: "ingest [{bar}] {value}/{total} files" },
    Presets.shades_classic,
  );
  private bar: SingleBar | null = null;
  private stopped = false;

  update(done: number, total: number): void {
    this.bar ??= this.bars.create(total, 0);
    this.bar.setTotal(total);
    this.bar.update(done);
  }

  log(line: string): void {
    this.bars.log(`${line}\n`);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.bars.stop();
  }
}
