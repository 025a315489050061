/**
 * The shortest path between two chosen nodes: the ends (chosen from the panel), the "Find path"
 * and "Clear" buttons, the path drawn into the graph and highlighted, and its steps in words.
 */
import { api } from "../api.js";
import { byId, h, replaceChildren } from "../dom.js";
import { mergeSlice, withdrawReason } from "../graph-model.js";
import { seededRandom } from "../random.js";
import { describePath, pinnedNodes, type ViewerState } from "../state.js";
import { failed, type ViewerContext } from "./context.js";

export interface PathController {
  setEnd(end: "from" | "to", id: string, label: string): void;
  /** Asks the server for the path between the chosen ends; `fit` moves the camera onto it. */
  find(fit?: boolean): Promise<void>;
}

export function mountPathController(context: ViewerContext): PathController {
  const { store, graph } = context;
  const result = byId("path-result");

  const renderEnds = (state: ViewerState) => {
    const label = (id: string | null) =>
      id === null ? "—" : (state.path.endLabels.get(id) ?? (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id));
    replaceChildren(
      byId("path-ends"),
      h("p", {}, "From: ", h("strong", { attrs: { "data-testid": "path-from" } }, label(state.view.pathFrom))),
      h("p", {}, "To: ", h("strong", { attrs: { "data-testid": "path-to" } }, label(state.view.pathTo))),
    );
    byId<HTMLButtonElement>("path-find").disabled = !(state.view.pathFrom && state.view.pathTo);
  };

  const renderResult = (state: ViewerState) => {
    const shown = state.path.result ? describePath(state.path.result) : { text: "", error: false };
    result.classList.toggle("error", shown.error);
    result.textContent = shown.text;
  };

  const find = async (fit = true) => {
    const { pathFrom, pathTo } = store.get().view;
    if (!pathFrom || !pathTo) return;
    try {
      const answer = await api.path(pathFrom, pathTo);
      withdrawReason(graph, "path", pinnedNodes(store.get(), { withPath: false }));
      mergeSlice(graph, answer, "path", pathFrom, seededRandom(`${pathFrom}>${pathTo}`));
      const labels = Object.fromEntries(answer.nodes.map((node) => [node.id, node.label]));
      store.dispatch({ type: "pathFound", path: answer.path, edges: answer.edges.map((edge) => edge.id), labels });
      store.dispatch({ type: "graphChanged" });
      if (fit) fitCamera(context, answer.path);
    } catch (error) {
      store.dispatch({ type: "pathFailed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  const clear = () => {
    store.dispatch({ type: "clearPath" });
    withdrawReason(graph, "path", pinnedNodes(store.get()));
    store.dispatch({ type: "graphChanged" });
  };

  store.subscribe((state, event, previous) => {
    if (state.view.pathFrom !== previous.view.pathFrom || state.view.pathTo !== previous.view.pathTo || event.type === "graphChanged") {
      renderEnds(state);
    }
    if (state.path.result !== previous.path.result) renderResult(state);
  });
  byId("path-find").addEventListener("click", () => void find());
  byId("path-clear").addEventListener("click", clear);
  renderEnds(store.get());

  return {
    setEnd(end, id, label) {
      store.dispatch({ type: "setPathEnd", end, id, label });
      const { pathFrom, pathTo } = store.get().view;
      if (pathFrom && pathTo) void find().catch((error: unknown) => failed(context, error));
    },
    find,
  };
}

/** Moves the camera so these nodes fill the view. */
function fitCamera({ renderer }: ViewerContext, ids: readonly string[]): void {
  renderer.refresh();
  const points = ids.map((id) => renderer.getNodeDisplayData(id)).filter((d) => d !== undefined);
  if (points.length === 0) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const ratio = Math.min(1.2, Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.4));
  void renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 600 });
}
