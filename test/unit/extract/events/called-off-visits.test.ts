/**
 * A visit called off, told by its noun: "la visite prévue au Koweït a été annulée", "a planned visit to Kuwait
 * by X was cancelled". The visitor is the noun's agent ("du ministre X", "par X", "by X"), or else the subject of
 * the story sentence before; with no one to visit, no visit. End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../../ingest/pipeline.js";
import { namedEvents } from "./named-events.js";

function visits(body: string, published = "2026-03-04") {
  return namedEvents(body, published, "Visit").map(({ status, participants, place }) => ({ status, visitors: participants, place }));
}

describe("a planned visit called off", () => {
  it("is cancelled with a plan's participle between the noun and its complement", () => {
    expect(
      visits("Sa visite prévue au Koweït a été annulée, a indiqué le ministre tunisien des Affaires étrangères Karim Ben Salah."),
    ).toEqual([{ status: "cancelled", visitors: ["Karim Ben Salah"], place: "Kuwait" }]);
    expect(
      visits(
        "La tournée programmée la semaine prochaine au Qatar du ministre tunisien des Affaires étrangères Karim Ben Salah a été reportée.",
      ),
    ).toEqual([{ status: "cancelled", visitors: ["Karim Ben Salah"], place: "Qatar" }]);
    expect(visits("Tunisian Foreign Minister Karim Ben Salah said his trip scheduled for next week in Kuwait was cancelled.")).toEqual([
      { status: "cancelled", visitors: ["Karim Ben Salah"], place: "Kuwait" },
    ]);
  });

  it("a plan's participle followed by no cancellation stays planned", () => {
    expect(visits("Tunisian Foreign Minister Karim Ben Salah said his visit planned for next week in Kuwait was important.")).toEqual([
      { status: "planned", visitors: ["Karim Ben Salah"], place: "Kuwait" },
    ]);
  });

  it("takes its visitor from the noun's agent past the destination ('prévue au Koweït du ministre X', 'par X', 'planned by X')", () => {
    const expected = [{ status: "cancelled", visitors: ["Karim Ben Salah"], place: "Saudi Arabia" }];
    expect(
      visits("La visite prévue en Arabie saoudite du ministre tunisien des Affaires étrangères Karim Ben Salah a été annulée."),
    ).toEqual(expected);
    expect(
      visits("La visite prévue en Arabie saoudite par le ministre tunisien des Affaires étrangères Karim Ben Salah a été annulée."),
    ).toEqual(expected);
    expect(visits("The visit to Saudi Arabia planned by Tunisian Foreign Minister Karim Ben Salah was called off.")).toEqual(expected);
  });

  it("takes the subject of the sentence before when its own sentence names no one", () => {
    const expected = [{ status: "cancelled", visitors: ["Karim Ben Salah"], place: "Kuwait" }];
    expect(
      visits("Le ministre tunisien des Affaires étrangères Karim Ben Salah a regagné Tunis. La visite prévue au Koweït a été annulée."),
    ).toEqual(expected);
    expect(visits("Tunisian Foreign Minister Karim Ben Salah returned to Tunis. A planned visit to Kuwait was cancelled.")).toEqual(
      expected,
    );
    expect(visits("Tunisian Foreign Minister Karim Ben Salah returned to Tunis. The planned trip to Kuwait has been postponed.")).toEqual(
      expected,
    );
  });

  it("with no one to visit, tells no visit", () => {
    expect(visits("La visite prévue au Koweït a été annulée.")).toEqual([]);
    expect(visits("Le Koweït n'a donné aucune explication. La visite prévue au Koweït a été annulée.")).toEqual([]);
    expect(visits("Officials gave no reason. A planned visit to Kuwait was cancelled.")).toEqual([]);
  });

  it("takes no day from the sentence before ('X était à Tunis lundi. La visite prévue au Koweït a été annulée')", () => {
    for (const body of [
      "Le ministre tunisien des Affaires étrangères Karim Ben Salah était à Tunis lundi. La visite prévue au Koweït a été annulée.",
      "Tunisian Foreign Minister Karim Ben Salah was in Tunis on Monday. A planned visit to Kuwait was cancelled.",
    ]) {
      const out = extractArticle({ source: "mem.txt", format: "txt", text: body, title: null, published: "2026-03-04", publisher: null });
      expect(out.events.map((e) => [e.type, e.status, e.date])).toEqual([["Visit", "cancelled", null]]);
    }
  });

  it("a visit not called off takes no one from the sentence before", () => {
    expect(visits("Tunisian Foreign Minister Karim Ben Salah returned to Tunis. A visit to Kuwait is planned.")).toEqual([]);
  });

  it("the sentence's own visitor wins over the subject before", () => {
    expect(
      visits(
        "Tunisian Foreign Minister Karim Ben Salah returned to Tunis. A planned visit to Kuwait by Algerian President Omar Benali was cancelled.",
      ),
    ).toEqual([{ status: "cancelled", visitors: ["Omar Benali"], place: "Kuwait" }]);
  });
});

describe("the day a visit was called off is not the visit's", () => {
  // Tuesday 22 September 2026.
  const dated = (body: string) =>
    extractArticle({ source: "mem.txt", format: "txt", text: body, title: null, published: "2026-09-22", publisher: null }).events.map(
      (e) => [e.type, e.status, e.date, e.endDate],
    );

  it("takes the plan's date, not the cancellation verb's, between the verb and the noun", () => {
    expect(dated("Philippine Defence Secretary Ramon Cruz cancelled on Sunday his visit to Canberra planned for next week.")).toEqual([
      ["Visit", "cancelled", "2026-09", "2026-10"],
    ]);
    expect(
      dated("Le ministre marocain de la Défense Karim Alaoui a annulé dimanche sa visite à Madrid prévue la semaine prochaine."),
    ).toEqual([["Visit", "cancelled", "2026-09", "2026-10"]]);
  });

  it("leaves the visit undated when the only day is the one it was called off ('called off his trip on Sunday')", () => {
    expect(
      dated(
        "Indonesian Defence Minister Budi Santoso had been due to visit Darwin but called off his trip on Sunday to oversee relief efforts.",
      ),
    ).toEqual([["Visit", "cancelled", null, null]]);
    expect(dated("La visite à Rome du ministre tunisien des Affaires étrangères Karim Ben Salah a été annulée dimanche.")).toEqual([
      ["Visit", "cancelled", null, null],
    ]);
  });

  it("keeps the day told with the plan ('prévue mardi', 'planned for Tuesday')", () => {
    expect(
      dated("La visite à Rome du ministre tunisien des Affaires étrangères Karim Ben Salah, prévue mardi, a été annulée dimanche."),
    ).toEqual([["Visit", "cancelled", "2026-09-22", null]]);
    expect(dated("The visit to Oslo by Danish Foreign Minister Lars Holm planned for Tuesday was cancelled.")).toEqual([
      ["Visit", "cancelled", "2026-09-22", null],
    ]);
  });
});

describe("a visit told by its noun and a relative clause on it ('la visite que devait effectuer X')", () => {
  it("has the clause's subject as visitor and the cancellation after the clause as status, inverted or not", () => {
    expect(
      visits(
        "La visite à Lomé que devait effectuer le ministre tunisien des Affaires étrangères, Karim Ben Salah, le 20 mars a été annulée.",
      ),
    ).toEqual([{ status: "cancelled", visitors: ["Karim Ben Salah"], place: "Lomé" }]);
    expect(visits("La visite que le ministre tunisien Karim Ben Salah devait effectuer à Lomé a été reportée sine die.")).toEqual([
      { status: "cancelled", visitors: ["Karim Ben Salah"], place: "Lomé" },
    ]);
    expect(
      visits("The visit that Tunisian Foreign Minister Karim Ben Salah was due to make to Lomé on Sunday has been cancelled."),
    ).toEqual([{ status: "cancelled", visitors: ["Karim Ben Salah"], place: "Lomé" }]);
    expect(visits("The visit which the minister, Karim Ben Salah, was to pay to Lomé has been postponed.")).toEqual([
      { status: "cancelled", visitors: ["Karim Ben Salah"], place: "Lomé" },
    ]);
  });

  it("keeps two such visits apart: a definite noun with its own visitor is no anaphor of the visit before", () => {
    const found = visits(
      "Le voyage de Karim Ben Salah à Mascate, prévu le 22 mars, a été annulé. La visite que la présidente Amina Diallo devait effectuer à Rome a été reportée sine die.",
    );
    expect(found).toEqual([
      { status: "cancelled", visitors: ["Karim Ben Salah"], place: "Muscat" },
      { status: "cancelled", visitors: ["Amina Diallo"], place: "Rome" },
    ]);
  });

  it("a past visit told so stays occurred; a relative clause with another verb gives no visitor", () => {
    expect(visits("Les ministres ont évoqué la visite que Karim Ben Salah a effectuée à Lomé l'an dernier.")).toEqual([
      { status: "occurred", visitors: ["Karim Ben Salah"], place: "Lomé" },
    ]);
    expect(visits("La visite que Karim Ben Salah a saluée à Lomé a été annulée.")).toEqual([]);
  });

  it("the plan's visitors listed after its verb or before it, its own place and day between ('que devaient effectuer jeudi à Oslo les ministres X et Y')", () => {
    // Published Wednesday 4 March 2026: the plan's Thursday is the next day, whatever the cancellation's tense.
    const expected = [{ status: "cancelled", visitors: ["Karim Ben Salah", "Lina Haddad"], place: "Oslo" }];
    expect(visits("La visite que devaient effectuer jeudi à Oslo les ministres Karim Ben Salah et Lina Haddad a été annulée.")).toEqual(
      expected,
    );
    expect(visits("The trip that ministers Karim Ben Salah and Lina Haddad were to make to Oslo on Thursday has been called off.")).toEqual(
      expected,
    );
    const dated = namedEvents(
      "La visite à Oslo que devaient effectuer ce jeudi les ministres Karim Ben Salah et Lina Haddad a été reportée.",
      "2026-03-04",
      "Visit",
    ).map(({ date }) => date);
    expect(dated).toEqual(["2026-03-05"]);
    expect(
      namedEvents("The visit Karim Ben Salah was due to make to Oslo on Friday was cancelled.", "2026-03-04", "Visit").map(
        ({ date }) => date,
      ),
    ).toEqual(["2026-03-06"]);
  });

  it("a list after the verb with a place of its own complement is no subject ('que devait effectuer au président X le ministre Y')", () => {
    expect(
      visits("La visite que devait rendre au président Karim Ben Salah le ministre Lina Haddad a été annulée.").flatMap((v) => v.visitors),
    ).not.toContain("Karim Ben Salah");
  });
});
