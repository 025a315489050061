/**
 * The "Done when" for extraction, as a regression guard: the sample corpus
 * (../shared/corpus), extracted in-process and graded by the shared scorer against
 * ../shared/gold, meets the acceptance thresholds. CI always has ../shared; a missing
 * corpus, gold or scorer fails here loudly rather than skipping.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractAndScore, scorerPath } from "../support/score.js";

const corpusDir = "../shared/corpus";
const goldDir = "../shared/gold";

/** The acceptance thresholds of the extraction issue. */
const thresholds = {
  entityF1: 0.9,
  eventF1: 0.85,
  dateAccuracy: 0.9,
  roleR: 0.9,
  relationR: 0.85,
} as const;

describe("sample corpus scored by the shared scorer", () => {
  it("meets the issue's acceptance thresholds", async () => {
    for (const path of [corpusDir, goldDir, scorerPath]) {
      if (!existsSync(path)) throw new Error(`entente/test: ${path} is missing; the sample score needs ../shared (corpus, gold, scorer)`);
    }
    const { documents, failures, report, metrics } = await extractAndScore(corpusDir, goldDir);
    expect(failures).toEqual([]);
    expect(documents.length).toBeGreaterThan(0);
    console.log(report);

    expect(metrics.missingDocuments).toEqual([]);
    expect(metrics.grounding).toBe(1);
    for (const [name, threshold] of Object.entries(thresholds)) {
      expect.soft(metrics[name as keyof typeof thresholds], name).toBeGreaterThanOrEqual(threshold);
    }
  });
});
