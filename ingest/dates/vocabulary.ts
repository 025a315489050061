/**
 * Month, weekday and count words of every language pack (ingest/lang/<code>/calendar.ts and
 * numbers.ts), as regex sources and lookups. The date recognisers are not told an article's language:
 * they read every pack's words at once.
 */
import { allPacks } from "../lang/registry.js";

const entries = (record: Readonly<Record<string, number>>): Array<readonly [string, number]> => Object.entries(record);

const FULL_MONTH_WORDS = allPacks().flatMap((pack) => entries(pack.calendar.MONTHS));
const ABBREVIATED_MONTH_WORDS = allPacks().flatMap((pack) => entries(pack.calendar.MONTH_ABBREVIATIONS));
const MONTH_WORDS = [...FULL_MONTH_WORDS, ...ABBREVIATED_MONTH_WORDS];
const WEEKDAY_WORDS = allPacks().flatMap((pack) => entries(pack.calendar.WEEKDAYS));

const MONTHS = new Map(MONTH_WORDS);
const WEEKDAYS = new Map(WEEKDAY_WORDS);

function alternation(words: ReadonlyArray<readonly [string, number]>): string {
  return [...new Set(words.map(([word]) => word))].sort((a, b) => b.length - a.length).join("|");
}

/** Regex source matching a month name: full, or abbreviated with an optional period ("janv.", "Sept."). */
export const MONTH = `(?:${alternation(FULL_MONTH_WORDS)}|(?:${alternation(ABBREVIATED_MONTH_WORDS)})\\.?)`;
/** Full month names only: the abbreviations are too ambiguous on their own ("mar", "may"). */
export const FULL_MONTH = `(?:${alternation(FULL_MONTH_WORDS)})`;
export const WEEKDAY = `(?:${alternation(WEEKDAY_WORDS)})`;

export function monthNumber(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/u, "")) ?? null;
}

export function weekdayNumber(word: string): number | null {
  return WEEKDAYS.get(word.toLowerCase()) ?? null;
}

/** Count words: one, two to twenty, and vague counts read as three ("quelques", "several"). */
const NUMBER_WORDS = new Map<string, number>(
  allPacks().flatMap((pack) => [
    ...pack.numbers.ONE_WORDS.map((w): [string, number] => [w, 1]),
    ...Object.entries(pack.numbers.NUMBER_WORDS_TO_TWENTY),
    ...pack.numbers.FEW_WORDS.map((w): [string, number] => [w, 3]),
  ]),
);

export const COUNT = `(?:\\d{1,3}|${[...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join("|")})`;

export function countNumber(word: string): number | null {
  if (/^\d+$/u.test(word)) return Number(word);
  return NUMBER_WORDS.get(word.toLowerCase()) ?? null;
}

/** A phrase as a regex source: any run of spaces, either apostrophe. */
function phraseSource(phrase: string): string {
  return phrase
    .replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")
    .replace(/\s+/gu, "\\s+")
    .replace(/['’]/gu, "['’]");
}

/** Longest first, as a regex alternation of phrases. */
function phraseAlternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join("|");
}

/** What part of a week a phrase names: its days, or those before or after publication. */
export type WeekPart = "whole" | "start" | "middle" | "end" | "deadline" | "earlier" | "later";

const WEEK_DISTANCES = new Map(
  allPacks().flatMap((pack) => entries(pack.calendar.WEEKS).map(([w, n]): [string, number] => [w.replace(/’/gu, "'"), n])),
);
const WEEK_PART_WORDS: ReadonlyArray<readonly [Exclude<WeekPart, "whole">, readonly string[]]> = [
  ["start", allPacks().flatMap((pack) => pack.calendar.WEEK_START_WORDS)],
  ["middle", allPacks().flatMap((pack) => pack.calendar.WEEK_MIDDLE_WORDS)],
  ["end", allPacks().flatMap((pack) => pack.calendar.WEEK_END_WORDS)],
  ["deadline", allPacks().flatMap((pack) => pack.calendar.WEEK_DEADLINE_WORDS)],
  ["earlier", allPacks().flatMap((pack) => pack.calendar.EARLIER_IN_WEEK_WORDS)],
  ["later", allPacks().flatMap((pack) => pack.calendar.LATER_IN_WEEK_WORDS)],
];

/** Regex source of a week named on its own ("la semaine prochaine", "this week"). */
export const WEEK = `(?:${phraseAlternation([...WEEK_DISTANCES.keys()])})`;
/** Regex source of the week itself, only read after a part of it ("en fin de semaine", "later in the week"). */
export const BARE_WEEK = `(?:${phraseAlternation(allPacks().flatMap((pack) => pack.calendar.BARE_WEEK))})`;
/** Regex source of the words naming a part of a week, before the week ("en fin de", "later", "mid-"); a word ending in a hyphen is joined without a space. */
export const WEEK_PART = `(?:${phraseAlternation(WEEK_PART_WORDS.flatMap(([, words]) => words.filter((w) => !w.endsWith("-"))))})\\s+|(?:${phraseAlternation(WEEK_PART_WORDS.flatMap(([, words]) => words.filter((w) => w.endsWith("-"))))})`;
/** Regex source of the middle of this week in one word ("midweek"). */
export const MIDWEEK = `(?:${phraseAlternation(allPacks().flatMap((pack) => pack.calendar.MIDWEEK_WORDS)) || "(?!)"})`;

/** The weeks from publication's a week phrase names ("next week": 1); null for a bare week. */
export function weekDistance(phrase: string): number | null {
  return WEEK_DISTANCES.get(phrase.toLowerCase().replace(/\s+/gu, " ").replace(/’/gu, "'")) ?? null;
}

/** The part of the week the words before it name ("late": end, "plus tôt": earlier). */
export function weekPart(words: string): Exclude<WeekPart, "whole"> | null {
  const w = words.toLowerCase().trim().replace(/\s+/gu, " ").replace(/’/gu, "'");
  for (const [part, list] of WEEK_PART_WORDS) if (list.some((x) => x.replace(/’/gu, "'") === w)) return part;
  return null;
}

/** Regex source of the words that make a weekday after them a deadline ("by", "d'ici"). */
export const WEEKDAY_DEADLINE = `(?:${phraseAlternation(allPacks().flatMap((pack) => pack.calendar.WEEKDAY_DEADLINE_WORDS))})`;
/** Regex source of "until" and its kin, a deadline only with a purpose after the weekday ("until Friday to respond"). */
export const WEEKDAY_UNTIL = `(?:${phraseAlternation(allPacks().flatMap((pack) => pack.calendar.UNTIL_WORDS))})`;
/** Regex source of the words of that purpose ("to", "pour"). */
export const UNTIL_PURPOSE = `(?:${phraseAlternation(allPacks().flatMap((pack) => pack.calendar.UNTIL_PURPOSE_WORDS))})`;

/** Regex source of the words after a span that the story's present comes after ("two weeks after X met Y"). */
export const SPAN_AFTER = `(?:${phraseAlternation(allPacks().flatMap((pack) => pack.calendar.SPAN_AFTER_WORDS))})`;
/** Regex source of the words after a span that the story's present comes before ("trois semaines avant le sommet"). */
export const SPAN_BEFORE = `(?:${phraseAlternation(allPacks().flatMap((pack) => pack.calendar.SPAN_BEFORE_WORDS))})`;

/** Right after a span's "after"/"before", a verb that is no finite one ("a day after having met", "un jour après s'être entretenu"). */
const SPAN_NON_FINITE_OPENER = new RegExp(
  `^\\s+(?:${phraseAlternation(allPacks().flatMap((pack) => pack.calendar.SPAN_NON_FINITE_OPENERS)) || "(?!)"})(?![\\p{L}])`,
  "iu",
);
/** The same by its ending, a word in lower case ("a day after speaking"; not "Beijing"). */
const SPAN_NON_FINITE_ENDING = new RegExp(
  `^\\s+\\p{Ll}\\p{L}+(?:${phraseAlternation(allPacks().flatMap((pack) => pack.calendar.SPAN_NON_FINITE_ENDINGS)) || "(?!)"})(?![\\p{L}])`,
  "u",
);

/** Whether the text after a span opens on a verb that is no finite one: its event counts back from the sentence's day. */
export function opensOnNonFiniteVerb(after: string): boolean {
  return SPAN_NON_FINITE_OPENER.test(after) || SPAN_NON_FINITE_ENDING.test(after);
}

/** Regex source of the days counted from an event the article names ("la veille", "the day after"), and of the words before its noun. */
export const DAY_OF_EVENT = `(?:${phraseAlternation(allPacks().flatMap((pack) => pack.calendar.DAY_OF_EVENT_WORDS))})`;
export const DAY_OF_EVENT_LINK = `(?:${phraseAlternation(allPacks().flatMap((pack) => pack.calendar.DAY_OF_EVENT_LINKS))})`;

/** Regex source of the suffixes that point a time word at the story's time, not publication's ("-là"); never matches when no pack has one. */
export const THAT_TIME_SUFFIX = phraseAlternation(allPacks().flatMap((pack) => pack.calendar.THAT_TIME_SUFFIXES)) || "(?!)";

/** Regex source of the parts of publication's own day ("ce matin", "this morning"). */
export const TODAY_PART = `(?:${phraseAlternation(allPacks().flatMap((pack) => pack.calendar.TODAY_PARTS))})`;

const DATE_CUE = new RegExp(`${MONTH}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}`, "iu");

/** Whether `text` may hold a day or month with its year (a year and a month name or a numeric date): a cheap test before chrono. */
export function mayHoldDatedDay(text: string): boolean {
  return /\d{4}/u.test(text) && DATE_CUE.test(text);
}
