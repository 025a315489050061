/**
 * The relation rules in order: memberships, groups and their lists, parties and signatories,
 * read sentence by sentence in the main story; then what follows from them (the parties of an
 * instrument about a programme take part in it); then the vetoes.
 */
import { isStorySentence } from "../context.js";
import { PhraseSet, plainWordsOf } from "../sentence-tokens.js";
import type { RelationCues } from "../relation-cues.js";
import { GROUP_RULES } from "./groups.js";
import { MEMBERSHIP_RULES, type SentenceRule } from "./membership.js";
import { PARTY_RULES } from "./parties.js";
import { membershipsOf, type Candidate, type Reading } from "./reading.js";
import { vetoesFor } from "./vetoes.js";

export type { Candidate, Reading } from "./reading.js";
export { buildReading } from "./reading.js";

export const SENTENCE_RULES: readonly SentenceRule[] = [...MEMBERSHIP_RULES, ...GROUP_RULES, ...PARTY_RULES];

/**
 * "A letter of intent to that end was signed by A and B" (the initiative of the sentence before),
 * "the treaty establishing the X": the parties of an instrument about a programme or an
 * organisation take part in it (or become its members).
 */
function instrumentTopics(r: Reading, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const a of r.agreements) {
    // An organisation of one country (a navy, a ministry, a firm) has no member countries: "une lettre d'intention
    // sur la formation au sein des écoles de la Marine nationale" makes no one a member of the French Navy.
    if (!a.topicId || isNationalOrganization(r, a.topicId)) continue;
    const parties = found.filter((c) => c.type === "PARTY_TO" && c.target === a.entityId).map((c) => c.source);
    out.push(...membershipsOf(r, [...new Set(parties)], a.topicId, a.sentenceIndex, "instrumentTopic", 0.7));
  }
  return out;
}

/** Whether the knowledge base ties an organisation to one country. */
function isNationalOrganization(r: Reading, id: string): boolean {
  const entry = r.ctx.kb.byId.get(id);
  return !!entry && !("iso2" in entry) && entry.type === "Organization" && !!entry.country;
}

const ruleTriggers = new WeakMap<RelationCues, { triggers: ReadonlyArray<readonly PhraseSet[]>; any: PhraseSet }>();
/** Each rule's trigger sets, and all of them in one (most sentences hold none), made once per language's cues. */
function triggersOf(cues: RelationCues): { triggers: ReadonlyArray<readonly PhraseSet[]>; any: PhraseSet } {
  let found = ruleTriggers.get(cues);
  if (!found) {
    const triggers = SENTENCE_RULES.map((rule) => rule.triggers(cues));
    found = { triggers, any: PhraseSet.union(triggers.flat()) };
    ruleTriggers.set(cues, found);
  }
  return found;
}

/**
 * Every relation the rules read in the document, vetoes applied; `extra` are candidates read
 * elsewhere (events, roles), `inferred` those that follow from other facts (a signer's country),
 * put after what the text states so that the order of an agreement's parties stays the text's.
 */
export function readRelations(r: Reading, extra: readonly Candidate[] = [], inferred: readonly Candidate[] = []): Candidate[] {
  const found: Candidate[] = [...extra];
  const { triggers, any } = triggersOf(r.cues);
  r.ctx.sentences.forEach((s, i) => {
    if (!isStorySentence(s)) return;
    // A rule whose cues cannot occur in the sentence's plain words reads nothing there: most sentences
    // are passed over without being read as tokens (names, titles, dates).
    const words = plainWordsOf(r.ctx, i);
    if (!any.mayOccurIn(words)) return;
    SENTENCE_RULES.forEach((rule, k) => {
      if (triggers[k]?.some((set) => set.mayOccurIn(words))) found.push(...rule.read(r, i));
    });
  });
  found.push(...inferred);
  found.push(...instrumentTopics(r, found));
  const vetoes = vetoesFor(r, found);
  return found.filter((c) => !vetoes.some((v) => v.applies(c)));
}
