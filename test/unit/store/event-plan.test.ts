import { describe, expect, it } from "vitest";
import { eventId } from "../../../src/store/event-identity.js";
import { planEvents, type StoredEvent } from "../../../src/store/event-plan.js";
import type { EventReport } from "../../../src/store/event-report.js";
import { report, TEST_PLACES } from "../../support/reports.js";

const names = new Map([
  ["person:keir-starmer", { name: "Keir Starmer", type: "Person" }],
  ["person:sanae-takaichi", { name: "Sanae Takaichi", type: "Person" }],
  ["place:tokyo", { name: "Tokyo", type: "Place" }],
]);
const stored = (...reports: EventReport[]): StoredEvent => ({ id: eventId(reports[0] ?? report()), reports });

describe("planEvents", () => {
  it("writes a new event whole: title, claims per document, facts with their provenance", () => {
    const plan = planEvents({
      batch: [report({ document: "doc:b", places: ["place:tokyo"], evidence: ["b1", "b2"] })],
      stored: [],
      names,
      places: TEST_PLACES,
    });
    expect(plan.deleted).toEqual([]);
    expect(plan.events).toEqual([
      expect.objectContaining({
        type: "Meeting",
        status: "occurred",
        date: "2026-01-31",
        title: "Meeting of Keir Starmer and Sanae Takaichi, Tokyo, 2026-01-31",
      }),
    ]);
    expect(plan.reports).toEqual([
      {
        event: plan.events[0]?.id,
        document: "doc:b",
        status: "occurred",
        date: "2026-01-31",
        endDate: null,
        cameo: null,
        evidence: ["b1", "b2"],
      },
    ]);
    expect(plan.participations.map((fact) => [fact.from, fact.sources, fact.evidenceSources])).toEqual([
      ["person:keir-starmer", ["doc:b"], ["doc:b", "doc:b"]],
      ["person:sanae-takaichi", ["doc:b"], ["doc:b", "doc:b"]],
    ]);
    expect(plan.links.map((fact) => [fact.type, fact.to])).toEqual([["TOOK_PLACE_IN", "place:tokyo"]]);
  });

  it("leaves alone a stored event the new reports do not change", () => {
    const meeting = stored(report({ document: "doc:a" }));
    const plan = planEvents({ batch: [report({ document: "doc:b", type: "Visit" })], stored: [meeting], names, places: TEST_PLACES });
    expect(plan.deleted).toEqual([]);
    expect(plan.events.map((event) => event.type)).toEqual(["Visit"]);
  });

  it("merges two stored events a new report ties together, under the id of their first report", () => {
    // A month-precise plan and an undated account were two events; the dated report joins both.
    const plan1 = stored(report({ document: "doc:plan", status: "planned", date: "2026-03", published: "2026-02-01" }));
    const recalled = stored(report({ document: "doc:recap", date: null, published: "2026-04-10" }));
    const dated = report({ document: "doc:dated", date: "2026-03-28", published: "2026-03-29" });
    const result = planEvents({ batch: [dated], stored: [plan1, recalled], names, places: TEST_PLACES });
    expect(result.deleted.sort()).toEqual([plan1.id, recalled.id].sort());
    expect(result.events.map((event) => [event.id, event.status, event.date])).toEqual([[eventId(dated), "occurred", "2026-03-28"]]);
    expect(result.reports.map((row) => row.document)).toEqual(["doc:dated", "doc:plan", "doc:recap"]);
  });

  it("writes again a stored event a document left (dirty), even with the same reports", () => {
    const meeting = stored(report({ document: "doc:a" }), report({ document: "doc:b" }));
    const plan = planEvents({ batch: [], stored: [meeting], dirty: new Set([meeting.id]), names, places: TEST_PLACES });
    expect(plan.deleted).toEqual([meeting.id]);
    expect(plan.events.map((event) => event.id)).toEqual([meeting.id]);
  });

  it("writes a date conflict and warns of a report several events fit", () => {
    const plan = planEvents({
      batch: [
        report({ document: "doc:a", date: "2026-01-29" }),
        report({ document: "doc:b", date: "2026-01-31" }),
        report({ document: "doc:c", date: "2026-03-10" }),
        report({ document: "doc:d", date: null, published: "2026-03-20" }),
      ],
      stored: [],
      names,
      places: TEST_PLACES,
    });
    expect(plan.conflicts.map((conflict) => conflict.dates)).toEqual([["2026-01-29", "2026-01-31"]]);
    expect(plan.warnings).toHaveLength(1);
    expect(plan.warnings[0]?.text).toMatch(
      /^the Meeting report of doc:d \(undated\) fits 2 events \(Meeting of Keir Starmer and Sanae Takaichi, 2026-01-29; Meeting of Keir Starmer and Sanae Takaichi, 2026-03-10\): kept apart as event:meeting:undated:/,
    );
  });
});
