/**
 * Agreements listed together as the objects of one verb: "ont signé trois accords : un accord de coopération …,
 * un mémorandum d'entente sur … et une lettre d'intention sur …", "signed two agreements: a reciprocal access
 * agreement and a memorandum on …". Each item after the first is marked with the first's id (`listedWith`), so
 * that a signing of the first is a signing of every item (same signers, same parties, same day).
 *
 * An item follows the one before in its sentence when the words between are at most a few words of the
 * earlier item's topic, then a list mark (a comma, a colon, a semicolon or a coordinator) and at most a
 * determiner. Words that open another clause end the list: a verb of signing or a copula, an agent
 * ("signed by"), a relative pronoun, a conjunction of time or cause, and any name of a person, country or
 * organisation (other signers, other parties: "un accord avec le Maroc et un traité avec la Tunisie").
 * A definite item after an indefinite one is no item ("un accord de pêche, le traité de 2010 ayant expiré").
 */
import type { ExtractionContext } from "./context.js";
import type { AgreementMention } from "./agreement-mention.js";
import type { RelationCues } from "./relation-cues.js";
import { wordTokens, type Token } from "./sentence-tokens.js";

/** Most words of the earlier item's topic left between two items ("en matière de cybersécurité"). */
const MAX_TOPIC_WORDS = 12;

const LIST_MARKS: ReadonlySet<string> = new Set([",", ";", ":"]);

/** The token index where the list mark before the item starts (its determiner skipped), or -1. */
function listMarkAt(cues: RelationCues, tokens: readonly Token[]): { at: number; definite: boolean } | -1 {
  let end = tokens.length;
  let definite = false;
  const det = Math.max(cues.indefiniteArticles.endsAt(tokens, end, 2), cues.definiteDeterminers.endsAt(tokens, end, 2));
  if (det >= 0) {
    definite = cues.definiteDeterminers.endsAt(tokens, end, 2) === det;
    end = det;
  }
  const last = tokens[end - 1];
  if (last && LIST_MARKS.has(last.norm)) return { at: end - 1, definite };
  const coordinator = cues.coordinators.endsAt(tokens, end, 4);
  if (coordinator < 0) return -1;
  // ", et un …", ", and a …": a comma may stand before the coordinator.
  const at = tokens[coordinator - 1]?.norm === "," ? coordinator - 1 : coordinator;
  return { at, definite };
}

/** Whether the words of a gap open another clause: a verb, an agent, a relative pronoun, a conjunction, a full stop. */
function opensClause(cues: RelationCues, tokens: readonly Token[], to: number): boolean {
  const sets = [
    cues.signVerbs,
    cues.signedParticiples,
    cues.copulas,
    cues.modalPassives,
    cues.agentPrepositions,
    cues.relativePronouns,
    cues.clauseBreaks,
  ];
  for (let k = 0; k < to; k++) {
    if (tokens[k]?.norm === "." || sets.some((set) => set.matchAt(tokens, k) > 0)) return true;
  }
  return false;
}

/** Whether a person, country or organisation is named between two offsets of sentence i. */
function namesSomeone(ctx: ExtractionContext, i: number, start: number, end: number): boolean {
  return (ctx.mentionsBySentence[i] ?? []).some(
    (m) => m.start >= start && m.end <= end && ["Person", "Country", "Organization"].includes(ctx.entityById.get(m.entityId)?.type ?? ""),
  );
}

/** Whether a definite determiner stands right before a mention. */
function definiteBefore(ctx: ExtractionContext, cues: RelationCues, a: AgreementMention): boolean {
  const s = ctx.sentences[a.sentenceIndex];
  if (!s) return false;
  const tokens = wordTokens(ctx.text.slice(Math.max(s.start, a.start - 12), a.start));
  return cues.definiteDeterminers.endsAt(tokens, tokens.length, 2) >= 0;
}

/** Whether `next` is listed right after `previous` in their sentence. */
function listedAfter(ctx: ExtractionContext, cues: RelationCues, previous: AgreementMention, next: AgreementMention): boolean {
  if (next.sentenceIndex !== previous.sentenceIndex || next.start < previous.end || next.item || previous.item) return false;
  const tokens = wordTokens(ctx.text.slice(previous.end, next.start), previous.end);
  const mark = listMarkAt(cues, tokens);
  if (mark === -1 || mark.at > MAX_TOPIC_WORDS || opensClause(cues, tokens, mark.at)) return false;
  if (namesSomeone(ctx, next.sentenceIndex, previous.end, next.start)) return false;
  return !mark.definite || definiteBefore(ctx, cues, previous);
}

/** Marks each agreement listed after another with the id of its list's first item (mentions in text order). */
export function markListedAgreements(ctx: ExtractionContext, cues: RelationCues, mentions: AgreementMention[]): void {
  let first: AgreementMention | null = null;
  let previous: AgreementMention | null = null;
  for (const m of mentions) {
    if (previous && listedAfter(ctx, cues, previous, m)) {
      first ??= previous;
      if (m.entityId !== first.entityId) m.listedWith = first.entityId;
    } else first = null;
    previous = m;
  }
}
