/**
 * `entente eval --gold DIR [--corpus DIR] [--extraction FILE] [--json] [--min metric=value …]`:
 * scores the extractor against hand-made gold annotations (docs/annotating.md); the work is in
 * ./eval-run.ts, loaded when the command runs (the gold and extraction schemas are zod, which every
 * other command would otherwise pay for at start).
 */
import type { Command } from "commander";
import type { EvalCommandOptions } from "./eval-run.js";

export function registerEvalCommand(program: Command): void {
  program
    .command("eval")
    .description("Score the extractor against gold annotations (docs/annotating.md): precision, recall and F1, misses and false positives")
    .requiredOption("--gold <dir>", "folder of <article>.gold.json files")
    .option("--corpus <dir>", "folder of the articles (default: the corpus folder beside the gold folder)")
    .option("--extraction <file>", "score this saved `entente extract --json` output instead of extracting the corpus")
    .option("--json", "print the metrics, per-document scores and findings as JSON")
    .option("--min <floors...>", "fail (exit 1) when a metric is below its floor, e.g. --min entityF1=0.9 eventF1=0.8")
    .action(async (options: EvalCommandOptions) => {
      const { runEval } = await import("./eval-run.js");
      await runEval(options);
    });
}
