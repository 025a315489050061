/**
 * When two reports describe the same real-world event, and the id that event gets in the graph.
 *
 * Two reports are the same event when they have the same type and status, dates that are equal,
 * at most a day apart, or one partial and containing the other ("2024-11" and "2024-11-01"), and
 * overlapping participants: at least two in common, or all of the smaller side. Undated reports
 * only match undated reports. A new event's id is derived from its content (type, date, sorted
 * participants), so the same report loaded twice lands on the same node.
 */
import { createHash } from "node:crypto";
import type { EventStatus, IsoDate } from "../model/extraction.js";
import { datesCompatible } from "./dates.js";

/** What event identity looks at: the report's type, date, status and participants (entity ids). */
export interface EventSignature {
  type: string;
  date: IsoDate | null;
  status: EventStatus;
  participants: readonly string[];
}

/** How far apart two full dates of the same event may be. */
const EVENT_DATE_TOLERANCE_DAYS = 1;

export function participantsOverlap(a: readonly string[], b: readonly string[]): boolean {
  const smaller = a.length <= b.length ? new Set(a) : new Set(b);
  const larger = new Set(a.length <= b.length ? b : a);
  if (smaller.size === 0) return false;
  let shared = 0;
  for (const id of smaller) if (larger.has(id)) shared += 1;
  return shared >= 2 || shared === smaller.size;
}

function eventDatesMatch(a: IsoDate | null, b: IsoDate | null): boolean {
  if (a === null || b === null) return a === b;
  return datesCompatible(a, b, EVENT_DATE_TOLERANCE_DAYS);
}

export function isSameEvent(a: EventSignature, b: EventSignature): boolean {
  return (
    a.type === b.type && a.status === b.status && eventDatesMatch(a.date, b.date) && participantsOverlap(a.participants, b.participants)
  );
}

/** "event:meeting:2026-01-31:3f9a1c0b2e4d": readable prefix, hash of the sorted participants. */
export function canonicalEventId(event: EventSignature): string {
  const participants = [...new Set(event.participants)].sort();
  const digest = createHash("sha256")
    .update(JSON.stringify([event.type, event.status, event.date, participants]))
    .digest("hex")
    .slice(0, 12);
  return `event:${event.type.toLowerCase()}:${event.date ?? "undated"}:${digest}`;
}
