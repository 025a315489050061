/**
 * A corpus extracted in-process and graded by the shared scorer
 * (../shared/tools/score-extraction.mjs, read at run time) against a gold directory: what the
 * sample-score and held-out tests share. The extraction file lives in a temporary directory
 * removed once the scorer has read it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { extractPaths } from "../../ingest/pipeline.js";
import type { DocumentExtraction } from "../../src/model/extraction.js";

export const scorerPath = "../shared/tools/score-extraction.mjs";

/** The scorer's `--json` line. */
export const ScorerMetrics = z.object({
  entityP: z.number(),
  entityR: z.number(),
  entityF1: z.number(),
  eventP: z.number(),
  eventR: z.number(),
  eventF1: z.number(),
  dateAccuracy: z.number(),
  roleP: z.number(),
  roleR: z.number(),
  relationR: z.number(),
  grounding: z.number().nullable(),
  missingDocuments: z.array(z.string()),
});
export type ScorerMetrics = z.infer<typeof ScorerMetrics>;

export interface ScoredCorpus {
  documents: DocumentExtraction[];
  /** `source: reason` for each file the pipeline could not extract. */
  failures: string[];
  /** The scorer's whole output, for the test log. */
  report: string;
  metrics: ScorerMetrics;
}

/** Extracts every article under `corpusDir` in-process and scores the result against `goldDir`. */
export async function extractAndScore(corpusDir: string, goldDir: string): Promise<ScoredCorpus> {
  const documents: DocumentExtraction[] = [];
  const failures: string[] = [];
  for await (const result of extractPaths([corpusDir])) {
    if (result.ok) documents.push(result.extraction);
    else failures.push(`${result.failure.source}: ${result.failure.reason}`);
  }
  const workDir = mkdtempSync(join(tmpdir(), "entente-score-"));
  try {
    const extractionFile = join(workDir, "extraction.json");
    writeFileSync(extractionFile, JSON.stringify({ documents }));
    const report = execFileSync(process.execPath, [scorerPath, "--gold", goldDir, "--corpus", corpusDir, "--json", extractionFile], {
      encoding: "utf8",
    });
    const jsonLine = report.split("\n").find((line) => line.startsWith("{"));
    if (jsonLine === undefined) throw new Error(`entente/test: the scorer printed no metrics for ${corpusDir}`);
    return { documents, failures, report, metrics: ScorerMetrics.parse(JSON.parse(jsonLine)) };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
