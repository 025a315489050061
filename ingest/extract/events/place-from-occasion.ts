/**
 * "EU leaders gather in Brussels on Thursday. On the sidelines of the summit, X met Y", "Lors de la réunion de
 * l'OTAN à Vilnius, X s'est entretenu avec Y", "En marge du sommet, X a rencontré Y": an event that names no place,
 * told in a sentence that names another event as its occasion (the other's noun right after "on the sidelines of",
 * "during", "en marge du", "lors du"), took place where that event did.
 */
import type { ExtractionContext } from "../context.js";
import type { StoryEvent } from "./mention.js";
import { findWordsIn, wordCount } from "../spans.js";
import { eventCues } from "./cues.js";

/** The events held somewhere at the occasion of another (a call has no place). */
const HELD_AT_AN_OCCASION: ReadonlySet<string> = new Set(["Meeting", "Signing", "PressConference"]);

/** Most words between the occasion's opener and the other event's noun: its article and adjectives ("during the two-day"). */
const OPENER_TO_NOUN_WORDS = 3;

/** Whether the mention's trigger stands right after an opener of an occasion ("on the sidelines of the summit"). */
function toldAsOccasion(ctx: ExtractionContext, trigger: { start: number; end: number }, sentenceStart: number): boolean {
  const cues = eventCues(ctx.language);
  return findWordsIn(cues.occasionOpeners, ctx.text, Math.max(sentenceStart, trigger.start - 60), trigger.start).some((o) => {
    const gap = ctx.text.slice(o.end, trigger.start);
    return !/[,;:.!?()«»"“”]/u.test(gap) && wordCount(gap) <= OPENER_TO_NOUN_WORDS;
  });
}

/** Gives a place to the events with none told at the occasion of another, in the sentence that names it (in place). */
export function placeFromOccasion(ctx: ExtractionContext, events: readonly StoryEvent[]): void {
  for (const event of events) {
    if (event.place !== null || !HELD_AT_AN_OCCASION.has(event.type)) continue;
    const occasions = events.filter(
      (o) =>
        o !== event &&
        o.place !== null &&
        o.status === event.status &&
        o.mentions.some((om) => {
          const sentence = ctx.sentences[om.sentenceIndex];
          return (
            sentence !== undefined &&
            event.mentions.some((em) => em.sentenceIndex === om.sentenceIndex && em.trigger.start !== om.trigger.start) &&
            toldAsOccasion(ctx, om.trigger, sentence.start)
          );
        }),
    );
    const places = new Set(occasions.map((o) => o.place));
    if (places.size === 1) event.place = occasions[0]?.place ?? null;
  }
}
