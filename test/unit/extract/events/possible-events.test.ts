/**
 * Events only possible, hoped for or under study are planned, as the gold conventions keep a possibility
 * (docs/annotating.md): "une rencontre entre X et Y n'est pas exclue", "a visit to K by X is being considered", "could
 * take place next month"; and "dès le mois prochain", "as early as next month" date them. End to end on our own
 * sentences, French and English.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const PUBLISHED = "2026-12-04";

function statusAndDate(body: string, ...types: string[]) {
  return namedEvents(body, PUBLISHED, ...types).map(({ type, status, date }) => ({ type, status, date }));
}

describe("an event told possible after its noun", () => {
  it("is planned ('n'est pas exclue', 'est à l'étude', 'is being considered', 'has not been ruled out')", () => {
    for (const [body, type] of [
      ["Une rencontre entre le président sénégalais Amadou Ndiaye et le président ivoirien Konan Yao n'est pas exclue.", "Meeting"],
      ["Une visite du président sénégalais Amadou Ndiaye à Paris est à l'étude.", "Visit"],
      ["A visit to Kampala by Kenyan President Daniel Mwangi is being considered.", "Visit"],
      ["A meeting between Kenyan President Daniel Mwangi and Ugandan President Joseph Okello has not been ruled out.", "Meeting"],
    ] as const) {
      expect(statusAndDate(body), body).toEqual([{ type, status: "planned", date: null }]);
    }
  });

  it("not when the words say something else of an event that took place ('made possible', 'a été évoquée lundi')", () => {
    expect(
      statusAndDate(
        "The meeting between Kenyan President Daniel Mwangi and Ugandan President Joseph Okello on Monday made possible a deal on trade.",
      ),
    ).toEqual([{ type: "Meeting", status: "occurred", date: "2026-11-30" }]);
    expect(
      statusAndDate(
        "La rencontre entre le président sénégalais Amadou Ndiaye et le président ivoirien Konan Yao a été évoquée lundi par le porte-parole.",
      ),
    ).toEqual([{ type: "Meeting", status: "occurred", date: "2026-11-30" }]);
  });
});

describe("the earliest date of an event to come", () => {
  it("dates it ('dès le mois prochain', 'dès le 12 janvier', 'as early as next month')", () => {
    for (const [body, type, date] of [
      ["Un accord de défense entre la Tunisie et l'Algérie pourrait être signé dès le mois prochain.", "Signing", "2027-01"],
      ["La Tunisie et l'Algérie signeront la lettre d'intention dès le 12 janvier.", "Signing", "2027-01-12"],
      ["Le président sénégalais Amadou Ndiaye se rendra à Paris dès le 12 janvier.", "Visit", "2027-01-12"],
      ["Kenya and Uganda could sign the defence agreement as early as next month.", "Signing", "2027-01"],
    ] as const) {
      expect(statusAndDate(body, type), body).toEqual([{ type, status: "planned", date }]);
    }
  });

  it("a past date after 'dès' still starts a period and dates nothing", () => {
    expect(
      statusAndDate(
        "Les ministres tunisien et algérien Karim Ben Salah et Ahmed Zerrouki coopèrent dès 2019 et se sont rencontrés à Tunis.",
        "Meeting",
      ),
    ).toEqual([{ type: "Meeting", status: "occurred", date: "2026-12-04" }]);
  });
});
