import { describe, expect, it } from "vitest";
import { defaultLexicon, parseExtractionLexicon, phraseFinder } from "../../../ingest/extract/lexicon.js";

describe("phrase finder", () => {
  it("matches at word boundaries, case-insensitively, with offsets into the original text", () => {
    const finder = phraseFinder(["sommet", "se rendre"]);
    const text = "Le Sommet aura lieu ; il doit se  rendre à Rome, pas aux sommets.";
    expect(finder.findAll(text).map((h) => text.slice(h.start, h.end))).toEqual(["Sommet", "se  rendre"]);
  });

  it("needs the accents a form is written with, and treats ’ as an apostrophe", () => {
    const finder = phraseFinder(["signé", "s'est entretenu"]);
    expect(finder.findAll("C'est un signe.")).toEqual([]);
    const text = "Il a signé ; elle s’est entretenue.";
    expect(finder.findAll(text).map((h) => text.slice(h.start, h.end))).toEqual(["signé"]);
  });

  it("supports a trailing wildcard and forms ending with an apostrophe", () => {
    const finder = phraseFinder(["visit*", "l'"]);
    const text = "L'envoyé visitera l'Italie";
    expect(finder.findAll(text).map((h) => text.slice(h.start, h.end))).toEqual(["L'", "visitera", "l'"]);
  });
});

describe("lexicon file", () => {
  it("loads the project's lexicon for French and English", () => {
    expect(defaultLexicon("fr").events.map((e) => e.type)).toEqual(expect.arrayContaining(["Meeting", "Visit", "Signing"]));
    expect(defaultLexicon("en").plannedMarkers.test("is set to visit")).toBe(true);
  });

  it("rejects a malformed file with one line naming it", () => {
    expect(() => parseExtractionLexicon("{", "data/kb/x.json")).toThrow(/^entente\/extract: data\/kb\/x\.json: not valid JSON/);
    expect(() => parseExtractionLexicon("{}", "data/kb/x.json")).toThrow(/^entente\/extract: data\/kb\/x\.json: events: /);
  });
});
