import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildMatcher } from "../../../src/kb/matcher.js";
import { entityIdFor, foldForMatch, slugify } from "../../../src/kb/normalize.js";
import { testKb } from "../recognize/fixtures.js";

const matcher = buildMatcher(testKb);
const found = (text: string) => matcher.match(text).map((m) => [m.text, m.targetId, m.kind]);

describe("foldForMatch", () => {
  it("removes accents and case without changing the length", () => {
    expect(foldForMatch("l’Élysée À Québec")).toBe("l'elysee a quebec");
    expect(foldForMatch("ÉTATS-UNIS")).toBe("etats-unis");
  });

  it("keeps offsets valid on any string, emoji and combining marks included", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => foldForMatch(s).length === s.length));
    expect(foldForMatch("İstanbul").length).toBe("İstanbul".length);
  });
});

describe("ids from names", () => {
  it("slugifies accents, apostrophes and spaces", () => {
    expect(slugify("Forces d’autodéfense japonaises")).toBe("forces-d-autodefense-japonaises");
    expect(slugify("Władysław Kosiniak-Kamysz")).toBe("wladyslaw-kosiniak-kamysz");
  });

  it("gives a two-word person the same id in either order", () => {
    expect(entityIdFor("Person", "Iwaya Takeshi")).toBe(entityIdFor("Person", "Takeshi Iwaya"));
    expect(entityIdFor("Organization", "Agence européenne de défense")).toBe("org:agence-europeenne-de-defense");
    expect(entityIdFor("Person", "Jean-Yves Le Drian")).not.toBe(entityIdFor("Person", "Le Drian Jean-Yves Pierre"));
  });
});

describe("buildMatcher", () => {
  it("finds names after an elided article and in hyphenated pairs", () => {
    expect(found("Le voyage de l'Allemagne et l’Italie")).toEqual([
      ["Allemagne", "country:DE", "alias"],
      ["Italie", "country:IT", "alias"],
    ]);
    expect(found("le partenariat Japon-UE")).toEqual([
      ["Japon", "country:JP", "alias"],
      ["UE", "org:eu", "alias"],
    ]);
  });

  it("respects word boundaries", () => {
    expect(found("Les Italiennes et la Franceville")).toEqual([]);
    expect(found("Japonais")).toEqual([["Japonais", "country:JP", "demonym"]]);
  });

  it("folds accents and case but reports the original span", () => {
    const text = "Les Etats-Unis et les ÉTATS-UNIS";
    const matches = matcher.match(text);
    expect(matches.map((m) => m.text)).toEqual(["Etats-Unis", "ÉTATS-UNIS"]);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("keeps the case of acronyms and proper names", () => {
    expect(found("UE")).toEqual([["UE", "org:eu", "alias"]]);
    expect(found("une vue sur la ue")).toEqual([]);
    expect(found("talk to us in the UK")).toEqual([["UK", "country:GB", "alias"]]);
    // "réunion" is a meeting; "La Réunion" the island
    expect(found("une réunion à La Réunion").map(([t]) => t)).toEqual(["La Réunion"]);
  });

  it("matches a language's own acronyms only in that language's articles", () => {
    const kb = {
      countries: [],
      titles: [],
      entities: [
        { id: "org:a", name: "Banque A", type: "Organization" as const, aliases: [], languageAliases: { fr: ["BAX"] } },
        { id: "org:b", name: "Bank B", type: "Organization" as const, aliases: [], caseSensitiveAliases: ["BAX"] },
      ],
    };
    const both = buildMatcher(kb);
    const targets = (text: string, language?: string) => both.match(text, language).map((m) => m.targetId);
    expect(targets("la BAX a prêté", "fr")).toEqual(["org:a", "org:b"]);
    expect(targets("the BAX lent", "en")).toEqual(["org:b"]);
    expect(targets("the BAX lent")).toEqual(["org:b"]);
    expect(targets("la bax a prêté", "fr")).toEqual([]);
  });

  it("prefers the longest match", () => {
    expect(found("la Corée du Nord")).toEqual([["Corée du Nord", "country:KP", "alias"]]);
    expect(found("le Premier ministre")).toEqual([["Premier ministre", "title:prime-minister", "title"]]);
  });

  it("finds a shorter form where a longer one that starts the same way stops short, and at the text's edges", () => {
    // "Corée du Nord" and "Corée du Sud" are walked as far as "Corée du " before the text turns to "Centre".
    expect(found("la Corée du Centre")).toEqual([["Corée", "country:KR", "alias"]]);
    expect(found("Corée du Nord")).toEqual([["Corée du Nord", "country:KP", "alias"]]);
    expect(found("Corée")).toEqual([["Corée", "country:KR", "alias"]]);
    // A form starts after any character that is not a letter or digit, never inside a word.
    expect(found("(Japon) 3Japon xJapon -Japon").map(([t]) => t)).toEqual(["Japon", "Japon"]);
  });

  it("gives every target of a shared span: a capital is a place, a country's capital and a metonym", () => {
    const kinds = found("Bruxelles").map(([, id, kind]) => `${kind}:${id}`);
    expect(kinds).toEqual(expect.arrayContaining(["alias:place:brussels", "metonym:org:eu", "capital:country:BE"]));
  });
});
