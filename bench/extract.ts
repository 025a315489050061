/**
 * Extraction throughput, in process, after a warm-up: every article of the sample corpora
 * (data/articles, ../shared/corpus and the held-out fixtures when present) extracted R rounds.
 * Then the same articles concatenated 1×, 4× and 16× into one long document: the time per
 * character should stay flat (ratios near 1), since segmentation, matching and dates are linear.
 *
 *   node dist/bench/extract.js [rounds]
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { ArticleText } from "../src/model/document.js";
import { projectRoot } from "../src/config.js";
import { defaultKnowledgeBase } from "../src/kb/load.js";
import { extractArticle } from "../ingest/pipeline.js";
import { readInputs } from "../ingest/read/index.js";

async function readCorpus(): Promise<ArticleText[]> {
  const root = projectRoot();
  const folders = [join(root, "data/articles"), join(root, "../shared/corpus"), join(root, "test/fixtures/heldout/corpus")];
  const articles: ArticleText[] = [];
  for await (const item of readInputs(folders.filter((folder) => existsSync(folder)))) {
    if ("text" in item) articles.push(item);
  }
  return articles;
}

function timeExtraction(articles: ArticleText[], rounds: number): number {
  const kb = defaultKnowledgeBase();
  const started = performance.now();
  for (let round = 0; round < rounds; round++) for (const article of articles) extractArticle(article, kb);
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 20);
  const articles = await readCorpus();
  const characters = articles.reduce((sum, article) => sum + article.text.length, 0);
  timeExtraction(articles, 2); // warm-up: knowledge base, matcher, JIT
  const seconds = timeExtraction(articles, rounds);
  const perSecond = (articles.length * rounds) / seconds;
  console.log(
    `extract: ${articles.length} articles (${characters} characters) × ${rounds} rounds in ${seconds.toFixed(2)} s → ` +
      `${perSecond.toFixed(1)} articles/s, ${((characters * rounds) / seconds / 1000).toFixed(0)} k characters/s`,
  );

  const base = articles.map((article) => article.text).join("\n\n");
  let baseline = 0;
  for (const factor of [1, 4, 16]) {
    const text = Array.from({ length: factor }, () => base).join("\n\n");
    const long: ArticleText = {
      source: `bench-long-${factor}.txt`,
      format: "txt",
      text,
      title: null,
      published: "2026-02-02",
      publisher: null,
    };
    const seconds = timeExtraction([long], 3) / 3;
    const perCharacter = seconds / text.length;
    if (factor === 1) baseline = perCharacter;
    console.log(
      `extract long document ×${factor}: ${text.length} characters in ${seconds.toFixed(3)} s; ` +
        `time per character relative to ×1: ${(perCharacter / baseline).toFixed(2)}`,
    );
  }
}

await main();
