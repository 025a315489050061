import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ArticleText } from "../../../src/model/document.js";
import { findTemporalExpressions } from "../../../ingest/dates/index.js";
import { parseHtmlArticle, parseJsonlLine, parsePlainArticle } from "../../../ingest/read/index.js";
import { prepareDocument, zoneAt } from "../../../ingest/text/index.js";

/** Strings that look like news text: words, dates, quotes, abbreviations, line breaks, odd Unicode. */
const newsish = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 12 }),
      fc.constantFrom(
        "M.",
        "Mme",
        "U.S.",
        "J.",
        "« ",
        " »",
        '"',
        "samedi",
        "le 31 janvier dernier",
        "du 28 au 31 mars",
        "entre le 3 et le 5 avril",
        "avant la fin de l'année",
        "mi-mars",
        "en 2024",
        "d'ici 2030",
        "on Monday",
        "last week",
        "next month",
        "date 2026-02-02",
        "date 2024-11",
        "Sunday, 01 February 2026",
        "MANILA, July 8, 2024 - ",
        "EN SAVOIR PLUS:",
        "Read more",
        "Breaking",
        "22 hours ago",
        "123",
        "Ekhbary Editor",
        "By Jane Doe",
        ". ",
        "! ",
        "? ",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "\u00a0",
        "\u2028",
        "\uFEFF",
        "🇯🇵",
        "é",
        "#  ",
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

function article(text: string, published: string | null): ArticleText {
  return { source: "prop.txt", format: "txt", text, title: null, published, publisher: null };
}

// Hundreds of generated articles per property: a generous limit for a loaded machine, not a timing assertion.
describe("no stage throws and every offset is valid", { timeout: 120_000 }, () => {
  it("prepareDocument: zones and sentences lie inside the text, sentences equal their trimmed slice", () => {
    fc.assert(
      fc.property(fc.oneof(newsish, fc.string({ unit: "binary" })), (text) => {
        const doc = prepareDocument(article(text, null));
        expect(doc.id).toMatch(/^doc:[0-9a-f]{20}$/);
        let zoneEnd = 0;
        for (const zone of doc.zones) {
          expect(0 <= zone.start && zone.start <= zone.end && zone.end <= text.length).toBe(true);
          expect(zone.start).toBeGreaterThanOrEqual(zoneEnd); // ordered, never overlapping
          zoneEnd = zone.end;
        }
        let previousEnd = 0;
        for (const sentence of doc.sentences) {
          expect(0 <= sentence.start && sentence.start < sentence.end && sentence.end <= text.length).toBe(true);
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.text).toBe(sentence.text.trim());
          expect(zoneAt(doc, sentence.start)).toBe(sentence.zone); // a sentence lies in a zone of its kind
          previousEnd = sentence.end;
        }
      }),
      { numRuns: Number(process.env.ENTENTE_PROPERTY_RUNS ?? 400) },
    );
  });

  it("findTemporalExpressions: offsets index the sentence, dates are ISO, ranges are ordered", () => {
    fc.assert(
      fc.property(
        newsish,
        fc.nat({ max: 500 }),
        fc.constantFrom(null, "2026-02-02", "2024-11", "2025", "2024-02-29"),
        fc.constantFrom("fr", "en", "de", ""),
        (text, offset, published, language) => {
          const documentText = " ".repeat(offset) + text;
          for (const found of findTemporalExpressions({ text, start: offset }, published, language)) {
            expect(0 <= found.start && found.start <= found.end && found.end <= documentText.length).toBe(true);
            expect(documentText.slice(found.start, found.end)).toBe(found.text);
            expect(found.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
            if (found.endDate !== null) expect(found.endDate >= found.date).toBe(true);
          }
        },
      ),
      { numRuns: Number(process.env.ENTENTE_PROPERTY_RUNS ?? 400) },
    );
  });

  it("the readers' pure parsers never throw", () => {
    fc.assert(
      fc.property(fc.oneof(newsish, fc.string()), (text) => {
        const plain = parsePlainArticle(text, "p.txt", "txt");
        expect(plain.text).toBe(text);
        const html = parseHtmlArticle(`<html><body><article><p>${text}</p></article></body></html>`, "p.html");
        if (html !== null) expect(html.text.length).toBeGreaterThan(0);
        const line = parseJsonlLine(text, "p.jsonl", 1);
        expect(line.source.length).toBeGreaterThan(0);
      }),
      { numRuns: Number(process.env.ENTENTE_PROPERTY_RUNS ?? 200) },
    );
  });
});
