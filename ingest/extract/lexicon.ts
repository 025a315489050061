/**
 * The extraction lexicon (data/kb/event-triggers.json): event triggers, planned-markers,
 * joint-action verbs, cues for roles and relations. Loaded and validated once; compiled into
 * phrase finders that work on folded text (see src/kb/normalize.ts), so offsets stay valid.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { projectRoot } from "../../src/config.js";
import { foldForMatch } from "../../src/kb/normalize.js";
import { compilePhraseIndex } from "../text/phrase-index.js";

const ByLanguage = z.object({ fr: z.array(z.string()), en: z.array(z.string()) });

const EventEntry = z.object({
  type: z.string().min(1),
  cameo: z.string().optional(),
  plannedCameo: z.string().optional(),
  triggers: ByLanguage,
  weak: ByLanguage,
  anaphors: ByLanguage,
});

export const ExtractionLexiconFile = z.object({
  events: z.array(EventEntry).min(1),
  jointActions: ByLanguage,
  groupSubjects: ByLanguage,
  determiners: ByLanguage,
  plannedMarkers: ByLanguage,
  reportingVerbs: ByLanguage,
  titleModifiers: ByLanguage,
  respectively: z.array(z.string()),
  counterpartOffices: z.array(z.object({ office: z.string(), counterpart: z.string() })),
  participation: ByLanguage,
  membership: ByLanguage,
  agreementHeads: ByLanguage,
  blockingPrepositions: ByLanguage,
  locativePrepositions: ByLanguage,
  originPrepositions: ByLanguage,
  pluralTitleWords: z.array(z.string()),
  sinceMarkers: ByLanguage,
  relativePronouns: ByLanguage,
  partyGroupSubjects: ByLanguage,
  groupings: ByLanguage,
  adoptedBy: ByLanguage,
});
export type ExtractionLexiconFile = z.infer<typeof ExtractionLexiconFile>;

/** A phrase found in a text: offsets into the text the finder was given. */
export interface PhraseHit {
  start: number;
  end: number;
  phrase: string; // the lexicon form that matched
}

/** Finds lexicon phrases at word boundaries, case- and accent-insensitively. */
export interface PhraseFinder {
  /** Every non-overlapping hit in `text` (longest form first at a position). */
  findAll(text: string): PhraseHit[];
  /** Whether `text` holds one of the phrases. */
  test(text: string): boolean;
  /** `findAll(text.slice(start, end))` with offsets into `text`, folding a text read again and again once. */
  findInRange(text: string, start: number, end: number): PhraseHit[];
}

/** A text and its folding, kept while the same text is asked for again. */
interface LastFolded {
  source: string | null;
  folded: string;
}
function foldedOnce(last: LastFolded, text: string): string {
  if (text !== last.source) {
    last.folded = foldForMatch(text);
    last.source = text;
  }
  return last.folded;
}
/** The extractor reads one document's ranges many times over, and one clause or sentence with every finder in turn. */
const lastRangeRead: LastFolded = { source: null, folded: "" };
const lastWholeRead: LastFolded = { source: null, folded: "" };

const lowerWithAccents = (s: string): string =>
  s
    .normalize("NFC")
    .toLowerCase()
    .replace(/['’‘ʼ`´]/g, "'")
    .replace(/\s+/g, " ");
const hasDiacritics = (form: string): boolean => /[^\p{ASCII}]/u.test(form.normalize("NFC").replace(/[’‘ʼ´]/g, ""));
function sameWithAccents(found: string, form: string): boolean {
  const wanted = lowerWithAccents(form.trim());
  const got = lowerWithAccents(found);
  return wanted.endsWith("*") ? got.startsWith(wanted.slice(0, -1)) : got === wanted;
}

/** Compiles forms into one finder (forms sorted longest first so the longest wins). */
export function phraseFinder(forms: readonly string[]): PhraseFinder {
  const unique = [...new Set(forms.map((f) => f.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return { findAll: () => [], test: () => false, findInRange: () => [] };
  const index = compilePhraseIndex(unique.map((f) => foldForMatch(f)));
  const accented = unique.map(hasDiacritics);
  /** The hits in `folded` (the folding of `text`) between `start` and `end`, offsets into both. */
  const hitsIn = (text: string, folded: string, start = 0, end = folded.length): PhraseHit[] => {
    const hits: PhraseHit[] = [];
    for (const m of index.matchesIn(folded, start, end)) {
      const phrase = unique[m.order] ?? folded.slice(m.start, m.end);
      // A form written with accents matches only with them: "signé" is not "un signe".
      if (accented[m.order] === true && !sameWithAccents(text.slice(m.start, m.end), phrase)) continue;
      hits.push({ start: m.start, end: m.end, phrase });
    }
    return hits;
  };
  const findAll = (text: string): PhraseHit[] => hitsIn(text, foldedOnce(lastWholeRead, text));
  return {
    findAll,
    test: (text) => findAll(text).length > 0,
    findInRange: (text, start, end) => hitsIn(text, foldedOnce(lastRangeRead, text), start, end),
  };
}

/** Picks the language's list; other languages get French and English together. */
function formsFor(entry: { fr: string[]; en: string[] }, language: string): string[] {
  if (language === "fr") return entry.fr;
  if (language === "en") return entry.en;
  return [...entry.fr, ...entry.en];
}

export interface EventTypeLexicon {
  type: string;
  cameo: string | undefined;
  plannedCameo: string | undefined;
  triggers: PhraseFinder;
  weak: ReadonlySet<string>; // folded trigger forms that only create an event with two or more people
  anaphors: ReadonlySet<string>; // folded nouns that refer back to an event when definite
}

/** The lexicon compiled for one language. */
export interface CompiledLexicon {
  language: string;
  events: EventTypeLexicon[];
  jointActions: PhraseFinder;
  groupSubjects: PhraseFinder;
  determiners: PhraseFinder;
  plannedMarkers: PhraseFinder;
  reportingVerbs: PhraseFinder;
  titleModifiers: PhraseFinder;
  respectively: PhraseFinder;
  participation: PhraseFinder;
  membership: PhraseFinder;
  agreementHeads: PhraseFinder;
  blockingPrepositions: PhraseFinder;
  locativePrepositions: PhraseFinder;
  originPrepositions: PhraseFinder;
  /** Words that make a title plural ("ministres"): a group, not one person. */
  pluralTitleWords: PhraseFinder;
  /** "depuis", "since": a date after them starts a period, it does not date the event. */
  sinceMarkers: PhraseFinder;
  /** "qui", "which": a clause they open is a relative one. */
  relativePronouns: PhraseFinder;
  /** "les deux pays", "the two sides": a group standing for the countries of the salient event. */
  partyGroupSubjects: PhraseFinder;
  /** "qui réunit", "which brings together": an organisation followed by its members. */
  groupings: PhraseFinder;
  /** "adoptée par", "signed by": an agreement followed by its parties. */
  adoptedBy: PhraseFinder;
  /** English office title → the office of its counterpart in a national government. */
  counterpartOffices: ReadonlyMap<string, string>;
}

function compileLexicon(file: ExtractionLexiconFile, language: string): CompiledLexicon {
  const fold = (forms: string[]) => new Set(forms.map((f) => foldForMatch(f.trim())));
  /** A phrase finder over the forms that apply to this language. */
  const phrases = (entry: { fr: string[]; en: string[] }) => phraseFinder(formsFor(entry, language));
  return {
    language,
    events: file.events.map((e) => ({
      type: e.type,
      cameo: e.cameo,
      plannedCameo: e.plannedCameo,
      triggers: phrases(e.triggers),
      weak: fold(formsFor(e.weak, language)),
      anaphors: fold(formsFor(e.anaphors, language)),
    })),
    jointActions: phrases(file.jointActions),
    groupSubjects: phrases(file.groupSubjects),
    determiners: phrases(file.determiners),
    plannedMarkers: phrases(file.plannedMarkers),
    reportingVerbs: phrases(file.reportingVerbs),
    titleModifiers: phrases(file.titleModifiers),
    respectively: phraseFinder(file.respectively),
    participation: phrases(file.participation),
    membership: phrases(file.membership),
    agreementHeads: phrases(file.agreementHeads),
    blockingPrepositions: phrases(file.blockingPrepositions),
    locativePrepositions: phrases(file.locativePrepositions),
    originPrepositions: phrases(file.originPrepositions),
    pluralTitleWords: phraseFinder(file.pluralTitleWords),
    sinceMarkers: phrases(file.sinceMarkers),
    relativePronouns: phrases(file.relativePronouns),
    partyGroupSubjects: phrases(file.partyGroupSubjects),
    groupings: phrases(file.groupings),
    adoptedBy: phrases(file.adoptedBy),
    counterpartOffices: new Map(file.counterpartOffices.map((c) => [c.office.toLowerCase(), c.counterpart])),
  };
}

/** Parses and validates the lexicon file's content; one-line error naming the file. */
export function parseExtractionLexicon(json: string, source: string): ExtractionLexiconFile {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new Error(`entente/extract: ${source}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
  const parsed = ExtractionLexiconFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`entente/extract: ${source}: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid lexicon"}`);
  }
  return parsed.data;
}

let defaultFile: ExtractionLexiconFile | null = null;
const compiledCache = new Map<string, CompiledLexicon>();

/** The project's lexicon (data/kb/event-triggers.json), read once, compiled once per language. */
export function defaultLexicon(language: string): CompiledLexicon {
  const key = language === "fr" || language === "en" ? language : "any";
  let compiled = compiledCache.get(key);
  if (compiled) return compiled;
  if (!defaultFile) {
    const path = join(projectRoot(), "data", "kb", "event-triggers.json");
    defaultFile = parseExtractionLexicon(readFileSync(path, "utf8"), path);
  }
  compiled = compileLexicon(defaultFile, key);
  compiledCache.set(key, compiled);
  return compiled;
}
