/**
 * A meeting or a signing that names no place, of a traveller whose trip was told just before, on a day of that trip,
 * took place where the trip went. End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const meetings = (body: string, published = "2026-12-10") =>
  namedEvents(body, published, "Meeting", "Signing").map(({ type, date, place }) => ({ type, date, place }));

describe("the place of what happened during a trip", () => {
  it("a meeting on a day of the trip, told after it with no place, is where the trip went", () => {
    expect(
      meetings("Le ministre Jean Morel est arrivé mercredi à Riga. Il s'entretiendra jeudi avec son homologue letton Andris Kalnins."),
    ).toEqual([{ type: "Meeting", date: "2026-12-10", place: "Riga" }]);
    expect(
      meetings(
        "Minister Jean Morel arrived in Riga on Monday for a three-day visit. On Wednesday he met Latvian Prime Minister Andris Kalnins.",
      ),
    ).toEqual([{ type: "Meeting", date: "2026-12-09", place: "Riga" }]);
  });

  it("leaves a meeting with no place when it falls outside the trip's days, or the traveller is not in it", () => {
    expect(
      meetings(
        "Minister Jean Morel arrived in Riga on Monday for a two-day visit. On Friday he met Latvian Prime Minister Andris Kalnins.",
      ),
    ).toEqual([{ type: "Meeting", date: "2026-12-04", place: null }]);
    expect(
      meetings(
        "Minister Jean Morel arrived in Riga on Monday. On Tuesday, German Chancellor Paul Weber met Latvian Prime Minister Andris Kalnins.",
      ),
    ).toEqual([{ type: "Meeting", date: "2026-12-08", place: null }]);
  });
});
