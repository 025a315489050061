/**
 * A meeting, then an earlier one of the same subject told after it: "X a rencontré Y samedi, un jour après s'être
 * entretenu par téléphone avec Z", "X met Y, two days after meeting Z". Each event has its own counterpart, the
 * subject in both; none takes the other's. End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const gatherings = (body: string) =>
  namedEvents(body, "2026-12-03", "Meeting", "Call").map(({ type, date, participants }) => ({ type, date, participants }));

describe("an earlier meeting told after the sentence's own, 'après avoir …', 'after meeting …'", () => {
  it("'un jour après s'être entretenu par téléphone avec Z': the call is Z's, the meeting Y's", () => {
    const fr = gatherings(
      "Le ministre belge Paul Verdier a rencontré samedi à Varsovie son homologue Tomasz Nowak, un jour après s'être entretenu par téléphone avec le ministre allemand Klaus Weber.",
    );
    expect(fr).toContainEqual({ type: "Meeting", date: "2026-11-28", participants: ["Paul Verdier", "Tomasz Nowak"] });
    expect(fr).toContainEqual({ type: "Call", date: "2026-11-27", participants: ["Klaus Weber", "Paul Verdier"] });
    expect(fr).toHaveLength(2);
    const en = gatherings(
      "Belgian Foreign Minister Paul Verdier met his counterpart Tomasz Nowak in Warsaw on Saturday, a day after speaking by phone with German minister Klaus Weber.",
    );
    expect(en).toContainEqual({ type: "Meeting", date: "2026-11-28", participants: ["Paul Verdier", "Tomasz Nowak"] });
    expect(en).toContainEqual({ type: "Call", date: "2026-11-27", participants: ["Klaus Weber", "Paul Verdier"] });
    expect(en).toHaveLength(2);
  });

  it("'deux jours après avoir rencontré Z', 'two days after meeting Z': two meetings, one counterpart each", () => {
    const fr = gatherings(
      "Le ministre belge Paul Verdier a reçu lundi à Bruxelles la ministre espagnole Lucia Ortega, deux jours après avoir rencontré à Paris le président français Henri Marchal.",
    );
    expect(fr).toContainEqual({ type: "Meeting", date: "2026-11-30", participants: ["Lucia Ortega", "Paul Verdier"] });
    expect(fr).toContainEqual({ type: "Meeting", date: "2026-11-28", participants: ["Henri Marchal", "Paul Verdier"] });
    const en = gatherings(
      "Belgian Foreign Minister Paul Verdier held talks with Spanish minister Lucia Ortega in Brussels on Monday, two days after meeting French President Henri Marchal in Paris.",
    );
    expect(en).toContainEqual({ type: "Meeting", date: "2026-11-30", participants: ["Lucia Ortega", "Paul Verdier"] });
    expect(en).toContainEqual({ type: "Meeting", date: "2026-11-28", participants: ["Henri Marchal", "Paul Verdier"] });
  });

  it("not a second meeting: 'après la réunion de …', 'après être arrivé', 'Y et Z' met together", () => {
    const occasion = gatherings("Le ministre belge Paul Verdier a rencontré samedi son homologue Tomasz Nowak après la réunion de l'OTAN.");
    expect(occasion.filter((e) => e.participants.includes("Tomasz Nowak"))).toHaveLength(1);
    const arrival = gatherings(
      "Le ministre belge Paul Verdier a rencontré samedi son homologue Tomasz Nowak, peu après être arrivé à Varsovie.",
    );
    expect(arrival.map((e) => e.participants)).toEqual([["Paul Verdier", "Tomasz Nowak"]]);
    const together = gatherings(
      "Belgian Foreign Minister Paul Verdier met Polish minister Tomasz Nowak and German minister Klaus Weber on Saturday after arriving in Warsaw.",
    );
    expect(together.map((e) => e.participants)).toEqual([["Klaus Weber", "Paul Verdier", "Tomasz Nowak"]]);
  });
});
