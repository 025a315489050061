/**
 * Which stored events a load must resolve again, found through a lookup the caller gives (the
 * loader: a Cypher query; tests: a list in memory).
 *
 * Events are resolved per connected component of compatible reports (event-identity.ts), so a
 * load needs every stored event connected to its reports through compatible reports, and no
 * other. gatherRegion asks for the events each report could be compatible with (same type, a
 * shared participant, days its reports reach, places that may nest: a superset, see probeOf and FIND_EVENTS), keeps
 * those with a report really compatible with one it has (touchingEvents), and asks again for the
 * reports that brought in, until nothing new comes: the region is then closed. A probe is asked
 * once: the stored reports an event brings in are often the batch's own probes again (the same
 * meeting, told with the same people and days), and the graph does not change while it is gathered.
 */
import type { IsoDate } from "../model/extraction.js";
import { EVENT_DATE_WINDOW_DAYS, reportsCompatible, timeWindow } from "./event-identity.js";
import type { ReportSignature } from "./event-report.js";
import type { StoredEvent } from "./event-plan.js";
import type { NamedEntity } from "./event-title.js";
import { nestingPlaces, type PlaceIndex } from "./places.js";
import { dayDate } from "./dates.js";

/**
 * What the loader asks Neo4j for a report: events of its type that a participant of it took part
 * in, whose reach (eventReach in event-identity.ts) meets the days [from, to] or is unknown
 * (null bounds: any day), and one of whose reports names no place or a place among `places`.
 */
export interface EventProbe {
  type: string;
  participants: string[];
  from: IsoDate | null;
  to: IsoDate | null;
  /** The places nesting with the report's (nestingPlaces); empty when it names none: any place. */
  places: string[];
}

/**
 * Days around a report's time window that an event it could join may reach: two reports meet when
 * their windows are at most EVENT_DATE_WINDOW_DAYS apart (timesMeet).
 */
const PROBE_DAY_MARGIN = EVENT_DATE_WINDOW_DAYS;

/** The probe of a report, or null when it names no participant (then it can join no event). */
export function probeOf(report: ReportSignature, places: PlaceIndex): EventProbe | null {
  if (report.participants.length === 0) return null;
  const window = timeWindow(report);
  return {
    type: report.type,
    participants: [...report.participants],
    from: window === null ? null : dayDate(window.first - PROBE_DAY_MARGIN),
    to: window === null ? null : dayDate(window.last + PROBE_DAY_MARGIN),
    places: nestingPlaces(report.places, places),
  };
}

/**
 * The probes of some reports, each distinct probe once, leaving out those in `asked` (then added
 * to it): a lookup gives for a probe asked again only events it gave the first time.
 */
function probesOf(reports: readonly ReportSignature[], places: PlaceIndex, asked: Set<string>): EventProbe[] {
  const probes: EventProbe[] = [];
  for (const report of reports) {
    const probe = probeOf(report, places);
    if (probe === null) continue;
    const key = JSON.stringify(probe);
    if (asked.has(key)) continue;
    asked.add(key);
    probes.push(probe);
  }
  return probes;
}

/** The candidate events with a report compatible with one of `reports`. */
function touchingEvents(reports: readonly ReportSignature[], candidates: readonly StoredEvent[], places: PlaceIndex): StoredEvent[] {
  return candidates.filter((event) => event.reports.some((stored) => reports.some((report) => reportsCompatible(report, stored, places))));
}

/** Stored events with the names and types of the entities they involve. */
export interface StoredRegion {
  events: StoredEvent[];
  names: Map<string, NamedEntity>;
}

/** Looks up the stored events that probes may reach, leaving out those already read. */
export type EventLookup = (probes: EventProbe[], exclude: string[]) => Promise<StoredRegion>;

/**
 * The stored events connected to `reports` through compatible reports: ask for the candidates of
 * the reports not asked about yet, keep those a report really fits, repeat with the reports they
 * bring until none comes. Candidates read but not (yet) fitting are kept and checked again.
 */
export async function gatherRegion(reports: readonly ReportSignature[], places: PlaceIndex, lookup: EventLookup): Promise<StoredRegion> {
  const names = new Map<string, NamedEntity>();
  const candidates = new Map<string, StoredEvent>();
  const region = new Map<string, StoredEvent>();
  const asked = new Set<string>();
  let fresh: readonly ReportSignature[] = reports;
  while (fresh.length > 0) {
    const probes = probesOf(fresh, places, asked);
    if (probes.length > 0) {
      const found = await lookup(probes, [...candidates.keys()]);
      for (const event of found.events) candidates.set(event.id, event);
      for (const [id, name] of found.names) names.set(id, name);
    }
    const outside = [...candidates.values()].filter((event) => !region.has(event.id));
    const joined = touchingEvents(fresh, outside, places);
    for (const event of joined) region.set(event.id, event);
    fresh = joined.flatMap((event) => event.reports);
  }
  return { events: [...region.values()], names };
}
