/**
 * One test per name rule (ingest/recognise/name-rules.ts, name-refiners.ts), each on sentences
 * written for it in French and English: what the rule finds, and what it must leave alone.
 */
import { describe, expect, it } from "vitest";
import { buildMatcher } from "../../../src/kb/matcher.js";
import { recogniseMentions } from "../../../ingest/recognise/index.js";
import { GROUP_RULES, RUN_RULES, TOKEN_RULES } from "../../../ingest/recognise/name-rules.js";
import { NAME_REFINERS } from "../../../ingest/recognise/name-refiners.js";
import type { PreparedDocument } from "../../../src/model/document.js";
import { preparedDocument, testKb } from "./fixtures.js";

const matcher = buildMatcher(testKb);
const fr = (...sentences: string[]): PreparedDocument => preparedDocument([sentences], [], "fr");
const en = (...sentences: string[]): PreparedDocument => preparedDocument([sentences], [], "en");
/** "text|type|rule" of every mention found by shape. */
const shaped = (d: PreparedDocument): string[] =>
  recogniseMentions(d, testKb, matcher)
    .mentions.filter((m) => m.rule !== undefined)
    .map((m) => `${m.text}|${m.type}|${m.rule}${m.needsAntecedent ? "|candidate" : ""}`);

describe("the rule lists", () => {
  it("are tried in a fixed order, each rule named once", () => {
    const names = [...TOKEN_RULES, ...RUN_RULES, ...GROUP_RULES, ...NAME_REFINERS].map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(TOKEN_RULES.at(-1)?.name).toBe("capitalisedRun");
    expect(GROUP_RULES.at(-1)?.name).toBe("loneName");
  });
});

describe("honorificSurname", () => {
  it("takes the words after an honorific as a person's name, in French and English", () => {
    expect(shaped(fr("Selon Mme Okonkwo, le texte est prêt."))).toEqual(["Okonkwo|Person|honorificSurname"]);
    expect(shaped(en("Mr Lindqvist left the room."))).toEqual(["Lindqvist|Person|honorificSurname"]);
  });
  it("needs the dot after an abbreviated rank", () => {
    expect(shaped(en("Gen. Ada Okoro spoke."))).toEqual(["Ada Okoro|Person|honorificSurname"]);
    expect(shaped(en("Gen Okoro spoke.")).some((m) => m.includes("honorificSurname"))).toBe(false);
  });
});

describe("titleCaseLine", () => {
  it("takes no name by shape in a title-case line", () => {
    expect(shaped(fr("Renforcement Stratégique de la Coopération Navale avec Nadia Velasquez"))).toEqual([]);
  });
});

describe("documentOrEventName", () => {
  it("takes nothing from the name of a document or an event", () => {
    expect(shaped(en("The report follows the National Defence Review."))).toEqual([]);
    expect(shaped(fr("Le texte précède le Sommet de Lisbonne."))).toEqual([]);
  });
});

describe("headTypedName", () => {
  it("types a name by a French head that opens it or an English head that closes it", () => {
    expect(shaped(fr("Le Parti travailliste a répondu."))).toEqual(["Parti travailliste|Organization|headTypedName"]);
    expect(shaped(en("They met at the Liberal Democratic Party offices."))).toContain(
      "Liberal Democratic Party|Organization|headTypedName",
    );
  });
  it("leaves a head alone, and a head opening the sentence, to common nouns", () => {
    expect(shaped(fr("La Commission a répondu."))).toEqual([]);
    expect(shaped(fr("Accord historique entre la France et l'Italie"))).toEqual([]);
  });
});

describe("placeAfterPreposition", () => {
  it("reads a name after in/at (after a verb) as a place, and after « à » only with its country", () => {
    expect(shaped(en("The two ministers met at Rosewood Grove on Friday."))).toEqual(["Rosewood Grove|Place|placeAfterPreposition"]);
    expect(shaped(fr("Les dirigeants se sont vus à Hakone, au Japon."))).toEqual(["Hakone|Place|placeAfterPreposition"]);
    expect(shaped(fr("Le ministre a répondu à Jean Dupont."))).toEqual(["Jean Dupont|Person|personName"]);
  });
});

describe("personName", () => {
  it("takes two to five name words as a person with a title, an apposition or evidence of a name", () => {
    expect(shaped(fr("Nadia Velasquez, ministre des Affaires étrangères, a salué l'accord."))).toEqual([
      "Nadia Velasquez|Person|personName",
    ]);
    expect(shaped(fr("Amélie Durand a publié une note."))).toEqual(["Amélie Durand|Person|personName"]);
    expect(shaped(en("Lawmakers on Capitol Hill welcomed it.")).filter((m) => m.endsWith("|personName"))).toEqual([]);
  });
});

describe("loneName", () => {
  it("keeps one capitalised word as a person after a title, otherwise only as a candidate back-reference", () => {
    expect(shaped(fr("Le Premier ministre Okafor a parlé."))).toEqual(["Okafor|Person|loneName"]);
    expect(shaped(fr("Ensuite, Okafor a quitté la réunion."))).toEqual(["Okafor|Person|loneName|candidate"]);
  });
});
