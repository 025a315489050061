/**
 * Tenures told by verbs and appointment phrasing (ingest/extract/roles.ts, ./succession.ts): a change of office
 * still to come or done, on sentences written for them in French and English, and the sentences where no rule
 * may fire.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../ingest/pipeline.js";
import { extractFromLinked } from "../../../ingest/extract/index.js";
import { linkedDocument, roleLines, testKnowledge, extractionTools as tools, FM, DEF } from "./linked-markup.js";
import type { KbCountry, KbEntity } from "../../../src/model/kb.js";

const COS = "title:chief-of-staff Chief_of_Staff other";

const knowledge = {
  ...testKnowledge,
  byId: new Map<string, KbCountry | KbEntity>([
    ...testKnowledge.byId,
    ["country:KE", { id: "country:KE", name: "Kenya", iso2: "KE", aliases: [], demonyms: ["kényan"] }],
    ["country:SE", { id: "country:SE", name: "Sweden", iso2: "SE", aliases: [], demonyms: ["suédois"] }],
  ]),
};

/** "person → title of owner[ (tenure)]" for every role found, the tenure when the office is not held now. */
function roles(markup: string, language = "fr"): string[] {
  const out = extractFromLinked(linkedDocument(markup, { published: "2026-02-02", language }), knowledge, tools);
  return roleLines(out).sort();
}

describe("a succession still to come", () => {
  it("'X will succeed Y as …', 'X succédera à Y au poste de …': the successor designated, the predecessor still in office", () => {
    expect(
      roles(
        `[Anna Kowal](person:anna-kowal) will succeed [Lars Lind](person:lars-lind) as [Sweden](country:SE)'s {foreign minister}(${FM} country:SE).`,
        "en",
      ),
    ).toEqual(["person:anna-kowal → Foreign Minister of country:SE (designated)", "person:lars-lind → Foreign Minister of country:SE"]);
    expect(
      roles(
        `[Jean Morin](person:jean-morin) succédera à [Marc Leroy](person:marc-leroy) au poste de {ministre de la Défense}(${DEF} country:KE) du [Kenya](country:KE).`,
      ),
    ).toEqual(["person:jean-morin → Defence Minister of country:KE (designated)", "person:marc-leroy → Defence Minister of country:KE"]);
    expect(
      roles(
        `[Anna Kowal](person:anna-kowal) is set to replace [Lars Lind](person:lars-lind) as [Sweden](country:SE)'s {foreign minister}(${FM} country:SE).`,
        "en",
      ),
    ).toEqual(["person:anna-kowal → Foreign Minister of country:SE (designated)", "person:lars-lind → Foreign Minister of country:SE"]);
  });
  it("in the passive: 'Y sera remplacé par X comme …', 'Y will be replaced by X'", () => {
    expect(
      roles(
        `[Marc Leroy](person:marc-leroy) sera remplacé par [Jean Morin](person:jean-morin) comme {chef de cabinet}(${COS} country:KE) du [Kenya](country:KE).`,
      ),
    ).toEqual(["person:jean-morin → Chief of Staff of country:KE (designated)", "person:marc-leroy → Chief of Staff of country:KE"]);
    const told = `[Sweden](country:SE)'s {foreign minister}(${FM} country:SE), [Lars Lind](person:lars-lind), spoke. [Lars Lind](person:lars-lind) will be replaced by [Anna Kowal](person:anna-kowal) in May.`;
    expect(roles(told, "en")).toEqual([
      "person:anna-kowal → Foreign Minister of country:SE (designated)",
      "person:lars-lind → Foreign Minister of country:SE",
    ]);
  });
  it("the office the predecessor holds, not one the successor holds now", () => {
    const told = `[Sweden](country:SE)'s {foreign minister}(${FM} country:SE), [Lars Lind](person:lars-lind), spoke. [Sweden](country:SE)'s {defence minister}(${DEF} country:SE), [Anna Kowal](person:anna-kowal), will succeed [Lars Lind](person:lars-lind) in May.`;
    expect(roles(told, "en")).toEqual([
      "person:anna-kowal → Defence Minister of country:SE",
      "person:anna-kowal → Foreign Minister of country:SE (designated)",
      "person:lars-lind → Foreign Minister of country:SE",
    ]);
  });
});

describe("a succession done", () => {
  it("'X succeeded Y … last month', 'She succeeds Y' (the sentence before names her): the successor current, the predecessor former", () => {
    expect(
      roles(
        `[Anna Kowal](person:anna-kowal) succeeded [Lars Lind](person:lars-lind) as [Sweden](country:SE)'s {foreign minister}(${FM} country:SE) last month.`,
        "en",
      ),
    ).toEqual(["person:anna-kowal → Foreign Minister of country:SE", "person:lars-lind → Foreign Minister of country:SE (former)"]);
    const pronoun = `[Anna Kowal](person:anna-kowal) was named [Sweden](country:SE)'s {foreign minister}(${FM} country:SE) on Monday. She succeeds [Lars Lind](person:lars-lind).`;
    expect(roles(pronoun, "en")).toEqual([
      "person:anna-kowal → Foreign Minister of country:SE",
      "person:lars-lind → Foreign Minister of country:SE (former)",
    ]);
    const elle = `[Anna Kowal](person:anna-kowal) a été nommée {ministre des Affaires étrangères}(${FM} country:SE) de la [Suède](country:SE). Elle remplace [Lars Lind](person:lars-lind).`;
    expect(roles(elle)).toEqual([
      "person:anna-kowal → Foreign Minister of country:SE",
      "person:lars-lind → Foreign Minister of country:SE (former)",
    ]);
  });
  it("not 'He succeeds Y' when the sentence before names two people: the pronoun's person is not known", () => {
    const out = extractArticle({
      source: "mem.txt",
      format: "txt",
      text: "EU foreign policy chief Anna Berg confirmed on Wednesday that Slovak diplomat Marek Novak will take over as EU special envoy for the dialogue on Jan. 1. He succeeds Peter Holm, who is stepping down.",
      title: null,
      published: "2026-12-17",
      publisher: null,
    });
    const holm = out.entities.find((e) => e.name === "Peter Holm")?.id;
    expect(holm).toBeDefined();
    expect(out.relations.filter((r) => r.type === "HOLDS_ROLE" && r.source === holm)).toEqual([]);
  });
  it("not 'succeeded in …', 'a réussi à …', 'remplace … par' with a clause before the name", () => {
    const told = `[Sweden](country:SE)'s {foreign minister}(${FM} country:SE), [Lars Lind](person:lars-lind), spoke.`;
    expect(roles(`${told} [Anna Kowal](person:anna-kowal) succeeded in convincing [Lars Lind](person:lars-lind) to stay.`, "en")).toEqual([
      "person:lars-lind → Foreign Minister of country:SE",
    ]);
    expect(roles(`${told} [Anna Kowal](person:anna-kowal) replaces the old plan of [Lars Lind](person:lars-lind).`, "en")).toEqual([
      "person:lars-lind → Foreign Minister of country:SE",
    ]);
    const fr = `Le {ministre des Affaires étrangères}(${FM} country:SE) [suédois](country:SE demonym), [Lars Lind](person:lars-lind), a parlé. [Anna Kowal](person:anna-kowal) remplace souvent au pied levé [Lars Lind](person:lars-lind).`;
    expect(roles(fr)).toEqual(["person:lars-lind → Foreign Minister of country:SE"]);
  });
});

describe("appointedAs without a link", () => {
  it("'a nommé X ministre des Affaires étrangères', 'appointed X Kenya's defence minister': the appointee holds the office", () => {
    expect(
      roles(
        `Le président a nommé [Ali Hassan](person:ali-hassan) {ministre des Affaires étrangères}(${FM} country:KE) du [Kenya](country:KE) mardi.`,
      ),
    ).toEqual(["person:ali-hassan → Foreign Minister of country:KE"]);
    expect(
      roles(`The president appointed [Ali Hassan](person:ali-hassan) [Kenya](country:KE)'s {defence minister}(${DEF} country:KE).`, "en"),
    ).toEqual(["person:ali-hassan → Defence Minister of country:KE"]);
  });
  it("designated when it takes effect later: 'effective March 1', 'à compter du 1er mars'", () => {
    expect(
      roles(
        `The president appointed [Ali Hassan](person:ali-hassan) [Kenya](country:KE)'s {defence minister}(${DEF} country:KE), effective March 1, 2026.`,
        "en",
      ),
    ).toEqual(["person:ali-hassan → Defence Minister of country:KE (designated)"]);
    expect(
      roles(
        `[Ali Hassan](person:ali-hassan) a été nommé {ministre de la Défense}(${DEF} country:KE) du [Kenya](country:KE), à compter du 1er mars 2026.`,
      ),
    ).toEqual(["person:ali-hassan → Defence Minister of country:KE (designated)"]);
    // A date already past takes nothing away.
    expect(
      roles(
        `[Ali Hassan](person:ali-hassan) a été nommé {ministre de la Défense}(${DEF} country:KE) du [Kenya](country:KE), à compter du 1er janvier 2026.`,
      ),
    ).toEqual(["person:ali-hassan → Defence Minister of country:KE"]);
  });
  it("not an object that is no person, a name in apposition, or a title before another's name", () => {
    expect(
      roles(`Le président a nommé un comité, puis {ministre de la Défense}(${DEF} country:KE) du [Kenya](country:KE) a parlé.`),
    ).toEqual([]);
    expect(
      roles(
        `Le président a nommé [Ali Hassan](person:ali-hassan), {ministre de la Défense}(${DEF} country:KE) du [Kenya](country:KE), à la tête de la commission.`,
      ),
    ).toEqual(["person:ali-hassan → Defence Minister of country:KE"]);
    expect(
      roles(
        `The president named [Ali Hassan](person:ali-hassan) [Kenya](country:KE)'s {defence minister}(${DEF} country:KE) [Tom Reyes](person:tom-reyes)'s envoy.`,
        "en",
      ),
    ).toEqual(["person:tom-reyes → Defence Minister of country:KE"]);
  });
});

describe("tenureVerbTitle", () => {
  it("'X will take over as …', 'X deviendra …': designated", () => {
    expect(
      roles(
        `[Anna Kowal](person:anna-kowal) will take over as [Sweden](country:SE)'s {foreign minister}(${FM} country:SE) on Jan. 1.`,
        "en",
      ),
    ).toEqual(["person:anna-kowal → Foreign Minister of country:SE (designated)"]);
    expect(
      roles(`[Jean Morin](person:jean-morin) deviendra {ministre de la Défense}(${DEF} country:KE) du [Kenya](country:KE) en mars.`),
    ).toEqual(["person:jean-morin → Defence Minister of country:KE (designated)"]);
  });
  it("'X stepped down as …', 'X a quitté ses fonctions de …': former", () => {
    expect(
      roles(`[Anna Kowal](person:anna-kowal) stepped down as [Sweden](country:SE)'s {foreign minister}(${FM} country:SE) in May.`, "en"),
    ).toEqual(["person:anna-kowal → Foreign Minister of country:SE (former)"]);
    expect(
      roles(
        `[Jean Morin](person:jean-morin) a quitté ses fonctions de {ministre de la Défense}(${DEF} country:KE) du [Kenya](country:KE).`,
      ),
    ).toEqual(["person:jean-morin → Defence Minister of country:KE (former)"]);
    expect(
      roles(
        `[Anna Kowal](person:anna-kowal), who resigned as [Sweden](country:SE)'s {foreign minister}(${FM} country:SE) in May, spoke.`,
        "en",
      ),
    ).toEqual(["person:anna-kowal → Foreign Minister of country:SE (former)"]);
  });
  it("not a verb that is no change of office, nor the copula ('X was foreign minister' is copulaTitle's)", () => {
    expect(
      roles(`[Anna Kowal](person:anna-kowal) will meet [Sweden](country:SE)'s {foreign minister}(${FM} country:SE) on Jan. 1.`, "en"),
    ).toEqual([]);
    expect(
      roles(
        `[Jean Morin](person:jean-morin) deviendra célèbre avant le {ministre de la Défense}(${DEF} country:KE) du [Kenya](country:KE).`,
      ),
    ).toEqual([]);
    expect(roles(`[Anna Kowal](person:anna-kowal) is [Sweden](country:SE)'s {foreign minister}(${FM} country:SE).`, "en")).toEqual([
      "person:anna-kowal → Foreign Minister of country:SE",
    ]);
  });
});

describe("leaving office after a person told with their title", () => {
  it("'Kenya's defence minister, X, resigned', 'Le ministre de la Défense, X, a été limogé', '…, qui a démissionné': former", () => {
    expect(
      roles(`[Kenya](country:KE)'s {defence minister}(${DEF} country:KE), [Ali Hassan](person:ali-hassan), resigned on Monday.`, "en"),
    ).toEqual(["person:ali-hassan → Defence Minister of country:KE (former)"]);
    expect(
      roles(`[Kenyan](country:KE demonym) {Defence Minister}(${DEF} country:KE) [Ali Hassan](person:ali-hassan) has stepped down.`, "en"),
    ).toEqual(["person:ali-hassan → Defence Minister of country:KE (former)"]);
    expect(
      roles(`Le {ministre de la Défense}(${DEF} country:KE) du [Kenya](country:KE), [Ali Hassan](person:ali-hassan), a été limogé mardi.`),
    ).toEqual(["person:ali-hassan → Defence Minister of country:KE (former)"]);
    expect(
      roles(
        `[Ali Hassan](person:ali-hassan), {ministre de la Défense}(${DEF} country:KE) du [Kenya](country:KE), qui a démissionné en mai, a parlé.`,
      ),
    ).toEqual(["person:ali-hassan → Defence Minister of country:KE (former)"]);
  });
  it("not another verb, another person's leaving, or 'resigned as' another office", () => {
    expect(
      roles(`[Kenyan](country:KE demonym) {Defence Minister}(${DEF} country:KE) [Ali Hassan](person:ali-hassan) met the press.`, "en"),
    ).toEqual(["person:ali-hassan → Defence Minister of country:KE"]);
    expect(
      roles(
        `[Kenyan](country:KE demonym) {Defence Minister}(${DEF} country:KE) [Ali Hassan](person:ali-hassan) said [Tom Reyes](person:tom-reyes) resigned.`,
        "en",
      ),
    ).toEqual(["person:ali-hassan → Defence Minister of country:KE"]);
    expect(
      roles(
        `[Kenyan](country:KE demonym) {Defence Minister}(${DEF} country:KE) [Ali Hassan](person:ali-hassan) resigned as party leader.`,
        "en",
      ),
    ).toEqual(["person:ali-hassan → Defence Minister of country:KE"]);
  });
});

describe("heldAsActing", () => {
  const JUS = "title:justice-minister Justice_Minister minister";
  it("'le poste de …, occupé par intérim par le ministre de la Justice, X': acting in the post, their own office current", () => {
    expect(
      roles(
        `Le poste de {ministre des Affaires étrangères}(${FM}) du [Kenya](country:KE), occupé par intérim par le {ministre de la Justice}(${JUS} country:KE), [Karim Ali](person:karim-ali), reste vacant.`,
      ),
    ).toEqual(["person:karim-ali → Foreign Minister of country:KE (acting)", "person:karim-ali → Justice Minister of country:KE"]);
    expect(
      roles(
        `The post of [Kenya](country:KE)'s {foreign minister}(${FM} country:KE), held in an acting capacity by [Karim Ali](person:karim-ali), is vacant.`,
        "en",
      ),
    ).toEqual(["person:karim-ali → Foreign Minister of country:KE (acting)"]);
  });
  it("not an office far from the cue, or a name with a clause between", () => {
    expect(
      roles(
        `Le {ministre des Affaires étrangères}(${FM} country:KE) du [Kenya](country:KE) a parlé de la réforme du code, occupé par intérim par [Karim Ali](person:karim-ali).`,
      ),
    ).toEqual([]);
    expect(
      roles(
        `The post of [Kenya](country:KE)'s {foreign minister}(${FM} country:KE), held in an acting capacity by a panel that [Karim Ali](person:karim-ali) chairs, is vacant.`,
        "en",
      ),
    ).toEqual([]);
  });
});
