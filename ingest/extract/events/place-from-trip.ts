/**
 * "Le ministre est arrivé mercredi à Rome. Il s'entretiendra jeudi avec son homologue italien X", "She arrived in
 * Manila on Monday for a three-day visit. On Tuesday she met President Y": a meeting or a signing that names no place,
 * of a traveller whose trip was told just before, on a day of that trip, took place where the trip went.
 */
import type { IsoDate } from "../../../src/model/extraction.js";
import type { ExtractionContext } from "../context.js";
import type { StoryEvent } from "./mention.js";
import { rulesFor } from "./types.js";
import { tripEnd } from "./trip-length.js";
import { isDayPrecise } from "../../dates/iso.js";

/** The events held somewhere a traveller went (a call has no place; a trip is the traveller's own). */
const HELD_ON_A_TRIP: ReadonlySet<string> = new Set(["Meeting", "Signing", "PressConference"]);

/** How many sentences before the event the trip may be told (its own sentence included). */
const TRIP_REACH_SENTENCES = 3;
/** The days a trip told by its first day alone is taken to last. */
const TRIP_DAYS_WHEN_UNTOLD = 3;

/** The last day of a trip: its end when told, else a few days after its first. */
function lastDayOf(trip: StoryEvent): IsoDate | null {
  if (trip.endDate) return trip.endDate;
  return trip.date ? tripEnd(trip.date, TRIP_DAYS_WHEN_UNTOLD) : null;
}

/** Whether a day-precise `date` falls within the trip's days. */
function duringTrip(date: IsoDate | null, trip: StoryEvent): boolean {
  const last = lastDayOf(trip);
  return (
    date !== null &&
    isDayPrecise(date) &&
    trip.date !== null &&
    isDayPrecise(trip.date) &&
    last !== null &&
    date >= trip.date &&
    date <= last
  );
}

/** Where the event is first told: its first mention's sentence and trigger. */
function firstTold(event: StoryEvent): { sentenceIndex: number; at: number } {
  const first = [...event.mentions].sort((a, b) => a.sentenceIndex - b.sentenceIndex || a.trigger.start - b.trigger.start)[0];
  return { sentenceIndex: first?.sentenceIndex ?? Math.min(...event.sentenceIndices), at: first?.trigger.start ?? 0 };
}

/**
 * Whether the trip is told before the event, at most a few sentences before, and the event falls on one of its days:
 * "A a reçu X, qui s'est ensuite rendu à Toulon" does not put the meeting in Toulon. Past a paragraph's end, only an
 * event dated by its own words counts (not one given the day of what was told before it).
 */
function duringTripToldBefore(ctx: ExtractionContext, trip: StoryEvent, event: StoryEvent): boolean {
  const { sentenceIndex, at } = firstTold(event);
  const paragraph = ctx.sentences[sentenceIndex]?.paragraph;
  return trip.mentions.some((m) => {
    const before = m.sentenceIndex < sentenceIndex || (m.sentenceIndex === sentenceIndex && m.trigger.start < at);
    if (!before || m.sentenceIndex < sentenceIndex - TRIP_REACH_SENTENCES) return false;
    if (ctx.sentences[m.sentenceIndex]?.paragraph === paragraph) return duringTrip(event.date, trip);
    return event.mentions.some((own) => duringTrip(own.date, trip));
  });
}

/** Gives a place to the meetings and signings with none that took place during a trip told just before (in place). */
export function placeFromTrip(ctx: ExtractionContext, events: readonly StoryEvent[]): void {
  for (const event of events) {
    if (event.place !== null || !HELD_ON_A_TRIP.has(event.type)) continue;
    const trips = events.filter(
      (trip) =>
        rulesFor(trip.type).trip &&
        trip.place !== null &&
        trip.status !== "cancelled" &&
        trip.people.some((p) => event.people.includes(p)) &&
        duringTripToldBefore(ctx, trip, event),
    );
    const places = new Set(trips.map((t) => t.place));
    if (places.size === 1) event.place = trips[0]?.place ?? null;
  }
}
