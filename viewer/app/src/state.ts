/**
 * The viewer's state and its reducer. Everything the screen shows besides the graph itself (which
 * graphology holds) lives in one ViewerState, and changes only through `reduce(state, event)`: a
 * pure function, so each change can be tested without a browser. Controllers (./controllers)
 * dispatch events and render from the state; the sigma reducers (./display.ts) read it.
 */
import type { NodeDetails } from "../../shared/api.js";
import type { Filters } from "./filters.js";
import type { ViewState } from "./url-state.js";

/** How many of a node's neighbors an expansion shows, of how many it has. */
export interface Expansion {
  shown: number;
  total: number;
}

/** The last shortest-path answer: node ids in path order with their labels, or why there is none. */
export type PathResult = { path: readonly string[]; labels: Readonly<Record<string, string>> } | { error: string };

export interface ViewerState {
  /** What the URL keeps (see url-state.ts). */
  view: ViewState;
  /** The view's filters, ready for passesFilters; kept in step with `view` by reduce. */
  filters: Filters;
  hovered: { node: string; neighbors: ReadonlySet<string> } | null;
  /** The selected node's panel; null when nothing is selected. */
  details: NodeDetails | null;
  expansions: ReadonlyMap<string, Expansion>;
  path: {
    nodes: ReadonlySet<string>;
    edges: ReadonlySet<string>;
    /** Labels of the chosen ends, for nodes that may not be on screen. */
    endLabels: ReadonlyMap<string, string>;
    result: PathResult | null;
  };
  /** Louvain community of each node when coloring by community, else null. */
  communities: Readonly<Record<string, number>> | null;
  /** Bumped whenever nodes or edges arrive or leave, so what depends on the graph redraws. */
  graphRevision: number;
  /** A message for the status line (an error, "Loading…"); null shows the graph's counts. */
  notice: { message: string; error: boolean } | null;
}

export type ViewerEvent =
  | { type: "hover"; node: string; neighbors: readonly string[] }
  | { type: "unhover" }
  | { type: "select"; details: NodeDetails }
  | { type: "deselect" }
  /** A page of neighbors arrived: `received` nodes (the node itself included) from `offset`, of `total`. */
  | { type: "expand"; id: string; offset: number; received: number; total: number }
  | { type: "collapse"; id: string }
  | { type: "setPathEnd"; end: "from" | "to"; id: string; label: string }
  | { type: "pathFound"; path: readonly string[]; edges: readonly string[]; labels: Readonly<Record<string, string>> }
  | { type: "pathFailed"; message: string }
  | { type: "clearPath" }
  | { type: "showType"; nodeType: string; visible: boolean }
  | { type: "setDates"; from: string; to: string }
  | { type: "setSource"; source: string }
  | { type: "colorBy"; colorBy: ViewState["colorBy"] }
  | { type: "communities"; communities: Readonly<Record<string, number>> | null }
  | { type: "graphChanged" }
  | { type: "search"; q: string }
  | { type: "cypher"; query: string }
  | { type: "notice"; message: string; error: boolean };

export function initialState(view: ViewState): ViewerState {
  return {
    view,
    filters: filtersOf(view),
    hovered: null,
    details: null,
    expansions: new Map(),
    path: { nodes: new Set(), edges: new Set(), endLabels: new Map(), result: null },
    communities: null,
    graphRevision: 0,
    notice: null,
  };
}

export function reduce(state: ViewerState, event: ViewerEvent): ViewerState {
  switch (event.type) {
    case "hover":
      return { ...state, hovered: { node: event.node, neighbors: new Set(event.neighbors) } };
    case "unhover":
      return { ...state, hovered: null };
    case "select":
      return { ...state, details: event.details, view: { ...state.view, selected: event.details.node.id } };
    case "deselect":
      return { ...state, details: null, view: { ...state.view, selected: null } };
    case "expand": {
      const expansions = new Map(state.expansions).set(event.id, { shown: event.offset + event.received - 1, total: event.total });
      const expanded = state.view.expanded.includes(event.id) ? state.view.expanded : [...state.view.expanded, event.id];
      return { ...state, expansions, view: { ...state.view, expanded } };
    }
    case "collapse": {
      const expansions = new Map(state.expansions);
      expansions.delete(event.id);
      return { ...state, expansions, view: { ...state.view, expanded: state.view.expanded.filter((id) => id !== event.id) } };
    }
    case "setPathEnd": {
      const endLabels = new Map(state.path.endLabels).set(event.id, event.label);
      const view = event.end === "from" ? { ...state.view, pathFrom: event.id } : { ...state.view, pathTo: event.id };
      return { ...state, view, path: { ...state.path, endLabels } };
    }
    case "pathFound":
      return {
        ...state,
        path: {
          ...state.path,
          nodes: new Set(event.path),
          edges: new Set(event.edges),
          result: { path: event.path, labels: event.labels },
        },
      };
    case "pathFailed":
      return { ...state, path: { ...state.path, result: { error: event.message } } };
    case "clearPath":
      return {
        ...state,
        view: { ...state.view, pathFrom: null, pathTo: null },
        path: { ...state.path, nodes: new Set(), edges: new Set(), result: null },
      };
    case "showType": {
      const others = state.view.hiddenTypes.filter((type) => type !== event.nodeType);
      return withView(state, { hiddenTypes: event.visible ? others : [...others, event.nodeType] });
    }
    case "setDates":
      return withView(state, { dateFrom: event.from.trim(), dateTo: event.to.trim() });
    case "setSource":
      return withView(state, { source: event.source });
    case "colorBy":
      return { ...state, view: { ...state.view, colorBy: event.colorBy } };
    case "communities":
      return { ...state, communities: event.communities };
    case "graphChanged":
      return { ...state, graphRevision: state.graphRevision + 1, notice: null };
    case "search":
      return { ...state, view: { ...state.view, q: event.q } };
    case "cypher":
      return { ...state, view: { ...state.view, cypher: event.query } };
    case "notice":
      return { ...state, notice: { message: event.message, error: event.error } };
  }
}

/** A change of filters: the view, its ready-made Filters, and the status line back to the counts. */
function withView(state: ViewerState, change: Partial<ViewState>): ViewerState {
  const view = { ...state.view, ...change };
  return { ...state, view, filters: filtersOf(view), notice: null };
}

function filtersOf(view: ViewState): Filters {
  return { hiddenTypes: new Set(view.hiddenTypes), dateFrom: view.dateFrom, dateTo: view.dateTo, source: view.source };
}

/** Nodes a withdrawal must keep: the selection and every expanded node, and (unless it is the path being replaced) the path. */
export function pinnedNodes(state: ViewerState, options: { withPath: boolean } = { withPath: true }): Set<string> {
  const keep = new Set<string>(state.view.expanded);
  if (options.withPath) for (const id of state.path.nodes) keep.add(id);
  if (state.view.selected) keep.add(state.view.selected);
  return keep;
}

/** The path's line under the path box: its steps, that there is none, or the error. */
export function describePath(result: PathResult): { text: string; error: boolean } {
  if ("error" in result) return { text: result.error, error: true };
  const { path, labels } = result;
  if (path.length === 0) return { text: "No path between these two (within 8 steps).", error: true };
  const steps = path.length - 1;
  return { text: `${steps} step${steps === 1 ? "" : "s"}: ${path.map((id) => labels[id] ?? id).join(" → ")}`, error: false };
}
