/**
 * chrono-node's readings of a text in every language pack's locale, kept where the year is written out
 * (certain, and four digits in the matched text): the calendar parts as certain as the text
 * makes them. A parser that throws reads nothing; this never throws.
 */
import { Chrono, type Parser, type ParsedResult } from "chrono-node";
import type { LanguagePack } from "../lang/types.js";
import { allPacks, packFor } from "../lang/registry.js";

export interface WrittenYearReading {
  result: ParsedResult;
  year: number;
  month: number | null;
  day: number | null;
}

/**
 * A parser that builds its pattern once: chrono asks each of its parsers for its pattern at every parse, and a few build
 * a new one each time (a RegExp from their word lists, for every sentence). A pattern depends on the parser and the
 * parse's options alone, never on the text or the reference date (test/unit/dates/chrono.test.ts checks it of every
 * pack's parsers), and every parse here passes the same options (none): the first one built serves every parse. A
 * global or sticky pattern, whose matching would carry its last index from one parse to the next, is asked anew.
 */
function withPatternBuiltOnce(parser: Parser): Parser {
  let built: RegExp | null = null;
  return {
    pattern(context) {
      if (built !== null) return built;
      const pattern = parser.pattern(context);
      if (!pattern.global && !pattern.sticky) built = pattern;
      return pattern;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

/** Each pack's chrono parser, the same parsers and refiners, their patterns built once (withPatternBuiltOnce). */
const parserOf = new Map<LanguagePack, Chrono>(
  allPacks().map((pack) => [
    pack,
    new Chrono({ parsers: pack.chrono.parsers.map(withPatternBuiltOnce), refiners: [...pack.chrono.refiners] }),
  ]),
);

/** One list of readings per language pack's parser, in text order: the article's language first, then the others. */
export function writtenYearReadings(text: string, language: string): WrittenYearReading[][] {
  const own = packFor(language);
  const parsers = [...(own ? [own] : []), ...allPacks().filter((pack) => pack !== own)].map((pack) => parserOf.get(pack) ?? pack.chrono);
  return parsers.map((parser) => {
    let results: ParsedResult[];
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
