/** Month and weekday words of French and English, as regex sources and lookups. */

const MONTH_WORDS: ReadonlyArray<readonly [string, number]> = [
  ["janvier", 1],
  ["janv", 1],
  ["février", 2],
  ["fevrier", 2],
  ["févr", 2],
  ["fév", 2],
  ["mars", 3],
  ["avril", 4],
  ["avr", 4],
  ["mai", 5],
  ["juin", 6],
  ["juillet", 7],
  ["juil", 7],
  ["août", 8],
  ["aout", 8],
  ["septembre", 9],
  ["sept", 9],
  ["octobre", 10],
  ["oct", 10],
  ["novembre", 11],
  ["nov", 11],
  ["décembre", 12],
  ["decembre", 12],
  ["déc", 12],
  ["january", 1],
  ["jan", 1],
  ["february", 2],
  ["feb", 2],
  ["march", 3],
  ["mar", 3],
  ["april", 4],
  ["apr", 4],
  ["may", 5],
  ["june", 6],
  ["jun", 6],
  ["july", 7],
  ["jul", 7],
  ["august", 8],
  ["aug", 8],
  ["september", 9],
  ["sep", 9],
  ["october", 10],
  ["november", 11],
  ["december", 12],
  ["dec", 12],
];

const WEEKDAY_WORDS: ReadonlyArray<readonly [string, number]> = [
  ["dimanche", 0],
  ["lundi", 1],
  ["mardi", 2],
  ["mercredi", 3],
  ["jeudi", 4],
  ["vendredi", 5],
  ["samedi", 6],
  ["sunday", 0],
  ["monday", 1],
  ["tuesday", 2],
  ["wednesday", 3],
  ["thursday", 4],
  ["friday", 5],
  ["saturday", 6],
];

const MONTHS = new Map(MONTH_WORDS);
const WEEKDAYS = new Map(WEEKDAY_WORDS);

function alternation(words: ReadonlyArray<readonly [string, number]>): string {
  return [...words.map(([word]) => word)].sort((a, b) => b.length - a.length).join("|");
}

const ABBREVIATIONS = new Set([
  "janv",
  "févr",
  "fév",
  "avr",
  "juil",
  "sept",
  "oct",
  "nov",
  "déc",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "dec",
]);
const ABBREVIATED = (word: string): boolean => ABBREVIATIONS.has(word);

/** Regex source matching a month name: full, or abbreviated with an optional period ("janv.", "Sept."). */
export const MONTH = `(?:${alternation(MONTH_WORDS.filter(([w]) => !ABBREVIATED(w)))}|(?:${alternation(MONTH_WORDS.filter(([w]) => ABBREVIATED(w)))})\\.?)`;
/** Full month names only: the abbreviations are too ambiguous on their own ("mar", "may"). */
export const FULL_MONTH = `(?:${alternation(MONTH_WORDS.filter(([w]) => !ABBREVIATED(w)))})`;
export const WEEKDAY = `(?:${alternation(WEEKDAY_WORDS)})`;

export function monthNumber(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/u, "")) ?? null;
}

export function weekdayNumber(word: string): number | null {
  return WEEKDAYS.get(word.toLowerCase()) ?? null;
}

const NUMBER_WORDS = new Map<string, number>([
  ["un", 1],
  ["une", 1],
  ["a", 1],
  ["an", 1],
  ["one", 1],
  ["deux", 2],
  ["two", 2],
  ["trois", 3],
  ["three", 3],
  ["quatre", 4],
  ["four", 4],
  ["cinq", 5],
  ["five", 5],
  ["six", 6],
  ["sept", 7],
  ["seven", 7],
  ["huit", 8],
  ["eight", 8],
  ["neuf", 9],
  ["nine", 9],
  ["dix", 10],
  ["ten", 10],
  ["quelques", 3],
  ["few", 3],
  ["several", 3],
  ["plusieurs", 3],
]);

export const COUNT = `(?:\\d{1,3}|${[...NUMBER_WORDS.keys()].join("|")})`;

export function countNumber(word: string): number | null {
  if (/^\d+$/u.test(word)) return Number(word);
  return NUMBER_WORDS.get(word.toLowerCase()) ?? null;
}

const DATE_CUE = new RegExp(`${MONTH}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}`, "iu");

/** Whether `text` may hold a day or month with its year (a year and a month name or a numeric date): a cheap test before chrono. */
export function mayHoldDatedDay(text: string): boolean {
  return /\d{4}/u.test(text) && DATE_CUE.test(text);
}
