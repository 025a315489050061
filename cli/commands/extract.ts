/**
 * `entente extract <files|dirs…> [--json] [-o file]`: runs the ingest pipeline without a
 * database and prints the extraction (the contract's JSON with --json, else a short summary per
 * document). One line on stderr per rejected file; exit 1 if any was rejected.
 */
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { extractPaths } from "../../ingest/pipeline.js";
import type { DocumentExtraction, ExtractionOutput } from "../../src/model/extraction.js";
import { UserError } from "../../src/errors.js";

interface ExtractCommandOptions {
  json?: boolean;
  output?: string;
}

/** A few lines saying what was found in one document. */
function summarizeExtraction(d: DocumentExtraction): string {
  const byType = new Map<string, number>();
  for (const e of d.entities) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const names = new Map(d.entities.map((e) => [e.id, e.name]));
  const lines = [
    `${d.document.source}  [${d.document.language}${d.document.published ? `, ${d.document.published}` : ""}]${d.document.title ? `  ${d.document.title}` : ""}`,
    `  entities: ${d.entities.length}${byType.size ? ` (${[...byType].map(([t, n]) => `${n} ${t}`).join(", ")})` : ""}`,
  ];
  for (const e of d.events) {
    const who = e.participants.map((id) => names.get(id) ?? id).join(", ");
    lines.push(
      `  event: ${e.type} ${e.status}${e.date ? ` ${e.date}${e.endDate ? `..${e.endDate}` : ""}` : ""}: ${who}${e.place ? ` @ ${names.get(e.place) ?? e.place}` : ""}`,
    );
  }
  for (const r of d.relations) {
    const title = r.type === "HOLDS_ROLE" && typeof r.properties?.title === "string" ? ` (${r.properties.title})` : "";
    lines.push(`  ${r.type}: ${names.get(r.source) ?? r.source} → ${names.get(r.target) ?? r.target}${title}`);
  }
  return lines.join("\n");
}

async function runExtract(paths: string[], options: ExtractCommandOptions): Promise<void> {
  const showProgress = process.stderr.isTTY === true;
  const documents: DocumentExtraction[] = [];
  let rejected = 0;
  for await (const result of extractPaths(paths, {
    onProgress: showProgress
      ? (done, total, source) =>
          process.stderr.write(`\rentente/extract: ${done}/${total} ${source}`.slice(0, 200).padEnd(80) + (done === total ? "\n" : ""))
      : undefined,
  })) {
    if (result.ok) documents.push(result.extraction);
    else {
      rejected++;
      if (showProgress) process.stderr.write("\n");
      process.stderr.write(`entente/extract: ${result.failure.source}: ${result.failure.reason}\n`);
    }
  }
  const body = options.json
    ? `${JSON.stringify({ documents } satisfies ExtractionOutput, null, 2)}\n`
    : documents.map(summarizeExtraction).join("\n\n") + (documents.length ? "\n" : "");
  if (options.output) {
    try {
      await writeFile(options.output, body);
    } catch (error) {
      throw new UserError(
        `entente/extract: ${options.output}: cannot write (${error instanceof Error ? error.message : String(error)})`,
        1,
      );
    }
  } else process.stdout.write(body);
  if (rejected > 0) process.exitCode = 1;
}

export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description("Extract entities, events, roles and relations from articles (no database); JSON per the extraction contract with --json")
    .argument("<paths...>", "article files (.txt, .md, .html, .jsonl) or folders, read recursively")
    .option("--json", "print the extraction as JSON (shared/contract/extraction.schema.json)")
    .option("-o, --output <file>", "write to this file instead of stdout")
    .action(async (paths: string[], options: ExtractCommandOptions) => runExtract(paths, options));
}
