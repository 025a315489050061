/**
 * Events of one document. An extracted event is a gold event when its type stands for the gold
 * type (Summit → Meeting), its status is the gold status, and every gold participant is among its
 * participants or its place, by name. Of the required gold events found, the dated ones are
 * scored for their date: an extracted date equal to an accepted one, or more precise and inside
 * it (2026-01-31 for 2026-01), is right. Status accuracy: of the required gold events found when
 * status is ignored, how many were found with the right one.
 */
import type { ExtractedEvent } from "../model/extraction.js";
import type { GoldEvent } from "../model/gold.js";
import { entityName, evidenceTexts, type KeyedEntity, type MatchContext } from "./context.js";
import type { AspectScore, Finding } from "./findings.js";
import { keysOfName, shareAName } from "./names.js";
import { tallyOf, type Tally } from "./tally.js";
import { scoredEventType, type ScoredEventType } from "./vocabulary.js";

export interface EventScore extends AspectScore {
  readonly dates: Tally;
  readonly statuses: Tally;
}

/** An extracted event as the score sees it: the gold type it stands for, and who takes part (its place included). */
interface ScoredEvent {
  readonly event: ExtractedEvent;
  readonly kind: ScoredEventType | null;
  readonly takingPart: readonly KeyedEntity[];
}

export function scoreEvents(context: MatchContext, extracted: readonly ExtractedEvent[], gold: readonly GoldEvent[]): EventScore {
  const events: ScoredEvent[] = extracted.map((event) => ({
    event,
    kind: scoredEventType(event.type),
    takingPart: [...event.participants, ...(event.place ? [event.place] : [])]
      .map((id) => context.entityById(id))
      .filter((entity) => entity !== undefined),
  }));
  const takesPart = (event: ScoredEvent, participant: string): boolean => {
    const keys = context.goldEntityNamed(participant)?.keys ?? keysOfName(participant);
    return event.takingPart.some((entity) => shareAName(entity.keys, keys));
  };
  const sameEventWhateverStatus = (event: ScoredEvent, goldEvent: GoldEvent): boolean =>
    event.kind === goldEvent.type && goldEvent.participants.every((participant) => takesPart(event, participant));
  const isGoldEvent = (event: ScoredEvent, goldEvent: GoldEvent): boolean =>
    sameEventWhateverStatus(event, goldEvent) && event.event.status === goldEvent.status;

  const scored = events.filter((event) => event.kind !== null);
  const required = gold.filter((goldEvent) => goldEvent.optional !== true);
  const matches = new Map(required.map((goldEvent) => [goldEvent, events.filter((event) => isGoldEvent(event, goldEvent))]));
  /** The extracted events that are this required gold event. */
  const hitsOf = (goldEvent: GoldEvent): ScoredEvent[] => matches.get(goldEvent) ?? [];
  const found = required.filter((goldEvent) => hitsOf(goldEvent).length > 0);
  const dated = found.filter((goldEvent) => acceptedDates(goldEvent).length > 0);
  const rightlyDated = (goldEvent: GoldEvent): boolean => hitsOf(goldEvent).some((event) => isAcceptedDate(event.event.date, goldEvent));
  const foundWhateverStatus = required.filter((goldEvent) => events.some((event) => sameEventWhateverStatus(event, goldEvent)));
  const foundWithItsStatus = (goldEvent: GoldEvent): boolean => hitsOf(goldEvent).length > 0;

  const describe = (event: ExtractedEvent): string => describeExtractedEvent(context, event);
  const findings: Finding[] = [];
  for (const goldEvent of required.filter((candidate) => !found.includes(candidate))) {
    const closest = closestEvent(scored, goldEvent, takesPart);
    findings.push({
      kind: "missed-event",
      item: describeGoldEvent(goldEvent),
      ...(closest ? { detail: `closest extraction: ${describe(closest.event)}` } : {}),
      evidence: closest ? evidenceTexts(closest.event.evidence) : goldEvent.evidence ? [goldEvent.evidence] : [],
    });
  }
  for (const event of scored.filter((candidate) => !gold.some((goldEvent) => isGoldEvent(candidate, goldEvent)))) {
    findings.push({ kind: "false-event", item: describe(event.event), evidence: evidenceTexts(event.event.evidence) });
  }
  for (const goldEvent of dated.filter((candidate) => !rightlyDated(candidate))) {
    const hits = hitsOf(goldEvent);
    findings.push({
      kind: "wrong-date",
      item: describeGoldEvent(goldEvent),
      detail: `extracted ${hits.map((event) => event.event.date ?? "no date").join(", ")}`,
      evidence: evidenceTexts(hits.flatMap((event) => event.event.evidence)),
    });
  }
  return {
    detection: {
      precision: tallyOf(scored, (event) => gold.some((goldEvent) => isGoldEvent(event, goldEvent))),
      recall: { hits: found.length, of: required.length },
    },
    dates: tallyOf(dated, rightlyDated),
    statuses: tallyOf(foundWhateverStatus, foundWithItsStatus),
    findings,
  };
}

function acceptedDates(goldEvent: GoldEvent): readonly string[] {
  if (goldEvent.date === undefined || goldEvent.date === null) return [];
  return typeof goldEvent.date === "string" ? [goldEvent.date] : goldEvent.date;
}

/** The date, or a more precise one inside it: 2026-01-31 is right for 2026-01 and for 2026, not the reverse. */
function isAcceptedDate(date: string | null, goldEvent: GoldEvent): boolean {
  return date !== null && acceptedDates(goldEvent).some((accepted) => date === accepted || date.startsWith(`${accepted}-`));
}

/** The extracted event of the gold type with the most gold participants (at least one), to show beside a miss. */
function closestEvent(
  events: readonly ScoredEvent[],
  goldEvent: GoldEvent,
  takesPart: (event: ScoredEvent, participant: string) => boolean,
): ScoredEvent | undefined {
  let closest: ScoredEvent | undefined;
  let most = 0;
  for (const event of events) {
    if (event.kind !== goldEvent.type) continue;
    const present = goldEvent.participants.filter((participant) => takesPart(event, participant)).length;
    if (present > most) [closest, most] = [event, present];
  }
  return closest;
}

function describeGoldEvent(goldEvent: GoldEvent): string {
  const dates = acceptedDates(goldEvent);
  return `${goldEvent.type}(${goldEvent.participants.join(", ")}) ${goldEvent.status}${dates.length ? ` ${dates.join(" or ")}` : ""}`;
}

function describeExtractedEvent(context: MatchContext, event: ExtractedEvent): string {
  const participants = event.participants.map((id) => entityName(context, id)).join(", ");
  const place = event.place ? ` @ ${entityName(context, event.place)}` : "";
  return `${event.type}(${participants})${place} ${event.status}${event.date ? ` ${event.date}` : ""}`;
}
