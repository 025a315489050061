/**
 * Extract and load: files and folders through the ingest pipeline (ingest/pipeline.ts) into the
 * graph. Extraction runs ahead on worker threads while the previous batch of documents is being
 * written; the batch size bounds what waits in memory. A file that cannot be read or extracted,
 * and a document Neo4j refuses, are reported and skipped; the rest goes in.
 */
import { extractPaths } from "./pipeline.js";
import type { ReadFailure } from "../src/model/document.js";
import type { DocumentExtraction } from "../src/model/extraction.js";
import type { Neo4jConnection } from "../src/neo4j/connection.js";
import { DOCUMENTS_PER_BATCH, DocumentLoader, type DocumentOutcome, type LoadSummary } from "../src/store/load.js";
import { ensureSchema } from "../src/store/schema.js";

export type IngestSummary = LoadSummary;

export interface IngestOptions {
  /** Worker threads extracting while Neo4j writes; 0 or absent: extraction in this thread. */
  workers?: number;
  /** Documents per write transaction (default DOCUMENTS_PER_BATCH). */
  batchDocuments?: number;
  /** After each input is done (loaded, found unchanged or rejected), with its size on disk. */
  onProgress?: (bytes: number) => void;
  /** A file or document that did not go in, as soon as it is known. */
  onRejected?: (failure: ReadFailure) => void;
  onDocument?: (outcome: DocumentOutcome) => void;
}

export async function ingestPaths(conn: Neo4jConnection, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const batchDocuments = Math.max(1, options.batchDocuments ?? DOCUMENTS_PER_BATCH);
  await ensureSchema(conn);
  const loader = new DocumentLoader(conn, (outcome) => {
    if (!outcome.ok) options.onRejected?.({ source: outcome.source, reason: outcome.reason });
    options.onDocument?.(outcome);
  });
  const workers = options.workers ?? 0;
  // Twice a batch ahead: the workers fill the next batch while this one is written.
  const results = extractPaths(paths, workers > 0 ? { workers, window: 2 * batchDocuments } : {});
  let batch: Array<{ extraction: DocumentExtraction; bytes: number }> = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    await loader.loadBatch(current.map((item) => item.extraction));
    for (const item of current) options.onProgress?.(item.bytes);
  };
  for await (const result of results) {
    if (result.ok) {
      batch.push({ extraction: result.extraction, bytes: result.bytes });
      if (batch.length >= batchDocuments) await flush();
    } else {
      loader.reject(result.failure);
      options.onRejected?.(result.failure);
      options.onProgress?.(result.bytes);
    }
  }
  await flush();
  return loader.summary(started);
}
