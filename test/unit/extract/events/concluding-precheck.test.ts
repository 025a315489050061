import { describe, expect, it } from "vitest";
import { blanksKeepWords, triggerHits } from "../../../../ingest/extract/events/triggers.js";
import { eventCues } from "../../../../ingest/extract/events/cues.js";
import { wordTokens } from "../../../../ingest/extract/sentence-tokens.js";
import type { Span } from "../../../../ingest/extract/spans.js";
import { contextFor } from "./support.js";

/** Every span of whole characters of `text` up to `longest` long. */
function spansOf(text: string, longest: number): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start < text.length; start++)
    for (let end = start + 1; end <= Math.min(text.length, start + longest); end++) spans.push({ start, end });
  return spans;
}

describe("concludingHits: the sentence's plain words first", () => {
  it("keeps every word of a sentence blanked where blanksKeepWords says so", () => {
    const texts = [
      "Les deux pays ont conclu mardi, à Rome, une lettre d'intention (LOI) sur l'anti-missile.",
      "The sides agreed on Monday on a roadmap; the alliance's members' pact-based deal, 3 March 2025.",
      "Ils sont parvenus lundi à un accord — signé le 3 mars — avec l’Élysée…",
    ];
    for (const text of texts) {
      const plain = new Set(wordTokens(text).map((t) => t.norm));
      const whole = { start: 0, end: text.length };
      for (const blank of spansOf(text, 12)) {
        if (!blanksKeepWords(text, whole, [blank])) continue;
        const masked = text.slice(0, blank.start) + " ".repeat(blank.end - blank.start) + text.slice(blank.end);
        for (const token of wordTokens(masked)) expect(plain.has(token.norm), `${masked}: ${token.norm}`).toBe(true);
      }
    }
  });
  it("refuses a blank cutting a word or joined to one", () => {
    const text = "ont adopté2025 une feuille de route";
    const whole = { start: 0, end: text.length };
    expect(blanksKeepWords(text, whole, [{ start: 10, end: 14 }])).toBe(false);
    expect(blanksKeepWords(text, whole, [{ start: 0, end: 3 }])).toBe(true);
  });
  it("finds the verbs of concluding with the dates blanked, with or without the sentence's index", () => {
    const concluded = (text: string, language: "fr" | "en") => {
      const ctx = contextFor(text, { language });
      return ctx.sentences.flatMap((s, i) =>
        [undefined, i].map((index) =>
          triggerHits(ctx, s, eventCues(language), ctx.temporal(i), index)
            .filter((h) => h.lexicon.type === "Signing")
            .map((h) => ctx.text.slice(h.start, h.end)),
        ),
      );
    };
    for (const [text, language] of [
      ["Les deux pays ont conclu mardi une lettre d'intention sur la formation.", "fr"],
      ["Les deux pays sont parvenus le 3 mars 2025 à un accord sur les visas.", "fr"],
      ["The two sides agreed on Monday on a roadmap for trade.", "en"],
      ["They finally struck on 3 March 2025 a deal on ports.", "en"],
    ] as const) {
      const [plain, fast] = concluded(text, language);
      expect(fast, text).toEqual(plain);
      expect(fast?.length, text).toBeGreaterThan(0);
    }
    expect(concluded("Les deux pays ont discuté mardi de la formation.", "fr")).toEqual([[], []]);
  });
});
