/**
 * Subject pronouns that stand for a person. « il » also opens impersonal phrases (« il faut », « il est prévu que »)
 * and dates (« Il y a deux ans, … »): those stand for no one, and a rule that reads a pronoun as the person told before
 * must not read them.
 */
import type { ExtractionContext } from "../context.js";
import { findWordsIn, type Span } from "../spans.js";
import { eventCues } from "./cues.js";

/** How far past a pronoun an impersonal phrase it opens may reach ("il était question"). */
const IMPERSONAL_REACH = 24;

/** The index of the sentence holding `offset`, or -1 (the sentences are in text order). */
function sentenceIndexAt(ctx: ExtractionContext, offset: number): number {
  let low = 0;
  let high = ctx.sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = ctx.sentences[mid];
    if (!s) return -1;
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** The subject pronouns in [from, to) that stand for a person: not one opening an impersonal phrase or a date. */
export function personalSubjectPronouns(ctx: ExtractionContext, from: number, to: number): Span[] {
  const cues = eventCues(ctx.language);
  const found = findWordsIn(cues.subjectPronouns, ctx.text, from, to);
  if (found.length === 0) return found;
  const impersonal = findWordsIn(cues.impersonalSubjectPhrases, ctx.text, from, Math.min(ctx.text.length, to + IMPERSONAL_REACH));
  return found.filter((p) => {
    if (impersonal.some((h) => h.start === p.start)) return false;
    const k = sentenceIndexAt(ctx, p.start);
    return k < 0 || !ctx.temporal(k).some((t) => t.start === p.start);
  });
}
