/**
 * One test per rule over KB matches (ingest/recognize/match-rules.ts), on sentences written for
 * it in French and English.
 */
import { describe, expect, it } from "vitest";
import { buildMatcher } from "../../../src/kb/matcher.js";
import { recognizeMentions } from "../../../ingest/recognize/index.js";
import { MATCH_RULES } from "../../../ingest/recognize/match-rules.js";
import type { PreparedDocument } from "../../../src/model/document.js";
import { KbTitle } from "../../../src/model/kb.js";
import { preparedDocument, testKb } from "./fixtures.js";

const matcher = buildMatcher(testKb);
const fr = (...sentences: string[]): PreparedDocument => preparedDocument([sentences], [], "fr");
const en = (...sentences: string[]): PreparedDocument => preparedDocument([sentences], [], "en");
/** Mentions, without the lone capitalised words kept only as candidate back-references. */
const found = (d: PreparedDocument): string[] =>
  recognizeMentions(d, testKb, matcher)
    .mentions.filter((m) => !m.needsAntecedent)
    .map((m) => `${m.text}|${m.type}|${m.kbId ?? m.name}`);
const titles = (d: PreparedDocument) => recognizeMentions(d, testKb, matcher).titles.map((t) => [t.text, t.title, t.ofEntityId]);

describe("the match rules", () => {
  it("run in a fixed order", () => {
    expect(MATCH_RULES.map((r) => r.name)).toEqual([
      "officialCountryName",
      "regionalDemonym",
      "languageName",
      "cityNamedLikeCountry",
      "vesselName",
      "countryNamingFeature",
      "capitalByDemonym",
      "adjectiveRank",
      "titleAsGivenName",
      "surnameInLongerName",
    ]);
  });
});

describe("adjectiveRank", () => {
  const kb = {
    ...testKb,
    titles: [...testKb.titles, KbTitle.parse({ id: "title:general", title: "General", forms: ["général", "générale"], kind: "military" })],
  };
  const kbTitles = (d: PreparedDocument) => recognizeMentions(d, kb, buildMatcher(kb)).titles.map((t) => t.text);
  it("reads a rank that is an adjective elsewhere only after a determiner", () => {
    expect(kbTitles(fr("La générale Maëlle Dufresne a rencontré une générale lundi."))).toEqual(["générale", "générale"]);
    expect(kbTitles(fr("L'Assemblée générale a voté pendant la grève générale."))).toEqual([]);
  });
});

describe("officialCountryName", () => {
  it("joins a state's official style to its name, so that no 'Republic' is left as a name", () => {
    expect(found(en("She met the Foreign Minister of the Federal Republic of Kenya."))).toEqual([
      "Federal Republic of Kenya|Country|country:KE",
    ]);
    expect(found(fr("Les autres membres sont la République du Kenya et la France."))).toEqual([
      "République du Kenya|Country|country:KE",
      "France|Country|country:FR",
    ]);
  });
  it("joins no style across a conjunction, nor from a country whose own name opens with a style noun", () => {
    expect(found(fr("Les ministres du Kenya, du Royaume-Uni et de l'Italie ont parlé."))).toEqual([
      "Kenya|Country|country:KE",
      "Royaume-Uni|Country|country:GB",
      "Italie|Country|country:IT",
    ]);
    expect(found(fr("Le Royaume-Uni de l'Italie n'existe pas."))).toEqual(["Royaume-Uni|Country|country:GB", "Italie|Country|country:IT"]);
  });
  it("gives back to the country the last words of a title form that ended on the style noun", () => {
    const d = fr("Le président de la République du Kenya est arrivé.");
    expect(found(d)).toEqual(["République du Kenya|Country|country:KE"]);
    expect(titles(d)).toEqual([["président de la République du Kenya", "President", "country:KE"]]);
  });
});

describe("regionalDemonym", () => {
  it("reads no country in a regional compound", () => {
    expect(found(fr("Le bloc sud-américain et l'organisation nord-américaine ont réagi."))).toEqual([]);
    expect(found(en("The inter-American system and the American delegation met."))).toEqual(["American|Country|country:US"]);
  });
});

describe("languageName", () => {
  it("reads a demonym after en/in as a language when it qualifies no noun", () => {
    expect(found(fr("Le texte existe en japonais et en italien, pas en allemand."))).toEqual([]);
    expect(found(en("The statement was released in Japanese and in Italian."))).toEqual([]);
    expect(found(en("The drills took place in Japanese waters."))).toEqual(["Japanese|Country|country:JP"]);
  });
});

describe("cityNamedLikeCountry", () => {
  it("reads a country's name as its same-named city where the text says city", () => {
    expect(found(fr("La lettre a été signée à Luxembourg lundi."))).toEqual(["Luxembourg|Place|place:luxembourg-city"]);
    expect(found(en("The letter was signed in Luxembourg on Monday."))).toEqual(["Luxembourg|Place|place:luxembourg-city"]);
  });
  it("keeps the country elsewhere", () => {
    expect(found(fr("Le Luxembourg a signé au nom du Benelux."))).toContain("Luxembourg|Country|country:LU");
    expect(found(en("Belgium signed on behalf of Luxembourg."))).toContain("Luxembourg|Country|country:LU");
  });
});

describe("vesselName", () => {
  it("reads the name after a vessel noun as the ship's, not the person's or the place's", () => {
    expect(found(fr("La frégate Keir Starmer a accosté à Toulon-Nord."))).toEqual([]);
    expect(found(en("The destroyer Tokyo and HMS Keir Starmer sailed."))).toEqual([]);
    expect(found(en("Keir Starmer boarded the ship."))).toEqual(["Keir Starmer|Person|person:keir-starmer"]);
  });
  it("takes no name by shape after a vessel noun either", () => {
    expect(found(fr("La frégate Jean Bart a quitté le port."))).toEqual([]);
  });
});

describe("countryNamingFeature", () => {
  it("reads a country's name after the words of a geographic feature as the feature's, not the country", () => {
    expect(found(fr("Les navires patrouillent dans le golfe de Kenya et le lac Luxembourg."))).toEqual([
      "golfe de Kenya|Place|golfe de Kenya",
      "lac Luxembourg|Place|lac Luxembourg",
    ]);
    expect(found(en("Drills in the Gulf of Kenya ended."))).toEqual(["Gulf of Kenya|Place|Gulf of Kenya"]);
  });
  it("keeps the country after other words, and where a longer KB name holds the feature", () => {
    expect(found(fr("Le golfeur du Kenya a gagné au Luxembourg."))).toEqual(["Kenya|Country|country:KE", "Luxembourg|Country|country:LU"]);
    expect(found(en("The Bay of Pigs and Kenya."))).toContain("Kenya|Country|country:KE");
  });
});

describe("surnameInLongerName", () => {
  const kb = {
    ...testKb,
    entities: [...testKb.entities, { id: "person:ken-obi", name: "Ken Obi", type: "Person" as const, aliases: ["Obi"] }],
  };
  const kbFound = (d: PreparedDocument) =>
    recognizeMentions(d, kb, buildMatcher(kb))
      .mentions.filter((m) => !m.needsAntecedent)
      .map((m) => `${m.text}|${m.kbId ?? "new"}`);
  it("reads a KB person's family name joined to a name word the KB does not cover as someone else's name", () => {
    expect(kbFound(en("Vice Minister Obi Tanaro met the envoy."))).toEqual(["Obi Tanaro|new"]);
    expect(kbFound(en("The envoy met Ada Obi on Monday."))).not.toContain("Obi|person:ken-obi");
  });
  it("keeps the KB person after a title, an honorific or alone", () => {
    expect(kbFound(en("Mr Obi met the envoy. Obi said so."))).toEqual(["Obi|person:ken-obi", "Obi|person:ken-obi"]);
    expect(kbFound(fr("Le Premier ministre Obi a parlé."))).toEqual(["Obi|person:ken-obi"]);
  });
});

describe("titleAsGivenName", () => {
  const kb = {
    ...testKb,
    titles: [...testKb.titles, KbTitle.parse({ id: "title:pope", title: "Pope", forms: ["pape"], kind: "head-of-state" })],
  };
  const kbTitles = (d: PreparedDocument) => recognizeMentions(d, kb, buildMatcher(kb)).titles.map((t) => t.text);
  it("reads a title that is a given name too as the name when capitalised inside a sentence", () => {
    expect(kbTitles(fr("L'ambassadeur Pape Momar Diagne a parlé."))).toEqual([]);
    expect(kbTitles(fr("Le pape a reçu le chef."))).toEqual(["pape"]);
  });
});

describe("capitalByDemonym", () => {
  it("reads a capital named by its country's demonym as that capital", () => {
    expect(found(fr("Le ministre est arrivé lundi dans la capitale japonaise."))).toEqual(["capitale japonaise|Place|place:tokyo"]);
    expect(found(en("The minister arrived in the Japanese capital on Monday."))).toEqual(["Japanese capital|Place|place:tokyo"]);
  });
  it("not capital as money, nor a demonym alone", () => {
    expect(found(en("Japanese capital markets rose on Monday."))).toEqual(["Japanese|Country|country:JP"]);
    expect(found(fr("Le ministre japonais est arrivé."))).toEqual(["japonais|Country|country:JP"]);
  });
});
