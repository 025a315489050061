/** The viewer's pure parts: the view in the URL, the filters, the graph's bookkeeping of why each node is there. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeView, encodeView, EMPTY_VIEW, type ViewState } from "../../../viewer/app/src/url-state.js";
import { dateOverlaps, passesFilters, NO_FILTERS } from "../../../viewer/app/src/filters.js";
import { createGraph, expansionReason, mergeSlice, withdrawReason } from "../../../viewer/app/src/graph-model.js";
import type { GraphNode } from "../../../viewer/shared/api.js";

describe("view in the URL", () => {
  it("round-trips every field, ids with commas and spaces included", () => {
    const view: ViewState = {
      overview: 50,
      q: "Takaichi Sanae",
      selected: "person:sanae-takaichi",
      expanded: ["country:JP", "org:a,b c"],
      hiddenTypes: ["Topic", "Place"],
      dateFrom: "2026-01",
      dateTo: "2026-02-15",
      source: "doc:1",
      colorBy: "community",
      pathFrom: "person:sanae-takaichi",
      pathTo: "country:IT",
      cypher: "MATCH (n) RETURN n LIMIT 5",
      camera: { x: 0.5, y: 0.25, ratio: 0.3, angle: 0 },
    };
    expect(decodeView(encodeView(view))).toEqual(view);
  });

  it("round-trips arbitrary lists of ids", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { maxLength: 5 }), (ids) => {
        expect(decodeView(encodeView({ ...EMPTY_VIEW, expanded: ids })).expanded).toEqual(ids);
      }),
    );
  });

  it("leaves defaults out of the URL and ignores malformed values", () => {
    expect(encodeView(EMPTY_VIEW)).toBe("");
    const decoded = decodeView("?cam=1,2,x,0&color=rainbow&ov=-3");
    expect(decoded.camera).toBeNull();
    expect(decoded.colorBy).toBe("type");
    expect(decoded.overview).toBe(EMPTY_VIEW.overview);
  });
});

describe("filters", () => {
  it("matches partial event dates against a range by overlap", () => {
    expect(dateOverlaps("2026", "2026-02", "")).toBe(true);
    expect(dateOverlaps("2026-01-31", "2026-02", "")).toBe(false);
    expect(dateOverlaps("2026-01-31", "", "2026-01")).toBe(true);
    expect(dateOverlaps("2025-12", "2026", "2026")).toBe(false);
    expect(dateOverlaps(null, "2026", "")).toBe(false);
    expect(dateOverlaps(null, "", "")).toBe(true);
    expect(dateOverlaps("2026-01-31", "not a date", "")).toBe(true);
  });

  it("hides by type, by source, and events by date; entities ignore dates", () => {
    const event = { kind: "Event" as const, category: "Meeting", date: "2026-01-31", sources: ["doc:a"] };
    const entity = { kind: "Entity" as const, category: "Person", date: null, sources: ["doc:b"] };
    expect(passesFilters(event, NO_FILTERS)).toBe(true);
    expect(passesFilters(event, { ...NO_FILTERS, hiddenTypes: new Set(["Meeting"]) })).toBe(false);
    expect(passesFilters(event, { ...NO_FILTERS, source: "doc:b" })).toBe(false);
    expect(passesFilters(entity, { ...NO_FILTERS, source: "doc:b", dateFrom: "2030" })).toBe(true);
    expect(passesFilters(event, { ...NO_FILTERS, dateFrom: "2026-02" })).toBe(false);
  });
});

describe("graph bookkeeping", () => {
  const node = (id: string, degree = 1): GraphNode => ({ id, label: id, kind: "Entity", type: "Country", date: null, sources: [], degree });
  const edge = (source: string, target: string) => ({
    id: `${source}>${target}`,
    source,
    target,
    type: "REL",
    conflict: false,
    sources: [],
  });

  it("merges slices once and collapses only what an expansion alone brought", () => {
    const graph = createGraph();
    expect(mergeSlice(graph, { nodes: [node("a"), node("b")], edges: [edge("a", "b")] }, "overview")).toEqual(["a", "b"]);
    const added = mergeSlice(
      graph,
      { nodes: [node("a"), node("b"), node("c"), node("d")], edges: [edge("a", "c"), edge("a", "d"), edge("a", "b")] },
      expansionReason("a"),
      "a",
    );
    expect(added).toEqual(["c", "d"]);
    expect(graph.size).toBe(3);
    mergeSlice(graph, { nodes: [node("d"), node("e")], edges: [edge("d", "e")] }, expansionReason("d"), "d");
    const dropped = withdrawReason(graph, expansionReason("a"), new Set());
    expect(dropped).toEqual(["c"]);
    expect(graph.nodes().sort()).toEqual(["a", "b", "d", "e"]);
    expect(graph.getNodeAttribute("a", "reasons")).toEqual(["overview"]);
  });

  it("keeps pinned nodes and skips edges whose ends are missing", () => {
    const graph = createGraph();
    mergeSlice(graph, { nodes: [node("x")], edges: [edge("x", "nowhere")] }, "search");
    expect(graph.size).toBe(0);
    expect(withdrawReason(graph, "search", new Set(["x"]))).toEqual([]);
    expect(graph.hasNode("x")).toBe(true);
  });

  it("places new nodes near their anchor", () => {
    const graph = createGraph();
    mergeSlice(graph, { nodes: [node("a")], edges: [] }, "overview", null, () => 0.5);
    graph.mergeNodeAttributes("a", { x: 100, y: 100 });
    mergeSlice(graph, { nodes: [node("b")], edges: [] }, "expand:a", "a", () => 0.5);
    const { x, y } = graph.getNodeAttributes("b");
    expect(Math.hypot(x - 100, y - 100)).toBeLessThan(2);
  });
});
