import { describe, expect, it } from "vitest";
import { buildContext } from "../../../ingest/extract/context.js";
import { defaultLexicon } from "../../../ingest/extract/lexicon.js";
import { sentenceTense } from "../../../ingest/dates/index.js";
import { linkedDocument, testKnowledge, extractionTools } from "./linked-markup.js";

describe("ExtractionContext tenses (each text's computed once per document)", () => {
  it("answers each text with its own tense, however often and in whatever order it is asked", () => {
    const calls: string[] = [];
    const tools = {
      ...extractionTools,
      sentenceTense: (text: string, language: string) => {
        calls.push(text);
        return sentenceTense(text, language);
      },
    };
    const linked = linkedDocument(`Les ministres se sont réunis lundi. Ils se retrouveront en mars.`, {
      published: "2026-02-02",
      language: "fr",
    });
    const ctx = buildContext(linked, testKnowledge, defaultLexicon("fr"), tools);
    const past = "les ministres se sont réunis lundi";
    const future = "ils se retrouveront en mars";
    expect([ctx.tenseOfText(past), ctx.tenseOfText(future), ctx.tenseOfText(past), ctx.tenseOfText(future)]).toEqual([
      "past",
      "future",
      "past",
      "future",
    ]);
    expect(calls).toEqual([past, future]);
    // A sentence's tense is its text's: the same answer, from the same computation.
    const first = ctx.sentences[0];
    expect(first && ctx.tense(0)).toBe(first && sentenceTense(first.text, "fr"));
    expect(ctx.tense(1)).toBe("future");
  });
});
