/**
 * One sentence, two meetings of one subject with different counterparts, one after the other:
 *   "X s'est entretenu avec Y, puis avec Z", "X met Y on Monday and then Z", "X a rencontré Y puis, à Paris, Z"
 *   (the link and the next counterpart, the verb left out), and "X spoke with Y and also spoke with Z", "X
 *   s'est entretenu avec Y avant de s'entretenir avec Z", "X a rencontré Y et a également rencontré Z" (the link
 *   and a meeting verb). Each counterpart meets the subject in a meeting of its own; "X met Y and Z" stays one.
 */
import type { ExtractionContext } from "../context.js";
import type { PersonReference } from "../roles.js";
import { blankSpans, clauseAround, findIn, letterWordCount, type Span } from "../spans.js";
import type { EventCues } from "./cues.js";
import type { TriggerHit } from "./mention.js";
import { relativeClauses, typeOf, type TriggerScope } from "./scope.js";

/** Where a sentence moves on to the next meeting: the link, and the meeting verb after it (none when left out). */
export interface SequenceSplit {
  link: Span;
  /** The trigger of the second meeting; null when its verb is left out ("…, puis avec Z"). */
  next: TriggerHit | null;
}

/** Most words between the link and the second meeting's verb ("and later also held talks with"). */
const LINK_TO_VERB_WORDS = 2;

/** Between a left-out verb's link and its counterpart: "with"/"avec", an article, a possessive, an aside between commas. */
const LINK_TO_COUNTERPART = /^\s*(?:,[^,;:.]*,)?\s*(?:(?:avec|with)\s+)?(?:(?:le|la|les|l['’]|son|sa|ses|the|his|her|its|their)\s*)?$/iu;

/** Whether a counterpart (a person, or a counterpart title left unnamed) is named in [from, to). */
function counterpartIn(ctx: ExtractionContext, i: number, people: readonly PersonReference[], from: number, to: number): boolean {
  return (
    people.some((p) => p.start >= from && p.end <= to) ||
    (ctx.titlesBySentence[i] ?? []).some((t) => t.counterpart && t.start >= from && t.end <= to)
  );
}

/** The first counterpart at or after `from`: a person or a counterpart title. */
function firstCounterpartFrom(ctx: ExtractionContext, i: number, people: readonly PersonReference[], from: number): Span | undefined {
  const candidates: Span[] = [
    ...people.filter((p) => p.start >= from),
    ...(ctx.titlesBySentence[i] ?? []).filter((t) => t.counterpart && t.start >= from),
  ];
  return candidates.sort((a, b) => a.start - b.start)[0];
}

/** Most words between a meeting verb and the adverb that makes its counterparts' meetings separate ("met separately with"). */
const VERB_TO_ADVERB_WORDS = 2;

/**
 * "X met separately with Y and Z", "X s'est entretenu séparément avec Y et avec Z", "X separately met Y and Z", "X met
 * Y and Z separately": an adverb right before the meeting verb, inside it ("met separately with"), after it before its
 * first counterpart, or right after a counterpart of the verb's clause, gives each counterpart a meeting.
 */
function separateMeetings(ctx: ExtractionContext, cues: EventCues, s: Span, lead: TriggerHit, people: readonly PersonReference[]): boolean {
  const clause = clauseAround(ctx.text, s.start, s.end, lead.end);
  const after = people.filter((p) => p.start >= lead.end && p.end <= clause.end).sort((a, b) => a.start - b.start);
  const words = (from: number, to: number): number => letterWordCount(ctx.text.slice(from, to));
  return findIn(cues.separateMeetingAdverbs, ctx.text, Math.max(s.start, lead.start - 30), clause.end).some(
    (a) =>
      (a.end <= lead.start && words(a.end, lead.start) <= 1) ||
      (a.start >= lead.start && a.end <= lead.end) ||
      (a.start >= lead.end && a.end <= (after[0]?.start ?? clause.end) && words(lead.end, a.start) <= VERB_TO_ADVERB_WORDS) ||
      (after.length >= 2 && after.some((p) => p.end <= a.start && words(p.end, a.start) === 0)),
  );
}

/**
 * The split of the meeting triggered at `lead` in sentence i, when a link after its first counterpart opens
 * another meeting with another counterpart; `gatherings` are the sentence's meeting and call triggers.
 */
export function sequenceSplit(
  ctx: ExtractionContext,
  cues: EventCues,
  i: number,
  s: Span,
  lead: TriggerHit,
  gatherings: readonly TriggerHit[],
  people: readonly PersonReference[],
): SequenceSplit | null {
  const asides = relativeClauses(ctx, s, lead);
  const titles = ctx.titlesBySentence[i] ?? [];
  const separately = separateMeetings(ctx, cues, s, lead, people);
  const links = [
    ...findIn(cues.nextMeetingLinks, ctx.text, lead.end, s.end),
    ...findIn(cues.nextCounterpartLinks, ctx.text, lead.end, s.end),
    ...(separately ? findIn(cues.separateCounterpartLinks, ctx.text, lead.end, s.end) : []),
  ]
    .filter((l) => !asides.some((c) => c.start <= l.start && l.end <= c.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const link of links) {
    if (!counterpartIn(ctx, i, people, lead.end, link.start)) continue;
    const counterpart = firstCounterpartFrom(ctx, i, people, link.end);
    if (!counterpart) continue;
    const meetingLink = findIn(cues.nextMeetingLinks, ctx.text, link.start, link.end).some(
      (l) => l.start === link.start && l.end === link.end,
    );
    const next = gatherings.find((h) => {
      if (h.start < link.start || h.start > counterpart.start || !meetingLink) return false;
      const gap = ctx.text.slice(link.end, Math.max(link.end, h.start));
      return letterWordCount(gap) <= LINK_TO_VERB_WORDS;
    });
    if (next) return { link, next };
    const counterpartLink = [
      ...findIn(cues.nextCounterpartLinks, ctx.text, link.start, link.end),
      ...(separately ? findIn(cues.separateCounterpartLinks, ctx.text, link.start, link.end) : []),
    ].some((l) => l.start === link.start && l.end === link.end);
    // "…, puis avec Z", "then with his Indian counterpart": nothing but a preposition and an article before the counterpart.
    // A country's name or demonym before the title is the counterpart's own ("and with Kosovo's Prime Minister Z").
    const owners = (ctx.mentionsBySentence[i] ?? []).filter((m) => typeOf(ctx, m.entityId) === "Country");
    const gap = blankSpans(ctx.text, link.end, counterpart.start, [...titles, ...owners]).replace(/\s['’]s\s/u, " ");
    if (counterpartLink && LINK_TO_COUNTERPART.test(gap)) return { link, next: null };
  }
  return null;
}

/**
 * The scope of a trigger narrowed to [from, to) of its sentence: the people and the clauses there only, and
 * the references of `subjects` (the first meeting's subject, for the second).
 */
export function narrowedScope(
  scope: TriggerScope,
  from: number,
  to: number,
  trigger: Span = scope.trigger,
  subjects: readonly string[] = [],
): TriggerScope {
  const inside = (p: Span) => p.start >= from && p.end <= to;
  const kept = (p: PersonReference) => inside(p) || (p.end <= from && subjects.includes(p.personId));
  return {
    ...scope,
    s: { start: from, end: to },
    trigger,
    hits: scope.hits.filter(inside).length > 0 ? scope.hits.filter(inside) : [trigger],
    people: scope.people.filter(kept),
    participants: scope.participants.filter(kept),
  };
}
