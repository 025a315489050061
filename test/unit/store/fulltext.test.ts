/** Queries on the entity-name full-text index: every word escaped, all required; the last one a prefix for autocomplete. */
import { describe, expect, it } from "vitest";
import { autocompleteQuery, luceneQuery } from "../../../src/store/fulltext.js";

describe("luceneQuery", () => {
  it("requires every word and makes Lucene operators literal", () => {
    expect(luceneQuery("  Sanae   Takaichi ")).toBe("Sanae AND Takaichi");
    expect(luceneQuery("AUKUS (pillar 2)")).toBe("AUKUS AND \\(pillar AND 2\\)");
    expect(luceneQuery("Royaume-Uni")).toBe("Royaume\\-Uni");
  });
});

describe("autocompleteQuery", () => {
  it("requires every word and treats the last as a prefix (or a near spelling)", () => {
    expect(autocompleteQuery("Takai")).toBe("+(Takai* OR Takai~)");
    expect(autocompleteQuery("keir sta")).toBe("+keir +(sta* OR sta~)");
  });

  it("escapes Lucene syntax so user text is never an operator", () => {
    expect(autocompleteQuery("a:b")).toBe("+a +(b* OR b~)");
    expect(autocompleteQuery("AND")).toBe("+(AND* OR AND~)");
    expect(autocompleteQuery("x^2")).toBe("+(x\\^2* OR x\\^2~)");
    expect(autocompleteQuery("  ")).toBeNull();
    expect(autocompleteQuery("!!!")).toBeNull();
  });
});
