/**
 * Extraction throughput on the generated corpus (bench/corpus.ts, ~3 KB articles in French and
 * English), side by side in one run: the floor (reading the .jsonl and preparing each document:
 * layout, language, sentences), extraction on one worker thread and on one per core, and the same
 * at a tenth of the size (linear: the time per article should not grow). Checks that every worker
 * count gives the same extraction and how many of the facts the articles state were found.
 *
 * The machine's own ceiling for parallel extraction is measured beside it: one process per core,
 * each extracting 1,000 articles in its own main thread (nothing shared, no messages), against
 * one such process alone. What two independent processes get on this machine is the most that two
 * workers in one process can get.
 *
 *   node dist/bench/extract.js [--quick] [--articles N]
 *   node dist/bench/extract.js --solo FILE   (one independent process: prints its steady rate as JSON)
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { availableParallelism } from "node:os";
import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { extractPaths, articleInputs } from "../ingest/pipeline.js";
import { parseJsonlLine } from "../ingest/read/jsonl.js";
import { prepareDocument } from "../ingest/text/index.js";
import type { ExpectedFacts } from "./corpus.js";
import { benchCorpusFile, count, quickMode, ratio, table } from "./common.js";
import { emptyCounts, formatCounts, tallyExtraction } from "./facts.js";

interface Run {
  label: string;
  articles: number;
  seconds: number;
  bytes: number;
  /** sha256 over every extraction in order: equal runs give equal digests. */
  digest: string;
  /** Seconds from the first article out to the last: the steady rate, without starting the workers. */
  steadySeconds: number;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Reading and preparing every article (layout, language, sentences): what extraction cannot go below. */
async function floor(path: string): Promise<Run> {
  const started = performance.now();
  let articles = 0;
  let sentences = 0;
  for await (const input of articleInputs([path])) {
    if (input.kind !== "jsonl-line") continue;
    const article = parseJsonlLine(input.line, input.path, input.lineNo);
    if ("reason" in article) continue;
    sentences += prepareDocument(article).sentences.length;
    articles += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    label: "floor: read + prepare (sentences)",
    articles,
    seconds,
    bytes: statSync(path).size,
    digest: String(sentences),
    steadySeconds: seconds,
  };
}

async function extract(path: string, workers: number, expected?: Map<string, ExpectedFacts>): Promise<Run & { facts?: string }> {
  const hash = createHash("sha256");
  const counts = emptyCounts();
  const started = performance.now();
  let articles = 0;
  let first = 0;
  for await (const result of extractPaths([path], { workers })) {
    if (articles === 0) first = performance.now();
    if (!result.ok) throw new Error(`entente/bench: ${result.failure.source}: ${result.failure.reason}`);
    hash.update(JSON.stringify(result.extraction));
    const facts = expected?.get(result.extraction.document.source);
    if (facts) tallyExtraction(facts, result.extraction, counts);
    articles += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const label = `extract, ${workers} worker${workers === 1 ? "" : "s"}`;
  const steadySeconds = (performance.now() - first) / 1000;
  const run = { label, articles, seconds, bytes: statSync(path).size, digest: hash.digest("hex"), steadySeconds };
  return expected ? { ...run, facts: formatCounts(counts) } : run;
}

/** One independent process's extraction of `path` in its own main thread: articles and seconds after the first. */
async function solo(path: string): Promise<void> {
  let articles = 0;
  let first = 0;
  for await (const result of extractPaths([path])) {
    if (articles === 0) first = performance.now();
    if (!result.ok) throw new Error(`entente/bench: ${result.failure.source}: ${result.failure.reason}`);
    articles += 1;
  }
  console.log(JSON.stringify({ articles: articles - 1, seconds: (performance.now() - first) / 1000 }));
}

/**
 * `processes` independent processes extracting `path` at once (./extract.js --solo): their articles
 * together over the slowest one's steady time. Starting each (modules, knowledge base) is left out.
 */
async function independentProcesses(path: string, processes: number): Promise<number> {
  const script = fileURLToPath(import.meta.url);
  const runs = Array.from({ length: processes }, async () => {
    const child = spawn(process.execPath, [script, "--solo", path], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    if (code !== 0) throw new Error(`entente/bench: an independent extraction process exited with ${code}`);
    return JSON.parse(out) as { articles: number; seconds: number };
  });
  const results = await Promise.all(runs);
  return results.reduce((sum, r) => sum + r.articles, 0) / Math.max(...results.map((r) => r.seconds));
}

async function readExpected(path: string): Promise<Map<string, ExpectedFacts>> {
  const facts = new Map<string, ExpectedFacts>();
  const lines = createInterface({ input: createReadStream(path.replace(/\.jsonl$/u, ".expected.jsonl")) });
  for await (const line of lines) {
    const entry = JSON.parse(line) as { url: string; expected: ExpectedFacts };
    facts.set(entry.url, entry.expected);
  }
  return facts;
}

async function main(): Promise<void> {
  const size = Number(argument("--articles") ?? (quickMode() ? 1_000 : 10_000));
  const small = Math.max(100, Math.round(size / 10));
  const cores = availableParallelism();
  const path = await benchCorpusFile(size);
  const smallPath = await benchCorpusFile(small);
  const expected = await readExpected(path);

  await extract(smallPath, 1); // warm-up: the file cache, the knowledge base's JSON, the JIT of the reading code
  const base = await floor(path);
  const one = await extract(path, 1);
  const all = await extract(path, cores, expected);
  const smallAll = await extract(smallPath, cores);
  // The ceiling on 1,000 articles each (fewer, and warming up would weigh on the rate).
  const ceilingSize = Math.min(size, 1_000);
  const ceilingPath = await benchCorpusFile(ceilingSize);
  const soloRate = await independentProcesses(ceilingPath, 1);
  const ceilingRate = await independentProcesses(ceilingPath, cores);

  const perSecond = (run: Run) => run.articles / run.seconds;
  const rows = [base, one, all].map((run) => [
    run.label,
    count(run.articles),
    `${run.seconds.toFixed(1)} s`,
    count(perSecond(run)),
    (run.bytes / 1e6 / run.seconds).toFixed(2),
    ratio(perSecond(run) / perSecond(one)),
  ]);
  console.log(
    `### Extraction (${count(size)} generated articles, ${((all.bytes / 1e6 / size) * 1000).toFixed(1)} KB each, ${cores} cores)\n`,
  );
  console.log(table(["run", "articles", "time", "articles/s", "MB/s", "vs 1 worker"], rows));
  console.log();
  const linear = smallAll.steadySeconds / (smallAll.articles - 1) / (all.steadySeconds / (all.articles - 1));
  console.log(
    table(
      ["check", "result"],
      [
        [`articles/s per core (1 worker)`, count(perSecond(one))],
        [`speed-up with ${cores} workers`, ratio(perSecond(all) / perSecond(one))],
        [
          `the machine's ceiling: ${cores} independent processes against 1 (${count(ceilingSize)} articles each, steady ${count(ceilingRate)} vs ${count(soloRate)} articles/s)`,
          ratio(ceilingRate / soloRate),
        ],
        [`extraction / floor (time)`, ratio(all.seconds / base.seconds)],
        [`time per article at ${count(small)} / at ${count(size)}, workers started (linear: ≈ 1)`, ratio(linear)],
        [`same extraction with 1 and ${cores} workers`, one.digest === all.digest ? "yes" : "**NO**"],
        [`facts the articles state, found by the extractor`, all.facts ?? ""],
      ],
    ),
  );
}

const soloPath = argument("--solo");
if (soloPath === undefined) await main();
else await solo(soloPath);
