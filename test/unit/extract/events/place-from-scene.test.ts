/**
 * A sentence that opens on a place and a comma ("À Belgrade, le ministre a …", "In Belgrade, the minister …") sets the
 * scene of its paragraph: the meetings told there naming no place took place there; not a call, not one in the next
 * paragraph, not one after the trip moved on. End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const events = (body: string, published = "2026-03-12") =>
  namedEvents(body, published, "Meeting", "Call", "Signing").map(({ type, date, participants, place }) => ({
    type,
    date,
    participants,
    place,
  }));

describe("the place of a paragraph's scene", () => {
  it("gives the scene's place and day to a meeting told after it in the paragraph", () => {
    const fr = events(
      "Le ministre français Jean-Marc Delorme s'est rendu mardi à Rabat.\n\nÀ Belgrade, mercredi, le ministre Jean-Marc Delorme a inauguré un centre culturel. Il s'est entretenu avec le président serbe Milan Petrovic.",
    );
    expect(fr).toContainEqual({
      type: "Meeting",
      date: "2026-03-11",
      participants: ["Jean-Marc Delorme", "Milan Petrovic"],
      place: "Belgrade",
    });
    const en = events(
      "In Belgrade on Wednesday, French Foreign Minister Jean-Marc Delorme opened a cultural centre. He then met Serbian President Milan Petrovic.",
    );
    expect(en).toContainEqual(expect.objectContaining({ participants: ["Jean-Marc Delorme", "Milan Petrovic"], place: "Belgrade" }));
  });

  it("keeps the scene out of a call, of the next paragraph and of what follows a move elsewhere", () => {
    const fr = events(
      "À Belgrade, mercredi, le ministre Jean-Marc Delorme a inauguré un centre culturel. Il s'est entretenu par téléphone avec le ministre allemand Klaus Becker.\n\nJeudi, Jean-Marc Delorme a rencontré le ministre italien Marco Bellini.",
    );
    expect(fr.find((e) => e.participants.includes("Klaus Becker"))?.place).toBeNull();
    expect(fr.find((e) => e.participants.includes("Marco Bellini"))?.place).toBeNull();
    const en = events(
      "In Belgrade on Wednesday, French Foreign Minister Jean-Marc Delorme opened a cultural centre. He later flew to Zagreb. He met Croatian Prime Minister Ivan Horvat.",
    );
    expect(en.find((e) => e.participants.includes("Ivan Horvat"))?.place).not.toBe("Belgrade");
  });

  it("sets no scene from a country that opens the sentence: a topic, not a scene", () => {
    const fr = events(
      "Au Mali, les tensions persistent depuis des mois. Le président sénégalais Moussa Diallo s'est entretenu mardi avec le président malien Amadou Keita.",
    );
    expect(fr.find((e) => e.participants.includes("Amadou Keita"))?.place).toBeNull();
  });

  it("sets no scene from a place that does not open the sentence before a comma", () => {
    const fr = events(
      "Le ministre Jean-Marc Delorme a évoqué la situation à Belgrade, selon son entourage. Il s'est entretenu avec le président serbe Milan Petrovic.",
    );
    expect(fr.find((e) => e.participants.includes("Milan Petrovic"))?.place).not.toBe("Belgrade");
  });
});

describe("a plan told in a scene", () => {
  it("is said there, not held there: it takes no place from the scene", () => {
    const fr = events(
      "À Belgrade, la porte-parole du gouvernement, Vesna Ilic, a salué l'accord. Elle a indiqué que le président serbe Milan Petrovic souhaitait rencontrer le président kosovar Arben Gashi le plus tôt possible.",
    );
    expect(fr).toContainEqual(expect.objectContaining({ type: "Meeting", participants: ["Arben Gashi", "Milan Petrovic"], place: null }));
  });
});
