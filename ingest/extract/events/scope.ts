/**
 * What the event rules ask of a sentence: the people it names (titles standing alone
 * included), the zones that credit a speaker, whether a span lies in a relative clause or
 * is the complement of a title, and the topics around it.
 */
import type { EntityMention } from "../../../src/model/mentions.js";
import { isStorySentence, type ExtractionContext } from "../context.js";
import type { PersonReference, RoleExtraction } from "../roles.js";
import type { AgreementMention } from "../agreement-mention.js";
import { eventCues, type EventCues } from "./cues.js";
import { roleCuesFor } from "../role-cues.js";
import { blankSpans, clauseAround, findIn, findWordsIn, letterWordCount, overlaps, uniq, type Span } from "../spans.js";

export const typeOf = (ctx: ExtractionContext, id: string): string | null => ctx.entityById.get(id)?.type ?? null;

/** Person references of a sentence: names and titles standing alone resolved to their holder. */
export function peopleIn(ctx: ExtractionContext, roles: RoleExtraction, i: number): PersonReference[] {
  const names = (ctx.mentionsBySentence[i] ?? [])
    .filter((m) => typeOf(ctx, m.entityId) === "Person")
    .map((m) => ({ start: m.start, end: m.end, personId: m.entityId, sentenceIndex: i, viaTitle: false }));
  const fromTitles = (roles.titleReferences[i] ?? []).filter((r) => !names.some((n) => overlaps(n, r)));
  return [...names, ...fromTitles].sort((a, b) => a.start - b.start);
}

/**
 * Where reported speech credits its speaker: ", a annoncé X, …" (verb first) or ", Mr X said"
 * (verb last). People there are not participants.
 */
export function reportingZones(ctx: ExtractionContext, s: Span): Span[] {
  const zones: Span[] = [];
  for (const h of findIn(ctx.lexicon.reportingVerbs, ctx.text, s.start, s.end)) {
    const clause = clauseAround(ctx.text, s.start, s.end, h.start);
    if (clause.start === s.start) continue; // the sentence's own verb, not an incise
    const before = ctx.text.slice(clause.start, h.start);
    if (/^\s*$/.test(before)) {
      // ", a annoncé le chef de …, Josep Borrell, à l'issue de …": up to what follows the speaker.
      const next = ctx.text.slice(h.end, s.end).search(/[;:.]|,\s+(?:à|au|lors|après|avant|after|before|during|at the end)(?=[\s'’])/i);
      zones.push({ start: clause.start, end: next < 0 ? s.end : h.end + next });
    } else if (/^[^,;:]*$/.test(ctx.text.slice(h.end, clause.end)) && clause.end >= s.end - 2) {
      // ", Mr Healey said." at the end of the sentence.
      zones.push({ start: clause.start, end: clause.end });
    }
  }
  return zones;
}

/** Whether a determiner sits right before the trigger ("la réunion", "de l'entretien", "this summit"). */
export function isDefinite(ctx: ExtractionContext, s: Span, trigger: Span): boolean {
  const from = Math.max(s.start, trigger.start - 8);
  const determiner = findIn(ctx.lexicon.determiners, ctx.text, from, trigger.start).find((d) =>
    /^\s*$/.test(ctx.text.slice(d.end, trigger.start)),
  );
  return determiner !== undefined && !indefiniteUse(ctx, s, determiner);
}

/** "pour des entretiens", "Des pourparlers ont eu lieu": "des" that is no "de" + "les", as no noun ("l'issue des") or "lors" comes before it. */
function indefiniteUse(ctx: ExtractionContext, s: Span, determiner: Span): boolean {
  const cues = eventCues(ctx.language);
  const contracted = findIn(cues.contractedDeterminers, ctx.text, determiner.start, determiner.end)[0];
  if (!contracted || contracted.start !== determiner.start || contracted.end !== determiner.end) return false;
  const before = /(?:^|[\s'’])([\p{L}-]+)\s+$/u.exec(ctx.text.slice(Math.max(s.start, determiner.start - 40), determiner.start));
  if (!before?.[1]) return true;
  const word = { start: determiner.start - before[0].length + before[0].indexOf(before[1]), end: 0 };
  word.end = word.start + before[1].length;
  if (findIn(cues.deHeadsWithoutArticle, ctx.text, word.start, word.end).length > 0) return false;
  return !findIn(cues.nounArticles, ctx.text, Math.max(s.start, word.start - 6), word.start).some((a) =>
    /^[\s'’]*$/.test(ctx.text.slice(a.end, word.start)),
  );
}

/** Whether the span lies in a clause opened by a relative pronoun ("…, which Japan and Australia signed"). */
export function inRelativeClause(ctx: ExtractionContext, s: Span, span: Span): boolean {
  const clause = clauseAround(ctx.text, s.start, s.end, span.start);
  if (clause.start === s.start) return false;
  return opensWithRelativePronoun(ctx, clause);
}

/**
 * Whether the span lies in a relative clause that tells what goes on now ("X, who is visiting Hanoi,
 * held talks", "X, qui effectue une visite à Hanoï"): the story's own event, not background.
 */
export function inOngoingRelativeClause(ctx: ExtractionContext, s: Span, span: Span): boolean {
  if (!inRelativeClause(ctx, s, span)) return false;
  const clause = clauseAround(ctx.text, s.start, s.end, span.start);
  return findIn(eventCues(ctx.language).ongoingForms, ctx.text, clause.start, span.end).length > 0;
}

/** Whether a clause starts with a relative pronoun ("which …", "qui …"). */
export function opensWithRelativePronoun(ctx: ExtractionContext, clause: Span): boolean {
  return ctx.lexicon.relativePronouns
    .findAll(ctx.text.slice(clause.start, Math.min(clause.end, clause.start + 12)))
    .some((h) => /^\s*$/.test(ctx.text.slice(clause.start, clause.start + h.start)));
}

/** "des représentants de la société civile, dont Mme X et M. Y", "dont deux ministres": the pronoun opens a list of those included. */
function opensIncludedList(ctx: ExtractionContext, cues: EventCues, pronoun: Span): boolean {
  if (
    !cues.includingPronouns
      .findAll(ctx.text.slice(pronoun.start, pronoun.end))
      .some((h) => h.start === 0 && h.end === pronoun.end - pronoun.start)
  )
    return false;
  const next = /^\s*([\p{L}\p{N}]+)/u.exec(ctx.text.slice(pronoun.end, pronoun.end + 40))?.[1] ?? "";
  return /^\p{Lu}/u.test(next) || cues.countWords.findAll(next).some((h) => h.start === 0 && h.end === next.length) || /^\p{N}/u.test(next);
}

/**
 * Relative clauses of the sentence: from a relative pronoun to the next clause boundary
 * ("…, qui se tiendra en mai", "a document that would strengthen …"). "that" right before the
 * trigger is a determiner ("that meeting"), not a pronoun.
 */
export function relativeClauses(ctx: ExtractionContext, sentence: Span, trigger: Span): Span[] {
  const out: Span[] = [];
  const cues = eventCues(ctx.language);
  for (const p of findIn(ctx.lexicon.relativePronouns, ctx.text, sentence.start, sentence.end)) {
    if (p.start <= trigger.start && /^that$/iu.test(ctx.text.slice(p.start, p.end)) && /^\s*$/.test(ctx.text.slice(p.end, trigger.start)))
      continue;
    if (opensIncludedList(ctx, cues, p)) continue;
    const clause = clauseAround(ctx.text, sentence.start, sentence.end, p.end);
    out.push({ start: p.start, end: Math.max(p.end, clause.end) });
  }
  return out;
}

/**
 * The relative clauses that tell something else than the trigger: neither holding it nor
 * qualifying its noun ("X, who met Y in Berlin last week, held talks with Z": the clause is Y's
 * and Berlin's, not the talks').
 */
export function asideClauses(ctx: ExtractionContext, sentence: Span, trigger: Span): Span[] {
  return relativeClauses(ctx, sentence, trigger).filter(
    (c) => !(c.start <= trigger.start && trigger.end <= c.end) && !qualifiesTrigger(ctx, c, trigger),
  );
}

/** The person named right before a relative clause ("X, qui …", "X, who …"): its antecedent, or null. */
export function antecedentOf(ctx: ExtractionContext, people: readonly PersonReference[], clause: Span): PersonReference | null {
  const antecedent = [...people].reverse().find((p) => p.end <= clause.start);
  return antecedent && /^[\s,]*$/u.test(ctx.text.slice(antecedent.end, clause.start)) ? antecedent : null;
}

/**
 * "X also met Y, whom he had hosted in Paris", "X a rencontré Y, puis Z, qu'il avait reçue à Paris": a relative
 * clause on a person whose subject is a personal pronoun; the pronoun is the person who opens the sentence, its
 * main clause's subject (none when the sentence opens otherwise).
 */
function pronounSubjectOf(scope: TriggerScope, clause: Span, antecedent: PersonReference): PersonReference[] {
  const { ctx, s, participants } = scope;
  const pronoun = findIn(ctx.lexicon.relativePronouns, ctx.text, clause.start, clause.end)[0];
  if (!pronoun) return [];
  const subject = findIn(eventCues(ctx.language).subjectPronouns, ctx.text, pronoun.end, Math.min(clause.end, pronoun.end + 8))[0];
  if (!subject || !/^\s*$/u.test(ctx.text.slice(pronoun.end, subject.start))) return [];
  // The person who opens the sentence ("À Pristina, ce vendredi, le ministre X"): the main clause's subject.
  const opener = [...participants].sort((a, b) => a.start - b.start)[0];
  const places = (ctx.mentionsBySentence[scope.i] ?? []).filter((m) => typeOf(ctx, m.entityId) === "Place");
  // An honorific right before the name ("M. X") is the name's.
  const honorific =
    opener === undefined
      ? undefined
      : findIn(roleCuesFor(ctx.language).gapPhrases, ctx.text, Math.max(s.start, opener.start - 8), opener.start).find((h) =>
          /^\s*$/u.test(ctx.text.slice(h.end, opener.start)),
        );
  const opens =
    opener !== undefined &&
    opener.end <= antecedent.start &&
    opener.personId !== antecedent.personId &&
    opensSentence(ctx, scope.i, s.start, honorific?.start ?? opener.start, places);
  return opens ? [opener] : [];
}

/** Longest word a sentence's frame may hold before its subject besides places, dates and titles ("ce", "on", "à"). */
const FRAME_WORD_LETTERS = 3;

/**
 * Whether [from, to) frames a sentence's subject: titles, places, dates, locatives and short words only ("À Pristina,
 * ce vendredi, le ministre", "In Tirana on Friday,"); not "Selon", "According to", a verb.
 */
function opensSentence(ctx: ExtractionContext, i: number, from: number, to: number, places: readonly Span[]): boolean {
  const locatives = findIn(ctx.lexicon.locativePrepositions, ctx.text, from, to);
  const gap = blankSpans(ctx.text, from, to, [...(ctx.titlesBySentence[i] ?? []), ...places, ...ctx.temporal(i), ...locatives]);
  if (/[.;:!?«»"“”()]/u.test(gap)) return false;
  return (gap.match(/[\p{L}'’-]+/gu) ?? []).every((w) => w.length <= FRAME_WORD_LETTERS && w === w.toLowerCase());
}

/**
 * The participants a trigger can take: inside the relative clause that holds it, that clause's
 * people and its antecedent ("X, who met Y in Berlin, …": X and Y); a clause with neither hands on
 * to the one around it ("A a accueilli X, qui s'est rendu à Toulon où il a rencontré le préfet": X, not
 * A); otherwise everyone but the people of clauses told aside.
 */
export function ownParticipants(scope: TriggerScope): PersonReference[] {
  const { ctx, s, trigger, participants } = scope;
  const holding = relativeClauses(ctx, s, trigger)
    .filter((c) => c.start <= trigger.start && trigger.end <= c.end)
    .sort((a, b) => b.start - a.start);
  for (const clause of holding) {
    const inside = participants.filter((p) => p.start >= clause.start && p.end <= clause.end);
    const antecedent = antecedentOf(ctx, participants, clause);
    const own = antecedent ? [...pronounSubjectOf(scope, clause, antecedent), antecedent, ...inside] : inside;
    if (own.length > 0) return own;
  }
  if (holding.length > 0) return [...participants];
  const asides = asideClauses(ctx, s, trigger);
  return participants.filter((p) => !asides.some((c) => c.start <= p.start && p.end <= c.end));
}

/** Whether a relative clause qualifies the trigger noun itself ("la visite, qui aura lieu en mai"): its tense and date are the event's. */
export function qualifiesTrigger(ctx: ExtractionContext, clause: Span, trigger: Span): boolean {
  if (clause.start < trigger.end) return false;
  const gap = ctx.text.slice(trigger.end, clause.start);
  // "la visite, qui …", "the visit that …", "la visite officielle, qui …": nothing, or one adjective and a comma, between.
  return (
    /^[\s,]*$/u.test(gap) ||
    /^\s*[\p{L}-]+\s*,\s*$/u.test(gap) ||
    isPlaceComplement(ctx, { start: trigger.end, end: clause.start }) ||
    (hostsEvent(ctx, clause) && !personNamedBetween(ctx, trigger.end, clause.start))
  );
}

/**
 * Whether a person is named in [from, to): "met Ilir Dervishi, whom he had hosted in Paris" — the clause is the
 * person's, not the event's, whatever its verb.
 */
function personNamedBetween(ctx: ExtractionContext, from: number, to: number): boolean {
  return ctx.linked.mentions.some((m) => m.start >= from && m.end <= to && typeOf(ctx, m.entityId) === "Person");
}

/** "…, which Riyadh is due to host in December", "…, que Dakar accueillera en mai": a clause whose verb takes an event as object is the event's. */
function hostsEvent(ctx: ExtractionContext, clause: Span): boolean {
  return findIn(eventCues(ctx.language).hostingVerbs, ctx.text, clause.start, clause.end).length > 0;
}

/** "la réunion à Lisbonne, qui …", "the talks in New Delhi that …": a locative and a capitalised name of up to three words. */
function isPlaceComplement(ctx: ExtractionContext, gap: Span): boolean {
  return findIn(ctx.lexicon.locativePrepositions, ctx.text, gap.start, Math.min(gap.end, gap.start + 16)).some(
    (p) =>
      /^\s*$/u.test(ctx.text.slice(gap.start, p.start)) &&
      /^\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*,?\s*$/u.test(ctx.text.slice(p.end, gap.end)),
  );
}

export const isPartyMention = (ctx: ExtractionContext, m: EntityMention): boolean => {
  const type = typeOf(ctx, m.entityId);
  return (type === "Country" || type === "Organization") && m.source !== "demonym";
};

/** Whether a mention is the complement of a title ("EU foreign policy chief", "ministre japonaise", "Japan's Defence Minister"). */
export function belongsToTitle(ctx: ExtractionContext, i: number, m: Span): boolean {
  return (ctx.titlesBySentence[i] ?? []).some(
    (t) =>
      overlaps(t, m) ||
      (m.end <= t.start && /^(?:'s|’s)?\s?$/.test(ctx.text.slice(m.end, t.start))) ||
      (m.start >= t.end && /^\s*(?:de|du|des|d'|d’|de la|de l'|de l’|of|of the)?\s*$/i.test(ctx.text.slice(t.end, m.start))),
  );
}

/** The topics of the sentence's paragraph. */
export function topicsFor(ctx: ExtractionContext, i: number): string[] {
  const paragraph = ctx.sentences[i]?.paragraph;
  const ids: string[] = [];
  ctx.sentences.forEach((s, j) => {
    if (j !== i && (s.paragraph !== paragraph || !isStorySentence(s))) return;
    for (const m of ctx.mentionsBySentence[j] ?? []) if (typeOf(ctx, m.entityId) === "Topic") ids.push(m.entityId);
  });
  return uniq(ids);
}

/** What every participant rule reads: the sentence, its people, and the trigger cluster. */
export interface TriggerScope {
  ctx: ExtractionContext;
  roles: RoleExtraction;
  cues: EventCues;
  /** The sentence's index and span. */
  i: number;
  s: Span;
  /** The trigger cluster and its first non-anaphoric trigger. */
  hits: readonly Span[];
  trigger: Span;
  /** Every person reference of the sentence, and those outside reporting zones. */
  people: readonly PersonReference[];
  participants: readonly PersonReference[];
  agreementsHere: readonly AgreementMention[];
  agreements: readonly AgreementMention[];
}

/** The scope of a trigger in sentence i: the sentence, its people (outside reporting zones as participants), its agreements. */
export function scopeOf(
  ctx: ExtractionContext,
  roles: RoleExtraction,
  agreements: readonly AgreementMention[],
  i: number,
  trigger: Span,
  hits: readonly Span[] = [trigger],
  known?: { people: readonly PersonReference[]; participants: readonly PersonReference[] },
): TriggerScope {
  const sentence = ctx.sentences[i];
  const s = sentence ? { start: sentence.start, end: sentence.end } : { start: trigger.start, end: trigger.end };
  const people = known?.people ?? peopleIn(ctx, roles, i);
  const reporting = known ? [] : reportingZones(ctx, s);
  return {
    ctx,
    roles,
    cues: eventCues(ctx.language),
    i,
    s,
    hits,
    trigger,
    people,
    participants: known?.participants ?? people.filter((p) => !reporting.some((z) => z.start <= p.start && p.end <= z.end)),
    agreementsHere: agreements.filter((a) => a.sentenceIndex === i),
    agreements,
  };
}

/** Most words before the pronoun of a relative clause on the noun ("à Doha que"), and between it and its verb ("que le président X devait"). */
const WORDS_BEFORE_RELATIVE = 4;
const RELATIVE_SUBJECT_WORDS = 12;

/**
 * "la visite à Doha que devait effectuer le ministre X", "the visit that President X was due to make": a relative
 * clause on a trip's noun (an object pronoun and a verb of making a trip) in [from, to): its pronoun and verb, or null.
 */
export function relativeClauseOnNoun(
  ctx: ExtractionContext,
  cues: EventCues,
  from: number,
  to: number,
): { pronoun: Span; verb: Span } | null {
  const pronoun = findWordsIn(cues.objectRelatives, ctx.text, from, to)[0];
  if (!pronoun || letterWordCount(ctx.text.slice(from, pronoun.start)) > WORDS_BEFORE_RELATIVE) return null;
  const verb = findWordsIn(cues.tripMakingVerbs, ctx.text, pronoun.end, to)[0];
  return verb !== undefined && letterWordCount(ctx.text.slice(pronoun.end, verb.start)) <= RELATIVE_SUBJECT_WORDS
    ? { pronoun, verb }
    : null;
}
