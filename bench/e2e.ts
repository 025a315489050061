/**
 * End to end: `entente ingest` on one generated .jsonl (100,000 articles; --quick: 2,000), as a user
 * runs it, on a scratch Neo4j: wall time, articles/s, and the command's peak resident memory (its
 * worker threads included), which must stay flat whatever the archive's size.
 *
 *   node dist/bench/e2e.js [--quick] [--articles N]
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../src/config.js";
import { benchCorpusFile, benchNeo4j, count, quickMode, table } from "./common.js";

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const GNU_TIME = "/usr/bin/time";

async function main(): Promise<void> {
  const articles = Number(argument("--articles") ?? (quickMode() ? 2_000 : 100_000));
  const corpus = await benchCorpusFile(articles);
  const neo = await benchNeo4j();
  try {
    const bin = join(projectRoot(), "bin", "entente.js");
    const ingest = [bin, "ingest", corpus, "--json"];
    // GNU time reports the peak resident memory of the whole command (threads share the process).
    const measured = existsSync(GNU_TIME);
    const started = performance.now();
    const result = measured
      ? spawnSync(GNU_TIME, ["-f", "peak-rss-kb %M", process.execPath, ...ingest], {
          env: neo.env,
          encoding: "utf8",
          maxBuffer: 64 * 2 ** 20,
        })
      : spawnSync(process.execPath, ingest, { env: neo.env, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`entente/bench: ingest failed (${result.status}): ${result.stderr.slice(-2000)}`);
    const summary = JSON.parse(result.stdout) as { loaded: number; relationshipsCreated: number; rejected: unknown[] };
    const rss = /peak-rss-kb (\d+)/.exec(result.stderr)?.[1];
    console.log(
      `### End to end: \`entente ingest\` of one ${count(articles)}-article .jsonl (${(statSync(corpus).size / 1e6).toFixed(0)} MB)\n`,
    );
    console.log(
      table(
        ["measure", "result"],
        [
          ["wall time (extraction on every core while Neo4j writes)", `${seconds.toFixed(1)} s`],
          ["articles/s end to end", count(summary.loaded / seconds)],
          ["relationships created", `${count(summary.relationshipsCreated)} (${count(summary.relationshipsCreated / seconds)}/s)`],
          ["documents loaded / rejected", `${count(summary.loaded)} / ${count(summary.rejected.length)}`],
          ["peak resident memory of the command (Node, workers included)", rss ? `${count(Number(rss) / 1024)} MiB` : "(no GNU time)"],
        ],
      ),
    );
  } finally {
    await neo.stop();
  }
}

await main();
