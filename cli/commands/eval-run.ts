/**
 * What `entente eval` runs (./eval.ts declares the command and loads this module when it runs):
 * scores the extractor against hand-made gold annotations (docs/annotating.md). Reads the gold
 * files, extracts the corpus in-process (or reads a saved `entente extract --json`), and prints the
 * misses, a row per document and the overall scores; exit 1 when a --min floor is not met, 2 when
 * the gold, corpus or options are unusable.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { UserError } from "../../src/errors.js";
import { evaluate, type EvalReport } from "../../src/eval/evaluate.js";
import { checkFloors, parseFloor, type FloorCheck } from "../../src/eval/floors.js";
import { readGoldDirectory, readGroundableTexts } from "../../src/eval/read.js";
import { ExtractionOutput, type DocumentExtraction } from "../../src/model/extraction.js";
import { formatEvalReport } from "../format/eval-report.js";

export interface EvalCommandOptions {
  gold: string;
  corpus?: string;
  extraction?: string;
  json?: boolean;
  min?: string[];
}

export interface Evaluation {
  report: EvalReport;
  /** The extraction that was scored. */
  documents: DocumentExtraction[];
  /** The corpus folder the articles were read from (and grounding checked against), if any. */
  corpusDir: string | undefined;
  /** `source: reason` for each article the extractor could not read. */
  failures: string[];
}

export interface EvaluationInput {
  goldDir: string;
  /** The articles; by default the `corpus` folder beside the gold folder. */
  corpusDir?: string;
  /** A saved `entente extract --json` to score instead of extracting the corpus. */
  extractionFile?: string;
}

/** Reads the gold, extracts the corpus (or reads the saved extraction) and scores it. */
export async function runEvaluation(input: EvaluationInput): Promise<Evaluation> {
  const golds = await readGoldDirectory(input.goldDir);
  const extracting = input.extractionFile === undefined;
  const corpusDir = input.corpusDir ?? corpusBeside(input.goldDir, extracting);
  if (corpusDir !== undefined && !existsSync(corpusDir)) throw new UserError(`entente/eval: no corpus folder ${corpusDir}`, 2);
  const failures: string[] = [];
  const documents: DocumentExtraction[] = [];
  if (input.extractionFile !== undefined) documents.push(...(await readExtraction(input.extractionFile)));
  else if (corpusDir !== undefined) {
    // The extractor and its knowledge base load here, for this command only (the CLI starts without them).
    const { extractPaths } = await import("../../ingest/pipeline.js");
    for await (const result of extractPaths([corpusDir])) {
      if (result.ok) documents.push(result.extraction);
      else failures.push(`${result.failure.source}: ${result.failure.reason}`);
    }
  }
  const texts = corpusDir === undefined ? new Map<string, string>() : await readGroundableTexts(corpusDir, golds);
  return { report: evaluate(golds, documents, texts), documents, corpusDir, failures };
}

/**
 * `…/gold` → `…/corpus`, the layout of a gold set. When it is not there: a one-line error saying
 * what to give if the corpus is `required` (to extract it), else no corpus (no grounding check).
 */
function corpusBeside(goldDir: string, required: boolean): string | undefined {
  const candidate = join(dirname(resolve(goldDir)), "corpus");
  if (existsSync(candidate)) return candidate;
  if (required) throw new UserError(`entente/eval: no corpus folder beside ${goldDir} (looked for ${candidate}); give --corpus DIR`, 2);
  return undefined;
}

async function readExtraction(file: string): Promise<DocumentExtraction[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UserError(`entente/eval: ${file}: ${error instanceof Error ? error.message : String(error)}`, 2);
  }
  const parsed = ExtractionOutput.safeParse(json);
  if (!parsed.success)
    throw new UserError(
      `entente/eval: ${file}: not the output of entente extract --json (${parsed.error.issues[0]?.message ?? "invalid"})`,
      2,
    );
  return parsed.data.documents;
}

export async function runEval(options: EvalCommandOptions): Promise<void> {
  const floors = (options.min ?? []).map(parseFloor);
  const { report, failures } = await runEvaluation({
    goldDir: options.gold,
    ...(options.corpus !== undefined ? { corpusDir: options.corpus } : {}),
    ...(options.extraction !== undefined ? { extractionFile: options.extraction } : {}),
  });
  for (const failure of failures) process.stderr.write(`entente/eval: ${failure}\n`);
  const checks = checkFloors(report.metrics, floors);
  process.stdout.write(options.json ? `${JSON.stringify(evalJson(report, checks), null, 2)}\n` : formatEvalReport(report, checks));
  const unmet = checks.filter((check) => !check.met);
  for (const check of unmet) {
    process.stderr.write(
      `entente/eval: ${check.metric} ${check.value === null ? "n/a" : check.value.toFixed(2)} is below the floor ${check.minimum}\n`,
    );
  }
  if (unmet.length > 0) process.exitCode = 1;
}

/** The machine form: the shared scorer's metric names at the top level, then the documents and the floors. */
function evalJson(report: EvalReport, floors: readonly FloorCheck[]): Record<string, unknown> {
  return {
    ...report.metrics,
    missingDocuments: report.missingDocuments,
    counts: report.counts,
    documents: report.documents,
    floors,
  };
}
