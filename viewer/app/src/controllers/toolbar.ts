/**
 * The toolbar and the filters: coloring, layout, camera reset, exports (JSON, GEXF through the
 * server's exporter, PNG of the picture), the date and source filters, and the status line with
 * the graph's counts (or the last error).
 */
import { api } from "../api.js";
import { byId, download, h, replaceChildren } from "../dom.js";
import { passesFilters } from "../filters.js";
import { renderPng } from "../picture.js";
import { sizeDependentSettings } from "../renderer.js";
import type { ViewerState } from "../state.js";
import { failed, type ViewerContext } from "./context.js";

export interface ToolbarController {
  /** Fills the source filter with the articles in the database. */
  loadDocuments(): Promise<void>;
}

export function mountToolbarController(context: ViewerContext): ToolbarController {
  const { store, graph, renderer, layout } = context;
  const stats = byId("graph-stats");
  const colorBy = byId<HTMLSelectElement>("color-by");
  const dateFrom = byId<HTMLInputElement>("date-from");
  const dateTo = byId<HTMLInputElement>("date-to");
  const sourceFilter = byId<HTMLSelectElement>("source-filter");

  const visibleNodes = (state: ViewerState) => graph.filterNodes((_id, attributes) => passesFilters(attributes, state.filters));

  const renderStatus = (state: ViewerState) => {
    const { notice } = state;
    stats.classList.toggle("error", notice?.error ?? false);
    stats.setAttribute("role", notice?.error ? "alert" : "status");
    stats.dataset.nodes = String(graph.order);
    stats.dataset.edges = String(graph.size);
    if (notice) {
      stats.textContent = notice.message;
      return;
    }
    const visible = visibleNodes(state).length;
    const shown = visible === graph.order ? "" : `${visible} shown of `;
    stats.textContent = `${shown}${graph.order} nodes · ${graph.size} edges${layout.isRunning() ? " · laying out…" : ""}`;
  };

  /** The current view, or the selection (the path, else the selected node and its neighbors). */
  const exportIds = (state: ViewerState): string[] => {
    if (byId<HTMLSelectElement>("export-scope").value === "selection") {
      if (state.path.nodes.size > 0) return [...state.path.nodes];
      const selected = state.view.selected;
      if (selected && graph.hasNode(selected)) return [selected, ...graph.neighbors(selected)];
    }
    return visibleNodes(state);
  };

  const exportGraph = async (format: "json" | "gexf") => {
    const ids = exportIds(store.get());
    if (ids.length === 0) return failed(context, "entente/viewer: nothing to export");
    download(`entente-graph.${format}`, await api.export(format, ids));
  };

  const exportPng = async () => {
    const blob = await renderPng(renderer);
    if (blob) download("entente-graph.png", blob);
    else failed(context, "entente/viewer: this browser cannot draw a PNG");
  };

  store.subscribe((state, event, previous) => {
    if (event.type === "graphChanged") {
      renderer.setSettings(sizeDependentSettings(graph));
      layout.run();
    }
    if (event.type === "graphChanged" || state.filters !== previous.filters || state.notice !== previous.notice) renderStatus(state);
    // The period may also come from the timeline: the fields show it.
    if (state.view.dateFrom !== previous.view.dateFrom) dateFrom.value = state.view.dateFrom;
    if (state.view.dateTo !== previous.view.dateTo) dateTo.value = state.view.dateTo;
  });
  layout.onChange(() => renderStatus(store.get()));

  const { view } = store.get();
  colorBy.value = view.colorBy;
  colorBy.addEventListener("change", () =>
    store.dispatch({ type: "colorBy", colorBy: colorBy.value === "community" ? "community" : "type" }),
  );
  dateFrom.value = view.dateFrom;
  dateTo.value = view.dateTo;
  for (const input of [dateFrom, dateTo]) {
    input.addEventListener("change", () => store.dispatch({ type: "setDates", from: dateFrom.value, to: dateTo.value }));
  }
  sourceFilter.addEventListener("change", () => store.dispatch({ type: "setSource", source: sourceFilter.value }));
  byId("layout-toggle").addEventListener("click", () => (layout.isRunning() ? layout.stop() : layout.run(8000)));
  byId("fit").addEventListener("click", () => void renderer.getCamera().animatedReset({ duration: 400 }));
  byId("export-json").addEventListener("click", () => void exportGraph("json").catch((error: unknown) => failed(context, error)));
  byId("export-gexf").addEventListener("click", () => void exportGraph("gexf").catch((error: unknown) => failed(context, error)));
  byId("export-png").addEventListener("click", () => void exportPng().catch((error: unknown) => failed(context, error)));

  return {
    async loadDocuments() {
      const { documents } = await api.documents();
      replaceChildren(
        sourceFilter,
        h("option", { attrs: { value: "" } }, "all articles"),
        ...documents.map((doc) =>
          h("option", { attrs: { value: doc.id } }, [doc.published, doc.title ?? doc.source ?? doc.id].filter(Boolean).join(" · ")),
        ),
      );
      sourceFilter.value = store.get().view.source;
    },
  };
}
