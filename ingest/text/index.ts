/**
 * Prepares an article for recognition: stable id, language, zones (title, body,
 * boilerplate, metadata, teaser) and sentences with their zone and paragraph.
 * Pure: a string in, plain data out; never throws on any text.
 */
import type { ArticleText, PreparedDocument, Sentence, Zone, ZoneKind } from "../../src/model/document.js";
import { withDatelineDay } from "../dates/publication.js";
import { documentId } from "./identity.js";
import { detectLanguage } from "./language.js";
import { analyzeLayout, type LayoutPiece } from "./layout.js";
import { segmentSentences } from "./sentences.js";
import { headlineOf } from "./headline.js";
import { withoutSiteSuffix } from "./title.js";

export { segmentSentences } from "./sentences.js";

interface Paragraph {
  start: number;
  end: number;
  kind: ZoneKind;
}

/** Consecutive pieces of one zone on adjacent lines form a paragraph unless one stands alone. */
function paragraphsOf(pieces: readonly Readonly<LayoutPiece>[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let previous: LayoutPiece | null = null;
  for (const piece of pieces) {
    const current = paragraphs[paragraphs.length - 1];
    const continues =
      current !== undefined &&
      previous !== null &&
      !previous.standalone &&
      !piece.standalone &&
      previous.kind === piece.kind &&
      piece.line === previous.line + 1;
    if (continues) current.end = piece.end;
    else paragraphs.push({ start: piece.start, end: piece.end, kind: piece.kind });
    previous = piece;
  }
  return paragraphs;
}

/** Adjacent pieces of the same kind merged into one zone (the whitespace between included). */
function zonesOf(pieces: readonly Readonly<LayoutPiece>[]): Zone[] {
  const zones: Zone[] = [];
  for (const piece of pieces) {
    const last = zones[zones.length - 1];
    if (last && last.kind === piece.kind) last.end = piece.end;
    else zones.push({ start: piece.start, end: piece.end, kind: piece.kind });
  }
  return zones;
}

function languageSample(text: string, paragraphs: Paragraph[]): string {
  const body = paragraphs.filter((p) => p.kind === "body" || p.kind === "title").map((p) => text.slice(p.start, p.end));
  return body.length > 0 ? body.join("\n") : text;
}

/** One paragraph per caption after `from` (the reader separates them by blank lines). */
function captionParagraphs(text: string, from: number): Paragraph[] {
  const out: Paragraph[] = [];
  const pattern = /[^\n]+(?:\n(?!\n)[^\n]*)*/gu;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body.length > 0) out.push({ start: m.index + lead, end: m.index + lead + body.length, kind: "caption" });
  }
  return out;
}

export function prepareDocument(article: ArticleText): PreparedDocument {
  const text = article.text;
  // Photo captions follow the story (an HTML page's): laid out apart, a zone of their own; the story alone is the id.
  const storyEnd = article.captionsFrom !== undefined && article.captionsFrom <= text.length ? article.captionsFrom : text.length;
  const story = text.slice(0, storyEnd);
  const layout = analyzeLayout(story, article.title);
  const captions = captionParagraphs(text, storyEnd);
  const paragraphs = [...paragraphsOf(layout.pieces), ...captions];
  const language = detectLanguage(languageSample(story, paragraphs));

  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const span of segmentSentences(text.slice(paragraph.start, paragraph.end), language)) {
      const start = paragraph.start + span.start;
      const end = paragraph.start + span.end;
      sentences.push({ start, end, text: text.slice(start, end), zone: paragraph.kind, paragraph: index });
    }
  });

  return {
    id: documentId(story),
    source: article.source,
    text,
    title: withoutSiteSuffix(article.title ?? layout.title, article.publisher ?? layout.publisher) ?? headlineOf(sentences),
    // a yearless dateline ("LONDON, Dec 3 (Reuters) -") gives the day the metadata's year or month lacks
    published: withDatelineDay(article.published ?? layout.published, layout.datelineDay),
    publisher: article.publisher ?? layout.publisher,
    language,
    zones: [...zonesOf(layout.pieces), ...captions.map((c) => ({ start: c.start, end: c.end, kind: c.kind }))],
    sentences,
  };
}

/** The zone holding `offset`, or null when it falls between zones (blank lines). */
export function zoneAt(document: Pick<PreparedDocument, "zones">, offset: number): ZoneKind | null {
  for (const zone of document.zones) if (offset >= zone.start && offset < zone.end) return zone.kind;
  return null;
}
