/**
 * Events whose plan changed: put off to a new date ("reportée au 19 janvier", "postponed to Jan. 13"), held at
 * another date than first planned ("had been scheduled for December but will instead be held in early 2027"),
 * called off in other words than "cancelled" ("has been dropped", "will not go ahead", "est tombée à l'eau", "ne
 * se tiendra pas"), or not made ("n'a finalement pas fait le déplacement", "has yet to meet"). Following the model
 * (src/model/extraction.ts): postponed to a new date is planned at that date; postponed without one is cancelled.
 * End to end on our own sentences, French and English.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const PUBLISHED = "2026-12-04";

function statusAndDate(body: string, ...types: string[]) {
  return namedEvents(body, PUBLISHED, ...types).map(({ type, status, date }) => ({ type, status, date }));
}

describe("an event put off to a new date", () => {
  it("takes the new date past an old one written with an abbreviated month ('set for Dec. 9', 'prévue le 9 déc.')", () => {
    for (const body of [
      "The meeting between Kenyan President Daniel Mwangi and Ugandan President Joseph Okello, set for Dec. 9, was postponed to Jan. 13.",
      "The meeting between Kenyan President Daniel Mwangi and Ugandan President Joseph Okello, originally set for Dec. 9, was postponed to Jan. 13.",
      "La rencontre entre le président sénégalais Amadou Ndiaye et le président ivoirien Konan Yao, prévue le 9 déc. à Dakar, a été reportée au 13 janv.",
    ]) {
      expect(statusAndDate(body), body).toEqual([{ type: "Meeting", status: "planned", date: "2027-01-13" }]);
    }
  });

  it("reads 'rescheduled', 'reprogrammée', 'ajournée' as put off: planned with a new date, cancelled without one", () => {
    for (const body of [
      "The meeting between Kenyan President Daniel Mwangi and Ugandan President Joseph Okello has been rescheduled for March 3.",
      "La rencontre entre le président sénégalais Amadou Ndiaye et le président ivoirien Konan Yao a été reprogrammée au 3 mars.",
      "La rencontre entre le président sénégalais Amadou Ndiaye et le président ivoirien Konan Yao a été ajournée au 3 mars.",
    ]) {
      expect(statusAndDate(body), body).toEqual([{ type: "Meeting", status: "planned", date: "2027-03-03" }]);
    }
    for (const body of [
      "The meeting between Kenyan President Daniel Mwangi and Ugandan President Joseph Okello has been rescheduled.",
      "La rencontre entre le président sénégalais Amadou Ndiaye et le président ivoirien Konan Yao a été reprogrammée.",
    ]) {
      expect(statusAndDate(body), body).toEqual([{ type: "Meeting", status: "cancelled", date: null }]);
    }
  });
});

describe("a new date told between the postponement verb and the noun", () => {
  it("dates the plan ('a reporté au 3 mars sa visite', 'postponed until March his visit')", () => {
    for (const [body, date] of [
      ["Le Premier ministre belge Luc Peeters a reporté au 3 mars sa visite à Rabat.", "2027-03-03"],
      ["Le Premier ministre belge Luc Peeters a reporté à mars sa visite à Rabat.", "2027-03"],
      ["Finnish Defence Minister Mikko Laine postponed until March his visit to Oslo.", "2027-03"],
    ] as const) {
      expect(statusAndDate(body), body).toEqual([{ type: "Visit", status: "planned", date }]);
    }
  });

  it("not the day it was put off ('a reporté lundi sa visite')", () => {
    expect(statusAndDate("Le Premier ministre belge Luc Peeters a reporté lundi sa visite à Rabat.")).toEqual([
      { type: "Visit", status: "cancelled", date: "2026-11-30" },
    ]);
  });
});

describe("a plan put off to a new date in a later sentence", () => {
  it("is one planned event at the new date, with the plan's place ('The trip has been postponed to March 3')", () => {
    for (const [body, visitor, place] of [
      [
        "Finnish Defence Minister Mikko Laine was due to visit Oslo on Monday. The trip has been postponed to March 3.",
        "Mikko Laine",
        "Oslo",
      ],
      [
        "Le Premier ministre belge Luc Peeters devait se rendre à Rabat jeudi. Le déplacement a été reporté au 3 mars.",
        "Luc Peeters",
        "Rabat",
      ],
    ] as const) {
      expect(
        namedEvents(body, PUBLISHED).map(({ type, status, date, participants, place }) => ({ type, status, date, participants, place })),
        body,
      ).toEqual([{ type: "Visit", status: "planned", date: "2027-03-03", participants: [visitor], place }]);
    }
  });

  it("leaves a plan of another type where it was", () => {
    const body = "Finnish Defence Minister Mikko Laine was due to visit Oslo on Monday. The NATO summit has been postponed to March 3.";
    expect(statusAndDate(body, "Visit")).toEqual([{ type: "Visit", status: "planned", date: "2026-12-07" }]);
  });
});

describe("a planned event held at another date than first planned", () => {
  it("takes the date of the clause that moves it ('but will instead be held', 'mais aura finalement lieu', 'se tiendra plutôt')", () => {
    for (const [body, date] of [
      [
        "The meeting between Kenyan President Daniel Mwangi and Ugandan President Joseph Okello had been scheduled for December but will instead be held in early 2027.",
        "2027",
      ],
      [
        "The meeting between Kenyan President Daniel Mwangi and Ugandan President Joseph Okello was due to take place in December but will now take place on March 3.",
        "2027-03-03",
      ],
      [
        "La rencontre entre le président sénégalais Amadou Ndiaye et le président ivoirien Konan Yao devait se tenir en décembre mais aura finalement lieu début 2027.",
        "2027",
      ],
      [
        "La rencontre entre le président sénégalais Amadou Ndiaye et le président ivoirien Konan Yao, initialement prévue le 9 décembre, se tiendra plutôt le 3 mars.",
        "2027-03-03",
      ],
    ] as const) {
      expect(statusAndDate(body), body).toEqual([{ type: "Meeting", status: "planned", date }]);
    }
  });

  it("keeps its own date when the later clause has a subject of its own ('; elections will now be held in March')", () => {
    for (const body of [
      "Kenyan President Daniel Mwangi will meet Ugandan President Joseph Okello on Friday; elections will now be held in March.",
      "Le président sénégalais Amadou Ndiaye rencontrera le président ivoirien Konan Yao vendredi ; les élections auront finalement lieu en mars.",
    ]) {
      expect(statusAndDate(body), body).toEqual([{ type: "Meeting", status: "planned", date: "2026-12-04" }]);
    }
  });
});

describe("an event called off", () => {
  it("by 'dropped', 'will not go ahead', 'est tombée à l'eau', 'a été abandonné', 'ne se tiendra pas', 'ne s'est pas tenu'", () => {
    for (const [body, type] of [
      ["The visit of German Chancellor Markus Hofer to Rome has been dropped.", "Visit"],
      ["German Chancellor Markus Hofer has dropped plans for a visit to Rome.", "Visit"],
      ["The summit between German Chancellor Markus Hofer and Italian Prime Minister Giulia Ferrante will not go ahead.", "Meeting"],
      [
        "The summit between German Chancellor Markus Hofer and Italian Prime Minister Giulia Ferrante did not go ahead as planned.",
        "Meeting",
      ],
      ["La visite du chancelier allemand Markus Hofer à Rome est tombée à l'eau.", "Visit"],
      ["Le projet de visite du chancelier allemand Markus Hofer à Rome a été abandonné.", "Visit"],
      [
        "Le sommet entre le chancelier allemand Markus Hofer et la Première ministre italienne Giulia Ferrante ne se tiendra pas.",
        "Meeting",
      ],
      [
        "Le sommet entre le chancelier allemand Markus Hofer et la Première ministre italienne Giulia Ferrante ne s'est pas tenu.",
        "Meeting",
      ],
    ] as const) {
      expect(statusAndDate(body), body).toEqual([{ type, status: "cancelled", date: null }]);
    }
  });

  it("not when the event went ahead, or 'dropped' is said of something else", () => {
    expect(
      statusAndDate("The summit between German Chancellor Markus Hofer and Italian Prime Minister Giulia Ferrante went ahead on Monday."),
    ).toEqual([{ type: "Meeting", status: "occurred", date: "2026-11-30" }]);
    expect(
      statusAndDate("German Chancellor Markus Hofer, who dropped his bid for the party leadership, visited Rome on Monday.", "Visit"),
    ).toEqual([{ type: "Visit", status: "occurred", date: "2026-11-30" }]);
  });
});

describe("an event not made", () => {
  it("is cancelled when the negation holds 'finalement' ('n'a finalement pas fait le déplacement')", () => {
    for (const [body, type] of [
      ["Le ministre tunisien des Affaires étrangères Karim Ben Salah n'a finalement pas fait le déplacement à Bruxelles.", "Visit"],
      [
        "Le ministre tunisien des Affaires étrangères Karim Ben Salah n'a finalement pas rencontré son homologue algérien Ahmed Zerrouki.",
        "Meeting",
      ],
    ] as const) {
      expect(statusAndDate(body), body).toEqual([{ type, status: "cancelled", date: null }]);
    }
  });

  it("is no event with an adverb inside the negation or 'yet to', 'still not' ('n'a toujours pas rencontré', 'has yet to meet')", () => {
    for (const body of [
      "Le ministre tunisien des Affaires étrangères Karim Ben Salah n'a toujours pas rencontré son homologue algérien Ahmed Zerrouki.",
      "Le ministre tunisien des Affaires étrangères Karim Ben Salah n'a plus rencontré son homologue algérien Ahmed Zerrouki depuis 2019.",
      "Finnish Defence Minister Mikko Laine has yet to meet his Swedish counterpart Pal Jonson.",
      "Finnish Defence Minister Mikko Laine has still not met his Swedish counterpart Pal Jonson.",
    ]) {
      expect(statusAndDate(body), body).toEqual([]);
    }
  });

  it("keeps an event whose verb the negation does not reach", () => {
    expect(
      statusAndDate(
        "Le ministre tunisien des Affaires étrangères Karim Ben Salah n'a pas caché sa satisfaction après avoir rencontré son homologue algérien Ahmed Zerrouki lundi.",
        "Meeting",
      ),
    ).toEqual([{ type: "Meeting", status: "occurred", date: "2026-11-30" }]);
    expect(
      statusAndDate(
        "Finnish Defence Minister Mikko Laine met his Swedish counterpart Pal Jonson on Monday but is still not convinced.",
        "Meeting",
      ),
    ).toEqual([{ type: "Meeting", status: "occurred", date: "2026-11-30" }]);
  });
});
