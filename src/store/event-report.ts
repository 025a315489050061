/**
 * What a report is: one document's account of one event (its mentions of that event folded
 * together), as the extraction gives it and as the graph keeps it on the event's REPORTED_IN and
 * fact provenance. The identity rules read its signature; the event's summary and facts read the rest.
 */
import type { EventStatus, IsoDate } from "../model/extraction.js";

/** What identity looks at in a report. Lists are sorted and without duplicates. */
export interface ReportSignature {
  document: string;
  /** The publication date of the report's document: where an undated report's time window ends. */
  published: IsoDate | null;
  type: string;
  status: EventStatus;
  date: IsoDate | null;
  endDate: IsoDate | null;
  participants: readonly string[];
  places: readonly string[];
  /** The document's quotes for the event: part of the report's identity, not of the rules. */
  evidence: readonly string[];
}

/** A report as the graph keeps it: its signature, plus the topics and CAMEO code it gives. */
export interface EventReport extends ReportSignature {
  topics: readonly string[];
  cameo: string | null;
}
