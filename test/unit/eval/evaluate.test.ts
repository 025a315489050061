import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/eval/evaluate.js";
import { findExtraction } from "../../../src/eval/find-document.js";
import { entity, extraction, gold } from "./examples.js";

describe("findExtraction", () => {
  const byFile = extraction("corpus/fr/talks.txt");
  const byUrl = extraction("https://news.example.org/2026/03/talks-in-strelsau");
  const byTitle = extraction("feed.jsonl#3", {}, "Talks in Strelsau");

  it("finds an article by its file name, whatever folder it was read from", () => {
    expect(findExtraction(gold("talks.txt"), [byUrl, byFile])).toBe(byFile);
  });

  it("finds a .jsonl record by the URL it reports as its source, or by its title", () => {
    expect(findExtraction(gold("news.example.org/2026/03/talks-in-strelsau"), [byFile, byUrl])).toBe(byUrl);
    expect(findExtraction(gold("https://elsewhere.example.org/x", { title: "Talks in Strelsau" }), [byFile, byTitle])).toBe(byTitle);
    expect(findExtraction(gold("absent.txt"), [byFile, byUrl, byTitle])).toBeUndefined();
  });
});

describe("evaluate", () => {
  const ruritania = { name: "Ruritania", type: "Country" as const };
  const borduria = { name: "Borduria", type: "Country" as const };

  it("sums the counts over documents before dividing, so a long document weighs more than a short one", () => {
    const report = evaluate(
      [
        { file: "a.gold.json", gold: gold("a.txt", { entities: [ruritania, borduria, { name: "Syldavia", type: "Country" }] }) },
        { file: "b.gold.json", gold: gold("b.txt", { entities: [ruritania] }) },
      ],
      [
        extraction("a.txt", {
          entities: [entity("c:ru", "Ruritania", "Country"), entity("c:bo", "Borduria", "Country"), entity("c:sy", "Syldavia", "Country")],
        }),
        extraction("b.txt", { entities: [entity("c:x", "Graustark", "Country")] }),
      ],
      new Map(),
    );
    expect(report.metrics.entityR).toBeCloseTo(3 / 4);
    expect(report.metrics.entityP).toBeCloseTo(3 / 4);
    expect(report.documents.map((document) => [document.goldFile, document.metrics.entityF1])).toEqual([
      ["a.gold.json", 1],
      ["b.gold.json", 0],
    ]);
  });

  it("names the documents missing from the extraction and counts their required items as missed", () => {
    const report = evaluate(
      [
        { file: "a.gold.json", gold: gold("a.txt", { entities: [ruritania] }) },
        { file: "b.gold.json", gold: gold("b.txt", { entities: [borduria] }) },
      ],
      [extraction("a.txt", { entities: [entity("c:ru", "Ruritania", "Country")] })],
      new Map(),
    );
    expect(report.missingDocuments).toEqual(["b.txt"]);
    expect(report.metrics.entityR).toBe(0.5);
    expect(report.metrics.entityP).toBe(1);
  });

  it("reports grounding as null when no span could be checked, and 0 for a ratio with nothing to count", () => {
    const report = evaluate([{ file: "a.gold.json", gold: gold("a.html") }], [extraction("a.html")], new Map([["a.html", "text"]]));
    expect(report.metrics.grounding).toBeNull();
    expect(report.metrics.dateAccuracy).toBe(0);
    expect(report.metrics.eventF1).toBe(0);
  });
});
