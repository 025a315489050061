/**
 * A trip told with its length: "arrivé lundi à Riga pour une visite de trois jours", "began a three-day state visit
 * on Monday" runs from its first day to its last. The phrase, unit by unit, and end to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../../ingest/pipeline.js";
import { tripEnd, tripLengthIn } from "../../../../ingest/extract/events/trip-length.js";

function visitDays(body: string, published: string): Array<[string | null, string | null]> {
  const out = extractArticle({ source: "mem.txt", format: "txt", text: body, title: null, published, publisher: null });
  return out.events.filter((e) => e.type === "Visit").map((e) => [e.date ?? null, e.endDate ?? null]);
}

describe("the length of a trip", () => {
  it("reads the number of days of a visit, a trip, a tour, in words or digits", () => {
    expect(tripLengthIn("Il est arrivé lundi pour une visite officielle de trois jours.", "fr")).toBe(3);
    expect(tripLengthIn("au terme d'un déplacement de 2 jours", "fr")).toBe(2);
    expect(tripLengthIn("She began a four-day state visit on Monday.", "en")).toBe(4);
    expect(tripLengthIn("his 5-day trip to the region", "en")).toBe(5);
  });

  it("reads no length from other durations, single days or stays too long for a visit", () => {
    expect(tripLengthIn("Les négociations de trois jours ont échoué.", "fr")).toBeNull();
    expect(tripLengthIn("a three-day summit in Brussels", "en")).toBeNull();
    expect(tripLengthIn("a one-day visit", "en")).toBeNull();
    expect(tripLengthIn("a 90-day mission in the Baltic", "en")).toBeNull();
  });

  it("counts the last day from the first, across a month's end", () => {
    expect(tripEnd("2026-11-30", 3)).toBe("2026-12-02");
    expect(tripEnd("2026-11", 3)).toBeNull();
  });

  it("dates a visit from its first day to its last, end to end", () => {
    expect(visitDays("Le ministre Jean Morel est arrivé lundi à Riga pour une visite officielle de trois jours.", "2026-12-10")).toEqual([
      ["2026-12-07", "2026-12-09"],
    ]);
    expect(visitDays("Minister Jean Morel arrived in Riga on Monday for a two-day visit.", "2026-12-10")).toEqual([
      ["2026-12-07", "2026-12-08"],
    ]);
    expect(visitDays("Minister Jean Morel arrived in Riga on Monday.", "2026-12-10")).toEqual([["2026-12-07", null]]);
  });
});
