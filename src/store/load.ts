/**
 * Loads extractions into Neo4j. Schema first; then, per document, one managed write transaction
 * that looks up the events already in the graph, plans the rows (plan.ts, pure) and writes them
 * with batched `UNWIND $rows … MERGE` statements, then recomputes the conflicts of the persons
 * the document touches. A document goes in whole or not at all; loading it again changes nothing.
 */
import type { Integer, ManagedTransaction, QueryResult } from "neo4j-driver";
import { z } from "zod";
import type { DocumentExtraction, EventStatus } from "../model/extraction.js";
import type { ReadFailure } from "../model/document.js";
import { readTransaction, writeTransaction, type Neo4jConnection } from "../neo4j/connection.js";
import { syncRoleConflicts } from "./conflicts.js";
import { eventProbes, extractionHash, planDocument, type DocumentPlan, type FactRow, type KnownEvent } from "./plan.js";
import { ensureSchema } from "./schema.js";
import {
  FIND_CANDIDATE_EVENTS,
  GRAPH_COUNTS,
  MERGE_DOCUMENT,
  MERGE_ENTITIES,
  MERGE_EVENTS,
  MERGE_ROLES,
  RETRACT_DOCUMENT,
  STORED_DOCUMENT,
  WRITE_DOCUMENT,
  mergeFacts,
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
}

export async function loadExtractions(
  conn: Neo4jConnection,
  extractions: Iterable<DocumentExtraction> | AsyncIterable<DocumentExtraction>,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = performance.now();
  await ensureSchema(conn);
  const loader = new DocumentLoader(conn, options.onDocument);
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

  constructor(
    private readonly conn: Neo4jConnection,
    private readonly onDocument?: (outcome: DocumentOutcome) => void,
  ) {}

  async load(extraction: DocumentExtraction): Promise<DocumentOutcome> {
    const { id, source } = extraction.document;
    let outcome: DocumentOutcome;
    try {
      const { plan, unchanged, relationshipsCreated } = await writeTransaction(this.conn, (tx) => writeDocument(tx, extraction));
      outcome = { ok: true, document: id, source, unchanged, relationshipsCreated, warnings: plan.warnings };
      this.loaded += 1;
      if (unchanged) this.unchanged += 1;
      this.relationshipsCreated += relationshipsCreated;
      this.warnings.push(...plan.warnings.map((warning) => `${source}: ${warning}`));
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
 * Loaded from another extraction (the extractor changed): its old contribution is taken back first.
 */
async function writeDocument(
  tx: ManagedTransaction,
  extraction: DocumentExtraction,
): Promise<{ plan: DocumentPlan; unchanged: boolean; relationshipsCreated: number }> {
  const document = extraction.document.id;
  const [stored] = (await tx.run(STORED_DOCUMENT, { document })).records;
  if (stored && stored.get("extractionHash") === extractionHash(extraction)) {
    return { plan: planDocument(extraction), unchanged: true, relationshipsCreated: 0 };
  }
  let retractedPersons: string[] = [];
  if (stored) {
    const [retracted] = (await tx.run(RETRACT_DOCUMENT, { document })).records;
    retractedPersons = z.array(z.string()).parse(retracted?.get("persons") ?? []);
  }
  const known = await findCandidateEvents(tx, extraction);
  const plan = planDocument(extraction, known);
  const lists = {
    entities: plan.entities,
    events: plan.events,
    participations: plan.participations,
    eventLinks: plan.eventLinks,
    roles: plan.roles,
    relations: plan.relations satisfies FactRow[],
  };
  let created = 0;
  if (Object.values(lists).every((rows) => rows.length <= BATCH_SIZE)) {
    // The usual case: the whole document in one statement, one round trip.
    created += relationshipsCreated(await tx.run(WRITE_DOCUMENT, { row: plan.document, document, ...lists }));
  } else {
    // A very large document: one statement per kind of row, in batches, in the order references need.
    const run = async (statement: string, rows: readonly object[]): Promise<void> => {
      for (let start = 0; start < rows.length; start += BATCH_SIZE) {
        created += relationshipsCreated(await tx.run(statement, { document, rows: rows.slice(start, start + BATCH_SIZE) }));
      }
    };
    await tx.run(MERGE_DOCUMENT, { row: plan.document });
    await run(MERGE_ENTITIES, lists.entities);
    await run(MERGE_EVENTS, lists.events);
    await run(mergeFacts("Entity", "Event"), lists.participations);
    await run(mergeFacts("Event", "Entity"), lists.eventLinks);
    await run(MERGE_ROLES, lists.roles);
    await run(mergeFacts("Entity", "Entity"), lists.relations);
  }
  await syncRoleConflicts(tx, [...new Set([...plan.persons, ...retractedPersons])]);
  return { plan, unchanged: false, relationshipsCreated: created };
}

async function findCandidateEvents(tx: ManagedTransaction, extraction: DocumentExtraction): Promise<KnownEvent[]> {
  const probes = eventProbes(extraction);
  if (probes.length === 0) return [];
  const result = await tx.run(FIND_CANDIDATE_EVENTS, { probes });
  return result.records.map((record) => ({
    id: String(record.get("id")),
    type: String(record.get("type")),
    date: nullableString(record.get("date")),
    status: eventStatus(record.get("status")),
    participants: z.array(z.string()).parse(record.get("participants")),
  }));
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

function eventStatus(value: unknown): EventStatus {
  return value === "planned" || value === "cancelled" ? value : "occurred";
}

function nullableString(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.trim() ?? message;
}
