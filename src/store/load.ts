/**
 * Loads extractions into Neo4j. Schema first; then, per document, one managed write transaction
 * that plans the document's rows (plan.ts, pure), reads the stored events its reports could join
 * (the closed region event-region.ts describes), resolves them together (event-plan.ts, pure),
 * writes everything with batched `UNWIND $rows … MERGE` statements, then recomputes the role
 * conflicts of the persons the document touches. A document goes in whole or not at all; loading
 * it again changes nothing.
 */
import type { Integer, ManagedTransaction, QueryResult } from "neo4j-driver";
import { z } from "zod";
import { EventStatus, IsoDate, type DocumentExtraction } from "../model/extraction.js";
import type { ReadFailure } from "../model/document.js";
import { defaultKnowledgeBase } from "../kb/load.js";
import { readTransaction, writeTransaction, type Neo4jConnection } from "../neo4j/connection.js";
import { syncRoleConflicts } from "./conflicts.js";
import { planEvents, type StoredEvent } from "./event-plan.js";
import { gatherRegion, type StoredRegion } from "./event-region.js";
import type { NamedEntity } from "./event-title.js";
import { placeIndexFromKb, type PlaceIndex } from "./places.js";
import { extractionHash, planDocument, type FactRow } from "./plan.js";
import { ensureSchema } from "./schema.js";
import {
  DELETE_EVENTS,
  DOCUMENT_EVENTS,
  FIND_EVENTS,
  GRAPH_COUNTS,
  MERGE_DATE_CONFLICTS,
  MERGE_DOCUMENT,
  MERGE_ENTITIES,
  MERGE_EVENTS,
  MERGE_REPORTS,
  MERGE_ROLES,
  RETRACT_DOCUMENT,
  STORED_DOCUMENT,
  WRITE_DOCUMENT,
  mergeFacts,
  setEventFacts,
} from "./statements.js";

/** Rows per UNWIND list: a document with more rows of one kind is written in several statements. */
export const BATCH_SIZE = 500;

export interface GraphCounts {
  documents: number;
  entities: number;
  events: number;
  relations: number;
  conflicts: number;
}

/** What happened to one document. */
export type DocumentOutcome =
  | { ok: true; document: string; source: string; unchanged: boolean; relationshipsCreated: number; warnings: string[] }
  | { ok: false; document: string; source: string; reason: string };

export interface LoadSummary extends GraphCounts {
  /** Documents that went in (already-loaded ones included). */
  loaded: number;
  /** Of those, documents already in the graph from the same extraction: nothing was written. */
  unchanged: number;
  /** Documents (or files, for ingestPaths) that did not go in, with the reason. */
  rejected: ReadFailure[];
  /** What plans left out, prefixed with the document's source. */
  warnings: string[];
  /** Relationships created in this run, and the seconds it took: the load throughput. */
  relationshipsCreated: number;
  seconds: number;
}

export interface LoadOptions {
  onDocument?: (outcome: DocumentOutcome) => void;
  /** Which place lies in which country, for event identity; default: the project's knowledge base. */
  places?: PlaceIndex;
}

export async function loadExtractions(
  conn: Neo4jConnection,
  extractions: Iterable<DocumentExtraction> | AsyncIterable<DocumentExtraction>,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = performance.now();
  await ensureSchema(conn);
  const loader = new DocumentLoader(conn, options.onDocument, options.places);
  for await (const extraction of extractions) await loader.load(extraction);
  return loader.summary(started);
}

/** Loads documents one at a time and keeps the tally; shared by loadExtractions and ingestPaths. */
export class DocumentLoader {
  private loaded = 0;
  private unchanged = 0;
  private relationshipsCreated = 0;
  private readonly rejected: ReadFailure[] = [];
  private readonly warnings: string[] = [];

  private readonly places: PlaceIndex;

  constructor(
    private readonly conn: Neo4jConnection,
    private readonly onDocument?: (outcome: DocumentOutcome) => void,
    places?: PlaceIndex,
  ) {
    this.places = places ?? placeIndexFromKb(defaultKnowledgeBase());
  }

  async load(extraction: DocumentExtraction): Promise<DocumentOutcome> {
    const { id, source } = extraction.document;
    let outcome: DocumentOutcome;
    try {
      const { warnings, unchanged, relationshipsCreated } = await writeTransaction(this.conn, (tx) =>
        writeDocument(tx, extraction, this.places),
      );
      outcome = { ok: true, document: id, source, unchanged, relationshipsCreated, warnings };
      this.loaded += 1;
      if (unchanged) this.unchanged += 1;
      this.relationshipsCreated += relationshipsCreated;
      this.warnings.push(...warnings.map((warning) => `${source}: ${warning}`));
    } catch (error) {
      const reason = `Neo4j refused the document, nothing of it was written: ${oneLine(error)}`;
      outcome = { ok: false, document: id, source, reason };
      this.rejected.push({ source, reason });
    }
    this.onDocument?.(outcome);
    return outcome;
  }

  reject(failure: ReadFailure): void {
    this.rejected.push(failure);
  }

  async summary(started: number): Promise<LoadSummary> {
    const counts = await graphCounts(this.conn);
    return {
      ...counts,
      loaded: this.loaded,
      unchanged: this.unchanged,
      rejected: [...this.rejected],
      warnings: [...this.warnings],
      relationshipsCreated: this.relationshipsCreated,
      seconds: (performance.now() - started) / 1000,
    };
  }
}

/**
 * The whole document inside one transaction. Already loaded from the same extraction: nothing to do.
 * Loaded from another extraction (the extractor changed): its old contribution is taken back first,
 * and the events it reported are resolved again without it.
 */
async function writeDocument(
  tx: ManagedTransaction,
  extraction: DocumentExtraction,
  places: PlaceIndex,
): Promise<{ warnings: string[]; unchanged: boolean; relationshipsCreated: number }> {
  const document = extraction.document.id;
  const [stored] = (await tx.run(STORED_DOCUMENT, { document })).records;
  if (stored && stored.get("extractionHash") === extractionHash(extraction)) {
    return { warnings: planDocument(extraction, places).warnings, unchanged: true, relationshipsCreated: 0 };
  }
  let retractedPersons: string[] = [];
  let retractedEvents: StoredEvent[] = [];
  if (stored) {
    retractedEvents = readEvents(await tx.run(DOCUMENT_EVENTS, { document })).events;
    const [retracted] = (await tx.run(RETRACT_DOCUMENT, { document })).records;
    retractedPersons = z.array(z.string()).parse(retracted?.get("persons") ?? []);
  }
  const plan = planDocument(extraction, places);
  // The events the document's reports (and, on a re-load, its former reports) could touch.
  const former = retractedEvents.flatMap((event) => event.reports);
  const region = await gatherRegion([...plan.reports, ...former], places, async (probes, exclude) =>
    readEvents(await tx.run(FIND_EVENTS, { probes, exclude })),
  );
  const events = planEvents({
    batch: plan.reports,
    stored: region.events,
    dirty: new Set(retractedEvents.map((event) => event.id)),
    // The graph's names for entities it has (what their nodes show), the document's for new ones.
    names: new Map([...plan.names, ...region.names]),
    places,
  });
  const lists = {
    entities: plan.entities,
    deletedEvents: events.deleted,
    events: events.events,
    reports: events.reports,
    participations: events.participations,
    eventLinks: events.links,
    dateConflicts: events.conflicts,
    roles: plan.roles,
    relations: plan.relations satisfies FactRow[],
  };
  let created = 0;
  if (Object.values(lists).every((rows) => rows.length <= BATCH_SIZE)) {
    // The usual case: the whole document in one statement, one round trip.
    created += relationshipsCreated(await tx.run(WRITE_DOCUMENT, { row: plan.document, document, ...lists }));
  } else {
    // A very large document: one statement per kind of row, in batches, in the order references need.
    const run = async (statement: string, rows: readonly unknown[]): Promise<void> => {
      for (let start = 0; start < rows.length; start += BATCH_SIZE) {
        created += relationshipsCreated(await tx.run(statement, { document, rows: rows.slice(start, start + BATCH_SIZE) }));
      }
    };
    await tx.run(MERGE_DOCUMENT, { row: plan.document });
    await run(MERGE_ENTITIES, lists.entities);
    await run(DELETE_EVENTS, lists.deletedEvents);
    await run(MERGE_EVENTS, lists.events);
    await run(MERGE_REPORTS, lists.reports);
    await run(setEventFacts("Entity", "Event"), lists.participations);
    await run(setEventFacts("Event", "Entity"), lists.eventLinks);
    await run(MERGE_DATE_CONFLICTS, lists.dateConflicts);
    await run(MERGE_ROLES, lists.roles);
    await run(mergeFacts("Entity", "Entity"), lists.relations);
  }
  await syncRoleConflicts(tx, [...new Set([...plan.persons, ...retractedPersons])]);
  return { warnings: [...plan.warnings, ...events.warnings], unchanged: false, relationshipsCreated: created };
}

/** The rows of FIND_EVENTS and DOCUMENT_EVENTS, checked at the boundary. */
const EventRecord = z.object({
  id: z.string(),
  reports: z.array(
    z.object({
      document: z.string(),
      published: IsoDate.nullable(),
      type: z.string(),
      status: EventStatus,
      date: IsoDate.nullable(),
      endDate: IsoDate.nullable(),
      cameo: z.string().nullable(),
      evidence: z.array(z.string()),
      participants: z.array(z.string()),
      places: z.array(z.string()),
      topics: z.array(z.string()),
    }),
  ),
  names: z.array(z.object({ id: z.string(), name: z.string(), type: z.string() })),
});

function readEvents(result: QueryResult): StoredRegion {
  const names = new Map<string, NamedEntity>();
  const events = result.records.map((record) => {
    const event = EventRecord.parse(record.toObject());
    for (const { id, name, type } of event.names) names.set(id, { name, type });
    return {
      id: event.id,
      reports: event.reports.map((report) => ({
        ...report,
        participants: [...new Set(report.participants)].sort(),
        places: [...new Set(report.places)].sort(),
        topics: [...new Set(report.topics)].sort(),
      })),
    };
  });
  return { events, names };
}

export async function graphCounts(conn: Neo4jConnection): Promise<GraphCounts> {
  return readTransaction(conn, async (tx) => {
    const [record] = (await tx.run<Record<keyof GraphCounts, Integer>>(GRAPH_COUNTS)).records;
    const count = (key: keyof GraphCounts): number => record?.get(key).toNumber() ?? 0;
    return {
      documents: count("documents"),
      entities: count("entities"),
      events: count("events"),
      relations: count("relations"),
      conflicts: count("conflicts"),
    };
  });
}

function relationshipsCreated(result: QueryResult): number {
  return result.summary.counters.updates().relationshipsCreated;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.trim() ?? message;
}
