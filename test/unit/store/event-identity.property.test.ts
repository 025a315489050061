import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalEventId, isSameEvent, type EventSignature } from "../../../src/store/event-identity.js";
import { findRoleConflicts, type StoredRole } from "../../../src/store/role-conflicts.js";

const day = fc.integer({ min: 0, max: 800 }).map((offset) => new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10));
const date = fc.oneof(
  day,
  day.map((d) => d.slice(0, 7)),
  day.map((d) => d.slice(0, 4)),
  fc.constant(null),
);
const participants = fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "e", "f"), { minLength: 1, maxLength: 4 });
const signature: fc.Arbitrary<EventSignature> = fc.record({
  type: fc.constantFrom("Meeting", "Visit"),
  date,
  status: fc.constantFrom("occurred" as const, "planned" as const),
  participants,
});

describe("event identity, for any reports", () => {
  it("is symmetric and reflexive", () => {
    fc.assert(
      fc.property(signature, signature, (a, b) => {
        expect(isSameEvent(a, b)).toBe(isSameEvent(b, a));
        expect(isSameEvent(a, a)).toBe(true);
      }),
    );
  });

  it("gives an id that ignores participant order and duplicates", () => {
    fc.assert(
      fc.property(signature, (a) => {
        const shuffled = { ...a, participants: [...a.participants].reverse().concat(a.participants) };
        expect(canonicalEventId(shuffled)).toBe(canonicalEventId(a));
      }),
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
