/**
 * A summit named in passing by its host city ("the decisions taken at the Vilnius summit last July", "lors du sommet de
 * Vilnius en juillet dernier"): a meeting of the bloc the story is about, held in that city, on its own date; never the
 * event a later "the meeting" stands for. End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

function meetings(body: string, published = "2026-12-04") {
  return namedEvents(body, published, "Meeting").map(({ status, date, participants, place, evidence }) => ({
    status,
    date,
    participants,
    place,
    evidence,
  }));
}

const LEAD_EN = "NATO foreign ministers met in Brussels on Thursday. NATO officials called the talks constructive.\n\n";
const LEAD_FR =
  "Les ministres des Affaires étrangères de l'OTAN se sont réunis jeudi à Bruxelles. L'OTAN a salué des échanges constructifs.\n\n";

describe("a summit named in passing by its host city", () => {
  it("is a meeting of the story's bloc in that city, on its own date (English and French)", () => {
    expect(meetings(`${LEAD_EN}Ministers reviewed the decisions taken at the Vilnius summit last July.`)).toContainEqual(
      expect.objectContaining({ status: "occurred", date: "2026-07", participants: ["NATO"], place: "Vilnius" }),
    );
    expect(meetings(`${LEAD_FR}Les engagements pris lors du sommet de Vilnius en juillet dernier n'ont pas été tenus.`)).toContainEqual(
      expect.objectContaining({ status: "occurred", date: "2026-07", participants: ["NATO"], place: "Vilnius" }),
    );
  });

  it("takes its place from the city before the noun when the bloc is named with it ('NATO's Lisbon summit')", () => {
    expect(meetings(`${LEAD_EN}The commitments made at NATO's Lisbon summit in July 2025 have not all been met.`)).toContainEqual(
      expect.objectContaining({ date: "2025-07", participants: ["NATO"], place: "Lisbon" }),
    );
  });

  it("is not what a later 'the meeting' stands for", () => {
    const found = meetings(
      `${LEAD_EN}Ministers reviewed the decisions taken at the Vilnius summit last July.\n\nThe meeting produced no major decisions.`,
    );
    expect(found).toContainEqual(expect.objectContaining({ place: "Vilnius", evidence: 1 }));
  });

  it("tells nothing in a story about no bloc, nor from a summit talked of as a topic or a wish", () => {
    expect(meetings("Ministers reviewed the decisions taken at the Vilnius summit last July.")).toEqual([]);
    const topics = meetings(
      `${LEAD_EN}Summit diplomacy has its limits, said Jonas Petrauskas. A summit in Oslo would be useful, he added.`,
    );
    expect(topics.filter((m) => m.place === "Oslo" || m.date === null)).toEqual([]);
    const french = meetings(`${LEAD_FR}La diplomatie des sommets a ses limites, estime un analyste. Un sommet à Oslo serait utile.`);
    expect(french.filter((m) => m.place === "Oslo")).toEqual([]);
  });
});

describe("a summit a since-phrase names", () => {
  it("is dated by the date in its own phrase ('depuis le sommet de l'OTAN à Vilnius en juillet dernier')", () => {
    expect(meetings("Depuis le sommet de l'OTAN à Vilnius en juillet dernier, la question des munitions n'a pas avancé.")).toContainEqual(
      expect.objectContaining({ date: "2026-07", participants: ["NATO"], place: "Vilnius" }),
    );
    expect(meetings("Since the NATO summit in Vilnius last July, the question of munitions has not moved.")).toContainEqual(
      expect.objectContaining({ date: "2026-07", participants: ["NATO"], place: "Vilnius" }),
    );
  });

  it("still takes no date from a period the event is told after ('Depuis juillet, les ministres se sont réunis')", () => {
    const found = meetings(`${LEAD_FR}Depuis juillet, les ministres de l'OTAN se sont réunis à Oslo trois fois.`);
    expect(found.filter((m) => m.date === "2026-07")).toEqual([]);
  });
});

describe("a body that is its own meeting, told as the occasion with its date", () => {
  it("is that body's meeting on the date right after its name ('lors du Conseil européen des 18 et 19 mars')", () => {
    const planned = { status: "planned", date: "2027-03-18", participants: ["European Council"], place: null, evidence: 1 };
    expect(meetings("Le dossier sera de nouveau sur la table lors du Conseil européen des 18 et 19 mars.", "2026-12-11")).toEqual([
      planned,
    ]);
    expect(meetings("The file will be back on the table at the European Council on 18-19 March.", "2026-12-11")).toEqual([planned]);
  });

  it("is no meeting as a subject, in a title, or without a date right after it", () => {
    expect(meetings("Le Conseil européen a adopté des conclusions sur la défense en mars.", "2026-12-11")).toEqual([]);
    expect(meetings("Le président du Conseil européen, António Costa, a parlé le 3 mars à Lisbonne.", "2026-12-11")).toEqual([]);
    expect(meetings("The file will be back on the table at the European Council, diplomats said on Monday.", "2026-12-11")).toEqual([]);
  });
});
