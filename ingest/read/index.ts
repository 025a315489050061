/**
 * Reading articles from disk: files and directories (recursively), .txt .md .html .htm
 * .jsonl. The only module of the pipeline that touches the file system; everything it
 * hands on is plain data (ArticleText) or a one-line ReadFailure.
 *
 * Only regular files are read (a named pipe would block forever), and within limits that keep
 * time and memory bounded: MAX_ARTICLE_BYTES of text per article, MAX_HTML_BYTES per page;
 * .jsonl files are read line by line, so only their lines are limited.
 */
import { constants, type Stats } from "node:fs";
import { open, readdir, realpath, stat, type FileHandle } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import type { ArticleFormat, ArticleText, ReadFailure } from "../../src/model/document.js";
import { decodeHtml, decodeUtf8 } from "./decode.js";
import { parseHtmlArticle } from "./html.js";
import { parseJsonlLine } from "./jsonl.js";
import { readLines } from "./lines.js";
import { parsePlainArticle } from "./plain.js";

export { decodeHtml, decodeUtf8 } from "./decode.js";
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

/** The most text one article may have (a .txt or .md file, a .jsonl line's text, a page's text): extraction takes about 20 s per MiB, and more than linearly. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
/** The largest HTML page read: an article's text and the markup around it. */
export const MAX_HTML_BYTES = 8 * 1024 * 1024;
/** The longest .jsonl line read: an article of MAX_ARTICLE_BYTES, JSON escapes and its other fields. */
export const MAX_JSONL_LINE_BYTES = 2 * MAX_ARTICLE_BYTES;

const SUPPORTED = `Entente reads ${Object.keys(FORMAT_BY_EXTENSION).join(", ")}`;

/** The article format of a path from its extension, or null when Entente does not read it. */
export function formatOf(path: string): ArticleFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

export function isReadFailure(value: ArticleText | ReadFailure | ArticleText[]): value is ReadFailure {
  return !Array.isArray(value) && "reason" in value;
}

function byteCount(count: number): string {
  return `${count.toLocaleString("en-US")} bytes`;
}

/** "over the limit of 1,048,576 bytes (1 MiB) of one article file" */
function overLimit(limit: number, what: string): string {
  return `over the limit of ${byteCount(limit)} (${limit / (1024 * 1024)} MiB) of ${what}`;
}

function unsupported(path: string): string {
  return `unsupported file type "${extname(path) || "(none)"}": ${SUPPORTED}`;
}

/** Why a path that is not a regular file is not read; null for a regular file. */
function notRegular(info: Stats): string | null {
  if (info.isFile()) return null;
  const kind = info.isFIFO()
    ? "a named pipe (FIFO)"
    : info.isSocket()
      ? "a socket"
      : info.isCharacterDevice() || info.isBlockDevice()
        ? "a device"
        : "not a file";
  return `${kind}, not a regular file: only regular files are read`;
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

async function collect(
  path: string,
  found: { files: string[]; failures: ReadFailure[]; skipped: ReadFailure[] },
  explicit: boolean,
  visited: Set<string>,
): Promise<void> {
  const { files, failures, skipped } = found;
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
      await collect(join(path, entry), found, false, visited);
    }
  } else if (formatOf(path) === null) {
    if (explicit) failures.push({ source: path, reason: unsupported(path) });
    else skipped.push({ source: path, reason: `skipped: ${unsupported(path)}` });
  } else {
    const irregular = notRegular(info);
    if (irregular === null) files.push(path);
    else failures.push({ source: path, reason: irregular });
  }
}

/**
 * The article files under `paths`: directories are walked recursively (hidden entries and
 * README files skipped), and the list is sorted and free of duplicates. A path that does not
 * exist, a named file of another type, or anything with an article's extension that is not a
 * regular file (a named pipe) is a failure; files of other types inside directories are `skipped`.
 */
export async function listInputFiles(paths: string[]): Promise<{ files: string[]; failures: ReadFailure[]; skipped: ReadFailure[] }> {
  const found = { files: [] as string[], failures: [] as ReadFailure[], skipped: [] as ReadFailure[] };
  const visited = new Set<string>();
  for (const path of paths) await collect(path, found, true, visited);
  const unique = [...new Map(found.files.map((file) => [resolve(file), file])).values()];
  return { files: unique.sort(), failures: found.failures, skipped: found.skipped };
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
    yield { source: path, reason: unsupported(path) };
    return;
  }
  let handle: FileHandle;
  try {
    // Looked at before it is opened: opening a named pipe would wait for a writer.
    const irregular = notRegular(await stat(path));
    if (irregular !== null) {
      yield { source: path, reason: irregular };
      return;
    }
    // Non-blocking, should the path have become a pipe since: then the check below refuses it.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    yield { source: path, reason: describe(error) };
    return;
  }
  try {
    const info = await handle.stat();
    const irregular = notRegular(info);
    if (irregular !== null) yield { source: path, reason: irregular };
    else if (format === "jsonl") yield* readJsonlArticles(handle, path);
    else yield await readWholeArticle(handle, info.size, path, format);
  } catch (error) {
    yield { source: path, reason: describe(error) };
  } finally {
    await handle.close();
  }
}

/** A one-article file (.txt, .md, .html): refused whole when over its size limit, before it is read. */
async function readWholeArticle(
  handle: FileHandle,
  size: number,
  path: string,
  format: "txt" | "md" | "html",
): Promise<ArticleText | ReadFailure> {
  const limit = format === "html" ? MAX_HTML_BYTES : MAX_ARTICLE_BYTES;
  if (size > limit) return { source: path, reason: `${byteCount(size)}, ${overLimit(limit, "one article file")}` };
  const buffer = Buffer.alloc(size);
  const { bytesRead } = await handle.read(buffer, 0, size, 0); // no more than the size checked, should the file grow
  const bytes = buffer.subarray(0, bytesRead);
  const decoded = format === "html" ? decodeHtml(bytes) : decodeUtf8(bytes);
  if (!decoded.ok) return { source: path, reason: decoded.reason };
  const article = format === "html" ? parseHtmlArticle(decoded.text, path) : parsePlainArticle(decoded.text, path, format);
  if (article === null) return { source: path, reason: "no readable article text in the page" };
  return withinArticleLimit(article);
}

/** One article per .jsonl line, read as a stream; each bad or overlong line is a failure naming it. */
async function* readJsonlArticles(handle: FileHandle, path: string): AsyncGenerator<ArticleText | ReadFailure> {
  for await (const line of readLines(handle, MAX_JSONL_LINE_BYTES)) {
    const where = `${path}#L${line.lineNo}`;
    if ("overlong" in line) {
      yield {
        source: where,
        reason: `a line of ${byteCount(line.overlong)}, ${overLimit(MAX_JSONL_LINE_BYTES, "one .jsonl line")}`,
      };
      continue;
    }
    if (line.bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d)) continue;
    const decoded = decodeUtf8(line.bytes);
    const parsed = decoded.ok ? parseJsonlLine(decoded.text, path, line.lineNo) : { source: where, reason: decoded.reason };
    yield isReadFailure(parsed) ? parsed : withinArticleLimit(parsed);
  }
}

/** The article, or a failure when its text is over MAX_ARTICLE_BYTES (a large page, a long .jsonl text). */
function withinArticleLimit(article: ArticleText): ArticleText | ReadFailure {
  const size = Buffer.byteLength(article.text, "utf8");
  if (size <= MAX_ARTICLE_BYTES) return article;
  return {
    source: article.source,
    reason: `an article text of ${byteCount(size)}, ${overLimit(MAX_ARTICLE_BYTES, "one article")}`,
  };
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
