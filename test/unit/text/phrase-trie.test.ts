import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhraseTrie } from "../../../ingest/text/phrase-trie.js";
import { matchesAtWordStarts } from "../../../ingest/text/word-start.js";

/**
 * The reference: one global regex alternating the phrases in their order (words joined by `\s+`,
 * `*` for any letters, no letter or digit after unless the phrase ends with an apostrophe), matched
 * at word starts. What the trie must find, hit for hit.
 */
function regexHits(phrases: readonly string[], text: string): Array<[number, number, number]> {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = (phrase: string): string => {
    const prefix = phrase.endsWith("*");
    const body = (prefix ? phrase.slice(0, -1) : phrase).split(/\s+/).map(escape).join("\\s+");
    return `${body}${prefix ? "\\p{L}*" : ""}${phrase.endsWith("'") ? "" : "(?![\\p{L}\\p{N}])"}`;
  };
  const regex = new RegExp(phrases.map((p) => `(${pattern(p)})`).join("|"), "gu");
  return [...matchesAtWordStarts(regex, text)].map((m) => {
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    return [m.index, m.index + m[0].length, group - 1];
  });
}

const trieHits = (phrases: readonly string[], text: string, from?: number, to?: number): Array<[number, number, number]> =>
  new PhraseTrie(phrases).hits(text, from, to).map((h) => [h.start, h.end, h.phrase]);

describe("PhraseTrie", () => {
  it("finds phrases at word starts only, the first of the list winning at a position, then on from its end", () => {
    const phrases = ["rencontre avec", "rencontr*", "l'", "visite", "sommet"];
    const text = "la rencontre  avec l'hôte; les rencontres; prévisite; sommets; sommet2; sommet.";
    expect(trieHits(phrases, text)).toEqual(regexHits(phrases, text));
    expect(trieHits(phrases, text).map(([s, e, p]) => [text.slice(s, e), phrases[p]])).toEqual([
      ["rencontre  avec", "rencontre avec"],
      ["l'", "l'"],
      ["rencontres", "rencontr*"],
      ["sommet", "sommet"],
    ]);
  });

  it("reads a range as a text of its own: its start is a word start, nothing follows its end", () => {
    const text = "xsommet visite";
    expect(trieHits(["sommet", "vis"], text, 1, 11)).toEqual([
      [1, 7, 0],
      [8, 11, 1],
    ]);
    expect(trieHits(["sommet", "vis"], text)).toEqual([]);
  });

  it("finds what the alternation regex finds, on random phrases and texts", () => {
    const alphabet = ["a", "b", "c", " ", "  ", "'", "1", "é", "𝐀", "-", "🙂", ".", "\u00a0"];
    const unit = fc.constantFrom(...alphabet);
    const word = fc
      .array(fc.constantFrom("a", "b", "c", "é", "'", "-", "1", "𝐀", "."), { minLength: 1, maxLength: 4 })
      .map((units) => units.join(""));
    // Short words of few letters too, so that phrases often share a start or match at one position.
    const shortWord = fc.array(fc.constantFrom("a", "b", "'"), { minLength: 1, maxLength: 2 }).map((units) => units.join(""));
    const phrase = fc
      .tuple(fc.array(fc.oneof(word, shortWord), { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([words, prefix]) => `${words.join(" ")}${prefix ? "*" : ""}`);
    // Texts of random characters and of the phrases themselves, so that phrases occur, one inside another.
    const phrasesAndText = fc
      .array(phrase, { minLength: 1, maxLength: 6 })
      .chain((phrases) =>
        fc.tuple(
          fc.constant(phrases),
          fc.array(fc.oneof(unit, fc.constantFrom(...phrases.map((p) => p.replace("*", "")))), { maxLength: 16 }),
        ),
      );
    fc.assert(
      fc.property(phrasesAndText, ([phrases, pieces]) => {
        const text = pieces.join("");
        expect(trieHits(phrases, text)).toEqual(regexHits(phrases, text));
        // A range: the same as the regex on the slice, offsets moved.
        const from = Math.floor(text.length / 3);
        const to = text.length - Math.floor(text.length / 4);
        const sliced = regexHits(phrases, text.slice(from, to)).map(([s, e, p]) => [s + from, e + from, p]);
        expect(trieHits(phrases, text, from, to)).toEqual(sliced);
      }),
      { numRuns: 1000, seed: 20261203 },
    );
  });
});
