import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventId, reportsCompatible, resolveEvents } from "../../../src/store/event-identity.js";
import type { EventReport } from "../../../src/store/event-report.js";
import { findRoleConflicts, type StoredRole } from "../../../src/store/role-conflicts.js";
import { loadReportsInMemory } from "../../support/memory-events.js";
import { report, TEST_PLACES } from "../../support/reports.js";

const day = fc.integer({ min: 0, max: 120 }).map((offset) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10));
const date = fc.oneof(
  day,
  day.map((d) => d.slice(0, 7)),
  day.map((d) => d.slice(0, 4)),
  fc.constant(null),
);
const participants = fc.uniqueArray(fc.constantFrom("a", "b", "c", "d"), { minLength: 1, maxLength: 3 }).map((ids) => ids.sort());
const places = fc.constantFrom<string[]>([], ["country:JP"], ["place:tokyo"], ["place:osaka"], ["country:CN"]);
/** Reports of up to six documents (a document may tell several events); each quote tells its report apart. */
const reportArb: fc.Arbitrary<EventReport> = fc
  .record({
    document: fc.constantFrom("doc:1", "doc:2", "doc:3", "doc:4", "doc:5", "doc:6"),
    published: fc.option(day, { nil: null }),
    type: fc.constantFrom("Meeting", "Visit"),
    status: fc.constantFrom("occurred" as const, "planned" as const, "cancelled" as const),
    date,
    participants,
    places,
  })
  .map((fields) => report(fields));
const reportSet = fc
  .array(reportArb, { maxLength: 12 })
  .map((reports) => reports.map((r, index) => ({ ...r, evidence: [`${r.document} quote ${index}`] })));

/** Events as "id=report keys", sorted: comparable across runs. */
function described(events: readonly { id: string; reports: readonly EventReport[] }[]): string[] {
  return events
    .map(
      ({ id, reports }) =>
        `${id}=${reports
          .map((r) => r.evidence.join())
          .sort()
          .join("|")}`,
    )
    .sort();
}

function resolvedAtOnce(reports: readonly EventReport[]): string[] {
  return described(resolveEvents(reports, TEST_PLACES).events.map((event) => ({ id: eventId(event[0] ?? report()), reports: event })));
}

describe("event identity, for any reports", () => {
  it("compatibility is symmetric and reflexive (for reports that name someone)", () => {
    fc.assert(
      fc.property(reportArb, reportArb, (a, b) => {
        expect(reportsCompatible(a, b, TEST_PLACES)).toBe(reportsCompatible(b, a, TEST_PLACES));
        expect(reportsCompatible(a, a, TEST_PLACES)).toBe(true);
      }),
    );
  });

  it("gives the same events and ids whatever order the reports come in", () => {
    fc.assert(
      fc.property(
        reportSet.chain((reports) => fc.tuple(fc.constant(reports), fc.shuffledSubarray(reports, { minLength: reports.length }))),
        ([reports, shuffled]) => {
          expect(resolvedAtOnce(shuffled)).toEqual(resolvedAtOnce(reports));
        },
      ),
    );
  });

  it("puts in one event only reports compatible with each other, and at most one per document", () => {
    fc.assert(
      fc.property(reportSet, (reports) => {
        for (const event of resolveEvents(reports, TEST_PLACES).events) {
          expect(new Set(event.map((r) => r.document)).size).toBe(event.length);
          for (const a of event) for (const b of event) expect(reportsCompatible(a, b, TEST_PLACES)).toBe(true);
        }
      }),
    );
  });

  it("loaded one document at a time, in any order, through the region search, gives what loading all at once gives", async () => {
    await fc.assert(
      fc.asyncProperty(
        reportSet.chain((reports) => {
          const documents = [...new Set(reports.map((r) => r.document))];
          return fc.tuple(fc.constant(reports), fc.shuffledSubarray(documents, { minLength: documents.length }));
        }),
        async ([reports, order]) => {
          const documents = order.map((document) => reports.filter((r) => r.document === document));
          const { events: stored } = await loadReportsInMemory(documents, TEST_PLACES);
          expect(described(stored)).toEqual(resolvedAtOnce(reports));
        },
      ),
      { numRuns: 300 },
    );
  });
});

const role = fc.record({
  title: fc.constantFrom("Prime Minister", "President", "Minister of Defence", "Leader of the Opposition", "Party Leader"),
  titleKind: fc.constantFrom(
    "head-of-government" as const,
    "head-of-state" as const,
    "minister" as const,
    "legislature" as const,
    "party" as const,
  ),
  claims: fc.array(fc.tuple(fc.constantFrom("doc:a", "doc:b", "doc:c"), day), { minLength: 1, maxLength: 3 }),
});

describe("role conflicts, for any roles", () => {
  it("do not depend on the order the roles are read in, and always name two different titles", () => {
    fc.assert(
      fc.property(fc.uniqueArray(role, { selector: (r) => r.title, maxLength: 5 }), (generated) => {
        const roles: StoredRole[] = generated.map((r) => ({
          person: "person:p",
          personName: "P",
          target: "country:X",
          targetName: "X",
          title: r.title,
          titleKind: r.titleKind,
          tenure: "current",
          sources: r.claims.map(([source]) => source),
          asOf: r.claims.map(([, asOf]) => asOf),
          evidence: r.claims.map(([source]) => `quote from ${source}`),
          evidenceSources: r.claims.map(([source]) => source),
        }));
        const forward = findRoleConflicts(roles);
        const backward = findRoleConflicts([...roles].reverse());
        expect(backward.map((c) => c.id).sort()).toEqual(forward.map((c) => c.id).sort());
        for (const conflict of forward) expect(conflict.sides[0].title).not.toBe(conflict.sides[1].title);
      }),
    );
  });
});
