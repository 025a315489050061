import { describe, expect, it } from "vitest";
import { findDateConflict, mainPlace, summarizeEvent } from "../../../src/store/event-summary.js";
import { report, TEST_PLACES } from "../../support/reports.js";

describe("summarizeEvent", () => {
  it("is occurred as soon as one report says so, dated by the most precise occurred report", () => {
    const summary = summarizeEvent([
      report({ document: "doc:plan", status: "planned", date: "2026-03", published: "2026-02-01" }),
      report({ document: "doc:month", status: "occurred", date: "2026-03", published: "2026-04-02" }),
      report({ document: "doc:day", status: "occurred", date: "2026-03-28", published: "2026-03-29" }),
    ]);
    expect(summary).toMatchObject({ status: "occurred", date: "2026-03-28", plannedDate: null });
  });

  it("takes the status and date of the latest article while nothing occurred", () => {
    const plan = report({ document: "doc:plan", status: "planned", date: "2026-03-28", endDate: "2026-03-31", published: "2026-01-31" });
    const calledOff = report({ document: "doc:off", status: "cancelled", date: null, published: "2026-03-25" });
    expect(summarizeEvent([plan])).toMatchObject({ status: "planned", date: "2026-03-28", endDate: "2026-03-31" });
    expect(summarizeEvent([plan, calledOff])).toMatchObject({ status: "cancelled", date: "2026-03-28" });
    const replanned = report({ document: "doc:again", status: "planned", date: null, published: "2026-03-27" });
    expect(summarizeEvent([plan, calledOff, replanned]).status).toBe("planned");
  });

  it("keeps the most precise date of the current plan, even when the latest article is vaguer", () => {
    const summary = summarizeEvent([
      report({ document: "doc:en", status: "planned", date: "2026-03-28", endDate: "2026-03-31", published: "2026-01-31" }),
      report({ document: "doc:fr", status: "planned", date: "2026-03", published: "2026-02-01" }),
    ]);
    expect(summary).toMatchObject({ date: "2026-03-28", endDate: "2026-03-31", plannedDate: null });
  });

  it("keeps the announced date as plannedDate when the event happened on another day", () => {
    const summary = summarizeEvent([
      report({ document: "doc:plan", status: "planned", date: "2026-03-28", endDate: "2026-03-31", published: "2026-03-20" }),
      report({ document: "doc:late", status: "occurred", date: "2026-04-02", published: "2026-04-03" }),
    ]);
    expect(summary).toMatchObject({ status: "occurred", date: "2026-04-02", plannedDate: "2026-03-28" });
  });

  it("takes the CAMEO code of a report with the event's status", () => {
    const summary = summarizeEvent([
      report({ document: "doc:plan", status: "planned", cameo: "036" }),
      report({ document: "doc:done", status: "occurred", cameo: "040" }),
    ]);
    expect(summary.cameo).toBe("040");
  });
});

describe("findDateConflict", () => {
  it("flags occurred reports more than a day apart, with each document's day and quotes", () => {
    const conflict = findDateConflict("event:x", "Meeting of A and B", [
      report({ document: "doc:b", date: "2026-01-31", evidence: ["on Saturday"] }),
      report({ document: "doc:a", date: "2026-01-29", evidence: ["on Thursday"] }),
      report({ document: "doc:plan", status: "planned", date: "2026-01-20" }),
    ]);
    expect(conflict).toMatchObject({ kind: "date", event: "event:x", date: "2026-01-29", dates: ["2026-01-29", "2026-01-31"] });
    expect(conflict?.claims).toEqual([
      { document: "doc:a", claim: "2026-01-29", evidence: ["on Thursday"] },
      { document: "doc:b", claim: "2026-01-31", evidence: ["on Saturday"] },
    ]);
    expect(conflict?.description).toBe('the date of "Meeting of A and B": 2026-01-29 (1 source) vs 2026-01-31 (1 source)');
    expect(conflict?.id).toMatch(/^conflict:date:[0-9a-f]{16}$/);
  });

  it("does not flag dates within a day, partial dates or plans", () => {
    expect(findDateConflict("e", "t", [report({ document: "doc:a" }), report({ document: "doc:b", date: "2026-02-01" })])).toBeNull();
    expect(findDateConflict("e", "t", [report({ document: "doc:a" }), report({ document: "doc:b", date: "2026-01" })])).toBeNull();
  });
});

describe("mainPlace", () => {
  it("names the event by the place inside another (Tokyo over Japan), else the most reported", () => {
    const reports = [
      report({ document: "doc:a", places: ["country:JP"] }),
      report({ document: "doc:b", places: ["country:JP"] }),
      report({ document: "doc:c", places: ["place:tokyo"] }),
    ];
    expect(mainPlace(reports, TEST_PLACES)).toBe("place:tokyo");
    expect(mainPlace(reports.slice(0, 2), TEST_PLACES)).toBe("country:JP");
    expect(mainPlace([report()], TEST_PLACES)).toBeNull();
  });
});
