/** .txt and .md articles: the text exactly as on disk, metadata from its layout. */
import type { ArticleText } from "../../src/model/document.js";
import { dateFromLocation } from "../dates/publication.js";
import { analyzeLayout } from "../text/layout.js";

/**
 * An article from plain text. `text` is kept as decoded (every offset indexes it); title,
 * publication date and publisher come from what the text carries: a `date …` stamp, a date
 * line, a dateline, a headline (a markdown heading without its #), a press-agency credit;
 * failing those, a date in the file name (`2024-07-08-visit.txt`).
 */
export function parsePlainArticle(text: string, source: string, format: "txt" | "md"): ArticleText {
  const layout = analyzeLayout(text);
  return {
    source,
    format,
    text,
    title: layout.title,
    published: layout.published ?? dateFromLocation(source),
    publisher: layout.publisher,
  };
}
