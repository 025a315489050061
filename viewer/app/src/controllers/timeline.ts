/**
 * The timeline controller: mounts the timeline under the graph, keeps its state (a brushed period,
 * a drag in progress; timeline-model.ts), turns a drag across the axis into a period and a click
 * on an event into a selection, and redraws when the host asks (the graph, the filters or the
 * selection changed). A drag may start anywhere, on an event too: a click (no drag) only selects.
 * The host owns the view: the period is its date filter.
 */
import { h } from "../dom.js";
import {
  INITIAL_TIMELINE,
  MIN_BRUSH_PIXELS,
  axisFor,
  layoutMarks,
  reduceTimeline,
  ticksOf,
  type Period,
  type TimeAxis,
  type TimelineAction,
  type TimelineEvent,
  type TimelineLayout,
} from "../timeline-model.js";
import { renderTimeline } from "../timeline-view.js";

export interface TimelineHost {
  /** The events of the current view. */
  events(): TimelineEvent[];
  /** The period the view is filtered to, or null for all time. */
  period(): Period | null;
  selected(): string | null;
  /** The analyst brushed a period (or cleared it: null). */
  onPeriod(period: Period | null): void;
  onSelect(id: string): void;
}

export interface TimelineController {
  refresh(): void;
}

/** Pixels kept free at each end of the axis. */
const PADDING = 12;

export function mountTimeline(container: HTMLElement, host: TimelineHost): TimelineController {
  const canvas = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  canvas.classList.add("timeline-svg");
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", "Events of the view over time; drag across to filter the graph to a period");
  const undated = h("span", { class: "muted timeline-undated" });
  const clear = h("button", { attrs: { type: "button", "data-action": "clear-period" } }, "All time");
  container.append(h("div", { class: "timeline-head" }, h("h2", {}, "Timeline"), clear, undated), canvas);

  let state = INITIAL_TIMELINE;
  let axis: TimeAxis | null = null;
  let layout: TimelineLayout = { marks: [], undated: [], lanes: 1 };

  const draw = (): void => renderTimeline(canvas, axis, layout, axis ? ticksOf(axis) : [], state, host.selected());
  const dispatch = (action: TimelineAction): void => {
    const before = state.period;
    state = reduceTimeline(state, action);
    draw();
    if (state.period !== before && action.type !== "setPeriod") host.onPeriod(state.period);
  };
  const refresh = (): void => {
    state = reduceTimeline(state, { type: "setPeriod", period: host.period() });
    const events = host.events();
    const width = canvas.getBoundingClientRect().width || container.clientWidth;
    axis = axisFor(events, state.period, PADDING, Math.max(0, width - 2 * PADDING));
    layout = axis ? layoutMarks(events, axis, state.period) : { marks: [], undated: events.filter((event) => !event.date), lanes: 1 };
    container.dataset.events = String(events.length);
    container.dataset.marks = String(layout.marks.length);
    undated.textContent = layout.undated.length
      ? `${layout.undated.length} undated event${layout.undated.length > 1 ? "s" : ""} not on the axis`
      : "";
    clear.disabled = state.period === null;
    draw();
  };

  const pointerX = (event: PointerEvent): number => event.clientX - canvas.getBoundingClientRect().left;
  // The event under the pointer when it was pressed: released without a drag, that is a click on it.
  let pressed: string | null = null;
  canvas.addEventListener("pointerdown", (event) => {
    if (!axis) return;
    pressed = event.target instanceof Element ? (event.target.closest(".mark")?.getAttribute("data-id") ?? null) : null;
    canvas.setPointerCapture(event.pointerId);
    dispatch({ type: "press", x: pointerX(event) });
  });
  canvas.addEventListener("pointermove", (event) => {
    if (state.brush) dispatch({ type: "drag", x: pointerX(event) });
  });
  canvas.addEventListener("pointerup", (event) => {
    if (!state.brush || !axis) return;
    const x = pointerX(event);
    const click = Math.abs(x - state.brush.anchor) < MIN_BRUSH_PIXELS;
    dispatch({ type: "release", x, axis });
    if (click && pressed) host.onSelect(pressed);
    pressed = null;
  });
  clear.addEventListener("click", () => dispatch({ type: "clear" }));
  new ResizeObserver(() => refresh()).observe(container);
  refresh();
  return { refresh };
}
