/**
 * The layout of a plain-text article: which spans are its title, body, boilerplate
 * ("Breaking", "22 hours ago", bylines, view counters, repeated headline copies, truncated
 * teasers), metadata (a `date …` stamp, a date line, a dateline, a press-agency credit) and
 * trailing teaser ("EN SAVOIR PLUS", "Read more" and what follows). Rules look at a line's
 * shape, its position (before the first prose paragraph, after the last) and repetition;
 * nothing here knows any particular article.
 */
import type { IsoDate } from "../../src/model/extraction.js";
import type { ZoneKind } from "../../src/model/document.js";
import { parseDateLine, parseDateline, parseDateMarker, parseIsoStamp, type DayOfMonth } from "../dates/publication.js";
import {
  endsLikeSentence,
  isBareUrl,
  isBlockStart,
  isByline,
  isCounter,
  isLabel,
  isPageFurniture,
  isPublicationStamp,
  isRelativeTime,
  normalizeLine,
  publisherOfLine,
  splitLines,
  teaserMarkerOf,
  trimSpan,
  wordsOf,
} from "./lines.js";

/** A span of the text (a line or part of one, trimmed) with its zone. */
export interface LayoutPiece {
  start: number;
  end: number;
  kind: ZoneKind;
  /** A line that is a paragraph on its own (a headline, a label, a list item). */
  standalone: boolean;
  /** Index of the source line; pieces of one line share it. */
  line: number;
}

export interface ArticleLayout {
  readonly pieces: readonly Readonly<LayoutPiece>[];
  readonly title: string | null;
  readonly published: IsoDate | null;
  /** The day and month of a dateline written without its year ("LONDON, Dec 3 (Reuters) -"), for the metadata's year to complete. */
  readonly datelineDay: DayOfMonth | null;
  readonly publisher: string | null;
}

const UPDATE_LABEL = /^(?:mise?\s+à\s+jour|modifi[ée]e?|actualis[ée]e?|updated|last\s+updated)(?![\p{L}])/iu;

type Shape = "date" | "relative" | "counter" | "byline" | "publisher" | "furniture" | "teaser" | "prose" | "label" | "headline" | "text";

interface Item {
  start: number;
  end: number;
  text: string;
  /** The text without markdown emphasis and quote marks (`*Published: …*` → `Published: …`). */
  bare: string;
  line: number;
  shape: Shape;
}

function shapeOf(text: string): Shape {
  if (teaserMarkerOf(text)) return "teaser";
  if (isRelativeTime(text)) return "relative";
  if (parseDateLine(text) || isPublicationStamp(text)) return "date";
  if (isCounter(text)) return "counter";
  if (publisherOfLine(text)) return "publisher";
  if (isPageFurniture(text) || isBareUrl(text)) return "furniture";
  if (isByline(text)) return "byline";
  const words = wordsOf(text).length;
  if (isHeadlineQuestion(text, words)) return "headline";
  if ((endsLikeSentence(text) && words >= 5) || words >= 30) return "prose";
  if (isLabel(text)) return "label";
  if (words <= 30 && !isBlockStart(text) && !/\.$/u.test(text.trimEnd())) return "headline";
  return "text";
}

/** "Le Japon peut-il devenir une puissance militaire ?": a headline asking or exclaiming, one clause, no full stop. */
function isHeadlineQuestion(text: string, words: number): boolean {
  const t = text.trim();
  return /[?!]$/u.test(t) && words <= 20 && !/[.!?…]\s/u.test(t.slice(0, -1));
}

/** A markdown heading is a headline unless it is a teaser marker ("## À lire aussi"). */
function headingShape(text: string): Shape {
  const shape = shapeOf(text);
  return shape === "teaser" || shape === "date" || wordsOf(text).length === 0 ? shape : "headline";
}

/** The article's lowercased words: how often each occurs, and all of them sorted for prefix search. */
interface Vocabulary {
  counts: Map<string, number>;
  sorted: string[];
}

function vocabularyOf(text: string): Vocabulary {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { counts, sorted: [...counts.keys()].sort() };
}

/** The vocabulary, counted on first use: most articles never need it. */
function lazyVocabulary(text: string): () => Vocabulary {
  let vocabulary: Vocabulary | null = null;
  return () => (vocabulary ??= vocabularyOf(text));
}

/** Whether some word of the article is longer than `prefix` and starts with it (binary search). */
function extendsSomeWord(prefix: string, sorted: string[]): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? "") <= prefix) low = mid + 1;
    else high = mid;
  }
  return sorted[low]?.startsWith(prefix) ?? false;
}

/**
 * A line cut short: it ends in an ellipsis, or its last word appears nowhere else in the
 * article while a longer word of the article starts with it ("… le Chef de l'opposit").
 */
function isTruncated(text: string, vocabularyOfArticle: () => Vocabulary): boolean {
  const t = text.trimEnd();
  if (/(?:…|\.\.\.)$/u.test(t)) return true;
  const last = /([\p{L}\p{M}]{2,})$/u.exec(t)?.[1]?.toLowerCase();
  if (!last || wordsOf(t).length < 4) return false;
  const vocabulary = vocabularyOfArticle();
  if ((vocabulary.counts.get(last) ?? 0) > 1) return false;
  return extendsSomeWord(last, vocabulary.sorted);
}

function itemsOf(
  text: string,
  frontMatter: FrontMatter | null,
): { items: Item[]; markerPiece: LayoutPiece | null; markerDate: IsoDate | null } {
  const items: Item[] = [];
  let markerPiece: LayoutPiece | null = null;
  let markerDate: IsoDate | null = null;
  splitLines(text).forEach((line, index) => {
    if (frontMatter !== null && index <= frontMatter.lastLine) return;
    const trimmed = trimSpan(line.text, line.start);
    const end = trimmed.end;
    let start = trimmed.start;
    if (start === end) return;
    if (items.length === 0 && markerPiece === null) {
      const marker = parseDateMarker(line.text);
      if (marker) {
        const markerSpan = trimSpan(line.text.slice(0, marker.end), line.start);
        markerPiece = { ...markerSpan, kind: "metadata", standalone: true, line: index };
        markerDate = marker.date;
        start = trimSpan(text.slice(line.start + marker.end, end), line.start + marker.end).start;
        if (start >= end) return;
      }
    }
    const heading = /^#{1,6}[ \t]+(?=\S)/u.exec(text.slice(start, end)); // markdown: the marks are no text
    if (heading) start += heading[0].length;
    const itemText = text.slice(start, end);
    const bare = itemText.replace(/^[*_>\s]+|[*_\s]+$/gu, ""); // markdown emphasis and quote marks say nothing of the shape
    const shape = heading ? headingShape(bare) : shapeOf(bare);
    items.push({ start, end, text: itemText, bare, line: index, shape });
  });
  return { items, markerPiece, markerDate };
}

/** A YAML front matter block opening a markdown text: where it ends, its lines, and the fields it states. */
interface FrontMatter {
  /** Offset just past the closing `---` line. */
  end: number;
  lastLine: number;
  published: IsoDate | null;
  title: string | null;
}

const FRONT_MATTER_DATE_KEYS = [
  "date",
  "published",
  "publishdate",
  "pubdate",
  "date_published",
  "datepublished",
  "publication_date",
  "created",
];
const FRONT_MATTER_UPDATE_KEYS = ["updated", "lastmod", "modified", "date_modified", "datemodified", "last_updated"];

function frontMatterOf(text: string): FrontMatter | null {
  const lines = splitLines(text);
  if (lines[0]?.text.trim() !== "---") return null;
  const fields = new Map<string, string>();
  for (let i = 1; i < Math.min(lines.length, 60); i++) {
    const line = lines[i]?.text ?? "";
    if (/^(?:---|\.\.\.)\s*$/u.test(line)) {
      const value = (keys: string[]): string | null => keys.map((key) => fields.get(key)).find((v) => v !== undefined) ?? null;
      const dated = value(FRONT_MATTER_DATE_KEYS) ?? value(FRONT_MATTER_UPDATE_KEYS);
      const published = dated === null ? null : (parseIsoStamp(dated) ?? parseDateLine(dated));
      const title = fields.get("title") ?? null;
      return { end: lines[i]?.end ?? text.length, lastLine: i, published, title: title && title.length > 0 ? title : null };
    }
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/u.exec(line);
    if (field?.[1] !== undefined) fields.set(field[1].toLowerCase(), (field[2] ?? "").trim().replace(/^(["'])(.*)\1$/u, "$2"));
    else if (!/^(?:\s|-\s|#|$)/u.test(line)) return null; // prose between two rules is no front matter
  }
  return null;
}

/** The layout of `text`; `knownTitle` (from HTML or JSON metadata) marks the matching line as title. */
export function analyzeLayout(text: string, knownTitle: string | null = null): ArticleLayout {
  // A scrape's reader reads the layout for its title and date, then the document is prepared from it:
  // the same text read twice in a row gets the same layout (callers only read it).
  if (lastLayout !== null && lastLayout.text === text && lastLayout.knownTitle === knownTitle) return lastLayout.layout;
  const layout = readLayout(text, knownTitle);
  lastLayout = { text, knownTitle, layout };
  return layout;
}

let lastLayout: { text: string; knownTitle: string | null; layout: ArticleLayout } | null = null;

/** Paragraphs of prose a header may hold before its date line: a standfirst, a "reported from" line. */
const HEADER_PROSE = 2;

function readLayout(text: string, knownTitle: string | null): ArticleLayout {
  const frontMatter = frontMatterOf(text);
  const { items, markerPiece, markerDate } = itemsOf(text, frontMatter);
  const vocabulary = lazyVocabulary(text);
  const firstProse = items.findIndex((item) => item.shape === "prose");
  const headerEnd = firstProse === -1 ? items.length : firstProse;
  let lastProse = -1;
  items.forEach((item, i) => {
    if (item.shape === "prose") lastProse = i;
  });

  const titleIndex = findTitle(items, headerEnd, knownTitle ?? frontMatter?.title ?? null, vocabulary);
  const teasers = findTeasers(items, Math.max(firstProse, titleIndex + 1, 0));

  const pieces: LayoutPiece[] = [];
  if (frontMatter) pieces.push({ start: 0, end: frontMatter.end, kind: "metadata", standalone: true, line: 0 });
  if (markerPiece) pieces.push(markerPiece);
  let published: IsoDate | null = frontMatter?.published ?? markerDate;
  /** A date only said to be an update ("Updated 2025-09-06"): the publication date when nothing better is stated. */
  let updated: IsoDate | null = null;
  let datelineDay: DayOfMonth | null = null;
  let publisher: string | null = null;
  const seen = new Set<string>();
  let prosesSeen = 0;

  items.forEach((item, i) => {
    const add = (start: number, end: number, kind: ZoneKind, standalone: boolean): void => {
      if (end > start) pieces.push({ start, end, kind, standalone, line: item.line });
    };
    let repeated = false;
    if (item.shape !== "prose") {
      const key = normalizeLine(item.text);
      repeated = key.length > 0 && seen.has(key);
      seen.add(key);
    }

    if (teasers.some((range) => i >= range.from && i <= range.to)) {
      add(item.start, item.end, "teaser", item.shape !== "prose");
      return;
    }
    if (i === titleIndex) {
      add(item.start, item.end, "title", true);
      return;
    }
    switch (item.shape) {
      case "date":
        // The header's date line, or one after a standfirst or a "reported from" line (at most two paragraphs of prose before it).
        if ((i < headerEnd || prosesSeen <= HEADER_PROSE) && published === null) {
          const date = parseDateLine(item.bare);
          if (UPDATE_LABEL.test(item.bare)) updated ??= date;
          else published = date;
        }
        add(item.start, item.end, "metadata", true);
        return;
      case "publisher":
        publisher ??= publisherOfLine(item.bare);
        add(item.start, item.end, "metadata", true);
        return;
      case "relative":
      case "counter":
      case "byline":
      case "furniture":
        add(item.start, item.end, "boilerplate", true);
        return;
      default:
        break;
    }
    if (repeated && item.shape !== "text") {
      add(item.start, item.end, "boilerplate", true);
      return;
    }
    if (item.shape === "prose" || item.shape === "text") {
      if (item.shape === "prose" && prosesSeen++ < 2) {
        const dateline = parseDateline(item.text);
        if (dateline) {
          published ??= dateline.date;
          datelineDay ??= dateline.day;
          publisher ??= dateline.agency;
          const body = trimSpan(item.text.slice(dateline.end), item.start + dateline.end);
          add(item.start, item.start + item.text.slice(0, dateline.end).trimEnd().length, "metadata", true);
          add(body.start, item.end, "body", false);
          return;
        }
      }
      add(item.start, item.end, "body", isBlockStart(item.text));
      return;
    }
    const outsideBody = i < headerEnd || i > lastProse;
    if (isTruncated(item.text, vocabulary) && (outsideBody || item.shape === "headline")) {
      add(item.start, item.end, "boilerplate", true);
      return;
    }
    if (item.shape === "label" && (outsideBody || wordsOf(item.text).length === 1)) {
      add(item.start, item.end, "boilerplate", true);
      return;
    }
    add(item.start, item.end, "body", true);
  });

  const titleItem = titleIndex === -1 ? null : items[titleIndex];
  return {
    pieces,
    title: titleItem ? titleItem.text : (frontMatter?.title ?? null),
    published: published ?? updated,
    datelineDay,
    publisher,
  };
}

function findTitle(items: Item[], headerEnd: number, knownTitle: string | null, vocabulary: () => Vocabulary): number {
  if (knownTitle !== null && knownTitle.trim().length > 0) {
    const key = normalizeLine(knownTitle);
    const limit = Math.min(items.length, Math.max(headerEnd + 1, 3));
    for (let i = 0; i < limit; i++) if (normalizeLine(items[i]?.text ?? "") === key) return i;
  }
  for (let i = 0; i < headerEnd; i++) {
    const item = items[i];
    if (!item || item.shape !== "headline") continue;
    const words = wordsOf(item.text).length;
    if (words >= 3 && words <= 25 && !isTruncated(item.text, vocabulary)) return i;
  }
  return -1;
}

/**
 * Teaser ranges of items: a marker standing alone ("EN SAVOIR PLUS :") opens a section that
 * runs to the end; a marker carrying its link inline ("Lire aussi : …") covers its line and
 * the headline-like lines right under it. Markers are looked for from `from` on.
 */
function findTeasers(items: Item[], from: number): Array<{ from: number; to: number }> {
  const ranges: Array<{ from: number; to: number }> = [];
  for (let i = from; i < items.length; i++) {
    const item = items[i];
    if (!item || item.shape !== "teaser") continue;
    const marker = teaserMarkerOf(item.text);
    if (!marker || marker.inline.length === 0) {
      ranges.push({ from: i, to: items.length - 1 });
      break;
    }
    let to = i;
    while (
      to + 1 < items.length &&
      items[to + 1]?.shape !== "prose" &&
      items[to + 1]?.shape !== "teaser" &&
      items[to + 1]?.line === (items[to]?.line ?? 0) + 1
    )
      to++;
    ranges.push({ from: i, to });
    i = to;
  }
  return ranges;
}
