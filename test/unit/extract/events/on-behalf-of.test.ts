/**
 * The one on whose behalf an event is held is not at it: "X received Y on behalf of King Z", "X a reçu Y au nom du roi
 * Z". End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

function meetings(body: string) {
  return namedEvents(body, "2026-03-04", "Meeting").map(({ participants }) => participants);
}

describe("on behalf of someone", () => {
  it("leaves the one represented out of the event, French and English", () => {
    expect(
      meetings("Le prince héritier jordanien Hassan Nabulsi a reçu mardi à Amman le président Paul Morel au nom du roi Rashid II."),
    ).toEqual([["Hassan Nabulsi", "Paul Morel"]]);
    expect(
      meetings("Jordan's Crown Prince Hassan Nabulsi received President Paul Morel in Amman on Tuesday on behalf of King Rashid II."),
    ).toEqual([["Hassan Nabulsi", "Paul Morel"]]);
  });

  it("keeps a participant named after another preposition", () => {
    expect(
      meetings("Crown Prince Hassan Nabulsi received President Paul Morel in Amman on Tuesday in the presence of King Rashid II."),
    ).toEqual([["Hassan Nabulsi", "Paul Morel", "Rashid II"]]);
  });
});
