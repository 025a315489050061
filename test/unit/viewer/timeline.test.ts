/** The viewer's timeline as pure data: events of the view, axis, marks and lanes, ticks, and the brush reducer. */
import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "../../../viewer/app/src/filters.js";
import type { NodeAttributes } from "../../../viewer/app/src/graph-model.js";
import {
  INITIAL_TIMELINE,
  MARK_MIN_WIDTH,
  MAX_LANES,
  axisFor,
  dayAtX,
  daysOf,
  isoOfDay,
  layoutMarks,
  periodOfFilter,
  periodPixels,
  reduceTimeline,
  ticksOf,
  timelineEvents,
  xOfDay,
  type TimelineEvent,
} from "../../../viewer/app/src/timeline-model.js";

const node = (fields: Partial<NodeAttributes>): NodeAttributes => ({
  x: 0,
  y: 0,
  size: 1,
  label: "n",
  color: "#000",
  kind: "Event",
  category: "Meeting",
  date: null,
  status: "occurred",
  sources: ["doc:a"],
  degree: 1,
  reasons: ["overview"],
  ...fields,
});
const event = (id: string, date: string | null, fields: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  label: id,
  type: "Meeting",
  status: "occurred",
  date,
  ...fields,
});

describe("timelineEvents", () => {
  it("takes the events of the view that pass the type and source filters, whatever the date filter", () => {
    const nodes = [
      { node: "p", attributes: node({ kind: "Entity", category: "Person" }) },
      { node: "m", attributes: node({ date: "2026-01-31", status: "planned" }) },
      { node: "v", attributes: node({ category: "Visit", date: "2025-05" }) },
      { node: "other", attributes: node({ date: "2026-02", sources: ["doc:b"] }) },
    ];
    const filters = { ...NO_FILTERS, hiddenTypes: new Set(["Visit"]), dateFrom: "2030", source: "doc:a" };
    expect(timelineEvents(nodes, filters)).toEqual([{ id: "m", label: "n", type: "Meeting", status: "planned", date: "2026-01-31" }]);
  });
});

describe("days and the axis", () => {
  it("reads full and partial ISO dates as spans of days", () => {
    const [first, last] = daysOf("2024-02") ?? [0, 0];
    expect([isoOfDay(first), isoOfDay(last)]).toEqual(["2024-02-01", "2024-02-29"]);
    expect(daysOf("2026")?.map(isoOfDay)).toEqual(["2026-01-01", "2026-12-31"]);
    expect(daysOf("31/01/2026")).toBeNull();
  });

  it("spans every dated event and the period, a few days' margin each side, and maps pixels back to days", () => {
    const axis = axisFor([event("a", "2026-01-31"), event("b", "2026-03"), event("c", null)], null, 10, 600);
    expect(axis && [isoOfDay(axis.first), isoOfDay(axis.last - 1)]).toEqual(["2026-01-28", "2026-04-03"]);
    if (!axis) return;
    const day = daysOf("2026-02-15")?.[0] ?? 0;
    expect(dayAtX(axis, xOfDay(axis, day) + 0.1)).toBe(day);
    expect(dayAtX(axis, -50)).toBe(axis.first);
    expect(axisFor([event("c", null)], null, 0, 600)).toBeNull();
    const widened = axisFor([event("a", "2026-01-31")], { from: "2025-12-01", to: "" }, 0, 600);
    expect(widened && isoOfDay(widened.first)).toBe("2025-11-28");
  });

  it("ticks years over long spans, months over a season, days over a fortnight", () => {
    const years = axisFor([event("a", "2019-03-01"), event("b", "2026-01-31")], null, 0, 800);
    expect(years && ticksOf(years).map((t) => t.label)).toEqual(["2020", "2021", "2022", "2023", "2024", "2025", "2026"]);
    const months = axisFor([event("a", "2026-01-31"), event("b", "2026-04-02")], null, 0, 800);
    expect(months && ticksOf(months).map((t) => t.label)).toEqual(["2026-02", "2026-03", "2026-04"]);
    const days = axisFor([event("a", "2026-01-31"), event("b", "2026-02-02")], null, 0, 800);
    expect(days && ticksOf(days)[0]?.label).toBe("2026-01-28");
  });
});

describe("layoutMarks", () => {
  const events = [
    event("day", "2026-01-31"),
    event("same-day", "2026-01-31", { type: "Visit" }),
    event("month", "2026-03", { status: "planned" }),
    event("cancelled", "2026-05-02", { status: "cancelled" }),
    event("undated", null),
  ];
  const axis = axisFor(events, null, 0, 700);

  it("draws a day as a dot, a month as a bar, overlapping events in other lanes, undated ones apart", () => {
    if (!axis) throw new Error("no axis");
    const { marks, undated, lanes } = layoutMarks(events, axis, null);
    const byId = new Map(marks.map((mark) => [mark.id, mark]));
    expect(byId.get("day")?.width).toBe(MARK_MIN_WIDTH);
    expect(byId.get("month")?.width).toBeGreaterThan(MARK_MIN_WIDTH * 3);
    expect(new Set([byId.get("day")?.lane, byId.get("same-day")?.lane])).toEqual(new Set([0, 1]));
    expect(lanes).toBe(2);
    expect(undated.map((e) => e.id)).toEqual(["undated"]);
  });

  it("draws planned and cancelled events hollow, and marks which fall in the period", () => {
    if (!axis) throw new Error("no axis");
    const { marks } = layoutMarks(events, axis, { from: "2026-02-01", to: "2026-04-30" });
    expect(marks.filter((m) => m.hollow).map((m) => m.id)).toEqual(["month", "cancelled"]);
    expect(marks.filter((m) => m.inPeriod).map((m) => m.id)).toEqual(["month"]);
  });

  it("never uses more lanes than it has", () => {
    const crowd = Array.from({ length: 20 }, (_, i) => event(`e${i}`, "2026-01-31"));
    const crowdAxis = axisFor(crowd, null, 0, 300);
    if (!crowdAxis) throw new Error("no axis");
    const { marks, lanes } = layoutMarks(crowd, crowdAxis, null);
    expect(lanes).toBe(MAX_LANES);
    expect(Math.max(...marks.map((m) => m.lane))).toBe(MAX_LANES - 1);
  });
});

describe("brushing", () => {
  const axis = { first: daysOf("2026-01-01")?.[0] ?? 0, last: (daysOf("2026-12-31")?.[0] ?? 0) + 1, left: 0, width: 365 };

  it("turns a drag into a period of days, whichever way it goes", () => {
    let state = reduceTimeline(INITIAL_TIMELINE, { type: "press", x: 59.5 });
    state = reduceTimeline(state, { type: "drag", x: 40 });
    expect(state.brush).toEqual({ anchor: 59.5, current: 40 });
    state = reduceTimeline(state, { type: "drag", x: 31.2 });
    state = reduceTimeline(state, { type: "release", x: 31.2, axis });
    expect(state).toEqual({ period: { from: "2026-02-01", to: "2026-03-01" }, brush: null });
  });

  it("keeps the period through a click (no drag), clears it on clear, and follows the date filter", () => {
    const brushed = { period: { from: "2026-02-01", to: "2026-03-01" }, brush: null };
    const clicked = reduceTimeline(reduceTimeline(brushed, { type: "press", x: 100 }), { type: "release", x: 102, axis });
    expect(clicked).toEqual(brushed);
    expect(reduceTimeline(brushed, { type: "clear" })).toEqual(INITIAL_TIMELINE);
    expect(reduceTimeline(INITIAL_TIMELINE, { type: "drag", x: 3 })).toBe(INITIAL_TIMELINE);
    expect(reduceTimeline(INITIAL_TIMELINE, { type: "setPeriod", period: periodOfFilter("2026-02", "") }).period).toEqual({
      from: "2026-02",
      to: "",
    });
    expect(periodOfFilter("", "")).toBeNull();
    expect(periodOfFilter("soon", "")).toBeNull();
  });

  it("places a period on the axis, an open side reaching the end", () => {
    expect(periodPixels(axis, { from: "2026-02", to: "2026-02" })).toEqual([31, 59]);
    expect(periodPixels(axis, { from: "2026-12-01", to: "" })).toEqual([334, 365]);
    expect(periodPixels(axis, { from: "2020", to: "2021" })).toEqual([0, 0]);
  });
});
