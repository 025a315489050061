/**
 * An office holder the article does not name, on one side of a meeting or a call: their country (or organisation)
 * takes part ("X s'est entretenu avec le chancelier allemand", "Le ministre indien de la Défense a rencontré X").
 * End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

function sides(body: string, ...types: string[]) {
  return namedEvents(body, "2026-03-04", ...types).map(({ type, participants }) => ({ type, participants }));
}

describe("an unnamed office holder takes part through their country", () => {
  it("as the object of the meeting's word: 'avec le chancelier allemand', 'with the German chancellor'", () => {
    expect(
      sides("Le Premier ministre grec, Nikos Varelas, s'est entretenu par téléphone mardi avec le chancelier allemand.", "Call"),
    ).toEqual([{ type: "Call", participants: ["Germany", "Nikos Varelas"] }]);
    expect(sides("Greek Prime Minister Nikos Varelas spoke by phone on Tuesday with the German chancellor.", "Call")).toEqual([
      { type: "Call", participants: ["Germany", "Nikos Varelas"] },
    ]);
  });

  it("as the subject opening the clause: 'Le ministre indien de la Défense a rencontré X', 'The Japanese foreign minister held talks with X'", () => {
    expect(
      sides(
        "Le ministre indien de la Défense a rencontré mercredi à New Delhi le chef d'état-major des armées françaises, le général Paul Ardant.",
        "Meeting",
      ),
    ).toEqual([{ type: "Meeting", participants: ["India", "Paul Ardant"] }]);
    expect(
      sides("The Japanese foreign minister held talks with Secretary of State Dana Whitfield in Washington on Monday.", "Meeting"),
    ).toEqual([{ type: "Meeting", participants: ["Dana Whitfield", "Japan"] }]);
  });

  it("not when the article names the holder of that office, nor for a title further in the clause", () => {
    const named = sides(
      "Le chancelier allemand, Otto Brandt, était à Athènes lundi. Le Premier ministre grec, Nikos Varelas, s'est entretenu mardi avec le chancelier allemand.",
      "Meeting",
    );
    expect(named.flatMap((e) => e.participants)).not.toContain("Germany");
    // The title is the one of someone taking part, of that country: "le Premier ministre britannique" is Keir Starmer.
    const taking = sides(
      "Keir Starmer se rendra à Pékin. Le Premier ministre britannique doit s'entretenir avec le président Xi Jinping.",
      "Meeting",
    );
    expect(taking.flatMap((e) => e.participants)).toContain("Keir Starmer");
    expect(taking.flatMap((e) => e.participants)).not.toContain("United Kingdom");
    const further = sides("Anna Berg met Tom Hale, an adviser to the German chancellor, in Bonn on Monday.", "Meeting");
    expect(further.flatMap((e) => e.participants)).not.toContain("Germany");
  });
});
