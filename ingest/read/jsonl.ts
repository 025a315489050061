/**
 * .jsonl: one article per line, `text` or `content` plus `title`, `url`, `published` when present.
 * The file streams line by line (readJsonlLines: constant memory whatever its size) and each line
 * is parsed on its own (parseJsonlLine), wherever the caller likes (a worker thread, say).
 */
import { z } from "zod";
import type { ArticleText, ReadFailure } from "../../src/model/document.js";
import { dateFromLocation, parseDateLine, parseFeedStamp, parseIsoStamp } from "../dates/publication.js";
import { analyzeLayout } from "../text/layout.js";
import { decodeUtf8 } from "./decode.js";
import { articleTextTooLong } from "./limits.js";
import { readRawLines } from "./lines.js";

/** One non-blank line of a .jsonl file: its text, its number (from 1) and the bytes it took in the file. */
export interface JsonlLine {
  line: string;
  lineNo: number;
  bytes: number;
}

/** The longest line read; a longer one is named and skipped, never held in memory. */
const MAX_JSONL_LINE_BYTES = 64 * 1024 * 1024;

/**
 * The non-blank lines of a .jsonl file as they stream from disk, each strict UTF-8 (a line that is
 * not is a failure naming file and line; the others go on; a byte-order mark is dropped). A file
 * whose first line is not text (a binary file named .jsonl) is one failure, as is an empty file or
 * one of blank lines. Read errors are thrown.
 */
export async function* readJsonlLines(path: string): AsyncGenerator<JsonlLine | ReadFailure> {
  let lineNo = 0;
  let size = 0;
  let blanks = 0;
  for await (const raw of readRawLines(path, MAX_JSONL_LINE_BYTES)) {
    lineNo += 1;
    size += raw.size;
    const where = `${path}#L${lineNo}`;
    if (raw.bytes === null) {
      yield { source: where, reason: `line longer than ${MAX_JSONL_LINE_BYTES / 2 ** 20} MiB, skipped` };
      continue;
    }
    const decoded = decodeUtf8(raw.bytes);
    if (!decoded.ok) {
      if (decoded.reason === "empty file" || decoded.reason === "no text (only whitespace)") {
        blanks += 1;
        continue;
      }
      if (lineNo === 1) {
        yield { source: path, reason: decoded.reason };
        return;
      }
      yield { source: where, reason: decoded.reason };
      continue;
    }
    yield { line: lineNo === 1 ? decoded.text.replace(/^\uFEFF/u, "") : decoded.text, lineNo, bytes: raw.size };
  }
  if (size === 0) yield { source: path, reason: "empty file" };
  else if (blanks === lineNo) yield { source: path, reason: "no text (only whitespace)" };
}

const optionalText = z.string().nullish();
/** A date field: text, or a number (Unix time); anything else is left unread rather than refusing the article. */
const optionalStamp = z.union([z.string(), z.number()]).nullish().catch(null);

const JsonlArticle = z
  .object({
    text: optionalText,
    content: optionalText,
    body: optionalText,
    title: optionalText,
    url: optionalText,
    source: optionalText,
    published: optionalStamp,
    date: optionalStamp,
    published_at: optionalStamp,
    publishedAt: optionalStamp,
    publisher: optionalText,
    site_name: optionalText,
  })
  .loose();

/**
 * One .jsonl line as an article. `source` is the line's url when it has one, else
 * `file#L<n>`. A line that is not a JSON object with text, or whose text is over the article limit
 * (./limits) → a failure naming file and line.
 */
export function parseJsonlLine(line: string, source: string, lineNo: number): ArticleText | ReadFailure {
  const where = `${source}#L${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : "invalid JSON";
    return { source: where, reason: `invalid JSON (${detail})` };
  }
  const parsed = JsonlArticle.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = issue ? `${issue.path.join(".") || "line"}: ${issue.message}` : "not an article object";
    return { source: where, reason: `not an article (${detail})` };
  }
  const record = parsed.data;
  const text = [record.text, record.content, record.body].find((t): t is string => typeof t === "string" && t.trim().length > 0);
  if (text === undefined) return { source: where, reason: "no text: expected a non-empty `text` or `content` field" };
  const tooLong = articleTextTooLong(text);
  if (tooLong !== null) return { source: where, reason: tooLong };

  const layout = analyzeLayout(text, record.title ?? null);
  const stamp = [record.published, record.date, record.published_at, record.publishedAt].find(
    (d): d is string | number => (typeof d === "string" && d.trim().length > 0) || (typeof d === "number" && Number.isFinite(d)),
  );
  const published =
    stamp === undefined
      ? layout.published
      : typeof stamp === "number"
        ? (parseFeedStamp(stamp) ?? layout.published)
        : (parseIsoStamp(stamp) ?? parseFeedStamp(stamp) ?? parseDateLine(stamp) ?? layout.published);
  const url = record.url?.trim() || null;
  const dated = published ?? (url === null ? null : dateFromLocation(url));
  return {
    source: url ?? where,
    format: "jsonl",
    text,
    title: record.title?.trim() || layout.title,
    published: dated,
    publisher: record.publisher?.trim() || record.site_name?.trim() || layout.publisher,
  };
}
