/**
 * `entente extract <files|dirs…> [--json] [-o file]`: runs the ingest pipeline without a
 * database and prints the extraction (the contract's JSON with --json, else a short summary per
 * document), streamed one document at a time; extraction runs on --workers threads (one per core by
 * default) with the output in input order. One line on stderr per rejected file; exit 1 if any.
 */
import { once } from "node:events";
import { open, type FileHandle } from "node:fs/promises";
import type { Writable } from "node:stream";
import type { Command } from "commander";
import type { DocumentExtraction } from "../../src/model/extraction.js";
import { UserError } from "../../src/errors.js";
import { defaultWorkers, workersOption } from "../options.js";

interface ExtractCommandOptions {
  json?: boolean;
  output?: string;
  workers: number;
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
  // The extractor and its knowledge base load here, for this command only.
  const [{ extractPaths }, { surveyInputFiles }, { startProgress }, json] = await Promise.all([
    import("../../ingest/pipeline.js"),
    import("../../ingest/read/index.js"),
    import("../progress.js"),
    import("../format/documents-json.js"),
  ]);
  const output = await openOutput(options.output);
  const progress = startProgress("entente/extract");
  surveyInputFiles(paths).then(
    (survey) => progress.setTotal(survey.bytes),
    () => undefined, // the same walk reports its failures below
  );
  let documents = 0;
  let rejected = 0;
  try {
    if (options.json) await output.write(json.DOCUMENTS_JSON_HEAD);
    const onSkipped = (skipped: { source: string; reason: string }) =>
      progress.log(`entente/extract: ${skipped.source}: ${skipped.reason}`);
    for await (const result of extractPaths(paths, { workers: options.workers, onSkipped })) {
      if (result.ok) {
        await output.write(
          options.json
            ? json.documentsJsonEntry(result.extraction, documents)
            : `${documents > 0 ? "\n\n" : ""}${summarizeExtraction(result.extraction)}`,
        );
        documents += 1;
      } else {
        rejected += 1;
        progress.log(`entente/extract: ${result.failure.source}: ${result.failure.reason}`);
      }
      progress.advance(result.bytes);
    }
    if (options.json) await output.write(`${json.documentsJsonTail(documents)}\n`);
    else if (documents > 0) await output.write("\n");
  } finally {
    progress.stop();
    await output.close();
  }
  if (rejected > 0) process.exitCode = 1;
}

interface Output {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/** stdout, or the -o file (opened now, so that a path that cannot be written fails before any work). */
async function openOutput(path: string | undefined): Promise<Output> {
  const cannotWrite = (error: unknown): UserError =>
    new UserError(`entente/extract: ${path}: cannot write (${error instanceof Error ? error.message : String(error)})`, 1);
  if (path === undefined) return { write: (text) => writeWithBackPressure(process.stdout, text), close: () => Promise.resolve() };
  let file: FileHandle;
  try {
    file = await open(path, "w");
  } catch (error) {
    throw cannotWrite(error);
  }
  const stream = file.createWriteStream();
  return {
    write: (text) => writeWithBackPressure(stream, text).catch((error: unknown) => Promise.reject(cannotWrite(error))),
    close: () => new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(cannotWrite(error)) : resolve()))),
  };
}

/** Writes and, when the stream's buffer is full, waits for it to drain: output never piles up in memory. */
async function writeWithBackPressure(stream: Writable, text: string): Promise<void> {
  if (stream.write(text)) return;
  await once(stream, "drain");
}

export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description("Extract entities, events, roles and relations from articles (no database); JSON per the extraction contract with --json")
    .argument("<paths...>", "article files (.txt, .md, .html, .jsonl) or folders, read recursively")
    .option("--json", "print the extraction as JSON (shared/contract/extraction.schema.json)")
    .option("-o, --output <file>", "write to this file instead of stdout")
    .option(
      "--workers <n>",
      "extraction threads (0: in the command's own thread); the output is the same whatever the number",
      workersOption,
      defaultWorkers(),
    )
    .action(async (paths: string[], options: ExtractCommandOptions) => runExtract(paths, options));
}
