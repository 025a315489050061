/**
 * `entente eval`'s scoring, without I/O: gold files and an extraction in, per-document and
 * overall counts, metrics and findings out. Reading the files and running the extractor are the
 * caller's (cli/commands/eval-run.ts).
 */
import type { DocumentExtraction } from "../model/extraction.js";
import type { GoldFile } from "../model/gold.js";
import { addCounts, EMPTY_COUNTS, metricsOf, type EvalMetrics, type ScoreCounts } from "./metrics.js";
import { findExtraction } from "./find-document.js";
import { scoreDocument, type DocumentScore } from "./score-document.js";

/** A gold file and the name it was read under (`fr_somalie_eac.gold.json`). */
export interface GoldDocument {
  readonly file: string;
  readonly gold: GoldFile;
}

export interface DocumentReport extends DocumentScore {
  readonly goldFile: string;
  readonly metrics: EvalMetrics;
}

export interface EvalReport {
  readonly metrics: EvalMetrics;
  readonly counts: ScoreCounts;
  /** Gold `document`s the extraction does not have. */
  readonly missingDocuments: readonly string[];
  readonly documents: readonly DocumentReport[];
}

/**
 * @param texts the text of each article file by gold `document`, for the grounding check (.txt and .md only)
 */
export function evaluate(
  golds: readonly GoldDocument[],
  extraction: readonly DocumentExtraction[],
  texts: ReadonlyMap<string, string>,
): EvalReport {
  const documents = golds.map(({ file, gold }): DocumentReport => {
    const score = scoreDocument(gold, findExtraction(gold, extraction), texts.get(gold.document));
    return { goldFile: file, ...score, metrics: metricsOf(score.counts) };
  });
  const counts = documents.reduce((sum, document) => addCounts(sum, document.counts), EMPTY_COUNTS);
  return {
    metrics: metricsOf(counts),
    counts,
    missingDocuments: documents.filter((document) => !document.extracted).map((document) => document.document),
    documents,
  };
}
