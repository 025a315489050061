/**
 * A place pronoun or adverb of the event's clause ("Il y a rencontré Y", "Il s'y est entretenu avec Y", "He met Y
 * there") stands for the place just named: the event is held there. End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const placeOfMeetingWith = (person: string, body: string, published = "2026-12-11") =>
  namedEvents(body, published, "Meeting", "Call").find((e) => e.participants.includes(person))?.place;

describe("the place a pronoun or an adverb of place stands for", () => {
  it("gives the place named in the sentence before to a meeting told with « y » or « sur place »", () => {
    expect(
      placeOfMeetingWith(
        "Marco Bellini",
        "Le ministre Henri Duclos a participé jeudi à une conférence à Rome. Il y a rencontré le président italien Marco Bellini.",
      ),
    ).toBe("Rome");
    expect(
      placeOfMeetingWith(
        "Marco Bellini",
        "Le ministre Henri Duclos s'est rendu jeudi à Rome. Il s'y est entretenu avec le président italien Marco Bellini.",
      ),
    ).toBe("Rome");
    expect(
      placeOfMeetingWith(
        "Kaarel Tamm",
        "La ministre Anne Morel a inauguré mardi une exposition à Tallinn. Elle a rencontré sur place le ministre estonien Kaarel Tamm.",
      ),
    ).toBe("Tallinn");
  });

  it("gives it to a meeting told with « there », and to one whose place is named before the word in its sentence", () => {
    expect(
      placeOfMeetingWith(
        "Marco Bellini",
        "French Foreign Minister Henri Duclos attended a conference in Rome on Thursday. He met Italian President Marco Bellini there.",
      ),
    ).toBe("Rome");
    expect(
      placeOfMeetingWith(
        "Marco Bellini",
        "Le ministre Henri Duclos a pris part jeudi à un forum à Rome et y a rencontré le président italien Marco Bellini.",
      ),
    ).toBe("Rome");
  });

  it("gives nothing when the places named before cannot be one, nor for « il y a » telling a date", () => {
    expect(
      placeOfMeetingWith(
        "Luc Peeters",
        "La ministre Anne Morel a comparé mardi les budgets de défense de Paris et de Berlin. Elle y a rencontré le ministre belge Luc Peeters.",
      ),
    ).toBeNull();
    expect(
      placeOfMeetingWith(
        "Luc Peeters",
        "La ministre Anne Morel a inauguré mardi une exposition à Tallinn.\n\nIl y a deux jours, elle a rencontré le ministre belge Luc Peeters.",
      ),
    ).toBeNull();
  });

  it("gives nothing for « there » telling that something is, nor where one comes from, nor to a call", () => {
    expect(
      placeOfMeetingWith(
        "Luc Peeters",
        "Minister Anne Morel opened an exhibition in Tallinn on Tuesday.\n\nShe also met Belgian Minister Luc Peeters although there was no joint statement.",
      ),
    ).not.toBe("Tallinn");
    expect(
      placeOfMeetingWith(
        "Luc Peeters",
        "Minister Anne Morel opened an exhibition in Tallinn on Tuesday.\n\nShe spoke by phone from there with Belgian Minister Luc Peeters.",
      ),
    ).toBeNull();
  });
});
