/**
 * The writes that bring a region of the graph's events in line with the reports it holds: pure.
 *
 * Input: the reports of the documents being loaded (`batch`), and the events already in the graph
 * that those reports could join, each with all its reports (`stored`; the loader gathers them,
 * see event-region.ts). The whole set is resolved again (event-identity.ts), so the result is the
 * one a fresh load of every document would give, whatever order they came in: two stored events a
 * new report ties together become one (under the id of their first report in canonical order), a
 * stored event whose reports now belong elsewhere goes. Stored events whose reports did not
 * change are left alone; every other one is deleted and written again whole, with its title,
 * status and dates recomputed and its facts' provenance in document order.
 */
import { eventId, eventPlaceReach, eventReach, resolveEvents } from "./event-identity.js";
import type { EventReport } from "./event-report.js";
import { findDateConflict, mainPlace, summarizeEvent, type DateConflict } from "./event-summary.js";
import { eventTitle, type NamedEntity } from "./event-title.js";
import type { PlaceIndex } from "./places.js";
import type { EventStatus, IsoDate } from "../model/extraction.js";

/** An event as the graph holds it: its id and the reports of its documents (one per document). */
export interface StoredEvent {
  id: string;
  reports: EventReport[];
}

export interface EventRow {
  id: string;
  type: string;
  title: string;
  status: EventStatus;
  date: IsoDate | null;
  endDate: IsoDate | null;
  plannedDate: IsoDate | null;
  cameo: string | null;
  /** The days its reports speak of (eventReach), for the loader's lookup of events a report may join; null: any time. */
  reachFrom: IsoDate | null;
  reachTo: IsoDate | null;
  /** The places its reports name (eventPlaceReach), for the same lookup; null: a report names none. */
  reachPlaces: string[] | null;
}

/** (Event)-[:REPORTED_IN {status, date, endDate, cameo, evidence}]->(Document): one document's claim. */
export interface ReportRow {
  event: string;
  document: string;
  status: EventStatus;
  date: IsoDate | null;
  endDate: IsoDate | null;
  cameo: string | null;
  evidence: string[];
}

/** A fact relationship of an event written whole: its provenance lists as they are to be stored. */
export interface EventFactRow {
  type: string;
  from: string;
  to: string;
  sources: string[];
  evidence: string[];
  evidenceSources: string[];
}

export interface EventPlan {
  /** Stored events to delete (with their date conflicts) before the events below are written. */
  deleted: string[];
  events: EventRow[];
  reports: ReportRow[];
  /** (Entity)-[:PARTICIPATED_IN]->(Event) */
  participations: EventFactRow[];
  /** (Event)-[:TOOK_PLACE_IN|ABOUT]->(Entity) */
  links: EventFactRow[];
  conflicts: DateConflict[];
  /** Reports that fit several events and were kept apart: the report's document, and what to tell. */
  warnings: EventWarning[];
}

export interface EventWarning {
  document: string;
  text: string;
}

export interface EventPlanInput {
  batch: readonly EventReport[];
  stored: readonly StoredEvent[];
  /** Stored events to write again even when their reports did not change (a document's report left them). */
  dirty?: ReadonlySet<string>;
  /** Names and types of the entities the reports refer to, for titles. */
  names: ReadonlyMap<string, NamedEntity>;
  places: PlaceIndex;
}

export function planEvents({ batch, stored, dirty = new Set(), names, places }: EventPlanInput): EventPlan {
  const storedEvent = new Map<EventReport, string>();
  for (const event of stored) for (const report of event.reports) storedEvent.set(report, event.id);
  const { events, ambiguous } = resolveEvents([...stored.flatMap((event) => event.reports), ...batch], places);
  const resolved = events.map((reports) => ({ id: idOf(reports), reports }));

  const storedSize = new Map(stored.map((event) => [event.id, event.reports.length]));
  const unchanged = new Set(
    resolved
      .filter(
        ({ id, reports }) =>
          !dirty.has(id) && storedSize.get(id) === reports.length && reports.every((report) => storedEvent.get(report) === id),
      )
      .map(({ id }) => id),
  );

  const plan: EventPlan = {
    deleted: stored.map((event) => event.id).filter((id) => !unchanged.has(id)),
    events: [],
    reports: [],
    participations: [],
    links: [],
    conflicts: [],
    warnings: [],
  };
  const titles = new Map<string, string>();
  for (const { id, reports } of resolved) {
    if (unchanged.has(id)) continue;
    const byDocument = [...reports].sort((a, b) => compare(a.document, b.document));
    const summary = summarizeEvent(reports);
    const [first] = reports;
    const type = first?.type ?? "Event";
    const place = mainPlace(reports, places);
    const title = eventTitle({
      type,
      ...summary,
      participants: unique(reports.flatMap((report) => report.participants)).map((entity) => nameOf(entity, names)),
      place: place === null ? null : nameOf(place, names),
    });
    titles.set(id, title);
    const reach = eventReach(reports);
    plan.events.push({
      id,
      type,
      title,
      ...summary,
      reachFrom: reach?.from ?? null,
      reachTo: reach?.to ?? null,
      reachPlaces: eventPlaceReach(reports),
    });
    for (const report of byDocument) {
      const { document, status, date, endDate, cameo, evidence } = report;
      plan.reports.push({ event: id, document, status, date, endDate, cameo, evidence: [...evidence] });
    }
    plan.participations.push(
      ...facts(
        "PARTICIPATED_IN",
        byDocument,
        (report) => report.participants,
        (entity) => [entity, id],
      ),
    );
    plan.links.push(
      ...facts(
        "TOOK_PLACE_IN",
        byDocument,
        (report) => report.places,
        (entity) => [id, entity],
      ),
    );
    plan.links.push(
      ...facts(
        "ABOUT",
        byDocument,
        (report) => report.topics,
        (entity) => [id, entity],
      ),
    );
    const conflict = findDateConflict(id, title, reports);
    if (conflict) plan.conflicts.push(conflict);
  }
  for (const { report, candidates } of ambiguous) {
    const id = idOf([report]);
    if (unchanged.has(id)) continue;
    const fits = candidates.map((reports) => titles.get(idOf(reports)) ?? idOf(reports));
    plan.warnings.push({
      document: report.document,
      text: `the ${report.type} report of ${report.document}${report.date === null ? " (undated)" : ` (${report.date})`} fits ${fits.length} events (${fits.join("; ")}): kept apart as ${id}`,
    });
  }
  return plan;
}

/** The id of the event whose reports (in canonical order) these are. */
function idOf(reports: readonly EventReport[]): string {
  const [seed] = reports;
  if (!seed) throw new Error("entente/store: an event without reports");
  return eventId(seed);
}

/** One fact per entity the reports name, its provenance in the reports' (document) order. */
function facts(
  type: string,
  reports: readonly EventReport[],
  entities: (report: EventReport) => readonly string[],
  ends: (entity: string) => [string, string],
): EventFactRow[] {
  const rows = new Map<string, EventFactRow>();
  for (const report of reports) {
    for (const entity of entities(report)) {
      const [from, to] = ends(entity);
      let row = rows.get(entity);
      if (!row) {
        row = { type, from, to, sources: [], evidence: [], evidenceSources: [] };
        rows.set(entity, row);
      }
      if (!row.sources.includes(report.document)) row.sources.push(report.document);
      for (const quote of report.evidence) {
        row.evidence.push(quote);
        row.evidenceSources.push(report.document);
      }
    }
  }
  return [...rows.values()];
}

function nameOf(id: string, names: ReadonlyMap<string, NamedEntity>): NamedEntity {
  return names.get(id) ?? { name: id, type: "" };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
