/**
 * The ingest pipeline: article → prepared document → recognised and linked mentions →
 * roles, events and relations (the contract's DocumentExtraction). `extractArticle` is pure;
 * `extractPaths` adds the file reading at the edge and reports progress.
 */
import type { ArticleText, ReadFailure } from "../src/model/document.js";
import type { DocumentExtraction } from "../src/model/extraction.js";
import { defaultKnowledgeBase, type KnowledgeBase } from "../src/kb/load.js";
import { listInputFiles, readFileArticles } from "./read/index.js";
import { prepareDocument } from "./text/index.js";
import { recognizeAndLink } from "./link/index.js";
import { findTemporalExpressions, sentenceTense } from "./dates/index.js";
import { extractFromLinked, type TemporalTools } from "./extract/index.js";

const temporalTools: TemporalTools = { findTemporalExpressions, sentenceTense };

/** One article through every stage. Pure: same article and knowledge base, same extraction. */
export function extractArticle(article: ArticleText, kb: KnowledgeBase = defaultKnowledgeBase()): DocumentExtraction {
  const document = prepareDocument(article);
  const linked = recognizeAndLink(document, kb);
  return extractFromLinked(linked, kb, temporalTools);
}

export type ExtractResult = { ok: true; extraction: DocumentExtraction } | { ok: false; failure: ReadFailure };

export interface ExtractPathsOptions {
  kb?: KnowledgeBase;
  /** Called after each input file: files done, files in all, the file just done. */
  onProgress?: (done: number, total: number, source: string) => void;
}

function failureOf(source: string, error: unknown): ReadFailure {
  const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "unknown error";
  return { source, reason: `extraction failed: ${reason}` };
}

/**
 * Every article under the given files and folders (recursively), in path order; a file that
 * cannot be read, or an article the extractor chokes on, comes out as a failure and the others
 * still go through.
 */
export async function* extractPaths(paths: string[], options: ExtractPathsOptions = {}): AsyncGenerator<ExtractResult> {
  const kb = options.kb ?? defaultKnowledgeBase();
  const { files, failures } = await listInputFiles(paths);
  for (const failure of failures) yield { ok: false, failure };
  let done = 0;
  for (const file of files) {
    for await (const item of readFileArticles(file)) {
      if ("reason" in item) {
        yield { ok: false, failure: item };
        continue;
      }
      let result: ExtractResult;
      try {
        result = { ok: true, extraction: extractArticle(item, kb) };
      } catch (error) {
        result = { ok: false, failure: failureOf(item.source, error) };
      }
      yield result;
    }
    done++;
    options.onProgress?.(done, files.length, file);
  }
}
