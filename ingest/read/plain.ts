/** .txt and .md articles: the text exactly as on disk, metadata from its layout. */
import type { ArticleText } from "../../src/model/document.js";
import { analyseLayout } from "../text/layout.js";

/**
 * An article from plain text. `text` is kept byte for byte (every offset indexes it);
 * title, publication date and publisher come from what the text carries: a `date …` stamp,
 * a date line, a dateline, a headline, a press-agency credit.
 */
export function parsePlainArticle(text: string, source: string, format: "txt" | "md"): ArticleText {
  const layout = analyseLayout(text);
  return {
    source,
    format,
    text,
    title: layout.title === null ? null : stripMarkdownHeading(layout.title, format),
    published: layout.published,
    publisher: layout.publisher,
  };
}

function stripMarkdownHeading(title: string, format: "txt" | "md"): string {
  return format === "md" ? title.replace(/^#{1,6}\s+/u, "").replace(/\s+#+\s*$/u, "").trim() : title;
}
