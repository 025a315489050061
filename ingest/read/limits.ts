/**
 * What the readers accept, so that time and memory stay bounded whatever the input: regular files
 * only (a named pipe would block a read forever), and limits on the size of an article. Extraction
 * takes about 20 s per MiB of text on a small machine, and more than linearly.
 */
import type { Stats } from "node:fs";
import type { ArticleText, ReadFailure } from "../../src/model/document.js";

/** The most text one article may have (a .txt or .md file, a page's text, a .jsonl line's text). */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
/** The largest HTML page read: an article's text and the markup around it. */
const MAX_HTML_BYTES = 8 * 1024 * 1024;

function byteCount(count: number): string {
  return `${count.toLocaleString("en-US")} bytes`;
}

/** "over the limit of 1,048,576 bytes (1 MiB) of one article file" */
function overLimit(limit: number, what: string): string {
  return `over the limit of ${byteCount(limit)} (${limit / (1024 * 1024)} MiB) of ${what}`;
}

/** Why a path that is not a regular file is not read; null for a regular file. */
export function notRegularFile(info: Stats): string | null {
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

/** Why a one-article file of this size is not read (before reading it); null when it is within its limit. */
export function fileTooLarge(size: number, format: "txt" | "md" | "html"): string | null {
  const limit = format === "html" ? MAX_HTML_BYTES : MAX_ARTICLE_BYTES;
  return size > limit ? `${byteCount(size)}, ${overLimit(limit, "one article file")}` : null;
}

/** Why an article's text is too long to extract (over MAX_ARTICLE_BYTES), or null. */
export function articleTextTooLong(text: string): string | null {
  const size = Buffer.byteLength(text, "utf8");
  return size > MAX_ARTICLE_BYTES ? `an article text of ${byteCount(size)}, ${overLimit(MAX_ARTICLE_BYTES, "one article")}` : null;
}

/** The article, or a failure naming its source when its text is over MAX_ARTICLE_BYTES (a page with a very long text). */
export function withinArticleLimit(article: ArticleText): ArticleText | ReadFailure {
  const tooLong = articleTextTooLong(article.text);
  return tooLong === null ? article : { source: article.source, reason: tooLong };
}
