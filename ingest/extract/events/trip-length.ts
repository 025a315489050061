/**
 * "arrivé lundi à Paris pour une visite de trois jours", "began a three-day state visit on Monday": a visit dated by
 * its first day, told with its length, runs to its last day. The phrases are the language packs' (dating.TRIP_LENGTH),
 * the number words theirs too.
 */
import type { IsoDate } from "../../../src/model/extraction.js";
import { addDays, formatDay, parseIsoDate } from "../../dates/iso.js";
import { packFor } from "../../lang/registry.js";

/** The longest trip read as one visit: a longer stay ("a six-month deployment") is no visit's length. */
const MAX_TRIP_DAYS = 21;

/** The number of days a trip told in `text` lasts, or null. */
export function tripLengthIn(text: string, language: string): number | null {
  const pack = packFor(language);
  if (!pack) return null;
  const match = pack.dating.TRIP_LENGTH.exec(text);
  const word = match?.[1]?.toLowerCase();
  if (!word) return null;
  const days = /^\d+$/u.test(word) ? Number(word) : pack.numbers.NUMBER_WORDS_TO_TWENTY[word];
  return days !== undefined && days >= 2 && days <= MAX_TRIP_DAYS ? days : null;
}

/** The last day of a trip that starts on `first` (a day) and lasts `days` days. */
export function tripEnd(first: IsoDate, days: number): IsoDate | null {
  const start = parseIsoDate(first);
  if (!start || start.month === null || start.day === null) return null;
  return formatDay(addDays({ year: start.year, month: start.month, day: start.day }, days - 1));
}
