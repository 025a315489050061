/**
 * The timeline under the graph: the events of the view on a time axis (timeline-model.ts for the
 * pure parts, timeline-view.ts for the drawing). A drag across it sets the view's date filter to
 * the period (`setDates`, so the URL keeps it); a click on an event (a press without a drag, which
 * may also start on an event) selects it; "All time" clears the period. The drag in progress is
 * this controller's own state (TimelineState, changed by reduceTimeline); the period is the view's.
 */
import { byId, h } from "../dom.js";
import {
  INITIAL_TIMELINE,
  MIN_BRUSH_PIXELS,
  axisFor,
  layoutMarks,
  periodOfFilter,
  reduceTimeline,
  ticksOf,
  timelineEvents,
  type TimeAxis,
  type TimelineAction,
  type TimelineLayout,
} from "../timeline-model.js";
import { renderTimeline } from "../timeline-view.js";
import type { ViewerContext } from "./context.js";
import type { SelectionController } from "./selection.js";

/** Pixels kept free at each end of the axis. */
const PADDING = 12;

export function mountTimelineController(context: ViewerContext, selection: SelectionController): void {
  const { store, graph } = context;
  const container = byId("timeline");
  const canvas = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  canvas.classList.add("timeline-svg");
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", "Events of the view over time; drag across to filter the graph to a period");
  const undated = h("span", { class: "muted timeline-undated" });
  const clear = h("button", { attrs: { type: "button", "data-action": "clear-period" } }, "All time");
  container.append(h("div", { class: "timeline-head" }, h("h2", {}, "Timeline"), clear, undated), canvas);

  let timeline = INITIAL_TIMELINE;
  let axis: TimeAxis | null = null;
  let layout: TimelineLayout = { marks: [], undated: [], lanes: 1 };
  /** The event under the pointer when it was pressed: released without a drag, that is a click on it. */
  let pressed: string | null = null;

  const draw = (): void => renderTimeline(canvas, axis, layout, axis ? ticksOf(axis) : [], timeline, store.get().view.selected);
  const act = (action: TimelineAction): void => {
    const before = timeline.period;
    timeline = reduceTimeline(timeline, action);
    draw();
    if (timeline.period !== before) store.dispatch({ type: "setDates", from: timeline.period?.from ?? "", to: timeline.period?.to ?? "" });
  };
  const refresh = (): void => {
    const { view, filters } = store.get();
    timeline = reduceTimeline(timeline, { type: "setPeriod", period: periodOfFilter(view.dateFrom, view.dateTo) });
    const events = timelineEvents(graph.nodeEntries(), filters);
    const width = canvas.getBoundingClientRect().width || container.clientWidth;
    axis = axisFor(events, timeline.period, PADDING, Math.max(0, width - 2 * PADDING));
    layout = axis ? layoutMarks(events, axis, timeline.period) : { marks: [], undated: events.filter((event) => !event.date), lanes: 1 };
    container.dataset.events = String(events.length);
    container.dataset.marks = String(layout.marks.length);
    const count = layout.undated.length;
    undated.textContent = count ? `${count} undated event${count > 1 ? "s" : ""} not on the axis` : "";
    clear.disabled = timeline.period === null;
    draw();
  };

  const pointerX = (event: PointerEvent): number => event.clientX - canvas.getBoundingClientRect().left;
  canvas.addEventListener("pointerdown", (event) => {
    if (!axis) return;
    pressed = event.target instanceof Element ? (event.target.closest(".mark")?.getAttribute("data-id") ?? null) : null;
    canvas.setPointerCapture(event.pointerId);
    act({ type: "press", x: pointerX(event) });
  });
  canvas.addEventListener("pointermove", (event) => {
    if (timeline.brush) act({ type: "drag", x: pointerX(event) });
  });
  canvas.addEventListener("pointerup", (event) => {
    if (!timeline.brush || !axis) return;
    const x = pointerX(event);
    const click = Math.abs(x - timeline.brush.anchor) < MIN_BRUSH_PIXELS;
    act({ type: "release", x, axis });
    if (click && pressed) void selection.select(pressed, true);
    pressed = null;
  });
  clear.addEventListener("click", () => act({ type: "clear" }));

  store.subscribe((state, event, previous) => {
    if (event.type === "graphChanged" || state.filters !== previous.filters || state.view.selected !== previous.view.selected) refresh();
  });
  new ResizeObserver(refresh).observe(container);
  refresh();
}
