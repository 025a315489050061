/**
 * Conflicting claims about a person's office, found on the roles stored in the graph: pure.
 *
 * Two HOLDS_ROLE relationships of one person towards the same country or organisation conflict
 * when both are held now (`tenure` current: a former, acting or designated office contradicts none),
 * their offices cannot be held together (role-rules.ts) and two different documents claim
 * them at dates at most ROLE_CONFLICT_TOLERANCE_DAYS apart. Both claims stay in the graph; the
 * conflict names the documents and quotes on each side.
 */
import { createHash } from "node:crypto";
import { datesCompatible } from "./dates.js";
import { officesIncompatible, type TitleKind } from "./role-rules.js";
import type { Tenure } from "../model/mentions.js";

/** How far apart two claims' dates may be and still describe the same moment. */
const ROLE_CONFLICT_TOLERANCE_DAYS = 3;

/** A HOLDS_ROLE relationship as stored: `asOf[i]` is the date `sources[i]` claims it at ("" if none). */
export interface StoredRole {
  person: string;
  personName: string;
  target: string;
  targetName: string;
  title: string;
  titleKind: TitleKind;
  /** Held now, before, for the time being or not yet; a relationship written without one is held now. */
  tenure: Tenure;
  sources: string[];
  asOf: string[];
  evidence: string[];
  evidenceSources: string[];
}

export interface ConflictSide {
  title: string;
  documents: string[];
  evidence: string[];
}

export interface RoleConflict {
  id: string;
  kind: "role";
  person: string;
  target: string;
  date: string;
  description: string;
  sides: [ConflictSide, ConflictSide];
}

/** What decides whether two roles can conflict at all, before their claims are looked at. */
export type RoleOffice = Pick<StoredRole, "person" | "target" | "title" | "titleKind" | "tenure">;

/** Two roles of one person towards one country or organisation, both held now, whose offices cannot be held together. */
function officesClash(a: RoleOffice, b: RoleOffice): boolean {
  return (
    a.person === b.person &&
    a.target === b.target &&
    a.tenure === "current" &&
    b.tenure === "current" &&
    officesIncompatible({ title: a.title, kind: a.titleKind }, { title: b.title, kind: b.titleKind })
  );
}

/**
 * The roles that take part in at least one pair findRoleConflicts would compare: only their
 * claims (sources, dates, quotes) need reading, and findRoleConflicts finds the same conflicts
 * among them as among all the roles.
 */
export function rolesThatMayConflict<T extends RoleOffice>(roles: readonly T[]): T[] {
  const groupOf = (role: RoleOffice): string => `${role.person}\u0000${role.target}`;
  const byHolderAndTarget = new Map<string, T[]>();
  for (const role of roles) {
    const group = byHolderAndTarget.get(groupOf(role));
    if (group) group.push(role);
    else byHolderAndTarget.set(groupOf(role), [role]);
  }
  return roles.filter((a) => (byHolderAndTarget.get(groupOf(a)) ?? []).some((b) => b !== a && officesClash(a, b)));
}

export function findRoleConflicts(roles: readonly StoredRole[]): RoleConflict[] {
  const conflicts: RoleConflict[] = [];
  const ordered = [...roles].sort((a, b) => key(a).localeCompare(key(b)));
  for (let i = 0; i < ordered.length; i += 1) {
    for (let j = i + 1; j < ordered.length; j += 1) {
      const a = ordered[i];
      const b = ordered[j];
      if (!a || !b || !officesClash(a, b)) continue;
      const conflict = conflictBetween(a, b);
      if (conflict) conflicts.push(conflict);
    }
  }
  return conflicts;
}

function conflictBetween(a: StoredRole, b: StoredRole): RoleConflict | null {
  const documentsA = new Set<string>();
  const documentsB = new Set<string>();
  const dates: string[] = [];
  a.sources.forEach((sourceA, ia) => {
    const dateA = a.asOf[ia] ?? "";
    b.sources.forEach((sourceB, ib) => {
      const dateB = b.asOf[ib] ?? "";
      if (sourceA === sourceB || dateA === "" || dateB === "") return;
      if (!datesCompatible(dateA, dateB, ROLE_CONFLICT_TOLERANCE_DAYS)) return;
      documentsA.add(sourceA);
      documentsB.add(sourceB);
      dates.push(dateA, dateB);
    });
  });
  if (documentsA.size === 0) return null;
  const date = dates.sort()[0] ?? "";
  const sideA = side(a, documentsA);
  const sideB = side(b, documentsB);
  const id = `conflict:role:${createHash("sha256")
    .update(JSON.stringify([a.person, a.target, a.title, b.title]))
    .digest("hex")
    .slice(0, 16)}`;
  return {
    id,
    kind: "role",
    person: a.person,
    target: a.target,
    date,
    description: `${a.personName}'s office for ${a.targetName} around ${date}: "${a.title}" (${sideA.documents.length} source${sideA.documents.length > 1 ? "s" : ""}) vs "${b.title}" (${sideB.documents.length} source${sideB.documents.length > 1 ? "s" : ""})`,
    sides: [sideA, sideB],
  };
}

function side(role: StoredRole, documents: Set<string>): ConflictSide {
  return {
    title: role.title,
    documents: [...documents].sort(),
    evidence: role.evidence.filter((_, index) => documents.has(role.evidenceSources[index] ?? "")),
  };
}

function key(role: StoredRole): string {
  return `${role.person}\u0000${role.target}\u0000${role.title}`;
}
