/**
 * The graph on screen: a graphology graph fed with slices from the API. Each node remembers why
 * it is there (the overview, an expansion, a search, a path, a query), so collapsing an expansion
 * removes only what that expansion alone brought in.
 */
import { MultiDirectedGraph } from "graphology";
import type { GraphEdge, GraphNode, GraphSlice } from "../../shared/api.js";
import { EDGE_COLOR, nodeSize, typeColor } from "./style.js";

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  kind: "Entity" | "Event";
  /** Entity or event type (sigma reserves `type` for its node program). */
  category: string;
  date: string | null;
  /** Events: occurred, planned or cancelled; null for entities. */
  status?: "occurred" | "planned" | "cancelled" | null;
  sources: string[];
  degree: number;
  reasons: string[];
}

export interface EdgeAttributes {
  size: number;
  color: string;
  relation: string;
  conflict: boolean;
  sources: string[];
}

export type ViewerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createGraph(): ViewerGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
}

function nodeAttributes(node: GraphNode, position: { x: number; y: number }, reason: string): NodeAttributes {
  return {
    ...position,
    size: nodeSize(node.degree),
    label: node.label,
    color: typeColor(node.type),
    kind: node.kind,
    category: node.type,
    date: node.date,
    status: node.status ?? null,
    sources: node.sources,
    degree: node.degree,
    reasons: [reason],
  };
}

function edgeAttributes(edge: GraphEdge): EdgeAttributes {
  return { size: edge.conflict ? 2 : 1, color: EDGE_COLOR, relation: edge.type, conflict: edge.conflict, sources: edge.sources };
}

/** A spot near `anchor` (or near the centre of the graph) for a node that just arrived. */
function placeNear(graph: ViewerGraph, anchor: string | null, random: () => number): { x: number; y: number } {
  const angle = random() * 2 * Math.PI;
  if (anchor && graph.hasNode(anchor)) {
    const { x, y } = graph.getNodeAttributes(anchor);
    const radius = 0.5 + random();
    return { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) };
  }
  const radius = Math.sqrt(graph.order + 1) * (0.5 + random());
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** Adds a slice's nodes and edges; returns the ids of the nodes that were not there before. */
export function mergeSlice(
  graph: ViewerGraph,
  slice: GraphSlice,
  reason: string,
  anchor: string | null = null,
  random: () => number = Math.random,
): string[] {
  const added: string[] = [];
  for (const node of slice.nodes) {
    if (graph.hasNode(node.id)) {
      const reasons = graph.getNodeAttribute(node.id, "reasons");
      if (!reasons.includes(reason)) graph.setNodeAttribute(node.id, "reasons", [...reasons, reason]);
      continue;
    }
    graph.addNode(node.id, nodeAttributes(node, placeNear(graph, anchor, random), reason));
    added.push(node.id);
  }
  for (const edge of slice.edges) {
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge));
  }
  return added;
}

/** Takes a reason back; drops the nodes no other reason keeps (never `keep`). Returns the dropped ids. */
export function withdrawReason(graph: ViewerGraph, reason: string, keep: ReadonlySet<string>): string[] {
  const dropped: string[] = [];
  graph.forEachNode((id, attributes) => {
    if (!attributes.reasons.includes(reason)) return;
    const reasons = attributes.reasons.filter((r) => r !== reason);
    if (reasons.length === 0 && !keep.has(id)) dropped.push(id);
    else graph.setNodeAttribute(id, "reasons", reasons);
  });
  for (const id of dropped) graph.dropNode(id);
  return dropped;
}

export function expansionReason(id: string): string {
  return `expand:${id}`;
}
