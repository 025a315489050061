/**
 * A group subject ("Ils", "They", "les deux ministres") after a sentence that names two pairs of people stands for the
 * pair that sentence's subject names, not for the other pair's event told inside it: "X et Y ont salué l'accord signé
 * par Z et W. Ils se sont entretenus par visioconférence" is a call of X and Y. End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const PUBLISHED = "2026-12-04";

function calls(body: string) {
  return namedEvents(body, PUBLISHED, "Call").map(({ participants }) => participants);
}

describe("a group subject after a sentence naming two pairs", () => {
  it("stands for the pair its subject names ('X et Y ont salué l'accord signé par Z et W. Ils se sont entretenus …')", () => {
    expect(
      calls(
        "La ministre belge des Affaires étrangères Anne Lambert et son homologue néerlandais Pieter Smit ont salué l'accord signé mardi par le ministre danois Lars Holm et le ministre suédois Erik Berg. Ils se sont entretenus par visioconférence.",
      ),
    ).toEqual([["Anne Lambert", "Pieter Smit"]]);
    expect(
      calls(
        "Belgian Foreign Minister Anne Lambert and her Dutch counterpart Pieter Smit welcomed the deal signed on Tuesday by Danish minister Lars Holm and Swedish minister Erik Berg. They spoke by videoconference.",
      ),
    ).toEqual([["Anne Lambert", "Pieter Smit"]]);
  });

  it("the latest event's people when the sentence before opens with one person ('X a reçu Y. Ils se sont entretenus …')", () => {
    expect(
      calls(
        "La ministre belge des Affaires étrangères Anne Lambert a appelé mardi le ministre danois Lars Holm. Ils se sont entretenus par visioconférence.",
      ),
    ).toEqual([["Anne Lambert", "Lars Holm"]]);
  });
});
