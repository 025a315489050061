/**
 * Loads extractions into Neo4j, many documents per transaction. For a batch: the documents already
 * in the graph from the same extraction are skipped (one query for the batch); in one managed write
 * transaction, documents the extractor now reads differently are taken back, the documents and
 * their entities are written (which locks the entities), the stored events the batch's reports can
 * reach through compatible reports are gathered (event-region.ts) with their participants locked,
 * identity is resolved for the batch and that region together in memory (event-plan.ts, pure: the
 * events a one-by-one load in any order gives), every kind of row is written with
 * `UNWIND $rows … MERGE` a few thousand rows at a time (the statements pipelined: sent one after
 * the other without waiting for their answers), and the role conflicts of the persons the batch
 * touched are recomputed once. The next batch is checked and planned while one is written
 * (BatchPipeline); the check is made again inside its transaction.
 *
 * A document still goes in whole or not at all: when a batch fails, its documents are loaded one
 * by one, so that only the one Neo4j refuses is rejected and named; a batch more than Neo4j lets
 * one transaction hold (db.memory.transaction.max: the provenance lists of facts a large archive
 * repeats grow with it) is split in halves until each part fits. Loading again changes nothing.
 * When Neo4j is unreachable or fails as a whole (after the driver's retries), nothing is called
 * refused: the load stops with LoadInterrupted, naming the documents of the batch not written.
 * Two loads at once give the graph one load gives: a transaction gathers events only while it holds
 * the locks of their participants, so the second waits for the first's events and finds them.
 */
import type { Integer, QueryResult } from "neo4j-driver";
import { z } from "zod";
import { EventStatus, IsoDate, type DocumentExtraction } from "../model/extraction.js";
import type { ReadFailure } from "../model/document.js";
import { defaultKnowledgeBase } from "../kb/load.js";
import { readTransaction, writeTransaction, type Neo4jConnection, type QueryRunner } from "../neo4j/connection.js";
import { isNeo4jUnavailable, isTransactionTooLarge, unavailableReason } from "../neo4j/errors.js";
import { syncRoleConflicts } from "./conflicts.js";
import { planEvents, type EventPlan, type StoredEvent } from "./event-plan.js";
import { gatherRegion, type StoredRegion } from "./event-region.js";
import type { ReportSignature } from "./event-report.js";
import type { NamedEntity } from "./event-title.js";
import { placeIndexFromKb, type PlaceIndex } from "./places.js";
import { entityRowsOfBatch, extractionHash, factRowsOfBatch, planDocument, roleRowsOfBatch, type DocumentPlan } from "./plan.js";
import { ensureSchema } from "./schema.js";
import {
  DELETE_EVENTS,
  DOCUMENT_EVENTS,
  FIND_EVENTS,
  GRAPH_COUNTS,
  LOCK_ENTITIES,
  MERGE_DOCUMENTS,
  MERGE_DATE_CONFLICTS,
  MERGE_ENTITIES,
  MERGE_EVENTS,
  MERGE_REPORTS,
  MERGE_ROLES,
  RETRACT_DOCUMENT,
  LOCK_DOCUMENTS,
  STORED_DOCUMENTS,
  mergeFacts,
  setEventFacts,
} from "./statements.js";

/** Rows per UNWIND statement (measured: bench/load.ts; larger lists gain little and hold more memory in Neo4j). */
export const BATCH_SIZE = 2_000;

/** Documents per write transaction by default (ingestPaths and loadExtractions). */
export const DOCUMENTS_PER_BATCH = 200;

export interface GraphCounts {
  documents: number;
  entities: number;
  events: number;
  relations: number;
  conflicts: number;
}

/** What happened to one document. */
export type DocumentOutcome =
  | { ok: true; document: string; source: string; unchanged: boolean; warnings: string[] }
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

/** Neo4j stopped answering, or failed as a whole (a full disk), while writing these documents: none of them was written. */
export class LoadInterrupted extends Error {
  constructor(
    readonly sources: readonly string[],
    readonly reason: string,
  ) {
    super(`Neo4j stopped answering (${reason})`);
    this.name = "LoadInterrupted";
  }
}

export interface LoadOptions {
  onDocument?: (outcome: DocumentOutcome) => void;
  /** Which place lies in which country, for event identity; default: the project's knowledge base. */
  places?: PlaceIndex;
  /** Documents per write transaction (default DOCUMENTS_PER_BATCH). */
  batchDocuments?: number;
}

export async function loadExtractions(
  conn: Neo4jConnection,
  extractions: Iterable<DocumentExtraction> | AsyncIterable<DocumentExtraction>,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = performance.now();
  const size = Math.max(1, options.batchDocuments ?? DOCUMENTS_PER_BATCH);
  await ensureSchema(conn);
  const loader = new DocumentLoader(conn, options.onDocument, options.places);
  const pipeline = new BatchPipeline(loader);
  let batch: DocumentExtraction[] = [];
  for await (const extraction of extractions) {
    batch.push(extraction);
    if (batch.length >= size) {
      await pipeline.push(batch);
      batch = [];
    }
  }
  await pipeline.push(batch);
  await pipeline.finish();
  return loader.summary(started);
}

/**
 * Batches written one after the other, each checked against the graph and planned while the one
 * before is being written (Neo4j writes and commits while this process plans: the planning is off
 * the critical path). Each batch's outcome is what loading it alone then gives: the check is done
 * again inside the write's transaction, so a document the batch before wrote meanwhile is still
 * found. At most one batch waits planned while one is written.
 */
export class BatchPipeline {
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly loader: DocumentLoader) {}

  /** Starts checking and planning `extractions` now; resolves once the batch before is written (its error, if any, is thrown here). */
  async push(extractions: readonly DocumentExtraction[], onWritten?: (outcomes: DocumentOutcome[]) => void): Promise<void> {
    const prepared = this.loader.prepare(extractions);
    prepared.catch(() => undefined); // awaited below, once the batch before is written
    await this.writing;
    const writing = this.loader.write(await prepared).then((outcomes) => onWritten?.(outcomes));
    writing.catch(() => undefined); // thrown by the next push or by finish
    this.writing = writing;
  }

  /** Resolves once every batch pushed is written. */
  async finish(): Promise<void> {
    await this.writing;
  }
}

/** Loads batches of documents and keeps the tally; shared by loadExtractions and ingestPaths. */
export class DocumentLoader {
  private loaded = 0;
  private unchanged = 0;
  private relationshipsCreated = 0;
  private readonly rejected: ReadFailure[] = [];
  private readonly warnings: string[] = [];

  private readonly places: PlaceIndex;
  private readonly plans = new WeakMap<DocumentExtraction, DocumentPlan>();

  constructor(
    private readonly conn: Neo4jConnection,
    private readonly onDocument?: (outcome: DocumentOutcome) => void,
    places?: PlaceIndex,
  ) {
    this.places = places ?? placeIndexFromKb(defaultKnowledgeBase());
  }

  /**
   * A batch checked against the graph: those of its documents already there from the same
   * extraction are found with one query and will be skipped (a resumed run costs one round trip
   * per batch), the others planned. Nothing is written or recorded yet, so this may run while
   * another batch is being written; write() then writes it.
   */
  async prepare(extractions: readonly DocumentExtraction[]): Promise<PreparedBatch> {
    if (extractions.length === 0) return { unchanged: new Set(), extractions: [] };
    let stored: Map<string, string>;
    try {
      stored = await storedExtractionHashes(
        this.conn,
        extractions.map((extraction) => extraction.document.id),
      );
    } catch (error) {
      throw interruption(error, extractions);
    }
    // Hashing and planning yield to the event loop every few documents: while a batch is being
    // written, its answers are handled between them and Neo4j is not kept waiting for this one.
    const unchanged = new Set<DocumentExtraction>();
    for (const [d, extraction] of extractions.entries()) {
      if (d > 0 && d % DOCUMENTS_PER_YIELD === 0) await nextTurn();
      if (stored.get(extraction.document.id) === extractionHash(extraction)) unchanged.add(extraction);
      else this.planOf(extraction);
    }
    return { unchanged, extractions };
  }

  /** Writes a prepared batch: the unchanged documents are recorded, the others written in one transaction or more. */
  async write(prepared: PreparedBatch): Promise<DocumentOutcome[]> {
    const outcomes: DocumentOutcome[] = [];
    const changed: DocumentExtraction[] = [];
    for (const extraction of prepared.extractions) {
      if (prepared.unchanged.has(extraction)) outcomes.push(this.record(unchangedOutcome(extraction)));
      else changed.push(extraction);
    }
    const segments = distinctSegments(changed);
    for (const [s, segment] of segments.entries()) outcomes.push(...(await this.writeSegment(segment, segments.slice(s + 1).flat())));
    return outcomes;
  }

  /** A document's plan, made once (prepare makes it ahead; a retried or split transaction reuses it). */
  private readonly planOf = (extraction: DocumentExtraction): DocumentPlan => {
    let plan = this.plans.get(extraction);
    if (plan === undefined) {
      plan = planDocument(extraction, this.places);
      this.plans.set(extraction, plan);
    }
    return plan;
  };

  /**
   * Documents with distinct ids in one transaction. When it is more than Neo4j lets one transaction
   * hold (db.memory.transaction.max), each half in its own, and so on down to one document; when
   * Neo4j refuses it, each document on its own, so that only the one refused is named. `later`:
   * the documents after these, named with them when Neo4j stops answering.
   */
  private async writeSegment(segment: readonly DocumentExtraction[], later: readonly DocumentExtraction[]): Promise<DocumentOutcome[]> {
    let written: BatchResult;
    try {
      written = await writeTransaction(this.conn, (tx) => writeBatch(tx, segment, this.places, this.planOf));
    } catch (error) {
      if (isTransactionTooLarge(error) && segment.length > 1) {
        const half = Math.ceil(segment.length / 2);
        const first = await this.writeSegment(segment.slice(0, half), [...segment.slice(half), ...later]);
        return [...first, ...(await this.writeSegment(segment.slice(half), later))];
      }
      if (isNeo4jUnavailable(error) && !isTransactionTooLarge(error)) throw interruption(error, [...segment, ...later]);
      // Find the document Neo4j refuses: each on its own, all of it or nothing of it.
      const outcomes: DocumentOutcome[] = [];
      for (const [d, extraction] of segment.entries()) {
        try {
          outcomes.push(await this.loadOne(extraction));
        } catch (inner) {
          throw isNeo4jUnavailable(inner) ? interruption(inner, [...segment.slice(d), ...later]) : inner;
        }
      }
      return outcomes;
    }
    this.relationshipsCreated += written.relationshipsCreated;
    return written.outcomes.map((outcome) => this.record(outcome));
  }

  /**
   * One document in its own transaction; Neo4j unavailable is thrown, not a refusal of the document.
   * A document too large for one of Neo4j's transactions is refused, with the setting to raise.
   */
  async loadOne(extraction: DocumentExtraction): Promise<DocumentOutcome> {
    const { id, source } = extraction.document;
    try {
      const written = await writeTransaction(this.conn, (tx) => writeBatch(tx, [extraction], this.places, this.planOf));
      this.relationshipsCreated += written.relationshipsCreated;
      return this.record(written.outcomes[0] ?? unchangedOutcome(extraction));
    } catch (error) {
      if (isNeo4jUnavailable(error) && !isTransactionTooLarge(error)) throw error;
      const reason = isTransactionTooLarge(error)
        ? `too large for one Neo4j transaction (db.memory.transaction.max), nothing of it was written: ${oneLine(error)}`
        : `Neo4j refused the document, nothing of it was written: ${oneLine(error)}`;
      return this.record({ ok: false, document: id, source, reason });
    }
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

  private record(outcome: DocumentOutcome): DocumentOutcome {
    if (outcome.ok) {
      this.loaded += 1;
      if (outcome.unchanged) this.unchanged += 1;
      this.warnings.push(...outcome.warnings.map((warning) => `${outcome.source}: ${warning}`));
    } else this.rejected.push({ source: outcome.source, reason: outcome.reason });
    this.onDocument?.(outcome);
    return outcome;
  }
}

/** The load stops: Neo4j is gone, and these documents were not written. */
function interruption(error: unknown, unwritten: readonly DocumentExtraction[]): unknown {
  if (!isNeo4jUnavailable(error)) return error;
  return new LoadInterrupted(
    unwritten.map((extraction) => extraction.document.source),
    unavailableReason(error),
  );
}

function unchangedOutcome(extraction: DocumentExtraction): DocumentOutcome {
  const { id, source } = extraction.document;
  return { ok: true, document: id, source, unchanged: true, warnings: [] };
}

/**
 * The documents cut into runs in which no id comes twice (the same article read from two files):
 * the second of two must see the first in the graph, as a one-by-one load would.
 */
function distinctSegments(extractions: readonly DocumentExtraction[]): DocumentExtraction[][] {
  const segments: DocumentExtraction[][] = [];
  let current: DocumentExtraction[] = [];
  let ids = new Set<string>();
  for (const extraction of extractions) {
    if (ids.has(extraction.document.id)) {
      segments.push(current);
      current = [];
      ids = new Set();
    }
    current.push(extraction);
    ids.add(extraction.document.id);
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

/** Documents hashed and planned between two turns of the event loop when a batch is prepared. */
const DOCUMENTS_PER_YIELD = 8;

/** Resolves after the I/O callbacks waiting now have run. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A batch checked against the graph: the documents loaded from the same extraction are left out of the write. */
export interface PreparedBatch {
  unchanged: ReadonlySet<DocumentExtraction>;
  extractions: readonly DocumentExtraction[];
}

interface BatchResult {
  outcomes: DocumentOutcome[];
  relationshipsCreated: number;
}

/**
 * Documents with distinct ids inside one transaction. Locked and looked at again here (another ingest
 * may have loaded one meanwhile, or be loading it now: then this waits for it): the same extraction
 * is skipped, another one is taken back first, and the events it reported are resolved again without it.
 */
async function writeBatch(
  tx: QueryRunner,
  extractions: readonly DocumentExtraction[],
  places: PlaceIndex,
  planOf: (extraction: DocumentExtraction) => DocumentPlan,
): Promise<BatchResult> {
  // Locked first: a concurrent ingest of the same document waits here, then sees it written.
  const documents = [...new Set(extractions.map((extraction) => extraction.document.id))].sort();
  const stored = new Map(
    (await tx.run(LOCK_DOCUMENTS, { documents })).records
      .filter((record) => record.get("extractionHash") !== null)
      .map((record) => [String(record.get("id")), String(record.get("extractionHash"))]),
  );
  const outcomes: DocumentOutcome[] = [];
  const pending: DocumentExtraction[] = [];
  const retractedPersons: string[] = [];
  const retractedEvents: StoredEvent[] = [];
  for (const extraction of extractions) {
    const hash = stored.get(extraction.document.id);
    if (hash === extractionHash(extraction)) {
      outcomes.push(unchangedOutcome(extraction));
      continue;
    }
    if (hash !== undefined) {
      const document = extraction.document.id;
      retractedEvents.push(...readEvents(await tx.run(DOCUMENT_EVENTS, { document })).events);
      const [retracted] = (await tx.run(RETRACT_DOCUMENT, { document })).records;
      retractedPersons.push(...z.array(z.string()).parse(retracted?.get("persons") ?? []));
    }
    pending.push(extraction);
  }
  if (pending.length === 0) return { outcomes, relationshipsCreated: 0 };

  // Statements are sent without waiting for the one before (Bolt pipelines them; Neo4j runs them in
  // order, in this transaction): Neo4j works on one while this process encodes the next, and the
  // outcome is the same. Each is awaited before anything that reads what they wrote is used.
  const sent: Array<Promise<number>> = [];
  const send = (statement: string, rows: readonly unknown[]): void => {
    for (let start = 0; start < rows.length; start += BATCH_SIZE) {
      const result = Promise.resolve(tx.run(statement, { rows: rows.slice(start, start + BATCH_SIZE) })).then(relationshipsCreated);
      result.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
      sent.push(result);
    }
  };
  /** One statement per relationship type (types sorted, each type's rows in their order). */
  const sendByType = (statement: (type: string) => string, rows: ReadonlyArray<{ type: string }>): void => {
    const byType = new Map<string, Array<{ type: string }>>();
    for (const row of rows) {
      const typed = byType.get(row.type);
      if (typed) typed.push(row);
      else byType.set(row.type, [row]);
    }
    for (const type of [...byType.keys()].sort()) send(statement(type), byType.get(type) ?? []);
  };
  // Documents and entities first: entity rows do not depend on event identity, and writing them locks the entities.
  const plans = pending.map(planOf);
  send(
    MERGE_DOCUMENTS,
    plans.map((plan) => plan.document),
  );
  send(MERGE_ENTITIES, entityRowsOfBatch(plans));
  // A statement after one that failed fails with that one's error (the driver's), so what is awaited
  // next, here the region's lookups, throws the reason Neo4j gave.
  const reports = plans.flatMap((plan) => plan.reports);
  const region = await lockedRegion(tx, [...reports, ...retractedEvents.flatMap((event) => event.reports)], places);
  const events = planEvents({
    batch: reports,
    stored: region.events,
    dirty: new Set(retractedEvents.map((event) => event.id)),
    // The graph's names for entities it has (what their nodes show), the documents' for new ones.
    names: new Map([...plans.flatMap((plan) => [...plan.names]), ...region.names]),
    places,
  });
  send(DELETE_EVENTS, events.deleted);
  send(MERGE_EVENTS, events.events);
  send(MERGE_REPORTS, events.reports);
  sendByType((type) => setEventFacts("Entity", "Event", type), events.participations);
  sendByType((type) => setEventFacts("Event", "Entity", type), events.links);
  send(MERGE_DATE_CONFLICTS, events.conflicts);
  send(MERGE_ROLES, roleRowsOfBatch(plans));
  sendByType((type) => mergeFacts("Entity", "Entity", type), factRowsOfBatch(plans));
  const created = (await Promise.all(sent)).reduce((sum, count) => sum + count, 0);
  await syncRoleConflicts(tx, [...new Set([...plans.flatMap((plan) => plan.persons), ...retractedPersons])]);
  const eventWarnings = warningsByDocument(events, plans);
  for (const plan of plans) {
    const warnings = [...plan.warnings, ...(eventWarnings.get(plan.document.id) ?? [])];
    outcomes.push({ ok: true, document: plan.document.id, source: plan.document.source, unchanged: false, warnings });
  }
  return { outcomes, relationshipsCreated: created };
}

/**
 * The region of stored events the reports reach (event-region.ts), read while this transaction
 * holds the write locks of every participant of the reports and of those events: whoever else
 * changes one of them waits for this transaction, or this one for theirs, and then reads again.
 */
async function lockedRegion(tx: QueryRunner, reports: readonly ReportSignature[], places: PlaceIndex): Promise<StoredRegion> {
  const locked = new Set<string>();
  let wanted = new Set(reports.flatMap((report) => report.participants));
  for (;;) {
    const missing = [...wanted].filter((id) => !locked.has(id)).sort();
    if (missing.length > 0) await tx.run(LOCK_ENTITIES, { ids: missing });
    for (const id of missing) locked.add(id);
    const region = await gatherRegion(reports, places, async (probes, exclude) =>
      readEvents(await tx.run(FIND_EVENTS, { probes, exclude })),
    );
    wanted = new Set(region.events.flatMap((event) => event.reports.flatMap((report) => report.participants)));
    if ([...wanted].every((id) => locked.has(id))) return region;
  }
}

/** An ambiguous report's warning goes to its document's outcome; one about a stored report, to the batch's first document. */
function warningsByDocument(events: EventPlan, plans: readonly DocumentPlan[]): Map<string, string[]> {
  const byDocument = new Map<string, string[]>();
  const inBatch = new Set(plans.map((plan) => plan.document.id));
  const fallback = plans[0]?.document.id ?? "";
  for (const { document, text } of events.warnings) {
    const owner = inBatch.has(document) ? document : fallback;
    byDocument.set(owner, [...(byDocument.get(owner) ?? []), text]);
  }
  return byDocument;
}

/** The extraction hash each of these documents was loaded from, for those in the graph. */
async function storedExtractionHashes(conn: Neo4jConnection, documents: readonly string[]): Promise<Map<string, string>> {
  if (documents.length === 0) return new Map();
  return readTransaction(conn, async (tx) => {
    const result = await tx.run(STORED_DOCUMENTS, { documents });
    return new Map(result.records.map((record) => [String(record.get("id")), String(record.get("extractionHash"))]));
  });
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

async function graphCounts(conn: Neo4jConnection): Promise<GraphCounts> {
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
