/**
 * People told in a sentence of their own as joining an event already told: "Defence Ministers X and Y are expected to
 * join the talks", "Les ministres X et Y doivent se joindre aux pourparlers". End to end on our own sentences, French
 * and English.
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
