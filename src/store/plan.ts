/**
 * From one document's extraction to the rows the loader writes: pure, no database.
 *
 * - Entities keep their canonical id (one node per id across documents); a mention count per document.
 * - The document's event mentions are folded into its reports, one per event it tells (mentions
 *   of one event in one article become one report; see event-identity.ts). Which graph event each
 *   report joins is decided with the events already stored, in event-plan.ts.
 * - Every fact row carries the document id and its verbatim evidence; HOLDS_ROLE rows are keyed by
 *   (person, target, normalised English title) and carry the claimed date (`asOf`).
 */
import { createHash } from "node:crypto";
import type { DocumentExtraction, EventStatus, Evidence, ExtractedRelation, IsoDate } from "../model/extraction.js";
import { IsoDate as IsoDateSchema } from "../model/extraction.js";
import { resolveEvents } from "./event-identity.js";
import type { EventReport } from "./event-report.js";
import type { NamedEntity } from "./event-title.js";
import { NO_PLACES, type PlaceIndex } from "./places.js";
import { parseTenure, parseTitleKind, titleForTenure, type TitleKind } from "./role-rules.js";
import type { Tenure } from "../model/mentions.js";

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

/**
 * An entity as a batch of documents writes it (MERGE_ENTITIES): what its documents' rows say, in
 * document order (the first row's name and type for a new node, the first wikidata id given,
 * every label and alias), and the count of its mentions in each document.
 */
export interface EntityBatchRow {
  id: string;
  name: string;
  type: string;
  types: string[];
  wikidata: string | null;
  aliases: string[];
  mentions: Array<{ document: string; count: number }>;
}

/** The entity rows of documents loaded together, one per entity, sorted by id (entities are locked in that order). */
export function entityRowsOfBatch(plans: readonly Pick<DocumentPlan, "document" | "entities">[]): EntityBatchRow[] {
  const rows = new Map<string, EntityBatchRow>();
  for (const plan of plans) {
    for (const entity of plan.entities) {
      const mention = { document: plan.document.id, count: entity.mentionCount };
      const row = rows.get(entity.id);
      if (row === undefined) {
        rows.set(entity.id, {
          id: entity.id,
          name: entity.name,
          type: entity.type,
          types: [entity.type],
          wikidata: entity.wikidata,
          aliases: [...entity.aliases],
          mentions: [mention],
        });
        continue;
      }
      if (!row.types.includes(entity.type)) row.types.push(entity.type);
      row.wikidata ??= entity.wikidata;
      for (const alias of entity.aliases) if (!row.aliases.includes(alias)) row.aliases.push(alias);
      row.mentions.push(mention);
    }
  }
  return [...rows.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One document's part of a fact relationship written for a batch: its quotes, and for a role the date it claims. */
export interface Contribution {
  document: string;
  evidence: string[];
  asOf: IsoDate | null;
}

/**
 * A fact relationship as a batch of documents writes it (mergeFacts): the properties of its rows
 * (a later document's value of a key over an earlier one's) and each document's contribution to
 * its provenance, sorted by document.
 */
export interface FactBatchRow {
  type: string;
  from: string;
  to: string;
  properties: Record<string, PropertyValue>;
  contributions: Contribution[];
}

/**
 * A role as a batch of documents writes it (MERGE_ROLES): its documents' verbatim titles, the
 * first title kind other than "other" (else "other"), and each document's contribution.
 */
export interface RoleBatchRow {
  person: string;
  target: string;
  title: string;
  titleKind: TitleKind;
  tenure: Tenure;
  titleTexts: string[];
  contributions: Contribution[];
}

/**
 * Adds a document's quotes (and date) to a contribution list: a document twice (rows of one
 * relationship from one document) counts once, with its first date and its quotes not given yet.
 */
function contribute(contributions: Contribution[], document: string, evidence: readonly string[], asOf: IsoDate | null): void {
  const known = contributions.find((contribution) => contribution.document === document);
  if (known === undefined) contributions.push({ document, evidence: [...evidence], asOf });
  else known.evidence.push(...evidence.filter((quote) => !known.evidence.includes(quote)));
}

const byDocument = (a: Contribution, b: Contribution): number => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0);

/** The fact rows of documents loaded together, one per relationship, in the order they first come. */
export function factRowsOfBatch(plans: readonly Pick<DocumentPlan, "document" | "relations">[]): FactBatchRow[] {
  const rows = new Map<string, FactBatchRow>();
  for (const plan of plans) {
    for (const fact of plan.relations) {
      const key = JSON.stringify([fact.type, fact.from, fact.to]);
      let row = rows.get(key);
      if (row === undefined) {
        row = { type: fact.type, from: fact.from, to: fact.to, properties: {}, contributions: [] };
        rows.set(key, row);
      }
      Object.assign(row.properties, fact.properties);
      contribute(row.contributions, plan.document.id, fact.evidence, null);
    }
  }
  for (const row of rows.values()) row.contributions.sort(byDocument);
  return [...rows.values()];
}

/** The role rows of documents loaded together, one per (person, target, title), in the order they first come. */
export function roleRowsOfBatch(plans: readonly Pick<DocumentPlan, "document" | "roles">[]): RoleBatchRow[] {
  const rows = new Map<string, RoleBatchRow>();
  for (const plan of plans) {
    for (const role of plan.roles) {
      const key = JSON.stringify([role.person, role.target, role.title]);
      let row = rows.get(key);
      if (row === undefined) {
        row = {
          person: role.person,
          target: role.target,
          title: role.title,
          titleKind: role.titleKind,
          tenure: role.tenure,
          titleTexts: [],
          contributions: [],
        };
        rows.set(key, row);
      }
      if (row.titleKind === "other") row.titleKind = role.titleKind;
      if (!row.titleTexts.includes(role.titleText)) row.titleTexts.push(role.titleText);
      contribute(row.contributions, plan.document.id, role.evidence, role.asOf);
    }
  }
  for (const row of rows.values()) row.contributions.sort(byDocument);
  return [...rows.values()];
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
  /** The office's title, qualified when not held now (titleForTenure): one relationship per tenure. */
  title: string;
  titleText: string;
  titleKind: TitleKind;
  tenure: Tenure;
  asOf: IsoDate | null;
  evidence: string[];
}

export interface DocumentPlan {
  document: DocumentRow;
  entities: EntityRow[];
  /** The document's event reports, one per event it tells; event-plan.ts decides which events they join. */
  reports: EventReport[];
  /** Names and types of the document's entities (for event titles). */
  names: Map<string, NamedEntity>;
  /** (Entity)-[:TYPE]->(Entity) for every relation but HOLDS_ROLE */
  relations: FactRow[];
  roles: RoleRow[];
  /** Ids of the persons whose roles this document touches (conflicts are recomputed for them). */
  persons: string[];
  /** What was left out and why (references to entities the document does not define, …). */
  warnings: string[];
}

export function planDocument(extraction: DocumentExtraction, places: PlaceIndex = NO_PLACES): DocumentPlan {
  const { document } = extraction;
  const warnings: string[] = [];
  const entityIds = new Set(extraction.entities.map((entity) => entity.id));
  const defined = (id: string, what: string): boolean => {
    if (entityIds.has(id)) return true;
    warnings.push(`${what} refers to ${id}, which the document does not define`);
    return false;
  };

  const reports = documentReports(extraction, defined, places);
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
    reports,
    names: new Map(extraction.entities.map((entity) => [entity.id, { name: entity.name, type: entity.type }])),
    relations: [...relations.values()],
    roles: mergedRoles,
    persons: unique(mergedRoles.map((role) => role.person)),
    warnings,
  };
}

/**
 * The document's event mentions, folded into one report per event it tells: mentions that the
 * identity rules put together (within one document, see resolveEvents), with their participants,
 * places, topics and quotes joined.
 */
function documentReports(
  extraction: DocumentExtraction,
  defined: (id: string, what: string) => boolean,
  places: PlaceIndex,
): EventReport[] {
  const { id: document, published = null } = extraction.document;
  const mentions: EventReport[] = extraction.events.map((event) => {
    const place = event.place ?? null;
    return {
      document,
      published,
      type: event.type,
      status: event.status,
      date: event.date,
      endDate: event.endDate ?? null,
      participants: sortedUnique(event.participants.filter((id) => defined(id, `${event.type} ${event.id}`))),
      places: place !== null && defined(place, `${event.type} ${event.id} place`) ? [place] : [],
      topics: sortedUnique((event.topics ?? []).filter((id) => defined(id, `${event.type} ${event.id} topic`))),
      cameo: event.cameo ?? null,
      evidence: quotes(event.evidence),
    };
  });
  const order = new Map(mentions.map((mention, index) => [mention, index]));
  const folded = resolveEvents(mentions, places, { sameDocument: true }).events.map((group) =>
    foldMentions(group, (mention) => order.get(mention) ?? 0),
  );
  // Two mentions alike in every respect (no participants to tell them apart) are one report.
  const byContent = new Map(folded.map((report) => [JSON.stringify(report), report]));
  return [...byContent.values()];
}

const STATUS_STRENGTH: Record<EventStatus, number> = { planned: 0, cancelled: 1, occurred: 2 };

/**
 * One report from a document's mentions of one event (given in canonical order): the strongest
 * status said (occurred, then cancelled, then planned), the date of the first mention that says
 * it (the most precise), every participant, place, topic and quote (quotes in the text's order).
 */
function foldMentions(mentions: readonly EventReport[], position: (mention: EventReport) => number): EventReport {
  const [first] = mentions;
  if (!first) throw new Error("entente/store: an event without mentions");
  const status = mentions.reduce(
    (best, mention) => (STATUS_STRENGTH[mention.status] > STATUS_STRENGTH[best] ? mention.status : best),
    first.status,
  );
  const dated =
    mentions.find((mention) => mention.status === status && mention.date !== null) ?? mentions.find((mention) => mention.date !== null);
  const inText = [...mentions].sort((a, b) => position(a) - position(b));
  return {
    document: first.document,
    published: first.published,
    type: first.type,
    status,
    date: dated?.date ?? null,
    endDate: dated?.endDate ?? null,
    participants: sortedUnique(mentions.flatMap((mention) => mention.participants)),
    places: sortedUnique(mentions.flatMap((mention) => mention.places)),
    topics: sortedUnique(mentions.flatMap((mention) => mention.topics)),
    cameo:
      (
        mentions.find((mention) => mention.status === status && mention.cameo !== null) ??
        mentions.find((mention) => mention.cameo !== null)
      )?.cameo ?? null,
    evidence: unique(inText.flatMap((mention) => mention.evidence)),
  };
}

/** Hashes already computed: a load asks for a document's hash when it checks the graph, in its transaction and in its plan. */
const hashes = new WeakMap<DocumentExtraction, string>();

/**
 * sha256 of the extraction's JSON: tells an unchanged document from one the extractor now reads
 * differently. Computed once per extraction object (extractions are not changed once made).
 */
export function extractionHash(extraction: DocumentExtraction): string {
  let hash = hashes.get(extraction);
  if (hash === undefined) {
    hash = createHash("sha256").update(JSON.stringify(extraction)).digest("hex");
    hashes.set(extraction, hash);
  }
  return hash;
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
  const tenure = parseTenure(properties.tenure, properties.former);
  return {
    person: relation.source,
    target: relation.target,
    title: titleForTenure(normalizeTitle(rawTitle), tenure),
    titleText: titleText ?? normalizeTitle(rawTitle),
    titleKind: parseTitleKind(properties.titleKind),
    tenure,
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

function sortedUnique(values: readonly string[]): string[] {
  return unique(values).sort();
}
