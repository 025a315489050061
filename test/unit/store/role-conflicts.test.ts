import { describe, expect, it } from "vitest";
import { findRoleConflicts, rolesThatMayConflict, type StoredRole } from "../../../src/store/role-conflicts.js";

const role = (title: string, kind: StoredRole["titleKind"], claims: Array<[string, string]>, target = "country:GB"): StoredRole => ({
  person: "person:keir-starmer",
  personName: "Keir Starmer",
  target,
  targetName: target === "country:GB" ? "United Kingdom" : "Labour Party",
  title,
  titleKind: kind,
  tenure: "current",
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

  it("never flags an office not held now: a former, acting or designated office against a current one", () => {
    const current = role("Foreign Minister", "minister", [["doc:a", "2026-01-31"]]);
    for (const tenure of ["former", "acting", "designated"] as const) {
      const other = { ...role("Prime Minister", "head-of-government", [["doc:b", "2026-01-31"]]), tenure };
      expect(findRoleConflicts([current, other])).toEqual([]);
      expect(rolesThatMayConflict([current, other])).toEqual([]);
    }
    // Both held now: the same two offices conflict.
    expect(findRoleConflicts([current, role("Prime Minister", "head-of-government", [["doc:b", "2026-01-31"]])])).toHaveLength(1);
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

describe("rolesThatMayConflict", () => {
  it("keeps only roles with an incompatible office towards the same target, whoever claims them", () => {
    const pm = role("Prime Minister", "head-of-government", [["doc:a", "2026-01-31"]]);
    const opposition = role("Leader of the Opposition", "legislature", [["doc:b", "2025-01-01"]]);
    const mp = role("Member of Parliament", "legislature", [["doc:c", "2026-01-31"]]);
    const party = role("Party Leader", "party", [["doc:d", "2026-01-31"]], "org:labour");
    const otherPerson = { ...role("Leader of the Opposition", "legislature", [["doc:e", "2026-01-31"]]), person: "person:x" };
    expect(rolesThatMayConflict([pm, opposition, mp, party, otherPerson])).toEqual([pm, opposition]);
    expect(rolesThatMayConflict([pm, mp, party, otherPerson])).toEqual([]);
  });

  it("leaves findRoleConflicts the same conflicts as all the roles give it", () => {
    const titles: Array<[string, StoredRole["titleKind"]]> = [
      ["Prime Minister", "head-of-government"],
      ["Leader of the Opposition", "legislature"],
      ["President", "head-of-state"],
      ["Member of Parliament", "legislature"],
      ["Minister", "minister"],
    ];
    const days = ["2026-01-31", "2026-02-01", "2026-03-15", ""];
    let seed = 3;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 200; round++) {
      const roles = Array.from({ length: 1 + next(5) }, (_, i) => {
        const [title, kind] = titles[next(titles.length)] ?? titles[0];
        const claims = Array.from({ length: 1 + next(3) }, (_, k): [string, string] => [`doc:${i}-${k}`, days[next(days.length)] ?? ""]);
        return { ...role(title, kind, claims, next(3) === 0 ? "country:FR" : "country:GB"), person: `person:${next(2)}` };
      });
      const unique = roles.filter(
        (r, i) => roles.findIndex((o) => o.person === r.person && o.target === r.target && o.title === r.title) === i,
      );
      expect(findRoleConflicts(rolesThatMayConflict(unique))).toEqual(findRoleConflicts(unique));
    }
  });
});
