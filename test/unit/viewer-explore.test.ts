/** Pure helpers of the viewer's read queries and export: search syntax, quotes paired with articles, plain values, files. */
import { describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import { autocompleteQuery, quotesOf, toPlainValue } from "../../viewer/server/explore.js";
import { serialiseSlice } from "../../viewer/server/export-graph.js";

describe("autocompleteQuery", () => {
  it("requires every word and treats the last as a prefix (or a near spelling)", () => {
    expect(autocompleteQuery("Takai")).toBe("+(takai* OR takai~)");
    expect(autocompleteQuery("keir sta")).toBe("+keir +(sta* OR sta~)");
  });

  it("escapes Lucene syntax and lowers case so user text is never an operator", () => {
    expect(autocompleteQuery("a:b")).toBe("+a +(b* OR b~)");
    expect(autocompleteQuery("AND")).toBe("+(and* OR and~)");
    expect(autocompleteQuery("NOT Takaichi OR")).toBe("+not +takaichi +(or* OR or~)");
    expect(autocompleteQuery("x^2")).toBe("+(x\\^2* OR x\\^2~)");
    expect(autocompleteQuery("  ")).toBeNull();
    expect(autocompleteQuery("!!!")).toBeNull();
  });
});

describe("quotesOf", () => {
  const doc = (id: string) => ({ id, title: id, published: null, publisher: null, source: null, language: null });
  const documents = new Map([
    ["d1", doc("d1")],
    ["d2", doc("d2")],
  ]);

  it("pairs quotes with their documents index by index", () => {
    expect(quotesOf(["q1", "q2"], ["d2", "d1"], documents).map((q) => q.document?.id)).toEqual(["d2", "d1"]);
  });

  it("uses a single source for every quote, and none when it cannot tell", () => {
    expect(quotesOf(["q1", "q2"], ["d1"], documents).map((q) => q.document?.id)).toEqual(["d1", "d1"]);
    expect(quotesOf(["q1", "q2", "q3"], ["d1", "d2"], documents).map((q) => q.document)).toEqual([null, null, null]);
    expect(quotesOf(["q1"], ["unknown"], documents)[0].document).toBeNull();
  });
});

describe("toPlainValue", () => {
  it("turns Neo4j integers, temporal values and nested structures into JSON", () => {
    expect(toPlainValue(neo4j.int(42))).toBe(42);
    expect(toPlainValue(neo4j.int("9007199254740993"))).toBe("9007199254740993");
    expect(toPlainValue(new neo4j.types.Date(2026, 1, 31))).toBe("2026-01-31");
    expect(toPlainValue({ a: [neo4j.int(1), null, "x"], b: true })).toEqual({ a: [1, null, "x"], b: true });
  });
});

describe("serialiseSlice", () => {
  const slice = {
    nodes: [
      { id: "a", label: "<A & co>", kind: "Entity" as const, type: "Country", date: null, sources: ["d1"], degree: 1 },
      { id: "b", label: "B", kind: "Event" as const, type: "Meeting", date: "2026", sources: [], degree: 1 },
    ],
    edges: [
      { id: "e1", source: "a", target: "b", type: "PARTICIPATED_IN", conflict: true, sources: ["d1"] },
      { id: "e2", source: "a", target: "missing", type: "X", conflict: false, sources: [] },
    ],
  };

  it("writes graphology JSON that Graph.from reads back", () => {
    const { body, contentType } = serialiseSlice(slice, "json");
    expect(contentType).toContain("application/json");
    const graph = MultiDirectedGraph.from(JSON.parse(body));
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(graph.getNodeAttribute("a", "label")).toBe("<A & co>");
    expect(graph.getEdgeAttribute("e1", "conflict")).toBe(true);
  });

  it("writes GEXF that graphology-gexf parses, markup escaped", () => {
    const { body } = serialiseSlice(slice, "gexf");
    expect(body).toContain(`label="&lt;A &amp; co`);
    const graph = gexf.parse(MultiDirectedGraph, body);
    expect(graph.getNodeAttribute("a", "label")).toBe("<A & co>");
  });
});
