/**
 * Checks the facts a bench article states (bench/corpus.ts) against an extraction, and counts them:
 * what the extractor found of them. Loading must then keep every one of them (bench/load.ts).
 */
import type { DocumentExtraction } from "../src/model/extraction.js";
import type { ExpectedFacts } from "./corpus.js";

export interface FactTally {
  expected: number;
  found: number;
}

export type FactKind = "entities" | "events" | "roles" | "memberships";

export type FactCounts = Record<FactKind, FactTally>;

export function emptyCounts(): FactCounts {
  return {
    entities: { expected: 0, found: 0 },
    events: { expected: 0, found: 0 },
    roles: { expected: 0, found: 0 },
    memberships: { expected: 0, found: 0 },
  };
}

const MEMBERSHIP_TYPES = new Set(["PARTICIPATES_IN", "PARTY_TO", "MEMBER_OF"]);

/** Adds to `counts` how many of `expected` the extraction holds. */
export function tallyExtraction(expected: ExpectedFacts, extraction: DocumentExtraction, counts: FactCounts): void {
  const entities = new Set(extraction.entities.map((entity) => entity.id));
  counts.entities.expected += expected.entities.length;
  counts.entities.found += expected.entities.filter((id) => entities.has(id)).length;
  counts.events.expected += expected.events.length;
  counts.events.found += expected.events.filter((event) =>
    extraction.events.some(
      (found) =>
        found.type === event.type &&
        found.status === event.status &&
        found.date === event.date &&
        event.participants.every((id) => found.participants.includes(id)),
    ),
  ).length;
  counts.roles.expected += expected.roles.length;
  counts.roles.found += expected.roles.filter((role) =>
    extraction.relations.some(
      (relation) =>
        relation.type === "HOLDS_ROLE" &&
        relation.source === role.person &&
        relation.target === role.of &&
        relation.properties?.title === role.title,
    ),
  ).length;
  counts.memberships.expected += expected.memberships.length;
  counts.memberships.found += expected.memberships.filter((membership) =>
    extraction.relations.some(
      (relation) => MEMBERSHIP_TYPES.has(relation.type) && relation.source === membership.member && relation.target === membership.of,
    ),
  ).length;
}

export function formatCounts(counts: FactCounts): string {
  return (Object.keys(counts) as FactKind[]).map((kind) => `${kind} ${counts[kind].found}/${counts[kind].expected}`).join(", ");
}
