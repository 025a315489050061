/**
 * The viewer benchmark's baseline (bench/viewer.ts, never part of the shipped app): graphology and
 * sigma alone drawing the graph the benchmark serves at /bench/graph.json?nodes=N, with the
 * viewer's renderer settings and nothing else (no state, reducers, controllers or layout), in a
 * container of the size `?w=&h=` (that of the app's graph area). Sets body[data-ready] once drawn.
 */
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import Sigma from "sigma";
import { RENDERER_SETTINGS, sizeDependentSettings } from "../src/renderer.js";

async function draw(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const container = document.getElementById("graph");
  if (!container) throw new Error("bare page: no #graph");
  container.style.width = `${Number(params.get("w") ?? 800)}px`;
  container.style.height = `${Number(params.get("h") ?? 600)}px`;
  const response = await fetch(`/bench/graph.json?nodes=${params.get("nodes") ?? "1000"}`);
  const graph = new MultiDirectedGraph();
  graph.import((await response.json()) as SerializedGraph);
  new Sigma(graph, container, { ...RENDERER_SETTINGS, ...sizeDependentSettings(graph) });
  document.body.dataset.ready = "true";
}

draw().catch((error: unknown) => {
  document.body.dataset.ready = "error";
  document.body.textContent = error instanceof Error ? error.message : String(error);
});
