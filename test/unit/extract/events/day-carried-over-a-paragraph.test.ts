/**
 * An undated event opening a paragraph, in a sentence that carries on the story ("He also held talks with Z", « Il
 * s'est également entretenu avec Z »), takes the day and place of the dated event of one of its people told right
 * before. End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const meetingWith = (person: string, body: string, published = "2026-12-09") => {
  const found = namedEvents(body, published, "Meeting").find((e) => e.participants.includes(person));
  return found ? { date: found.date, place: found.place } : null;
};

describe("the day of the event just told, carried over a paragraph's end", () => {
  it("gives its day and place to a meeting of one of its people told with « également », « also » or a pronoun", () => {
    expect(
      meetingWith(
        "Marco Bellini",
        "Le 3 décembre, le ministre Paul Verdier a reçu à Rome son homologue slovène Janez Novak.\n\nIl s'est également entretenu avec le président italien Marco Bellini.",
      ),
    ).toEqual({ date: "2026-12-03", place: "Rome" });
    expect(
      meetingWith(
        "Marco Bellini",
        "On December 3, Defence Minister Paul Verdier met his Slovenian counterpart Janez Novak in Rome.\n\nHe also held talks with Italian President Marco Bellini.",
      ),
    ).toEqual({ date: "2026-12-03", place: "Rome" });
  });

  it("gives nothing to a call told after it", () => {
    const call = namedEvents(
      "On December 3, Defence Minister Paul Verdier met his Slovenian counterpart Janez Novak in Rome.\n\nHe also spoke by video link with Japanese Defence Minister Kenji Sato.",
      "2026-12-09",
      "Call",
    ).find((e) => e.participants.includes("Kenji Sato"));
    expect(call?.place).toBeNull();
  });

  it("gives nothing to a paragraph that opens on other people, on another place, or to a plan", () => {
    expect(
      meetingWith(
        "Klaus Weber",
        "On December 3, Defence Minister Paul Verdier met his Slovenian counterpart Janez Novak in Rome.\n\nItalian President Marco Bellini met German Chancellor Klaus Weber.",
      ),
    ).not.toEqual({ date: "2026-12-03", place: "Rome" });
    expect(
      meetingWith(
        "Marco Bellini",
        "On December 3, Defence Minister Paul Verdier met his Slovenian counterpart Janez Novak in Rome.\n\nHe also held talks in Milan with Italian President Marco Bellini.",
      )?.date,
    ).not.toBe("2026-12-03");
    expect(
      meetingWith(
        "Marco Bellini",
        "Le 3 décembre, le ministre Paul Verdier a reçu à Rome son homologue slovène Janez Novak.\n\nIl doit également s'entretenir avec le président italien Marco Bellini.",
      ),
    ).not.toEqual({ date: "2026-12-03", place: "Rome" });
  });
});
