/**
 * The legend and the type filters: one swatch per type (or per Louvain community when coloring
 * by community) with its count, and one checkbox per type that hides or shows it. Communities
 * are computed here, from the graph, whenever it changes while coloring by community.
 */
import louvain from "graphology-communities-louvain";
import { byId, h, replaceChildren } from "../dom.js";
import { seededRandom } from "../random.js";
import type { ViewerState } from "../state.js";
import { communityColor, typeColor } from "../style.js";
import type { ViewerContext } from "./context.js";

/** Communities listed by name; the rest are counted. */
const LISTED_COMMUNITIES = 12;

export function mountLegendController(context: ViewerContext): void {
  const { store, graph } = context;
  const legend = byId("legend");
  const typeFilters = byId("type-filters");

  const computeCommunities = (state: ViewerState) => {
    const communities = state.view.colorBy === "community" && graph.size > 0 ? louvain(graph, { rng: seededRandom("louvain") }) : null;
    store.dispatch({ type: "communities", communities });
  };

  const renderLegend = (state: ViewerState) => {
    if (state.view.colorBy === "community" && state.communities) {
      const sizes = new Map<number, number>();
      for (const community of Object.values(state.communities)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
      const ranked = [...sizes.entries()].sort((a, b) => b[1] - a[1]);
      replaceChildren(
        legend,
        ...ranked
          .slice(0, LISTED_COMMUNITIES)
          .map(([community, size]) => swatchItem(communityColor(community), `community ${community + 1} (${size})`)),
        ranked.length > LISTED_COMMUNITIES ? h("li", { class: "muted" }, `… ${ranked.length - LISTED_COMMUNITIES} more`) : null,
      );
      return;
    }
    const counts = new Map<string, number>();
    graph.forEachNode((_id, attributes) => counts.set(attributes.category, (counts.get(attributes.category) ?? 0) + 1));
    replaceChildren(
      legend,
      ...[...counts.entries()].sort((a, b) => b[1] - a[1]).map(([type, count]) => swatchItem(typeColor(type), `${type} (${count})`)),
    );
  };

  const renderTypeFilters = (state: ViewerState) => {
    const types = new Map<string, "Entity" | "Event">();
    graph.forEachNode((_id, attributes) => types.set(attributes.category, attributes.kind));
    for (const hidden of state.view.hiddenTypes) if (!types.has(hidden)) types.set(hidden, "Entity");
    const sorted = [...types.entries()].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
    replaceChildren(
      typeFilters,
      h("legend", {}, "Types"),
      ...sorted.map(([type, kind]) => {
        const input = h("input", { attrs: { type: "checkbox", "data-type": type } });
        input.checked = !state.view.hiddenTypes.includes(type);
        input.addEventListener("change", () => store.dispatch({ type: "showType", nodeType: type, visible: input.checked }));
        return h(
          "label",
          { class: "type-filter", attrs: { title: kind } },
          input,
          h("span", { class: "swatch", attrs: { style: `background:${typeColor(type)}` } }),
          type,
        );
      }),
    );
  };

  store.subscribe((state, event) => {
    if (event.type === "graphChanged") {
      computeCommunities(state);
      renderTypeFilters(store.get());
    } else if (event.type === "colorBy") {
      computeCommunities(state);
    } else if (event.type === "communities") {
      renderLegend(state);
    }
  });
}

function swatchItem(color: string, text: string): HTMLElement {
  return h("li", {}, h("span", { class: "swatch", attrs: { style: `background:${color}` } }), text);
}
