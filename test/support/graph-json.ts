/** Reads an exported graphology JSON file back into a graph, as an analyst's `Graph.from(JSON.parse(text))` would. */
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";

export function graphFromJson(text: string): MultiDirectedGraph {
  return MultiDirectedGraph.from(JSON.parse(text) as SerializedGraph);
}
