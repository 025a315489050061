/**
 * Reading articles from disk: files and directories (recursively), .txt .md .html .htm
 * .jsonl. The only module of the pipeline that touches the file system; everything it
 * hands on is plain data (ArticleText) or a one-line ReadFailure.
 */
import { readFile, readdir, realpath, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import type { ArticleFormat, ArticleText, ReadFailure } from "../../src/model/document.js";
import { decodeHtml, decodeUtf8 } from "./decode.js";
import { parseHtmlArticle } from "./html.js";
import { parseJsonlLine } from "./jsonl.js";
import { parsePlainArticle } from "./plain.js";

export { parseHtmlArticle } from "./html.js";
export { parseJsonlLine } from "./jsonl.js";
export { parsePlainArticle } from "./plain.js";

const FORMAT_BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  ".txt": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".jsonl": "jsonl",
};

/** The article format of a path from its extension, or null when Entente does not read it. */
function formatOf(path: string): ArticleFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

function isReadFailure(value: ArticleText | ReadFailure | ArticleText[]): value is ReadFailure {
  return !Array.isArray(value) && "reason" in value;
}

function describe(error: unknown): string {
  if (error && typeof error === "object" && "code" in error) {
    const code = String(error.code);
    if (code === "ENOENT") return "no such file or directory";
    if (code === "EACCES" || code === "EPERM") return "permission denied";
    if (code === "EISDIR") return "is a directory";
  }
  return error instanceof Error ? (error.message.split("\n")[0] ?? "unreadable") : "unreadable";
}

async function collect(path: string, files: string[], failures: ReadFailure[], explicit: boolean, visited: Set<string>): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    failures.push({ source: path, reason: describe(error) });
    return;
  }
  if (info.isDirectory()) {
    let real: string;
    try {
      real = await realpath(path);
    } catch (error) {
      failures.push({ source: path, reason: describe(error) });
      return;
    }
    if (visited.has(real)) return; // a link back to a folder already walked
    visited.add(real);
    let entries: string[];
    try {
      entries = await readdir(path);
    } catch (error) {
      failures.push({ source: path, reason: describe(error) });
      return;
    }
    for (const entry of entries.sort()) {
      if (entry.startsWith(".") || entry === "node_modules" || /^readme(\.[a-z]+)?$/i.test(entry)) continue; // a folder's README documents it
      await collect(join(path, entry), files, failures, false, visited);
    }
  } else if (formatOf(path) !== null) {
    files.push(path);
  } else if (explicit) {
    failures.push({
      source: path,
      reason: `unsupported file type "${extname(path) || "(none)"}": expected .txt, .md, .html, .htm or .jsonl`,
    });
  }
}

/**
 * The article files under `paths`: directories are walked recursively (hidden entries and
 * README files skipped), files of other types inside directories are ignored, and the list is sorted and
 * free of duplicates. A path that does not exist, or a named file of another type, is a failure.
 */
export async function listInputFiles(paths: string[]): Promise<{ files: string[]; failures: ReadFailure[] }> {
  const files: string[] = [];
  const failures: ReadFailure[] = [];
  const visited = new Set<string>();
  for (const path of paths) await collect(path, files, failures, true, visited);
  const unique = [...new Map(files.map((file) => [resolve(file), file])).values()];
  return { files: unique.sort(), failures };
}

/**
 * Every article a file holds: one, or one per good .jsonl line (bad lines are skipped here;
 * readInputs reports each of them). A file with no readable article is a failure.
 */
export async function readArticleFile(path: string): Promise<ArticleText[] | ReadFailure> {
  const results: ArticleText[] = [];
  for await (const result of readFileArticles(path)) {
    if (isReadFailure(result)) {
      if (formatOf(path) !== "jsonl") return result;
      continue;
    }
    results.push(result);
  }
  if (results.length === 0) return { source: path, reason: "no article could be read from it" };
  return results;
}

/** The articles one listed file holds (one, or one per .jsonl line), a ReadFailure in place of each that cannot be read. */
export async function* readFileArticles(path: string): AsyncGenerator<ArticleText | ReadFailure> {
  const format = formatOf(path);
  if (format === null) {
    yield { source: path, reason: `unsupported file type "${extname(path) || "(none)"}"` };
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield { source: path, reason: describe(error) };
    return;
  }
  const decoded = format === "html" ? decodeHtml(bytes) : decodeUtf8(bytes);
  if (!decoded.ok) {
    yield { source: path, reason: decoded.reason };
    return;
  }
  const text = decoded.text;
  switch (format) {
    case "txt":
    case "md":
      yield parsePlainArticle(text, path, format);
      return;
    case "html": {
      const article = parseHtmlArticle(text, path);
      yield article ?? { source: path, reason: "no readable article text in the page" };
      return;
    }
    case "jsonl": {
      let lineNo = 0;
      for (const line of text.split(/\r?\n/u)) {
        lineNo++;
        if (line.trim().length === 0) continue;
        yield parseJsonlLine(line, path, lineNo);
      }
      return;
    }
  }
}

/**
 * The articles under `paths`, one at a time: one per file, one per .jsonl line. Files that
 * cannot be read, and bad .jsonl lines, come as ReadFailures in their place; the rest go on.
 */
export async function* readInputs(paths: string[]): AsyncGenerator<ArticleText | ReadFailure> {
  const { files, failures } = await listInputFiles(paths);
  yield* failures;
  for (const file of files) yield* readFileArticles(file);
}
