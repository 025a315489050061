/**
 * The viewer's wiring: the state from the URL, the graph, the renderer and the layout, then one
 * controller per part of the page (./controllers), the renderer and the URL kept in step with the
 * state, and the first view loaded. Everything else lives in the controllers and in the pure
 * state, reducer and display modules (state.ts, display.ts).
 */
import { api } from "./api.js";
import { byId } from "./dom.js";
import { displayChanged, edgeDisplay, nodeDisplay } from "./display.js";
import { createGraph, mergeSlice } from "./graph-model.js";
import { LayoutRunner } from "./layout.js";
import { seededRandom } from "./random.js";
import { createRenderer } from "./renderer.js";
import { initialState } from "./state.js";
import { createStore } from "./store.js";
import { decodeView, encodeView } from "./url-state.js";
import { failed, type ViewerContext } from "./controllers/context.js";
import { mountConsoleController } from "./controllers/console.js";
import { mountExpansionController } from "./controllers/expansion.js";
import { mountLegendController } from "./controllers/legend.js";
import { mountPathController } from "./controllers/path.js";
import { mountSearchController } from "./controllers/search.js";
import { mountSelectionController } from "./controllers/selection.js";
import { mountTimelineController } from "./controllers/timeline.js";
import { mountToolbarController } from "./controllers/toolbar.js";

/** How long the URL waits for the view to settle before it is rewritten. */
const URL_DELAY_MS = 150;

async function start(): Promise<void> {
  const store = createStore(initialState(decodeView(window.location.search)));
  const graph = createGraph();
  const renderer = createRenderer(graph, byId("graph"), {
    nodeReducer: (node, data) => nodeDisplay(store.get(), node, data),
    edgeReducer: (edge, data) => edgeDisplay(store.get(), edge, data, graph.extremities(edge)),
  });
  const context: ViewerContext = { store, graph, renderer, layout: new LayoutRunner(graph) };

  const toolbar = mountToolbarController(context);
  mountLegendController(context);
  const expansion = mountExpansionController(context);
  const path = mountPathController(context);
  const selection = mountSelectionController(context, expansion, path);
  mountSearchController(context, selection);
  mountTimelineController(context, selection);
  mountConsoleController(context);

  const camera = renderer.getCamera();
  let urlTimer: ReturnType<typeof setTimeout> | null = null;
  const syncUrl = () => {
    if (urlTimer) clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      const search = encodeView({ ...store.get().view, camera: camera.getState() });
      window.history.replaceState(null, "", search ? `?${search}` : window.location.pathname);
    }, URL_DELAY_MS);
  };
  camera.on("updated", syncUrl);
  store.subscribe((state, event, previous) => {
    if (state.view !== previous.view) syncUrl();
    // Highlighting lives in the display reducers: redraw (once a frame) when what they read changed.
    // A changed graph redraws itself.
    if (event.type !== "graphChanged" && displayChanged(state, previous)) renderer.scheduleRefresh();
  });

  // The first view: the overview, then what the URL asks for (expansions, path, selection, camera).
  const { view } = store.get();
  store.dispatch({ type: "notice", message: "Loading…", error: false });
  try {
    await toolbar.loadDocuments();
    mergeSlice(graph, await api.overview(view.overview), "overview", null, seededRandom("overview"));
    for (const id of view.expanded) await expansion.expand(id);
    if (view.pathFrom && view.pathTo) await path.find(view.camera === null);
    store.dispatch({ type: "graphChanged" });
    if (view.selected) await selection.select(view.selected, view.camera === null);
    if (view.camera) camera.setState(view.camera);
    document.body.dataset.ready = "true";
  } catch (error) {
    failed(context, error);
    document.body.dataset.ready = "error";
  }
}

void start();
