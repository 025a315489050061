/**
 * chrono-node's readings of a text in every language pack's locale, kept where the year is written out
 * (certain, and four digits in the matched text): the calendar parts as certain as the text
 * makes them. A parser that throws reads nothing; this never throws.
 */
import type * as chrono from "chrono-node";
import { allPacks, packFor } from "../lang/registry.js";

export interface WrittenYearReading {
  result: chrono.ParsedResult;
  year: number;
  month: number | null;
  day: number | null;
}

/** One list of readings per language pack's parser, in text order: the article's language first, then the others. */
export function writtenYearReadings(text: string, language: string): WrittenYearReading[][] {
  const own = packFor(language);
  const parsers = [...(own ? [own] : []), ...allPacks().filter((pack) => pack !== own)].map((pack) => pack.chrono);
  return parsers.map((parser) => {
    let results: chrono.ParsedResult[];
    try {
      results = parser.parse(text, new Date(Date.UTC(2000, 0, 1)));
    } catch {
      return [];
    }
    const readings: WrittenYearReading[] = [];
    for (const result of results) {
      const start = result.start;
      if (!start.isCertain("year") || !/\d{4}/u.test(result.text)) continue;
      const year = start.get("year");
      if (year === null) continue;
      const month = start.isCertain("month") ? start.get("month") : null;
      const day = month !== null && start.isCertain("day") ? start.get("day") : null;
      readings.push({ result, year, month, day });
    }
    return readings;
  });
}
