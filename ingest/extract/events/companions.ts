/**
 * Who goes with a participant takes part too: "X, accompanied by Y, visited Z", "X s'est rendu à
 * Lorient en compagnie du délégué Y", "X, aux côtés de Y et de Z, a visité …". The companions are
 * the people right after the pack's companion cue (titles, demonyms and honorifics between, and
 * others joined to them by "et"/"and"); the one they go with is the person right before the cue
 * (commas and titles between), or, when the cue follows the trigger, the participants found.
 *
 * When the rules took a companion for the participant (the person nearest the verb in "X,
 * accompagnée du général Y, a visité"), the one they go with comes first.
 */
import { blankSpans, findIn, findWordsIn, isLinkingGap, uniq, type Span } from "../spans.js";
import type { PersonReference } from "../roles.js";
import type { TriggerScope } from "./scope.js";
import { personalSubjectPronouns } from "./pronouns.js";

/** Characters between a cue and its first companion, or between two companions: titles and honorifics. */
const MAX_GAP = 80;

interface Company {
  cue: Span;
  /** The person right before the cue, joined to it by commas and titles only; null when none. */
  leader: PersonReference | null;
  companions: PersonReference[];
}

function linked(scope: TriggerScope, start: number, end: number, coordinated: boolean): boolean {
  const { ctx, i } = scope;
  const mentions = (ctx.mentionsBySentence[i] ?? []).filter((m) => m.start >= start && m.end <= end && m.source === "demonym");
  return isLinkingGap(ctx.text, start, end, {
    allowCoordinator: coordinated,
    allowLinkWords: true,
    allowedSpans: [...(ctx.titlesBySentence[i] ?? []), ...mentions],
    allowedPhrases: scope.cues.honorificStyles,
    maxLength: MAX_GAP,
  });
}

/**
 * Between a cue and its first companion: an apposition describing them ("accompanied by the chief of
 * defence, General Y"): lowercase words, titles, names of countries and organisations, commas; no
 * relative clause, not the event's verb ("X, accompanied by aides, visited President Y's office": Y
 * does not go with X).
 */
function apposition(scope: TriggerScope, start: number, end: number): boolean {
  const { ctx, i } = scope;
  if (end - start > MAX_GAP || (scope.trigger.start >= start && scope.trigger.start < end)) return false;
  if (findIn(ctx.lexicon.relativePronouns, ctx.text, start, end).length > 0) return false;
  const named = [
    ...(ctx.titlesBySentence[i] ?? []),
    ...(ctx.mentionsBySentence[i] ?? []),
    ...scope.cues.honorificStyles.findInRange(ctx.text, start, end),
  ];
  const rest = blankSpans(
    ctx.text,
    start,
    end,
    named.filter((n) => n.start >= start && n.end <= end),
  );
  return /^[\p{Ll}\s,'’-]*$/u.test(rest) && (rest.match(/,/g) ?? []).length <= 2;
}

/** Each companion cue of the sentence with the people it joins. */
function companiesOf(scope: TriggerScope): Company[] {
  const { ctx, s, people, cues } = scope;
  const ordered = [...people].sort((a, b) => a.start - b.start);
  return findWordsIn(cues.companionCues, ctx.text, s.start, s.end).flatMap((cue) => {
    const first = ordered.find((p) => p.start >= cue.end);
    if (!first || !(linked(scope, cue.end, first.start, false) || apposition(scope, cue.end, first.start))) return [];
    const companions = [first];
    for (const next of ordered.filter((p) => p.start > first.start)) {
      const last = companions.at(-1);
      if (!last || !linked(scope, last.end, next.start, true) || !/\b(?:et|and)\b|,/iu.test(ctx.text.slice(last.end, next.start))) break;
      companions.push(next);
    }
    const before = ordered.filter((p) => p.end <= cue.start).at(-1);
    const leader = before && linked(scope, before.end, cue.start, false) ? before : null;
    return [{ cue, leader, companions }];
  });
}

/**
 * The participants found (people ids) with those who go with them. A cue before the trigger joins
 * the leader and companions of an aside ("X, accompanied by Y, visited"); one after it, the
 * companions of whoever the rules found ("X visited Lorient, accompanied by Y").
 */
export function withCompanions(scope: TriggerScope, found: readonly string[]): string[] {
  if (found.length === 0) return [...found];
  let people = [...found];
  for (const { cue, leader, companions } of companiesOf(scope)) {
    const ids = companions.map((p) => p.personId);
    if (cue.start >= scope.trigger.end) {
      // "X visited Paris while Y, accompanied by Z, went to Lyon": Z goes with Y, not with X.
      if (leader === null || leader.start < scope.trigger.start || people.includes(leader.personId)) people = [...people, ...ids];
      continue;
    }
    if (leader === null) continue;
    // The rules took the leader, or one of the companions for the subject: both go.
    if (people.includes(leader.personId) || ids.some((id) => people.includes(id))) {
      const rest = people.filter((id) => id !== leader.personId && !ids.includes(id));
      people = [leader.personId, ...ids, ...rest];
    }
  }
  return uniq(people);
}

/** Most characters of a party's words between the cue and its first member ("a high-level delegation that includes"). */
const COMPANY_REACH = 80;

/**
 * "He is accompanied by a delegation that includes Deputy Minister Y and General Z", "Elle était accompagnée du
 * vice-ministre Y", "Il est accompagné d'une délégation comprenant le vice-ministre Y": in a sentence that tells no
 * event of its own, a companion cue whose subject is a pronoun or a name (auxiliaries between), with the people named
 * after it (titles, a party's words between; more joined by "and", "et", commas): those who go with the subject on
 * what was told before, and the cue. Null when the sentence has no such cue.
 */
export function companionsOfSubject(scope: TriggerScope): { cue: Span; companions: string[] } | null {
  const { ctx, cues, s, people } = scope;
  const ordered = [...people].sort((a, b) => a.start - b.start);
  for (const cue of findWordsIn(cues.companionCues, ctx.text, s.start, s.end)) {
    // Before the cue: a pronoun or a name, and auxiliaries ("He is", "Elle sera", "Le ministre X était").
    const subjectSpans = [
      ...personalSubjectPronouns(ctx, s.start, cue.start),
      ...findWordsIn(cues.auxiliaries, ctx.text, s.start, cue.start),
      ...ordered.filter((p) => p.end <= cue.start),
      ...(ctx.titlesBySentence[scope.i] ?? []).filter((t) => t.end <= cue.start),
    ];
    if (!/^[\s,]*$/u.test(blankSpans(ctx.text, s.start, cue.start, subjectSpans))) continue;
    const first = ordered.find((p) => p.start >= cue.end);
    if (!first || first.start - cue.end > COMPANY_REACH) continue;
    const party = findWordsIn(cues.companyWords, ctx.text, cue.end, first.start);
    const lead = blankSpans(ctx.text, cue.end, first.start, [
      ...party,
      ...(ctx.titlesBySentence[scope.i] ?? []).filter((t) => t.start >= cue.end && t.end <= first.start),
      ...(ctx.mentionsBySentence[scope.i] ?? []).filter((m) => m.source === "demonym" && m.start >= cue.end && m.end <= first.start),
      ...cues.honorificStyles.findInRange(ctx.text, cue.end, first.start),
    ]);
    if (!/^[\s,]*$/u.test(lead)) continue;
    const companions = [first];
    for (const next of ordered.filter((p) => p.start > first.start)) {
      const last = companions.at(-1);
      if (!last || !linked(scope, last.end, next.start, true) || !/\b(?:et|and)\b|,/iu.test(ctx.text.slice(last.end, next.start))) break;
      companions.push(next);
    }
    const subjects = new Set(ordered.filter((p) => p.end <= cue.start).map((p) => p.personId));
    const ids = uniq(companions.map((p) => p.personId).filter((id) => !subjects.has(id)));
    if (ids.length > 0) return { cue: { start: cue.start, end: cue.end }, companions: ids };
  }
  return null;
}
