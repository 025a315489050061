/**
 * "À Belgrade, le ministre a inauguré un centre culturel. Il s'est entretenu avec le président serbe X", "In Belgrade,
 * the minister laid a wreath. He then met President X": a sentence that opens on a place and a comma sets the scene of
 * its paragraph; the meetings and signings told there from it on, naming no place, took place there. Not past the
 * paragraph's end, nor past a sentence that names another place (the trip moved on), nor for a call (no one place), nor
 * for a plan (told there, held who knows where).
 */
import type { ExtractionContext } from "../context.js";
import { isStorySentence } from "../context.js";
import { findWordsIn, letterWordCount } from "../spans.js";
import { eventCues } from "./cues.js";
import type { StoryEvent } from "./mention.js";
import { couldBeOnePlace } from "./same-place.js";
import { typeOf } from "./scope.js";

/** The events held somewhere in a scene (a call has no place). */
const HELD_IN_A_SCENE: ReadonlySet<string> = new Set(["Meeting", "Signing", "PressConference"]);

/** Most words between the scene's place and its comma ("À Belgrade mercredi,"). */
const PLACE_TO_COMMA_WORDS = 2;

/** The places sentence k names (not by a demonym). */
export function placesNamed(ctx: ExtractionContext, k: number): Array<{ start: number; end: number; entityId: string }> {
  return (ctx.mentionsBySentence[k] ?? []).filter((m) => {
    const type = typeOf(ctx, m.entityId);
    return (type === "Place" || type === "Country") && m.source !== "demonym";
  });
}

/** The place sentence k opens on ("À Belgrade, …", "In Belgrade on Wednesday, …"), or null. */
function sceneOpenedBy(ctx: ExtractionContext, k: number): string | null {
  const sentence = ctx.sentences[k];
  if (!sentence || !isStorySentence(sentence)) return null;
  const opener = findWordsIn(eventCues(ctx.language).sceneOpeners, ctx.text, sentence.start, sentence.end)[0];
  if (!opener || !/^[\s«"“]*$/u.test(ctx.text.slice(sentence.start, opener.start))) return null;
  // A city sets a scene; a country opening a sentence is more often its topic ("Au Mali, les tensions persistent").
  const place = placesNamed(ctx, k).find(
    (m) => typeOf(ctx, m.entityId) === "Place" && m.start >= opener.end && /^\s*$/u.test(ctx.text.slice(opener.end, m.start)),
  );
  if (!place) return null;
  const comma = ctx.text.indexOf(",", place.end);
  if (comma < 0 || comma > sentence.end) return null;
  const between = ctx.text.slice(place.end, comma);
  return /[;:.()]/u.test(between) || letterWordCount(between) > PLACE_TO_COMMA_WORDS ? null : place.entityId;
}

/** The scene's place of sentence i: set by a sentence of its paragraph at or before it, no other place named since. */
function sceneOf(ctx: ExtractionContext, i: number): string | null {
  const paragraph = ctx.sentences[i]?.paragraph;
  for (let k = i; k >= 0; k--) {
    const sentence = ctx.sentences[k];
    if (!sentence || sentence.paragraph !== paragraph) return null;
    const scene = sceneOpenedBy(ctx, k);
    if (scene) return scene;
    // "Il s'est ensuite rendu à Novi Sad": the trip moved on, whatever scene came before.
    if (placesNamed(ctx, k).length > 0) return null;
  }
  return null;
}

/** Gives a place to the meetings and signings with none told in a scene a sentence opened on its place (in place). */
export function placeFromScene(ctx: ExtractionContext, events: readonly StoryEvent[]): void {
  for (const event of events) {
    // A plan told in the scene ("À Quito, la porte-parole a indiqué que X souhaitait rencontrer Y") is said there, not
    // held there.
    if (event.place !== null || !HELD_IN_A_SCENE.has(event.type) || event.status !== "occurred") continue;
    const scenes = new Set(event.mentions.map((m) => sceneOf(ctx, m.sentenceIndex)));
    const [scene] = [...scenes];
    if (scenes.size !== 1 || !scene) continue;
    // Never against a place the event's own sentences name ("À Belgrade, il a évoqué sa visite à Zagreb, où il a rencontré …").
    if (event.mentions.some((m) => placesNamed(ctx, m.sentenceIndex).some((p) => !couldBeOnePlace(ctx, p.entityId, scene)))) continue;
    event.place = scene;
  }
}
