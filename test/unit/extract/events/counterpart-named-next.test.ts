/**
 * A counterpart left unnamed in the meeting's sentence and named in the next one: "X met his Australian
 * counterpart on Monday. Australia's Y said …" makes Y the other side, not Australia, when the next sentence
 * gives Y the counterpart's country (a possessive, a demonym, an office, the knowledge base) and no other
 * office. A title whose holder the document never names meets as its country. End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

function meetings(body: string, published = "2026-03-04") {
  return namedEvents(body, published, "Meeting").map((e) => e.participants);
}

const MET = "Japanese Foreign Minister Hiroshi Tanaka met his Australian counterpart in Tokyo on Monday.";
const RECU = "Le ministre japonais des Affaires étrangères Hiroshi Tanaka a reçu mardi à Tokyo son homologue australienne.";

describe("a counterpart named in the next sentence", () => {
  it("is the person the next sentence gives the counterpart's country", () => {
    expect(meetings(`${MET} Australia's Claire Dawson said the talks were productive.`)).toEqual([["Claire Dawson", "Hiroshi Tanaka"]]);
    expect(meetings(`${MET} Australian Foreign Minister Claire Dawson said the talks were productive.`)).toEqual([
      ["Claire Dawson", "Hiroshi Tanaka"],
    ]);
    expect(meetings(`${RECU} L'Australienne Claire Dawson a salué un partenariat solide.`)).toEqual([["Claire Dawson", "Hiroshi Tanaka"]]);
    // Known to the knowledge base as Australia's foreign minister, with no country said.
    expect(meetings(`${RECU} Penny Wong a salué un partenariat solide.`)).toEqual([["Hiroshi Tanaka", "Penny Wong"]]);
  });

  it("is not someone of another country, nor one of another office, nor one of two", () => {
    const stays = [["Australia", "Hiroshi Tanaka"]];
    expect(meetings(`${MET} Japan's Prime Minister Kenji Mori said the talks were productive.`)).toEqual(stays);
    expect(meetings(`${MET} Analyst John Carter said the talks were productive.`)).toEqual(stays);
    expect(meetings(`${MET} Australian Prime Minister Mark Gibson said the talks were productive.`)).toEqual(stays);
    expect(meetings(`${MET} Australia's Claire Dawson and Australia's Tom Reid said the talks were productive.`)).toEqual(stays);
    expect(meetings(`${RECU} Le Japonais Kenji Mori a salué un partenariat solide.`)).toEqual(stays);
  });

  it("looks at the next sentence only", () => {
    expect(meetings(`${MET} The talks lasted two hours. Australia's Claire Dawson later flew to Seoul.`)).toEqual([
      ["Australia", "Hiroshi Tanaka"],
    ]);
  });
});

describe("a title whose holder is never named, meeting a counterpart", () => {
  it("meets as its country ('Le ministre japonais des Affaires étrangères a reçu son homologue australienne')", () => {
    expect(meetings("Le ministre japonais des Affaires étrangères a reçu mardi son homologue australienne.")).toEqual([
      ["Australia", "Japan"],
    ]);
    expect(meetings("Japan's foreign minister held talks with his Australian counterpart in Tokyo on Monday.")).toEqual([
      ["Australia", "Japan"],
    ]);
  });

  it("with the counterpart named next", () => {
    expect(
      meetings(
        "Le ministre japonais des Affaires étrangères a reçu mardi son homologue australienne. L'Australienne Claire Dawson a salué un partenariat solide.",
      ),
    ).toEqual([["Claire Dawson", "Japan"]]);
  });

  it("a title with no counterpart met tells no meeting of countries", () => {
    expect(meetings("Le ministre japonais des Affaires étrangères a reçu mardi le soutien du Parlement.")).toEqual([]);
  });
});
