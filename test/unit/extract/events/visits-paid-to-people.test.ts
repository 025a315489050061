/**
 * Meetings told as a visit paid to someone: "X called on President Y at the palace" (not "X called on Y to step down"),
 * "X a rendu une visite de courtoisie au président Y", "X paid a courtesy visit to President Y"; and "X a appelé le
 * président Y à la retenue" is no call. End to end on our own sentences, French and English.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const PUBLISHED = "2026-12-04";

function events(body: string, ...types: string[]) {
  return namedEvents(body, PUBLISHED, ...types).map(({ type, status, participants, place }) => ({ type, status, participants, place }));
}

describe("'called on' someone", () => {
  it("is a meeting with each one called on, at each one's place ('called on Y in Lisbon and on Z in Porto')", () => {
    expect(
      events(
        "Kenyan Foreign Minister Daniel Otieno called on President Marta Nunes in Lisbon on Tuesday and on Prime Minister Rui Barros in Porto on Wednesday.",
        "Meeting",
      ),
    ).toEqual([
      { type: "Meeting", status: "occurred", participants: ["Daniel Otieno", "Marta Nunes"], place: "Lisbon" },
      { type: "Meeting", status: "occurred", participants: ["Daniel Otieno", "Rui Barros"], place: "Porto" },
    ]);
    expect(
      events("Kenyan Foreign Minister Daniel Otieno will call on Portuguese President Marta Nunes in Lisbon next week.", "Meeting"),
    ).toEqual([{ type: "Meeting", status: "planned", participants: ["Daniel Otieno", "Marta Nunes"], place: "Lisbon" }]);
  });

  it("is no meeting when it urges ('called on Y to …', 'called on Y and Z for restraint', 'called on the world', 'a appelé Y à')", () => {
    expect(events("Kenyan Foreign Minister Daniel Otieno called on Portuguese President Marta Nunes to free the fishermen.")).toEqual([]);
    expect(
      events(
        "Kenyan Foreign Minister Daniel Otieno called on President Marta Nunes and Prime Minister Rui Barros for restraint on Tuesday.",
      ),
    ).toEqual([]);
    expect(events("Kenyan Foreign Minister Daniel Otieno called on the international community to act.")).toEqual([]);
    expect(events("Kenyan Foreign Minister Daniel Otieno calls on Portugal to reopen its embassy.")).toEqual([]);
    expect(
      events(
        "Le ministre kényan des Affaires étrangères Daniel Otieno a appelé le président portugais Marta Nunes à libérer les pêcheurs.",
      ),
    ).toEqual([]);
  });

  it("a call that urges nothing stays a call ('a appelé mardi le président Y')", () => {
    expect(
      events("Le ministre kényan des Affaires étrangères Daniel Otieno a appelé mardi le président portugais Marta Nunes.", "Call"),
    ).toEqual([{ type: "Call", status: "occurred", participants: ["Daniel Otieno", "Marta Nunes"], place: null }]);
  });
});

describe("a visit paid to someone", () => {
  it("is a meeting with that one too ('a rendu une visite de courtoisie au président Y', 'paid a courtesy visit to President Y')", () => {
    expect(
      events(
        "Le ministre kényan des Affaires étrangères Daniel Otieno a rendu mardi une visite de courtoisie au président portugais Marta Nunes à Lisbonne.",
        "Meeting",
      ),
    ).toEqual([{ type: "Meeting", status: "occurred", participants: ["Daniel Otieno", "Marta Nunes"], place: "Lisbon" }]);
    expect(
      events(
        "Le ministre kényan des Affaires étrangères Daniel Otieno rendra visite jeudi à la présidente portugaise Marta Nunes.",
        "Meeting",
      ),
    ).toEqual([{ type: "Meeting", status: "planned", participants: ["Daniel Otieno", "Marta Nunes"], place: null }]);
    expect(
      events(
        "Kenyan Foreign Minister Daniel Otieno paid a courtesy visit to Portuguese President Marta Nunes in Lisbon on Tuesday.",
        "Meeting",
      ),
    ).toEqual([{ type: "Meeting", status: "occurred", participants: ["Daniel Otieno", "Marta Nunes"], place: "Lisbon" }]);
  });

  it("not a visit to a place, nor to one's country, nor by someone ('se rendra à Lisbonne', 'a visit to President Y's hometown')", () => {
    expect(events("Le ministre kényan des Affaires étrangères Daniel Otieno se rendra à Lisbonne jeudi.", "Meeting")).toEqual([]);
    expect(
      events("Kenyan Foreign Minister Daniel Otieno will pay a visit to President Marta Nunes's hometown of Braga next week.", "Meeting"),
    ).toEqual([]);
    expect(
      events("La visite du président portugais Marta Nunes à Nairobi a été saluée par le ministre kényan Daniel Otieno.", "Meeting"),
    ).toEqual([]);
  });
});
