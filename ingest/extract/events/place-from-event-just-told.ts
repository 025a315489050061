/**
 * "Le ministre est arrivé lundi à Tallinn. [paragraphe] Il s'est entretenu avec son homologue estonien X", "She met Y in
 * Vilnius on Monday. [paragraph] The two also signed a memorandum": a meeting or a signing that names no place, told in
 * the story sentence right after an event of one of its people that took place somewhere, on that event's day (or a day
 * of that trip), is held there too: the story has not moved. Past a paragraph's end (where the scene and the trip rules
 * stop), only when the event's sentence carries on the story (a pronoun or a group for its subject: "Il", "The two"; or
 * "also", "ensuite") or falls within a trip whose days are told ("pour une visite de deux jours"): "Le contrat a été
 * signé par X et Y" opening a paragraph may tell of another day. Not for a call (no one place), nor for what is told as
 * earlier ("had met"), nor when either sentence names another place (the story may have moved), nor on another day.
 */
import type { IsoDate } from "../../../src/model/extraction.js";
import { isStorySentence, type ExtractionContext } from "../context.js";
import type { StoryEvent } from "./mention.js";
import { findWordsIn } from "../spans.js";
import { eventCues } from "./cues.js";
import { placesNamed } from "./place-from-scene.js";
import { couldBeOnePlace } from "./same-place.js";
import { rulesFor } from "./types.js";
import { isDayPrecise } from "../../dates/iso.js";
import { personalSubjectPronouns } from "./pronouns.js";

/** The events held somewhere (a call has no place). */
const HELD_IN_PLACE: ReadonlySet<string> = new Set(["Meeting", "Signing", "PressConference"]);

/** The story sentence right before sentence i, or null when there is none. */
export function storySentenceBefore(ctx: ExtractionContext, i: number): number | null {
  for (let k = i - 1; k >= 0; k--) {
    const sentence = ctx.sentences[k];
    if (sentence && isStorySentence(sentence)) return k;
  }
  return null;
}

/** Whether `date` is the day of `source`: its day, or one of the days of its trip when they are told. */
function onTheDayOf(date: IsoDate | null, source: StoryEvent): boolean {
  if (date === null || source.date === null || !isDayPrecise(date) || !isDayPrecise(source.date)) return false;
  if (date === source.date) return true;
  return rulesFor(source.type).trip && source.endDate !== null && date > source.date && date <= source.endDate;
}

/** Whether the event's mentions in sentence k tell it as an earlier one ("had met"). */
const toldAsEarlierIn = (event: StoryEvent, k: number): boolean => event.mentions.some((m) => m.sentenceIndex === k && m.earlier);

/** Whether sentence k carries on the story told before it: opened by a subject pronoun, told of a group, or with "also", "ensuite". */
export function carriesOnTheStory(ctx: ExtractionContext, event: StoryEvent, k: number): boolean {
  const sentence = ctx.sentences[k];
  if (!sentence) return false;
  const cues = eventCues(ctx.language);
  const opener = personalSubjectPronouns(ctx, sentence.start, sentence.end)[0];
  if (opener && /^[\s«"“]*$/u.test(ctx.text.slice(sentence.start, opener.start))) return true;
  if (event.mentions.some((m) => m.sentenceIndex === k && m.groupSubject)) return true;
  return findWordsIn(cues.storyContinuations, ctx.text, sentence.start, sentence.end).length > 0;
}

/** Whether the source is a trip whose days are told and the event, one of its traveller's, falls within them. */
const withinToldTrip = (event: StoryEvent, source: StoryEvent): boolean =>
  rulesFor(source.type).trip && source.endDate !== null && source.people.some((p) => event.people.includes(p));

/** Gives a place to the meetings and signings with none told right after an event of their people, on its day (in place). */
export function placeFromEventJustTold(ctx: ExtractionContext, events: readonly StoryEvent[]): void {
  const inReadingOrder = [...events].sort((a, b) => Math.min(...a.sentenceIndices) - Math.min(...b.sentenceIndices));
  for (const event of inReadingOrder) {
    if (event.place !== null || !HELD_IN_PLACE.has(event.type) || event.status !== "occurred") continue;
    const first = Math.min(...event.sentenceIndices);
    if (toldAsEarlierIn(event, first)) continue;
    const before = storySentenceBefore(ctx, first);
    if (before === null) continue;
    const sources = events.filter(
      (source) =>
        source !== event &&
        source.place !== null &&
        source.status === "occurred" &&
        source.mentions.some((m) => m.sentenceIndex === before) &&
        !toldAsEarlierIn(source, before) &&
        source.people.some((p) => event.people.includes(p)) &&
        onTheDayOf(event.date, source) &&
        (ctx.sentences[before]?.paragraph === ctx.sentences[first]?.paragraph ||
          carriesOnTheStory(ctx, event, first) ||
          withinToldTrip(event, source)),
    );
    const places = new Set(sources.map((s) => s.place));
    const [place] = [...places];
    if (places.size !== 1 || !place) continue;
    // "X met Y in Riga before flying to Tallinn. He met Z": the story may have moved.
    const named = [before, ...event.sentenceIndices].flatMap((k) => placesNamed(ctx, k));
    if (named.some((p) => !couldBeOnePlace(ctx, p.entityId, place))) continue;
    event.place = place;
  }
}
