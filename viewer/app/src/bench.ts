/**
 * Rendering benchmark (bench.html?nodes=N&edges=M): a generated clustered graph drawn with the
 * viewer's renderer settings, no server needed. Measures the time to the first drawn frame and
 * the frame rate while the camera pans, and publishes them on `window.__benchResult`.
 */
import { createGraph, nodeAttributes } from "./graph-model.js";
import { createRenderer } from "./renderer.js";
import { byId } from "./dom.js";
import { seededRandom } from "./random.js";
import { EDGE_COLOR } from "./style.js";
import type { BenchResult } from "../../shared/bench.js";

declare global {
  interface Window {
    __benchResult?: BenchResult | { error: string };
    __benchFrames?: number;
    /** Total time spent inside sigma's render calls since the first draw. */
    __benchRenderMs?: number;
  }
}

const TYPES = ["Person", "Country", "Organization", "Program", "Agreement", "Place", "Topic", "Meeting", "Visit"];

async function run(): Promise<BenchResult> {
  const params = new URLSearchParams(window.location.search);
  const order = Number(params.get("nodes") ?? 1000);
  const size = Number(params.get("edges") ?? order * 3);
  const panMs = Number(params.get("panMs") ?? 3000);
  const random = seededRandom(42);
  const clusters = Math.max(4, Math.round(Math.sqrt(order) / 2));
  const t0 = performance.now();

  const graph = createGraph();
  for (let i = 0; i < order; i++) {
    const cluster = i % clusters;
    const angle = (cluster / clusters) * 2 * Math.PI;
    const spread = Math.sqrt(order) / 3;
    const position = {
      x: Math.cos(angle) * spread * 3 + (random() - 0.5) * spread * 0.8,
      y: Math.sin(angle) * spread * 3 + (random() - 0.5) * spread * 0.8,
    };
    graph.addNode(
      `n${i}`,
      nodeAttributes(
        {
          id: `n${i}`,
          label: `Node ${i}`,
          kind: "Entity",
          type: TYPES[cluster % TYPES.length],
          date: null,
          sources: [],
          degree: Math.floor(random() * random() * 12),
        },
        position,
        "bench",
      ),
    );
  }
  let added = 0;
  while (added < size) {
    const a = Math.floor(random() * order);
    const sameCluster = random() < 0.85;
    let b = Math.floor(random() * order);
    if (sameCluster) b = (Math.floor(random() * (order / clusters)) * clusters + (a % clusters)) % order;
    if (a === b) continue;
    graph.addDirectedEdgeWithKey(`e${added}`, `n${a}`, `n${b}`, {
      size: 1,
      color: EDGE_COLOR,
      relation: "REL",
      conflict: false,
      sources: [],
    });
    added++;
  }

  const t1 = performance.now();
  const renderer = createRenderer(graph, byId("graph"));
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const firstDrawMs = performance.now();
  const buildMs = t1 - t0;
  const renderMs = firstDrawMs - t1;

  // Frames drawn, counted for the harness, which pans with the mouse (as a person does) and
  // reads the count before and after; `?pan=camera` pans programmatically instead.
  window.__benchFrames = 0;
  window.__benchRenderMs = 0;
  let renderStarted = 0;
  renderer.on("beforeRender", () => (renderStarted = performance.now()));
  renderer.on("afterRender", () => {
    window.__benchFrames = (window.__benchFrames ?? 0) + 1;
    window.__benchRenderMs = (window.__benchRenderMs ?? 0) + (performance.now() - renderStarted);
  });
  let panFps = 0;
  let panFrames = 0;
  let panSeconds = 0;
  if (params.get("pan") === "camera") {
    const camera = renderer.getCamera();
    const start = performance.now();
    const before = window.__benchFrames;
    await new Promise<void>((resolve) => {
      const step = (now: number) => {
        const t = (now - start) / 1000;
        camera.setState({ x: 0.5 + 0.3 * Math.cos(t * 2), y: 0.5 + 0.3 * Math.sin(t * 2), ratio: 0.6 });
        if (now - start < panMs) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    panSeconds = (performance.now() - start) / 1000;
    panFrames = window.__benchFrames - before;
    panFps = Math.round((panFrames / panSeconds) * 10) / 10;
  }
  return {
    nodes: graph.order,
    edges: graph.size,
    firstDrawMs: Math.round(firstDrawMs),
    buildMs: Math.round(buildMs),
    renderMs: Math.round(renderMs),
    panFps,
    panFrames,
    panSeconds: Math.round(panSeconds * 100) / 100,
  };
}

run().then(
  (result) => (window.__benchResult = result),
  (error: unknown) => (window.__benchResult = { error: error instanceof Error ? error.message : String(error) }),
);
