/**
 * Who attended an event told before, in a sentence that tells no event of its own, as ordered named rules:
 *   attendeesAfterLead    "It was attended by X, Y and Z", "Also present were X and Y", "Étaient également présents X
 *                         et Y", "Il réunissait X et Y": a lead opening the sentence (a pronoun standing for the event,
 *                         auxiliaries and adverbs before it), the people listed after it
 *   attendeesAfterMarker  "The opening session was held in the presence of X", "Le dîner était présidé par Y": a
 *                         marker with no one named before it, the people listed after it
 *   representatives       "Saudi Arabia's King X was represented by Foreign Minister Y", "X s'est fait représenter par
 *                         son ministre Y": the representatives, not the one represented
 *   attendingSubjects     "X, Y and Z also attended", "X et Y y ont pris part", "X was also present at the opening
 *                         session": the people who are the subject of an attending verb with no object but the event's
 *                         own parts, not negated ("X did not attend", "X n'y a pas pris part" attend nothing)
 * Coreference adds them to the meeting told last, a few sentences before at most; the sentence opens no event.
 */
import { blankSpans, clauseAround, findWordsIn, isLinkingGap, uniq, type Span } from "../spans.js";
import type { PersonReference } from "../roles.js";
import { subjectPeople } from "./participants.js";
import type { TriggerScope } from "./scope.js";

/** Most characters between a lead or a marker and the first attendee (titles and countries between: "Kuwait's Crown Prince Sheikh"). */
const FIRST_ATTENDEE_REACH = 80;
/** Most characters between two attendees of a list (the second one's title and country between). */
const NEXT_ATTENDEE_REACH = 100;

/** Who attended, and the cue that tells it. */
export interface Attendance {
  cue: Span;
  attendees: string[];
}

interface AttendanceRule {
  name: string;
  find: (scope: TriggerScope) => Attendance | null;
}

/** Between two attendees, or a cue and the first one: titles, countries and organisations, honorifics, link words, commas. */
function listGap(scope: TriggerScope, start: number, end: number, coordinated: boolean, reach: number): boolean {
  const { ctx, i, cues } = scope;
  return isLinkingGap(ctx.text, start, end, {
    allowCoordinator: coordinated,
    allowLinkWords: true,
    allowedSpans: [...(ctx.titlesBySentence[i] ?? []), ...(ctx.mentionsBySentence[i] ?? [])],
    allowedPhrases: cues.honorificStyles,
    maxLength: reach,
  });
}

/** The people listed right after `from`: the first within reach, the others joined by commas, "and", "et". */
function listedAfter(scope: TriggerScope, from: number): string[] {
  const ordered = [...scope.participants].sort((a, b) => a.start - b.start);
  const first = ordered.find((p) => p.start >= from);
  if (!first || !listGap(scope, from, first.start, false, FIRST_ATTENDEE_REACH)) return [];
  const list: PersonReference[] = [first];
  for (const next of ordered.filter((p) => p.start > first.start)) {
    const last = list.at(-1);
    if (!last || next.start < last.end) continue;
    if (!listGap(scope, last.end, next.start, true, NEXT_ATTENDEE_REACH)) break;
    list.push(next);
  }
  return uniq(list.map((p) => p.personId));
}

/** Whether the sentence denies what it tells before `at` ("were not present", "n'étaient pas présents"). */
function negatedBefore(scope: TriggerScope, from: number, at: number): boolean {
  const { ctx, cues } = scope;
  return [cues.negation, cues.negationBeforeVerb].some((finder) => findWordsIn(finder, ctx.text, from, at).length > 0);
}

/** Auxiliaries, adverbs and dates in [from, to): what may stand between a subject and its verb. */
function fillers(scope: TriggerScope, from: number, to: number): Span[] {
  const { ctx, cues, i } = scope;
  return [
    ...findWordsIn(cues.auxiliaries, ctx.text, from, to),
    ...findWordsIn(cues.adverbsInsideTriggers, ctx.text, from, to),
    ...findWordsIn(cues.attendanceAdverbs, ctx.text, from, to),
    ...ctx.temporal(i).filter((t) => t.start >= from && t.end <= to),
  ];
}

const attendeesAfterLead: AttendanceRule = {
  name: "attendeesAfterLead",
  find: (scope) => {
    const { ctx, cues, s } = scope;
    for (const lead of findWordsIn(cues.attendeeLeads, ctx.text, s.start, s.end)) {
      const before = blankSpans(ctx.text, s.start, lead.start, [
        ...fillers(scope, s.start, lead.start),
        ...findWordsIn(cues.attendanceEventPronouns, ctx.text, s.start, lead.start),
      ]);
      if (!/^[\s,]*$/u.test(before)) continue;
      const attendees = listedAfter(scope, lead.end);
      if (attendees.length > 0) return { cue: { start: lead.start, end: lead.end }, attendees };
    }
    return null;
  },
};

const attendeesAfterMarker: AttendanceRule = {
  name: "attendeesAfterMarker",
  find: (scope) => {
    const { ctx, cues, s, participants } = scope;
    for (const marker of findWordsIn(cues.attendanceMarkers, ctx.text, s.start, s.end)) {
      if (participants.some((p) => p.start < marker.start) || negatedBefore(scope, s.start, marker.start)) continue;
      const attendees = listedAfter(scope, marker.end);
      if (attendees.length > 0) return { cue: { start: marker.start, end: marker.end }, attendees };
    }
    return null;
  },
};

/**
 * Whether the clause after an attending verb names nothing but the event's own parts and dates ("attended the opening
 * session on Monday"): no place either ("was present in Washington last week" is another occasion).
 */
function nothingElseAttended(scope: TriggerScope, verb: Span): boolean {
  const { ctx, cues, s } = scope;
  const clause = clauseAround(ctx.text, s.start, s.end, verb.start);
  const rest = blankSpans(ctx.text, verb.end, clause.end, [
    ...fillers(scope, verb.end, clause.end),
    ...findWordsIn(cues.attendedOccasions, ctx.text, verb.end, clause.end),
    ...findWordsIn(cues.attendedOccasionLinks, ctx.text, verb.end, clause.end),
  ]);
  return /^[\s.!]*$/u.test(rest);
}

const representatives: AttendanceRule = {
  name: "representatives",
  find: (scope) => {
    const { ctx, cues, s } = scope;
    for (const cue of findWordsIn(cues.representedBy, ctx.text, s.start, s.end)) {
      if (negatedBefore(scope, s.start, cue.start)) continue;
      const attendees = listedAfter(scope, cue.end);
      if (attendees.length > 0) return { cue: { start: cue.start, end: cue.end }, attendees };
    }
    return null;
  },
};

const attendingSubjects: AttendanceRule = {
  name: "attendingSubjects",
  find: (scope) => {
    const { ctx, cues, i, s, participants } = scope;
    for (const verb of findWordsIn(cues.attendingVerbs, ctx.text, s.start, s.end)) {
      const last = participants.filter((p) => p.end <= verb.start).at(-1);
      if (!last || !nothingElseAttended(scope, verb)) continue;
      // Between the subject and its verb: a comma closing an apposition, auxiliaries, adverbs, the pronoun "y".
      const between = blankSpans(ctx.text, last.end, verb.start, [
        ...fillers(scope, last.end, verb.start),
        ...findWordsIn(cues.attendanceEventPronouns, ctx.text, last.end, verb.start),
      ]);
      if (!/^[\s,]*$/u.test(between) || negatedBefore(scope, last.end, verb.start)) continue;
      const subjects = subjectPeople(ctx, i, participants, { start: last.end, end: last.end });
      if (subjects.length > 0) return { cue: { start: verb.start, end: verb.end }, attendees: subjects };
    }
    return null;
  },
};

/** The attendance rules, in order. */
const ATTENDANCE_RULES: readonly AttendanceRule[] = [attendeesAfterLead, attendeesAfterMarker, representatives, attendingSubjects];

/** Who attended the event told before, as the sentence of the scope tells it; null when it tells none. */
export function attendanceOf(scope: TriggerScope): Attendance | null {
  if (scope.participants.length === 0) return null;
  for (const rule of ATTENDANCE_RULES) {
    const found = rule.find(scope);
    if (found) return found;
  }
  return null;
}
