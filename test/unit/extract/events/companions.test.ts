/**
 * Who goes with a participant takes part too: "X, accompanied by Y, visited Z", "X s'est rendu à Lorient en
 * compagnie du délégué Y". The subject an aside of companions follows is the participant, not the companion
 * nearest the verb. End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

function events(body: string, type: string, published = "2026-03-04") {
  // People only: a country or organisation taking part is not a companion.
  return namedEvents(body, published, type).map(({ participants, place }) => ({
    people: participants.filter((n) => !/^[A-Z][a-z]+$/.test(n) || n.includes(" ")),
    place,
  }));
}

describe("companions of a participant", () => {
  it("an aside of companions before the verb: the subject visits, and those with them", () => {
    expect(
      events(
        "La ministre des Armées, Hélène Rivaud, accompagnée du chef d'état-major des armées, le général Paul Ferrand, s'est rendue lundi à Brest.",
        "Visit",
      ),
    ).toEqual([{ people: ["Hélène Rivaud", "Paul Ferrand"], place: "Brest" }]);
    expect(
      events(
        "Dutch Defence Minister Anne Visser, accompanied by the chief of defence, General Onno Bakker, visited Vilnius on Monday.",
        "Visit",
      ),
    ).toEqual([{ people: ["Anne Visser", "Onno Bakker"], place: "Vilnius" }]);
  });

  it("companions after the verb join whoever the rules found", () => {
    expect(
      events(
        "Le ministre grec de la Défense, Nikos Andreou, s'est rendu mardi à Lorient en compagnie du délégué général pour l'armement, Paul Martel.",
        "Visit",
      ),
    ).toEqual([{ people: ["Nikos Andreou", "Paul Martel"], place: "Lorient" }]);
    expect(
      events("Dutch Defence Minister Anne Visser travelled to Vilnius on Monday, together with Foreign Minister Karel de Boer.", "Visit"),
    ).toEqual([{ people: ["Anne Visser", "Karel de Boer"], place: "Vilnius" }]);
  });

  it("several companions joined by 'et'/'and' all go", () => {
    expect(
      events(
        "Le Premier ministre belge Marc Janssens, aux côtés du ministre Luc Peeters et de la ministre Ann De Smet, s'est rendu jeudi à Kinshasa.",
        "Visit",
      ),
    ).toEqual([{ people: ["Ann De Smet", "Luc Peeters", "Marc Janssens"], place: "Kinshasa" }]);
  });

  it("a meeting's subject and companions meet the host", () => {
    expect(
      events(
        "Le président sénégalais Amadou Fall, accompagné de son ministre des Affaires étrangères Moussa Diop, a rencontré mercredi à Paris le président Emmanuel Macron.",
        "Meeting",
      ).map((e) => e.people),
    ).toEqual([["Amadou Fall", "Emmanuel Macron", "Moussa Diop"]]);
  });

  it("a companion of someone else in the sentence does not join the event", () => {
    // Z goes with Y to Lyon; X's visit to Paris is X's alone.
    const visits = events(
      "Le ministre Jean Morel s'est rendu lundi à Marseille, tandis que la ministre Claire Dubois, accompagnée du préfet Henri Lacoste, se rendait à Lyon.",
      "Visit",
    );
    const marseille = visits.find((v) => v.place === "Marseille");
    expect(marseille?.people).toEqual(["Jean Morel"]);
  });

  it("no one past the event's verb or inside a relative clause goes with the subject", () => {
    expect(
      events(
        "Dutch Defence Minister Anne Visser, accompanied by her advisers, visited the office of Prime Minister Jan Smit in Vilnius on Monday.",
        "Visit",
      ).map((e) => e.people),
    ).toEqual([["Anne Visser"]]);
    expect(
      events(
        "Dutch Defence Minister Anne Visser, accompanied by officials who had met Foreign Minister Karel de Boer, visited Vilnius on Monday.",
        "Visit",
      ).map((e) => e.people),
    ).toEqual([["Anne Visser"]]);
  });

  it("a cue with no person after it adds no one", () => {
    expect(
      events("Dutch Defence Minister Anne Visser, accompanied by a delegation of industry leaders, visited Vilnius on Monday.", "Visit"),
    ).toEqual([{ people: ["Anne Visser"], place: "Vilnius" }]);
  });
});
