import { describe, expect, it } from "vitest";
import { extractFromLinked } from "../../../ingest/extract/index.js";
import type { DocumentExtraction } from "../../../src/model/extraction.js";
import { linkedDocument, testKnowledge, extractionTools as tools, PM, DEF } from "./linked-markup.js";

function roles(markup: string, published = "2026-02-02", language = "fr") {
  const out: DocumentExtraction = extractFromLinked(linkedDocument(markup, { published, language }), testKnowledge, tools);
  return out.relations
    .filter((r) => r.type === "HOLDS_ROLE")
    .map((r) => ({
      person: r.source,
      of: r.target,
      title: r.properties?.title,
      text: r.properties?.titleText,
      tenure: r.properties?.tenure,
      asOf: r.properties?.asOf,
    }));
}

describe("roles", () => {
  it("reads a title before the name, with the country from its demonym", () => {
    expect(
      roles(
        `Le {Premier ministre}(${PM} country:IT) [italien](country:IT demonym) [Mario Rossi](person:mario-rossi) est arrivé à [Rome](place:rome).`,
      ),
    ).toEqual([
      {
        person: "person:mario-rossi",
        of: "country:IT",
        title: "Prime Minister",
        text: "Premier ministre",
        tenure: "current",
        asOf: "2026-02-02",
      },
    ]);
  });

  it("reads a title, a comma, then the name", () => {
    const found = roles(
      `L'accord a été annoncé par le {chef de la politique étrangère}(title:high-representative High_Representative diplomat org:eu) de l'[UE](org:eu), [Anna Weber](person:anna-weber), hier.`,
    );
    expect(found.map((r) => [r.person, r.of])).toEqual([["person:anna-weber", "org:eu"]]);
  });

  it("reads an apposition after the name with two coordinated titles", () => {
    const found = roles(
      `[Jane Doe](person:jane-doe), le {leader}(title:party-leader Party_Leader party org:green-party) du [Parti vert](org:green-party) et {chef de l'opposition}(title:leader-of-the-opposition Leader_of_the_Opposition party country:GB) au [Royaume-Uni](country:GB), a parlé.`,
    );
    expect(found.map((r) => [r.person, r.of, r.title])).toEqual([
      ["person:jane-doe", "org:green-party", "Party Leader"],
      ["person:jane-doe", "country:GB", "Leader of the Opposition"],
    ]);
  });

  it("gives a title followed by honorifics and a name to that name, not to the name listed before it", () => {
    const EMIR = "title:emir Emir head-of-state";
    const found = roles(
      `The summit in [Qatar](country:QA) was attended by [Ken Obi](person:ken-obi), {Qatar's Emir}(${EMIR} country:QA) Sheikh [Tamim Al Thani](person:tamim-al-thani) and others.`,
      "2026-02-02",
      "en",
    );
    expect(found.map((r) => [r.person, r.of, r.title])).toEqual([["person:tamim-al-thani", "country:QA", "Emir"]]);
  });

  it("reads an abbreviated rank between a title and its holder as an honorific", () => {
    const DEPUTY = "title:deputy-defence-minister Deputy_Defence_Minister minister";
    const found = roles(
      `[Ana Ruiz](person:ana-ruiz) met [Vietnam](country:VN)'s {deputy defence minister}(${DEPUTY} country:VN), Lt Gen [Hoang Chien](person:hoang-chien), on Monday.`,
      "2026-02-02",
      "en",
    );
    expect(found.map((r) => [r.person, r.of])).toEqual([["person:hoang-chien", "country:VN"]]);
  });

  it("adds MEMBER_OF for a party office", () => {
    const out = extractFromLinked(
      linkedDocument(
        `[Jane Doe](person:jane-doe), {leader}(title:party-leader Party_Leader party org:green-party) du [Parti vert](org:green-party), a parlé.`,
        { published: "2026-02-02" },
      ),
      testKnowledge,
      tools,
    );
    expect(out.relations.filter((r) => r.type === "MEMBER_OF").map((r) => [r.source, r.target])).toEqual([
      ["person:jane-doe", "org:green-party"],
    ]);
  });

  it("gives a counterpart the other side's office and the country of its demonym", () => {
    const found = roles(
      `Le {Premier ministre}(${PM} country:JP) [japonais](country:JP demonym) [Kenji Sato](person:kenji-sato) et son {homologue}(- counterpart other country:GB counterpart) [britannique](country:GB demonym) [John Smith](person:john-smith) se sont entretenus.`,
    );
    expect(found.map((r) => [r.person, r.of, r.title])).toEqual([
      ["person:kenji-sato", "country:JP", "Prime Minister"],
      ["person:john-smith", "country:GB", "Prime Minister"],
    ]);
  });

  it("maps the counterpart of an EU foreign-policy chief to a foreign minister", () => {
    const found = roles(
      `La {cheffe de la politique étrangère}(title:high-representative High_Representative_for_Foreign_Affairs_and_Security_Policy diplomat org:eu) de l'[UE](org:eu), [Anna Weber](person:anna-weber), a signé avec son {homologue}(- counterpart other country:JP counterpart) [japonais](country:JP demonym) [Ken Ito](person:ken-ito).`,
    );
    expect(found.find((r) => r.person === "person:ken-ito")).toMatchObject({ of: "country:JP", title: "Foreign Minister" });
  });

  it("gives a country's counterpart no office of an organisation: 'NATO's Secretary General X met his Ukrainian counterpart Y'", () => {
    const found = roles(
      `The {Secretary General}(title:secretary-general Secretary-General other org:nato) of [NATO](org:nato), [Mark Olsen](person:mark-olsen), met his [Ukrainian](country:UA demonym) {counterpart}(- counterpart other country:UA counterpart), [Ivan Petrenko](person:ivan-petrenko).`,
      "en",
    );
    expect(found.map((r) => [r.person, r.of, r.title])).toEqual([["person:mark-olsen", "org:nato", "Secretary-General"]]);
  });

  it("splits coordinated titles before a name and keeps 'former' on the first", () => {
    const found = roles(
      `L'{ancien ministre de la Défense}(${DEF} - former) et {Premier ministre}(${PM} country:JP) [japonais](country:JP demonym) nouvellement élu, [Taro Yamada](person:taro-yamada), a parlé.`,
    );
    expect(found.map((r) => [r.person, r.title, r.tenure])).toEqual([
      ["person:taro-yamada", "Defence Minister", "former"],
      ["person:taro-yamada", "Prime Minister", "current"],
    ]);
  });

  it("pairs people and countries with 'respectivement', even when the plural title was not recognised", () => {
    const found = roles(
      `[Ana Costa](person:ana-costa), [Ben Hall](person:ben-hall) et [Kei Mori](person:kei-mori), respectivement ministres de la Défense de l'[Italie](country:IT), du [Royaume-Uni](country:GB) et du [Japon](country:JP), se sont réunis.`,
    );
    expect(found.map((r) => [r.person, r.of, r.title])).toEqual([
      ["person:ana-costa", "country:IT", "Defence Minister"],
      ["person:ben-hall", "country:GB", "Defence Minister"],
      ["person:kei-mori", "country:JP", "Defence Minister"],
    ]);
  });

  it("pairs with 'respectively' in English", () => {
    const found = roles(
      `[Ana Costa](person:ana-costa), [Ben Hall](person:ben-hall) and [Kei Mori](person:kei-mori), the defence ministers of [Italy](country:IT), [Britain](country:GB) and [Japan](country:JP) respectively, met on Tuesday.`,
      "2025-12-09",
      "en",
    );
    expect(found.map((r) => [r.person, r.of])).toEqual([
      ["person:ana-costa", "country:IT"],
      ["person:ben-hall", "country:GB"],
      ["person:kei-mori", "country:JP"],
    ]);
  });

  it("reads English titles with a possessive or an adjective of nationality", () => {
    const found = roles(
      `[Japan](country:JP)'s {Defence Minister}(${DEF}) [Kei Mori](person:kei-mori) met [British](country:GB demonym) officials.`,
      "2025-12-09",
      "en",
    );
    expect(found.map((r) => [r.person, r.of, r.title])).toEqual([["person:kei-mori", "country:JP", "Defence Minister"]]);
  });

  it("takes the office's country from the knowledge base only when the KB office matches the title", () => {
    expect(
      roles(
        `Il a rencontré le {président}(title:president President head-of-state) [Xi Jinping](person:xi-jinping) hier en [Chine](country:CN).`,
      ).map((r) => r.of),
    ).toEqual(["country:CN"]);
    expect(roles(`Il a rencontré le {Premier ministre}(${PM}) [Xi Jinping](person:xi-jinping) hier en [Chine](country:CN).`)).toEqual([]);
  });

  it("dates a role by its sentence's event date, else by publication", () => {
    const found = roles(
      `Le 31 janvier dernier, le {Premier ministre}(${PM} country:JP) [japonais](country:JP demonym) [Kenji Sato](person:kenji-sato) a parlé.`,
      "2026-02-02",
    );
    expect(found[0]?.asOf).toBe("2026-01-31");
  });

  it("extracts roles from teaser zones too", () => {
    const found = roles(
      `Un texte.\n\nEN SAVOIR PLUS :\n\nLe {Premier ministre}(${PM} country:JP) [japonais](country:JP demonym) [Kenji Sato](person:kenji-sato) a gagné.`,
    );
    expect(found.map((r) => r.person)).toEqual(["person:kenji-sato"]);
  });

  it("does not attach a title across a verb", () => {
    expect(
      roles(`Le {Premier ministre}(${PM} country:JP) [japonais](country:JP demonym) a rencontré [John Smith](person:john-smith).`),
    ).toEqual([]);
  });

  it("pairs each person with their own title after 'respectivement', an elided office taking the last one's", () => {
    const found = roles(
      `[Ana Costa](person:ana-costa) et [Kei Mori](person:kei-mori), respectivement {ministre}(title:minister Minister minister country:IT) [italien](country:IT demonym) et {ministre japonais de la Défense}(${DEF} country:JP), se verront lundi au [Japon](country:JP).`,
    );
    expect(found.map((r) => [r.person, r.of, r.title])).toEqual([
      ["person:ana-costa", "country:IT", "Defence Minister"],
      ["person:kei-mori", "country:JP", "Defence Minister"],
    ]);
  });

  it("gives a counterpart the portfolio, not every office of the other side", () => {
    const found = roles(
      `[Rob Hill](person:rob-hill), {vice-Premier ministre}(title:deputy-prime-minister Deputy_Prime_Minister head-of-government country:IT) et {ministre de la Défense}(${DEF} country:IT) de l'[Italie](country:IT), a signé avec son {homologue}(- counterpart other country:JP counterpart) [japonais](country:JP demonym) [Kei Mori](person:kei-mori).`,
    );
    expect(found.filter((r) => r.person === "person:kei-mori").map((r) => [r.of, r.title])).toEqual([["country:JP", "Defence Minister"]]);
  });
});
