import { describe, expect, it } from "vitest";
import {
  countryKeys,
  entityScore,
  entityTypeOf,
  nameOnlyExtraction,
  nameOnlyGold,
  spacyExtraction,
  withoutArticle,
  type SpacyEntity,
} from "../../bench/peer/score.js";
import type { GoldDocument } from "../../src/eval/evaluate.js";
import { defaultKnowledgeBase } from "../../src/kb/load.js";
import type { DocumentExtraction, DocumentMeta } from "../../src/model/extraction.js";
import { GoldFile } from "../../src/model/gold.js";

const countries = countryKeys(defaultKnowledgeBase().countries);
const meta: DocumentMeta = { id: "doc", source: "/corpus/a.txt", language: "fr" };

function span(text: string, label: string, start = 0): SpacyEntity {
  return { text, label, start, end: start + text.length };
}

describe("spaCy's labels as Entente's types", () => {
  it("maps PER, ORG and MISC, and LOC to Country only for a country's name in the knowledge base", () => {
    expect(entityTypeOf("PER", "Emmanuel Macron", countries)).toBe("Person");
    expect(entityTypeOf("ORG", "Otan", countries)).toBe("Organization");
    expect(entityTypeOf("LOC", "Japon", countries)).toBe("Country");
    expect(entityTypeOf("LOC", "Royaume-Uni", countries)).toBe("Country");
    expect(entityTypeOf("LOC", "Tokyo", countries)).toBe("Place");
    expect(entityTypeOf("MISC", "japonais", countries)).toBe("Topic");
    expect(entityTypeOf("GPE", "Japan", countries)).toBe("Topic");
  });

  it("takes a leading article or contracted one off the name, never a name's own first letters", () => {
    expect(withoutArticle("la France")).toBe("France");
    expect(withoutArticle("de la Chine")).toBe("Chine");
    expect(withoutArticle("l’Union européenne")).toBe("Union européenne");
    expect(withoutArticle("du Japon")).toBe("Japon");
    expect(withoutArticle("the Philippines")).toBe("Philippines");
    expect(withoutArticle("Lesotho")).toBe("Lesotho");
    expect(withoutArticle("Le")).toBe("Le");
  });
});

describe("spaCy's entities as an extraction", () => {
  it("makes one entity per type and name, every span of it a mention", () => {
    const extraction = spacyExtraction(
      meta,
      [span("Macron", "PER", 0), span("Macron", "PER", 40), span("la France", "LOC", 20), span("Macron", "LOC", 60)],
      countries,
    );
    expect(extraction.entities.map((entity) => [entity.name, entity.type, entity.mentions.length])).toEqual([
      ["Macron", "Person", 2],
      ["France", "Country", 1],
      ["Macron", "Place", 1],
    ]);
    expect(extraction.entities[1]?.mentions[0]?.text).toBe("la France");
    const nameOnly = spacyExtraction(
      meta,
      [span("Macron", "PER", 0), span("Macron", "LOC", 60), span("japonais", "MISC", 70)],
      countries,
      true,
    );
    expect(nameOnly.entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([
      ["Macron", 2],
      ["japonais", 1],
    ]);
  });
});

describe("entity scores by the project's scorer", () => {
  const golds: GoldDocument[] = [
    {
      file: "a.gold.json",
      gold: GoldFile.parse({
        document: "a.txt",
        entities: [
          { name: "France", type: "Country" },
          { name: "Emmanuel Macron", type: "Person", aliases: ["Macron"] },
          { name: "NATO", type: "Organization", aliases: ["Otan"] },
          { name: "Paris", type: "Place", optional: true },
        ],
      }),
    },
  ];
  const spacy = [span("la France", "LOC"), span("Macron", "LOC"), span("Paris", "LOC"), span("Bruxelles", "LOC"), span("français", "MISC")];

  it("scores typed: a wrong type is wrong, MISC is not counted, an optional entity is right but not required", () => {
    const score = entityScore(golds, [spacyExtraction(meta, spacy, countries)]);
    // Extracted and scored: France (Country, right), Macron (Place, wrong), Paris (right), Bruxelles (wrong).
    expect(score.counts).toEqual({ precision: { hits: 2, of: 4 }, recall: { hits: 1, of: 3 } });
    expect(score.f1).toBeCloseTo((2 * 0.5 * (1 / 3)) / (0.5 + 1 / 3));
  });

  it("scores by name only: every type one, spaCy's MISC counted, the gold's types ignored", () => {
    const score = entityScore(nameOnlyGold(golds), [spacyExtraction(meta, spacy, countries, true)]);
    expect(score.counts).toEqual({ precision: { hits: 3, of: 5 }, recall: { hits: 2, of: 3 } });
  });

  it("leaves Entente's unscored Topics out of the name-only score too", () => {
    const entente: DocumentExtraction = {
      document: meta,
      events: [],
      relations: [],
      entities: [
        { id: "a", name: "France", type: "Country", aliases: [], mentions: [{ start: 0, end: 6, text: "France" }] },
        {
          id: "b",
          name: "Emmanuel Macron",
          type: "Organization",
          aliases: [],
          mentions: [{ start: 10, end: 25, text: "Emmanuel Macron" }],
        },
        { id: "c", name: "cybersecurity", type: "Topic", aliases: [], mentions: [{ start: 30, end: 43, text: "cybersecurity" }] },
      ],
    };
    expect(entityScore(golds, [entente]).counts).toEqual({ precision: { hits: 1, of: 2 }, recall: { hits: 1, of: 3 } });
    expect(entityScore(nameOnlyGold(golds), [nameOnlyExtraction(entente)]).counts).toEqual({
      precision: { hits: 2, of: 2 },
      recall: { hits: 2, of: 3 },
    });
  });
});
