import { describe, expect, it } from "vitest";
import { wordTokens } from "../../../ingest/extract/sentence-tokens.js";

const read = (text: string): string[] => wordTokens(text).map((t) => `${t.kind}:${t.norm}@${t.start}-${t.end}`);

describe("word tokens of a sentence", () => {
  it("splits an English possessive off, and only a word ending with an apostrophe or 's", () => {
    expect(read("the alliance's members' rock'n'roll")).toEqual([
      "word:the@0-3",
      "word:alliance@4-12",
      "word:'s@12-14",
      "word:members@15-22",
      "word:'s@22-23",
      "word:rock'n'roll@24-35",
    ]);
    expect(read("it's o'neill")).toEqual(["word:it@0-2", "word:'s@2-4", "word:o'neill@5-12"]);
  });

  it("tells punctuation from words by the first character, ASCII or not", () => {
    expect(read("« Élysée » — 𝐀x 2026 ½ 🙂")).toEqual([
      "punct:«@0-1",
      "word:elysee@2-8",
      "punct:»@9-10",
      "punct:-@11-12",
      "word:𝐀x@13-16",
      "word:2026@17-21",
      "word:½@22-23",
      "punct:🙂@24-26",
    ]);
  });
});
