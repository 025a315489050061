import { describe, expect, it } from "vitest";
import type { StoredEvent } from "../../../src/store/event-plan.js";
import { dayDate } from "../../../src/store/dates.js";
import fc from "fast-check";
import { eventPlaceReach, eventReach, placesCompatible, timeWindow } from "../../../src/store/event-identity.js";
import { nestingPlaces } from "../../../src/store/places.js";
import { gatherRegion, probeOf, type EventProbe } from "../../../src/store/event-region.js";
import { report, TEST_PLACES } from "../../support/reports.js";

describe("probeOf", () => {
  it("asks for events of the type, with a participant, that reach within three days of the report's time", () => {
    expect(probeOf(report({ date: "2026-01-31" }), TEST_PLACES)).toEqual({
      type: "Meeting",
      participants: ["person:keir-starmer", "person:sanae-takaichi"],
      from: "2026-01-28",
      to: "2026-02-03",
      places: [],
    });
    // A month: all of it, and three days each side.
    expect(probeOf(report({ date: "2026-02" }), TEST_PLACES)).toMatchObject({ from: "2026-01-29", to: "2026-03-03" });
    // Undated, published on 15 January 2026: the year before it.
    expect(probeOf(report({ date: null, published: "2026-01-15" }), TEST_PLACES)).toMatchObject({ from: "2025-01-11", to: "2026-01-18" });
    expect(probeOf(report({ date: null, published: null }), TEST_PLACES)).toMatchObject({ from: null, to: null });
    expect(probeOf(report({ participants: [] }), TEST_PLACES)).toBeNull();
  });
});

describe("the places a probe asks for", () => {
  it("are the report's places, the country each lies in and the places that lie in it", () => {
    expect(probeOf(report({ places: ["place:tokyo"] }), TEST_PLACES)?.places).toEqual(["country:JP", "place:tokyo"]);
    expect(probeOf(report({ places: ["country:JP"] }), TEST_PLACES)?.places).toEqual(["country:JP", "place:osaka", "place:tokyo"]);
    expect(probeOf(report({ places: ["place:beijing", "place:nowhere"] }), TEST_PLACES)?.places).toEqual([
      "country:CN",
      "place:beijing",
      "place:nowhere",
    ]);
  });

  it("are every place that nests with one of the report's, and no other", () => {
    const world = ["country:JP", "country:CN", "place:tokyo", "place:osaka", "place:beijing", "place:nowhere"];
    const somePlaces = fc.uniqueArray(fc.constantFrom(...world), { maxLength: 3 });
    fc.assert(
      fc.property(somePlaces, fc.constantFrom(...world), (places, other) => {
        expect(nestingPlaces(places, TEST_PLACES).includes(other)).toBe(
          places.length > 0 && placesCompatible(places, [other], TEST_PLACES),
        );
      }),
    );
  });
});

describe("eventPlaceReach", () => {
  it("lists the places of every report, and is unknown when one report names none", () => {
    expect(eventPlaceReach([report({ places: ["place:tokyo"] }), report({ places: ["country:JP", "place:tokyo"] })])).toEqual([
      "country:JP",
      "place:tokyo",
    ]);
    expect(eventPlaceReach([report({ places: ["place:tokyo"] }), report({ places: [] })])).toBeNull();
    expect(eventPlaceReach([])).toBeNull();
  });

  it("lets a probe find every event with a report whose places are compatible with the probe's report", () => {
    // What FIND_EVENTS asks of an event's places: no reachPlaces, a probe naming no place, or a place in common.
    const reaches = (probePlaces: readonly string[], reach: readonly string[] | null): boolean =>
      reach === null || probePlaces.length === 0 || reach.some((place) => probePlaces.includes(place));
    const somePlaces = fc.uniqueArray(
      fc.constantFrom("country:JP", "country:CN", "place:tokyo", "place:osaka", "place:beijing", "place:x"),
      {
        maxLength: 2,
      },
    );
    fc.assert(
      fc.property(somePlaces, fc.array(somePlaces, { minLength: 1, maxLength: 4 }), (asked, stored) => {
        const probe = probeOf(report({ places: asked }), TEST_PLACES);
        const event = stored.map((places) => report({ places }));
        if (event.some((one) => placesCompatible(asked, one.places, TEST_PLACES)))
          expect(reaches(probe?.places ?? [], eventPlaceReach(event))).toBe(true);
      }),
    );
  });
});

describe("eventReach", () => {
  it("spans the days of every report, and is unknown when one report may speak of any time", () => {
    expect(eventReach([report({ date: "2026-01-31" })])).toEqual({ from: "2026-01-31", to: "2026-01-31" });
    expect(eventReach([report({ date: "2026-01-31" }), report({ date: "2026-02-01", endDate: "2026-02-03" })])).toEqual({
      from: "2026-01-31",
      to: "2026-02-03",
    });
    expect(eventReach([report({ date: "2026-01-31" }), report({ date: null, published: "2026-03-01" })])).toEqual({
      from: "2025-02-28",
      to: "2026-03-01",
    });
    expect(eventReach([report({ date: "2026-01-31" }), report({ date: null, published: null })])).toBeNull();
  });

  it("contains the window of every report, so a report that meets one of them meets the reach", () => {
    const reports = [report({ date: "2026-05" }), report({ date: null, published: "2026-06-10", status: "planned" })];
    const reach = eventReach(reports);
    for (const one of reports) {
      const window = timeWindow(one);
      expect(window).not.toBeNull();
      expect(reach?.from !== undefined && reach.from <= dayDate(window?.first ?? 0)).toBe(true);
      expect(reach?.to !== undefined && reach.to >= dayDate(window?.last ?? 0)).toBe(true);
    }
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

describe("gatherRegion's lookups", () => {
  it("ask each probe once: an event's stored report probing what the batch's did brings no second lookup", async () => {
    // The stored event is the same meeting told by another article: its report asks what the new one asked.
    const told = { id: "event:told", reports: [report({ document: "doc:old" })] };
    const asked: string[] = [];
    const region = await gatherRegion([report({ document: "doc:new" })], TEST_PLACES, (probes, exclude) => {
      asked.push(...probes.map((probe) => JSON.stringify(probe)));
      return Promise.resolve({ events: [told].filter((event) => !exclude.includes(event.id)), names: new Map() });
    });
    expect(region.events.map((event) => event.id)).toEqual(["event:told"]);
    expect(asked).toHaveLength(1);
  });

  it("still ask for what a stored report probes differently", async () => {
    // The stored report is dated two days later: another probe, so another lookup, which finds the third
    // event, whose report is asked about in turn.
    const told = { id: "event:told", reports: [report({ document: "doc:old", date: "2026-02-02" })] };
    const later = { id: "event:later", reports: [report({ document: "doc:later", date: "2026-02-04" })] };
    const asked: string[] = [];
    const region = await gatherRegion([report({ document: "doc:new", date: "2026-01-31" })], TEST_PLACES, (probes, exclude) => {
      asked.push(...probes.map((probe) => JSON.stringify(probe)));
      const reachable = probes.some((probe) => probe.to !== null && probe.to >= "2026-02-04") ? [told, later] : [told];
      return Promise.resolve({ events: reachable.filter((event) => !exclude.includes(event.id)), names: new Map() });
    });
    expect(region.events.map((event) => event.id).sort()).toEqual(["event:later", "event:told"]);
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked).toHaveLength(3);
  });
});
