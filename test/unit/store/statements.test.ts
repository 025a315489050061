/**
 * The loader's statements that write a relationship type into their text: only UPPER_SNAKE names
 * get in (the extraction contract's shape), anything else is refused before a statement exists.
 */
import { describe, expect, it } from "vitest";
import { ExtractedRelation } from "../../../src/model/extraction.js";
import { EVENT_AND_PROVENANCE_TYPES } from "../../../src/model/graph-types.js";
import { mergeFacts, setEventFacts } from "../../../src/store/statements.js";

describe("relationship types written into statements", () => {
  it("writes the type between the two nodes found by id", () => {
    expect(mergeFacts("Entity", "Entity", "PARTY_TO")).toContain("MERGE (a)-[r:PARTY_TO]->(b)");
    expect(setEventFacts("Entity", "Event", "PARTICIPATED_IN")).toContain("MERGE (a)-[r:PARTICIPATED_IN]->(b)");
  });

  it("refuses anything that is not an UPPER_SNAKE name", () => {
    for (const type of ["party_to", "X]->(b) DETACH DELETE b //", "", "A-B", "`X`"]) {
      expect(() => mergeFacts("Entity", "Entity", type)).toThrow(/not a relationship type/);
      expect(() => setEventFacts("Event", "Entity", type)).toThrow(/not a relationship type/);
    }
  });
});

describe("relation types", () => {
  const relation = (type: string) => ({
    type,
    source: "country:JP",
    target: "country:GB",
    evidence: [{ start: 0, end: 5, text: "Japan" }],
  });

  it("are UPPER_SNAKE, and never one of the graph's event and provenance types (they join an entity to an event, a document or a conflict)", () => {
    expect(ExtractedRelation.safeParse(relation("MEMBER_OF")).success).toBe(true);
    expect(ExtractedRelation.safeParse(relation("member_of")).success).toBe(false);
    for (const type of EVENT_AND_PROVENANCE_TYPES) expect(ExtractedRelation.safeParse(relation(type)).success).toBe(false);
  });
});
