/**
 * A corpus extracted in-process and scored by `entente eval` against a gold folder: what the
 * held-out, project-article and shared-corpus score tests share. The report is printed the way
 * `entente eval` prints it, so the test log shows every miss.
 */
import { formatEvalReport } from "../../cli/format/eval-report.js";
import { runEvaluation, type Evaluation } from "../../cli/commands/eval-run.js";
import { checkFloors } from "../../src/eval/floors.js";
import type { EvalMetrics, MetricName } from "../../src/eval/metrics.js";

/** Time a score test may take: extracting a corpus takes seconds on a busy machine. */
export const PATIENCE_MS = 120_000;

export interface ScoredCorpus extends Evaluation {
  /** `entente eval`'s text report. */
  printed: string;
}

export async function extractAndScore(corpusDir: string, goldDir: string): Promise<ScoredCorpus> {
  const evaluation = await runEvaluation({ goldDir, corpusDir });
  return { ...evaluation, printed: formatEvalReport(evaluation.report) };
}

/** Floors on some metrics, by name: `{ entityF1: 0.9, grounding: 1 }`. */
export type Floors = Partial<Record<MetricName, number>>;

/** The floors not met, as `eventF1 0.62 < 0.8` (a grounding that could not be measured is below any floor); empty when all are. */
export function unmetFloors(metrics: EvalMetrics, floors: Floors): string[] {
  const asList = Object.entries(floors).map(([metric, minimum]) => ({ metric: metric as MetricName, minimum: minimum ?? 0 }));
  return checkFloors(metrics, asList)
    .filter((check) => !check.met)
    .map((check) => `${check.metric} ${check.value === null ? "n/a" : check.value.toFixed(2)} < ${check.minimum}`);
}
