/** Reads an exported graphology JSON file back into a graph, as an analyst's `Graph.from(JSON.parse(text))` would. */
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";

/** Attributes as the file holds them: whatever JSON, to be checked by the test. */
type FileAttributes = { [name: string]: unknown };

export function graphFromJson(text: string): MultiDirectedGraph<FileAttributes, FileAttributes, FileAttributes> {
  return MultiDirectedGraph.from(JSON.parse(text) as SerializedGraph<FileAttributes, FileAttributes, FileAttributes>);
}
