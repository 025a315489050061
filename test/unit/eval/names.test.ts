import { describe, expect, it } from "vitest";
import { keysOfName, nameKeys, normalizeName, shareAName, wordSetKey } from "../../../src/eval/names.js";

describe("normalizeName", () => {
  it("drops accents and case", () => {
    expect(normalizeName("États-Unis")).toBe("etats unis");
    expect(normalizeName("Première MINISTRE")).toBe("premiere ministre");
  });

  it("treats every apostrophe and quote as a word boundary", () => {
    expect(normalizeName("l’Otan")).toBe("l otan");
    expect(normalizeName("l'Otan")).toBe("l otan");
    expect(normalizeName("« Horizon »")).toBe("horizon");
  });

  it("makes each run of punctuation and space one space, and trims", () => {
    expect(normalizeName("  U.S.-Japan   talks!  ")).toBe("u s japan talks");
    expect(normalizeName("---")).toBe("");
  });
});

describe("wordSetKey", () => {
  it("ignores word order, so a family-name-first name is the same person", () => {
    expect(wordSetKey("Takaichi Sanae")).toBe(wordSetKey("Sanae Takaichi"));
    expect(wordSetKey("Kim Min-jun")).toBe("jun kim min");
  });
});

describe("nameKeys and shareAName", () => {
  it("keys every name both normalised and as a word set, leaving out empty names", () => {
    expect([...nameKeys(["Roe, Jane", "!!"])].sort()).toEqual(["jane roe", "roe jane"]);
    expect(nameKeys(["?"]).size).toBe(0);
  });

  it("finds a shared name in any form, and none between different names", () => {
    const person = nameKeys(["Jane Roe", "Roe"]);
    expect(shareAName(person, keysOfName("ROE"))).toBe(true);
    expect(shareAName(person, keysOfName("Roe Jane"))).toBe(true);
    expect(shareAName(person, keysOfName("Jane"))).toBe(false);
  });
});
