/**
 * Conflicting claims in the graph. After a document's roles are written (same transaction), the
 * roles of the persons it touches are read back, checked with findRoleConflicts, and the graph is
 * brought in line:
 *
 *   (c:Conflict {id, kind: "role", description, date, person, target, titles})
 *   (c)-[:ABOUT]->(person:Entity:Person)
 *   (c)-[:CLAIMED_IN {claim, title, evidence}]->(d:Document)     one per document on either side
 *   (person)-[:HOLDS_ROLE {conflict: true}]->(target)       on both relationships involved
 *
 * Both claims are kept; a role whose conflict no longer holds gets `conflict: false` again.
 * Date conflicts (kind "date", about an Event) are written with the events (event-plan.ts);
 * listConflicts lists both kinds.
 */
import { z } from "zod";
import { readTransaction, type Neo4jConnection, type QueryRunner } from "../neo4j/connection.js";
import { findRoleConflicts, rolesThatMayConflict, type RoleConflict, type StoredRole } from "./role-conflicts.js";
import { parseTenure, parseTitleKind } from "./role-rules.js";

/** The offices the persons hold, and whether each is flagged: what decides which roles to read whole. */
const READ_ROLE_OFFICES = `
UNWIND $persons AS personId
MATCH (p:Entity {id: personId})-[r:HOLDS_ROLE]->(t:Entity)
RETURN p.id AS person, t.id AS target, r.title AS title, r.titleKind AS titleKind, r.tenure AS tenure, r.conflict AS flagged`;

/** The roles that may conflict, with their claims: sources, the dates they claim, quotes. */
const READ_ROLES = `
UNWIND $roles AS role
MATCH (p:Entity {id: role.person})-[r:HOLDS_ROLE {title: role.title}]->(t:Entity {id: role.target})
RETURN p.id AS person, p.name AS personName, t.id AS target, t.name AS targetName, r.title AS title,
       r.titleKind AS titleKind, r.tenure AS tenure, r.sources AS sources, r.asOf AS asOf, r.evidence AS evidence,
       r.evidenceSources AS evidenceSources`;

/** Clears the flags and stale Conflict nodes of $persons, then writes $conflicts: one round trip. */
const SYNC_ROLE_CONFLICTS = `
CALL () {
  UNWIND $persons AS personId
  MATCH (p:Entity {id: personId})-[r:HOLDS_ROLE]->()
  WHERE r.conflict
  SET r.conflict = false
}
CALL () {
  UNWIND $persons AS personId
  MATCH (c:Conflict {kind: 'role'})-[:ABOUT]->(:Entity {id: personId})
  WHERE NOT c.id IN $keep
  DETACH DELETE c
}
CALL () {
  UNWIND $conflicts AS row
  MATCH (p:Entity {id: row.person})
  MERGE (c:Conflict {id: row.id})
  SET c.kind = row.kind, c.description = row.description, c.date = row.date,
      c.person = row.person, c.target = row.target, c.titles = row.titles
  MERGE (c)-[:ABOUT]->(p)
  WITH c, row, p
  CALL (c, row) {
    UNWIND row.claims AS claim
    MATCH (d:Document {id: claim.document})
    MERGE (c)-[ci:CLAIMED_IN {title: claim.title}]->(d)
    SET ci.claim = claim.title, ci.evidence = claim.evidence
  }
  MATCH (p)-[r:HOLDS_ROLE]->(:Entity {id: row.target})
  WHERE r.title IN row.titles
  SET r.conflict = true
}`;

/**
 * Recomputes the role conflicts of these persons inside `tx`; returns the conflicts that hold.
 * Their offices are read first; the claims (hundreds of sources and quotes on a role many articles
 * state) only of the roles that may conflict, most often none.
 */
export async function syncRoleConflicts(tx: QueryRunner, persons: readonly string[]): Promise<RoleConflict[]> {
  if (persons.length === 0) return [];
  const offices = (await tx.run(READ_ROLE_OFFICES, { persons })).records.map((record) => ({
    person: String(record.get("person")),
    target: String(record.get("target")),
    title: String(record.get("title")),
    titleKind: parseTitleKind(record.get("titleKind")),
    tenure: parseTenure(record.get("tenure")),
    flagged: record.get("flagged") === true,
  }));
  const candidates = rolesThatMayConflict(offices);
  const roles: StoredRole[] =
    candidates.length === 0
      ? []
      : (
          await tx.run(READ_ROLES, {
            roles: candidates.map(({ person, target, title }) => ({ person, target, title })),
          })
        ).records.map((record) => ({
          person: String(record.get("person")),
          personName: String(record.get("personName")),
          target: String(record.get("target")),
          targetName: String(record.get("targetName")),
          title: String(record.get("title")),
          titleKind: parseTitleKind(record.get("titleKind")),
          tenure: parseTenure(record.get("tenure")),
          sources: strings(record.get("sources")),
          asOf: strings(record.get("asOf")),
          evidence: strings(record.get("evidence")),
          evidenceSources: strings(record.get("evidenceSources")),
        }));
  const conflicts = findRoleConflicts(roles);
  // Conflict nodes exist only beside flagged roles: nothing flagged and nothing found, nothing to do.
  const flagged = offices.some((office) => office.flagged);
  if (conflicts.length === 0 && !flagged) return conflicts;
  await tx.run(SYNC_ROLE_CONFLICTS, {
    persons,
    keep: conflicts.map((conflict) => conflict.id),
    conflicts: conflicts.map((conflict) => ({
      id: conflict.id,
      kind: conflict.kind,
      description: conflict.description,
      date: conflict.date,
      person: conflict.person,
      target: conflict.target,
      titles: conflict.sides.map((side) => side.title),
      claims: conflict.sides.flatMap((side) =>
        side.documents.map((document) => ({
          document,
          title: side.title,
          evidence: side.evidence.length > 0 ? side.evidence : [side.title],
        })),
      ),
    })),
  });
  return conflicts;
}

/** One side of a conflict as listed for analysts: what a document claims, in its own words. */
export interface ConflictClaim {
  /** What the document claims: the office (role conflicts) or the day (date conflicts). */
  claim: string;
  /** The office, for a role conflict (kept for existing readers); null for a date conflict. */
  title: string | null;
  document: string;
  documentTitle: string | null;
  source: string | null;
  evidence: string[];
}

export interface ConflictListing {
  id: string;
  kind: string;
  description: string;
  date: string | null;
  /** What the conflict is about: the person (role) or the event (date), with its name or title. */
  entity: { id: string; name: string };
  claims: ConflictClaim[];
}

const LIST_CONFLICTS = `
MATCH (c:Conflict)-[:ABOUT]->(e)
WHERE e:Entity OR e:Event
MATCH (c)-[ci:CLAIMED_IN]->(d:Document)
WITH c, e, ci, d, coalesce(ci.claim, ci.title) AS claim ORDER BY claim, d.id
RETURN c.id AS id, c.kind AS kind, c.description AS description, c.date AS date, e.id AS entityId,
       coalesce(e.name, e.title, e.id) AS entityName,
       collect({claim: claim, title: ci.title, document: d.id, documentTitle: d.title, source: d.source, evidence: ci.evidence}) AS claims
ORDER BY entityName, date, id`;

export async function listConflicts(conn: Neo4jConnection): Promise<ConflictListing[]> {
  return readTransaction(conn, async (tx) => {
    const result = await tx.run(LIST_CONFLICTS);
    return result.records.map((record) => ({
      id: String(record.get("id")),
      kind: String(record.get("kind")),
      description: String(record.get("description")),
      date: optionalString(record.get("date")),
      entity: { id: String(record.get("entityId")), name: String(record.get("entityName")) },
      claims: claims(record.get("claims")),
    }));
  });
}

/** The claims column as Neo4j returns it, checked at the boundary. */
const ClaimRows = z.array(
  z.object({
    claim: z.string(),
    title: z.string().nullable(),
    document: z.string(),
    documentTitle: z.string().nullable(),
    source: z.string().nullable(),
    evidence: z.array(z.string()).nullable(),
  }),
);

function claims(value: unknown): ConflictClaim[] {
  return ClaimRows.parse(value).map((claim) => ({ ...claim, evidence: claim.evidence ?? [] }));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function optionalString(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}
