/**
 * Extract and load: files and folders through the ingest pipeline (ingest/pipeline.ts) into the
 * graph, one document at a time as each is extracted. A file that cannot be read or extracted,
 * and a document Neo4j refuses, are reported and skipped; the rest goes in. When Neo4j stops
 * answering, the run stops with one sentence naming what was not loaded and how to resume.
 */
import { extractPaths } from "./pipeline.js";
import { listInputFiles } from "./read/index.js";
import { UserError } from "../src/errors.js";
import type { ReadFailure } from "../src/model/document.js";
import type { GraphConnection } from "../src/store/connection.js";
import { DocumentLoader, LoadInterrupted, type DocumentOutcome, type LoadSummary } from "../src/store/load.js";
import { ensureSchema } from "../src/store/schema.js";

export type IngestSummary = LoadSummary;

export interface IngestOptions {
  /** After each input file: files done, files in all, the file just done. */
  onProgress?: (done: number, total: number, source: string) => void;
  /** A file or document that did not go in, as soon as it is known. */
  onRejected?: (failure: ReadFailure) => void;
  /** A file in a given folder that is not of a type Entente reads: left out, not a failure. */
  onSkipped?: (skipped: ReadFailure) => void;
  onDocument?: (outcome: DocumentOutcome) => void;
}

/** How many of the files not loaded the sentence names before "and N more". */
const NAMED_FILES = 5;

/** Neo4j stopped answering mid-run: what was loaded, what was not, and how to resume. */
export class IngestInterrupted extends UserError {
  constructor(
    readonly interruption: LoadInterrupted,
    readonly loaded: number,
    readonly notLoaded: readonly string[],
  ) {
    const named = notLoaded.slice(0, NAMED_FILES).join(", ");
    const more = notLoaded.length > NAMED_FILES ? ` and ${notLoaded.length - NAMED_FILES} more` : "";
    super(
      `entente/ingest: ${interruption.message}; ${loaded} document${loaded === 1 ? "" : "s"} loaded, ` +
        `${notLoaded.length} file${notLoaded.length === 1 ? "" : "s"} not loaded (${named}${more}); ` +
        "once Neo4j answers again (`entente neo4j status`), run the same command: what is already loaded is skipped.",
      1,
    );
    this.name = "IngestInterrupted";
  }
}

export async function ingestPaths(conn: GraphConnection, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  await ensureSchema(conn);
  let loaded = 0;
  let filesDone = 0;
  const loader = new DocumentLoader(conn, (outcome) => {
    if (outcome.ok) loaded += 1;
    else options.onRejected?.({ source: outcome.source, reason: outcome.reason });
    options.onDocument?.(outcome);
  });
  const onProgress = (done: number, total: number, source: string) => {
    filesDone = done;
    options.onProgress?.(done, total, source);
  };
  try {
    for await (const result of extractPaths(paths, { onProgress, ...(options.onSkipped ? { onSkipped: options.onSkipped } : {}) })) {
      if (result.ok) await loader.load(result.extraction);
      else {
        loader.reject(result.failure);
        options.onRejected?.(result.failure);
      }
    }
  } catch (error) {
    if (!(error instanceof LoadInterrupted)) throw error;
    // The file being loaded and every one after it (a .jsonl file's earlier lines may be in: they are skipped on resume).
    const { files } = await listInputFiles(paths);
    throw new IngestInterrupted(error, loaded, files.slice(filesDone));
  }
  return loader.summary(started);
}
