/**
 * Selection: a node chosen (clicked, searched, restored from the URL) is fetched with its facts
 * and evidence, brought on screen, highlighted and shown in the side panel; hovering a node
 * highlights its neighbors; a double click on the background deselects.
 */
import { api } from "../api.js";
import { byId, h, replaceChildren } from "../dom.js";
import { renderPanel } from "../panel.js";
import type { ViewerState } from "../state.js";
import { failed, type ViewerContext } from "./context.js";
import type { ExpansionController } from "./expansion.js";
import type { PathController } from "./path.js";

export interface SelectionController {
  /** Selects a node; `fly` moves the camera to it. */
  select(id: string, fly: boolean): Promise<void>;
}

export function mountSelectionController(
  context: ViewerContext,
  expansion: ExpansionController,
  path: PathController,
): SelectionController {
  const { store, graph, renderer } = context;
  const panel = byId("panel");
  const report = (error: unknown) => failed(context, error);

  const actions = {
    expand: (id: string) => void expansion.expand(id).catch(report),
    collapse: (id: string) => expansion.collapse(id),
    more: (id: string) => void expansion.expand(id, true).catch(report),
    pathFrom: (id: string, label: string) => path.setEnd("from", id, label),
    pathTo: (id: string, label: string) => path.setEnd("to", id, label),
    focus: (id: string) => void select(id, true),
  };

  const renderDetails = ({ details, expansions }: ViewerState) => {
    if (!details) {
      replaceChildren(panel, h("p", { class: "muted" }, "Click a node, or search, to see its facts and the evidence behind them."));
      return;
    }
    const expansion = expansions.get(details.node.id);
    replaceChildren(
      panel,
      ...renderPanel(details, { expanded: expansion !== undefined, shown: expansion?.shown ?? 0, total: expansion?.total ?? 0 }, actions),
    );
  };

  const flyTo = (id: string) => {
    renderer.refresh();
    const position = renderer.getNodeDisplayData(id);
    if (!position) return;
    const camera = renderer.getCamera();
    void camera.animate({ x: position.x, y: position.y, ratio: Math.min(camera.ratio, 0.35) }, { duration: 600 });
  };

  const select = async (id: string, fly: boolean) => {
    try {
      const details = await api.node(id);
      await expansion.ensureNode(id, details.node);
      store.dispatch({ type: "select", details });
      if (fly) flyTo(id);
    } catch (error) {
      report(error);
    }
  };

  store.subscribe((state, _event, previous) => {
    const id = state.details?.node.id;
    const expansionChanged = id !== undefined && state.expansions.get(id) !== previous.expansions.get(id);
    if (state.details !== previous.details || expansionChanged) renderDetails(state);
  });
  renderer.on("enterNode", ({ node }) => store.dispatch({ type: "hover", node, neighbors: graph.neighbors(node) }));
  renderer.on("leaveNode", () => store.dispatch({ type: "unhover" }));
  renderer.on("clickNode", ({ node }) => void select(node, false));
  renderer.on("doubleClickStage", () => store.dispatch({ type: "deselect" }));

  return { select };
}
