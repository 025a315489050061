/**
 * "Le ministre a participé jeudi à une conférence à Rome. Il y a rencontré le président italien X", "Il s'y est entretenu
 * avec Y", "He attended a conference in Rome on Thursday. He met X there": a place pronoun or adverb of the event's own
 * clause stands for the place just named: in the sentence before it, or else in the story sentence before. Only when
 * the places named there can be one place (a city and its country): "à Paris puis à Berlin. Il y a rencontré …" says
 * nothing. Not "there was", "from there", nor « il y a deux jours » (words and a comma between the pronoun and the verb).
 */
import { isStorySentence, type ExtractionContext } from "../context.js";
import { clauseAround, findWordsIn, wordCount, type Span } from "../spans.js";
import { placesNamed } from "./place-from-scene.js";
import { couldBeOnePlace } from "./same-place.js";
import { typeOf, type TriggerScope } from "./scope.js";

/** Most words between a place pronoun and the event's verb: an auxiliary and an adverb ("y a également rencontré"). */
const PRONOUN_TO_VERB_WORDS = 2;

/** The place pronoun before the trigger ("y a rencontré", in "s'y est entretenu" too), or the adverb after it ("met Y there"). */
function placeWordOf(scope: TriggerScope): Span | null {
  const { ctx, cues, s, trigger } = scope;
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  const pronoun = findWordsIn(cues.placePronounsBeforeVerb, ctx.text, clause.start, trigger.end).find((p) => {
    if (p.start >= trigger.start) return true;
    const gap = ctx.text.slice(p.end, trigger.start);
    return !/[,;:()«»"“”]/u.test(gap) && wordCount(gap) <= PRONOUN_TO_VERB_WORDS;
  });
  if (pronoun) return pronoun;
  const adverb = findWordsIn(cues.placeAdverbsAfterVerb, ctx.text, trigger.end, clause.end).find(
    (a) =>
      findWordsIn(cues.notAPlaceAfterAdverb, ctx.text, a.end, Math.min(clause.end, a.end + 8)).every(
        (v) => !/^\s*$/u.test(ctx.text.slice(a.end, v.start)),
      ) &&
      findWordsIn(cues.notAPlaceBeforeAdverb, ctx.text, Math.max(clause.start, a.start - 10), a.start).every(
        (w) => !/^\s*$/u.test(ctx.text.slice(w.end, a.start)),
      ),
  );
  return adverb ?? null;
}

/** The one place the places named can be (the most precise: a city over its country), or null. */
function onePlace(ctx: ExtractionContext, named: readonly { entityId: string }[]): string | null {
  const ids = [...new Set(named.map((m) => m.entityId))];
  if (ids.length === 0 || ids.some((a) => ids.some((b) => !couldBeOnePlace(ctx, a, b)))) return null;
  return ids.find((id) => typeOf(ctx, id) === "Place") ?? ids[0] ?? null;
}

/** The place the clause's "y" / "there" stands for: named before it in its sentence, or in the story sentence before. */
export function placeOfThere(scope: TriggerScope): string | null {
  const { ctx, i } = scope;
  const word = placeWordOf(scope);
  if (!word) return null;
  const before = placesNamed(ctx, i).filter((m) => m.end <= word.start);
  if (before.length > 0) return onePlace(ctx, before);
  for (let k = i - 1; k >= 0; k--) {
    const sentence = ctx.sentences[k];
    if (sentence && isStorySentence(sentence)) return onePlace(ctx, placesNamed(ctx, k));
  }
  return null;
}
