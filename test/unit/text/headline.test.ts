import { describe, expect, it } from "vitest";
import { prepareDocument } from "../../../ingest/text/index.js";
import { HEADLINE_LENGTH, headlineOf } from "../../../ingest/text/headline.js";
import type { ArticleText } from "../../../src/model/document.js";

const article = (text: string, title: string | null = null): ArticleText => ({
  source: "t.txt",
  format: "txt",
  text,
  title,
  published: null,
  publisher: null,
});

describe("headlineOf", () => {
  it("titles an article without a title by its first body sentence, dateline left out", () => {
    const doc = prepareDocument(
      article("OSLO, March 3, 2026 - Norway and Sweden agreed on Monday to pool their air defences. More followed."),
    );
    expect(doc.title).toBe("Norway and Sweden agreed on Monday to pool their air defences");
  });

  it("keeps the title an article gives", () => {
    expect(prepareDocument(article("Les ministres se réunissent à Oslo.", "Réunion à Oslo")).title).toBe("Réunion à Oslo");
  });

  it("cuts a long sentence at a word, with an ellipsis", () => {
    const long = `Les ministres de la Défense des pays nordiques ont décidé ${"de renforcer encore leur coopération ".repeat(4)}pendant la réunion.`;
    const headline = headlineOf([{ start: 0, end: long.length, text: long, zone: "body", paragraph: 0 }]);
    expect(headline?.endsWith("…")).toBe(true);
    expect(headline?.length).toBeLessThanOrEqual(HEADLINE_LENGTH + 1);
    expect(long.startsWith(headline?.slice(0, -1) ?? "?")).toBe(true);
    expect(headline?.at(-2)).not.toBe(" ");
  });

  it("gives nothing for an article without body text", () => {
    expect(headlineOf([{ start: 0, end: 5, text: "Brève", zone: "title", paragraph: 0 }])).toBeNull();
  });
});
