import { describe, expect, it } from "vitest";
import { followsWordCharacter, matchesAtWordStarts } from "../../../ingest/text/word-start.js";

describe("matching at word starts", () => {
  it("reads the character before an offset as a whole code point", () => {
    expect(followsWordCharacter("ab", 0)).toBe(false);
    expect(followsWordCharacter("ab", 1)).toBe(true);
    expect(followsWordCharacter("3b", 1)).toBe(true);
    expect(followsWordCharacter("-b", 1)).toBe(false);
    expect(followsWordCharacter("𝐀b", 2)).toBe(true); // a letter outside the BMP
    expect(followsWordCharacter("🙂b", 2)).toBe(false); // a symbol outside the BMP
    expect(followsWordCharacter("x\udc00b", 2)).toBe(false); // a lone low surrogate
  });

  it("finds what a leading (?<![\\p{L}\\p{N}]) finds, for every kind of pattern, on random text", () => {
    const sources = [
      String.raw`ab|b`,
      String.raw`a\s+b(?![\p{L}\p{N}])|ba`,
      String.raw`\d{1,2}\s*b`,
      String.raw`(?:c|ca)\p{L}*`,
      String.raw`b'?`,
    ];
    const alphabet = ["a", "b", "c", " ", "'", "1", "é", "𝐀", "-", "🙂"];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    for (const source of sources) {
      const reference = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})`, "gu");
      const plain = new RegExp(source, "gu");
      for (let round = 0; round < 300; round++) {
        const text = Array.from({ length: 20 }, () => alphabet[next()]).join("");
        const expected = [...text.matchAll(reference)].map((m) => [m.index, m[0]]);
        expect(
          [...matchesAtWordStarts(plain, text)].map((m) => [m.index, m[0]]),
          `${source} on ${text}`,
        ).toEqual(expected);
      }
    }
  });
});
