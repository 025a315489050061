/**
 * Which reports tell the same real-world event, and the id that event gets: pure functions over
 * plain data, no database.
 *
 * A report is one document's account of one event (its mentions of that event folded together).
 * Two reports are *compatible* when every rule of IDENTITY_RULES holds: same type, overlapping
 * participants (one side may name fewer), places that nest (the same, one inside the other, or
 * one side naming none), and times that meet (see timeWindow: an undated report of something
 * that occurred stands for "some time in the year before its article").
 *
 * resolveEvents groups a set of reports into events, deterministically, whatever order they come
 * in: it sorts them (precise dates first, then by content) and lets each report join the one
 * event all of whose reports it is compatible with and that no report of its own document is in
 * already. A report that fits several events joins none of them (it stays apart, and is listed
 * as ambiguous). A report only ever joins reports it is compatible with, so the events of a set
 * of reports are those of its connected components under compatibility, each resolved alone:
 * the loader can resolve the component a new document touches without reading the whole graph.
 *
 * An event's id is derived from its first report in that order (its seed): the same set of
 * reports always gives the same ids, and a report that only adds to an event keeps its id.
 */
import { createHash } from "node:crypto";
import type { EventStatus, IsoDate } from "../model/extraction.js";
import { dayDate, daySpan, firstDay, lastDay, precisionOf, spanGap, type DaySpan } from "./dates.js";
import type { ReportSignature } from "./event-report.js";
import { placesNest, type PlaceIndex } from "./places.js";

/** How far apart two full dates of one event may be and still agree (beyond: a date conflict). */
export const EVENT_DATE_TOLERANCE_DAYS = 1;

/** How far apart two precise dates (full dates or ranges) may be for the reports to tell one event. */
export const EVENT_DATE_WINDOW_DAYS = 3;

/** How far back an undated report of an occurred event may point, and how far ahead an undated plan. */
const UNDATED_REACH_DAYS = 366;

/**
 * The days a report may be talking about, or null for any time. A dated report: its date or
 * range. An undated one, from its article's publication date: the year before it for an event
 * that occurred, the year after it for a planned one, both for a cancelled one.
 */
export function timeWindow(report: Pick<ReportSignature, "date" | "endDate" | "status" | "published">): DaySpan | null {
  // Reports are compared many times over: each one's window is worked out once.
  let window = windows.get(report);
  if (window === undefined) {
    window = computeTimeWindow(report);
    windows.set(report, window);
  }
  return window;
}

const windows = new WeakMap<object, DaySpan | null>();

function computeTimeWindow(report: Pick<ReportSignature, "date" | "endDate" | "status" | "published">): DaySpan | null {
  if (report.date !== null) return daySpan(report.date, report.endDate);
  if (report.published === null) return null;
  const first = firstDay(report.published);
  const last = lastDay(report.published);
  switch (report.status) {
    case "occurred":
      return { first: first - UNDATED_REACH_DAYS, last, precise: false };
    case "planned":
      return { first, last: last + UNDATED_REACH_DAYS, precise: false };
    case "cancelled":
      return { first: first - UNDATED_REACH_DAYS, last: last + UNDATED_REACH_DAYS, precise: false };
  }
}

/**
 * The days an event's reports speak of, from the first day of the earliest window to the last day
 * of the latest (stored on the Event as reachFrom and reachTo, for FIND_EVENTS); null when one of
 * them may speak of any time (undated, in an undated article). A report compatible with one of the
 * event's meets this span within EVENT_DATE_WINDOW_DAYS, so the loader's lookup (event-region.ts)
 * may skip events that do not.
 */
export function eventReach(reports: readonly ReportSignature[]): { from: IsoDate; to: IsoDate } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const report of reports) {
    const window = timeWindow(report);
    if (window === null) return null;
    first = Math.min(first, window.first);
    last = Math.max(last, window.last);
  }
  return Number.isFinite(first) ? { from: dayDate(first), to: dayDate(last) } : null;
}

/**
 * The places an event's reports name, sorted (stored on the Event as reachPlaces, for FIND_EVENTS);
 * null when one of them names none (then a report anywhere may be compatible with it). A report
 * compatible with one of the event's names no place, or one nesting with a place of this list.
 */
export function eventPlaceReach(reports: readonly Pick<ReportSignature, "places">[]): string[] | null {
  const places = new Set<string>();
  for (const report of reports) {
    if (report.places.length === 0) return null;
    for (const place of report.places) places.add(place);
  }
  return places.size === 0 ? null : [...places].sort();
}

/** Two participants in common, or every participant of the side that names fewer. */
export function participantsOverlap(a: readonly string[], b: readonly string[]): boolean {
  const smaller = a.length <= b.length ? new Set(a) : new Set(b);
  const larger = new Set(a.length <= b.length ? b : a);
  if (smaller.size === 0) return false;
  let shared = 0;
  for (const id of smaller) if (larger.has(id)) shared += 1;
  return shared >= 2 || shared === smaller.size;
}

/** No place on one side, or a place of each side that nests in the other's (Tokyo and Japan). */
export function placesCompatible(a: readonly string[], b: readonly string[], places: PlaceIndex): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => placesNest(x, y, places)));
}

/**
 * Whether the times two reports speak of can be one event's: two precise dates or ranges at most
 * EVENT_DATE_WINDOW_DAYS apart; otherwise (a month, a year, an undated report's window) overlapping.
 */
export function timesMeet(a: ReportSignature, b: ReportSignature): boolean {
  const wa = timeWindow(a);
  const wb = timeWindow(b);
  if (wa === null || wb === null) return true;
  return spanGap(wa, wb) <= (wa.precise && wb.precise ? EVENT_DATE_WINDOW_DAYS : 0);
}

/** One condition two reports of the same event meet. */
export interface IdentityRule {
  name: string;
  holds(a: ReportSignature, b: ReportSignature, places: PlaceIndex): boolean;
}

/** Every one must hold for two reports to be compatible. Statuses never keep reports apart: plans come true. */
export const IDENTITY_RULES: readonly IdentityRule[] = [
  { name: "same type", holds: (a, b) => a.type === b.type },
  { name: "participants overlap", holds: (a, b) => participantsOverlap(a.participants, b.participants) },
  { name: "places nest", holds: (a, b, places) => placesCompatible(a.places, b.places, places) },
  { name: "times meet", holds: timesMeet },
];

export function reportsCompatible(a: ReportSignature, b: ReportSignature, places: PlaceIndex): boolean {
  return IDENTITY_RULES.every((rule) => rule.holds(a, b, places));
}

const STATUS_RANK: Record<EventStatus, number> = { occurred: 0, cancelled: 1, planned: 2 };

/** The key reports are resolved in: day-precise dates first, then months, years, undated; occurrences before plans. */
function orderKey(report: ReportSignature): string[] {
  return [
    String(report.date === null ? 4 : 4 - precisionOf(report.date)),
    String(STATUS_RANK[report.status]),
    report.date ?? "",
    report.endDate ?? "",
    report.type,
    report.participants.join("\u0001"),
    report.places.join("\u0001"),
    report.published ?? "",
    report.document,
    report.evidence.join("\u0001"),
  ];
}

function compareKeys(ka: readonly string[], kb: readonly string[]): number {
  for (let i = 0; i < ka.length; i += 1) {
    const x = ka[i] ?? "";
    const y = kb[i] ?? "";
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Reports in canonical order: a total order on their content (each key computed once). */
function inCanonicalOrder<T extends ReportSignature>(reports: readonly T[]): T[] {
  return reports
    .map((report) => ({ report, key: orderKey(report) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ report }) => report);
}

/** A report that fits several events: it was kept apart from all of them. */
export interface AmbiguousReport<T> {
  report: T;
  candidates: T[][];
}

export interface Resolution<T> {
  /** The events, each as its reports in canonical order (the first is the seed). */
  events: T[][];
  ambiguous: AmbiguousReport<T>[];
}

export interface ResolveOptions {
  /**
   * Reports of one document, folded before they meet other documents: they may then share an
   * event (otherwise two reports of one document are two events, as the document tells them).
   */
  sameDocument?: boolean;
}

interface Forming<T> {
  reports: T[];
  documents: Set<string>;
  /** Formed by an ambiguous report: no other report joins it. */
  closed: boolean;
}

/**
 * Groups reports into events: each report, in canonical order, joins the event all of whose
 * reports it is compatible with (and has no report of its document); among several, the one
 * event with a report of the same status; otherwise it stays apart, as an ambiguous report.
 */
export function resolveEvents<T extends ReportSignature>(
  reports: readonly T[],
  places: PlaceIndex,
  options: ResolveOptions = {},
): Resolution<T> {
  const forming: Forming<T>[] = [];
  const ambiguous: AmbiguousReport<T>[] = [];
  for (const report of inCanonicalOrder(reports)) {
    let candidates = forming.filter(
      (event) =>
        !event.closed &&
        (options.sameDocument === true || !event.documents.has(report.document)) &&
        event.reports.every((other) => reportsCompatible(report, other, places)),
    );
    if (candidates.length > 1) {
      const sameStatus = candidates.filter((event) => event.reports.some((other) => other.status === report.status));
      if (sameStatus.length > 0) candidates = sameStatus;
    }
    const [only] = candidates;
    if (candidates.length === 1 && only) {
      only.reports.push(report);
      only.documents.add(report.document);
      continue;
    }
    forming.push({ reports: [report], documents: new Set([report.document]), closed: candidates.length > 1 });
    if (candidates.length > 1) ambiguous.push({ report, candidates: candidates.map((event) => [...event.reports]) });
  }
  return { events: forming.map((event) => event.reports), ambiguous };
}

/** "event:meeting:2026-01-31:3f9a1c0b2e4d": type and date of the seed report, a hash of its content. */
export function eventId(seed: ReportSignature): string {
  const digest = createHash("sha256")
    .update(
      JSON.stringify([
        seed.document,
        seed.type,
        seed.status,
        seed.date,
        seed.endDate,
        [...seed.participants].sort(),
        [...seed.places].sort(),
        seed.evidence,
      ]),
    )
    .digest("hex")
    .slice(0, 12);
  return `event:${seed.type.toLowerCase()}:${seed.date ?? "undated"}:${digest}`;
}
