/**
 * What the rendering bench page (viewer/app/bench.html) publishes on `window.__benchResult` and
 * bench/viewer.ts reads back: one shape on both sides of the browser boundary.
 */
export interface BenchResult {
  nodes: number;
  edges: number;
  /** From navigation start to the first frame with the graph drawn. */
  firstDrawMs: number;
  /** Generating the graph (not part of the viewer's cost). */
  buildMs: number;
  /** Creating the renderer and drawing the first frame. */
  renderMs: number;
  panFps: number;
  panFrames: number;
  panSeconds: number;
}
