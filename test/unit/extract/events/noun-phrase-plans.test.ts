/**
 * Events told by a noun phrase and what became of them: "le sommet prévu en février a été annulé",
 * "une telle rencontre, initialement prévue à Y, a été reportée", "Y est prêt à accueillir une réunion
 * entre les deux blocs". Our own sentences, French and English.
 */
import { describe, expect, it } from "vitest";
import { extractFromLinked } from "../../../../ingest/extract/index.js";
import { linkedDocument, testKnowledge } from "../linked-markup.js";
import { tools } from "./support.js";

function events(markup: string, language: "fr" | "en", published = "2026-04-15") {
  return extractFromLinked(linkedDocument(markup, { published, language, headline: false }), testKnowledge, tools).events.map((e) => ({
    type: e.type,
    status: e.status,
    date: e.date,
    endDate: e.endDate ?? null,
    participants: [...e.participants].sort(),
    place: e.place ?? null,
  }));
}

describe("a noun phrase with the participle of its plan, then called off", () => {
  it("'le sommet UE-Afrique prévu en juin a été annulé', 'the EU-Africa summit planned for June has been cancelled'", () => {
    for (const [markup, language] of [
      ["Le sommet [UE](org:eu)-Afrique prévu en juin a été annulé.", "fr"],
      ["Le sommet de l'[UE](org:eu) programmé le 12 juin a finalement été reporté.", "fr"],
      ["The [EU](org:eu)-Africa summit planned for June has been cancelled.", "en"],
      ["The [EU](org:eu) summit scheduled for June 12 was postponed.", "en"],
    ] as const) {
      const found = events(markup, language);
      expect(found, markup).toHaveLength(1);
      expect(found[0], markup).toMatchObject({ type: "Meeting", status: "cancelled", participants: ["org:eu"] });
      expect(found[0]?.date?.startsWith("2026-06"), markup).toBe(true);
    }
  });

  it("keeps a summit that is held, and one whose own verb follows a clause", () => {
    expect(events("Le sommet de l'[UE](org:eu) prévu en juin se tiendra à [Oslo](place:oslo).", "fr")[0]).toMatchObject({
      status: "planned",
      place: "place:oslo",
    });
    expect(events("The [EU](org:eu) summit opened on Monday and the press conference was cancelled.", "en")[0]).toMatchObject({
      status: "occurred",
    });
  });
});

describe("'such a meeting' refers back to the meeting just offered or discussed", () => {
  it("takes its sides and calls the offer off, with the planned days and place of its aside", () => {
    const fr = events(
      "Le ministre [Ana Ruiz](person:ana-ruiz) a plaidé lundi pour un dialogue entre la [CEDEAO](org:ecowas) et l'[AES](org:aes). " +
        "Elle a ajouté que [Lomé](place:lome) était prêt à accueillir une réunion entre les deux blocs. " +
        "Une telle rencontre, initialement prévue les 20 et 21 mai à [Lomé](place:lome), a été reportée.",
      "fr",
    );
    expect(fr).toContainEqual({
      type: "Meeting",
      status: "cancelled",
      date: "2026-05-20",
      endDate: "2026-05-21",
      participants: ["org:aes", "org:ecowas"],
      place: "place:lome",
    });
    expect(fr.filter((e) => e.participants.includes("org:ecowas"))).toHaveLength(1);
    const en = events(
      "Minister [Ana Ruiz](person:ana-ruiz) called on Monday for talks between [ECOWAS](org:ecowas) and the [AES](org:aes). " +
        "She said [Lomé](place:lome) was ready to host a meeting between the two blocs. " +
        "Such a meeting, originally scheduled for May 20 in [Lomé](place:lome), has been postponed.",
      "en",
    );
    expect(en).toContainEqual({
      type: "Meeting",
      status: "cancelled",
      date: "2026-05-20",
      endDate: null,
      participants: ["org:aes", "org:ecowas"],
      place: "place:lome",
    });
  });

  it("is no event with nothing told before it", () => {
    expect(events("Such a meeting, originally scheduled for May in [Oslo](place:oslo), has been postponed.", "en")).toEqual([]);
    expect(events("Une telle rencontre, initialement prévue en mai à [Oslo](place:oslo), a été reportée.", "fr")).toEqual([]);
  });
});

describe("an offer to host", () => {
  it("gives no meeting to the people who speak of it ('X told Y that Z was ready to host talks')", () => {
    for (const [markup, language] of [
      [
        "[Lea Moro](person:lea-moro) told [Ken Obi](person:ken-obi) on Wednesday that [Japan](country:JP) was ready to host talks between [Tokyo](place:tokyo) and [Osaka](place:osaka).",
        "en",
      ],
      [
        "[Lea Moro](person:lea-moro) a dit mercredi à [Ken Obi](person:ken-obi) que le [Japon](country:JP) était prêt à accueillir des pourparlers entre [Tokyo](place:tokyo) et [Osaka](place:osaka).",
        "fr",
      ],
    ] as const) {
      expect(
        events(markup, language).filter((e) => e.participants.includes("person:lea-moro")),
        markup,
      ).toEqual([]);
    }
  });
});
