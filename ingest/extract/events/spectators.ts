/**
 * Who watches a signing without signing it, as two small named rules:
 *   spectatorSubjects  "X attended the signing of …", "X a assisté à la signature …", "X looked on as Y and Z signed"
 *   spectatorsNamed    "in the presence of X, Y and Z signed …", "… ont signé l'accord, sous le regard de X"
 * They may be there, but they are not the signing's signers.
 */
import type { ExtractionContext } from "../context.js";
import { findIn, type Span } from "../spans.js";
import type { EventCues } from "./cues.js";

/** Most characters between a spectator's verb and the signing told after it ("attended on Tuesday in Berlin the signing"). */
const VERB_REACH = 50;
/** Most characters between a spectator's name and its verb ("X, the head of state, attended"). */
const SUBJECT_REACH = 40;

interface SpectatorInput<P extends Span> {
  ctx: ExtractionContext;
  cues: EventCues;
  sentence: Span;
  /** The signing's triggers in the sentence. */
  hits: readonly Span[];
  people: readonly P[];
}

/** "X attended the signing", "X a assisté mardi à la signature": the subject named right before the verb. */
function spectatorSubjects<P extends Span>({ ctx, cues, sentence, hits, people }: SpectatorInput<P>): P[] {
  const last = hits.at(-1);
  if (!last) return [];
  // The signing is the verb's object, no comma between ("X, who oversees procurement, signed …" signs).
  // "X attended the summit and signed …": a verb of its own, X's, unless someone is named in between ("X looked on as Y and Z signed").
  const ownVerb = (v: Span, h: Span) =>
    findIn(cues.sharedSubjectLinks, ctx.text, v.end, h.start).length > 0 && !people.some((p) => p.start >= v.end && p.end <= h.start);
  const verbs = findIn(cues.signingSpectatorVerbs, ctx.text, sentence.start, last.start).filter((v) =>
    hits.some(
      (h) => h.start >= v.end && h.start - v.end <= VERB_REACH && !/[,;.!?]/u.test(ctx.text.slice(v.end, h.start)) && !ownVerb(v, h),
    ),
  );
  return people.filter((p) =>
    verbs.some((v) => p.end <= v.start && v.start - p.end <= SUBJECT_REACH && !/[;.!?]/u.test(ctx.text.slice(p.end, v.start))),
  );
}

/** "in the presence of X and Y, …", "sous le regard du président X.": the people named after the marker, up to a comma or the signing. */
function spectatorsNamed<P extends Span>({ ctx, cues, sentence, hits, people }: SpectatorInput<P>): P[] {
  const out: P[] = [];
  for (const marker of findIn(cues.signingSpectatorMarkers, ctx.text, sentence.start, sentence.end)) {
    const stop = /[,;:.!?()]/u.exec(ctx.text.slice(marker.end, sentence.end));
    const nextHit = hits.find((h) => h.start >= marker.end);
    const end = Math.min(stop ? marker.end + stop.index : sentence.end, nextHit ? nextHit.start : sentence.end);
    out.push(...people.filter((p) => p.start >= marker.end && p.end <= end));
  }
  return out;
}

/** The people of a sentence who watch its signing rather than sign it (the rules in order). */
export function signingSpectators<P extends Span>(input: SpectatorInput<P>): P[] {
  return [...new Set([...spectatorSubjects(input), ...spectatorsNamed(input)])];
}
