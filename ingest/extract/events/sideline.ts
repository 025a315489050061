/**
 * The phrase of an event on whose fringes another takes place: "On the sidelines of Wednesday's summit, X met Y",
 * "En marge du sommet de l'UE, X s'est entretenu avec Y". The people the sentence names outside the phrase are the
 * sideline meeting's; the occasion keeps only what its own phrase names (its organisation, its place).
 */
import type { ExtractionContext } from "../context.js";
import { clauseAround, findWordsIn, type Span } from "../spans.js";
import type { EventCues } from "./cues.js";

/** The sideline phrases of sentence s: from "on the sidelines of" / "en marge de" to the end of its clause. */
export function sidelinePhrases(ctx: ExtractionContext, cues: EventCues, s: Span): Span[] {
  return findWordsIn(cues.sidelineOpeners, ctx.text, s.start, s.end).map((o) => ({
    start: o.start,
    end: clauseAround(ctx.text, s.start, s.end, o.end).end,
  }));
}
