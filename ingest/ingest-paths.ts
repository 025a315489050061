/**
 * Extract and load: files and folders through the ingest pipeline (ingest/pipeline.ts) into the
 * graph. Extraction runs ahead on worker threads while the previous batch of documents is being
 * written; the batch size bounds what waits in memory. A file that cannot be read or extracted,
 * and a document Neo4j refuses, are reported and skipped; the rest goes in. When Neo4j stops
 * answering, the run stops with one sentence naming what was not loaded and how to resume.
 */
import { extractPaths, unsupportedLanguageNotice } from "./pipeline.js";
import { UserError } from "../src/errors.js";
import type { ReadFailure } from "../src/model/document.js";
import type { DocumentExtraction } from "../src/model/extraction.js";
import type { Neo4jConnection } from "../src/neo4j/connection.js";
import {
  BatchPipeline,
  DOCUMENTS_PER_BATCH,
  DocumentLoader,
  LoadInterrupted,
  type DocumentOutcome,
  type LoadSummary,
} from "../src/store/load.js";
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
  /** A file in a given folder that is not of a type Entente reads: left out, not a failure. */
  onSkipped?: (skipped: ReadFailure) => void;
  /** A document read with the knowledge base only, its language having no pack (see unsupportedLanguageNotice). */
  onWarning?: (warning: ReadFailure) => void;
  onDocument?: (outcome: DocumentOutcome) => void;
  /** After each batch is written (the CLI collects the main thread's garbage then: cli/heap.ts). */
  onBatchWritten?: () => void;
}

/** How many of the documents not written the sentence names before "and N more". */
const NAMED_DOCUMENTS = 5;

/** Neo4j stopped answering mid-run: what was loaded, what was not, and how to resume. */
export class IngestInterrupted extends UserError {
  constructor(
    readonly interruption: LoadInterrupted,
    readonly loaded: number,
  ) {
    const unwritten = interruption.sources;
    const named = unwritten.slice(0, NAMED_DOCUMENTS).join(", ");
    const more = unwritten.length > NAMED_DOCUMENTS ? ` and ${unwritten.length - NAMED_DOCUMENTS} more` : "";
    super(
      `entente/ingest: ${interruption.message}; ${loaded} document${loaded === 1 ? "" : "s"} loaded; not loaded: ` +
        `${unwritten.length} being written (${named}${more}) and every input after them; ` +
        "once Neo4j answers again (`entente neo4j status`), run the same command: what is already loaded is skipped.",
      1,
    );
    this.name = "IngestInterrupted";
  }
}

export async function ingestPaths(conn: Neo4jConnection, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const batchDocuments = Math.max(1, options.batchDocuments ?? DOCUMENTS_PER_BATCH);
  await ensureSchema(conn);
  let loaded = 0;
  const loader = new DocumentLoader(conn, (outcome) => {
    if (outcome.ok) loaded += 1;
    else options.onRejected?.({ source: outcome.source, reason: outcome.reason });
    options.onDocument?.(outcome);
  });
  const workers = options.workers ?? 0;
  // Twice a batch ahead: the workers fill the next batch while this one is written.
  const skipped = options.onSkipped ? { onSkipped: options.onSkipped } : {};
  const results = extractPaths(paths, workers > 0 ? { workers, window: 2 * batchDocuments, ...skipped } : skipped);
  // A batch is checked and planned while the one before is written (BatchPipeline).
  const pipeline = new BatchPipeline(loader);
  let batch: Array<{ extraction: DocumentExtraction; bytes: number }> = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    await pipeline.push(
      current.map((item) => item.extraction),
      () => {
        for (const item of current) options.onProgress?.(item.bytes);
        options.onBatchWritten?.();
      },
    );
  };
  try {
    for await (const result of results) {
      if (result.ok) {
        const warning = unsupportedLanguageNotice(result.extraction);
        if (warning) options.onWarning?.(warning);
        batch.push({ extraction: result.extraction, bytes: result.bytes });
        if (batch.length >= batchDocuments) await flush();
      } else {
        loader.reject(result.failure);
        options.onRejected?.(result.failure);
        options.onProgress?.(result.bytes);
      }
    }
    await flush();
    await pipeline.finish();
  } catch (error) {
    throw error instanceof LoadInterrupted ? new IngestInterrupted(error, loaded) : error;
  }
  return loader.summary(started);
}
