/** What flows between the reader, the extraction workers and their consumers (ingest/pipeline.ts, ingest/parallel.ts). */
import type { ReadFailure } from "../src/model/document.js";
import type { DocumentExtraction } from "../src/model/extraction.js";

/**
 * One article as the reader finds it, before it is parsed: a whole file (.txt, .md, .html, read by
 * whoever extracts it), one line of a .jsonl file, or a failure of the listing or of the line
 * reader. `bytes` is what it takes on disk: progress and throughput are measured in it.
 */
export type ArticleInput =
  | { kind: "file"; path: string; bytes: number }
  | { kind: "jsonl-line"; path: string; lineNo: number; line: string; bytes: number }
  | { kind: "failure"; failure: ReadFailure; bytes: number };

/** What became of one input, with the input's size on disk. */
export type ExtractResult = ({ ok: true; extraction: DocumentExtraction } | { ok: false; failure: ReadFailure }) & { bytes: number };
