/**
 * The graphs the viewer benchmark draws: one generated graph per size (seeded, a few hubs and a
 * long tail, as a news graph has), served to the app as the API's overview slice and to the bare
 * sigma page as a ready graphology graph with the attributes the app gives it on arrival (the
 * app's own placement, node sizes and colours), so both pages draw the same picture.
 */
import type { SerializedGraph } from "graphology-types";
import type { GraphEdge, GraphNode, GraphSlice } from "../viewer/shared/api.js";
import { seededRandom } from "./corpus.js";
import { seededRandom as viewerRandom } from "../viewer/app/src/random.js";
import { createGraph, mergeSlice } from "../viewer/app/src/graph-model.js";

const ENTITY_TYPES = ["Person", "Country", "Organization", "Program", "Agreement", "Place", "Topic"];
const EVENT_TYPES = ["Meeting", "Visit", "Signing"];
const RELATIONS = ["PARTICIPATED_IN", "HOLDS_ROLE", "MEMBER_OF", "PARTY_TO", "LOCATED_IN"];

/** `nodes` nodes and `edges` edges; an edge's far end is drawn towards the first nodes (hubs). */
export function generatedSlice(nodes: number, edges: number, seed = 7): GraphSlice {
  const random = seededRandom(seed);
  const degree = new Array<number>(nodes).fill(0);
  const graphEdges: GraphEdge[] = [];
  while (graphEdges.length < edges) {
    const source = Math.floor(random() * nodes);
    const target = Math.floor(random() ** 2 * nodes);
    if (source === target) continue;
    degree[source] = (degree[source] ?? 0) + 1;
    degree[target] = (degree[target] ?? 0) + 1;
    graphEdges.push({
      id: `r${graphEdges.length}`,
      source: `n${source}`,
      target: `n${target}`,
      type: RELATIONS[graphEdges.length % RELATIONS.length] ?? "RELATED_TO",
      conflict: false,
      sources: [],
    });
  }
  const graphNodes: GraphNode[] = [];
  for (let i = 0; i < nodes; i++) {
    const event = random() < 0.3;
    const types = event ? EVENT_TYPES : ENTITY_TYPES;
    const type = types[Math.floor(random() * types.length)] ?? "Topic";
    graphNodes.push({
      id: `n${i}`,
      label: `${type} ${i.toString(36).toUpperCase()}`,
      kind: event ? "Event" : "Entity",
      type,
      date: event ? `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}` : null,
      sources: [],
      degree: degree[i] ?? 0,
    });
  }
  // The API answers the most connected first.
  graphNodes.sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
  return { nodes: graphNodes, edges: graphEdges };
}

export interface BareNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

export interface BareEdge {
  size: number;
  color: string;
}

/**
 * The slice as the app holds it once its first view has arrived: merged into the app's own graph
 * model exactly as viewer/app/src/main.ts does (placement from the overview's seeded generator,
 * sizes by degree, colours by type), then reduced to what sigma draws.
 */
export function bareGraph(slice: GraphSlice): SerializedGraph<BareNode, BareEdge> {
  const graph = createGraph();
  mergeSlice(graph, slice, "overview", null, viewerRandom("overview"));
  const nodes = graph.mapNodes((key, { x, y, size, color, label }) => ({ key, attributes: { x, y, size, color, label } }));
  const edges = graph.mapEdges((key, { size, color }, source, target) => ({ key, source, target, attributes: { size, color } }));
  return { options: { type: "directed", multi: true, allowSelfLoops: true }, attributes: {}, nodes, edges };
}
