/**
 * The timeline under the graph, as pure data: which events of the view it shows, where they sit
 * on the time axis and in which lane, the ticks, and the period an analyst brushes (its state and
 * reducer). No DOM here: timeline-view.ts draws, controllers/timeline.ts wires.
 */
import { dateOverlaps, passesFilters, type Filters } from "./filters.js";
import type { NodeAttributes } from "./graph-model.js";

export type EventStatus = "occurred" | "planned" | "cancelled";

export interface TimelineEvent {
  id: string;
  label: string;
  /** Event type (Meeting, Visit, …): its colour. */
  type: string;
  status: EventStatus;
  /** ISO date, full or partial; null when unknown. */
  date: string | null;
}

/** A period, as ISO dates that may be partial (the URL's `from` and `to`); "" leaves that side open. */
export interface Period {
  from: string;
  to: string;
}

/** The events of the view the timeline shows: every event drawn that passes the filters other than dates. */
export function timelineEvents(nodes: Iterable<{ node: string; attributes: NodeAttributes }>, filters: Filters): TimelineEvent[] {
  const undated: Filters = { ...filters, dateFrom: "", dateTo: "" };
  const events: TimelineEvent[] = [];
  for (const { node: id, attributes: node } of nodes) {
    if (node.kind !== "Event" || !passesFilters(node, undated)) continue;
    events.push({ id, label: node.label, type: node.category, status: node.status ?? "occurred", date: node.date });
  }
  return events.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.id.localeCompare(b.id));
}

/* ---------- days ---------- */

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and last day (as day numbers since 1970-01-01) an ISO date may stand for; null if not one. */
export function daysOf(date: string): [number, number] | null {
  const match = ISO.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  if (month === null) return [Date.UTC(year, 0, 1) / DAY_MS, Date.UTC(year, 11, 31) / DAY_MS];
  if (day === null) return [Date.UTC(year, month - 1, 1) / DAY_MS, Date.UTC(year, month, 0) / DAY_MS];
  const at = Date.UTC(year, month - 1, day) / DAY_MS;
  return [at, at];
}

export function isoOfDay(day: number): string {
  return new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10);
}

/* ---------- axis ---------- */

/** Days from `first` to `last` (inclusive) drawn over `width` pixels, from `left`. */
export interface TimeAxis {
  first: number;
  last: number;
  left: number;
  width: number;
}

/** Space left around the events, in days, so the first and last are not on the edge. */
const AXIS_MARGIN_DAYS = 3;

/** The axis that holds every dated event (and the period, if any); null when nothing is dated. */
export function axisFor(events: readonly TimelineEvent[], period: Period | null, left: number, width: number): TimeAxis | null {
  const days = events.flatMap((event) => (event.date ? (daysOf(event.date) ?? []) : []));
  if (period) days.push(...(daysOf(period.from) ?? []), ...(daysOf(period.to) ?? []));
  if (days.length === 0 || width <= 0) return null;
  return { first: Math.min(...days) - AXIS_MARGIN_DAYS, last: Math.max(...days) + AXIS_MARGIN_DAYS + 1, left, width };
}

export function xOfDay(axis: TimeAxis, day: number): number {
  return axis.left + ((day - axis.first) / (axis.last - axis.first)) * axis.width;
}

export function dayAtX(axis: TimeAxis, x: number): number {
  const clamped = Math.min(Math.max(x, axis.left), axis.left + axis.width);
  return Math.floor(axis.first + ((clamped - axis.left) / axis.width) * (axis.last - axis.first));
}

/** The pixels a period covers on the axis (an open side reaches the axis' end), clamped to it. */
export function periodPixels(axis: TimeAxis, period: Period): [number, number] {
  const left = axis.left;
  const right = axis.left + axis.width;
  const from = daysOf(period.from);
  const to = daysOf(period.to);
  const clamp = (x: number): number => Math.min(Math.max(x, left), right);
  const a = clamp(from ? xOfDay(axis, from[0]) : left);
  const b = clamp(to ? xOfDay(axis, to[1] + 1) : right);
  return [a, Math.max(a, b)];
}

export interface Tick {
  x: number;
  label: string;
}

/** Year ticks over long spans, month ticks (labelled YYYY-MM) over shorter ones, days over a few weeks. */
export function ticksOf(axis: TimeAxis): Tick[] {
  const span = axis.last - axis.first;
  const start = new Date(axis.first * DAY_MS);
  const ticks: Tick[] = [];
  if (span > 3 * 366) {
    for (let year = start.getUTCFullYear(); Date.UTC(year, 0, 1) / DAY_MS <= axis.last; year += 1) {
      const day = Date.UTC(year, 0, 1) / DAY_MS;
      if (day >= axis.first) ticks.push({ x: xOfDay(axis, day), label: String(year) });
    }
    return ticks;
  }
  if (span > 45) {
    const step = span > 366 ? 3 : 1;
    for (let m = start.getUTCFullYear() * 12 + start.getUTCMonth(); ; m += 1) {
      const day = Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY_MS;
      if (day > axis.last) break;
      if (day >= axis.first && (m % 12) % step === 0) ticks.push({ x: xOfDay(axis, day), label: isoOfDay(day).slice(0, 7) });
    }
    return ticks;
  }
  const step = span > 14 ? 7 : 1;
  for (let day = Math.ceil(axis.first); day <= axis.last; day += step) ticks.push({ x: xOfDay(axis, day), label: isoOfDay(day) });
  return ticks;
}

/* ---------- marks ---------- */

/** One event drawn on the axis: a dot for a day, a bar for a month or a year. */
export interface TimelineMark extends TimelineEvent {
  x: number;
  width: number;
  lane: number;
  /** Planned and cancelled events are drawn hollow. */
  hollow: boolean;
  /** Within the brushed period (all are when there is none). */
  inPeriod: boolean;
}

/** The narrowest mark, in pixels (a day), and the room kept between two marks of one lane. */
export const MARK_MIN_WIDTH = 8;
const LANE_GAP = 2;
/** Lanes beyond this share the last one. */
export const MAX_LANES = 6;

export interface TimelineLayout {
  marks: TimelineMark[];
  /** Events without a date: listed apart, not on the axis. */
  undated: TimelineEvent[];
  lanes: number;
}

/** Each dated event placed on the axis, in the first lane where it overlaps nothing (wider spans first). */
export function layoutMarks(events: readonly TimelineEvent[], axis: TimeAxis, period: Period | null): TimelineLayout {
  const placed = events
    .map((event) => ({ event, days: event.date ? daysOf(event.date) : null }))
    .filter((item): item is { event: TimelineEvent; days: [number, number] } => item.days !== null)
    .map(({ event, days }) => {
      const x = xOfDay(axis, days[0]);
      const width = Math.max(MARK_MIN_WIDTH, xOfDay(axis, days[1] + 1) - x);
      return { event, x, width };
    })
    .sort((a, b) => a.x - b.x || b.width - a.width || a.event.id.localeCompare(b.event.id));
  const laneEnds: number[] = [];
  const marks = placed.map(({ event, x, width }) => {
    let lane = laneEnds.findIndex((end) => end + LANE_GAP <= x);
    if (lane === -1) lane = laneEnds.length < MAX_LANES ? laneEnds.length : MAX_LANES - 1;
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, x + width);
    return {
      ...event,
      x,
      width,
      lane,
      hollow: event.status !== "occurred",
      inPeriod: period === null || dateOverlaps(event.date, period.from, period.to),
    };
  });
  return { marks, undated: events.filter((event) => !event.date || !daysOf(event.date)), lanes: Math.max(1, laneEnds.length) };
}

/* ---------- brushing: state and reducer ---------- */

export interface TimelineState {
  /** The period the graph is filtered to, null for all time. */
  period: Period | null;
  /** A drag in progress, in pixels: where it started and where the pointer is. */
  brush: { anchor: number; current: number } | null;
}

export type TimelineAction =
  | { type: "press"; x: number }
  | { type: "drag"; x: number }
  /** The pointer is released: a drag of a few pixels or more sets the period from the axis; less is a click, which leaves it. */
  | { type: "release"; x: number; axis: TimeAxis }
  | { type: "clear" }
  /** The period set elsewhere (the date fields, the URL). */
  | { type: "setPeriod"; period: Period | null };

/** Drags shorter than this, in pixels, are clicks. */
export const MIN_BRUSH_PIXELS = 4;

export const INITIAL_TIMELINE: TimelineState = { period: null, brush: null };

export function reduceTimeline(state: TimelineState, action: TimelineAction): TimelineState {
  switch (action.type) {
    case "press":
      return { ...state, brush: { anchor: action.x, current: action.x } };
    case "drag":
      return state.brush ? { ...state, brush: { ...state.brush, current: action.x } } : state;
    case "release": {
      if (!state.brush) return state;
      const { anchor } = state.brush;
      if (Math.abs(action.x - anchor) < MIN_BRUSH_PIXELS) return { ...state, brush: null };
      const [a, b] = [anchor, action.x].sort((x, y) => x - y) as [number, number];
      return { period: { from: isoOfDay(dayAtX(action.axis, a)), to: isoOfDay(dayAtX(action.axis, b)) }, brush: null };
    }
    case "clear":
      return { period: null, brush: null };
    case "setPeriod":
      return { ...state, period: action.period };
  }
}

/** The period the view's date filter stands for ("" = open on that side), or null when it is open on both. */
export function periodOfFilter(dateFrom: string, dateTo: string): Period | null {
  const from = daysOf(dateFrom) ? dateFrom : "";
  const to = daysOf(dateTo) ? dateTo : "";
  return from || to ? { from, to } : null;
}
