/**
 * Anchors what an expression says (./recognise.ts) to the publication date and the tense
 * of its clause. A weekday in a past clause is the latest such day on or before
 * publication, in a future clause the next one on or after it (news style names today by its
 * weekday: "se tiendra dimanche" written on a Sunday is that Sunday); a day and month without a year take
 * the publication's year, moving back for "dernier"/past clauses and forward for
 * "prochain"/future ones. A partial publication date (`2024-11`) is never made more precise
 * than it is: a weekday then resolves to the month itself.
 */
import type { IsoDate } from "../../src/model/extraction.js";
import type { Anchor, DateSpec, DayMonth } from "./recognize.js";
import type { WeekPart } from "./vocabulary.js";
import type { Tense } from "./tense.js";
import {
  addDays,
  addMonths,
  compareDays,
  formatDay,
  formatMonth,
  formatYear,
  isValidDay,
  parseIsoDate,
  weekdayOf,
  type CalendarDate,
} from "./iso.js";

export interface Reference {
  year: number;
  month: number | null;
  day: number | null;
}

export interface Resolved {
  date: IsoDate;
  endDate: IsoDate | null;
  /** The expression itself looks forward ("avant la fin de l'année", "d'ici 2030", "prochain"). */
  forward: boolean;
}

function referenceOf(published: IsoDate | null): Reference | null {
  if (published === null) return null;
  const parts = parseIsoDate(published);
  return parts ? { year: parts.year, month: parts.month, day: parts.month === null ? null : parts.day } : null;
}

function formatReference(ref: Reference): IsoDate {
  if (ref.month === null) return formatYear(ref.year);
  if (ref.day === null) return formatMonth(ref.year, ref.month);
  return formatDay({ year: ref.year, month: ref.month, day: ref.day });
}

function format(year: number, month: number | null, day: number | null): IsoDate | null {
  if (year < 1 || year > 9999) return null;
  if (month === null) return formatYear(year);
  if (day === null) return formatMonth(year, month);
  return isValidDay(year, month, day) ? formatDay({ year, month, day }) : null;
}

/** Sign of (month, day) against the reference, at the precision both have. */
function compareToReference(month: number, day: number | null, ref: Reference): number {
  if (ref.month === null) return 0;
  if (month !== ref.month) return month - ref.month;
  if (day === null || ref.day === null) return 0;
  return day - ref.day;
}

type Direction = "back" | "forward" | "same" | "nearest";

function directionOf(anchor: Anchor, tense: Tense): Direction {
  if (anchor === "last") return "back";
  if (anchor === "next" || anchor === "ahead") return "forward";
  if (anchor === "this") return "same";
  return tense === "past" ? "back" : tense === "future" ? "forward" : "nearest";
}

/** Days from the reference to the middle of what (year, month, day) names, at the precision both have. */
function daysFromReference(year: number, month: number, day: number | null, ref: Reference): number {
  const refDay = Date.UTC(ref.year, (ref.month ?? 7) - 1, ref.day ?? 15);
  return Math.abs(Date.UTC(year, month - 1, day ?? 15) - refDay) / 86_400_000;
}

/**
 * The year of a day/month that carries none, chosen from the reference and the direction. With no tense to
 * go by ("Après une escale à Bakou le 14 janvier, …" written in December), the year that puts it nearest to
 * the reference: next January, not the one eleven months gone.
 */
function yearFor(month: number, day: number | null, ref: Reference, direction: Direction, strict: boolean): number {
  const cmp = compareToReference(month, day, ref);
  if (direction === "back") return cmp > 0 || (strict && cmp === 0 && day !== null) ? ref.year - 1 : ref.year;
  if (direction === "forward") return cmp < 0 || (strict && cmp === 0 && day !== null) ? ref.year + 1 : ref.year;
  if (direction === "nearest" && ref.month !== null) {
    return [ref.year, ref.year - 1, ref.year + 1].reduce((best, year) =>
      daysFromReference(year, month, day, ref) < daysFromReference(best, month, day, ref) ? year : best,
    );
  }
  return ref.year;
}

/** `direction` is asked only of a day and month without their year. */
function resolveDayMonth(
  value: DayMonth,
  ref: Reference | null,
  direction: () => Direction,
  strict: boolean,
): { year: number; month: number; day: number | null } | null {
  if (value.year !== null) return { year: value.year, month: value.month, day: value.day };
  if (ref === null) return null;
  return { year: yearFor(value.month, value.day, ref, direction(), strict), month: value.month, day: value.day };
}

function resolveWeekday(weekday: number, anchor: Anchor, ref: Reference, tense: Tense): IsoDate {
  if (ref.month === null || ref.day === null) return formatReference(ref);
  const today: CalendarDate = { year: ref.year, month: ref.month, day: ref.day };
  const delta = weekday - weekdayOf(today);
  const back = delta <= 0 ? delta : delta - 7; // on or before
  const forward = delta > 0 ? delta : delta + 7; // strictly after
  const onOrAfter = delta >= 0 ? delta : delta + 7;
  let offset: number;
  if (anchor === "last") offset = back === 0 ? -7 : back;
  else if (anchor === "next") offset = forward;
  else if (anchor === "ahead") offset = onOrAfter;
  else if ((anchor === null || anchor === "this") && tense === "past")
    offset = back; // "a signé ce vendredi": the Friday before
  else if ((anchor === null || anchor === "this") && tense === "future")
    offset = onOrAfter; // "se tiendra dimanche" written on a Sunday: that Sunday
  else offset = -back < forward ? back : forward; // nearest, ties forward
  return formatDay(addDays(today, offset));
}

/**
 * "du lundi au mercredi", "between Friday and Tuesday": the first weekday read as a weekday in the clause's
 * tense, except that in a past clause the range ends on or before publication (the last weekday is the latest
 * such day, the first the one before it); the last weekday is the first such day after the first.
 */
function resolveWeekdayRange(from: number, to: number, anchor: Anchor, ref: Reference, tense: Tense): Resolved {
  if (ref.month === null || ref.day === null) return { date: formatReference(ref), endDate: null, forward: false };
  const length = (to - from + 7) % 7;
  let first: CalendarDate;
  if (anchor === null && tense === "past") {
    const last = parseIsoDate(resolveWeekday(to, null, ref, "past"));
    if (last === null || last.month === null || last.day === null) return { date: formatReference(ref), endDate: null, forward: false };
    first = addDays({ year: last.year, month: last.month, day: last.day }, -length);
  } else {
    const start = parseIsoDate(resolveWeekday(from, anchor, ref, tense));
    if (start === null || start.month === null || start.day === null) return { date: formatReference(ref), endDate: null, forward: false };
    first = { year: start.year, month: start.month, day: start.day };
  }
  return { date: formatDay(first), endDate: formatDay(addDays(first, length)), forward: anchor === "next" };
}

/**
 * "jeudi 5": the 5th of the month before, of or after publication that falls on a Thursday,
 * taken in the direction of the tense (the nearest when present). With a partial
 * publication date, or when no nearby month agrees, only the month is kept.
 */
function resolveWeekdayDay(weekday: number, day: number, ref: Reference, tense: Tense): IsoDate {
  if (ref.month === null || ref.day === null) return formatReference(ref);
  const today: CalendarDate = { year: ref.year, month: ref.month, day: ref.day };
  const candidates: CalendarDate[] = [];
  for (const shift of [-1, 0, 1]) {
    const { year, month } = addMonths(ref.year, ref.month, shift);
    if (isValidDay(year, month, day) && weekdayOf({ year, month, day }) === weekday) candidates.push({ year, month, day });
  }
  const allowed = candidates.filter((c) =>
    tense === "past" ? compareDays(c, today) <= 0 : tense === "future" ? compareDays(c, today) >= 0 : true,
  );
  const distance = (c: CalendarDate): number =>
    Math.abs(Date.UTC(c.year, c.month - 1, c.day) - Date.UTC(today.year, today.month - 1, today.day));
  const best = [...(allowed.length > 0 ? allowed : candidates)].sort((a, b) => distance(a) - distance(b))[0];
  return best ? formatDay(best) : formatMonth(ref.year, ref.month);
}

function resolveOffset(unit: "day" | "week" | "month" | "year", amount: number, ref: Reference): IsoDate {
  if (unit === "year") return formatYear(ref.year + amount);
  if (ref.month === null) return formatReference(ref);
  if (unit === "month") {
    const shifted = addMonths(ref.year, ref.month, amount);
    return formatMonth(shifted.year, shifted.month);
  }
  if (ref.day === null) return formatReference(ref);
  const today: CalendarDate = { year: ref.year, month: ref.month, day: ref.day };
  if (unit === "day") return formatDay(addDays(today, amount));
  const shifted = addDays(today, amount * 7); // a week is no calendar unit: its month
  return formatMonth(shifted.year, shifted.month);
}

/** The days of a week a part names, Monday 0 … Sunday 6; `today` is publication's (for a week other than its own, -1). */
function weekPartDays(part: WeekPart, today: number): readonly [number, number] {
  switch (part) {
    case "whole":
      return [0, 6];
    case "start":
      return [0, 1];
    case "middle":
      return [1, 3];
    case "end":
      return [3, 6];
    case "deadline":
      return [Math.max(today, 0), 6];
    case "earlier":
      return today < 0 ? [0, 6] : [0, Math.max(today - 1, 0)];
    case "later":
      return today < 0 ? [0, 6] : [Math.min(today + 1, 6), 6];
  }
}

/**
 * A week or a part of one (Monday to Sunday). The model has no week precision, and a day of the week
 * would say more than the text: the week's days give their month ("next week" written on Thursday 3
 * December is 2026-12), or, when they run over two months, the range of the two ("earlier this week"
 * written on Thursday 3 December 2026, Monday 30 November to Wednesday 2 December, is 2026-11..2026-12).
 * A bare week ("en fin de semaine", "at the end of the week") whose part is over in a future clause is
 * next week's, still to come in a past clause last week's; in publication's own week a past clause keeps
 * the days up to publication, a future one those from it on. Publication without its day: its own month
 * or year.
 */
function resolveWeek(offset: number | null, part: WeekPart, ref: Reference, tense: Tense): Resolved {
  const forward = (offset ?? 0) > 0 || part === "later" || part === "deadline";
  if (ref.month === null || ref.day === null) return { date: formatReference(ref), endDate: null, forward };
  const today: CalendarDate = { year: ref.year, month: ref.month, day: ref.day };
  const todayInWeek = (weekdayOf(today) + 6) % 7; // Monday 0
  const monday = addDays(today, -todayInWeek);
  let weeks = offset ?? 0;
  let [first, last] = weekPartDays(part, weeks === 0 ? todayInWeek : -1);
  if (offset === null && part !== "earlier" && part !== "later" && part !== "deadline") {
    if (tense === "future" && last < todayInWeek) weeks = 1;
    if (tense === "past" && first > todayInWeek) weeks = -1;
    if (weeks !== 0) [first, last] = weekPartDays(part, -1);
  }
  // Publication's own week: a past clause tells its days up to publication, a future one its days from it on.
  if (weeks === 0 && tense === "past" && first <= todayInWeek) last = Math.min(last, todayInWeek);
  if (weeks === 0 && tense === "future" && last >= todayInWeek) first = Math.max(first, todayInWeek);
  const from = addDays(monday, weeks * 7 + first);
  const to = addDays(monday, weeks * 7 + last);
  const date = formatMonth(from.year, from.month);
  const endMonth = formatMonth(to.year, to.month);
  return { date, endDate: endMonth === date ? null : endMonth, forward };
}

/**
 * The dates an expression stands for, or null when it cannot be anchored (no publication date).
 * `storyDay` is the day the story last told (a day-precise date before the expression), from
 * which "la veille" and "two days later" count; without it they count from publication. `tenseOf`
 * gives the tense of the expression's clause, asked only when the expression needs it (a date with its
 * year, "hier", a year need none; reading a tense costs).
 */
export function resolveSpec(
  spec: DateSpec,
  published: IsoDate | null,
  tenseOf: () => Tense,
  storyDay: IsoDate | null = null,
): Resolved | null {
  const ref = referenceOf(published);
  switch (spec.kind) {
    case "storyDay": {
      const base = referenceOf(storyDay) ?? ref;
      return base ? { date: resolveOffset("day", spec.days, base), endDate: null, forward: false } : null;
    }
    case "toldEventDay": {
      // the named event's own day only: never publication's
      const base = referenceOf(storyDay);
      return base ? { date: resolveOffset("day", spec.days, base), endDate: null, forward: false } : null;
    }
    case "date": {
      const direction = () => (spec.forward ? "forward" : directionOf(spec.anchor, tenseOf()));
      const value = resolveDayMonth(spec, ref, direction, spec.anchor !== null && spec.anchor !== "this");
      const date = value && format(value.year, value.month, value.day);
      return date ? { date, endDate: null, forward: spec.forward || spec.anchor === "next" } : null;
    }
    case "range": {
      const to = resolveDayMonth(spec.to, ref, () => directionOf(null, tenseOf()), false);
      if (to === null) return null;
      const fromYear = spec.from.year ?? (spec.from.month > to.month ? to.year - 1 : to.year);
      const date = format(fromYear, spec.from.month, spec.from.day);
      const endDate = format(to.year, to.month, to.day);
      if (date === null || endDate === null || date > endDate) return null;
      return { date, endDate, forward: false };
    }
    case "year":
      return { date: formatYear(spec.year), endDate: null, forward: spec.forward };
    case "monthOfRelativeYear": {
      if (ref === null) return null;
      const date = format(ref.year + spec.offset, spec.month, spec.day);
      return date ? { date, endDate: null, forward: false } : null;
    }
    case "dayOfThisMonth": {
      if (ref === null || ref.month === null) return null;
      const date = format(ref.year, ref.month, spec.day);
      return date ? { date, endDate: null, forward: false } : null;
    }
    case "weekdayDay":
      return ref ? { date: resolveWeekdayDay(spec.weekday, spec.day, ref, tenseOf()), endDate: null, forward: false } : null;
    case "season": {
      const forward = spec.forward || spec.anchor === "next";
      if (spec.year !== null) return { date: formatYear(spec.year), endDate: null, forward: spec.forward };
      if (ref === null) return null;
      const direction = spec.forward ? "forward" : directionOf(spec.anchor, tenseOf());
      const year = yearFor(spec.month, null, ref, direction, spec.anchor === "last" || spec.anchor === "next");
      return { date: formatYear(year), endDate: null, forward };
    }
    case "yearRelative":
      return ref ? { date: formatYear(ref.year + spec.offset), endDate: null, forward: spec.forward } : null;
    case "weekday":
      return ref
        ? { date: resolveWeekday(spec.weekday, spec.anchor, ref, tenseOf()), endDate: null, forward: spec.anchor === "next" }
        : null;
    case "weekdayRange":
      return ref ? resolveWeekdayRange(spec.from, spec.to, spec.anchor, ref, tenseOf()) : null;
    case "week":
      return ref ? resolveWeek(spec.offset, spec.part, ref, tenseOf()) : null;
    case "spanFromNow": {
      if (ref && tenseOf() === "present")
        return { date: resolveOffset(spec.unit, spec.amount, ref), endDate: null, forward: spec.amount > 0 };
      // in a past or future clause the span counts from the story's own event: known only as a day the story told, for days
      const base = spec.unit === "day" ? referenceOf(storyDay) : null;
      return base ? { date: resolveOffset("day", -spec.amount, base), endDate: null, forward: false } : null;
    }
    case "offset":
      return ref ? { date: resolveOffset(spec.unit, spec.amount, ref), endDate: null, forward: spec.amount > 0 } : null;
    case "soon":
      return ref
        ? { date: ref.month === null ? formatYear(ref.year) : formatMonth(ref.year, ref.month), endDate: null, forward: true }
        : null;
  }
}

/** Whether `date` lies after `published`, compared at the precision both have. */
export function isAfter(date: IsoDate, published: IsoDate | null): boolean {
  if (published === null) return false;
  const n = Math.min(date.length, published.length);
  return date.slice(0, n) > published.slice(0, n);
}
