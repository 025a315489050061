import { describe, expect, it } from "vitest";
import { canonicalEventId, isSameEvent, participantsOverlap, type EventSignature } from "../../../src/store/event-identity.js";
import { datesCompatible, morePreciseDate } from "../../../src/store/dates.js";

const meeting = (date: string | null, participants: string[], status: "occurred" | "planned" = "occurred"): EventSignature => ({
  type: "Meeting",
  date,
  status,
  participants,
});

describe("datesCompatible", () => {
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
  it("prefers the more precise of two dates", () => {
    expect(morePreciseDate("2024-11", "2024-11-01")).toBe("2024-11-01");
    expect(morePreciseDate("2024-11-02", "2024")).toBe("2024-11-02");
  });
});

describe("participantsOverlap", () => {
  it("needs two shared participants or all of the smaller side", () => {
    expect(participantsOverlap(["a", "b", "c"], ["b", "c", "d"])).toBe(true);
    expect(participantsOverlap(["a"], ["a", "b"])).toBe(true);
    expect(participantsOverlap(["a", "b", "c"], ["c", "d", "e"])).toBe(false);
    expect(participantsOverlap([], ["a"])).toBe(false);
  });
});

describe("isSameEvent", () => {
  const takaichiStarmer = ["person:sanae-takaichi", "person:keir-starmer"];
  it("matches the same meeting told with dates a day apart or at month precision", () => {
    expect(isSameEvent(meeting("2026-01-31", takaichiStarmer), meeting("2026-02-01", [...takaichiStarmer].reverse()))).toBe(true);
    expect(isSameEvent(meeting("2026-01", takaichiStarmer), meeting("2026-01-31", takaichiStarmer))).toBe(true);
  });
  it("keeps apart different types, statuses, distant dates and undated from dated reports", () => {
    expect(isSameEvent(meeting("2026-01-31", takaichiStarmer), { ...meeting("2026-01-31", takaichiStarmer), type: "Visit" })).toBe(false);
    expect(isSameEvent(meeting("2026-01-31", takaichiStarmer), meeting("2026-01-31", takaichiStarmer, "planned"))).toBe(false);
    expect(isSameEvent(meeting("2026-01-31", takaichiStarmer), meeting("2026-01-28", takaichiStarmer))).toBe(false);
    expect(isSameEvent(meeting(null, takaichiStarmer), meeting("2026-01-31", takaichiStarmer))).toBe(false);
    expect(isSameEvent(meeting(null, takaichiStarmer), meeting(null, takaichiStarmer))).toBe(true);
  });
});

describe("canonicalEventId", () => {
  it("depends on content, not on participant order", () => {
    const a = canonicalEventId(meeting("2026-01-31", ["x", "y"]));
    expect(a).toBe(canonicalEventId(meeting("2026-01-31", ["y", "x", "x"])));
    expect(a).toMatch(/^event:meeting:2026-01-31:[0-9a-f]{12}$/);
    expect(a).not.toBe(canonicalEventId(meeting("2026-02-01", ["x", "y"])));
    expect(canonicalEventId(meeting(null, ["x"]))).toMatch(/^event:meeting:undated:/);
  });
});
