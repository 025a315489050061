/**
 * Who signs, as ordered named rules (the first that finds wins), then the partners named with it:
 *   agentsAfter          "signée ce lundi par l'Allemagne, …, et le Royaume-Uni", "the signature by France, Germany …"
 *   agentsAfterCircumstances "signed on Monday at the ministry in Riga by X", "paraphé lundi au siège du ministère par X"
 *   participleOfAgreement "a rappelé le traité signé à Niamey", "recalled the treaty signed in Niamey" → the agreement's parties, not the subject
 *   relativeAntecedents  "X et Y, qui ont signé …", "Japan and China, which signed …"
 *   subjects             "Airbus et l'OCCAr (OCCAr) ont signé", "Macron et Draghi ont signé" — not the people of other clauses
 *   countedGroup         "Fifteen countries … signed" → the countries listed for the same count
 *   sidesOfSigners       "les deux pays ont signé", "the two countries signed" → the sides of the salient event
 *   countryNounSubject   "Le pays andin avait signé" → the country the previous sentence is about
 *   pronounSubject       "Il a signé" → the subject before
 *   sharedSubject        "X a rencontré Y et a signé", "X met Y and signed" → X, the subject of the verb before
 *   groupOfSigners       "les deux ministres ont signé"
 *   agreementParticiple  "The agreement, signed in Manila on 8 July …", "l'accord, paraphé à Rome …" → no signer, the agreement's parties
 *   signedAtOccasion     (after agentsAfterCircumstances) "Un mémorandum devrait y être signé", "A protocol should be signed there" → the participants of the event told before
 * Partners: "avec le Japon", "with Japan", "entre X et Y", "between X and Y"; "Y, with whom he signed", "Y, avec qui il a signé".
 */
import { blankSpans, clauseAround, findIn, findWordsIn, overlaps, wordCount, type Span } from "../spans.js";
import { belongsToTitle, isPartyMention, relativeClauses, typeOf, type TriggerScope } from "./scope.js";
import { cueBeforeVerb, groupSubjectBefore, partyGroupBefore } from "./participants.js";
import { listAfter, subjectList, type Candidate } from "./chains.js";
import { countedGroup } from "./groups.js";
import { cueBefore, previousSubjectCountry, sentenceSubject } from "./references.js";
import { pronounSubject } from "./visit.js";
import { firstFound, type Found, type ParticipantRule } from "./rules.js";
import type { AgreementMention } from "../agreement-mention.js";
import { foldForMatch } from "../../../src/kb/normalize.js";

/** People and parties of the sentence that may sign: not inside an agreement's name, not a title's complement. */
function signerCandidates(scope: TriggerScope): Candidate[] {
  const { ctx, i, participants, agreementsHere } = scope;
  const parties = (ctx.mentionsBySentence[i] ?? [])
    .filter((m) => isPartyMention(ctx, m) && !agreementsHere.some((a) => overlaps(a, m)) && !belongsToTitle(ctx, i, m))
    .filter((m) => !participants.some((p) => overlaps(p, m)))
    .map((m) => ({ start: m.start, end: m.end, id: m.entityId }));
  const people = participants.map((p) => ({ start: p.start, end: p.end, id: p.personId }));
  return [...people, ...parties].sort((a, b) => a.start - b.start);
}

/** Spans a list may be read past: titles and every mention of the sentence. */
function allowedIn(scope: TriggerScope): Span[] {
  return [...(scope.ctx.titlesBySentence[scope.i] ?? []), ...(scope.ctx.mentionsBySentence[scope.i] ?? [])];
}

/** Splits ids into people and parties. */
function asFound(scope: TriggerScope, ids: readonly string[]): Found | null {
  if (ids.length === 0) return null;
  const people = ids.filter((id) => typeOf(scope.ctx, id) === "Person");
  return { people, parties: ids.filter((id) => !people.includes(id)) };
}

export const agentsAfter: ParticipantRule = {
  name: "agentsAfter",
  find: (scope) => {
    const { ctx, cues, s, trigger } = scope;
    const marker = findIn(cues.agentMarkers, ctx.text, trigger.end, Math.min(s.end, trigger.end + 60)).find(
      (m) => wordCount(ctx.text.slice(trigger.end, m.start)) <= 5 && !/[;:()]/.test(ctx.text.slice(trigger.end, m.start)),
    );
    if (!marker) return null;
    const asides = relativeClauses(ctx, s, trigger).filter((c) => c.start > marker.end);
    return asFound(scope, listAfter(ctx, signerCandidates(scope), marker, s.end, allowedIn(scope), asides));
  },
};

/** Most words between a passive verb of signing and its agent when phrases of time and place stand between. */
const CIRCUMSTANCE_REACH = 16;

/** A word as the circumstance lists hold it: folded, no apostrophe. */
const asListed = (word: string) => foldForMatch(word).replace(/['’]/gu, "");

/**
 * Whether [from, to) holds phrases of time and place only: dates and places (as the date finder and the mentions give
 * them), words after a preposition of time or place ("on", "au"), no person, no word opening another clause ("and", "qui"),
 * no participle (a "by" after it would be its own agent: "at a ceremony hosted by X", "lors d'une réunion présidée par X"),
 * no punctuation but a comma right before the agent.
 */
function onlyCircumstances(scope: TriggerScope, from: number, to: number): boolean {
  const { ctx, cues, i } = scope;
  const words = cues.circumstanceWords;
  if (/[,;:()«»"“”]/u.test(ctx.text.slice(from, to).replace(/,\s*$/u, ""))) return false;
  const mentions = (ctx.mentionsBySentence[i] ?? []).filter((m) => m.start >= from && m.end <= to);
  if (mentions.some((m) => typeOf(ctx, m.entityId) === "Person")) return false;
  const left = blankSpans(ctx.text, from, to, [...ctx.temporal(i), ...mentions]).match(/[\p{L}\p{N}-]+/gu) ?? [];
  if (left.length > CIRCUMSTANCE_REACH) return false;
  const first = left[0];
  if (first !== undefined && !words.openers.has(asListed(first))) return false;
  const isParticiple = (word: string) => {
    const lower = word.toLowerCase();
    if (words.irregularParticiples.has(lower)) return true;
    return (
      !words.nounsOfParticipleEndings.has(lower) && words.participleEndings.some((e) => lower.length > e.length + 2 && lower.endsWith(e))
    );
  };
  return left.every((w) => !words.breakers.has(asListed(w)) && !isParticiple(w));
}

/**
 * "The contract was signed on Monday at the defence ministry in Riga by X, …, and Y, …", "Le document a été paraphé lundi
 * au siège du ministère à Jakarta par X et par Y": the agents of a passive verb of signing past its circumstances of
 * time and place (agentsAfter reads a few words only).
 */
const agentsAfterCircumstances: ParticipantRule = {
  name: "agentsAfterCircumstances",
  find: (scope) => {
    const { ctx, cues, s, trigger } = scope;
    const marker = findIn(cues.agentMarkers, ctx.text, trigger.end, s.end)[0];
    if (!marker || !onlyCircumstances(scope, trigger.end, marker.start)) return null;
    const asides = relativeClauses(ctx, s, trigger).filter((c) => c.start > marker.end);
    return asFound(scope, listAfter(ctx, signerCandidates(scope), marker, s.end, allowedIn(scope), asides));
  },
};

/**
 * The "and"/"et" that joins the trigger's verb to the verb before ("X met Y on Tuesday and signed", "… and both
 * signed", "… et a signé"): the name before it is that verb's object or subject, not the trigger's subject.
 */
function coordinatedVerbLink(scope: TriggerScope): Span | undefined {
  const { ctx, cues, s, trigger } = scope;
  // "X, who participated and signed …": the relative pronoun is the subject of both verbs (relativeAntecedents, subjects).
  if (relativeClauses(ctx, s, trigger).some((c) => c.start <= trigger.start && trigger.end <= c.end)) return undefined;
  const group = cueBeforeVerb(ctx, cues.bareGroupSubjects, s, trigger.start);
  return cueBeforeVerb(ctx, cues.sharedSubjectLinks, s, group ? group.start : trigger.start);
}

/** Most words of a description of the subject between commas: "X, Secretary to the Ministry of Ports, signed". */
const SUBJECT_DESCRIPTION_WORDS = 10;

/**
 * "Chaminda Perera, Secretary to the Ministry of Ports, signed the agreement with …", "X, directrice de l'Agence des ports,
 * a signé": a description between commas right after a person and right before the verb, naming no one else, is that
 * person's; the bodies it names are no signers (the person is the subject). Not a list ("X, Y and Z signed"), nor a
 * coordinated name ("X, and his counterpart Y, signed").
 */
function subjectDescription(scope: TriggerScope): Span[] {
  const { ctx, s, trigger } = scope;
  const candidates = signerCandidates(scope);
  const person = candidates.filter((c) => c.end <= trigger.start && typeOf(ctx, c.id) === "Person").at(-1);
  if (!person) return [];
  const gap = ctx.text.slice(person.end, trigger.start);
  // The verb's auxiliary or an adverb may stand after the closing comma ("…, a signé", "…, has signed").
  const description = /^\s*,([^,;:()«»"“”]+),\s*(?:[\p{Ll}'’]+\s+){0,2}$/u.exec(gap);
  if (!description || description[1] === undefined || s.start > person.start) return [];
  const words = description[1].trim();
  if (/^(?:and|et|or|ou|with|avec)\b/iu.test(words) || wordCount(words) > SUBJECT_DESCRIPTION_WORDS) return [];
  const span = { start: person.end, end: trigger.start };
  const inside = candidates.filter((c) => c.start >= span.start && c.end <= span.end);
  return inside.length > 0 && inside.every((c) => typeOf(ctx, c.id) !== "Person") ? [span] : [];
}

export const subjects: ParticipantRule = {
  name: "subjects",
  find: (scope) => {
    const { ctx, cues, s, trigger } = scope;
    if (coordinatedVerbLink(scope)) return null;
    // "Y, ministre de …, avec lequel il a signé": the name before a partner's relative pronoun is the partner
    // (relativePartner), the signer the pronoun's (pronounSubject).
    if (findIn(cues.partnerRelatives, ctx.text, s.start, trigger.start).length > 0) return null;
    const asides = [
      ...relativeClauses(ctx, s, trigger).filter((c) => !(c.start <= trigger.start && trigger.end <= c.end)),
      ...subjectDescription(scope),
    ];
    // "Kenya signed a pact with India, and Uganda signed …": India is the earlier verb's partner, not a subject of this one.
    const earlier = otherSignings(scope).filter((v) => v.end <= trigger.start);
    const partnerOfEarlier = (c: { start: number }) =>
      earlier.some(
        (v) =>
          v.end <= c.start &&
          new RegExp(`${PARTNER_MARKERS.source}$`, "iu").test(
            ctx.text.slice(v.end, c.start).replace(/\s*(?:the|le|la|les|l['’])\s*$/iu, " "),
          ),
      );
    const candidates = signerCandidates(scope).filter(
      (c) => !asides.some((a) => a.start <= c.start && c.end <= a.end) && !partnerOfEarlier(c),
    );
    // "X, who oversees procurement, and Y signed": the clause told aside is read past, the names around it joined.
    return asFound(scope, subjectList(ctx, candidates, trigger, [...allowedIn(scope), ...asides]));
  },
};

export const relativeAntecedents: ParticipantRule = {
  name: "relativeAntecedents",
  find: (scope) => {
    const { ctx, s, trigger } = scope;
    const holding = relativeClauses(ctx, s, trigger)
      .filter((c) => c.start <= trigger.start && trigger.end <= c.end)
      .sort((a, b) => b.start - a.start)[0];
    if (!holding) return null;
    // "X et Y, qui ont signé …", "Japan and China, which signed …": the list right before the pronoun.
    const last = signerCandidates(scope)
      .filter((c) => c.end <= holding.start)
      .at(-1);
    if (!last || !/^[\s,]*$/.test(ctx.text.slice(last.end, holding.start))) return null;
    return asFound(scope, subjectList(ctx, signerCandidates(scope), { start: last.end, end: last.end }, allowedIn(scope)));
  },
};

export const countryNounSubject: ParticipantRule = {
  name: "countryNounSubject",
  find: ({ ctx, cues, i, s, trigger }) => {
    const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
    const noun = cueBefore(ctx, cues.countryNouns, { start: clause.start, end: trigger.start }, trigger.start, 8);
    if (!noun) return null;
    const country = previousSubjectCountry(ctx, i, noun.start);
    return country ? { parties: [country] } : null;
  },
};

/** "Les deux pays ont signé", "both sides signed": the countries of the salient event (resolveEvents reads them). */
export const sidesOfSigners: ParticipantRule = {
  name: "sidesOfSigners",
  find: ({ ctx, s, trigger }) => {
    const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
    return partyGroupBefore(ctx, { start: clause.start, end: trigger.start }, trigger.start)
      ? { groupSubject: true, ofMinisters: true }
      : null;
  },
};

/**
 * "X met Y in Paris and signed …", "X a rencontré Y et a signé …", "… puis a signé": a verb joined by "and"/"et"
 * to the one before shares its subject, the sentence's (with the names coordinated with it), not the object.
 */
const sharedSubject: ParticipantRule = {
  name: "sharedSubject",
  find: (scope) => {
    const { ctx, cues, roles, i, s, trigger } = scope;
    const link = coordinatedVerbLink(scope);
    // "… and both signed": the group's (groupOfSigners).
    if (!link || cueBeforeVerb(ctx, cues.bareGroupSubjects, s, trigger.start)) return null;
    const subject = sentenceSubject(ctx, roles, i, link.start);
    if (!subject) return null;
    return asFound(
      scope,
      listAfter(ctx, signerCandidates(scope), { start: subject.start, end: subject.start }, link.start, allowedIn(scope), []),
    );
  },
};

export const groupOfSigners: ParticipantRule = {
  name: "groupOfSigners",
  find: ({ ctx, s, trigger }) => (groupSubjectBefore(ctx, s, trigger.start) ? { groupSubject: true } : null),
};

/** Most words between an agreement's name and its participle: "The agreement between Japan and the Philippines, signed …". */
const AGREEMENT_PARTICIPLE_REACH = 12;

/**
 * "The agreement, signed in Manila on 8 July 2031, entered into force", "l'accord entre la France et l'Italie, paraphé à Rome",
 * "The pact was signed on 3 November 2023": the participle of the agreement named before it, no signer named. A signing of
 * that agreement by its parties: those its name holds and those "between"/"entre" names right after it.
 */
const agreementParticiple: ParticipantRule = {
  name: "agreementParticiple",
  find: (scope) => {
    const { ctx, cues, trigger, agreementsHere } = scope;
    const agreement = agreementsHere.filter((a) => a.end <= trigger.start).at(-1);
    if (!agreement || wordCount(ctx.text.slice(agreement.end, trigger.start)) > AGREEMENT_PARTICIPLE_REACH) return null;
    const gap = ctx.text.slice(agreement.end, trigger.start);
    const passive = findIn(cues.passiveAuxiliaries, ctx.text, agreement.end, trigger.start).some(
      (a) => /^\s*$/u.test(ctx.text.slice(a.end, trigger.start)) && !/[,;:]/u.test(ctx.text.slice(agreement.end, a.start)),
    );
    // A participle opening an apposition: after a comma, the only one since the agreement's name.
    const apposition = /^[^,;:]*,\s*$/u.test(gap);
    if (!passive && !apposition) return null;
    const parties = partiesOfAgreement(scope, agreement);
    return parties.length > 0 ? { people: [], parties } : null;
  },
};

/** The parties of an agreement told signed by a participle: those its name holds and those "between"/"entre" names right after it. */
function partiesOfAgreement(scope: TriggerScope, agreement: AgreementMention): string[] {
  const { ctx, cues, trigger } = scope;
  const between = findIn(cues.sidesBetween, ctx.text, agreement.end, trigger.start).find((b) =>
    /^[\s,]*$/u.test(ctx.text.slice(agreement.end, b.start)),
  );
  const sides = between ? listAfter(ctx, signerCandidates(scope), between, trigger.start, allowedIn(scope), []) : [];
  return [...new Set([...agreement.partyIds, ...sides])].filter((id) => typeOf(ctx, id) !== "Person");
}

/**
 * "Le ministre a rappelé le traité signé à Niamey en 2024", "She recalled the treaty signed in Niamey": a participle right
 * after the agreement's name is that name's modifier; the sentence's subject recalls it, it did not sign it. The agreement's
 * parties only, or no one (before the rules that read a subject).
 */
const participleOfAgreement: ParticipantRule = {
  name: "participleOfAgreement",
  find: (scope) => {
    const { ctx, cues, trigger, agreementsHere } = scope;
    const agreement = agreementsHere.filter((a) => a.end <= trigger.start).at(-1);
    if (!agreement || !/^\s*$/u.test(ctx.text.slice(agreement.end, trigger.start))) return null;
    if (!findIn(cues.signedParticiples, ctx.text, trigger.start, trigger.end + 20).some((p) => p.start === trigger.start)) return null;
    return { people: [], parties: partiesOfAgreement(scope, agreement) };
  },
};

/**
 * "Un mémorandum devrait y être signé", "A protocol should be signed there", "Un accord sera signé à cette occasion": a
 * passive signing with no agent in its clause, told at the occasion of the event told before ("y" right before its
 * auxiliary, "there" right after the participle), an event told in the sentence before or earlier in this one: signed by
 * that event's participants (resolved as a group's).
 */
const signedAtOccasion: ParticipantRule = {
  name: "signedAtOccasion",
  find: (scope) => {
    const { ctx, cues, s, trigger } = scope;
    const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
    if (findIn(cues.agentMarkers, ctx.text, trigger.end, clause.end).length > 0) return null;
    const auxiliary = [
      ...findWordsIn(cues.passiveAuxiliaries, ctx.text, clause.start, trigger.start),
      ...findWordsIn(cues.infinitivePassiveAuxiliaries, ctx.text, clause.start, trigger.start),
    ].find((a) => /^\s*$/u.test(ctx.text.slice(a.end, trigger.start)));
    if (!auxiliary) return null;
    const before = findWordsIn(cues.occasionBeforeAuxiliary, ctx.text, clause.start, auxiliary.start).some((o) =>
      /^\s*$/u.test(ctx.text.slice(o.end, auxiliary.start)),
    );
    const after = findWordsIn(cues.occasionAfterSigning, ctx.text, trigger.end, clause.end).some((o) =>
      /^\s*$/u.test(ctx.text.slice(trigger.end, o.start)),
    );
    if (!before && !after) return null;
    // "there" may be a place only ("X opened a plant in Y. A contract was signed there."): an event told right before.
    const previous = ctx.sentences[scope.i - 1];
    const toldBefore = [previous ? { start: previous.start, end: previous.end } : null, { start: s.start, end: clause.start }].some(
      (span) => span !== null && ctx.lexicon.events.some((e) => findIn(e.triggers, ctx.text, span.start, span.end).length > 0),
    );
    return toldBefore ? { groupSubject: true } : null;
  },
};

/** The signer rules, in order. */
const SIGNER_RULES: readonly ParticipantRule[] = [
  agentsAfter,
  agentsAfterCircumstances,
  // Before participleOfAgreement: "Un accord de défense y sera signé" is no participle modifying the agreement's name.
  signedAtOccasion,
  participleOfAgreement,
  relativeAntecedents,
  subjects,
  countedGroup,
  sidesOfSigners,
  countryNounSubject,
  pronounSubject,
  sharedSubject,
  groupOfSigners,
  agreementParticiple,
];

const PARTNER_MARKERS = /(?:^|[\s,])(with|avec|alongside|together with|aux côtés de|entre|between)\s/giu;

/** The verbs of signing of the sentence (finite or participles) outside the trigger's cluster. */
function otherSignings(scope: TriggerScope): Span[] {
  const { ctx, cues, s, hits } = scope;
  return [...findIn(cues.signVerbs, ctx.text, s.start, s.end), ...findIn(cues.signedParticiples, ctx.text, s.start, s.end)].filter(
    (v) => !hits.some((h) => overlaps(h, v)),
  );
}

/** Where the clause of the next verb of signing after the trigger starts ("…, and Uganda signed …"), else the sentence's end. */
function nextSigningClause(scope: TriggerScope): number {
  const { ctx, s, trigger } = scope;
  const next = otherSignings(scope)
    .filter((v) => v.start >= trigger.end)
    .sort((a, b) => a.start - b.start)[0];
  return next ? clauseAround(ctx.text, s.start, s.end, next.start).start : s.end;
}

/**
 * The partners named after the trigger: "avec son homologue japonais X", "with his Japanese
 * counterpart, Y", "with Japan"; "entre la France et l'Italie", "between Japan and India".
 */
export function partnersOf(scope: TriggerScope): string[] {
  const { ctx, s, trigger } = scope;
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  // Not into the clause of another verb of signing: "X signed a pact with Y, and Z signed a deal with W" (Z and W are its own).
  const limit = nextSigningClause(scope);
  const window = ctx.text.slice(trigger.end, Math.min(limit, Math.max(clause.end, trigger.end + 90)));
  const out: string[] = [];
  for (const marker of window.matchAll(PARTNER_MARKERS)) {
    const at = trigger.end + marker.index + marker[0].length;
    const list = listAfter(ctx, signerCandidates(scope), { start: at, end: at }, limit, allowedIn(scope), []);
    // "entre"/"between" names the parties only right after the trigger and its object ("a pact between X and Y"), not "les liens entre X et Y".
    const pair = /^(?:entre|between)$/iu.test(marker[1] ?? "");
    const near = wordCount(window.slice(0, marker.index)) <= 3 && !/[,;:«»"“”]/.test(window.slice(0, marker.index));
    if (!pair || (near && list.length >= 2)) out.push(...list);
  }
  return [...new Set(out)];
}

/** "X met Y, with whom he signed …", "X a reçu Y, avec qui il a signé …": the name right before the relative pronoun opening the trigger's clause. */
function relativePartner(scope: TriggerScope): string[] {
  const { ctx, cues, s, trigger } = scope;
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  const relative = findIn(cues.partnerRelatives, ctx.text, clause.start, trigger.start)[0];
  if (!relative || !/^\s*$/u.test(ctx.text.slice(clause.start, relative.start))) return [];
  const before = signerCandidates(scope)
    .filter((c) => c.end <= relative.start)
    .at(-1);
  // Past the partner's title in apposition ("Y, ministre des Affaires européennes, avec lequel").
  const titles = ctx.titlesBySentence[scope.i] ?? [];
  return before && /^[\s,]*$/u.test(blankSpans(ctx.text, before.end, relative.start, titles)) ? [before.id] : [];
}

/**
 * "Un contrat de vingt hélicoptères a été conclu. Il a été paraphé par X et Y", "… It was signed by X": a pronoun
 * opening the sentence right before a passive signing stands for the last agreement of the sentence before.
 */
export function agreementOfPronounSubject(scope: TriggerScope): string | null {
  const { ctx, cues, i, s, trigger } = scope;
  const opening = findIn(cues.agreementPronounPassives, ctx.text, s.start, trigger.start).find(
    (p) => /^[\s«"“]*$/u.test(ctx.text.slice(s.start, p.start)) && /^\s*$/u.test(ctx.text.slice(p.end, trigger.start)),
  );
  if (!opening) return null;
  return scope.agreements.filter((a) => a.sentenceIndex === i - 1).at(-1)?.entityId ?? null;
}

/**
 * "The two companies also signed …", "ont par ailleurs signé", "ont pour leur part conclu": a cue of another signing in the
 * trigger's clause, before it; or fronted, opening the sentence ("Separately, X and Y signed …", "Par ailleurs, X et Y ont signé …").
 */
export function anotherSigning(scope: TriggerScope): boolean {
  const { ctx, cues, s, trigger } = scope;
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  if (findWordsIn(cues.anotherSigningCues, ctx.text, clause.start, trigger.start).length > 0) return true;
  return findWordsIn(cues.anotherSigningCues, ctx.text, s.start, Math.min(trigger.start, s.start + 40)).some(
    (cue) => /^[\s«"“]*$/u.test(ctx.text.slice(s.start, cue.start)) && /^\s*,/u.test(ctx.text.slice(cue.end, cue.end + 3)),
  );
}

/**
 * The agreement a signing mention signs, of those its sentence tells: the item its trigger holds ("and a third, on
 * training, by X and Y": no verb of its own); the one a participle is in apposition to ("one on ports, signed by …");
 * else the first told after the trigger, else the first of the sentence, not an item told by an item word (a verb whose
 * object announces several agreements signs none of them alone).
 */
export function agreementOfSigning(scope: TriggerScope): AgreementMention | undefined {
  const { ctx, cues, trigger, agreementsHere } = scope;
  const held = agreementsHere.find((a) => a.start >= trigger.start && a.start < trigger.end);
  if (held) return held;
  const participle = findIn(cues.signedParticiples, ctx.text, trigger.start, trigger.end + 20).some((p) => p.start === trigger.start);
  const apposed = agreementsHere.filter((a) => a.end <= trigger.start).at(-1);
  if (participle && apposed && /^\s*,\s*$/u.test(ctx.text.slice(apposed.end, trigger.start))) return apposed;
  const objects = agreementsHere.filter((a) => !a.item);
  return objects.find((a) => a.start >= trigger.end) ?? objects[0];
}

/** The signers and partners of a signing mention. */
export function signersFor(scope: TriggerScope, rules: readonly ParticipantRule[] = SIGNER_RULES): Found {
  const found = firstFound(rules, scope) ?? {};
  const partners = [...partnersOf(scope), ...relativePartner(scope)];
  const isPerson = (id: string) => typeOf(scope.ctx, id) === "Person";
  return {
    ...found,
    people: [...new Set([...(found.people ?? []), ...partners.filter(isPerson)])],
    parties: [...new Set([...(found.parties ?? []), ...partners.filter((p) => !isPerson(p))])],
  };
}
