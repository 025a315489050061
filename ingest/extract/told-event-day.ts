/**
 * The day of an event a date phrase names after it, as the sentences before told it: "two days after the signing",
 * "la veille du sommet", "the day after their talks". The noun is one of the event lexicon's anaphors; the event is
 * the latest sentence before that tells one of its type with a day: "The accord was signed on Tuesday" for "the
 * signing", a summit for "the summit" (not any meeting).
 */
import type { Sentence, TemporalExpression } from "../../src/model/document.js";
import type { IsoDate } from "../../src/model/extraction.js";
import { foldForMatch } from "../../src/kb/normalize.js";
import { eventCues } from "./events/cues.js";
import type { CompiledLexicon, PhraseFinder } from "./lexicon.js";
import { isStorySentence } from "./story-sentence.js";

/** What the day of a told event is read from: the document's sentences and their dates (the extraction context has them). */
export interface ToldEventSource {
  text: string;
  language: string;
  sentences: readonly Sentence[];
  lexicon: CompiledLexicon;
  temporal(sentenceIndex: number): TemporalExpression[];
}

/** How many sentences back the named event is looked for. */
const TOLD_EVENT_REACH = 8;
/** Most words before the event's noun, after the date phrase ("de la", "the Doha"). */
const WORDS_BEFORE_NOUN = 3;
/** Most characters between a date phrase and the noun it names ("the day after| the |signing", "la veille| du |sommet"). */
const LINK_CHARS = 8;

interface NamedEvent {
  /** What tells the event in a sentence before: the type's triggers, or for a summit the summit nouns only. */
  tellers: PhraseFinder;
}

/**
 * The event a phrase opens with: an anaphor noun among its first words ("the signing", "du sommet"); not one an
 * indefinite article opens ("a day after a phone call", "deux jours après un entretien": another event, not one told).
 */
function namedEventOf(ctx: ToldEventSource, phrase: string): NamedEvent | null {
  const words = phrase.match(/[\p{L}’'-]+/gu)?.slice(0, WORDS_BEFORE_NOUN + 1) ?? [];
  const cues = eventCues(ctx.language);
  const summits = cues.summitNouns;
  const first = words[0]?.toLowerCase() ?? "";
  if (cues.indefiniteArticles.findAll(first).some((h) => h.start === 0 && h.end === first.length)) return null;
  for (const word of words) {
    const folded = foldForMatch(word.replace(/^\p{L}['’]/u, ""));
    const type = ctx.lexicon.events.find((e) => e.anaphors.has(folded));
    if (!type) continue;
    return { tellers: summits.test(word) ? summits : type.triggers };
  }
  return null;
}

/** The day of the event `phrase` names, told in the sentences before sentence i; null when none is. */
export function toldEventDay(ctx: ToldEventSource, i: number, phrase: string): IsoDate | null {
  const named = namedEventOf(ctx, phrase);
  if (!named) return null;
  for (let j = i - 1, seen = 0; j >= 0 && seen < TOLD_EVENT_REACH; j--) {
    const sentence = ctx.sentences[j];
    if (!sentence || !isStorySentence(sentence)) continue;
    seen++;
    const dates = ctx.temporal(j);
    // "Le lendemain de la signature, …": a noun another date phrase names is no telling of the event.
    const namedByDate = (at: number) =>
      dates.some((t) => t.end <= at && at - t.end <= LINK_CHARS && !/[,;:.()«»"“”]/u.test(ctx.text.slice(t.end, at)));
    const told = named.tellers
      .findAll(sentence.text)
      .map((h) => sentence.start + h.start)
      .filter((at) => !namedByDate(at));
    if (told.length === 0) continue;
    const days = dates.filter((t) => t.endDate === null && t.date.length === 10);
    const distance = (start: number) => Math.min(...told.map((at) => Math.abs(at - start)));
    const nearest = [...days].sort((a, b) => distance(a.start) - distance(b.start))[0];
    if (nearest) return nearest.date;
  }
  return null;
}
