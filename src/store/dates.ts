/**
 * Comparing ISO calendar dates that may be partial ("2026", "2026-01", "2026-01-31"), as the
 * extraction contract allows. Pure functions over strings; no time zones involved.
 */
import type { IsoDate } from "../model/extraction.js";

const DAY_MS = 86_400_000;

/** Whether the date names a single day ("2026-01-31"), not a month or a year. */
function isFullDate(date: IsoDate): boolean {
  return date.length === 10;
}

/** Days since 1970-01-01 of a full date. */
function dayNumber(date: IsoDate): number {
  if (!isFullDate(date)) throw new Error(`entente/store: ${date} is not a full date (YYYY-MM-DD)`);
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/**
 * Whether two dates can describe the same moment: two full dates at most `toleranceDays` apart,
 * or a partial date that contains the other ("2024-11" and "2024-11-01", "2024" and "2024-11").
 */
export function datesCompatible(a: IsoDate, b: IsoDate, toleranceDays: number): boolean {
  if (isFullDate(a) && isFullDate(b)) return Math.abs(dayNumber(a) - dayNumber(b)) <= toleranceDays;
  return a.startsWith(b) || b.startsWith(a);
}

/** Of two compatible dates, the more precise one (the first when equally precise). */
export function morePreciseDate(a: IsoDate, b: IsoDate): IsoDate {
  return b.length > a.length ? b : a;
}
