/**
 * People told in a sentence of their own as joining an event already told: "Defence Ministers X and Y are expected to
 * join the talks", "Les ministres X et Y doivent se joindre aux pourparlers", "He is accompanied by a delegation that
 * includes Deputy Minister Y". End to end on our own sentences, French and English.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const PUBLISHED = "2026-12-04";

function events(body: string, type: string) {
  return namedEvents(body, PUBLISHED, type).map(({ status, participants, place }) => ({ status, participants, place }));
}

describe("people joining an event told before", () => {
  it("take part in it ('are expected to join the talks', 'doivent se joindre aux pourparlers')", () => {
    expect(
      events(
        "Chilean Foreign Minister Rosa Vidal and Argentine Foreign Minister Tomas Ferro will hold talks in Santiago next week. Chilean Defence Minister Hugo Lagos and Argentine Defence Minister Luis Peralta are expected to join the talks.",
        "Meeting",
      ),
    ).toEqual([{ status: "planned", participants: ["Hugo Lagos", "Luis Peralta", "Rosa Vidal", "Tomas Ferro"], place: "Santiago" }]);
    expect(
      events(
        "La ministre chilienne des Affaires étrangères Rosa Vidal et son homologue argentin Tomas Ferro tiendront des pourparlers à Santiago la semaine prochaine. Le ministre chilien de la Défense Hugo Lagos et son homologue argentin Luis Peralta doivent se joindre aux pourparlers.",
        "Meeting",
      ),
    ).toEqual([{ status: "planned", participants: ["Hugo Lagos", "Luis Peralta", "Rosa Vidal", "Tomas Ferro"], place: "Santiago" }]);
  });

  it("a summit first told with 'au' and its own organisation is an event of its own ('participera au sommet de l'Union africaine')", () => {
    expect(
      events(
        "La ministre chilienne des Affaires étrangères Rosa Vidal participera au sommet de l'Union africaine à Addis-Abeba.",
        "Meeting",
      ),
    ).toEqual([{ status: "planned", participants: ["African Union", "Rosa Vidal"], place: "Addis Ababa" }]);
  });
});

describe("companions told in a sentence of their own", () => {
  it("go with the subject on the trip just told ('He is accompanied by a delegation that includes Y', 'Il est accompagné d'une délégation comprenant Y')", () => {
    expect(
      events(
        "Kenyan Foreign Minister Daniel Otieno arrived in Lisbon on Monday for a three-day visit. He is accompanied by a delegation that includes Deputy Minister Grace Wanjiru.",
        "Visit",
      ),
    ).toEqual([{ status: "occurred", participants: ["Daniel Otieno", "Grace Wanjiru"], place: "Lisbon" }]);
    expect(
      events(
        "Le ministre kényan des Affaires étrangères Daniel Otieno se rendra lundi à Lisbonne pour une visite de trois jours. Il sera accompagné d'une délégation comprenant la vice-ministre Grace Wanjiru.",
        "Visit",
      ),
    ).toEqual([{ status: "planned", participants: ["Daniel Otieno", "Grace Wanjiru"], place: "Lisbon" }]);
  });

  it("go with the subject to the meeting just told when no trip was ('He was accompanied by Y and Z')", () => {
    expect(
      events(
        "Kenyan Foreign Minister Daniel Otieno met Portuguese President Marta Nunes in Lisbon on Monday. He was accompanied by Deputy Minister Grace Wanjiru and Ambassador Peter Kamau.",
        "Meeting",
      ),
    ).toEqual([{ status: "occurred", participants: ["Daniel Otieno", "Grace Wanjiru", "Marta Nunes", "Peter Kamau"], place: "Lisbon" }]);
  });

  it("not with no event told before, nor when the cue's subject is a thing ('The exhibition, accompanied by a concert by Y')", () => {
    expect(
      events("Kenyan Foreign Minister Daniel Otieno praised the reforms. He is accompanied by Deputy Minister Grace Wanjiru.", "Visit"),
    ).toEqual([]);
    expect(
      events(
        "Kenyan Foreign Minister Daniel Otieno arrived in Lisbon on Monday for a three-day visit. The exhibition, accompanied by a concert by pianist Grace Wanjiru, opened on Sunday.",
        "Visit",
      ),
    ).toEqual([{ status: "occurred", participants: ["Daniel Otieno"], place: "Lisbon" }]);
  });
});
