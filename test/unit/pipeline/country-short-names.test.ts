/**
 * A country told by its short name in the news ("Bosnia" for Bosnia and Herzegovina) is that country: the knowledge
 * base's aliases (data/kb/sources/countries.overlay.json). End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../ingest/pipeline.js";
import { roleLines } from "../extract/linked-markup.js";

function officesOf(text: string): string[] {
  return roleLines(
    extractArticle({ source: "mem.txt", format: "txt", text, title: null, published: "2026-03-04", publisher: null }),
  ).sort();
}

describe("a country's short name", () => {
  it("'Bosnia' / 'Bosnie' is Bosnia and Herzegovina", () => {
    expect(officesOf("Bosnia's Prime Minister Amir Kovač met Lars Berg in Sarajevo on Tuesday.")).toContain(
      "person:amir-kovac → Prime Minister of country:BA",
    );
    expect(officesOf("Le Premier ministre de Bosnie, Amir Kovač, a reçu mardi Lars Berg à Sarajevo.")).toContain(
      "person:amir-kovac → Prime Minister of country:BA",
    );
  });
});
