/**
 * The counts of a score (per document or summed over a corpus) and the metrics made from them.
 * The names are the shared scorer's (entityP … grounding), plus roleF1, relationP, relationF1
 * and statusAccuracy, which it does not compute.
 */
import { addDetections, addTallies, EMPTY_DETECTION, EMPTY_TALLY, f1, ratio, type Detection, type Tally } from "./tally.js";

export interface ScoreCounts {
  readonly entities: Detection;
  readonly events: Detection;
  readonly roles: Detection;
  readonly relations: Detection;
  /** Required gold events found, with a date in the gold: how many have an accepted date. */
  readonly dates: Tally;
  /** Required gold events found when status is ignored: how many have the gold status. */
  readonly statuses: Tally;
  /** Extracted spans of groundable documents: how many are verbatim at their offsets. */
  readonly grounding: Tally;
}

export const EMPTY_COUNTS: ScoreCounts = {
  entities: EMPTY_DETECTION,
  events: EMPTY_DETECTION,
  roles: EMPTY_DETECTION,
  relations: EMPTY_DETECTION,
  dates: EMPTY_TALLY,
  statuses: EMPTY_TALLY,
  grounding: EMPTY_TALLY,
};

export function addCounts(a: ScoreCounts, b: ScoreCounts): ScoreCounts {
  return {
    entities: addDetections(a.entities, b.entities),
    events: addDetections(a.events, b.events),
    roles: addDetections(a.roles, b.roles),
    relations: addDetections(a.relations, b.relations),
    dates: addTallies(a.dates, b.dates),
    statuses: addTallies(a.statuses, b.statuses),
    grounding: addTallies(a.grounding, b.grounding),
  };
}

export const METRIC_NAMES = [
  "entityP",
  "entityR",
  "entityF1",
  "eventP",
  "eventR",
  "eventF1",
  "dateAccuracy",
  "statusAccuracy",
  "roleP",
  "roleR",
  "roleF1",
  "relationP",
  "relationR",
  "relationF1",
  "grounding",
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** Every metric in [0, 1]; grounding is null when no span could be checked. */
export type EvalMetrics = Record<Exclude<MetricName, "grounding">, number> & { readonly grounding: number | null };

export function metricsOf(counts: ScoreCounts): EvalMetrics {
  const [entityP, entityR] = precisionRecall(counts.entities);
  const [eventP, eventR] = precisionRecall(counts.events);
  const [roleP, roleR] = precisionRecall(counts.roles);
  const [relationP, relationR] = precisionRecall(counts.relations);
  return {
    entityP,
    entityR,
    entityF1: f1(entityP, entityR),
    eventP,
    eventR,
    eventF1: f1(eventP, eventR),
    dateAccuracy: ratio(counts.dates),
    statusAccuracy: ratio(counts.statuses),
    roleP,
    roleR,
    roleF1: f1(roleP, roleR),
    relationP,
    relationR,
    relationF1: f1(relationP, relationR),
    grounding: counts.grounding.of === 0 ? null : ratio(counts.grounding),
  };
}

function precisionRecall(detection: Detection): [number, number] {
  return [ratio(detection.precision), ratio(detection.recall)];
}
