/**
 * Extract and load: files and folders through the ingest pipeline (ingest/pipeline.ts) into the
 * graph, one document at a time as each is extracted. A file that cannot be read or extracted,
 * and a document Neo4j refuses, are reported and skipped; the rest goes in.
 */
import { extractPaths } from "./pipeline.js";
import type { ReadFailure } from "../src/model/document.js";
import type { Neo4jConnection } from "../src/neo4j/connection.js";
import { DocumentLoader, type DocumentOutcome, type LoadSummary } from "../src/store/load.js";
import { ensureSchema } from "../src/store/schema.js";

export type IngestSummary = LoadSummary;

export interface IngestOptions {
  /** After each input file: files done, files in all, the file just done. */
  onProgress?: (done: number, total: number, source: string) => void;
  /** A file or document that did not go in, as soon as it is known. */
  onRejected?: (failure: ReadFailure) => void;
  onDocument?: (outcome: DocumentOutcome) => void;
}

export async function ingestPaths(conn: Neo4jConnection, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  await ensureSchema(conn);
  const loader = new DocumentLoader(conn, (outcome) => {
    if (!outcome.ok) options.onRejected?.({ source: outcome.source, reason: outcome.reason });
    options.onDocument?.(outcome);
  });
  for await (const result of extractPaths(paths, options.onProgress ? { onProgress: options.onProgress } : {})) {
    if (result.ok) await loader.load(result.extraction);
    else {
      loader.reject(result.failure);
      options.onRejected?.(result.failure);
    }
  }
  return loader.summary(started);
}
