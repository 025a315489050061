/** The viewer's state changes and display rules as pure functions: reduce(state, event), the sigma reducers, the store's event order. */
import { describe, expect, it } from "vitest";
import { edgeDisplay, nodeDisplay } from "../../../viewer/app/src/display.js";
import type { EdgeAttributes, NodeAttributes } from "../../../viewer/app/src/graph-model.js";
import { describePath, initialState, pinnedNodes, reduce, type ViewerEvent, type ViewerState } from "../../../viewer/app/src/state.js";
import { createStore } from "../../../viewer/app/src/store.js";
import { CONFLICT_COLOR, DIMMED_NODE, PATH_COLOR, communityColor } from "../../../viewer/app/src/style.js";
import { EMPTY_VIEW } from "../../../viewer/app/src/url-state.js";
import type { NodeDetails } from "../../../viewer/shared/api.js";

const start = initialState(EMPTY_VIEW);
const run = (...events: ViewerEvent[]): ViewerState => events.reduce(reduce, start);

const details = (id: string): NodeDetails => ({
  node: { id, label: id, kind: "Entity", type: "Person", date: null, sources: [], degree: 1 },
  aliases: [],
  wikidata: null,
  event: null,
  roles: [],
  events: [],
  facts: [],
  mentions: [],
  conflicts: [],
});

describe("reduce", () => {
  it("selects and deselects, with the selection in the view", () => {
    const selected = run({ type: "select", details: details("person:a") });
    expect(selected.view.selected).toBe("person:a");
    expect(selected.details?.node.id).toBe("person:a");
    const deselected = reduce(selected, { type: "deselect" });
    expect([deselected.view.selected, deselected.details]).toEqual([null, null]);
  });

  it("counts an expansion's pages and forgets it on collapse", () => {
    const first = run({ type: "expand", id: "country:X", offset: 0, received: 51, total: 120 });
    expect(first.expansions.get("country:X")).toEqual({ shown: 50, total: 120 });
    const more = reduce(first, { type: "expand", id: "country:X", offset: 50, received: 51, total: 120 });
    expect(more.expansions.get("country:X")).toEqual({ shown: 100, total: 120 });
    expect(more.view.expanded).toEqual(["country:X"]);
    const collapsed = reduce(more, { type: "collapse", id: "country:X" });
    expect(collapsed.expansions.has("country:X")).toBe(false);
    expect(collapsed.view.expanded).toEqual([]);
  });

  it("keeps the path's ends, its nodes and edges, and clears them together", () => {
    const found = run(
      { type: "setPathEnd", end: "from", id: "a", label: "A" },
      { type: "setPathEnd", end: "to", id: "c", label: "C" },
      { type: "pathFound", path: ["a", "b", "c"], edges: ["e1", "e2"], labels: { a: "A", b: "B", c: "C" } },
    );
    expect([found.view.pathFrom, found.view.pathTo]).toEqual(["a", "c"]);
    expect([...found.path.nodes]).toEqual(["a", "b", "c"]);
    expect(found.path.endLabels.get("c")).toBe("C");
    const cleared = reduce(found, { type: "clearPath" });
    expect([cleared.view.pathFrom, cleared.view.pathTo, cleared.path.nodes.size, cleared.path.edges.size, cleared.path.result]).toEqual([
      null,
      null,
      0,
      0,
      null,
    ]);
  });

  it("hides and shows types, and keeps the filters in step with the view", () => {
    const hidden = run({ type: "showType", nodeType: "Topic", visible: false }, { type: "showType", nodeType: "Place", visible: false });
    expect(hidden.view.hiddenTypes).toEqual(["Topic", "Place"]);
    expect([...hidden.filters.hiddenTypes]).toEqual(["Topic", "Place"]);
    const shown = reduce(hidden, { type: "showType", nodeType: "Topic", visible: true });
    expect(shown.view.hiddenTypes).toEqual(["Place"]);
    const dated = reduce(shown, { type: "setDates", from: " 2026-01 ", to: "" });
    expect([dated.view.dateFrom, dated.filters.dateFrom]).toEqual(["2026-01", "2026-01"]);
    expect(reduce(dated, { type: "setSource", source: "doc:1" }).filters.source).toBe("doc:1");
  });

  it("shows a notice until the graph or the filters change", () => {
    const failed = run({ type: "notice", message: "entente/viewer: boom", error: true });
    expect(failed.notice).toEqual({ message: "entente/viewer: boom", error: true });
    const changed = reduce(failed, { type: "graphChanged" });
    expect([changed.notice, changed.graphRevision]).toEqual([null, 1]);
    expect(reduce(failed, { type: "setSource", source: "" }).notice).toBeNull();
  });

  it("leaves the state it was given untouched", () => {
    const before = run({ type: "expand", id: "x", offset: 0, received: 3, total: 2 });
    const snapshot = JSON.stringify({ view: before.view, expansions: [...before.expansions] });
    reduce(before, { type: "collapse", id: "x" });
    reduce(before, { type: "showType", nodeType: "Person", visible: false });
    expect(JSON.stringify({ view: before.view, expansions: [...before.expansions] })).toBe(snapshot);
  });
});

describe("pinnedNodes and describePath", () => {
  it("pins the selection, the expanded nodes and, unless it is being replaced, the path", () => {
    const state = run(
      { type: "select", details: details("s") },
      { type: "expand", id: "e", offset: 0, received: 2, total: 1 },
      { type: "pathFound", path: ["p", "q"], edges: [], labels: {} },
    );
    expect([...pinnedNodes(state)].sort()).toEqual(["e", "p", "q", "s"]);
    expect([...pinnedNodes(state, { withPath: false })].sort()).toEqual(["e", "s"]);
  });

  it("words a path, its absence and an error", () => {
    expect(describePath({ path: ["a", "b", "c"], labels: { a: "Anna", c: "Carl" } })).toEqual({
      text: "2 steps: Anna → b → Carl",
      error: false,
    });
    expect(describePath({ path: ["a", "b"], labels: {} })).toEqual({ text: "1 step: a → b", error: false });
    expect(describePath({ path: [], labels: {} }).error).toBe(true);
    expect(describePath({ error: "entente/viewer: no entity" })).toEqual({ text: "entente/viewer: no entity", error: true });
  });
});

describe("display", () => {
  const node = (category: string, kind: "Entity" | "Event" = "Entity"): NodeAttributes => ({
    x: 0,
    y: 0,
    size: 4,
    label: category,
    color: "#123456",
    kind,
    category,
    date: kind === "Event" ? "2026-01-31" : null,
    sources: ["doc:1"],
    degree: 1,
    reasons: ["overview"],
  });
  const edge = (conflict = false): EdgeAttributes => ({ size: 1, color: "#999999", relation: "REL", conflict, sources: [] });

  it("hides filtered nodes and colors by community when asked", () => {
    const hidden = run({ type: "showType", nodeType: "Topic", visible: false });
    expect(nodeDisplay(hidden, "t", node("Topic")).hidden).toBe(true);
    const byCommunity = run({ type: "colorBy", colorBy: "community" }, { type: "communities", communities: { n: 3 } });
    expect(nodeDisplay(byCommunity, "n", node("Person")).color).toBe(communityColor(3));
    expect(nodeDisplay(start, "n", node("Person")).color).toBe("#123456");
  });

  it("highlights the hovered node's neighborhood and dims the rest", () => {
    const hovered = run({ type: "hover", node: "a", neighbors: ["b"] });
    expect(nodeDisplay(hovered, "b", node("Person")).forceLabel).toBe(true);
    expect(nodeDisplay(hovered, "z", node("Person"))).toMatchObject({ color: DIMMED_NODE, label: "" });
    expect(edgeDisplay(hovered, "e", edge(), ["y", "z"]).hidden).toBe(true);
    expect(edgeDisplay(hovered, "e", edge(), ["a", "z"]).hidden).toBeUndefined();
  });

  it("draws the path's edges above the rest and conflicts in their color", () => {
    const withPath = run({ type: "pathFound", path: ["a", "b"], edges: ["e1"], labels: {} });
    expect(edgeDisplay(withPath, "e1", edge(), ["a", "b"])).toMatchObject({ color: PATH_COLOR, size: 3 });
    expect(nodeDisplay(withPath, "c", node("Person")).color).toBe(DIMMED_NODE);
    expect(edgeDisplay(start, "e2", edge(true), ["a", "b"]).color).toBe(CONFLICT_COLOR);
  });
});

describe("createStore", () => {
  it("hands every subscriber each event in one order, events dispatched while notifying included", () => {
    const store = createStore(start);
    const seen: string[] = [];
    store.subscribe((_state, event) => {
      seen.push(`first:${event.type}`);
      if (event.type === "graphChanged") store.dispatch({ type: "communities", communities: null });
    });
    store.subscribe((state, event) => seen.push(`second:${event.type}:${state.graphRevision}`));
    store.dispatch({ type: "graphChanged" });
    expect(seen).toEqual(["first:graphChanged", "second:graphChanged:1", "first:communities", "second:communities:1"]);
  });
});
