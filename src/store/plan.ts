/**
 * From one document's extraction to the rows the loader writes: pure, no database.
 *
 * - Entities keep their canonical id (one node per id across documents); a mention count per document.
 * - Events reported twice in the document are merged; each event is then matched against the
 *   events already in the graph (`known`, looked up by the loader) and keeps that event's id, or
 *   gets a canonical id derived from its content (see event-identity.ts).
 * - Every fact row carries the document id and its verbatim evidence; HOLDS_ROLE rows are keyed by
 *   (person, target, normalised English title) and carry the claimed date (`asOf`).
 */
import { createHash } from "node:crypto";
import type { DocumentExtraction, EventStatus, Evidence, ExtractedRelation, IsoDate } from "../model/extraction.js";
import { IsoDate as IsoDateSchema } from "../model/extraction.js";
import { morePreciseDate } from "./dates.js";
import { canonicalEventId, isSameEvent, type EventSignature } from "./event-identity.js";
import { parseTitleKind, type TitleKind } from "./role-rules.js";

/** Values Neo4j stores as properties; arrays must be homogeneous (Neo4j checks that itself). */
export type PropertyScalar = string | number | boolean;
export type PropertyValue = PropertyScalar | PropertyScalar[];

/** Relationship types the loader writes itself; an extraction relation of these types is not generic. */
const HOLDS_ROLE = "HOLDS_ROLE";

/** Property names the loader owns on fact relationships: an extractor cannot overwrite them. */
const PROVENANCE_PROPERTIES: ReadonlySet<string> = new Set([
  "sources",
  "evidence",
  "evidenceSources",
  "conflict",
  "asOf",
  "title",
  "titleText",
  "titleTexts",
  "titleKind",
]);

export interface DocumentRow {
  id: string;
  /** Hash of the whole extraction: the same article through the same extractor gives the same hash. */
  extractionHash: string;
  source: string;
  title: string | null;
  published: IsoDate | null;
  publisher: string | null;
  language: string;
}

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  wikidata: string | null;
  mentionCount: number;
}

/** An event already in the graph, as the loader reads it back to match new reports against. */
export interface KnownEvent extends EventSignature {
  id: string;
}

export interface EventRow {
  id: string;
  type: string;
  title: string | null;
  date: IsoDate | null;
  endDate: IsoDate | null;
  status: EventStatus;
  cameo: string | null;
  evidence: string[];
}

/** A fact relationship between two nodes, attributed to the document being loaded. */
export interface FactRow {
  type: string;
  from: string;
  to: string;
  evidence: string[];
  properties: Record<string, PropertyValue>;
}

export interface RoleRow {
  person: string;
  target: string;
  title: string;
  titleText: string;
  titleKind: TitleKind;
  asOf: IsoDate | null;
  evidence: string[];
}

export interface DocumentPlan {
  document: DocumentRow;
  entities: EntityRow[];
  events: EventRow[];
  /** (Entity)-[:PARTICIPATED_IN]->(Event) */
  participations: FactRow[];
  /** (Event)-[:TOOK_PLACE_IN|ABOUT]->(Entity) */
  eventLinks: FactRow[];
  /** (Entity)-[:TYPE]->(Entity) for every relation but HOLDS_ROLE */
  relations: FactRow[];
  roles: RoleRow[];
  /** Ids of the persons whose roles this document touches (conflicts are recomputed for them). */
  persons: string[];
  /** What was left out and why (references to entities the document does not define, …). */
  warnings: string[];
}

/** What the loader asks Neo4j for before planning: events that could be the same as these reports. */
export interface EventProbe {
  type: string;
  status: EventStatus;
  participants: string[];
  years: string[]; // the years a matching event's date may start with (the date's year ±1)
}

export function eventProbes(extraction: DocumentExtraction): EventProbe[] {
  return extraction.events
    .filter((event) => event.participants.length > 0)
    .map((event) => {
      const year = event.date === null ? null : Number(event.date.slice(0, 4));
      return {
        type: event.type,
        status: event.status,
        participants: unique(event.participants),
        years: year === null ? [] : [year - 1, year, year + 1].map(String),
      };
    });
}

export function planDocument(extraction: DocumentExtraction, known: readonly KnownEvent[] = []): DocumentPlan {
  const { document } = extraction;
  const warnings: string[] = [];
  const entityIds = new Set(extraction.entities.map((entity) => entity.id));
  const defined = (id: string, what: string): boolean => {
    if (entityIds.has(id)) return true;
    warnings.push(`${what} refers to ${id}, which the document does not define`);
    return false;
  };

  const events = planEvents(extraction, known, defined);
  const roles: RoleRow[] = [];
  const relations = new Map<string, FactRow>();
  for (const relation of extraction.relations) {
    if (!defined(relation.source, relation.type) || !defined(relation.target, relation.type)) continue;
    if (relation.type === HOLDS_ROLE) {
      const role = roleRow(relation, document.published ?? null);
      if (role === null) warnings.push(`HOLDS_ROLE ${relation.source} → ${relation.target} has no title`);
      else roles.push(role);
      continue;
    }
    const key = JSON.stringify([relation.source, relation.type, relation.target]);
    const properties = storableProperties(relation.properties ?? {}, warnings, relation.type);
    const existing = relations.get(key);
    if (existing) {
      existing.evidence = unique([...existing.evidence, ...quotes(relation.evidence)]);
      Object.assign(existing.properties, properties);
    } else {
      relations.set(key, {
        type: relation.type,
        from: relation.source,
        to: relation.target,
        evidence: quotes(relation.evidence),
        properties,
      });
    }
  }

  const mergedRoles = mergeRoles(roles);
  return {
    document: {
      id: document.id,
      extractionHash: extractionHash(extraction),
      source: document.source,
      title: document.title ?? null,
      published: document.published ?? null,
      publisher: document.publisher ?? null,
      language: document.language,
    },
    entities: extraction.entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: unique(entity.aliases.filter((alias) => alias !== entity.name)),
      wikidata: entity.wikidata ?? null,
      mentionCount: new Set(entity.mentions.map((mention) => `${mention.start}:${mention.end}`)).size,
    })),
    events: events.rows,
    participations: events.participations,
    eventLinks: events.links,
    relations: [...relations.values()],
    roles: mergedRoles,
    persons: unique(mergedRoles.map((role) => role.person)),
    warnings,
  };
}

/**
 * Plans for several documents written in one transaction, event identity resolved for the whole
 * batch in memory: each document is matched against the events already in the graph (`stored`)
 * and the events the batch's earlier documents plan, as if they had been loaded one by one (an
 * event's participants grow, its date becomes the more precise one, as the loader writes them).
 */
export function planBatch(extractions: readonly DocumentExtraction[], stored: readonly KnownEvent[] = []): DocumentPlan[] {
  const known = new Map(stored.map((event) => [event.id, { ...event, participants: [...event.participants] }]));
  return extractions.map((extraction) => {
    const plan = planDocument(extraction, [...known.values()]);
    for (const row of plan.events) {
      const participants = plan.participations.filter((fact) => fact.to === row.id).map((fact) => fact.from);
      const event = known.get(row.id);
      if (event === undefined) {
        known.set(row.id, { id: row.id, type: row.type, date: row.date, status: row.status, participants });
        continue;
      }
      event.participants = unique([...event.participants, ...participants]);
      if (row.date !== null && (event.date === null || row.date.length > event.date.length)) event.date = row.date;
    }
    return plan;
  });
}

interface EventGroup {
  signature: EventSignature;
  title: string | null;
  endDate: IsoDate | null;
  cameo: string | null;
  places: string[];
  topics: string[];
  evidence: string[];
}

function planEvents(
  extraction: DocumentExtraction,
  known: readonly KnownEvent[],
  defined: (id: string, what: string) => boolean,
): { rows: EventRow[]; participations: FactRow[]; links: FactRow[] } {
  const groups: EventGroup[] = [];
  for (const event of extraction.events) {
    const participants = unique(event.participants.filter((id) => defined(id, `${event.type} ${event.id}`)));
    const signature: EventSignature = { type: event.type, date: event.date, status: event.status, participants };
    const place = event.place ?? null;
    const report: EventGroup = {
      signature,
      title: event.title ?? null,
      endDate: event.endDate ?? null,
      cameo: event.cameo ?? null,
      places: place !== null && defined(place, `${event.type} ${event.id} place`) ? [place] : [],
      topics: (event.topics ?? []).filter((id) => defined(id, `${event.type} ${event.id} topic`)),
      evidence: quotes(event.evidence),
    };
    const same = groups.find((group) => isSameEvent(group.signature, signature));
    if (same) mergeReport(same, report);
    else groups.push(report);
  }

  const rows: EventRow[] = [];
  const participations: FactRow[] = [];
  const links: FactRow[] = [];
  for (const group of groups) {
    const match = known.find((event) => isSameEvent(event, group.signature));
    const id = match?.id ?? canonicalEventId(group.signature);
    if (rows.some((row) => row.id === id)) {
      // Two reports that only the stored event ties together: fold the second into the first row.
      const row = rows.find((candidate) => candidate.id === id);
      if (row) row.evidence = unique([...row.evidence, ...group.evidence]);
    } else {
      rows.push({
        id,
        type: group.signature.type,
        title: group.title,
        date: group.signature.date,
        endDate: group.endDate,
        status: group.signature.status,
        cameo: group.cameo,
        evidence: group.evidence,
      });
    }
    const fact = (type: string, from: string, to: string): FactRow => ({ type, from, to, evidence: group.evidence, properties: {} });
    for (const participant of group.signature.participants) participations.push(fact("PARTICIPATED_IN", participant, id));
    for (const place of group.places) links.push(fact("TOOK_PLACE_IN", id, place));
    for (const topic of group.topics) links.push(fact("ABOUT", id, topic));
  }
  return { rows, participations: mergeFacts(participations), links: mergeFacts(links) };
}

function mergeReport(group: EventGroup, report: EventGroup): void {
  const a = group.signature;
  const b = report.signature;
  group.signature = {
    ...a,
    date: a.date !== null && b.date !== null ? morePreciseDate(a.date, b.date) : a.date,
    participants: unique([...a.participants, ...b.participants]),
  };
  group.title ??= report.title;
  group.endDate ??= report.endDate;
  group.cameo ??= report.cameo;
  group.places = unique([...group.places, ...report.places]);
  group.topics = unique([...group.topics, ...report.topics]);
  group.evidence = unique([...group.evidence, ...report.evidence]);
}

function mergeFacts(facts: FactRow[]): FactRow[] {
  const byKey = new Map<string, FactRow>();
  for (const fact of facts) {
    const key = JSON.stringify([fact.from, fact.type, fact.to]);
    const existing = byKey.get(key);
    if (existing) existing.evidence = unique([...existing.evidence, ...fact.evidence]);
    else byKey.set(key, { ...fact, evidence: [...fact.evidence] });
  }
  return [...byKey.values()];
}

/** sha256 of the extraction's JSON: tells an unchanged document from one the extractor now reads differently. */
export function extractionHash(extraction: DocumentExtraction): string {
  return createHash("sha256").update(JSON.stringify(extraction)).digest("hex");
}

/** The normalised English title: trimmed, single spaces. */
function normalizeTitle(title: string): string {
  return title.trim().replace(/\s+/g, " ");
}

function roleRow(relation: ExtractedRelation, published: IsoDate | null): RoleRow | null {
  const properties = relation.properties ?? {};
  const rawTitle = properties.title;
  if (typeof rawTitle !== "string" || rawTitle.trim() === "") return null;
  const evidence = quotes(relation.evidence);
  const titleText = typeof properties.titleText === "string" && properties.titleText !== "" ? properties.titleText : evidence[0];
  const asOf = IsoDateSchema.safeParse(properties.asOf);
  return {
    person: relation.source,
    target: relation.target,
    title: normalizeTitle(rawTitle),
    titleText: titleText ?? normalizeTitle(rawTitle),
    titleKind: parseTitleKind(properties.titleKind),
    asOf: asOf.success ? asOf.data : published,
    evidence,
  };
}

/** One row per (person, target, title): the earliest claimed date, all the evidence. */
function mergeRoles(roles: RoleRow[]): RoleRow[] {
  const byKey = new Map<string, RoleRow>();
  for (const role of roles) {
    const key = JSON.stringify([role.person, role.target, role.title]);
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, { ...role, evidence: [...role.evidence] });
      continue;
    }
    existing.evidence = unique([...existing.evidence, ...role.evidence]);
    if (existing.asOf === null || (role.asOf !== null && role.asOf < existing.asOf)) existing.asOf = role.asOf;
    if (existing.titleKind === "other") existing.titleKind = role.titleKind;
  }
  return [...byKey.values()];
}

function storableProperties(properties: Record<string, unknown>, warnings: string[], type: string): Record<string, PropertyValue> {
  const stored: Record<string, PropertyValue> = {};
  for (const [name, value] of Object.entries(properties)) {
    if (PROVENANCE_PROPERTIES.has(name) || value === null || value === undefined) continue;
    if (isScalar(value)) stored[name] = value;
    else if (Array.isArray(value) && value.every(isScalar)) stored[name] = value;
    else warnings.push(`${type} property ${name} is not a scalar or a list of scalars: left out`);
  }
  return stored;
}

function isScalar(value: unknown): value is PropertyScalar {
  return typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}

function quotes(evidence: readonly Evidence[]): string[] {
  return unique(evidence.map((span) => span.text));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
