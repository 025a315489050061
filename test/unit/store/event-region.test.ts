import { describe, expect, it } from "vitest";
import type { StoredEvent } from "../../../src/store/event-plan.js";
import { gatherRegion, probeOf, type EventProbe } from "../../../src/store/event-region.js";
import { report, TEST_PLACES } from "../../support/reports.js";

describe("probeOf", () => {
  it("asks for events of the type, with a participant, within two years of the report's time", () => {
    expect(probeOf(report({ date: "2026-01-31" }))).toEqual({
      type: "Meeting",
      participants: ["person:keir-starmer", "person:sanae-takaichi"],
      fromYear: 2024,
      toYear: 2028,
    });
    // Undated, published in January 2026: the year before, 2025, is within reach.
    expect(probeOf(report({ date: null, published: "2026-01-15" }))).toMatchObject({ fromYear: 2023, toYear: 2028 });
    expect(probeOf(report({ date: null, published: null }))).toMatchObject({ fromYear: null, toYear: null });
    expect(probeOf(report({ participants: [] }))).toBeNull();
  });
});

describe("gatherRegion", () => {
  it("follows compatible reports from event to event, and no further", async () => {
    // The new report (Osaka) fits the January event (no place); that event fits an undated event
    // in Tokyo, which the new report does not fit itself; June and the visit fit nothing reached.
    const january = { id: "event:jan", reports: [report({ document: "doc:jan" })] };
    const tokyo = {
      id: "event:tokyo",
      reports: [report({ document: "doc:tokyo", date: null, published: "2026-02-10", places: ["place:tokyo"] })],
    };
    const june = { id: "event:june", reports: [report({ document: "doc:june", date: "2026-06-15" })] };
    const visit = { id: "event:visit", reports: [report({ document: "doc:visit", type: "Visit" })] };
    const all: StoredEvent[] = [january, tokyo, june, visit];
    const asked: EventProbe[][] = [];
    const osaka = report({ document: "doc:new", date: null, published: "2026-02-05", places: ["place:osaka"] });
    const region = await gatherRegion([osaka], TEST_PLACES, (probes, exclude) => {
      asked.push(probes);
      return Promise.resolve({
        events: all.filter((event) => !exclude.includes(event.id) && event.reports[0]?.type === probes[0]?.type),
        names: new Map(),
      });
    });
    expect(region.events.map((event) => event.id).sort()).toEqual(["event:jan", "event:tokyo"]);
    expect(asked.length).toBeGreaterThanOrEqual(2);
  });
});
