/**
 * What every controller is given: the store (state and events), the graph on screen, the
 * renderer and the layout. A controller is one `mount…Controller(context)` function that binds
 * its part of the page to the store: it listens to the page and dispatches events, subscribes to
 * the store and redraws its part from the state, and returns the operations other controllers
 * may call (the selection controller asks the expansion controller to bring a node on screen).
 */
import type { ViewerGraph } from "../graph-model.js";
import type { LayoutRunner } from "../layout.js";
import type { ViewerRenderer } from "../renderer.js";
import type { ViewerStore } from "../store.js";

export interface ViewerContext {
  store: ViewerStore;
  graph: ViewerGraph;
  renderer: ViewerRenderer;
  layout: LayoutRunner;
}

/** An action that failed, as the status line shows it. */
export function failed(context: ViewerContext, error: unknown): void {
  context.store.dispatch({ type: "notice", message: error instanceof Error ? error.message : String(error), error: true });
}
