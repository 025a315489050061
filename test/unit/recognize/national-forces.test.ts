/**
 * findNationalForces (ingest/recognize/national-forces.ts): a country's armed force the knowledge base
 * does not list, named by the country and a force noun, on sentences written for it.
 */
import { describe, expect, it } from "vitest";
import { buildMatcher } from "../../../src/kb/matcher.js";
import { defaultKnowledgeBase } from "../../../src/kb/load.js";
import { recognizeMentions } from "../../../ingest/recognize/index.js";
import type { PreparedDocument } from "../../../src/model/document.js";
import { preparedDocument } from "./fixtures.js";

const kb = defaultKnowledgeBase();
const matcher = buildMatcher(kb);
const fr = (s: string): PreparedDocument => preparedDocument([[s]], [], "fr");
const en = (s: string): PreparedDocument => preparedDocument([[s]], [], "en");
/** "text → name" of every force found by the rule, and the KB ids of the sentence's organisations. */
const forces = (d: PreparedDocument): string[] =>
  recognizeMentions(d, kb, matcher)
    .mentions.filter((m) => m.rule === "nationalForce")
    .map((m) => `${m.text} → ${m.name}`);
const known = (d: PreparedDocument): string[] =>
  recognizeMentions(d, kb, matcher)
    .mentions.filter((m) => m.type === "Organization" && m.kbId !== null)
    .map((m) => m.kbId ?? "");

describe("findNationalForces", () => {
  it("names the force after the country, its possessive or its demonym in English", () => {
    expect(forces(en("A Pakistan army spokesman denied the report."))).toEqual(["Pakistan army → Pakistan Army"]);
    expect(forces(en("Indonesia's air force grounded the jets."))).toEqual(["Indonesia's air force → Indonesia Air Force"]);
    expect(forces(en("The Kenyan coast guard and the Brazilian armed forces took part."))).toEqual([
      "Kenyan coast guard → Kenyan Coast Guard",
      "Brazilian armed forces → Brazilian Armed Forces",
    ]);
  });
  it("names the force before the demonym in French", () => {
    expect(forces(fr("La marine philippine a dépêché deux navires."))).toEqual(["marine philippine → Marine philippine"]);
    expect(forces(fr("Un porte-parole de l'armée de l'air indonésienne a démenti."))).toEqual([
      "armée de l'air indonésienne → Armée de l'air indonésienne",
    ]);
  });
  it("keeps a style word of the force's own name: 'the Royal Norwegian Navy', 'la marine royale danoise'", () => {
    expect(forces(en("Missiles for the Royal Navy and the Royal Norwegian Navy will be built in Glasgow."))).toEqual([
      "Royal Norwegian Navy → Royal Norwegian Navy",
    ]);
    expect(forces(en("The Royal Thai Air Force flew two jets."))).toEqual(["Royal Thai Air Force → Royal Thai Air Force"]);
    expect(forces(fr("La marine royale danoise a envoyé une frégate."))).toEqual(["marine royale danoise → Marine royale danoise"]);
    // Not a style word, or not written as one: the force starts at the country.
    expect(forces(en("The royal Danish navy sailed."))).toEqual(["Danish navy → Danish Navy"]);
    expect(forces(en("The Loyal Danish Navy sailed."))).toEqual(["Danish Navy → Danish Navy"]);
    expect(known(en("The Royal Australian Navy hosted the drill."))).toEqual(["org:royal-australian-navy"]);
  });
  it("leaves the knowledge base's forces to it, and a force noun with no country alone", () => {
    expect(forces(en("An Indian Navy frigate and a Royal Navy destroyer sailed together."))).toEqual([]);
    expect(known(en("An Indian Navy frigate and a Royal Navy destroyer sailed together."))).toEqual(["org:indian-navy", "org:royal-navy"]);
    expect(forces(fr("La marine française a reçu la frégate."))).toEqual([]);
    expect(forces(en("The army said the navy and the air force were ready."))).toEqual([]);
    expect(forces(fr("L'armée a indiqué que la marine était prête."))).toEqual([]);
    // A country that is not right before the noun: "Japan and its army", "la France, dont l'armée".
    expect(forces(en("Japan and its army are ready."))).toEqual([]);
  });
});
