import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Neo4jConnection } from "../../src/neo4j/connection.js";
import { exportSubgraph } from "../../src/store/export.js";
import { DEFAULT_QUOTES_PER_FACT, parseQuotesPerFact } from "../../src/store/export-options.js";
import { loadExtractions } from "../../src/store/load.js";
import { readFixture } from "../fixtures/extractions/index.js";
import { clearDatabase, connectTestNeo4j } from "../support/neo4j.js";

// Macron's presidency is restated by two articles (French and English): one fact, two quotes.
const PRESIDENCY = "person:emmanuel-macron|HOLDS_ROLE|country:FR|President";

let conn: Neo4jConnection;

beforeAll(async () => {
  conn = await connectTestNeo4j();
  await clearDatabase(conn);
  await loadExtractions(conn, (["compatible-fr", "compatible-en"] as const).map(readFixture));
});
afterAll(async () => {
  await conn.close();
});

describe("quotes per fact in an export", () => {
  it("keeps every quote with 'all', and the first ones with a number, saying how many the fact has; sources keep every article", async () => {
    const all = await exportSubgraph(conn, { kind: "all" }, { quotesPerFact: "all" });
    const whole = all.getEdgeAttributes(PRESIDENCY);
    expect(whole.evidence).toHaveLength(2);
    expect(whole.evidenceSources).toHaveLength(2);
    expect(whole).not.toHaveProperty("evidenceTotal");

    for (const request of [
      { kind: "all" } as const,
      { kind: "seed", seed: "Emmanuel Macron", depth: 1 } as const,
      { kind: "nodes", ids: ["person:emmanuel-macron", "country:FR"] } as const,
      // An analyst's query returns the relationship whole: the exporter bounds it the same way.
      { kind: "cypher", cypher: "MATCH (:Person)-[r:HOLDS_ROLE {title: 'President'}]->(:Country) RETURN r" } as const,
    ]) {
      const one = (await exportSubgraph(conn, request, { quotesPerFact: 1 })).getEdgeAttributes(PRESIDENCY);
      expect(one.evidence, request.kind).toEqual([(whole.evidence as string[])[0]]);
      expect(one.evidenceSources, request.kind).toEqual([(whole.evidenceSources as string[])[0]]);
      expect(one.evidenceTotal, request.kind).toBe(2);
      expect(one.sources, request.kind).toEqual(whole.sources);
      expect(one.asOf, request.kind).toEqual(whole.asOf);
    }
    const none = (await exportSubgraph(conn, { kind: "all" }, { quotesPerFact: 0 })).getEdgeAttributes(PRESIDENCY);
    expect(none).toMatchObject({ evidence: [], evidenceSources: [], evidenceTotal: 2 });
  });

  it("leaves a fact with no more quotes than the limit as it is stored, and by default keeps a few", async () => {
    expect(DEFAULT_QUOTES_PER_FACT).toBeGreaterThanOrEqual(2);
    const byDefault = await exportSubgraph(conn, { kind: "all" });
    const all = await exportSubgraph(conn, { kind: "all" }, { quotesPerFact: "all" });
    expect(byDefault.getEdgeAttributes(PRESIDENCY)).toEqual(all.getEdgeAttributes(PRESIDENCY));
    // Relationships without quotes (MENTIONED_IN) get no empty list from the bounded read.
    const mention = byDefault.findEdge((_, attributes) => attributes.type === "MENTIONED_IN");
    expect(mention).toBeDefined();
    expect(byDefault.getEdgeAttributes(mention)).not.toHaveProperty("evidence");
  });

  it("refuses a limit that is not a whole number, and parses the option's words", async () => {
    await expect(exportSubgraph(conn, { kind: "all" }, { quotesPerFact: -1 })).rejects.toThrow("quotes per fact");
    expect(parseQuotesPerFact("ALL")).toBe("all");
    expect(parseQuotesPerFact(" 5 ")).toBe(5);
    expect(parseQuotesPerFact("0")).toBe(0);
    expect(parseQuotesPerFact("1.5")).toBeNull();
    expect(parseQuotesPerFact("-2")).toBeNull();
    expect(parseQuotesPerFact("")).toBeNull();
  });
});
