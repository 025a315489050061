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

  it("never starts a hit inside a word, in any script, and finds the one that starts after it", () => {
    const finder = phraseFinder(["sommet", "met", "se rendre", "rendre"]);
    // "sommet" inside "Consommet" is refused; so is "met" there; the search goes on past them.
    const text = "Consommet, 3sommet, 𝐀sommet, Дsommet, sommet-met";
    expect(finder.findAll(text).map((h) => [h.start, text.slice(h.start, h.end)])).toEqual([
      [text.lastIndexOf("sommet-"), "sommet"],
      [text.lastIndexOf("met"), "met"],
    ]);
    // A form refused inside a word does not hide one that starts within it.
    expect(finder.findAll("Elle ose rendre visite").map((h) => h.phrase)).toEqual(["rendre"]);
    // A surrogate pair that is not a letter (an emoji) is a boundary, as is a lone surrogate half.
    const emoji = "🙂sommet \udc00met";
    expect(finder.findAll(emoji).map((h) => emoji.slice(h.start, h.end))).toEqual(["sommet", "met"]);
  });

  it("finds what a leading word-boundary lookbehind finds, on random text", () => {
    const forms = ["ab", "ba", "a b", "abc*", "b'"];
    const finder = phraseFinder(forms);
    const reference =
      /(?<![\p{L}\p{N}])(?:(abc\p{L}*(?![\p{L}\p{N}]))|(a\s+b(?![\p{L}\p{N}]))|(ab(?![\p{L}\p{N}]))|(ba(?![\p{L}\p{N}]))|(b'))/gu;
    const alphabet = ["a", "b", "c", " ", "'", "1", "é", "𝐀", "-"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    for (let round = 0; round < 500; round++) {
      const text = Array.from({ length: 24 }, () => alphabet[next()]).join("");
      const expected = [...text.matchAll(reference)].map((m) => [m.index, m[0]]);
      expect(
        finder.findAll(text).map((h) => [h.start, text.slice(h.start, h.end)]),
        text,
      ).toEqual(expected);
    }
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
