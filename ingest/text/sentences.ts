/**
 * Sentence segmentation with Intl.Segmenter, one paragraph at a time (it is quadratic on
 * long strings), repaired where it errs on news French and English: splits after
 * abbreviations ("M.", "MM.", "Mme", "Dr.", "art.", "U.S.", initials "J. Biden") are joined
 * back, and a closing quote (») that lands at the start of the next sentence moves back.
 */
import { packFor } from "../lang/registry.js";

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations written with a final period that never end a sentence on their own. */
const ABBREVIATIONS = new Set([
  // French
  "m",
  "mm",
  "mme",
  "mmes",
  "mlle",
  "mlles",
  "me",
  "mgr",
  "dr",
  "pr",
  "st",
  "ste",
  "sts",
  "art",
  "al",
  "cf",
  "etc",
  "ex",
  "env",
  "av",
  "bd",
  "boul",
  "chap",
  "p",
  "pp",
  "vol",
  "no",
  "n°",
  "nos",
  "tél",
  "tel",
  "gén",
  "gal",
  "col",
  "cdt",
  "lt",
  "cne",
  "adj",
  "sgt",
  "amb",
  "prés",
  "sén",
  "dép",
  "min",
  "max",
  "approx",
  "fig",
  "éd",
  "coll",
  "hab",
  "janv",
  "févr",
  "fév",
  "avr",
  "juil",
  "sept",
  "oct",
  "nov",
  "déc",
  // English
  "mr",
  "mrs",
  "md",
  "mohd",
  "ms",
  "messrs",
  "jr",
  "sr",
  "gen",
  "lt",
  "capt",
  "cmdr",
  "adm",
  "maj",
  "sgt",
  "cpl",
  "pvt",
  "gov",
  "sen",
  "rep",
  "reps",
  "pres",
  "prof",
  "rev",
  "hon",
  "rt",
  "amb",
  "inc",
  "ltd",
  "co",
  "corp",
  "bros",
  "vs",
  "v",
  "approx",
  "dept",
  "est",
  "mt",
  "ft",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "nov",
  "dec",
  "fig",
  "e.g",
  "i.e",
  "a.m",
  "p.m",
  "ca",
  "viz",
  "op",
  "ed",
  "eds",
  "fr",
  "atty",
  "engr",
  "msgr",
  "brig",
  "cdr",
  "lcdr",
  "supt",
  "usec",
]);

/**
 * Abbreviated given names that are surnames too, lower case: "Ma." is Maria in Filipino names
 * ("Ma. Luisa Reyes") and Jack Ma's name. Before a capitalised word it opens a name, unless a
 * capitalised word stands right before it and one word alone follows ("… by Jack Ma. Investors …").
 * Read also by the name rules (ingest/recognize), which keep it in the name.
 */
export const ABBREVIATED_GIVEN_NAMES: ReadonlySet<string> = new Set(["ma"]);

/**
 * Abbreviations that close a name or a list ("Marcos Jr.", "Acme Inc.", "etc."): unlike titles
 * ("M.", "Dr."), which always have a name after them, they may end a sentence.
 */
const CLOSING_ABBREVIATIONS = new Set(["jr", "sr", "inc", "ltd", "co", "corp", "bros", "plc", "llc", "etc", "al"]);

/**
 * Determiners and pronouns that, capitalised after a closing abbreviation, can only start a new
 * sentence: "… Marcos Jr. Les deux pays …", "… Acme Inc. They …". Never a name's first word.
 */
const CLAUSE_OPENERS = new Set([
  "the",
  "they",
  "he",
  "she",
  "it",
  "its",
  "we",
  "this",
  "these",
  "those",
  "there",
  "their",
  "his",
  "her",
  "our",
  "le",
  "la",
  "les",
  "l",
  "il",
  "elle",
  "ils",
  "elles",
  "ce",
  "cette",
  "ces",
  "cet",
  "son",
  "sa",
  "ses",
  "leur",
  "leurs",
  "nous",
]);

/** Words that open a sentence: after "U.S." or "O.N.U." they mean the acronym ended one. */
const SENTENCE_OPENERS = new Set([
  "the",
  "a",
  "an",
  "it",
  "he",
  "she",
  "they",
  "we",
  "i",
  "this",
  "that",
  "these",
  "those",
  "there",
  "in",
  "on",
  "at",
  "but",
  "and",
  "however",
  "meanwhile",
  "le",
  "la",
  "les",
  "l",
  "un",
  "une",
  "des",
  "il",
  "elle",
  "ils",
  "elles",
  "on",
  "ce",
  "cette",
  "ces",
  "en",
  "dans",
  "au",
  "aux",
  "mais",
  "et",
  "selon",
  "pour",
  "lors",
  "depuis",
  "cependant",
]);

/** ICU's sentence rules differ little between locales: the language pack's locale, and the root locale for a language without one. */
const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: string): Intl.Segmenter {
  const locale = packFor(language)?.segmenterLocale ?? "und";
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: "sentence" });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Longest piece handed to Intl.Segmenter at once; longer paragraphs are cut at a safe space. */
const MAX_CHUNK = 4000;

function chunksOf(text: string): Span[] {
  const chunks: Span[] = [];
  let start = 0;
  while (text.length - start > MAX_CHUNK) {
    const window = text.slice(start, start + MAX_CHUNK);
    let cut = -1;
    for (const match of window.matchAll(/[.!?…]["”»’)]*\s+/gu)) cut = match.index + match[0].length;
    if (cut <= 0) cut = window.lastIndexOf(" ") + 1;
    if (cut <= 0) cut = MAX_CHUNK;
    chunks.push({ start, end: start + cut });
    start += cut;
  }
  chunks.push({ start, end: text.length });
  return chunks;
}

/** The word that ends a raw sentence, when it ends with a period ("M." → "m", "U.S." → "u.s"). */
function lastDottedWord(sentence: string): string | null {
  const match = /(?:^|[\s(«"“'‘’\-–—/])([\p{L}\p{N}°][\p{L}\p{N}°.'’-]*)\.\s*$/u.exec(sentence);
  return match?.[1] ?? null;
}

function firstWord(text: string): string {
  return (/^[\s«"“'‘(]*([\p{L}\p{N}]+)/u.exec(text)?.[1] ?? "").toLowerCase();
}

/** Whether the dotted word ending `before` comes right after a capitalised word with no dot ("Jack Ma."): a surname then. */
function closesCapitalizedName(before: string): boolean {
  return /(?:^|\s)\p{Lu}[\p{L}'’-]*\s+\p{L}+\.\s*$/u.test(before);
}

/** A short dotted abbreviation closed by a parenthesis, as a rank's qualifier is written before the name: "Major General (retd.) X", "(e.r.)". */
const ABBREVIATION_IN_PARENTHESES = /\(\s*\p{L}[\p{L}.]{0,5}\.\s*\)\s*$/u;

/** Whether the segmenter's break between `before` and `after` is wrong and must be undone. */
function isFalseBreak(before: string, after: string): boolean {
  const next = after.trimStart();
  if (next.length === 0) return false;
  if (/^\p{Ll}/u.test(next)) return true; // a sentence never starts lowercase
  if (/^[,;:)\]]/u.test(next)) return true;
  if (ABBREVIATION_IN_PARENTHESES.test(before) && /^\p{Lu}/u.test(next) && !SENTENCE_OPENERS.has(firstWord(next))) return true;
  if (!/\.\s*$/u.test(before)) return false;
  const word = lastDottedWord(before);
  if (word === null) return false;
  const lower = word.toLowerCase();
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Biden"
  if (CLOSING_ABBREVIATIONS.has(lower) && /^[«"“'‘(]*\p{Lu}/u.test(next) && CLAUSE_OPENERS.has(firstWord(next))) return false;
  if (ABBREVIATIONS.has(lower) || ABBREVIATIONS.has(lower.replace(/\.$/u, ""))) return true;
  if (/^\p{L}+(?:-\p{L}+)+$/u.test(lower) && lower.split("-").every((part) => ABBREVIATIONS.has(part))) return true; // "lt-col."
  if (ABBREVIATED_GIVEN_NAMES.has(lower)) {
    const opensName = /^[«"“'‘(]*\p{Lu}\p{Ll}/u.test(next) && !SENTENCE_OPENERS.has(firstWord(next));
    return opensName && (!closesCapitalizedName(before) || /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(next));
  }
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !SENTENCE_OPENERS.has(firstWord(next)); // "U.S", "O.N.U"
  if (/^\d{1,3}$/u.test(word) && /^\p{Lu}/u.test(next) === false) return true;
  return false;
}

const CLOSING = /^[\s]*(?:[»”"’)\]]+)/u;

/**
 * Sentence spans of `paragraph`, offsets relative to it, trimmed of surrounding whitespace.
 * Line breaks inside the paragraph are read as spaces (hard-wrapped text).
 */
export function segmentSentences(paragraph: string, language: string): Span[] {
  const flat = paragraph.replace(/[\r\n\u2028\u2029]/gu, " ");
  const raw: Span[] = [];
  const segmenter = segmenterFor(language);
  for (const chunk of chunksOf(flat)) {
    for (const segment of segmenter.segment(flat.slice(chunk.start, chunk.end))) {
      raw.push({ start: chunk.start + segment.index, end: chunk.start + segment.index + segment.segment.length });
    }
  }

  const merged: Span[] = [];
  for (const span of raw) {
    const previous = merged[merged.length - 1];
    if (previous) {
      const closing = CLOSING.exec(flat.slice(span.start, span.end));
      if (closing && closing[0].trim().length > 0) {
        // « … monde. » Borrell a écrit → the quote closes the previous sentence
        previous.end = span.start + closing[0].length;
        span.start = previous.end;
        if (flat.slice(span.start, span.end).trim().length === 0) {
          previous.end = span.end;
          continue;
        }
      }
      if (isFalseBreak(flat.slice(previous.start, previous.end), flat.slice(span.start, span.end))) {
        previous.end = span.end;
        continue;
      }
    }
    merged.push({ ...span });
  }

  // An opening quote left at the end of a sentence belongs to the next one: … pact. "| This is …"
  for (let i = 0; i + 1 < merged.length; i++) {
    const current = merged[i];
    const next = merged[i + 1];
    if (!current || !next) continue;
    const opening = /\s(["“«‘]\s*)$/u.exec(flat.slice(current.start, current.end));
    if (opening?.[1] && /^\S/u.test(flat.slice(next.start, next.end))) {
      const at = current.end - opening[1].length;
      current.end = at;
      next.start = at;
    }
  }

  const sentences: Span[] = [];
  for (const span of merged) {
    const text = flat.slice(span.start, span.end);
    const leading = text.length - text.trimStart().length;
    const trailing = text.length - text.trimEnd().length;
    const start = span.start + leading;
    const end = span.end - trailing;
    if (end > start) sentences.push({ start, end });
  }
  return sentences;
}
