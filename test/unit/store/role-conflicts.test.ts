import { describe, expect, it } from "vitest";
import { findRoleConflicts, type StoredRole } from "../../../src/store/role-conflicts.js";

const role = (title: string, kind: StoredRole["titleKind"], claims: Array<[string, string]>, target = "country:GB"): StoredRole => ({
  person: "person:keir-starmer",
  personName: "Keir Starmer",
  target,
  targetName: target === "country:GB" ? "United Kingdom" : "Labour Party",
  title,
  titleKind: kind,
  sources: claims.map(([source]) => source),
  asOf: claims.map(([, date]) => date),
  evidence: claims.map(([source]) => `${title} per ${source}`),
  evidenceSources: claims.map(([source]) => source),
});

describe("findRoleConflicts", () => {
  it("flags two incompatible offices claimed by two documents for the same day", () => {
    const conflicts = findRoleConflicts([
      role("Prime Minister", "head-of-government", [["doc:a", "2026-01-31"]]),
      role("Leader of the Opposition", "legislature", [["doc:b", "2026-01-31"]]),
    ]);
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict?.id).toMatch(/^conflict:role:[0-9a-f]{16}$/);
    expect(conflict?.date).toBe("2026-01-31");
    expect(conflict?.sides.map((side) => [side.title, side.documents, side.evidence])).toEqual([
      ["Leader of the Opposition", ["doc:b"], ["Leader of the Opposition per doc:b"]],
      ["Prime Minister", ["doc:a"], ["Prime Minister per doc:a"]],
    ]);
    expect(conflict?.description).toContain("Keir Starmer's office for United Kingdom around 2026-01-31");
  });

  it("gives the same id whatever order the roles come in", () => {
    const a = role("Prime Minister", "head-of-government", [["doc:a", "2026-01-31"]]);
    const b = role("Leader of the Opposition", "legislature", [["doc:b", "2026-02-02"]]);
    expect(findRoleConflicts([a, b])[0]?.id).toBe(findRoleConflicts([b, a])[0]?.id);
  });

  it("ignores claims far apart in time, from one document only, or towards different targets", () => {
    expect(
      findRoleConflicts([
        role("Prime Minister", "head-of-government", [["doc:a", "2026-01-31"]]),
        role("Leader of the Opposition", "legislature", [["doc:b", "2024-03-01"]]),
      ]),
    ).toEqual([]);
    expect(
      findRoleConflicts([
        role("Prime Minister", "head-of-government", [["doc:a", "2026-01-31"]]),
        role("Leader of the Opposition", "legislature", [["doc:a", "2026-01-31"]]),
      ]),
    ).toEqual([]);
    expect(
      findRoleConflicts([
        role("Prime Minister", "head-of-government", [["doc:a", "2026-01-31"]]),
        role("Leader of the Labour Party", "party", [["doc:b", "2026-01-31"]], "org:uk-labour-party"),
      ]),
    ).toEqual([]);
  });

  it("names only the documents whose dates meet, and skips claims without a date", () => {
    const [conflict] = findRoleConflicts([
      role("Prime Minister", "head-of-government", [
        ["doc:a", "2026-01-31"],
        ["doc:c", "2020-01-01"],
        ["doc:d", ""],
      ]),
      role("Leader of the Opposition", "legislature", [["doc:b", "2026-02-01"]]),
    ]);
    expect(conflict?.sides.find((side) => side.title === "Prime Minister")?.documents).toEqual(["doc:a"]);
  });
});
