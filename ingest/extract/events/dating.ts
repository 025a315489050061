/**
 * The date of an event mention: the temporal expression nearest its trigger, preferring the
 * trigger's own clause; never a date that starts a period ("depuis juillet"), dates another
 * clause's verb ("…, which Japan and Australia signed in 2022") or belongs to another noun
 * ("les législatives prévues l'an prochain").
 */
import type { TemporalExpression } from "../../../src/model/document.js";
import { MONTH, WEEKDAY } from "../../dates/vocabulary.js";
import type { ExtractionContext } from "../context.js";
import { clauseAround, contains, findIn, findWordsIn, wordCount, type Span } from "../spans.js";
import { eventCues } from "./cues.js";
import { laterEventAfter, laterEventHolding } from "./later-event.js";
import { opensWithRelativePronoun, qualifiesTrigger, relativeClauses } from "./scope.js";

/**
 * Whether the expression starts a period: "depuis juillet", "since taking office in July 2024", or
 * dates the noun a since-phrase names ("depuis la brouille entre les deux pays en février", "since the
 * last summit in Rome in May"): up to ten words after the marker, no punctuation and not the
 * trigger between.
 */
export function startsPeriod(ctx: ExtractionContext, s: Span, t: TemporalExpression, trigger: Span | null = null): boolean {
  // "depuis le sommet de Vilnius en juillet dernier", "since the summit in Vilnius last July": the date is the noun's.
  const opensOnTrigger = (m: Span) => trigger !== null && trigger.start >= m.end && trigger.end <= t.start;
  // "dès le mois prochain": before a date still to come, the earliest the event may be held, not a period's start.
  const earliest = (m: Span) => stillToCome(ctx, t) && isEarliestMarker(ctx, m);
  return (
    findIn(ctx.lexicon.sinceMarkers, ctx.text, Math.max(s.start, t.start - 40), t.start).some((m) => !opensOnTrigger(m) && !earliest(m)) ||
    ctx.lexicon.sinceMarkers.findAll(t.text).some((h) => h.start === 0 && !earliest({ start: t.start + h.start, end: t.start + h.end })) ||
    datesSincePhrase(ctx, s, t, trigger)
  );
}

/** Whether a date points after publication ("le mois prochain", "next spring"). */
function stillToCome(ctx: ExtractionContext, t: TemporalExpression): boolean {
  if (t.future) return true;
  if (!ctx.published) return false;
  const n = Math.min(t.date.length, ctx.published.length);
  return t.date.slice(0, n) > ctx.published.slice(0, n);
}

/** Whether a since-marker's span is one of the markers of the earliest date ("dès"). */
function isEarliestMarker(ctx: ExtractionContext, m: Span): boolean {
  const text = ctx.text.slice(m.start, m.end);
  return eventCues(ctx.language)
    .earliestMarkers.findAll(text)
    .some((h) => h.start === 0 && h.end === text.length);
}

const SINCE_PHRASE_WORDS = 10;

/** "depuis la brouille … en février": the date closes the phrase a since-marker opens, in the same clause. */
function datesSincePhrase(ctx: ExtractionContext, s: Span, t: TemporalExpression, trigger: Span | null): boolean {
  const from = Math.max(s.start, t.start - 120);
  return findIn(ctx.lexicon.sinceMarkers, ctx.text, from, t.start).some((m) => {
    if (trigger && trigger.start >= m.end && trigger.end <= t.start) return false;
    if (stillToCome(ctx, t) && isEarliestMarker(ctx, m)) return false;
    const gap = ctx.text.slice(m.end, t.start);
    return !/[,;:.()«»"“”]/u.test(gap) && wordCount(gap) <= SINCE_PHRASE_WORDS;
  });
}

/** Whether a noun that is not the event sits a few words before the date, the trigger not between: "les législatives prévues l'an prochain". */
export function belongsToOtherNoun(ctx: ExtractionContext, s: Span, t: Span, trigger: Span | null): boolean {
  const cues = eventCues(ctx.language);
  return findIn(cues.otherDatedNouns, ctx.text, Math.max(s.start, t.start - 50), t.start).some((n) => {
    if (trigger && trigger.start >= n.end && trigger.end <= t.start) return false;
    const gap = ctx.text.slice(n.end, t.start);
    return !/[,;:.()«»"“”]/.test(gap) && wordCount(gap) <= 4;
  });
}

/** Whether a stretch of text holds no word and no punctuation that ends a phrase: only blanks. */
const ADJACENT = /^\s*$/u;

/** Most words of a verb's object between a cancellation verb and its date ("called off his trip on Sunday"). */
const OBJECT_WORDS = 3;

/** Whether a stretch of text is blanks, or a short object with no punctuation ("his trip", "it"). */
function objectAtMost(gap: string): boolean {
  return !/[,;:.()«»"“”]/u.test(gap) && wordCount(gap) <= OBJECT_WORDS;
}

/**
 * Whether a date is the day an event was called off, the cancellation verb's own adverbial, not the event's: between
 * the verb and the event's noun ("cancelled on Sunday his visit", "a annulé dimanche sa visite"), right after the
 * verb when it follows the noun ("the visit was cancelled on Sunday", "la visite a été annulée dimanche"), or right
 * after the noun the verb governs ("called off his trip on Sunday"). A date told with the plan ("his visit planned
 * for next week", "la visite prévue mardi") is the event's.
 */
export function datesTheCancellation(ctx: ExtractionContext, s: Span, trigger: Span, t: Span): boolean {
  const cues = eventCues(ctx.language);
  return findIn(cues.cancellation, ctx.text, s.start, s.end).some((verb) => {
    if (verb.end <= trigger.start) {
      // Inside the trigger too, read through its date ("called off his trip on Sunday to …").
      if (t.start >= verb.end && t.end <= trigger.end) return true;
      return t.start >= trigger.end && ADJACENT.test(ctx.text.slice(trigger.end, t.start));
    }
    // "was cancelled on Sunday", "but called off his trip on Sunday": after the verb, its object at most.
    return verb.start >= trigger.end && t.start >= verb.end && objectAtMost(ctx.text.slice(verb.end, t.start));
  });
}

/**
 * Whether a date belongs to another event than the trigger's, where one is told as coming later: inside the later
 * event's phrase after the trigger ("met Y ahead of the summit on Thursday"); before the phrase that holds the
 * trigger ("spoke on Monday ahead of next week's summit": Monday is not the summit's), or after it when it opens the
 * sentence ("Ahead of the summit, X met Y on Monday"), unless in a relative clause of the trigger's noun ("ahead of a
 * summit of the GCC, which Riyadh is due to host in December").
 */
export function datesLaterEvent(ctx: ExtractionContext, s: Span, t: Span, trigger: Span): boolean {
  const after = laterEventAfter(ctx, s, trigger);
  if (after && contains(after, t)) return true;
  const holding = laterEventHolding(ctx, s, trigger);
  if (holding === null || !holding.ownDate || contains(holding, t)) return false;
  if (t.end <= holding.start) return true;
  const fronted = /^[\s«"“(]*$/u.test(ctx.text.slice(s.start, holding.start));
  return fronted && !relativeClauses(ctx, s, trigger).some((c) => contains(c, t) && qualifiesTrigger(ctx, c, trigger));
}

/** Most words between a pluperfect auxiliary and the trigger it tells ("s'étaient vus en marge du sommet"). */
const PLUPERFECT_TO_TRIGGER_WORDS = 5;

/**
 * "The two had met in Rome", "Ils s'étaient vus en marge du sommet", "X avait rencontré Y": a pluperfect auxiliary in
 * the trigger or a few words before it in its clause tells an event before the story's (no other event's day). Not
 * with a since-marker in the clause ("ne s'étaient pas rencontrés depuis le sommet de Tirana": a gap up to now).
 */
export function toldAsEarlier(ctx: ExtractionContext, s: Span, trigger: Span): boolean {
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  return findWordsIn(eventCues(ctx.language).pluperfectAuxiliaries, ctx.text, clause.start, trigger.end).some((aux) => {
    // "had not met since May", "ne s'étaient pas rencontrés depuis le sommet": a gap up to now, not an earlier event.
    if (findIn(ctx.lexicon.sinceMarkers, ctx.text, aux.end, clause.end).length > 0) return false;
    return aux.end > trigger.start || wordCount(ctx.text.slice(aux.end, trigger.start)) <= PLUPERFECT_TO_TRIGGER_WORDS;
  });
}

export function dateFor(
  ctx: ExtractionContext,
  i: number,
  s: Span,
  trigger: Span,
  excluded: (t: TemporalExpression) => boolean = () => false,
): TemporalExpression | null {
  const found = ctx.temporal(i).filter(
    (t) =>
      !excluded(t) &&
      !startsPeriod(ctx, s, t, trigger) &&
      !belongsToOtherNoun(ctx, s, t, trigger) &&
      !datesLaterEvent(ctx, s, t, trigger) &&
      // "The meeting came two days after X spoke with Y": counted from the meeting, the span dates the call only.
      !(t.countsFromSubject === true && trigger.end <= t.start),
  );
  if (found.length === 0) return null;
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  // A date in another clause that is a relative one ("…, which Japan and Australia signed in 2022") dates that clause's verb.
  const others = relativeClauses(ctx, s, trigger).filter(
    (c) => !(c.start <= trigger.start && trigger.end <= c.end) && !qualifiesTrigger(ctx, c, trigger),
  );
  const inOtherRelativeClause = (t: TemporalExpression) => {
    if (others.some((c) => contains(c, t))) return true;
    if (contains(clause, t)) return false;
    const other = clauseAround(ctx.text, s.start, s.end, t.start);
    return opensWithRelativePronoun(ctx, other) && !qualifiesTrigger(ctx, other, trigger);
  };
  const usable = found.filter((t) => !inOtherRelativeClause(t));
  if (usable.length === 0) return null;
  const distance = (t: TemporalExpression) =>
    (t.end <= trigger.start ? trigger.start - t.end : t.start >= trigger.end ? t.start - trigger.end : 0) +
    (contains(clause, t) ? 0 : 1000);
  return [...usable].sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/**
 * The date of a trigger told in one part of its sentence, one meeting after another ("met Y on Monday and then
 * Z on Tuesday"): the nearest date of that part when the sentence's nearest lies in the other, else the sentence's.
 */
export function dateInSegment(ctx: ExtractionContext, i: number, s: Span, segment: Span, trigger: Span): TemporalExpression | null {
  const nearest = dateFor(ctx, i, s, trigger);
  if (!nearest || contains(segment, nearest)) return nearest;
  const distance = (t: Span) => Math.abs(t.start - trigger.start);
  const own = ctx
    .temporal(i)
    .filter((t) => contains(segment, t) && !startsPeriod(ctx, s, t, trigger) && !belongsToOtherNoun(ctx, s, t, trigger))
    .sort((a, b) => distance(a) - distance(b))[0];
  return own ?? nearest;
}

const NAMES_A_MONTH = new RegExp(`(?<![\\p{L}])${MONTH}(?![\\p{L}])|\\d{1,2}[/.-]\\d{1,2}`, "iu");
const NAMES_A_WEEKDAY = new RegExp(`(?<![\\p{L}])${WEEKDAY}(?![\\p{L}])`, "iu");

/** The same weekday a week later. */
function weekLater(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 7);
  return day.toISOString().slice(0, 10);
}

/** A year the text writes: "2027", "'27" (a bare month or weekday has none). */
const WRITTEN_YEAR = /(?:^|[^\p{N}])(?:1[89]|2[01])\d{2}(?![\p{N}])|['’]\d{2}(?![\p{N}])/u;

/**
 * A trip's later stop told by a weekday comes after the stop before it: "lundi au Japon, puis
 * mercredi en Corée" told on a Wednesday is next Wednesday, not today.
 */
export function stopDayAfter(t: TemporalExpression, previous: string | null): TemporalExpression {
  if (previous === null || previous.length !== 10 || t.date.length !== 10 || t.endDate !== null) return t;
  if (NAMES_A_MONTH.test(t.text) || !NAMES_A_WEEKDAY.test(t.text) || t.date >= previous) return t;
  return { ...t, date: weekLater(t.date) };
}

/**
 * A planned event's date written without its year and earlier than publication is next year's:
 * "a trilateral meeting in Manila in July" told in December, "le sommet prévu le 12 mars" told in
 * November. A date the text gives its year, or one at or after publication, stays.
 */
export function plannedDateForward(t: TemporalExpression, published: string | null): { date: string; endDate: string | null } {
  const same = { date: t.date, endDate: t.endDate };
  if (!published || WRITTEN_YEAR.test(t.text) || t.date.length < 7) return same;
  const n = Math.min(t.date.length, published.length);
  if (t.date.slice(0, n) >= published.slice(0, n)) return same;
  // "was scheduled to visit Nairobi on Wednesday": a weekday is the next one, not a year on; other
  // words without a month ("la semaine dernière") stay as told.
  if (!NAMES_A_MONTH.test(t.text)) {
    return NAMES_A_WEEKDAY.test(t.text) && t.date.length === 10 && !t.endDate ? { date: weekLater(t.date), endDate: null } : same;
  }
  const nextYear = (date: string) => `${String(Number(date.slice(0, 4)) + 1)}${date.slice(4)}`;
  const date = nextYear(t.date);
  // 29 February has no next year's day: the month says it.
  if (/-02-29$/.test(date)) return { date: date.slice(0, 7), endDate: null };
  return { date, endDate: t.endDate ? nextYear(t.endDate) : null };
}

/**
 * A called-off event's date written without its year is the one nearest publication: "la visite
 * prévue en mai a été annulée" told in April is this May's, told in June this May's too; the tense of
 * the cancellation says nothing of when the event was to be.
 */
export function cancelledDateNearest(t: TemporalExpression, published: string | null): { date: string; endDate: string | null } {
  const same = { date: t.date, endDate: t.endDate };
  if (!published || WRITTEN_YEAR.test(t.text) || t.date.length < 7 || published.length < 7) return same;
  const shift = (date: string, years: number) => `${String(Number(date.slice(0, 4)) + years)}${date.slice(4)}`;
  const monthsFrom = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  const target = monthsFrom(published);
  const best =
    [0, -1, 1].sort((a, b) => Math.abs(monthsFrom(shift(t.date, a)) - target) - Math.abs(monthsFrom(shift(t.date, b)) - target))[0] ?? 0;
  if (best === 0) return same;
  const date = shift(t.date, best);
  if (/-02-29$/.test(date)) return { date: date.slice(0, 7), endDate: null };
  return { date, endDate: t.endDate ? shift(t.endDate, best) : null };
}
