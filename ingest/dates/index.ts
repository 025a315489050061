/**
 * Dates in a sentence, resolved against the publication date: the rules of ./recognise.ts
 * for what chrono-node misses, chrono-node (French and English) for written and numeric
 * dates with their year ("le 1er janvier 2025", "31/01/2025", "2025-01-31"). The tense of
 * the clause around each expression decides past or future. Never throws.
 */
import type { TemporalExpression } from "../../src/model/document.js";
import type { IsoDate } from "../../src/model/extraction.js";
import { writtenYearReadings } from "./chrono.js";
import { formatDay, formatMonth, formatYear, isDayPrecise, isValidDay } from "./iso.js";
import { mayHoldDatedDay, opensOnNonFiniteVerb } from "./vocabulary.js";
import { recognizeExpressions, type Recognized } from "./recognize.js";
import { isAfter, resolveSpec, type Resolved } from "./resolve.js";
import { openingParticipleTense, openingSubjectTense, sentenceTense, tenseNear, type Tense } from "./tense.js";

export { sentenceTense } from "./tense.js";
export { dateFromLocation, parseDateLine, parseDateMarker, parseDateline, parseIsoStamp } from "./publication.js";

interface Candidate {
  start: number;
  end: number;
  /** Counts days from the story's own day ("la veille", "two days later"). */
  fromStoryDay: boolean;
  /**
   * Counts days from an event named right after it: only that event's day ("la veille du sommet"), or first that
   * event's day ("two days after the signing"), else the story's.
   */
  namesEvent: "only" | "first" | null;
  /** Takes the tense of its clause before it only: the verb after "two weeks after" is the dated event's, not the story's. */
  tenseBefore: boolean;
  /**
   * "The Riyadh meeting came two days after X spoke with Y", "Cette visite intervient une semaine après …": a span
   * counted back from the event its clause opens on, as told before (given that event's day); null for other expressions.
   */
  fromSubjectEvent: ((subjectDay: IsoDate) => Resolved | null) | null;
  /** `tenseOf` gives the tense of its clause, asked only when the expression needs it (see resolveSpec). */
  resolve: (tenseOf: () => Tense, storyDay: IsoDate | null) => Resolved | null;
}

/** `compute`'s value, computed at its first call only. */
function once<T>(compute: () => T): () => T {
  let computed: { value: T } | null = null;
  return () => (computed ??= { value: compute() }).value;
}

/** Dates chrono reads with an explicit year: day, month and year as precise as written. */
function chronoCandidates(text: string, language: string): Candidate[] {
  if (!mayHoldDatedDay(text)) return []; // only dates with a written year are taken from chrono
  const candidates: Candidate[] = [];
  for (const readings of writtenYearReadings(text, language)) {
    for (const { result, year, month, day } of readings) {
      const date =
        month === null
          ? formatYear(year)
          : day === null
            ? formatMonth(year, month)
            : isValidDay(year, month, day)
              ? formatDay({ year, month, day })
              : null;
      if (date === null) continue;
      let endDate: IsoDate | null = null;
      const end = result.end;
      if (end && end.isCertain("year") && end.isCertain("month") && end.isCertain("day")) {
        const [y, m, d] = [end.get("year"), end.get("month"), end.get("day")];
        if (y !== null && m !== null && d !== null && isValidDay(y, m, d)) endDate = formatDay({ year: y, month: m, day: d });
      }
      candidates.push({
        start: result.index,
        end: result.index + result.text.length,
        fromStoryDay: false,
        namesEvent: null,
        tenseBefore: false,
        fromSubjectEvent: null,
        resolve: () => ({ date, endDate, forward: false }),
      });
    }
  }
  return candidates;
}

function ruleCandidates(text: string, published: IsoDate | null): Candidate[] {
  return recognizeExpressions(text).map((found: Recognized) => ({
    start: found.start,
    end: found.end,
    fromStoryDay:
      found.spec.kind === "storyDay" ||
      found.spec.kind === "toldEventDay" ||
      (found.spec.kind === "spanFromNow" && found.spec.unit === "day"),
    namesEvent: found.spec.kind === "toldEventDay" ? "only" : found.spec.kind === "spanFromNow" ? "first" : null,
    tenseBefore: found.spec.kind === "spanFromNow",
    // Counted from the subject event's day as from a present: that day less the span after it, plus the span before it.
    fromSubjectEvent:
      found.spec.kind === "spanFromNow" ? (subjectDay: IsoDate) => resolveSpec(found.spec, subjectDay, () => "present") : null,
    resolve: (tenseOf: () => Tense, storyDay: IsoDate | null) => resolveSpec(found.spec, published, tenseOf, storyDay),
  }));
}

/** Longest first, then earliest; an expression overlapping a kept one is dropped. */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    if (kept.every((k) => candidate.end <= k.start || candidate.start >= k.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The clause around [start, end): between the nearest , ; : ( ) or conjunction boundaries. */
function clauseAround(text: string, start: number, end: number): { text: string; from: number } {
  const boundary = /[,;:()«»—–]|\s(?:et|mais|qui|que|and|but|which|while|alors que|tandis que)\s/gu;
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(boundary)) {
    const at = match.index;
    if (at + match[0].length <= start) from = at + match[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { text: text.slice(from, to), from };
}

/**
 * The tense that anchors an expression: its own clause's (a reporting clause included:
 * "a confirmé vendredi"), or the sentence's when the clause is little more than the
 * expression itself ("Samedi, les deux dirigeants ont signé …") or opens the sentence without a
 * verb form of its own ("Réunis mardi à Bruxelles, les ministres ont adopté …").
 */
function tenseAround(text: string, candidate: Candidate, language: string, sentence: () => Tense): Tense {
  const clause = clauseAround(text, candidate.start, candidate.end);
  // "The talks come two weeks after X met Y": the story's verb is before the span, the one after it is the dated event's;
  // a span opening its clause ("Deux mois après le sommet, les ministres se sont retrouvés") hangs on the sentence.
  if (candidate.tenseBefore) {
    const before = text.slice(clause.from, candidate.start);
    if ((before.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 2) return sentence();
    return tenseNear(text, { from: clause.from, to: candidate.start }, candidate.start, candidate.end, language);
  }
  const own = tenseNear(text, { from: clause.from, to: clause.from + clause.text.length }, candidate.start, candidate.end, language);
  if (own !== "present") return own;
  // "Réunis mardi à Bruxelles, les ministres ont adopté …", "Speaking in Ankara on Tuesday, Fidan said …": a clause
  // opening the sentence with no verb form of its own hangs on the main clause, and speaks in its tense.
  if (clause.from === 0 && text[clause.text.length] === ",") {
    const main = openingParticipleTense(text, clause.text.length, language) ?? openingSubjectTense(text, clause.text.length, language);
    if (main !== null) return main;
  }
  const rest = clause.text.replace(text.slice(candidate.start, candidate.end), " ");
  return (rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3 ? sentence() : "present";
}

/**
 * The day a story-day expression counts from. "Two days after the signing", "la veille du sommet": the day of the event
 * named right after it as told before, or the day told in the same clause right after it ("the day after the summit
 * on Monday"); "la veille du sommet" no other. Otherwise the day told before it in the sentence, else after it, else
 * the last day the sentences before told.
 */
function storyDayOf(
  candidate: Candidate,
  text: string,
  before: IsoDate | undefined,
  after: { start: number; date: IsoDate } | undefined,
  storyDayBefore: (eventPhrase?: string) => IsoDate | null,
): IsoDate | null {
  if (candidate.namesEvent !== null) {
    const clause = clauseAround(text, candidate.start, candidate.end);
    const inClause = after !== undefined && after.start < clause.from + clause.text.length ? after.date : undefined;
    const named = inClause ?? storyDayBefore(text.slice(candidate.end));
    if (named !== null) return named;
    if (candidate.namesEvent === "only") return null;
  }
  return before ?? after?.date ?? storyDayBefore();
}

/** How far from publication the day of the event a span counts back from may be: the story's own days. */
const SUBJECT_EVENT_REACH_DAYS = 31;

/** Days between two ISO days (or months, read as their first day). */
function daysApart(a: IsoDate, b: IsoDate): number {
  const day = (d: string) => Date.parse(`${d.length === 7 ? `${d}-01` : d.length === 4 ? `${d}-01-01` : d}T00:00:00Z`);
  return Math.abs(day(a) - day(b)) / 86_400_000;
}

/** Fewest words before a span in its clause for the clause to open on the event it counts from ("The meeting came"). */
const SUBJECT_EVENT_WORDS = 2;

/**
 * "The Riyadh meeting came two days after X spoke with Y": the day of the event the span's clause opens on, as the
 * sentences before told it (`storyDayBefore` given the words before the span); null when the clause opens on the span
 * ("Two days after the summit, …") or on no event told with its day, or when the words after the span name an event
 * told with its day ("The visit took place two days after the summit": the span counts from the summit, as before).
 * "Y met Z on Saturday, a day after speaking with W", "… un jour après s'être entretenu avec W": a span before a verb
 * that is no finite one counts back from the day told before it in the sentence, else the story's.
 */
function subjectEventDay(
  candidate: Candidate,
  text: string,
  dayBefore: IsoDate | undefined,
  storyDayBefore: (eventPhrase?: string) => IsoDate | null,
): IsoDate | null {
  if (opensOnNonFiniteVerb(text.slice(candidate.end))) return dayBefore ?? storyDayBefore();
  const clause = clauseAround(text, candidate.start, candidate.end);
  const before = text.slice(clause.from, candidate.start);
  if ((before.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < SUBJECT_EVENT_WORDS) return null;
  if (storyDayBefore(text.slice(candidate.end)) !== null) return null;
  return storyDayBefore(before);
}

/**
 * The dates and date ranges of a sentence, with absolute offsets (sentence.start + index in
 * its text). Without a publication date only dates that carry their year are returned.
 * "La veille", "the next day" count from the day the story tells: a day-precise date earlier in
 * the sentence, else later in it ("Arrivé la veille, il a rencontré mardi …"), else
 * `storyDayBefore()` (the last one the sentences before told), else publication. "La veille du sommet", "two days
 * after the signing" count from the day of the event they name, which `storyDayBefore(phrase)` finds told before (given
 * the text after the expression; null when the sentences before tell no such event with its day).
 */
export function findTemporalExpressions(
  sentence: { text: string; start: number },
  published: IsoDate | null,
  language: string,
  storyDayBefore: (eventPhrase?: string) => IsoDate | null = () => null,
): TemporalExpression[] {
  try {
    const text = sentence.text;
    if (typeof text !== "string" || text.length === 0) return [];
    const candidates = withoutOverlaps([...ruleCandidates(text, published), ...chronoCandidates(text, language)]);
    if (candidates.length === 0) return [];
    // The tenses are read only for the expressions that need them: reading one costs, and most dates carry their year.
    const sentenceTenseOf = once(() => sentenceTense(text, language));
    const resolvedOf = new Map<Candidate, Resolved>();
    const fromSubjects = new Set<Candidate>();
    for (const candidate of candidates) {
      if (candidate.fromStoryDay) continue;
      const resolved = candidate.resolve(
        once(() => tenseAround(text, candidate, language, sentenceTenseOf)),
        null,
      );
      if (resolved !== null) resolvedOf.set(candidate, resolved);
    }
    const days = [...resolvedOf].filter(([, r]) => r.endDate === null && isDayPrecise(r.date));
    for (const candidate of candidates) {
      const dayBefore = days.filter(([c]) => c.end <= candidate.start).at(-1)?.[1].date;
      const toldDay = candidate.fromSubjectEvent ? subjectEventDay(candidate, text, dayBefore, storyDayBefore) : null;
      // "The Riyadh meeting came a day after …" is about the story's days: a day far from publication that the sentence
      // telling the noun gave is another event's ("The summit approved an appointment effective Feb. 1").
      const subjectDay =
        toldDay !== null && published !== null && daysApart(toldDay, published) > SUBJECT_EVENT_REACH_DAYS ? null : toldDay;
      const fromSubject = subjectDay !== null ? (candidate.fromSubjectEvent?.(subjectDay) ?? null) : null;
      if (fromSubject !== null) {
        resolvedOf.set(candidate, fromSubject);
        fromSubjects.add(candidate);
      }
      if (fromSubject !== null || !candidate.fromStoryDay) continue;
      const before = days.filter(([c]) => c.end <= candidate.start).at(-1);
      const after = days.find(([c]) => c.start >= candidate.end);
      const storyDay = storyDayOf(
        candidate,
        text,
        before?.[1].date,
        after ? { start: after[0].start, date: after[1].date } : undefined,
        storyDayBefore,
      );
      const tenseOf = candidate.tenseBefore ? once(() => tenseAround(text, candidate, language, sentenceTenseOf)) : sentenceTenseOf;
      const resolved = candidate.resolve(tenseOf, storyDay);
      if (resolved !== null) resolvedOf.set(candidate, resolved);
    }
    const expressions: TemporalExpression[] = [];
    for (const candidate of candidates) {
      const resolved = resolvedOf.get(candidate);
      if (resolved === undefined) continue;
      expressions.push({
        start: sentence.start + candidate.start,
        end: sentence.start + candidate.end,
        text: text.slice(candidate.start, candidate.end),
        date: resolved.date,
        endDate: resolved.endDate,
        future: resolved.forward || isAfter(resolved.date, published),
        ...(fromSubjects.has(candidate) ? { countsFromSubject: true } : {}),
      });
    }
    return expressions;
  } catch {
    return [];
  }
}
