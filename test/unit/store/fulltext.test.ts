/** Queries on the entity-name full-text index: every word escaped, all required; the last one a prefix for autocomplete. */
import { describe, expect, it } from "vitest";
import { autocompleteQuery, luceneQuery } from "../../../src/store/fulltext.js";

describe("luceneQuery", () => {
  it("requires every word and makes Lucene operators literal", () => {
    expect(luceneQuery("  Sanae   Takaichi ")).toBe("sanae AND takaichi");
    expect(luceneQuery("AUKUS (pillar 2)")).toBe("aukus AND \\(pillar AND 2\\)");
    expect(luceneQuery("Royaume-Uni")).toBe("royaume\\-uni");
    expect(luceneQuery("NOT OR")).toBe("not AND or"); // AND, OR, NOT in lower case are words, not operators
  });
});

describe("autocompleteQuery", () => {
  it("requires every word and treats the last as a prefix (or a near spelling)", () => {
    expect(autocompleteQuery("Takai")).toBe("+(takai* OR takai~)");
    expect(autocompleteQuery("keir sta")).toBe("+keir +(sta* OR sta~)");
  });

  it("escapes Lucene syntax so user text is never an operator", () => {
    expect(autocompleteQuery("a:b")).toBe("+a +(b* OR b~)");
    expect(autocompleteQuery("AND")).toBe("+(and* OR and~)");
    expect(autocompleteQuery("NOT Takaichi OR")).toBe("+not +takaichi +(or* OR or~)");
    expect(autocompleteQuery("x^2")).toBe("+(x\\^2* OR x\\^2~)");
    expect(autocompleteQuery("  ")).toBeNull();
    expect(autocompleteQuery("!!!")).toBeNull();
  });
});
