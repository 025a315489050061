/** .jsonl: one article per line, `text` or `content` plus `title`, `url`, `published` when present. */
import { z } from "zod";
import type { ArticleText, ReadFailure } from "../../src/model/document.js";
import { dateFromLocation, parseDateLine, parseIsoStamp } from "../dates/publication.js";
import { analyzeLayout } from "../text/layout.js";

const optionalText = z.string().nullish();

const JsonlArticle = z
  .object({
    text: optionalText,
    content: optionalText,
    body: optionalText,
    title: optionalText,
    url: optionalText,
    source: optionalText,
    published: optionalText,
    date: optionalText,
    published_at: optionalText,
    publishedAt: optionalText,
    publisher: optionalText,
    site_name: optionalText,
  })
  .loose();

/**
 * One .jsonl line as an article. `source` is the line's url when it has one, else
 * `file#L<n>`. A line that is not a JSON object with text → a failure naming file and line.
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

  const layout = analyzeLayout(text, record.title ?? null);
  const stamp = [record.published, record.date, record.published_at, record.publishedAt].find(
    (d): d is string => typeof d === "string" && d.trim().length > 0,
  );
  const published = stamp === undefined ? layout.published : (parseIsoStamp(stamp) ?? parseDateLine(stamp) ?? layout.published);
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
