/**
 * A graph slice as a graphology graph, then as graphology's serialised JSON or as GEXF:
 * the two formats the viewer's export offers.
 */
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import type { GraphSlice } from "../shared/api.js";

export type ExportFormat = "json" | "gexf";

/** A directed multigraph of the slice; node and edge attributes are the viewer's fields. */
export function sliceToGraph(slice: GraphSlice): MultiDirectedGraph {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const node of slice.nodes) {
    graph.mergeNode(node.id, {
      label: node.label,
      kind: node.kind,
      type: node.type,
      date: node.date ?? "",
      sources: node.sources.join(" "),
      degree: node.degree,
    });
  }
  for (const edge of slice.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.id)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      type: edge.type,
      label: edge.type,
      conflict: edge.conflict,
      sources: edge.sources.join(" "),
    });
  }
  return graph;
}

/** The file's text and media type for a slice in the chosen format. */
export function serialiseSlice(slice: GraphSlice, format: ExportFormat): { body: string; contentType: string } {
  const graph = sliceToGraph(slice);
  if (format === "gexf") {
    return { body: gexf.write(graph), contentType: "application/gexf+xml; charset=utf-8" };
  }
  return { body: JSON.stringify(graph.export()), contentType: "application/json; charset=utf-8" };
}
