import { describe, expect, it } from "vitest";
import { extractFromLinked } from "../../../ingest/extract/index.js";
import { linkedDocument, testKnowledge, extractionTools as tools, PM } from "./linked-markup.js";

function extract(markup: string, published = "2026-02-02", language = "fr") {
  return extractFromLinked(linkedDocument(markup, { published, language }), testKnowledge, tools);
}
const pairs = (out: ReturnType<typeof extract>, type: string) =>
  out.relations
    .filter((r) => r.type === type)
    .map((r) => `${r.source} -> ${r.target}`)
    .sort();

describe("relations", () => {
  it("finds the countries developing a programme, the subjects' countries included", () => {
    const out = extract(
      `Le {Premier ministre}(${PM} country:JP) [japonais](country:JP demonym) [Kenji Sato](person:kenji-sato) et son {homologue}(- counterpart other country:GB counterpart) [britannique](country:GB demonym) [John Smith](person:john-smith) ont convenu samedi de coopérer. Ils ont également convenu de poursuivre le développement conjoint du [futur avion de combat](program:gcap), avec la participation de l'[Italie](country:IT), mais pas contre la [Chine](country:CN).`,
    );
    expect(pairs(out, "PARTICIPATES_IN")).toEqual([
      "country:GB -> program:gcap",
      "country:IT -> program:gcap",
      "country:JP -> program:gcap",
    ]);
    for (const r of out.relations) for (const e of r.evidence) expect(out.entities.length > 0 && e.text.length > 0).toBe(true);
  });

  it("reads English partners", () => {
    const out = extract(
      `[Britain](country:GB), [Japan](country:JP) and [Italy](country:IT) are partners in the [GCAP](program:gcap) fighter.`,
      "2026-02-02",
      "en",
    );
    expect(pairs(out, "PARTICIPATES_IN")).toEqual([
      "country:GB -> program:gcap",
      "country:IT -> program:gcap",
      "country:JP -> program:gcap",
    ]);
  });

  it("reads the participants a programme lists: 'le programme GCAP, qui associe le Japon, …', 'GCAP, which involves Japan and Italy'", () => {
    const fr = extract(
      `Ils ont réaffirmé leur engagement dans le programme [GCAP](program:gcap), qui associe le [Japon](country:JP), le [Royaume-Uni](country:GB) et l'[Italie](country:IT).`,
    );
    expect(pairs(fr, "PARTICIPATES_IN")).toEqual([
      "country:GB -> program:gcap",
      "country:IT -> program:gcap",
      "country:JP -> program:gcap",
    ]);
    const en = extract(`They backed [GCAP](program:gcap), which involves [Japan](country:JP) and [Italy](country:IT).`, "2026-02-02", "en");
    expect(pairs(en, "PARTICIPATES_IN")).toEqual(["country:IT -> program:gcap", "country:JP -> program:gcap"]);
  });

  it("leaves a meeting's sides out of a participation whose cue has a country of its own as subject", () => {
    const out = extract(
      `Le {Premier ministre}(${PM} country:JP) [japonais](country:JP demonym) [Kenji Sato](person:kenji-sato) a rencontré son {homologue}(- counterpart other country:GB counterpart) [britannique](country:GB demonym) [John Smith](person:john-smith) samedi. L'[Italie](country:IT) participe au programme [GCAP](program:gcap), note la déclaration publiée après la rencontre.`,
    );
    expect(pairs(out, "PARTICIPATES_IN")).toEqual(["country:IT -> program:gcap"]);
  });

  it("gives a relative clause's participation to the programme it follows, not to the sentence's other programmes", () => {
    const en = extract(
      `The corvettes, derived from the [Gowind](program:gowind) design, will be built under [Egypt](country:EG)'s [Naval 2030](program:naval-2030) programme, in which [Italy](country:IT) takes part as a partner.`,
      "2026-02-02",
      "en",
    );
    expect(pairs(en, "PARTICIPATES_IN")).toEqual(["country:EG -> program:naval-2030", "country:IT -> program:naval-2030"]);
    const fr = extract(
      `Les frégates, dérivées du modèle [FREMM](program:fremm), seront construites dans le cadre du programme grec [Sentinelle](program:sentinelle), auquel l'[Italie](country:IT) participe depuis 2024.`,
    );
    expect(pairs(fr, "PARTICIPATES_IN")).toEqual(["country:IT -> program:sentinelle"]);
    // With no relative clause, the cue still reaches every programme of the sentence.
    const both = extract(`L'[Italie](country:IT) participe au [FREMM](program:fremm) et au programme [Sentinelle](program:sentinelle).`);
    expect(pairs(both, "PARTICIPATES_IN")).toEqual(["country:IT -> program:fremm", "country:IT -> program:sentinelle"]);
  });

  it("finds an agreement by its shape, its parties from its name, and its signers", () => {
    const out = extract(
      `[Anna Weber](person:anna-weber) a signé vendredi le partenariat de sécurité et de défense [Japon](country:JP)-[UE](org:eu) avec son {homologue}(- counterpart other country:JP counterpart) [japonais](country:JP demonym) [Ken Ito](person:ken-ito).`,
      "2024-11",
    );
    const agreement = out.entities.find((e) => e.type === "Agreement");
    expect(agreement).toMatchObject({
      name: "partenariat de sécurité et de défense Japon-UE",
      id: "agreement:partenariat-de-securite-et-de-defense-japon-ue",
    });
    expect(pairs(out, "PARTY_TO")).toEqual([`country:JP -> ${agreement?.id}`, `org:eu -> ${agreement?.id}`]);
    expect(pairs(out, "SIGNED")).toEqual([`person:anna-weber -> ${agreement?.id}`, `person:ken-ito -> ${agreement?.id}`]);
  });

  it("makes parties of the countries whose head of government or minister signed, not of another office's", () => {
    const out = extract(
      `Le {Premier ministre}(${PM} country:GB) [britannique](country:GB demonym) [John Smith](person:john-smith) et le {Premier ministre}(${PM} country:JP) [japonais](country:JP demonym) [Kenji Sato](person:kenji-sato) ont signé jeudi à [Osaka](place:osaka) un accord de partenariat stratégique.`,
    );
    const agreement = out.entities.find((e) => e.type === "Agreement");
    expect(agreement).toBeDefined();
    expect(pairs(out, "PARTY_TO")).toEqual([`country:GB -> ${agreement?.id}`, `country:JP -> ${agreement?.id}`]);
    const mayor = extract(
      `Le {maire}(- Mayor other country:JP) [japonais](country:JP demonym) [Kenji Sato](person:kenji-sato) a signé jeudi à [Osaka](place:osaka) un accord de jumelage avec [John Smith](person:john-smith).`,
    );
    expect(pairs(mayor, "PARTY_TO")).toEqual([]);
    expect(pairs(mayor, "SIGNED").length).toBeGreaterThan(0);
  });

  it("takes no agreement out of an organisation's name that holds an agreement noun", () => {
    const out = extract(
      `[Kenya](country:KE), a member of the [Japan](country:JP)-led [Collective Security Treaty Organization](org:csto), hosted the talks.`,
      "2026-02-02",
      "en",
    );
    expect(out.entities.filter((e) => e.type === "Agreement")).toEqual([]);
    expect(pairs(out, "PARTY_TO")).toEqual([]);
  });

  it("finds an English agreement named by shape", () => {
    const out = extract(
      `[Japan](country:JP) and [Britain](country:GB) signed the [Japan](country:JP)-[UK](country:GB) Reciprocal Access Agreement in 2023.`,
      "2025-01-01",
      "en",
    );
    expect(out.entities.find((e) => e.type === "Agreement")?.name).toBe("Japan-UK Reciprocal Access Agreement");
    expect(pairs(out, "PARTY_TO")).toHaveLength(2);
  });

  it("reads a country's membership of an organisation", () => {
    const out = extract(`La [Finlande](country:FI), membre de l'[OTAN](org:nato) depuis 2023, a parlé.`);
    expect(pairs(out, "MEMBER_OF")).toEqual(["country:FI -> org:nato"]);
  });

  it("never points at an entity without a mention", () => {
    const out = extract(`Le {président}(title:president President head-of-state) [Xi Jinping](person:xi-jinping) a parlé hier.`);
    const ids = new Set(out.entities.map((e) => e.id));
    for (const r of out.relations) expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
    expect(pairs(out, "HOLDS_ROLE")).toEqual([]);
  });

  it("names no owner by its title in a story told from another country ('NEW DELHI — … Defence Secretary X')", () => {
    const knowledge = {
      ...testKnowledge,
      titles: [
        ...testKnowledge.titles,
        {
          id: "title:defence-secretary",
          title: "Defence Secretary",
          forms: ["Defence Secretary"],
          kind: "minister" as const,
          defaultOf: "country:GB",
          impliesOwner: true,
        },
      ],
    };
    const markup = `{Defence Secretary}(title:defence-secretary Defence_Secretary minister) [Ana Ruiz](person:ana-ruiz) signed on Monday.`;
    const told = (datelinePlace: string | null) =>
      extractFromLinked({ ...linkedDocument(markup, { published: "2026-02-02", language: "en" }), datelinePlace }, knowledge, tools);
    expect(pairs(told(null), "HOLDS_ROLE")).toEqual(["person:ana-ruiz -> country:GB"]);
    expect(pairs(told("country:JP"), "HOLDS_ROLE")).toEqual([]);
  });

  it("takes 'ce programme', 'the project' for the programme named just before, in a participation", () => {
    const out = extract(
      `Le premier vol du [GCAP](program:gcap) est reporté. Le [Japon](country:JP) et l'[Italie](country:IT) participent à ce programme.`,
    );
    expect(pairs(out, "PARTICIPATES_IN")).toEqual(["country:IT -> program:gcap", "country:JP -> program:gcap"]);
    const none = extract(
      `Le premier vol du [GCAP](program:gcap) est reporté. Le [Japon](country:JP) et l'[Italie](country:IT) participent.`,
    );
    expect(pairs(none, "PARTICIPATES_IN")).toEqual([]);
  });

  it("names the one owner of an office the KB gives to it alone, mentioned by the title where the text names it nowhere else", () => {
    const knowledge = {
      ...testKnowledge,
      titles: testKnowledge.titles.map((t) => (t.id === "title:high-representative" ? { ...t, impliesOwner: true } : t)),
    };
    const markup = `La {haute représentante}(title:high-representative High_Representative diplomat) [Ana Ruiz](person:ana-ruiz) a parlé hier.`;
    const out = extractFromLinked(linkedDocument(markup, { published: "2026-02-02", language: "fr" }), knowledge, tools);
    expect(pairs(out, "HOLDS_ROLE")).toEqual(["person:ana-ruiz -> org:eu"]);
    expect(out.entities.find((e) => e.id === "org:eu")?.mentions.map((m) => m.text)).toEqual(["haute représentante"]);
    // A title the KB does not mark as naming its owner names none.
    expect(pairs(extract(markup), "HOLDS_ROLE")).toEqual([]);
  });

  it("names an English agreement by its topic in a signing sentence, and links 'the agreement' back to it", () => {
    const out = extract(
      `[Korea](country:KR) and [Japan](country:JP) signed an agreement on the protection of classified information on Friday. The agreement was signed by [Kim Min](person:kim-min) and [Gen Ono](person:gen-ono) in [Seoul](place:seoul).`,
      "2025-05-02",
      "en",
    );
    const agreement = out.entities.find((e) => e.type === "Agreement");
    expect(agreement?.name).toBe("Korea-Japan agreement on the protection of classified information");
    expect(pairs(out, "SIGNED")).toEqual([`person:gen-ono -> ${agreement?.id}`, `person:kim-min -> ${agreement?.id}`]);
    expect(pairs(out, "PARTY_TO")).toEqual([`country:JP -> ${agreement?.id}`, `country:KR -> ${agreement?.id}`]);
    expect(out.events.filter((e) => e.type === "Signing")).toHaveLength(1);
  });

  it("names a capitalised agreement after 'the', and not a generic one", () => {
    const out = extract(
      `[Japan](country:JP) and [Britain](country:GB) signed the Reciprocal Access Agreement in 2023. They also reached an agreement on tariffs.`,
      "2025-01-01",
      "en",
    );
    expect(out.entities.filter((e) => e.type === "Agreement").map((e) => e.name)).toEqual(["Reciprocal Access Agreement"]);
  });

  it("reads the members listed after a grouping, and the parties that adopted a quoted roadmap", () => {
    const out = extract(
      `Le [Groupe de Vilnius](org:vilnius-group), qui réunit la [Lituanie](country:LT), la [Lettonie](country:LV) et l'[Estonie](country:EE), s'est réuni. Ils ont revu la feuille de route « Baltique 2040 », adoptée par la [Lituanie](country:LT) et la [Lettonie](country:LV) en 2024.`,
    );
    expect(pairs(out, "MEMBER_OF")).toEqual([
      "country:EE -> org:vilnius-group",
      "country:LT -> org:vilnius-group",
      "country:LV -> org:vilnius-group",
    ]);
    const roadmap = out.entities.find((e) => e.type === "Agreement");
    expect(roadmap?.name).toBe("Baltique 2040");
    expect(pairs(out, "PARTY_TO")).toEqual([`country:LT -> ${roadmap?.id}`, `country:LV -> ${roadmap?.id}`]);
  });

  it("reads an English quoted roadmap before its head noun, and the parties that adopted it", () => {
    const out = extract(
      `[Japan](country:JP) and [Britain](country:GB) reviewed the "Island Bridge 2035" roadmap, adopted by [Japan](country:JP) and [Britain](country:GB) in 2023.`,
      "2025-01-01",
      "en",
    );
    const roadmap = out.entities.find((e) => e.type === "Agreement");
    expect(roadmap?.name).toBe("Island Bridge 2035");
    expect(pairs(out, "PARTY_TO")).toEqual([`country:GB -> ${roadmap?.id}`, `country:JP -> ${roadmap?.id}`]);
  });

  it("does not name an agreement after the day it was signed: an unnamed memorandum is named by its parties", () => {
    const out = extract(
      `[Korea](country:KR) and [Japan](country:JP) signed a memorandum on Tuesday paving the way for joint work.`,
      "2025-05-02",
      "en",
    );
    expect(out.entities.filter((e) => e.type === "Agreement").map((e) => e.name)).toEqual(["Korea-Japan memorandum"]);
  });

  it("names an unnamed agreement by up to four parties, in the text's order; past four it keeps its noun", () => {
    const three = extract(
      `Les ministres de la Défense de la [Pologne](country:PL), de la [Lituanie](country:LT) et de la [Lettonie](country:LV) ont signé mardi un traité à Vilnius.`,
    );
    expect(three.entities.filter((e) => e.type === "Agreement").map((e) => e.name)).toEqual(["Pologne-Lituanie-Lettonie traité"]);
    const five = extract(
      `[Norway](country:NO), [Sweden](country:SE), [Finland](country:FI), [Denmark](country:DK) and [Iceland](country:IS) signed a treaty on Monday.`,
      "2025-05-02",
      "en",
    );
    expect(five.entities.filter((e) => e.type === "Agreement").map((e) => e.name)).toEqual(["treaty"]);
  });
});
