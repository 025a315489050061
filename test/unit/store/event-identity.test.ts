import { describe, expect, it } from "vitest";
import {
  IDENTITY_RULES,
  eventId,
  participantsOverlap,
  placesCompatible,
  reportsCompatible,
  resolveEvents,
  timeWindow,
  timesMeet,
} from "../../../src/store/event-identity.js";
import { datesCompatible, dayDate, daySpan } from "../../../src/store/dates.js";
import { report, TEST_PLACES } from "../../support/reports.js";

const STARMER = "person:keir-starmer";
const TAKAICHI = "person:sanae-takaichi";
const XI = "person:xi-jinping";

describe("dates", () => {
  it("accepts full dates within the tolerance, across a month or year boundary", () => {
    expect(datesCompatible("2026-01-31", "2026-02-01", 1)).toBe(true);
    expect(datesCompatible("2025-12-31", "2026-01-01", 1)).toBe(true);
    expect(datesCompatible("2026-01-30", "2026-02-01", 1)).toBe(false);
  });
  it("accepts a partial date that contains the other, and refuses one that does not", () => {
    expect(datesCompatible("2024-11", "2024-11-01", 0)).toBe(true);
    expect(datesCompatible("2024", "2024-11", 0)).toBe(true);
    expect(datesCompatible("2024-10", "2024-11-01", 5)).toBe(false);
  });
  it("spans a partial date over its days, and a range over both ends", () => {
    const february = daySpan("2024-02");
    expect([dayDate(february.first), dayDate(february.last), february.precise]).toEqual(["2024-02-01", "2024-02-29", false]);
    const year = daySpan("2026");
    expect([dayDate(year.first), dayDate(year.last)]).toEqual(["2026-01-01", "2026-12-31"]);
    const range = daySpan("2026-03-28", "2026-03-31");
    expect([dayDate(range.first), dayDate(range.last), range.precise]).toEqual(["2026-03-28", "2026-03-31", true]);
  });
});

describe("the identity rules, one by one", () => {
  const rule = (name: string) => {
    const found = IDENTITY_RULES.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no rule ${name}`);
    return (a: Parameters<typeof found.holds>[0], b: Parameters<typeof found.holds>[1]) => found.holds(a, b, TEST_PLACES);
  };

  it("same type: a meeting is not a visit", () => {
    expect(rule("same type")(report(), report({ type: "Meeting" }))).toBe(true);
    expect(rule("same type")(report(), report({ type: "Visit" }))).toBe(false);
  });

  it("participants overlap: two in common, or all of the side that names fewer", () => {
    expect(participantsOverlap(["a", "b", "c"], ["b", "c", "d"])).toBe(true);
    expect(participantsOverlap(["a"], ["a", "b"])).toBe(true);
    expect(participantsOverlap(["a", "b", "c"], ["c", "d", "e"])).toBe(false);
    expect(participantsOverlap([], ["a"])).toBe(false);
    expect(rule("participants overlap")(report({ participants: [STARMER, XI] }), report({ participants: [STARMER, TAKAICHI] }))).toBe(
      false,
    );
  });

  it("places nest: the same place, one inside the other, or none on one side", () => {
    expect(placesCompatible(["place:tokyo"], ["country:JP"], TEST_PLACES)).toBe(true);
    expect(placesCompatible(["country:JP"], ["place:tokyo"], TEST_PLACES)).toBe(true);
    expect(placesCompatible([], ["place:tokyo"], TEST_PLACES)).toBe(true);
    expect(placesCompatible(["place:tokyo"], ["place:osaka"], TEST_PLACES)).toBe(false);
    expect(placesCompatible(["place:beijing"], ["country:JP"], TEST_PLACES)).toBe(false);
    expect(rule("places nest")(report({ places: ["place:tokyo"] }), report({ places: ["country:CN"] }))).toBe(false);
  });

  it("times meet: precise dates at most three days apart, partial dates that overlap", () => {
    expect(timesMeet(report({ date: "2026-01-31" }), report({ date: "2026-02-03" }))).toBe(true);
    expect(timesMeet(report({ date: "2026-01-31" }), report({ date: "2026-02-04" }))).toBe(false);
    expect(timesMeet(report({ date: "2026-01" }), report({ date: "2026-01-31" }))).toBe(true);
    expect(timesMeet(report({ date: "2026-02" }), report({ date: "2026-01-31" }))).toBe(false);
    // A plan for 28–31 March and a visit that began on 1 April: a range, then a day after it.
    expect(timesMeet(report({ status: "planned", date: "2026-03-28", endDate: "2026-03-31" }), report({ date: "2026-04-01" }))).toBe(true);
  });

  it("times meet: an undated occurred report points to the year before its article", () => {
    const recalled = report({ date: null, published: "2026-03-20" });
    expect(timesMeet(recalled, report({ date: "2026-01-31" }))).toBe(true);
    expect(timesMeet(recalled, report({ date: "2026-03-25" }))).toBe(false); // after the article
    expect(timesMeet(recalled, report({ date: "2024-06-01" }))).toBe(false); // too long before
    expect(timesMeet(report({ date: null, published: null }), report({ date: "2001-01-01" }))).toBe(true);
  });

  it("times meet: an undated plan points to the year after its article", () => {
    const announced = report({ status: "planned", date: null, published: "2026-03-20" });
    expect(timesMeet(announced, report({ status: "planned", date: "2026-03" }))).toBe(true);
    expect(timesMeet(announced, report({ date: "2026-01-31" }))).toBe(false);
    const window = timeWindow(announced);
    expect(window && [dayDate(window.first), window.precise]).toEqual(["2026-03-20", false]);
  });

  it("reportsCompatible needs every rule", () => {
    expect(reportsCompatible(report(), report({ document: "doc:b", places: ["place:tokyo"] }), TEST_PLACES)).toBe(true);
    expect(reportsCompatible(report(), report({ document: "doc:b", type: "Call" }), TEST_PLACES)).toBe(false);
  });
});

describe("resolveEvents", () => {
  const ids = (events: ReturnType<typeof resolveEvents>["events"]) => events.map((reports) => reports.map((r) => r.document).sort());

  it("resolves an undated back-reference to the one event that fits", () => {
    const { events, ambiguous } = resolveEvents(
      [
        report({ document: "doc:fr", places: ["place:tokyo"] }),
        report({ document: "doc:en", published: "2026-01-31", places: ["country:JP"] }),
        report({ document: "doc:later", date: null, published: "2026-03-20", places: ["country:JP"] }),
      ],
      TEST_PLACES,
    );
    expect(ids(events)).toEqual([["doc:en", "doc:fr", "doc:later"]]);
    expect(ambiguous).toEqual([]);
  });

  it("keeps a report apart, and says so, when several events fit", () => {
    const { events, ambiguous } = resolveEvents(
      [
        report({ document: "doc:jan", date: "2026-01-10" }),
        report({ document: "doc:feb", date: "2026-02-20" }),
        report({ document: "doc:recap", date: null, published: "2026-03-01" }),
      ],
      TEST_PLACES,
    );
    expect(ids(events)).toEqual([["doc:jan"], ["doc:feb"], ["doc:recap"]]);
    expect(ambiguous.map((entry) => entry.report.document)).toEqual(["doc:recap"]);
    expect(ambiguous[0]?.candidates.map((reports) => reports[0]?.document)).toEqual(["doc:jan", "doc:feb"]);
  });

  it("makes a plan and its occurrence one event", () => {
    const { events } = resolveEvents(
      [
        report({
          document: "doc:plan",
          status: "planned",
          date: "2026-03-28",
          endDate: "2026-03-31",
          published: "2026-03-20",
          type: "Visit",
        }),
        report({ document: "doc:arrival", status: "occurred", date: "2026-03-28", published: "2026-03-29", type: "Visit" }),
      ],
      TEST_PLACES,
    );
    expect(events).toHaveLength(1);
  });

  it("never puts two reports of one document in one event, unless folding a document's own mentions", () => {
    const twice = [
      report({ document: "doc:a", date: "2026-01-30" }),
      report({ document: "doc:a", date: "2026-01-31", evidence: ["other"] }),
    ];
    expect(resolveEvents(twice, TEST_PLACES).events).toHaveLength(2);
    expect(resolveEvents(twice, TEST_PLACES, { sameDocument: true }).events).toHaveLength(1);
  });

  it("among several events that fit, joins the one with a report of the same status", () => {
    const { events, ambiguous } = resolveEvents(
      [
        report({ document: "doc:signed", type: "Signing", date: "2024-11-01" }),
        report({ document: "doc:plan", type: "Signing", status: "planned", date: "2024-11-20" }),
        report({ document: "doc:month", type: "Signing", date: "2024-11" }),
      ],
      TEST_PLACES,
    );
    expect(ids(events)).toEqual([["doc:month", "doc:signed"], ["doc:plan"]]);
    expect(ambiguous).toEqual([]);
  });

  it("chains no further than every report of an event allows", () => {
    // 29 and 1 are each within three days of 31, but four days apart: two events.
    const { events } = resolveEvents(
      [
        report({ document: "doc:a", date: "2026-01-29" }),
        report({ document: "doc:b", date: "2026-01-31" }),
        report({ document: "doc:c", date: "2026-02-02" }),
      ],
      TEST_PLACES,
    );
    expect(ids(events)).toEqual([["doc:a", "doc:b"], ["doc:c"]]);
  });
});

describe("eventId", () => {
  it("reads type and date, and depends on the seed report's content, not on participant order", () => {
    const a = eventId(report({ participants: ["x", "y"] }));
    expect(a).toMatch(/^event:meeting:2026-01-31:[0-9a-f]{12}$/);
    expect(a).toBe(eventId(report({ participants: ["y", "x"] })));
    expect(a).not.toBe(eventId(report({ participants: ["x", "y"], document: "doc:b" })));
    expect(eventId(report({ date: null }))).toMatch(/^event:meeting:undated:/);
  });
});
