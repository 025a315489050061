/**
 * The extractor on ../shared, scored by `entente eval`: the shared sample (the extraction issue's
 * acceptance thresholds) and the real development set (floors that only guard against a
 * regression while the extractor improves). Skipped, saying so, when ../shared is not there.
 */
import { describe, expect, it } from "vitest";
import { extractAndScore, PATIENCE_MS, unmetFloors, type Floors } from "../support/score.js";
import { sharedPath, skipWithoutShared } from "../support/shared.js";

/** The acceptance thresholds of the extraction issue, on the shared sample. */
const SAMPLE_THRESHOLDS: Floors = {
  entityF1: 0.9,
  eventF1: 0.85,
  dateAccuracy: 0.9,
  roleR: 0.9,
  relationR: 0.85,
  grounding: 1,
};

/**
 * Floors on the real development set (../shared/real), a little below its score. History
 * (entityF1, eventF1, dates, roleR, roleP, relationR): 2026-12-01 0.89, 0.46, 0.71, 0.52, 0.97, 0.13;
 * 2026-12-02 after events told with nouns, names and roles, relation rules: 0.99, 0.93, 0.94, 1.00,
 * 0.98, 1.00 (issue 11's targets: 0.93, 0.80, 0.85, 0.85, –, 0.75). The one place these floors live.
 */
const REAL_SET_FLOORS: Floors = {
  entityF1: 0.95,
  eventF1: 0.88,
  dateAccuracy: 0.9,
  roleP: 0.95,
  roleR: 0.95,
  relationR: 0.9,
  grounding: 1,
};

describe.skipIf(skipWithoutShared("shared-corpus scores"))("the extractor scored by entente eval on ../shared", () => {
  it(
    "meets the acceptance thresholds on the shared sample",
    async () => {
      const { failures, report, printed } = await extractAndScore(sharedPath("corpus"), sharedPath("gold"));
      console.log(printed);
      expect(failures).toEqual([]);
      expect(report.missingDocuments).toEqual([]);
      expect(unmetFloors(report.metrics, SAMPLE_THRESHOLDS)).toEqual([]);
    },
    PATIENCE_MS,
  );

  it(
    "stays at or above the floors on the real development set",
    async () => {
      const { failures, report, printed } = await extractAndScore(sharedPath("real", "corpus"), sharedPath("real", "gold"));
      console.log(printed);
      expect(failures).toEqual([]);
      expect(report.missingDocuments).toEqual([]);
      expect(unmetFloors(report.metrics, REAL_SET_FLOORS)).toEqual([]);
    },
    PATIENCE_MS,
  );
});
