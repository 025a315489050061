/**
 * Publication dates as articles carry them: ISO stamps (`2026-02-02`, `2024-11`,
 * `2026-02-02T10:00:00+01:00`), written dates (`Sunday, 01 February 2026`, `Le 3 mars 2025`,
 * `July 8, 2024`) and news datelines (`MANILA, July 8, 2024 -`). Only what the text states is
 * kept: a month without a day stays `YYYY-MM`.
 */
import type { IsoDate } from "../../src/model/extraction.js";
import { writtenYearReadings } from "./chrono.js";
import { formatDay, formatMonth, formatYear, isValidDay, parseIsoDate } from "./iso.js";
import { isNewsAgencyCredit } from "../text/news-agencies.js";
import { MONTH, WEEKDAY, mayHoldDatedDay, monthNumber } from "./vocabulary.js";

const ISO_STAMP = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DATE_LABEL = /^(?:(?:publi[ée]e?|mis\s+à\s+jour|modifi[ée]e?|updated|published|posted|last\s+updated)\s*(?:le|on)?\s*:?\s*)/iu;
/**
 * A byline before the date label, with or without a separator: "Sumaira FH Published May 23, 2024",
 * "By Jane Doe | Updated …", "Par Jean Dupont · Publié le …", "Par Claire Dupont (Istanbul,
 * correspondante) Publié le …", a dateline too: "ISLAMABAD (AP) — Updated …".
 */
const BYLINE_BEFORE_LABEL =
  /^(?:(?:[Bb]y|BY|[Pp]ar|PAR)\s+)?(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,4}(?:\([^()]{1,60}\)\s*)?(?:[|·•,–—-]\s*)?(?=(?:[Pp]ubli[ée]e?|PUBLI[ÉE]E?|[Mm]is à jour|[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|POSTED)(?![\p{L}]))/u;
/**
 * Who or where before the date, capitalised words each followed by a separator or joined by "avec",
 * "with", "and": "Le Figaro, publié le …", "Ouest-France, samedi 14 novembre 2026", "Paris, le 3
 * décembre 2026", "By Jane Doe, Reuters, December 3, 2026", "Le Monde avec AFP, publié le …".
 */
const SOURCE_BEFORE_DATE = /^(?:(?:[Bb]y|BY|[Pp]ar|PAR)\s+)?(?:\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:avec|with|and|et|&)\s+|[\s,|·•–—/]+))+/u;
/**
 * The outlet after the date, past a dash, a bar or a comma: "Publié le 5 février 2026 à 09h15 - Jeune Afrique",
 * "March 3, 2026 | Reuters", "Friday December 4 2026, 10.00pm GMT, The Times".
 */
const TRAILING_SOURCE =
  /\s*[|·•–—,-]\s*(?:(?:[Bb]y|[Pp]ar)\s+)?\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’&-]*|avec|with|and|et|&|de|du|des|of))*\s*$/u;
/** The agency in brackets after the date: "Paris, le 12 septembre 2026 (AFP)", "March 3, 2026 (Reuters)". */
const TRAILING_AGENCY = /\s*\(\s*\p{Lu}[\p{L}\p{M}.&/' -]{0,30}\)\s*$/u;
/** A byline after the date: "Publié le : 20/12/2025 - 09:12 Par RFI", "March 3, 2026 by Jane Doe". */
const TRAILING_BYLINE = /\s+(?:[Pp]ar|PAR|[Bb]y|BY)\s+\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’&-]*){0,3}\s*$/u;
/** A time before the date: "Updated 4:12 PM GMT, December 9, 2025". */
const LEADING_TIME =
  /^\s*\d{1,2}\s*(?:h|:|\.)\s*\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:(?:[A-Z]{2,4}|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?\s*,?\s*(?=[\p{L}\p{N}])/iu;
const TRAILING_TIME =
  /\s*(?:à|at|,)?\s*\d{1,2}\s*(?:h|:|\.)\s*\d{0,2}\s*(?:[ap]\.?m\.?)?\s*(?:(?:[A-Z]{2,4}|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?\s*$/iu;
/** What follows the date about its update: "| Updated …", "(updated: 1 Dec 2026)", "- mis à jour le …". */
const TRAILING_UPDATE = /\s*[|·,(–—-]?\s*(?:updated|mis à jour|modifié|last updated)(?![\p{L}]).*$/iu;

/** An ISO date from an ISO stamp or an ISO-prefixed timestamp; null otherwise. */
export function parseIsoStamp(value: string): IsoDate | null {
  const match = ISO_STAMP.exec(value.trim());
  if (!match || match[1] === undefined) return null;
  const parts = parseIsoDate(match[1]);
  return parts ? isoFromParts(parts.year, parts.month, parts.day) : null;
}

/** Plausible years for a feed's numeric stamp: a number outside them is no date. */
const FEED_YEARS = { from: 1990, to: 2100 } as const;

/**
 * A feed's publication stamp in the forms ISO and written dates do not cover: Unix time in seconds or
 * milliseconds (`1764770700`, `1764770700000`, as a number or a string; its UTC day) and the compact basic
 * form (`20261203`, GDELT's `20261203140500`). Null for anything else.
 */
export function parseFeedStamp(value: string | number): IsoDate | null {
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(Math.trunc(value)) : "") : value.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?\d{4}(?:\d{2})?Z?)?$/u.exec(text);
  if (compact && (compact[0].length === 8 || !/^\d{10}$|^\d{13}$/u.test(text))) {
    const year = Number(compact[1]);
    if (year >= FEED_YEARS.from && year <= FEED_YEARS.to) return isoFromParts(year, Number(compact[2]), Number(compact[3]));
  }
  if (!/^\d{10}$|^\d{13}$/u.test(text)) return null;
  const moment = new Date(text.length === 13 ? Number(text) : Number(text) * 1000);
  const year = moment.getUTCFullYear();
  if (year < FEED_YEARS.from || year > FEED_YEARS.to) return null;
  return formatDay({ year, month: moment.getUTCMonth() + 1, day: moment.getUTCDate() });
}

function isoFromParts(year: number, month: number | null, day: number | null): IsoDate | null {
  if (year < 1000 || year > 9999) return null;
  if (month === null) return formatYear(year);
  if (day === null) return formatMonth(year, month);
  return isValidDay(year, month, day) ? formatDay({ year, month, day }) : null;
}

interface WrittenDate {
  date: IsoDate;
  index: number;
  length: number;
}

/** The first written date with an explicit year in `text`, as precise as the text is. */
function findWrittenDate(text: string): WrittenDate | null {
  if (!mayHoldDatedDay(text)) return null; // a publication date states its year
  let best: WrittenDate | null = null;
  // Numeric dates are day first in French (12/03/2025 = 12 March) unless English words say otherwise.
  const english = /\b(?:updated|published|posted|on|at|[ap]\.?m\.?|EST|EDT|PST|PDT|GMT)\b/iu.test(text);
  for (const readings of writtenYearReadings(text, english ? "en" : "fr")) {
    for (const { result, year, month, day } of readings) {
      const date = isoFromParts(year, month, day);
      if (date === null) continue;
      const candidate = { date, index: result.index, length: result.text.length };
      if (best === null || candidate.index < best.index || (candidate.index === best.index && candidate.length > best.length)) {
        best = candidate;
      }
      break;
    }
  }
  return best;
}

/**
 * The date a whole line states, when the line is nothing but a date (an optional weekday,
 * "Publié le", "Updated", a trailing time). Null for a line that says anything else.
 */
export function parseDateLine(line: string): IsoDate | null {
  // A line's shape is read more than once (its shape, then its date; a scrape's layout, then the document's),
  // and reading a date costs a chrono parse in every language: the last lines' answers are kept.
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 120) return null;
  const known = dateLineMemo.get(trimmed);
  if (known !== undefined) return known;
  if (dateLineMemo.size >= DATE_LINE_MEMO_SIZE) dateLineMemo.clear();
  const date = readDateLine(trimmed) ?? readDateSegment(trimmed);
  dateLineMemo.set(trimmed, date);
  return date;
}

/**
 * The date of a header line whose parts stand side by side: any part between bars or dots ("Geneviève
 * Tremblay à Ottawa | 13 février 2026 | Politique", "Published On 11 Mar 2026 | By …"), the last
 * part after a spaced dash ("Par X, envoyée spéciale à Chișinău — 1er novembre 2025 à 20h14", "X Political
 * correspondent - Fri 4 Dec 2026 18.30 GMT"), or the first when a byline follows the dash ("Beyrouth, 8
 * décembre 2026 - Par X"); a date opening a line before a dash otherwise opens a sentence ("Le 5 juin 2025 — le
 * ministre a parlé").
 */
function readDateSegment(line: string): IsoDate | null {
  const parts = line.split(/\s*[|·•]\s*/u).filter((part) => part.trim().length > 0);
  if (parts.length >= 2) {
    for (const part of parts) {
      const date = readDateLine(part.trim());
      if (date) return date;
    }
  }
  const dashed = line.split(/\s+[—–-]\s+/u);
  if (dashed.length < 2) return null;
  const last = dashed.at(-1)?.trim() ?? "";
  const dated = last.length > 0 ? readDateLine(last) : null;
  if (dated) return dated;
  // "Beyrouth, 8 décembre 2026 - Par Yara Haddad, L'Orient-Le Jour", "November 18, 2026 19:20 JST - RYO KOBAYASHI, Nikkei
  // staff writer": the date first, then a byline.
  const rest = dashed.slice(1).join(" - ").trim();
  return BYLINE_AFTER_DASH.test(rest) ? readDateLine(dashed[0]?.trim() ?? "") : null;
}

/** A byline after a dash: "Par X", "By X", a name in capitals and its job ("RYO KOBAYASHI, Nikkei staff writer"). */
const BYLINE_AFTER_DASH =
  /^(?:[Pp]ar|[Bb]y|[Dd]e notre (?:envoyée?|correspondante?))\s+\p{Lu}|^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+)+\s*(?:,|$)/u;

const DATE_LINE_MEMO_SIZE = 256;
const dateLineMemo = new Map<string, IsoDate | null>();

function readDateLine(trimmed: string): IsoDate | null {
  const iso = parseIsoStamp(trimmed);
  if (iso) return iso;
  const core = trimmed
    .replace(BYLINE_BEFORE_LABEL, "")
    .replace(DATE_LABEL, "")
    .replace(LEADING_TIME, "")
    .replace(TRAILING_UPDATE, "")
    .replace(TRAILING_BYLINE, "")
    .replace(/[\s–—-]+$/u, "")
    .replace(TRAILING_AGENCY, "")
    .replace(TRAILING_SOURCE, "")
    .replace(TRAILING_TIME, "")
    .replace(/[\s.,;:|–—-]+$/u, "");
  const written = findWrittenDate(core);
  if (!written) return null;
  const before = core
    .slice(0, written.index)
    .replace(SOURCE_BEFORE_DATE, "")
    .replace(DATE_LABEL, "")
    .replace(/^(?:le|the|on)\s+/iu, "");
  const after = core.slice(written.index + written.length);
  const rest = `${before}${after}`.replace(/[\s,.;:|–—-]+/gu, "");
  return rest.length === 0 || isWeekdayWord(rest) ? written.date : null;
}

const WEEKDAY_WORDS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
  "lundi",
  "mardi",
  "mercredi",
  "jeudi",
  "vendredi",
  "samedi",
  "dimanche",
  "lelundi",
  "lemardi",
  "lemercredi",
  "lejeudi",
  "levendredi",
  "lesamedi",
  "ledimanche",
]);

function isWeekdayWord(rest: string): boolean {
  return WEEKDAY_WORDS.has(rest.toLowerCase());
}

/** `date 2026-02-02` / `date 2024-11` at the start of a text: the stamp and where it ends. */
export function parseDateMarker(line: string): { date: IsoDate; end: number } | null {
  const match = /^\s*date\s*[:=]?\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s|$)/iu.exec(line);
  if (!match || match[1] === undefined) return null;
  const date = parseIsoStamp(match[1]);
  return date ? { date, end: match[0].length } : null;
}

const DAY_AND_MONTH = new RegExp(`^(?:${WEEKDAY},?\\s+)?(?:\\d{1,2}(?:er)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)$`, "iu");

/** A day of a month with no year, as wire datelines write it ("Dec 3", "3 déc", "March 14"). */
export interface DayOfMonth {
  month: number;
  day: number;
}

export interface Dateline {
  /** Where the dateline (place, date, agency and dash) ends in the line. */
  end: number;
  place: string;
  date: IsoDate | null;
  /** The day and month a dateline gives without its year ("LONDON, Dec 3 (Reuters) -"): null when it gives none, or its year. */
  day: DayOfMonth | null;
  agency: string | null;
  /**
   * Set when a colon, not a dash, closes it ("COLOMBO: Prime Minister …", "NEW DELHI, March 3 (PTI): …"), as South Asian
   * papers write it. A colon also closes a label ("UPDATE: …"): alone with its place, such a line names a place only
   * when the knowledge base knows it.
   */
  colon?: true;
}

const DAY_THEN_MONTH = new RegExp(`^(?:${WEEKDAY},?\\s+)?(?:le\\s+)?(\\d{1,2})(?:er)?\\s+(${MONTH})$`, "iu");
const MONTH_THEN_DAY = new RegExp(`^(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?$`, "iu");

/** The day and month of a date written without its year ("Dec 3", "3 déc", "le 3 décembre"); null for anything else. */
function dayOfMonth(text: string): DayOfMonth | null {
  const trimmed = text.trim();
  const dayFirst = DAY_THEN_MONTH.exec(trimmed);
  const monthFirst = dayFirst ? null : MONTH_THEN_DAY.exec(trimmed);
  const dayWord = dayFirst?.[1] ?? monthFirst?.[2];
  const monthWord = dayFirst?.[2] ?? monthFirst?.[1];
  if (dayWord === undefined || monthWord === undefined) return null;
  const month = monthNumber(monthWord);
  const day = Number(dayWord);
  return month !== null && isValidDay(2000, month, day) ? { month, day } : null; // 2000: a leap year, 29 February allowed
}

/** Days a dateline may lie after the date its metadata gives: time zones and a late filing. */
const DATELINE_LEAD_DAYS = 2;

/**
 * The date of a dateline's day and month in the year its metadata says: `around` is what the article's metadata
 * states (a year, a month, or a day: a file name, a feed's field, a `date` line). A dateline never comes after its
 * metadata by more than a couple of days: "Dec 31" around 2027-01-02 is 2026-12-31, "March 14" around 2026-12-05 is
 * 2026-03-14, "Dec 3" around 2026-12 is 2026-12-03. Null without metadata: the year is unknown, and the model has no
 * date without a year.
 */
export function dateOfDatelineDay(day: DayOfMonth, around: IsoDate | null): IsoDate | null {
  const parts = around === null ? null : parseIsoDate(around);
  if (parts === null) return null;
  const valid = (year: number): IsoDate | null => isoFromParts(year, day.month, day.day);
  if (parts.month === null) return valid(parts.year);
  if (parts.day === null) return valid(day.month <= parts.month ? parts.year : parts.year - 1);
  const latest = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + DATELINE_LEAD_DAYS));
  for (const year of [parts.year + 1, parts.year, parts.year - 1]) {
    const date = valid(year);
    if (date !== null && Date.parse(date) <= latest.getTime()) return date;
  }
  return null;
}

/**
 * The publication date with a yearless dateline's day: the article states its day there, its metadata the year.
 * A publication date already precise to the day is kept; one less precise takes the dateline's day ("date 2026-12"
 * with "LONDON, Dec 3 (Reuters) -" is 2026-12-03); without any, the year is unknown and the date stays null.
 */
export function withDatelineDay(published: IsoDate | null, day: DayOfMonth | null): IsoDate | null {
  if (day === null || (published !== null && published.length === 10)) return published;
  return dateOfDatelineDay(day, published) ?? published;
}

const DATELINE =
  /^\s*[*_]{0,2}([\p{Lu}][\p{Lu}\p{M}.'’ -]{0,40}[\p{Lu}\p{M}.])[*_]{0,2}\s*(?:\(([^)]{2,40})\))?\s*(?:,\s*([^–—()\n]{3,40}?))?\s*(?:\(([^)]{2,40})\))?\s*([–—-]{1,2}|:)\s+(?=\S)/u;

/**
 * A news dateline opening a paragraph: `MANILA, July 8, 2024 - `, `PARIS (AFP) - `,
 * `TOKYO, 3 mars 2025 (Reuters) — `, `WASHINGTON — `, `**KYIV** — `, `COLOMBO: `, `NEW DELHI, March 3 (PTI): `. The place must be written
 * in capitals, as datelines are; one standing alone before its dash needs a sentence starting
 * with a capital after it ("NATO - the alliance said" is no dateline).
 */
export function parseDateline(paragraph: string): Dateline | null {
  return parseCapitalDateline(paragraph) ?? parseTitleCaseDateline(paragraph);
}

function parseCapitalDateline(paragraph: string): Dateline | null {
  const match = DATELINE.exec(paragraph);
  if (!match || match[1] === undefined) return null;
  const place = match[1].trim();
  if (place.replace(/[^\p{Lu}]/gu, "").length < 2) return null;
  const datePart = (match[3] ?? "").trim();
  const agency = (match[2] ?? match[4] ?? null)?.trim() ?? null;
  let date: IsoDate | null = null;
  let day: DayOfMonth | null = null;
  if (datePart.length > 0) {
    date = parseDateLine(datePart);
    // words between the place and the dash must be a date; one without its year ("July 8") gives its day and month
    if (date === null) {
      if (!DAY_AND_MONTH.test(datePart)) return null;
      day = dayOfMonth(datePart);
    }
  } else if (agency === null && !isPlaceOnlyDateline(place, paragraph.slice(match[0].length))) {
    return null;
  }
  return { end: match[0].length, place, date, day, agency, ...(match[5] === ":" ? { colon: true as const } : {}) };
}

/** A place written as a name, not in capitals: words each starting with a capital, joined by a space, a hyphen or a particle ("Le Caire", "Addis-Abeba", "Rio de Janeiro"). */
const TITLE_CASE_DATELINE =
  /^\s*[*_]{0,2}(\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{L}[\p{Ll}\p{M}]+)*(?:(?:-|\s+(?:(?:de|do|da|del|du|la|el|al)\s+)?)\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{L}[\p{Ll}\p{M}]+)*){0,3})[*_]{0,2}\s*(?:\(([^)]{2,40})\))?\s*(?:,\s*([^–—()\n]{3,40}?))?\s*(?:\(([^)]{2,40})\))?\s*([–—-]{1,2}|:)\s+(?=[«"“‘]?\s*\p{Lu})/u;

/**
 * The same dateline with its place written as a name, as French agencies write it: `Paris (AFP) - `,
 * `Le Caire, 3 mars 2026 (AFP) — `, `Paris, le 12 septembre 2026 (AFP) - `. Without capitals the
 * place alone says nothing ("Le ministre - …"): an agency in brackets must follow it, or a date.
 */
function parseTitleCaseDateline(paragraph: string): Dateline | null {
  const match = TITLE_CASE_DATELINE.exec(paragraph);
  if (!match || match[1] === undefined) return null;
  const agency = (match[2] ?? match[4] ?? null)?.trim() ?? null;
  if (agency !== null && !isNewsAgencyCredit(agency)) return null;
  const datePart = (match[3] ?? "").trim();
  const date = datePart.length > 0 ? parseDateLine(datePart) : null;
  if (datePart.length > 0 && date === null && !DAY_AND_MONTH.test(datePart.replace(/^le\s+/iu, ""))) return null;
  if (agency === null && date === null) return null;
  const day = date === null && datePart.length > 0 ? dayOfMonth(datePart) : null;
  return { end: match[0].length, place: match[1].trim(), date, day, agency, ...(match[5] === ":" ? { colon: true as const } : {}) };
}

/** `WASHINGTON — The …`: a place of up to four capitalised words (three letters at least), then a sentence. */
function isPlaceOnlyDateline(place: string, after: string): boolean {
  return place.replace(/[^\p{Lu}]/gu, "").length >= 3 && place.split(/\s+/u).length <= 4 && /^[«"“‘]?\s*\p{Lu}/u.test(after);
}

const PATH_DAY = /(?:^|[/_.\s-])((?:19|20)\d{2})([-_./]?)(\d{2})\2(\d{2})(?=$|[/_.\s-])/u;
const PATH_MONTH = /(?:^|[/_.\s-])((?:19|20)\d{2})[-_/](\d{2})(?=$|[/_.\s-])(?![-_/]\d)/u;

/**
 * A date written in a file name or URL path (`2024-07-08-visit.txt`, `/2025/06/05/nato/`,
 * `report_20240708.html`, `/2024/11/`), the last resort when the article states none.
 */
export function dateFromLocation(location: string): IsoDate | null {
  const path = location.replace(/[?#].*$/u, "");
  // a URL's whole path (news sites file articles under /2025/06/05/); a file's own name only
  const name = /^[a-z][a-z0-9+.-]*:\/\//iu.test(path)
    ? path.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/iu, "")
    : path.slice(path.search(/[^/\\]*$/u));
  const day = PATH_DAY.exec(name);
  if (day?.[1] && day[3] && day[4]) {
    const iso = isoFromParts(Number(day[1]), Number(day[3]), Number(day[4]));
    if (iso) return iso;
  }
  const month = PATH_MONTH.exec(name);
  if (month?.[1] && month[2]) {
    const m = Number(month[2]);
    if (m >= 1 && m <= 12) return formatMonth(Number(month[1]), m);
  }
  return null;
}
