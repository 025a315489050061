/**
 * The phrase of a later event: "X and Y spoke by phone on Monday ahead of next week's summit in Brussels", "X a
 * rencontré Y mardi en amont du sommet de l'OTAN à La Haye", "met Y on Tuesday before the summit in Rome". What the
 * phrase names (its place, its date) is the later event's, not the one told before it; and the date told before it
 * is not the later event's.
 */
import type { ExtractionContext } from "../context.js";
import { clauseAround, findWordsIn, wordCount, type Span } from "../spans.js";
import { eventCues } from "./cues.js";

/** Most words between "before"/"avant" and the event's noun it opens ("before next week's NATO summit"). */
const BEFORE_TO_NOUN_WORDS = 4;

/** A later event's phrase; `ownDate` when a date told before it is not the later event's (a noun: "before the summit", not "avant de se rendre à Paris"). */
export interface LaterEventPhrase extends Span {
  ownDate: boolean;
}

/** Right after "before"/"avant": a verb follows ("avant de se rendre", "before travelling"), the trip goes on from the event told. */
const VERB_AFTER_BEFORE = /^\s*(?:de\s|d['’]|\p{L}+ing\s)/iu;

/**
 * The phrases of later events in sentence s: from an "ahead of" cue ("ahead of", "en amont du"), or a "before"
 * word a few words before an event's noun or verb, to the end of its clause.
 */
export function laterEventPhrases(ctx: ExtractionContext, s: Span): LaterEventPhrase[] {
  const cues = eventCues(ctx.language);
  const opens = [
    ...findWordsIn(cues.aheadOf, ctx.text, s.start, s.end),
    ...findWordsIn(cues.beforeEvent, ctx.text, s.start, s.end).filter((b) => {
      const clause = clauseAround(ctx.text, s.start, s.end, b.end);
      return ctx.lexicon.events.some((e) =>
        findWordsIn(e.triggers, ctx.text, b.end, clause.end).some((t) => wordCount(ctx.text.slice(b.end, t.start)) <= BEFORE_TO_NOUN_WORDS),
      );
    }),
  ];
  return opens.map((o) => ({
    start: o.start,
    end: clauseAround(ctx.text, s.start, s.end, o.end).end,
    ownDate: !VERB_AFTER_BEFORE.test(ctx.text.slice(o.end, o.end + 24)),
  }));
}

/** The later event's phrase told after the trigger (so not the trigger's own), if any. */
export function laterEventAfter(ctx: ExtractionContext, s: Span, trigger: Span): LaterEventPhrase | null {
  return laterEventPhrases(ctx, s).find((p) => p.start >= trigger.end) ?? null;
}

/** The later event's phrase that holds the trigger ("ahead of next week's summit"), if any. */
export function laterEventHolding(ctx: ExtractionContext, s: Span, trigger: Span): LaterEventPhrase | null {
  return laterEventPhrases(ctx, s).find((p) => p.start < trigger.start && trigger.end <= p.end) ?? null;
}
