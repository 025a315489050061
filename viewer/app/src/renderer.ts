/**
 * The sigma renderer with the settings that keep large graphs smooth: straight edges drawn by
 * the cheap line program, labels only for nodes big enough on screen, highlighting through
 * reducers (the graph itself is never changed to highlight).
 */
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from "./graph-model.js";

export type ViewerRenderer = Sigma<NodeAttributes, EdgeAttributes>;

/** Above this many edges, edges and labels are hidden while the camera moves. */
const LARGE_GRAPH_EDGES = 5_000;

/** Settings that depend on the graph's size; apply again when the graph grows or shrinks. */
export function sizeDependentSettings(graph: ViewerGraph): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  const large = graph.size > LARGE_GRAPH_EDGES;
  return { hideEdgesOnMove: large, hideLabelsOnMove: large };
}

export function createRenderer(
  graph: ViewerGraph,
  container: HTMLElement,
  settings: Partial<Settings<NodeAttributes, EdgeAttributes>> = {},
): ViewerRenderer {
  return new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    defaultEdgeType: "line",
    edgeProgramClasses: { line: EdgeLineProgram },
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.6,
    labelGridCellSize: 80,
    labelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    ...sizeDependentSettings(graph),
    ...settings,
  });
}
