/**
 * The viewer: wires the graph, the renderer, the layout, the panels and the URL together.
 * Highlighting (hover, selection, path, filters, communities) lives in the reducers; the graph
 * only changes when nodes arrive from, or leave for, the server.
 */
import louvain from "graphology-communities-louvain";
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import type { GraphSlice, NodeDetails } from "../../shared/api.js";
import { api } from "./api.js";
import { byId, download, h, replaceChildren } from "./dom.js";
import { passesFilters, type Filters } from "./filters.js";
import { createGraph, expansionReason, mergeSlice, withdrawReason, type EdgeAttributes, type NodeAttributes } from "./graph-model.js";
import { LayoutRunner } from "./layout.js";
import { renderPanel, type PanelActions } from "./panel.js";
import { mountTimeline } from "./controllers/timeline.js";
import { periodOfFilter, timelineEvents } from "./timeline-model.js";
import { renderPng } from "./picture.js";
import { seededRandom } from "./random.js";
import { mountSearchBox } from "./search-box.js";
import { mountCypherConsole } from "./cypher-console.js";
import { createRenderer, sizeDependentSettings } from "./renderer.js";
import { CONFLICT_COLOUR, DIMMED_EDGE, DIMMED_NODE, PATH_COLOUR, communityColour, typeColour } from "./style.js";
import { decodeView, encodeView, type ViewState } from "./url-state.js";

const NEIGHBOUR_PAGE = 50;

/* ---------- state ---------- */

const view: ViewState = decodeView(window.location.search);
const graph = createGraph();
const expansions = new Map<string, { shown: number; total: number }>();
let hovered: string | null = null;
let hoveredNeighbours = new Set<string>();
let pathNodes = new Set<string>();
let pathEdges = new Set<string>();
const pathLabels = new Map<string, string>();
let communities: Record<string, number> | null = null;
let details: NodeDetails | null = null;

function filters(): Filters {
  return { hiddenTypes: new Set(view.hiddenTypes), dateFrom: view.dateFrom, dateTo: view.dateTo, source: view.source };
}
let activeFilters = filters();

const seeded = seededRandom;

/* ---------- rendering ---------- */

function nodeReducer(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
  const display: Partial<NodeDisplayData> = { x: data.x, y: data.y, size: data.size, label: data.label, color: data.color };
  if (!passesFilters(data, activeFilters)) return { ...display, hidden: true };
  if (view.colorBy === "community" && communities) display.color = communityColour(communities[node] ?? 0);
  if (pathNodes.size > 0) {
    if (pathNodes.has(node)) Object.assign(display, { forceLabel: true, highlighted: true, zIndex: 2 });
    else if (!hovered) display.color = DIMMED_NODE;
  }
  if (hovered) {
    if (node === hovered || hoveredNeighbours.has(node)) Object.assign(display, { forceLabel: true, zIndex: 2 });
    else Object.assign(display, { color: DIMMED_NODE, label: "", zIndex: 0 });
  }
  if (node === view.selected) Object.assign(display, { highlighted: true, forceLabel: true, zIndex: 3 });
  return display;
}

function edgeReducer(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
  const display: Partial<EdgeDisplayData> = { size: data.size, color: data.conflict ? CONFLICT_COLOUR : data.color, label: data.relation };
  if (pathEdges.has(edge)) return { ...display, color: PATH_COLOUR, size: 3, zIndex: 2 };
  if (hovered) {
    const [source, target] = graph.extremities(edge);
    if (source !== hovered && target !== hovered) return { ...display, hidden: true };
  } else if (pathEdges.size > 0) {
    display.color = DIMMED_EDGE;
  }
  return display;
}

const renderer = createRenderer(graph, byId("graph"), { nodeReducer, edgeReducer });
const layout = new LayoutRunner(graph);
const camera = renderer.getCamera();

/* ---------- URL ---------- */

let urlTimer: ReturnType<typeof setTimeout> | null = null;
function syncUrl(): void {
  if (urlTimer) clearTimeout(urlTimer);
  urlTimer = setTimeout(() => {
    view.camera = camera.getState();
    const search = encodeView(view);
    window.history.replaceState(null, "", search ? `?${search}` : window.location.pathname);
  }, 150);
}
camera.on("updated", syncUrl);

/* ---------- status, stats, legend, filters ---------- */

function showStatus(message: string, isError = false): void {
  const status = byId("graph-stats");
  status.classList.toggle("error", isError);
  status.setAttribute("role", isError ? "alert" : "status");
  status.textContent = message;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function visibleNodes(): string[] {
  return graph.filterNodes((_id, attributes) => passesFilters(attributes, activeFilters));
}

function refreshStats(): void {
  const stats = byId("graph-stats");
  const visible = visibleNodes().length;
  stats.dataset.nodes = String(graph.order);
  stats.dataset.edges = String(graph.size);
  stats.classList.remove("error");
  stats.textContent = `${visible === graph.order ? "" : `${visible} shown of `}${graph.order} nodes · ${graph.size} edges${layout.isRunning() ? " · laying out…" : ""}`;
}

function refreshCommunities(): void {
  communities = view.colorBy === "community" && graph.size > 0 ? louvain(graph, { rng: seeded("louvain") }) : null;
}

function refreshLegend(): void {
  const legend = byId("legend");
  if (view.colorBy === "community" && communities) {
    const sizes = new Map<number, number>();
    for (const community of Object.values(communities)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
    const ranked = [...sizes.entries()].sort((a, b) => b[1] - a[1]);
    replaceChildren(
      legend,
      ...ranked
        .slice(0, 12)
        .map(([community, size]) =>
          h(
            "li",
            {},
            h("span", { class: "swatch", attrs: { style: `background:${communityColour(community)}` } }),
            `community ${community + 1} (${size})`,
          ),
        ),
      ranked.length > 12 ? h("li", { class: "muted" }, `… ${ranked.length - 12} more`) : null,
    );
    return;
  }
  const counts = new Map<string, number>();
  graph.forEachNode((_id, a) => counts.set(a.category, (counts.get(a.category) ?? 0) + 1));
  replaceChildren(
    legend,
    ...[...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([type, count]) =>
        h("li", {}, h("span", { class: "swatch", attrs: { style: `background:${typeColour(type)}` } }), `${type} (${count})`),
      ),
  );
}

function refreshTypeFilters(): void {
  const box = byId("type-filters");
  const types = new Map<string, "Entity" | "Event">();
  graph.forEachNode((_id, a) => types.set(a.category, a.kind));
  for (const hidden of view.hiddenTypes) if (!types.has(hidden)) types.set(hidden, "Entity");
  const sorted = [...types.entries()].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
  replaceChildren(
    box,
    h("legend", {}, "Types"),
    ...sorted.map(([type, kind]) => {
      const input = h("input", { attrs: { type: "checkbox", "data-type": type } });
      input.checked = !view.hiddenTypes.includes(type);
      input.addEventListener("change", () => {
        view.hiddenTypes = input.checked ? view.hiddenTypes.filter((t) => t !== type) : [...view.hiddenTypes, type];
        applyFilters();
      });
      return h(
        "label",
        { class: "type-filter", attrs: { title: kind } },
        input,
        h("span", { class: "swatch", attrs: { style: `background:${typeColour(type)}` } }),
        type,
      );
    }),
  );
}

function applyFilters(): void {
  activeFilters = filters();
  renderer.refresh({ skipIndexation: true });
  refreshStats();
  timeline.refresh();
  syncUrl();
}

function graphChanged(): void {
  renderer.setSettings(sizeDependentSettings(graph));
  refreshCommunities();
  refreshTypeFilters();
  refreshLegend();
  refreshStats();
  timeline.refresh();
  layout.run();
}
layout.onChange(refreshStats);

/* ---------- selection and panel ---------- */

function flyTo(id: string): void {
  renderer.refresh();
  const position = renderer.getNodeDisplayData(id);
  if (!position) return;
  camera.animate({ x: position.x, y: position.y, ratio: Math.min(camera.ratio, 0.35) }, { duration: 600 });
}

/** Moves the camera so these nodes fill the view. */
function fitTo(ids: readonly string[]): void {
  renderer.refresh();
  const points = ids.map((id) => renderer.getNodeDisplayData(id)).filter((d) => d !== undefined);
  if (points.length === 0) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const ratio = Math.min(1.2, Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.4));
  void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 600 });
}

/** Adds a node (and its relationships to nodes already drawn) when it is not on screen. */
async function ensureNode(id: string, node: NodeDetails["node"]): Promise<void> {
  if (graph.hasNode(id)) return;
  const page = await api.neighbors(id, 500, 0);
  const slice: GraphSlice = {
    nodes: [node],
    edges: page.edges.filter((e) => (e.source === id || graph.hasNode(e.source)) && (e.target === id || graph.hasNode(e.target))),
  };
  const anchor = slice.edges.map((e) => (e.source === id ? e.target : e.source)).find((other) => graph.hasNode(other)) ?? null;
  mergeSlice(graph, slice, "search", anchor, seeded(id));
  graphChanged();
}

const actions: PanelActions = {
  expand: (id) => void expand(id).catch((e) => showStatus(describeError(e), true)),
  collapse: (id) => collapse(id),
  more: (id) => void expand(id, true).catch((e) => showStatus(describeError(e), true)),
  pathFrom: (id, label) => setPathEnd("from", id, label),
  pathTo: (id, label) => setPathEnd("to", id, label),
  focus: (id) => void select(id, true),
};

function renderDetails(): void {
  const panel = byId("panel");
  if (!details) {
    replaceChildren(panel, h("p", { class: "muted" }, "Click a node, or search, to see its facts and the evidence behind them."));
    return;
  }
  const expansion = expansions.get(details.node.id);
  replaceChildren(
    panel,
    ...renderPanel(details, { expanded: expansion !== undefined, shown: expansion?.shown ?? 0, total: expansion?.total ?? 0 }, actions),
  );
}

async function select(id: string, fly: boolean): Promise<void> {
  try {
    const answer = await api.node(id);
    await ensureNode(id, answer.node);
    details = answer;
    view.selected = id;
    renderDetails();
    renderer.refresh({ skipIndexation: true });
    timeline.refresh();
    if (fly) flyTo(id);
    syncUrl();
  } catch (error) {
    showStatus(describeError(error), true);
  }
}

function deselect(): void {
  details = null;
  view.selected = null;
  renderDetails();
  renderer.refresh({ skipIndexation: true });
  timeline.refresh();
  syncUrl();
}

/* ---------- expand / collapse ---------- */

async function expand(id: string, more = false): Promise<void> {
  const previous = expansions.get(id);
  const offset = more && previous ? previous.shown : 0;
  const page = await api.neighbors(id, NEIGHBOUR_PAGE, offset);
  mergeSlice(graph, page, expansionReason(id), id, seeded(`${id}:${offset}`));
  expansions.set(id, { shown: offset + page.nodes.length - 1, total: page.total });
  if (!view.expanded.includes(id)) view.expanded = [...view.expanded, id];
  graphChanged();
  if (details?.node.id === id) renderDetails();
  syncUrl();
}

function pinned(): Set<string> {
  const keep = new Set<string>([...pathNodes, ...view.expanded]);
  if (view.selected) keep.add(view.selected);
  return keep;
}

function collapse(id: string): void {
  expansions.delete(id);
  view.expanded = view.expanded.filter((e) => e !== id);
  withdrawReason(graph, expansionReason(id), pinned());
  graphChanged();
  if (details?.node.id === id) renderDetails();
  syncUrl();
}

/* ---------- shortest path ---------- */

function renderPathEnds(): void {
  const label = (id: string | null) => (id ? (pathLabels.get(id) ?? graph.getNodeAttributes(id)?.label ?? id) : "—");
  replaceChildren(
    byId("path-ends"),
    h("p", {}, "From: ", h("strong", { attrs: { "data-testid": "path-from" } }, label(view.pathFrom))),
    h("p", {}, "To: ", h("strong", { attrs: { "data-testid": "path-to" } }, label(view.pathTo))),
  );
  byId<HTMLButtonElement>("path-find").disabled = !(view.pathFrom && view.pathTo);
}

function setPathEnd(end: "from" | "to", id: string, label: string): void {
  pathLabels.set(id, label);
  if (end === "from") view.pathFrom = id;
  else view.pathTo = id;
  renderPathEnds();
  syncUrl();
  if (view.pathFrom && view.pathTo) void findPath();
}

async function findPath(fit = true): Promise<void> {
  const { pathFrom, pathTo } = view;
  if (!pathFrom || !pathTo) return;
  const result = byId("path-result");
  try {
    const answer = await api.path(pathFrom, pathTo);
    withdrawReason(graph, "path", new Set([...view.expanded, ...(view.selected ? [view.selected] : [])]));
    mergeSlice(graph, answer, "path", pathFrom, seeded(`${pathFrom}>${pathTo}`));
    pathNodes = new Set(answer.path);
    pathEdges = new Set(answer.edges.map((e) => e.id));
    const labels = new Map(answer.nodes.map((n) => [n.id, n.label]));
    result.classList.toggle("error", answer.path.length === 0);
    result.textContent = answer.path.length
      ? `${answer.path.length - 1} step${answer.path.length === 2 ? "" : "s"}: ${answer.path.map((id) => labels.get(id) ?? id).join(" → ")}`
      : "No path between these two (within 8 steps).";
    graphChanged();
    if (fit) fitTo(answer.path);
  } catch (error) {
    result.classList.add("error");
    result.textContent = describeError(error);
  }
}

function clearPath(): void {
  view.pathFrom = null;
  view.pathTo = null;
  pathNodes = new Set();
  pathEdges = new Set();
  withdrawReason(graph, "path", pinned());
  byId("path-result").textContent = "";
  renderPathEnds();
  graphChanged();
  syncUrl();
}

/* ---------- search with autocomplete ---------- */

const searchInput = byId<HTMLInputElement>("search");
mountSearchBox({
  input: searchInput,
  list: byId<HTMLUListElement>("search-results"),
  search: async (text) => (await api.search(text, 10)).hits,
  onChoose: (hit, text) => {
    view.q = text;
    void select(hit.id, true);
  },
  onError: (error) => showStatus(describeError(error), true),
});

/* ---------- Cypher console ---------- */

mountCypherConsole({
  textarea: byId<HTMLTextAreaElement>("cypher"),
  runButton: byId("cypher-run"),
  output: byId("cypher-output"),
  mode: () => (document.querySelector<HTMLInputElement>('input[name="cypher-mode"]:checked')?.value === "table" ? "table" : "graph"),
  run: (query) => api.cypher(query),
  draw: (answer) => {
    const added = mergeSlice(graph, answer.graph, "cypher", view.selected, seeded(view.cypher));
    graphChanged();
    return added.length;
  },
  onQuery: (query) => {
    view.cypher = query;
    syncUrl();
  },
});

/* ---------- export ---------- */

function exportIds(): string[] {
  const scope = byId<HTMLSelectElement>("export-scope").value;
  if (scope === "selection") {
    if (pathNodes.size > 0) return [...pathNodes];
    if (view.selected && graph.hasNode(view.selected)) return [view.selected, ...graph.neighbors(view.selected)];
  }
  return visibleNodes();
}

async function exportGraph(format: "json" | "gexf"): Promise<void> {
  const ids = exportIds();
  if (ids.length === 0) return showStatus("entente/viewer: nothing to export", true);
  try {
    download(`entente-graph.${format}`, await api.export(format, ids));
  } catch (error) {
    showStatus(describeError(error), true);
  }
}

async function exportPng(): Promise<void> {
  const blob = await renderPng(renderer);
  if (blob) download("entente-graph.png", blob);
  else showStatus("entente/viewer: this browser cannot draw a PNG", true);
}

byId("export-json").addEventListener("click", () => void exportGraph("json"));
byId("export-gexf").addEventListener("click", () => void exportGraph("gexf"));
byId("export-png").addEventListener("click", () => void exportPng());

/* ---------- toolbar, filters, graph events ---------- */

const colorBy = byId<HTMLSelectElement>("color-by");
colorBy.value = view.colorBy;
colorBy.addEventListener("change", () => {
  view.colorBy = colorBy.value === "community" ? "community" : "type";
  refreshCommunities();
  refreshLegend();
  renderer.refresh({ skipIndexation: true });
  syncUrl();
});
byId("layout-toggle").addEventListener("click", () => (layout.isRunning() ? layout.stop() : layout.run(8000)));
byId("fit").addEventListener("click", () => void camera.animatedReset({ duration: 400 }));
byId("path-find").addEventListener("click", () => void findPath());
byId("path-clear").addEventListener("click", clearPath);

const dateFrom = byId<HTMLInputElement>("date-from");
const dateTo = byId<HTMLInputElement>("date-to");
const sourceFilter = byId<HTMLSelectElement>("source-filter");
dateFrom.value = view.dateFrom;
dateTo.value = view.dateTo;
for (const input of [dateFrom, dateTo]) {
  input.addEventListener("change", () => {
    view.dateFrom = dateFrom.value.trim();
    view.dateTo = dateTo.value.trim();
    applyFilters();
  });
}
/* The timeline under the graph: the view's events over time; brushing a period sets the date filter. */
const timeline = mountTimeline(byId("timeline"), {
  events: () => timelineEvents(graph.nodeEntries(), activeFilters),
  period: () => periodOfFilter(view.dateFrom, view.dateTo),
  selected: () => view.selected,
  onPeriod: (period) => {
    view.dateFrom = period?.from ?? "";
    view.dateTo = period?.to ?? "";
    dateFrom.value = view.dateFrom;
    dateTo.value = view.dateTo;
    applyFilters();
  },
  onSelect: (id) => void select(id, true),
});
sourceFilter.addEventListener("change", () => {
  view.source = sourceFilter.value;
  applyFilters();
});

renderer.on("enterNode", ({ node }) => {
  hovered = node;
  hoveredNeighbours = new Set(graph.neighbors(node));
  renderer.refresh({ skipIndexation: true });
});
renderer.on("leaveNode", () => {
  hovered = null;
  hoveredNeighbours = new Set();
  renderer.refresh({ skipIndexation: true });
});
renderer.on("clickNode", ({ node }) => void select(node, false));
renderer.on("doubleClickStage", () => deselect());

/* ---------- start ---------- */

async function loadDocuments(): Promise<void> {
  const { documents } = await api.documents();
  replaceChildren(
    sourceFilter,
    h("option", { attrs: { value: "" } }, "all articles"),
    ...documents.map((doc) =>
      h("option", { attrs: { value: doc.id } }, [doc.published, doc.title ?? doc.source ?? doc.id].filter(Boolean).join(" · ")),
    ),
  );
  sourceFilter.value = view.source;
}

async function start(): Promise<void> {
  showStatus("Loading…");
  try {
    await loadDocuments();
    mergeSlice(graph, await api.overview(view.overview), "overview", null, seeded("overview"));
    for (const id of view.expanded) await expand(id);
    if (view.pathFrom && view.pathTo) await findPath(view.camera === null);
    renderPathEnds();
    byId<HTMLTextAreaElement>("cypher").value = view.cypher;
    searchInput.value = view.q;
    graphChanged();
    if (view.selected) await select(view.selected, view.camera === null);
    if (view.camera) camera.setState(view.camera);
    document.body.dataset.ready = "true";
  } catch (error) {
    showStatus(describeError(error), true);
    document.body.dataset.ready = "error";
  }
}

void start();
