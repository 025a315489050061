/**
 * chrono-node's French and English readings of a text, kept where the year is written out
 * (certain, and four digits in the matched text): the calendar parts as certain as the text
 * makes them. A parser that throws reads nothing; this never throws.
 */
import * as chrono from "chrono-node";

export interface WrittenYearReading {
  result: chrono.ParsedResult;
  year: number;
  month: number | null;
  day: number | null;
}

/** One list of readings per parser, in text order: French first, English first when `englishFirst`. */
export function writtenYearReadings(text: string, englishFirst: boolean): WrittenYearReading[][] {
  const parsers = englishFirst ? [chrono.en, chrono.fr] : [chrono.fr, chrono.en];
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
