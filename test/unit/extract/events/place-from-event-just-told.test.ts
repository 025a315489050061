/**
 * A meeting or a signing that names no place, told in the story sentence right after an event of its people that took
 * place somewhere, on that event's day, is held there too, a paragraph's end between them or not. End to end on our own
 * sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const events = (body: string, published = "2026-12-09") =>
  namedEvents(body, published, "Meeting", "Signing", "Call").map(({ type, date, participants, place }) => ({
    type,
    date,
    participants,
    place,
  }));

const placeOf = (found: ReturnType<typeof events>, type: string, person: string) =>
  found.find((e) => e.type === type && e.participants.includes(person))?.place;

describe("the place of the event just told, carried to the next one", () => {
  it("carries a trip's place to a meeting told in the next paragraph, and on to a signing told after it", () => {
    const fr = events(
      "Le ministre Paul Verdier est arrivé lundi à Tallinn.\n\nIl s'est entretenu avec son homologue estonien Kaarel Tamm.\n\nLes deux ministres ont signé une déclaration d'intention.",
    );
    expect(fr).toContainEqual({ type: "Meeting", date: "2026-12-07", participants: ["Kaarel Tamm", "Paul Verdier"], place: "Tallinn" });
    expect(fr).toContainEqual({ type: "Signing", date: "2026-12-07", participants: ["Kaarel Tamm", "Paul Verdier"], place: "Tallinn" });
    const en = events(
      "Danish Defence Minister Mette Kragh arrived in Vilnius on Monday. She later met Jonas Petraitis, the speaker of the parliament.\n\nThe two also signed a memorandum on air defence.",
    );
    expect(placeOf(en, "Signing", "Mette Kragh")).toBe("Vilnius");
  });

  it("carries it into a meeting of the next paragraph held on that day at a venue the knowledge base does not know", () => {
    const fr = events(
      "Le ministre Henri Duclos s'est rendu mercredi à Rome.\n\nIl s'est entretenu avec le président italien Marco Bellini au palais du Quirinal.",
      "2026-12-11",
    );
    expect(placeOf(fr, "Meeting", "Marco Bellini")).toBe("Rome");
  });

  it("past a paragraph's end, carries it to a sentence that goes on with the story, or within a trip whose days are told", () => {
    const goesOn = events(
      "Le 3 décembre, le ministre Paul Verdier a reçu à Rome son homologue slovène Janez Novak.\n\nLes deux ministres ont également signé un accord.",
    );
    expect(placeOf(goesOn, "Signing", "Janez Novak")).toBe("Rome");
    const toldDays = events(
      "La ministre Anne Morel est arrivée mardi à Jakarta pour une visite de deux jours.\n\nAnne Morel s'est entretenue avec le président indonésien Budi Santoso au palais présidentiel.",
    );
    expect(placeOf(toldDays, "Meeting", "Budi Santoso")).toBe("Jakarta");
  });

  it("carries nothing to a meeting of another day, one told as earlier, or a call", () => {
    const otherDay = events(
      "Le ministre Paul Verdier a rencontré lundi à Tallinn le président estonien Alar Kask.\n\nLe lendemain, il s'est entretenu avec son homologue letton Andris Kalnins.",
    );
    expect(placeOf(otherDay, "Meeting", "Andris Kalnins")).toBeNull();
    const earlier = events(
      "Danish Defence Minister Mette Kragh met Latvian Prime Minister Andris Kalnins in Riga on Monday.\n\nKragh had met Estonian Defence Minister Kaarel Tamm.",
    );
    expect(placeOf(earlier, "Meeting", "Kaarel Tamm")).not.toBe("Riga");
    const call = events(
      "Danish Defence Minister Mette Kragh met Latvian Prime Minister Andris Kalnins in Riga on Monday.\n\nKragh also spoke by phone with Estonian Defence Minister Kaarel Tamm.",
    );
    expect(placeOf(call, "Call", "Kaarel Tamm")).toBeNull();
  });

  it("carries nothing to a meeting of other people, nor past a sentence naming another place", () => {
    const others = events(
      "Le ministre Paul Verdier est arrivé lundi à Tallinn.\n\nLe même jour, le président letton Andris Kalnins a rencontré le Premier ministre finlandais Mikko Virtanen.",
    );
    expect(placeOf(others, "Meeting", "Mikko Virtanen")).toBeNull();
    const moved = events(
      "Danish Defence Minister Mette Kragh met Latvian Prime Minister Andris Kalnins in Riga on Monday before flying to Helsinki.\n\nKragh also met Estonian Defence Minister Kaarel Tamm on Monday.",
    );
    expect(placeOf(moved, "Meeting", "Kaarel Tamm")).not.toBe("Riga");
  });
});
