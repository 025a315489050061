/**
 * Reading articles from disk: files and directories (recursively), .txt .md .html .htm
 * .jsonl. The only module of the pipeline that touches the file system; everything it
 * hands on is plain data (ArticleText) or a one-line ReadFailure. Only regular files are read,
 * within the limits of ./limits (a named pipe, a file over its size limit: one failure each).
 */
import { constants, type Dirent } from "node:fs";
import { open, readdir, realpath, stat, type FileHandle } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import type { ArticleFormat, ArticleText, ReadFailure } from "../../src/model/document.js";
import { decodeHtml, decodeUtf8 } from "./decode.js";
import { parseHtmlArticle } from "./html.js";
import { parseJsonlLine, readJsonlLines, type JsonlLine } from "./jsonl.js";
import { fileTooLarge, notRegularFile, withinArticleLimit } from "./limits.js";
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

const SUPPORTED = `Entente reads ${Object.keys(FORMAT_BY_EXTENSION).join(", ")}`;

function unsupported(path: string): string {
  return `unsupported file type "${extname(path) || "(none)"}": ${SUPPORTED}`;
}

/** The article format of a path from its extension, or null when Entente does not read it. */
export function formatOf(path: string): ArticleFormat | null {
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

/** A listed article file and its size in bytes (what progress and ETAs are measured in). */
export interface ListedFile {
  path: string;
  bytes: number;
}

interface Root {
  path: string;
  directory: boolean;
  bytes: number;
}

/** Told of each file of another type found in a folder: left out, not a failure (the folder may hold other files). */
export type OnSkipped = (skipped: ReadFailure) => void;

/**
 * The article files under `paths`, one at a time as the folders are walked (nothing is held but
 * the folders being walked): directories recursively (hidden entries and README files skipped,
 * files of other types passed to `onSkipped`), in sorted path order, each file once. A path that
 * does not exist, a named file of another type, or anything with an article's extension that is
 * not a regular file (a named pipe) is a failure; those named on the command line come first.
 */
export async function* walkInputFiles(paths: readonly string[], onSkipped?: OnSkipped): AsyncGenerator<ListedFile | ReadFailure> {
  const roots: Root[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { source: path, reason: describe(error) };
      continue;
    }
    if (!info.isDirectory() && formatOf(path) === null) {
      yield { source: path, reason: unsupported(path) };
      continue;
    }
    const irregular = info.isDirectory() ? null : notRegularFile(info);
    if (irregular !== null) {
      yield { source: path, reason: irregular };
      continue;
    }
    roots.push({ path, directory: info.isDirectory(), bytes: info.size });
  }
  // A file named twice, or named and also inside a named folder, is listed once.
  const named = new Set(roots.filter((root) => !root.directory).map((root) => resolve(root.path)));
  const listedNamed = new Set<string>();
  const once = (file: ListedFile): boolean => {
    const key = resolve(file.path);
    if (!named.has(key)) return true;
    if (listedNamed.has(key)) return false;
    listedNamed.add(key);
    return true;
  };
  const visited = new Set<string>();
  for (const root of roots.sort((a, b) => compareKeys(sortKey(a.path, a.directory), sortKey(b.path, b.directory)))) {
    if (!root.directory) {
      if (once(root)) yield { path: root.path, bytes: root.bytes };
      continue;
    }
    for await (const item of walkDirectory(root.path, visited, onSkipped)) if ("reason" in item || once(item)) yield item;
  }
}

/**
 * The files under one folder in sorted path order. Entries are sorted by name, a folder's name
 * taken with its trailing "/", so that walking depth-first gives the order of the full paths
 * sorted as strings ("a-1.txt" before "a/b.txt", as '-' < '/').
 */
async function* walkDirectory(path: string, visited: Set<string>, onSkipped?: OnSkipped): AsyncGenerator<ListedFile | ReadFailure> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await realpath(path);
    if (visited.has(real)) return; // a link back to a folder already walked
    visited.add(real);
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    yield { source: path, reason: describe(error) };
    return;
  }
  const children: Root[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules" || /^readme(\.[a-z]+)?$/i.test(entry.name)) continue; // a folder's README documents it
    const child = join(path, entry.name);
    if (!entry.isDirectory() && !entry.isSymbolicLink() && formatOf(child) === null) {
      onSkipped?.({ source: child, reason: `skipped: ${unsupported(child)}` });
      continue;
    }
    let info;
    try {
      info = await stat(child);
    } catch (error) {
      yield { source: child, reason: describe(error) };
      continue;
    }
    if (info.isDirectory()) children.push({ path: child, directory: true, bytes: 0 });
    else if (formatOf(child) === null) onSkipped?.({ source: child, reason: `skipped: ${unsupported(child)}` });
    else {
      const irregular = notRegularFile(info);
      if (irregular === null) children.push({ path: child, directory: false, bytes: info.size });
      else yield { source: child, reason: irregular };
    }
  }
  children.sort((a, b) => compareKeys(sortKey(a.path, a.directory), sortKey(b.path, b.directory)));
  for (const child of children) {
    if (child.directory) yield* walkDirectory(child.path, visited);
    else yield { path: child.path, bytes: child.bytes };
  }
}

function sortKey(path: string, directory: boolean): string {
  return directory ? `${path.replace(/\/+$/, "")}/` : path;
}

/** Plain code-unit order, as Array.prototype.sort gives strings. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The article files under `paths` as one sorted list and the failures (see walkInputFiles). For
 * callers that need the whole list; a long run walks with walkInputFiles instead.
 */
export async function listInputFiles(paths: string[]): Promise<{ files: string[]; failures: ReadFailure[] }> {
  const files: string[] = [];
  const failures: ReadFailure[] = [];
  for await (const item of walkInputFiles(paths)) {
    if ("reason" in item) failures.push(item);
    else files.push(item.path);
  }
  return { files, failures };
}

/** How many article files and bytes lie under `paths`: a walk that keeps only the two sums (for a progress bar's total). */
export async function surveyInputFiles(paths: readonly string[]): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for await (const item of walkInputFiles(paths)) {
    if ("reason" in item) continue;
    files += 1;
    bytes += item.bytes;
  }
  return { files, bytes };
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
  if (format === "jsonl") {
    for await (const item of readJsonlFile(path)) yield "reason" in item ? item : parseJsonlLine(item.line, path, item.lineNo);
    return;
  }
  let handle: FileHandle;
  try {
    // Looked at before it is opened: opening a named pipe would wait for a writer.
    const irregular = notRegularFile(await stat(path));
    if (irregular !== null) {
      yield { source: path, reason: irregular };
      return;
    }
    // Non-blocking, should the path have become a pipe since: the check below refuses it then.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    yield { source: path, reason: describe(error) };
    return;
  }
  try {
    yield await readOneArticle(handle, path, format);
  } catch (error) {
    yield { source: path, reason: describe(error) };
  } finally {
    await handle.close();
  }
}

/** A one-article file (.txt, .md, .html): refused whole when over its size limit, before it is read. */
async function readOneArticle(handle: FileHandle, path: string, format: "txt" | "md" | "html"): Promise<ArticleText | ReadFailure> {
  const info = await handle.stat();
  const refusal = notRegularFile(info) ?? fileTooLarge(info.size, format);
  if (refusal !== null) return { source: path, reason: refusal };
  const buffer = Buffer.alloc(info.size);
  const { bytesRead } = await handle.read(buffer, 0, info.size, 0); // no more than the size checked, should the file grow
  const bytes = buffer.subarray(0, bytesRead);
  const decoded = format === "html" ? decodeHtml(bytes) : decodeUtf8(bytes);
  if (!decoded.ok) return { source: path, reason: decoded.reason };
  if (format !== "html") return parsePlainArticle(decoded.text, path, format);
  const article = parseHtmlArticle(decoded.text, path);
  return article === null ? { source: path, reason: "no readable article text in the page" } : withinArticleLimit(article);
}

/** The lines of a .jsonl file as they stream from disk (see readJsonlLines), a read error as one failure; only a regular file is opened. */
export async function* readJsonlFile(path: string): AsyncGenerator<JsonlLine | ReadFailure> {
  try {
    const irregular = notRegularFile(await stat(path));
    if (irregular !== null) {
      yield { source: path, reason: irregular };
      return;
    }
    yield* readJsonlLines(path);
  } catch (error) {
    yield { source: path, reason: describe(error) };
  }
}

/**
 * The articles under `paths`, one at a time: one per file, one per .jsonl line. Files that
 * cannot be read, and bad .jsonl lines, come as ReadFailures in their place; the rest go on.
 */
export async function* readInputs(paths: string[]): AsyncGenerator<ArticleText | ReadFailure> {
  for await (const item of walkInputFiles(paths)) {
    if ("reason" in item) yield item;
    else yield* readFileArticles(item.path);
  }
}
