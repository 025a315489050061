/**
 * Draws the timeline (timeline-model.ts) as SVG: the axis and its ticks, one mark per event
 * coloured by type (planned and cancelled ones hollow), the brushed period, the drag in progress
 * and a count of undated events. Text goes in as text nodes only.
 */
import { periodPixels, type TimeAxis, type TimelineLayout, type TimelineState } from "./timeline-model.js";
import { typeColor } from "./style.js";

const SVG = "http://www.w3.org/2000/svg";
/** Pixels: height of a lane, top of the first lane, and the room the axis labels take below. */
const LANE_HEIGHT = 14;
const TIMELINE_TOP = 6;
const AXIS_ROOM = 20;
/** Pixels a tick label needs to its right. */
const LABEL_ROOM = 60;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: Node[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** The height the timeline needs for so many lanes. */
function timelineHeight(lanes: number): number {
  return TIMELINE_TOP + lanes * LANE_HEIGHT + AXIS_ROOM;
}

export function renderTimeline(
  target: SVGSVGElement,
  axis: TimeAxis | null,
  layout: TimelineLayout,
  ticks: readonly { x: number; label: string }[],
  state: TimelineState,
  selected: string | null,
): void {
  const height = timelineHeight(layout.lanes);
  target.setAttribute("height", String(height));
  const axisY = TIMELINE_TOP + layout.lanes * LANE_HEIGHT + 2;
  const parts: Node[] = [];
  if (axis) {
    parts.push(svg("rect", { class: "timeline-ground", x: axis.left, y: 0, width: axis.width, height }));
    const period = state.period;
    if (period) {
      const [from, to] = periodPixels(axis, period);
      parts.push(svg("rect", { class: "timeline-period", x: from, y: 0, width: Math.max(1, to - from), height: axisY }));
    }
    parts.push(svg("line", { class: "timeline-axis", x1: axis.left, x2: axis.left + axis.width, y1: axisY, y2: axisY }));
    for (const tick of ticks) {
      // A label too near the right end would be cut off: the tick stays, unlabelled.
      const labelled = tick.x <= axis.left + axis.width - LABEL_ROOM;
      parts.push(svg("line", { class: "timeline-tick", x1: tick.x, x2: tick.x, y1: axisY, y2: axisY + 4 }));
      if (labelled) parts.push(svg("text", { class: "timeline-label", x: tick.x + 2, y: axisY + 15 }, document.createTextNode(tick.label)));
    }
    for (const mark of layout.marks) {
      const color = typeColor(mark.type);
      const classes = ["mark", mark.hollow ? "hollow" : "", mark.inPeriod ? "" : "outside", mark.id === selected ? "selected" : ""];
      parts.push(
        svg(
          "rect",
          {
            class: classes.filter(Boolean).join(" "),
            x: mark.x,
            y: TIMELINE_TOP + mark.lane * LANE_HEIGHT,
            width: mark.width,
            height: LANE_HEIGHT - 4,
            rx: 4,
            fill: mark.hollow ? "#ffffff" : color,
            stroke: color,
            "data-id": mark.id,
            "data-type": mark.type,
            "data-status": mark.status,
            "data-date": mark.date ?? "",
          },
          svg("title", {}, document.createTextNode(`${mark.label} (${mark.status})`)),
        ),
      );
    }
    if (state.brush) {
      const [a, b] = [state.brush.anchor, state.brush.current].sort((x, y) => x - y) as [number, number];
      parts.push(svg("rect", { class: "timeline-brush", x: a, y: 0, width: Math.max(1, b - a), height: axisY }));
    }
  }
  target.replaceChildren(...parts);
}
