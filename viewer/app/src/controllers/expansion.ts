/**
 * Expansion: a node's neighbors fetched from Neo4j a page at a time and merged into the graph,
 * collapsed again without dropping what something else keeps on screen; and a single node
 * brought on screen (with its relationships to what is drawn) when it is searched or clicked.
 */
import type { GraphSlice, NodeDetails } from "../../../shared/api.js";
import { api } from "../api.js";
import { expansionReason, mergeSlice, withdrawReason } from "../graph-model.js";
import { seededRandom } from "../random.js";
import { pinnedNodes } from "../state.js";
import type { ViewerContext } from "./context.js";

/** Neighbors per page. */
const NEIGHBOR_PAGE = 50;

export interface ExpansionController {
  /** The first page of a node's neighbors, or (`more`) the next one. */
  expand(id: string, more?: boolean): Promise<void>;
  collapse(id: string): void;
  /** Adds a node and its relationships to the nodes already drawn when it is not on screen. */
  ensureNode(id: string, node: NodeDetails["node"]): Promise<void>;
}

export function mountExpansionController(context: ViewerContext): ExpansionController {
  const { store, graph } = context;
  return {
    async expand(id, more = false) {
      const previous = store.get().expansions.get(id);
      const offset = more && previous ? previous.shown : 0;
      const page = await api.neighbors(id, NEIGHBOR_PAGE, offset);
      mergeSlice(graph, page, expansionReason(id), id, seededRandom(`${id}:${offset}`));
      store.dispatch({ type: "expand", id, offset, received: page.nodes.length, total: page.total });
      store.dispatch({ type: "graphChanged" });
    },
    collapse(id) {
      store.dispatch({ type: "collapse", id });
      withdrawReason(graph, expansionReason(id), pinnedNodes(store.get()));
      store.dispatch({ type: "graphChanged" });
    },
    async ensureNode(id, node) {
      if (graph.hasNode(id)) return;
      const page = await api.neighbors(id, 500, 0);
      const slice: GraphSlice = {
        nodes: [node],
        edges: page.edges.filter((e) => (e.source === id || graph.hasNode(e.source)) && (e.target === id || graph.hasNode(e.target))),
      };
      const anchor = slice.edges.map((e) => (e.source === id ? e.target : e.source)).find((other) => graph.hasNode(other)) ?? null;
      mergeSlice(graph, slice, "search", anchor, seededRandom(id));
      store.dispatch({ type: "graphChanged" });
    },
  };
}
