/**
 * What an Event node says, from the reports it gathers: pure.
 *
 * - status: `occurred` as soon as one report says it occurred; otherwise the status the latest
 *   article gives (a plan called off is `cancelled`, a cancellation followed by a new plan is
 *   `planned` again).
 * - date: the most precise date an `occurred` report gives (then the most reported, then the
 *   earliest); without one, the most precise date of the plan the latest article describes.
 * - plannedDate: the date the first announcement gave, kept only when the event's date moved away
 *   from it ("postponed to").
 * - a date conflict: two `occurred` reports whose days differ by more than EVENT_DATE_TOLERANCE_DAYS.
 */
import { createHash } from "node:crypto";
import type { EventStatus, IsoDate } from "../model/extraction.js";
import { daySpan, dayNumber, isFullDate, precisionOf, spanGap } from "./dates.js";
import { EVENT_DATE_TOLERANCE_DAYS } from "./event-identity.js";
import type { EventReport } from "./event-report.js";
import type { PlaceIndex } from "./places.js";

export interface EventSummary {
  status: EventStatus;
  date: IsoDate | null;
  endDate: IsoDate | null;
  plannedDate: IsoDate | null;
  cameo: string | null;
}

export function summarizeEvent(reports: readonly EventReport[]): EventSummary {
  const occurred = reports.filter((report) => report.status === "occurred");
  const status: EventStatus = occurred.length > 0 ? "occurred" : latestStatus(reports);
  const plans = reports.filter((report) => report.status !== "occurred");
  const kept = occurred.some((report) => report.date !== null) ? bestDate(occurred) : bestDate(currentPlan(plans));
  const announced = bestDate(firstPlan(plans.filter((report) => report.status === "planned")));
  const moved = announced.date !== null && (kept.date === null || !datesAgree(announced, kept));
  const withStatus = reports.filter((report) => report.status === status && report.cameo !== null);
  return {
    status,
    date: kept.date,
    endDate: kept.endDate,
    plannedDate: moved ? announced.date : null,
    cameo: (withStatus[0] ?? reports.find((report) => report.cameo !== null))?.cameo ?? null,
  };
}

/** The status the most recently published report gives (undated articles count as the oldest). */
function latestStatus(reports: readonly EventReport[]): EventStatus {
  const latest = latestPublished(reports);
  return reports.some((report) => report.published === latest && report.status === "cancelled") ? "cancelled" : "planned";
}

function latestPublished(reports: readonly EventReport[]): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const report of reports) if (report.published !== null && (latest === null || report.published > latest)) latest = report.published;
  return latest;
}

/** The dated reports that agree with the latest-published dated one: the plan as it stands. */
function currentPlan(reports: readonly EventReport[]): EventReport[] {
  const dated = reports.filter((report) => report.date !== null);
  const latest = latestPublished(dated);
  const anchor = dated.find((report) => report.published === latest);
  return anchor ? dated.filter((report) => datesAgree(report, anchor)) : [];
}

/** The dated reports that agree with the earliest-published dated one: the plan as first announced. */
function firstPlan(reports: readonly EventReport[]): EventReport[] {
  const dated = reports.filter((report) => report.date !== null);
  let earliest: IsoDate | null = null;
  for (const report of dated)
    if (report.published !== null && (earliest === null || report.published < earliest)) earliest = report.published;
  const anchor = dated.find((report) => report.published === earliest) ?? dated[0];
  return anchor ? dated.filter((report) => datesAgree(report, anchor)) : [];
}

interface Dated {
  date: IsoDate | null;
  endDate: IsoDate | null;
}

/** Whether two dates (or ranges) can be the same days: overlapping, or full dates within the tolerance. */
function datesAgree(a: Dated, b: Dated): boolean {
  if (a.date === null || b.date === null) return false;
  const sa = daySpan(a.date, a.endDate);
  const sb = daySpan(b.date, b.endDate);
  return spanGap(sa, sb) <= (sa.precise && sb.precise ? EVENT_DATE_TOLERANCE_DAYS : 0);
}

/** The most precise date, then the one most reports give, then the earliest; its end date if one was given. */
function bestDate(reports: readonly EventReport[]): Dated {
  const counts = new Map<IsoDate, number>();
  for (const report of reports) if (report.date !== null) counts.set(report.date, (counts.get(report.date) ?? 0) + 1);
  const [date] = [...counts.keys()].sort(
    (a, b) => precisionOf(b) - precisionOf(a) || (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  if (date === undefined) return { date: null, endDate: null };
  const ends = reports.filter((report) => report.date === date && report.endDate !== null).map((report) => report.endDate ?? "");
  return { date, endDate: ends.sort().at(-1) ?? null };
}

/** Two `occurred` reports of one event that disagree on its day: both stay, the event is flagged. */
export interface DateConflict {
  id: string;
  kind: "date";
  event: string;
  /** The earliest date claimed. */
  date: IsoDate;
  /** Every day claimed, in order. */
  dates: IsoDate[];
  description: string;
  /** One per document: the day it claims, in its own words. */
  claims: { document: string; claim: IsoDate; evidence: string[] }[];
}

export function findDateConflict(eventId: string, title: string, reports: readonly EventReport[]): DateConflict | null {
  const claims = reports
    .filter((report) => report.status === "occurred" && report.date !== null && isFullDate(report.date))
    .map((report) => ({ document: report.document, claim: report.date ?? "", evidence: [...report.evidence] }))
    .sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
  const dates = [...new Set(claims.map((claim) => claim.claim))].sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (first === undefined || last === undefined || dayNumber(last) - dayNumber(first) <= EVENT_DATE_TOLERANCE_DAYS) return null;
  const digest = createHash("sha256")
    .update(JSON.stringify([eventId, dates]))
    .digest("hex")
    .slice(0, 16);
  const sides = dates.map((date) => {
    const count = claims.filter((claim) => claim.claim === date).length;
    return `${date} (${count} source${count > 1 ? "s" : ""})`;
  });
  return {
    id: `conflict:date:${digest}`,
    kind: "date",
    event: eventId,
    date: first,
    dates,
    description: `the date of "${title}": ${sides.join(" vs ")}`,
    claims,
  };
}

/**
 * The place to name an event by: a place inside another of its places wins (Tokyo over Japan),
 * then the place most of its reports give, then the first by id.
 */
export function mainPlace(reports: readonly EventReport[], places: PlaceIndex): string | null {
  const counts = new Map<string, number>();
  for (const report of reports) for (const place of report.places) counts.set(place, (counts.get(place) ?? 0) + 1);
  const all = [...counts.keys()];
  const inner = all.filter((place) => !all.some((other) => places.countryOf(other) === place));
  const [best] = inner.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1));
  return best ?? null;
}
