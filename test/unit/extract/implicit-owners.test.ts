/**
 * Owner rules for national offices whose owner the sentence leaves implicit (ingest/extract/roles.ts): the country of a
 * delegation the holder leads, of the country a visitor is received in, of the place a paragraph opens with.
 */
import { describe, expect, it } from "vitest";
import { extractFromLinked } from "../../../ingest/extract/index.js";
import { linkedDocument, testKnowledge, extractionTools as tools, PM, PRES, FM, DEF } from "./linked-markup.js";
import type { KbCountry, KbEntity } from "../../../src/model/kb.js";

const knowledge = {
  ...testKnowledge,
  byId: new Map<string, KbCountry | KbEntity>([
    ...testKnowledge.byId,
    ["country:KE", { id: "country:KE", name: "Kenya", iso2: "KE", aliases: [], demonyms: ["kényan", "Kenyan"] }],
  ]),
};

const VP = "title:vice-president Vice-President head-of-state";
const DPM = "title:deputy-prime-minister Deputy_Prime_Minister minister";

/** "person → title of owner" for every role found. */
function roles(markup: string, language = "fr"): string[] {
  const out = extractFromLinked(linkedDocument(markup, { published: "2026-02-02", language }), knowledge, tools);
  return out.relations.filter((r) => r.type === "HOLDS_ROLE").map((r) => `${r.source} → ${String(r.properties?.title)} of ${r.target}`);
}

describe("ledDelegation", () => {
  it("owns the offices of the one at the head of a delegation by the country that qualifies it", () => {
    const en = `The [Kenyan](country:KE demonym) delegation was led by {Vice President}(${VP}) and {Deputy Prime Minister}(${DPM}) [Luca Neri](person:luca-neri).`;
    expect(roles(en, "en")).toEqual([
      "person:luca-neri → Vice-President of country:KE",
      "person:luca-neri → Deputy Prime Minister of country:KE",
    ]);
    const fr = `La délégation [italienne](country:IT demonym) était conduite par le {ministre de la Défense}(${DEF}), [Luca Neri](person:luca-neri).`;
    expect(roles(fr)).toEqual(["person:luca-neri → Defence Minister of country:IT"]);
    const from = `A delegation from [Kenya](country:KE), led by {Defence Minister}(${DEF}) [Luca Neri](person:luca-neri), arrived on Monday.`;
    expect(roles(from, "en")).toEqual(["person:luca-neri → Defence Minister of country:KE"]);
    const du = `Une mission du [Kenya](country:KE) dirigée par le {Premier ministre}(${PM}) [Luca Neri](person:luca-neri) est arrivée lundi.`;
    expect(roles(du)).toEqual(["person:luca-neri → Prime Minister of country:KE"]);
  });
  it("not a delegation no country qualifies, nor a country elsewhere in the sentence", () => {
    expect(roles(`The delegation was led by {Defence Minister}(${DEF}) [Luca Neri](person:luca-neri).`, "en")).toEqual([]);
    const met = `The [Kenyan](country:KE demonym) president met a delegation led by {Defence Minister}(${DEF}) [Luca Neri](person:luca-neri).`;
    expect(roles(met, "en")).toEqual([]);
    const after = `La délégation conduite par le {ministre de la Défense}(${DEF}), [Luca Neri](person:luca-neri), a rencontré le président [kényan](country:KE demonym).`;
    expect(roles(after)).toEqual([]);
    // Not a person past other words after the link: "led by a team that met Defence Minister X".
    const past = `The [Kenyan](country:KE demonym) delegation was led by officials who met {Defence Minister}(${DEF}) [Luca Neri](person:luca-neri).`;
    expect(roles(past, "en")).toEqual([]);
  });
});

describe("sentenceOpeningPlace over the rest of the paragraph", () => {
  it("owns the offices met after a sentence that opens with a place by the place's country, named by the place", () => {
    const fr = `À [Osaka](place:osaka), le ministre a visité un chantier naval. Il s'est ensuite entretenu avec le {Premier ministre}(${PM}), [Tom Reyes](person:tom-reyes), puis avec la {ministre des Affaires étrangères}(${FM}), [Lina Sato](person:lina-sato).`;
    expect(roles(fr)).toEqual(["person:tom-reyes → Prime Minister of country:JP", "person:lina-sato → Foreign Minister of country:JP"]);
    const en = `In [Osaka](place:osaka), she toured a shipyard. She later met {President}(${PRES}) [Tom Reyes](person:tom-reyes) and the {defence minister}(${DEF}), [Lina Sato](person:lina-sato).`;
    expect(roles(en, "en")).toEqual(["person:tom-reyes → President of country:JP", "person:lina-sato → Defence Minister of country:JP"]);
  });
  it("not past the paragraph, nor past a sentence that names another country", () => {
    const next = `À [Osaka](place:osaka), le ministre a visité un chantier naval.\n\nIl s'est ensuite entretenu avec le {Premier ministre}(${PM}), [Tom Reyes](person:tom-reyes).`;
    expect(roles(next)).toEqual([]);
    const between = `À [Osaka](place:osaka), le ministre a visité un chantier naval. Il s'est ensuite envolé pour le [Kenya](country:KE). Il s'est entretenu avec le {Premier ministre}(${PM}), [Tom Reyes](person:tom-reyes).`;
    expect(roles(between)).toEqual([]);
    const own = `In [Osaka](place:osaka), she toured a shipyard. She later met {President}(${PRES}) [Tom Reyes](person:tom-reyes) of [Kenya](country:KE).`;
    expect(roles(own, "en")).toEqual(["person:tom-reyes → President of country:KE"]);
  });
});

describe("hostOfTrip", () => {
  const luca = "[Luca Neri](person:luca-neri)";
  const tom = "[Tom Reyes](person:tom-reyes)";
  const lina = "[Lina Sato](person:lina-sato)";
  const osaka = "[Osaka](place:osaka)";
  it("owns the offices of those the traveller meets after arriving by the visited country", () => {
    const fr = `L'envoyé ${luca} est arrivé lundi à ${osaka}. Il a été reçu par le {Premier ministre}(${PM}), ${tom}.`;
    expect(roles(fr)).toEqual(["person:tom-reyes → Prime Minister of country:JP"]);
    const en = `The envoy ${luca} arrived in ${osaka} on Friday. On Saturday he called on {President}(${PRES}) ${tom} at his office and on {Defence Minister}(${DEF}) ${lina} at the ministry.`;
    expect(roles(en, "en")).toEqual(["person:tom-reyes → President of country:JP", "person:lina-sato → Defence Minister of country:JP"]);
  });
  it("reads the trip in the meeting's sentence, its traveller unnamed or after a link, and the host who receives", () => {
    const during = `During his visit to ${osaka}, ${luca} met {Prime Minister}(${PM}) ${tom} and {Defence Minister}(${DEF}) ${lina}.`;
    expect(roles(during, "en")).toEqual([
      "person:tom-reyes → Prime Minister of country:JP",
      "person:lina-sato → Defence Minister of country:JP",
    ]);
    const lors = `Lors de sa visite à ${osaka}, ${luca} s'est entretenu avec la {ministre des Affaires étrangères}(${FM}), Mme ${lina}.`;
    expect(roles(lors)).toEqual(["person:lina-sato → Foreign Minister of country:JP"]);
    const of = `La visite de ${luca} à ${osaka} a duré deux jours. Il s'est entretenu avec la {ministre des Affaires étrangères}(${FM}), Mme ${lina}.`;
    expect(roles(of)).toEqual(["person:lina-sato → Foreign Minister of country:JP"]);
    const received = `{President}(${PRES}) ${tom} received ${luca}, who arrived in ${osaka} on Monday.`;
    expect(roles(received, "en")).toEqual(["person:tom-reyes → President of country:JP"]);
  });
  it("not the traveller, nor one who goes with them", () => {
    const subject = `During his visit to ${osaka}, {Defence Minister}(${DEF}) ${luca} met {Prime Minister}(${PM}) ${tom}.`;
    expect(roles(subject, "en")).toEqual(["person:tom-reyes → Prime Minister of country:JP"]);
    const visitor = `La visite du {ministre de la Défense}(${DEF}), ${luca}, à ${osaka} a duré deux jours. Il a été reçu par le {Premier ministre}(${PM}), ${tom}.`;
    expect(roles(visitor)).toEqual(["person:tom-reyes → Prime Minister of country:JP"]);
    const delegation = `${luca} est arrivé lundi à ${osaka}. Il a rencontré le {Premier ministre}(${PM}), ${tom}, avec sa délégation, dont le {ministre de la Défense}(${DEF}), ${lina}.`;
    expect(roles(delegation)).toEqual(["person:tom-reyes → Prime Minister of country:JP"]);
  });
  it("owns the office in apposition of one named first right after the trip, with no meeting word, by the visited country", () => {
    const fr = `Le {ministre français des Armées}(${DEF} country:FR) s'est rendu jeudi à ${osaka}. Mme ${tom}, {ministre des Affaires étrangères}(${FM}), a salué la visite.`;
    expect(roles(fr)).toEqual(["person:tom-reyes → Foreign Minister of country:JP"]);
    const named = `${luca} s'est rendu lundi à ${osaka}. ${lina}, {ministre de la Défense}(${DEF}), a qualifié cette visite d'historique.`;
    expect(roles(named)).toEqual(["person:lina-sato → Defence Minister of country:JP"]);
    const en = `${luca} travelled to ${osaka} on Monday. ${tom}, the {foreign minister}(${FM}), welcomed the visit.`;
    expect(roles(en, "en")).toEqual(["person:tom-reyes → Foreign Minister of country:JP"]);
  });
  it("not the visitor himself, nor an unnamed visitor's same office, nor one who goes with him, nor past the next sentence", () => {
    const visitor = `Le {ministre délégué}(${DEF}), ${luca}, s'est rendu jeudi à ${osaka}. Il a visité un chantier naval.`;
    expect(roles(visitor)).toEqual([]);
    const unqualified = `Le ministre s'est rendu jeudi à ${osaka}. Mme ${tom}, {ministre des Affaires étrangères}(${FM}), a salué la visite.`;
    expect(roles(unqualified)).toEqual([]);
    const same = `Le {ministre français des Affaires étrangères}(${FM} country:FR) s'est rendu jeudi à ${osaka}. Mme ${tom}, {ministre des Affaires étrangères}(${FM}), a salué la visite.`;
    expect(roles(same).filter((r) => r.includes("tom-reyes"))).toEqual([]);
    const companion = `${luca} s'est rendu lundi à ${osaka}. ${lina}, {ministre de la Défense}(${DEF}), l'accompagnait.`;
    expect(roles(companion)).toEqual([]);
    const went = `${luca} travelled to ${osaka} on Monday. ${lina}, the {defence minister}(${DEF}), accompanied him.`;
    expect(roles(went, "en")).toEqual([]);
    const later = `${luca} s'est rendu lundi à ${osaka}. Il a visité un chantier naval. ${lina}, {ministre de la Défense}(${DEF}), a salué la visite.`;
    expect(roles(later)).toEqual([]);
    const notFirst = `${luca} s'est rendu lundi à ${osaka}. Selon ${tom}, ${lina}, {ministre de la Défense}(${DEF}), a salué la visite.`;
    expect(roles(notFirst)).toEqual([]);
  });
  it("not when the sentence names another country, over the phone, before the trip or back home, or without the traveller", () => {
    const third = `${luca} arrived in ${osaka} on Friday. He met {Prime Minister}(${PM}) ${tom} before leaving for [Kenya](country:KE).`;
    expect(roles(third, "en")).toEqual([]);
    const phone = `${luca} arrived in ${osaka} on Friday. On Saturday he spoke by phone with {President}(${PRES}) ${tom}.`;
    expect(roles(phone, "en")).toEqual([]);
    const back = `${luca} visited ${osaka} last week. On his return, he met {Prime Minister}(${PM}) ${tom}.`;
    expect(roles(back, "en")).toEqual([]);
    const retour = `${luca} s'est rendu lundi à ${osaka}. De retour mardi, il a été reçu par le {Premier ministre}(${PM}), ${tom}.`;
    expect(roles(retour)).toEqual([]);
    const ahead = `Ahead of his visit to ${osaka}, ${luca} met {Prime Minister}(${PM}) ${tom}.`;
    expect(roles(ahead, "en")).toEqual([]);
    const avant = `Avant sa visite à ${osaka}, ${luca} s'est entretenu avec le {Premier ministre}(${PM}), ${tom}.`;
    expect(roles(avant)).toEqual([]);
    const others = `${luca} will travel to ${osaka} next week. On Monday, {President}(${PRES}) ${tom} met {Defence Minister}(${DEF}) ${lina}.`;
    expect(roles(others, "en")).toEqual([]);
  });
});
