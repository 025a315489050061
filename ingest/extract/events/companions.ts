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
