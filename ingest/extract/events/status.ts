/**
 * Whether an event mention tells what happened or what is planned: planned-markers in the
 * trigger's clause, a date after publication, a sentence in the future tense.
 */
import type { EventStatus, IsoDate } from "../../../src/model/extraction.js";
import type { TemporalExpression } from "../../../src/model/document.js";
import type { ExtractionContext } from "../context.js";
import { clauseAround, findIn, type Span } from "../spans.js";

/** The window where a planned-marker makes the trigger planned: its clause, not too far. */
function statusWindow(ctx: ExtractionContext, s: Span, trigger: Span): Span {
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  return { start: Math.max(clause.start, trigger.start - 70), end: Math.min(Math.max(clause.end, trigger.end), trigger.end + 45) };
}

export function laterThanPublication(date: IsoDate, published: IsoDate | null): boolean {
  if (!published) return false;
  const n = Math.min(date.length, published.length);
  return date.slice(0, n) > published.slice(0, n);
}

export function earlierThanPublication(date: IsoDate, published: IsoDate | null): boolean {
  if (!published) return false;
  const n = Math.min(date.length, published.length);
  return date.slice(0, n) < published.slice(0, n);
}

export function statusFor(ctx: ExtractionContext, i: number, s: Span, trigger: Span, date: TemporalExpression | null): EventStatus {
  const window = statusWindow(ctx, s, trigger);
  if (findIn(ctx.lexicon.plannedMarkers, ctx.text, window.start, window.end).length > 0) return "planned";
  if (date && (date.future || laterThanPublication(date.date, ctx.published))) return "planned";
  // A sentence in the future tense tells a planned event, unless the event's own date is already past.
  if (ctx.tense(i) === "future" && !(date && earlierThanPublication(date.date, ctx.published))) return "planned";
  return "occurred";
}
