import { describe, expect, it } from "vitest";
import { SAVED_QUERIES } from "../../../src/store/queries.js";

const REQUIRED = [
  "who-met-whom",
  "person-roles",
  "agreements",
  "country-programmes",
  "document-claims",
  "shortest-path",
  "conflicts",
  "most-mentioned",
];

describe("SAVED_QUERIES", () => {
  it("has the analysts' eight queries at least, each described", () => {
    expect(Object.keys(SAVED_QUERIES)).toEqual(expect.arrayContaining(REQUIRED));
    for (const query of Object.values(SAVED_QUERIES)) expect(query.description.length).toBeGreaterThan(20);
  });

  it("gives an example value for every parameter a query uses, and none it does not use", () => {
    for (const [name, query] of Object.entries(SAVED_QUERIES)) {
      const used = [...new Set([...query.cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]))].sort();
      expect(Object.keys(query.params ?? {}).sort(), name).toEqual(used);
    }
  });

  it("only reads", () => {
    for (const [name, query] of Object.entries(SAVED_QUERIES)) {
      expect(query.cypher, name).not.toMatch(/\b(CREATE|MERGE|SET|DELETE|REMOVE|DETACH|LOAD CSV|CALL\s+apoc)\b/i);
    }
  });
});
