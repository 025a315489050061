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

const DATE_CUE = new RegExp(`${MONTH}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}`, "iu");

/** Whether `text` may hold a day or month with its year (a year and a month name or a numeric date): a cheap test before chrono. */
export function mayHoldDatedDay(text: string): boolean {
  return /\d{4}/u.test(text) && DATE_CUE.test(text);
}
