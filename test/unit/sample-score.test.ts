/**
 * The "Done when" for extraction, as a regression guard: the sample corpus
 * (../shared/corpus), extracted in-process and graded by the shared scorer against
 * ../shared/gold, meets the acceptance thresholds. CI always has ../shared; a missing
 * corpus, gold or scorer fails here loudly rather than skipping.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { extractPaths } from "../../ingest/pipeline.js";
import type { DocumentExtraction } from "../../src/model/extraction.js";

const corpusDir = "../shared/corpus";
const goldDir = "../shared/gold";
const scorer = "../shared/tools/score-extraction.mjs";

const Metrics = z.object({
  entityF1: z.number(),
  eventF1: z.number(),
  dateAccuracy: z.number(),
  roleR: z.number(),
  relationR: z.number(),
  grounding: z.number().nullable(),
  missingDocuments: z.array(z.string()),
});

/** The acceptance thresholds of the extraction issue. */
const thresholds = {
  entityF1: 0.9,
  eventF1: 0.85,
  dateAccuracy: 0.9,
  roleR: 0.9,
  relationR: 0.85,
} as const;

const workDir = mkdtempSync(join(tmpdir(), "entente-sample-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("sample corpus scored by the shared scorer", () => {
  it("meets the issue's acceptance thresholds", async () => {
    for (const path of [corpusDir, goldDir, scorer]) {
      if (!existsSync(path)) throw new Error(`entente/test: ${path} is missing; the sample score needs ../shared (corpus, gold, scorer)`);
    }
    const documents: DocumentExtraction[] = [];
    const failures: string[] = [];
    for await (const result of extractPaths([corpusDir])) {
      if (result.ok) documents.push(result.extraction);
      else failures.push(`${result.failure.source}: ${result.failure.reason}`);
    }
    expect(failures).toEqual([]);
    expect(documents.length).toBeGreaterThan(0);

    const extractionFile = join(workDir, "extraction.json");
    writeFileSync(extractionFile, JSON.stringify({ documents }));
    const report = execFileSync(process.execPath, [scorer, "--gold", goldDir, "--corpus", corpusDir, "--json", extractionFile], { encoding: "utf8" });
    console.log(report);
    const jsonLine = report.split("\n").find((line) => line.startsWith("{"));
    if (jsonLine === undefined) throw new Error(`entente/test: the scorer printed no metrics for ${extractionFile}`);
    const metrics = Metrics.parse(JSON.parse(jsonLine));

    expect(metrics.missingDocuments).toEqual([]);
    expect(metrics.grounding).toBe(1);
    for (const [name, threshold] of Object.entries(thresholds)) {
      expect.soft(metrics[name as keyof typeof thresholds], name).toBeGreaterThanOrEqual(threshold);
    }
  });
});
