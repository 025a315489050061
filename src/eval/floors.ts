/**
 * Floors for `entente eval --min metric=value`: parsed from the command line and checked against
 * the overall metrics, so CI can fail a build whose extraction scores below them.
 */
import { UserError } from "../errors.js";
import { METRIC_NAMES, type EvalMetrics, type MetricName } from "./metrics.js";

export interface Floor {
  readonly metric: MetricName;
  readonly minimum: number;
}

export interface FloorCheck extends Floor {
  /** null when the metric could not be measured (grounding with no .txt or .md article): never met. */
  readonly value: number | null;
  readonly met: boolean;
}

/** `entityF1=0.9` → { metric: "entityF1", minimum: 0.9 }; a UserError (exit 2) naming what is wrong otherwise. */
export function parseFloor(text: string): Floor {
  const match = /^([A-Za-z0-9]+)=(.+)$/.exec(text.trim());
  if (!match) throw new UserError(`entente/eval: --min ${text}: expected metric=value, e.g. entityF1=0.9`, 2);
  const [, metric = "", value = ""] = match;
  if (!(METRIC_NAMES as readonly string[]).includes(metric)) {
    throw new UserError(`entente/eval: --min ${text}: unknown metric ${metric} (one of ${METRIC_NAMES.join(", ")})`, 2);
  }
  const minimum = Number(value);
  if (value.trim() === "" || !Number.isFinite(minimum) || minimum < 0 || minimum > 1) {
    throw new UserError(`entente/eval: --min ${text}: the floor must be a number from 0 to 1`, 2);
  }
  return { metric: metric as MetricName, minimum };
}

export function checkFloors(metrics: EvalMetrics, floors: readonly Floor[]): FloorCheck[] {
  return floors.map((floor) => {
    const value = metrics[floor.metric];
    return { ...floor, value, met: value !== null && value >= floor.minimum };
  });
}
