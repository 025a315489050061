/**
 * Comparing ISO calendar dates that may be partial ("2026", "2026-01", "2026-01-31"), as the
 * extraction contract allows. Pure functions over strings; no time zones involved.
 */
import type { IsoDate } from "../model/extraction.js";

const DAY_MS = 86_400_000;

/** Whether the date names a single day ("2026-01-31"), not a month or a year. */
export function isFullDate(date: IsoDate): boolean {
  return date.length === 10;
}

/** Days since 1970-01-01 of a full date. */
export function dayNumber(date: IsoDate): number {
  if (!isFullDate(date)) throw new Error(`entente/store: ${date} is not a full date (YYYY-MM-DD)`);
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The full date of a day number (the inverse of dayNumber). */
export function dayDate(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whether two dates can describe the same moment: two full dates at most `toleranceDays` apart,
 * or a partial date that contains the other ("2024-11" and "2024-11-01", "2024" and "2024-11").
 */
export function datesCompatible(a: IsoDate, b: IsoDate, toleranceDays: number): boolean {
  if (isFullDate(a) && isFullDate(b)) return Math.abs(dayNumber(a) - dayNumber(b)) <= toleranceDays;
  return a.startsWith(b) || b.startsWith(a);
}

/** How precise a date is: 3 for a day, 2 for a month, 1 for a year. */
export function precisionOf(date: IsoDate): number {
  return date.length === 10 ? 3 : date.length === 7 ? 2 : 1;
}

/**
 * The days a date (or a date range) may stand for, as day numbers: "2026-03" is 1 to 31 March,
 * "2026-03-28" to "2026-03-31" those four days. `precise` when both ends are full dates.
 */
export interface DaySpan {
  first: number;
  last: number;
  precise: boolean;
}

export function daySpan(date: IsoDate, endDate: IsoDate | null = null): DaySpan {
  const end = endDate !== null && endDate >= date ? endDate : date;
  return { first: firstDay(date), last: lastDay(end), precise: isFullDate(date) && isFullDate(end) };
}

/** The first day a date may stand for: "2026-03" → 2026-03-01. */
export function firstDay(date: IsoDate): number {
  return dayNumber(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
}

/** The last day a date may stand for: "2026-02" → 2026-02-28, "2026" → 2026-12-31. */
export function lastDay(date: IsoDate): number {
  if (date.length === 10) return dayNumber(date);
  const year = Number(date.slice(0, 4));
  const month = date.length === 7 ? Number(date.slice(5, 7)) : 12;
  // Day 0 of the next month is the last day of this one.
  return Math.round(Date.UTC(year, month, 0) / DAY_MS);
}

/** Days between two spans: 0 when they overlap. */
export function spanGap(a: DaySpan, b: DaySpan): number {
  return Math.max(0, b.first - a.last, a.first - b.last);
}
