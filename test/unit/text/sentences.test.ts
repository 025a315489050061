import { describe, expect, it } from "vitest";
import { segmentSentences } from "../../../ingest/text/index.js";

function sentences(paragraph: string, language = "fr"): string[] {
  return segmentSentences(paragraph, language).map((s) => paragraph.slice(s.start, s.end));
}

describe("segmentSentences", () => {
  it("splits plain sentences and trims the spaces around them", () => {
    expect(sentences("  Le ministre est arrivé. Il a parlé !  Puis il est parti ? ")).toEqual([
      "Le ministre est arrivé.",
      "Il a parlé !",
      "Puis il est parti ?",
    ]);
  });

  it("does not split after the English style 'Rt. Hon.'", () => {
    expect(sentences("It was opened by the Rt. Hon. Anne Velarde MP on Monday.", "en")).toEqual([
      "It was opened by the Rt. Hon. Anne Velarde MP on Monday.",
    ]);
  });
  it("does not split after a dotted qualifier in parentheses before a name: '(retd.)', '(e.r.)'", () => {
    expect(sentences("The new secretary, Air Marshal (retd.) Kamal Silva, opened the session. He spoke briefly.", "en")).toEqual([
      "The new secretary, Air Marshal (retd.) Kamal Silva, opened the session.",
      "He spoke briefly.",
    ]);
    expect(sentences("Le conseiller, le général (e.r.) Paul Morin, a parlé. Il est reparti.")).toEqual([
      "Le conseiller, le général (e.r.) Paul Morin, a parlé.",
      "Il est reparti.",
    ]);
    // A sentence that ends on a parenthesis closed after its full stop still ends there.
    expect(sentences("The talks ended. (They resume on Monday.) The envoy left.", "en")).toEqual([
      "The talks ended.",
      "(They resume on Monday.)",
      "The envoy left.",
    ]);
  });
  it("does not split after French titles and abbreviations", () => {
    expect(sentences("M. Dupont a reçu Mme Martin et MM. Durand et Petit. Le Dr. Lee était là.")).toEqual([
      "M. Dupont a reçu Mme Martin et MM. Durand et Petit.",
      "Le Dr. Lee était là.",
    ]);
    expect(sentences("Selon l'art. 5 du traité, les alliés se défendent. Le Pr. Roux l'a rappelé.")).toEqual([
      "Selon l'art. 5 du traité, les alliés se défendent.",
      "Le Pr. Roux l'a rappelé.",
    ]);
  });

  it("does not split after initials and dotted acronyms, but does when a new sentence starts", () => {
    expect(sentences("J. Biden a rencontré Fumio K. Kishida à Washington.", "fr")).toEqual([
      "J. Biden a rencontré Fumio K. Kishida à Washington.",
    ]);
    expect(sentences("The U.S. Navy sailed through the strait. The U.S. protested.", "en")).toEqual([
      "The U.S. Navy sailed through the strait.",
      "The U.S. protested.",
    ]);
    expect(sentences("The pact was welcomed by the U.S. The talks continue.", "en")).toEqual([
      "The pact was welcomed by the U.S.",
      "The talks continue.",
    ]);
    expect(sentences("Mr. Albanese and Gen. Smith met Sen. Wong.", "en")).toEqual(["Mr. Albanese and Gen. Smith met Sen. Wong."]);
    // "Md." abbreviates Mohammad in South Asian names.
    expect(sentences("Adviser Md. Rafiqul Islam met the envoy in Dhaka.", "en")).toEqual([
      "Adviser Md. Rafiqul Islam met the envoy in Dhaka.",
    ]);
  });

  it("splits after a name suffix or company abbreviation when a determiner or pronoun opens the next sentence", () => {
    expect(sentences("Le ministre a rencontré le président Rodrigo Alvarez Jr. Les deux pays ont signé un accord.")).toEqual([
      "Le ministre a rencontré le président Rodrigo Alvarez Jr.",
      "Les deux pays ont signé un accord.",
    ]);
    expect(sentences("Le contrat revient à Nordic Yards Ltd. Elle livrera trois navires.")).toEqual([
      "Le contrat revient à Nordic Yards Ltd.",
      "Elle livrera trois navires.",
    ]);
    expect(sentences("She met Senator Paul Harmon Sr. They discussed the budget.", "en")).toEqual([
      "She met Senator Paul Harmon Sr.",
      "They discussed the budget.",
    ]);
    expect(sentences("The frigates are built by Harbor Works Inc. The first ship sails in May.", "en")).toEqual([
      "The frigates are built by Harbor Works Inc.",
      "The first ship sails in May.",
    ]);
  });

  it("keeps titles, initials and acronyms with the name or noun after them, even a determiner-like one", () => {
    expect(sentences("M. Le Maire a reçu M. Starmer à Paris.")).toEqual(["M. Le Maire a reçu M. Starmer à Paris."]);
    expect(sentences("Dr. Smith met J. Biden and U.S. officials in Rome.", "en")).toEqual([
      "Dr. Smith met J. Biden and U.S. officials in Rome.",
    ]);
    expect(sentences("Robert Harmon Jr. signed the letter.", "en")).toEqual(["Robert Harmon Jr. signed the letter."]);
    expect(sentences("Robert Harmon Jr. Smith signed the letter.", "en")).toEqual(["Robert Harmon Jr. Smith signed the letter."]);
  });

  it("gives a closing » back to the sentence it closes", () => {
    expect(sentences("« Le Japon et l’UE renforcent leurs liens. » Borrell a écrit sur X.")).toEqual([
      "« Le Japon et l’UE renforcent leurs liens. »",
      "Borrell a écrit sur X.",
    ]);
    expect(sentences('He said: "We agree." Then he left.', "en")).toEqual(['He said: "We agree."', "Then he left."]);
  });

  it("moves an opening quote left behind to the sentence it opens", () => {
    expect(sentences('Mr. Teodoro said the pact mattered. "This is a milestone." Talks follow.', "en")).toEqual([
      "Mr. Teodoro said the pact mattered.",
      '"This is a milestone."',
      "Talks follow.",
    ]);
  });

  it("reads line breaks inside a paragraph as spaces (hard-wrapped text)", () => {
    const paragraph = "Le ministre japonais de la Défense\net son homologue italien ont signé\nun accord. Il entre en vigueur.";
    expect(segmentSentences(paragraph, "fr").map((s) => paragraph.slice(s.start, s.end))).toEqual([
      "Le ministre japonais de la Défense\net son homologue italien ont signé\nun accord.",
      "Il entre en vigueur.",
    ]);
  });

  it("segments a very long paragraph in pieces without losing text", () => {
    const sentence = "Les ministres de la Défense du Japon, du Royaume-Uni et de l'Italie ont confirmé le programme. ";
    const paragraph = sentence.repeat(400);
    const spans = segmentSentences(paragraph, "fr");
    expect(spans).toHaveLength(400);
    for (const span of spans) expect(paragraph.slice(span.start, span.end)).toBe(sentence.trim());
  });

  it("keeps an abbreviated given name, rank or style inside the name it opens", () => {
    // "Ma." abbreviates Maria in Filipino names.
    expect(sentences("The deputy spokeswoman, Ma. Lourdes Villanueva, spoke first.", "en")).toEqual([
      "The deputy spokeswoman, Ma. Lourdes Villanueva, spoke first.",
    ]);
    expect(sentences("Ma. Celina Bautista leads the panel. Fr. Andres Molina and Atty. Rey Santos joined her.", "en")).toEqual([
      "Ma. Celina Bautista leads the panel.",
      "Fr. Andres Molina and Atty. Rey Santos joined her.",
    ]);
    expect(sentences("The board named Carlos Ma. Benedicto Ramos as its head.", "en")).toEqual([
      "The board named Carlos Ma. Benedicto Ramos as its head.",
    ]);
    expect(sentences("La porte-parole Ma. Elena Cortez a confirmé la visite. Le lt-col. Marchand était présent.")).toEqual([
      "La porte-parole Ma. Elena Cortez a confirmé la visite.",
      "Le lt-col. Marchand était présent.",
    ]);
  });

  it("still ends a sentence on a surname Ma or before a word that opens a sentence", () => {
    expect(sentences("The plan was backed by Jack Ma. Investors followed.", "en")).toEqual([
      "The plan was backed by Jack Ma.",
      "Investors followed.",
    ]);
    expect(sentences("The award went to Mr Ma. The ceremony ended early.", "en")).toEqual([
      "The award went to Mr Ma.",
      "The ceremony ended early.",
    ]);
    expect(sentences("The founder was Ma. The board agreed.", "en")).toEqual(["The founder was Ma.", "The board agreed."]);
    expect(sentences("The frigate docked in the U.S. The crew rested.", "en")).toEqual([
      "The frigate docked in the U.S.",
      "The crew rested.",
    ]);
  });
});
