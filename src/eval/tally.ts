/**
 * Counts behind every score: a tally is how many of some items were right. Ratios of an empty
 * tally are 0, as in the shared scorer, so a floor on something never measured is not met.
 */

/** `hits` of `of` items were right (found, correct, grounded). */
export interface Tally {
  readonly hits: number;
  readonly of: number;
}

export const EMPTY_TALLY: Tally = { hits: 0, of: 0 };

/** Counts `items`, of which those passing `isHit` are hits. */
export function tallyOf<T>(items: readonly T[], isHit: (item: T) => boolean): Tally {
  return { hits: items.filter(isHit).length, of: items.length };
}

export function addTallies(a: Tally, b: Tally): Tally {
  return { hits: a.hits + b.hits, of: a.of + b.of };
}

export function ratio(t: Tally): number {
  return t.of === 0 ? 0 : t.hits / t.of;
}

/** Harmonic mean of precision and recall; 0 when both are 0. */
export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Precision counts what was extracted (right of extracted), recall what the gold requires (found of required). */
export interface Detection {
  readonly precision: Tally;
  readonly recall: Tally;
}

export const EMPTY_DETECTION: Detection = { precision: EMPTY_TALLY, recall: EMPTY_TALLY };

export function addDetections(a: Detection, b: Detection): Detection {
  return { precision: addTallies(a.precision, b.precision), recall: addTallies(a.recall, b.recall) };
}
