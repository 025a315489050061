/**
 * How each node and edge is drawn, from the state: sigma's node and edge reducers as pure
 * functions of (state, item, attributes). Highlighting (hover, selection, path, filters,
 * communities) happens here; the graph itself is never changed to highlight.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { passesFilters } from "./filters.js";
import type { EdgeAttributes, NodeAttributes } from "./graph-model.js";
import type { ViewerState } from "./state.js";
import { CONFLICT_COLOR, DIMMED_EDGE, DIMMED_NODE, PATH_COLOR, communityColor } from "./style.js";

export function nodeDisplay(state: ViewerState, node: string, data: NodeAttributes): Partial<NodeDisplayData> {
  const display: Partial<NodeDisplayData> = { x: data.x, y: data.y, size: data.size, label: data.label, color: data.color };
  if (!passesFilters(data, state.filters)) return { ...display, hidden: true };
  if (state.view.colorBy === "community" && state.communities) display.color = communityColor(state.communities[node] ?? 0);
  const { hovered, path } = state;
  if (path.nodes.size > 0) {
    if (path.nodes.has(node)) Object.assign(display, { forceLabel: true, highlighted: true, zIndex: 2 });
    else if (!hovered) display.color = DIMMED_NODE;
  }
  if (hovered) {
    if (node === hovered.node || hovered.neighbors.has(node)) Object.assign(display, { forceLabel: true, zIndex: 2 });
    else Object.assign(display, { color: DIMMED_NODE, label: "", zIndex: 0 });
  }
  if (node === state.view.selected) Object.assign(display, { highlighted: true, forceLabel: true, zIndex: 3 });
  return display;
}

export function edgeDisplay(
  state: ViewerState,
  edge: string,
  data: EdgeAttributes,
  [source, target]: readonly [string, string],
): Partial<EdgeDisplayData> {
  const display: Partial<EdgeDisplayData> = { size: data.size, color: data.conflict ? CONFLICT_COLOR : data.color, label: data.relation };
  const { hovered, path } = state;
  if (path.edges.has(edge)) return { ...display, color: PATH_COLOR, size: 3, zIndex: 2 };
  if (hovered) {
    if (source !== hovered.node && target !== hovered.node) return { ...display, hidden: true };
  } else if (path.edges.size > 0) {
    display.color = DIMMED_EDGE;
  }
  return display;
}
