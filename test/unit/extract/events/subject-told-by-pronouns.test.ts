/**
 * A traveller told by a pronoun sentence after sentence: "X arrived in Accra. On Saturday he called on Y. Later, he
 * met Z." The person after "he called on" is its object, so the next "he" is still X, not Y. End to end on our own
 * sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const meetings = (body: string, published = "2026-03-12") =>
  namedEvents(body, published, "Meeting").map(({ date, participants }) => ({ date, participants }));

describe("a subject told by pronouns from one sentence to the next", () => {
  it("'On Saturday he met Y. Later, he met Z': Z meets the traveller, not Y", () => {
    const en = meetings(
      "British Foreign Secretary Daniel Harwood arrived in Accra on Friday evening. On Saturday he called on Ghanaian President Kwame Mensah. Later, he met Ghanaian Prime Minister Ama Boateng.",
    );
    expect(en).toContainEqual({ date: "2026-03-07", participants: ["Daniel Harwood", "Kwame Mensah"] });
    expect(en).toContainEqual({ date: "2026-03-07", participants: ["Ama Boateng", "Daniel Harwood"] });
    const fr = meetings(
      "Le ministre français des Affaires étrangères Jean-Marc Delorme est arrivé vendredi soir à Belgrade. Samedi, il a rencontré le président serbe Milan Petrovic. Ensuite, il s'est entretenu avec la Première ministre serbe Ana Jovanovic.",
    );
    expect(fr).toContainEqual({ date: "2026-03-07", participants: ["Jean-Marc Delorme", "Milan Petrovic"] });
    expect(fr).toContainEqual({ date: "2026-03-07", participants: ["Ana Jovanovic", "Jean-Marc Delorme"] });
  });

  it("follows the pronoun over several sentences", () => {
    const fr = meetings(
      "La ministre belge Sophie Lemaire est arrivée lundi à Lisbonne. Mardi, elle a rencontré le président portugais Rui Tavares. Elle a aussi rencontré le maire de Lisbonne Nuno Costa. Plus tard, elle s'est entretenue avec le Premier ministre portugais Pedro Almeida.",
    );
    expect(fr).toContainEqual(expect.objectContaining({ participants: ["Pedro Almeida", "Sophie Lemaire"] }));
    expect(fr.some((m) => m.participants.includes("Pedro Almeida") && m.participants.includes("Rui Tavares"))).toBe(false);
  });

  it("'Il y a reçu X' is the traveller's pronoun, the next 'il' still the traveller", () => {
    const fr = meetings(
      "Le ministre français Jean-Marc Delorme s'est rendu mardi à Rabat. Il y a reçu son homologue marocain Karim Bennani. Il s'est ensuite entretenu avec le Premier ministre marocain Youssef Alami.",
    );
    expect(fr).toContainEqual(expect.objectContaining({ participants: ["Jean-Marc Delorme", "Karim Bennani"] }));
    expect(fr).toContainEqual(expect.objectContaining({ participants: ["Jean-Marc Delorme", "Youssef Alami"] }));
  });

  it("an impersonal 'il' or a pronoun in another clause leaves the named subject the subject", () => {
    const timeSpan = meetings(
      "Le ministre Paul Girard a quitté Paris lundi. Il y a deux jours, le ministre belge Henri Lambert a rencontré le président serbe Milan Petrovic. Il s'est ensuite entretenu avec la Première ministre serbe Ana Jovanovic.",
    );
    expect(timeSpan).toContainEqual(expect.objectContaining({ participants: ["Ana Jovanovic", "Henri Lambert"] }));
    const otherClause = meetings(
      "Minister Paul Girard left Paris on Monday. When she arrived in Rome, Belgian Minister Sophie Lemaire met Italian President Marco Bellini. Later, she met Italian Prime Minister Chiara Fontana.",
    );
    expect(otherClause).toContainEqual(expect.objectContaining({ participants: ["Chiara Fontana", "Sophie Lemaire"] }));
  });
});

describe("a pronoun after a sentence that opens on a thing", () => {
  const visits = (body: string, published = "2026-03-12") =>
    namedEvents(body, published, "Visit").map(({ date, participants }) => ({ date, participants }));
  it("'Ce déplacement fait suite à … Il prolonge la visite …': the pronoun is the trip, no one's visit is told", () => {
    const fr = visits(
      "La ministre belge Sophie Lemaire se rendra jeudi à Lisbonne. Elle rencontrera des chefs d'entreprise. Ce déplacement fait suite à un entretien téléphonique. Il s'inscrit dans le prolongement de la visite d'État du président de la République au Portugal en avril 2025.",
    );
    expect(fr.map((v) => v.date)).not.toContain("2025-04");
    const en = visits(
      "Belgian minister Sophie Lemaire will travel to Lisbon on Thursday. She will meet business leaders. The trip follows a phone call. It builds on the state visit of the president to Portugal in April 2025.",
    );
    expect(en.map((v) => v.date)).not.toContain("2025-04");
  });
});
