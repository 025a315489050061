/**
 * Small span helpers shared by the extraction steps: what lies between two spans, clause
 * bounds inside a sentence. Pure functions over the document text and absolute offsets.
 */
import { foldForMatch } from "../../src/kb/normalize.js";
import type { PhraseFinder } from "./lexicon.js";

export interface Span {
  start: number;
  end: number;
}

/** Little words that may link a title to a name or a complement ("de", "of the", "l'"). */
const LINK_WORDS = new Set([
  "de",
  "du",
  "des",
  "d'",
  "l'",
  "la",
  "le",
  "les",
  "of",
  "to",
  "the",
  "'s",
  "s",
  "au",
  "aux",
  "en",
  "for",
  "pour",
  "son",
  "sa",
  "ses",
  "his",
  "her",
  "its",
  "their",
  "leur",
]);
const COORDINATORS = new Set(["et", "and", "&"]);

export interface GapOptions {
  /** Spans inside the gap that are allowed (country or organisation mentions, say). */
  allowedSpans?: readonly Span[];
  /** Phrases allowed in the gap (title modifiers: "nouvellement élu"). */
  allowedPhrases?: PhraseFinder;
  /** Allow "et"/"and" in the gap (coordinated titles). */
  allowCoordinator?: boolean;
  /** Allow link words such as "de", "the", "'s". */
  allowLinkWords?: boolean;
  /** Largest number of characters the gap may span. */
  maxLength?: number;
}

/**
 * Whether `text.slice(start, end)` is only punctuation (commas, spaces), allowed spans,
 * allowed phrases and, when asked, link words and coordinators.
 */
export function isLinkingGap(text: string, start: number, end: number, options: GapOptions = {}): boolean {
  if (end < start) return false;
  if (options.maxLength !== undefined && end - start > options.maxLength) return false;
  let gap = foldForMatch(text.slice(start, end));
  const blank = (from: number, to: number) => {
    gap = gap.slice(0, from) + " ".repeat(Math.max(0, to - from)) + gap.slice(to);
  };
  for (const s of options.allowedSpans ?? []) {
    const from = Math.max(start, s.start) - start;
    const to = Math.min(end, s.end) - start;
    if (to > from) blank(from, to);
  }
  if (options.allowedPhrases) for (const hit of options.allowedPhrases.findAll(text.slice(start, end))) blank(hit.start, hit.end);
  if (/[.;:!?«»"“”()]/.test(gap)) return false;
  const tokens = gap
    .replace(/([a-z])'/g, "$1' ")
    .split(/[\s,]+/)
    .filter(Boolean);
  return tokens.every(
    (t) => (options.allowLinkWords === true && LINK_WORDS.has(t)) || (options.allowCoordinator === true && COORDINATORS.has(t)),
  );
}

/** The text of [from, to) with the spans lying inside it blanked out (same length, so offsets hold). */
export function blankSpans(text: string, from: number, to: number, spans: readonly Span[]): string {
  let out = text.slice(from, to);
  for (const span of spans) {
    if (span.start < from || span.end > to) continue;
    out = out.slice(0, span.start - from) + " ".repeat(span.end - span.start) + out.slice(span.end - from);
  }
  return out;
}

/** Whether the UTF-16 unit at `i` bounds a clause: , ; : ( ) — – (false past the text's ends). */
function boundsClause(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 44 || code === 59 || code === 58 || code === 40 || code === 41 || code === 0x2014 || code === 0x2013;
}

/** The clause around `at` inside [from, to): bounded by , ; : ( ) — and the sentence ends. */
export function clauseAround(text: string, from: number, to: number, at: number): Span {
  let start = from;
  for (let i = Math.min(at, to) - 1; i >= from; i--) {
    if (boundsClause(text, i)) {
      start = i + 1;
      break;
    }
  }
  let end = to;
  for (let i = at; i < to; i++) {
    if (boundsClause(text, i)) {
      end = i;
      break;
    }
  }
  return { start, end };
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** Hits of a finder inside [start, end) of the document text, as absolute offsets. */
export function findIn(finder: PhraseFinder, text: string, start: number, end: number): Array<Span & { phrase: string }> {
  if (end <= start) return [];
  return finder.findInRange(text, start, end);
}

/** The finder's hits in [start, end) that start a word: a window opened mid-word ("…t|he two leaders") finds no "he" there. */
export function findWordsIn(finder: PhraseFinder, text: string, start: number, end: number): Array<Span & { phrase: string }> {
  return findIn(finder, text, start, end).filter((h) => !/[\p{L}\p{N}]/u.test(text[h.start - 1] ?? ""));
}

/** How many words (letters, digits, apostrophes and hyphens) a stretch of text holds. */
export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length;
}

/** The words of `text` made of letters only (numbers are not counted): how far apart two cues stand. */
export function letterWordCount(text: string): number {
  return (text.match(/[\p{L}'’-]+/gu) ?? []).length;
}

export function uniq<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}
