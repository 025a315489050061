import { ParsingContext } from "chrono-node";
import { describe, expect, it } from "vitest";
import { writtenYearReadings } from "../../../ingest/dates/chrono.js";
import { allPacks, packFor } from "../../../ingest/lang/registry.js";

const TEXTS = [
  "Le sommet se tiendra le 3 mars 2025 à Bruxelles, du 28 au 31 mars 2026.",
  "The leaders met on July 20, 2024 at 5pm, and again on 2024-11-03.",
  "Signé le 13/05/2024 à 10h30, il y a deux semaines, dans trois mois.",
  "Published November 9, 2024; updated 12/03/2025 09:12 GMT.",
  "Separately, the minister will visit Kyiv in September 2024 and in 2025.",
];

describe("writtenYearReadings: the packs' parsers, their patterns built once", () => {
  it("reads what each pack's chrono parser reads", () => {
    for (const text of TEXTS) {
      for (const language of ["en", "fr"]) {
        const own = packFor(language);
        const order = [...(own ? [own] : []), ...allPacks().filter((pack) => pack !== own)];
        const plain = order.map((pack) =>
          pack.chrono
            .parse(text, new Date(Date.UTC(2000, 0, 1)))
            .filter((r) => r.start.isCertain("year") && /\d{4}/u.test(r.text))
            .map((r) => [r.index, r.text]),
        );
        const read = writtenYearReadings(text, language).map((readings) => readings.map((r) => [r.result.index, r.result.text]));
        expect(read, text).toEqual(plain);
        expect(read.flat().length).toBeGreaterThan(0);
      }
    }
  });
  it("holds patterns that depend on no text nor reference date: each parser gives the same for any", () => {
    for (const pack of allPacks()) {
      for (const parser of pack.chrono.parsers) {
        const first = parser.pattern(new ParsingContext("le 3 mars 2025", new Date(Date.UTC(2000, 0, 1))));
        const second = parser.pattern(new ParsingContext("on July 20, 2024 at noon", new Date(Date.UTC(2031, 6, 15))));
        expect([second.source, second.flags]).toEqual([first.source, first.flags]);
      }
    }
  });
});
