/**
 * The ingest pipeline: article → prepared document → recognized and linked mentions →
 * roles, events and relations (the contract's DocumentExtraction). `extractArticle` is pure.
 *
 * At the edge, `articleInputs` turns files and folders into a stream of inputs (a whole file, or
 * one line of a .jsonl, read lazily so an archive of any size streams through), `extractInput`
 * takes one input to its extraction, and `extractPaths` runs it over every input in order: in
 * this thread, or on worker threads (./parallel.ts) with the same results in the same order.
 */
import type { ArticleText, ReadFailure } from "../src/model/document.js";
import type { DocumentExtraction } from "../src/model/extraction.js";
import { defaultKnowledgeBase, type KnowledgeBase } from "../src/kb/load.js";
import { formatOf, parseJsonlLine, readFileArticles, readJsonlFile, walkInputFiles, type OnSkipped } from "./read/index.js";
import { prepareDocument } from "./text/index.js";
import { recognizeAndLink } from "./link/index.js";
import { findTemporalExpressions, sentenceTense } from "./dates/index.js";
import { extractFromLinked, type TemporalTools } from "./extract/index.js";
import { extractInParallel } from "./parallel.js";
import type { ArticleInput, ExtractResult } from "./article-input.js";

export type { ArticleInput, ExtractResult } from "./article-input.js";

const temporalTools: TemporalTools = { findTemporalExpressions, sentenceTense };

/** One article through every stage. Pure: same article and knowledge base, same extraction. */
export function extractArticle(article: ArticleText, kb: KnowledgeBase = defaultKnowledgeBase()): DocumentExtraction {
  const document = prepareDocument(article);
  const linked = recognizeAndLink(document, kb);
  return extractFromLinked(linked, kb, temporalTools);
}

/**
 * Every input under the given files and folders (recursively), in path order, .jsonl files line by
 * line: nothing is read before it is asked for, so memory stays flat whatever the input's size.
 * Files of other types found in a folder go to `onSkipped`.
 */
export async function* articleInputs(paths: readonly string[], onSkipped?: OnSkipped): AsyncGenerator<ArticleInput> {
  for await (const item of walkInputFiles(paths, onSkipped)) {
    if ("reason" in item) {
      yield { kind: "failure", failure: item, bytes: 0 };
      continue;
    }
    if (formatOf(item.path) !== "jsonl") {
      yield { kind: "file", path: item.path, bytes: item.bytes };
      continue;
    }
    for await (const line of readJsonlFile(item.path)) {
      if ("reason" in line) yield { kind: "failure", failure: line, bytes: 0 };
      else yield { kind: "jsonl-line", path: item.path, lineNo: line.lineNo, line: line.line, bytes: line.bytes };
    }
  }
}

function failureOf(source: string, error: unknown): ReadFailure {
  const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "unknown error";
  return { source, reason: `extraction failed: ${reason}` };
}

/** One input read, parsed and extracted; an unreadable input, or one the extractor chokes on, is a failure. */
export async function extractInput(input: ArticleInput, kb: KnowledgeBase = defaultKnowledgeBase()): Promise<ExtractResult> {
  const { bytes } = input;
  let article: ArticleText | ReadFailure;
  switch (input.kind) {
    case "failure":
      return { ok: false, failure: input.failure, bytes };
    case "jsonl-line":
      article = parseJsonlLine(input.line, input.path, input.lineNo);
      break;
    case "file": {
      // A .txt, .md or .html file holds exactly one article (or one failure).
      const reader = readFileArticles(input.path);
      const first = await reader.next();
      await reader.return(undefined);
      article = first.done ? { source: input.path, reason: "no article could be read from it" } : first.value;
      break;
    }
  }
  if ("reason" in article) return { ok: false, failure: article, bytes };
  try {
    return { ok: true, extraction: extractArticle(article, kb), bytes };
  } catch (error) {
    return { ok: false, failure: failureOf(article.source, error), bytes };
  }
}

export interface ExtractPathsOptions {
  /** The knowledge base to extract with in this thread (worker threads load the project's own). */
  kb?: KnowledgeBase;
  /** Worker threads to extract on; 0 or absent: in this thread. Results come in input order either way. */
  workers?: number;
  /** With workers: inputs at most between reading and the consumer (see ./parallel.ts). */
  window?: number;
  /** A file inside a given folder that is not of a type Entente reads (not a failure: the folder may hold other files). */
  onSkipped?: OnSkipped;
}

/**
 * Every article under the given files and folders (recursively), in path order; a file that
 * cannot be read, or an article the extractor chokes on, comes out as a failure and the others
 * still go through. With `workers`, extraction runs on that many threads while the caller
 * consumes the results; at most a bounded number of inputs are in flight (back-pressure).
 */
export async function* extractPaths(paths: readonly string[], options: ExtractPathsOptions = {}): AsyncGenerator<ExtractResult> {
  const inputs = articleInputs(paths, options.onSkipped);
  if (options.workers !== undefined && options.workers > 0) {
    if (options.kb) throw new Error("entente/ingest: a custom knowledge base cannot be used with worker threads");
    yield* extractInParallel(inputs, { workers: options.workers, ...(options.window === undefined ? {} : { window: options.window }) });
    return;
  }
  const kb = options.kb ?? defaultKnowledgeBase();
  for await (const input of inputs) yield await extractInput(input, kb);
}
