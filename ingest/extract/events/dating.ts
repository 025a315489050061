/**
 * The date of an event mention: the temporal expression nearest its trigger, preferring the
 * trigger's own clause; never a date that starts a period ("depuis juillet") or dates another
 * clause's verb ("…, which Japan and Australia signed in 2022").
 */
import type { TemporalExpression } from "../../../src/model/document.js";
import type { ExtractionContext } from "../context.js";
import { clauseAround, contains, findIn, type Span } from "../spans.js";
import { opensWithRelativePronoun, qualifiesTrigger } from "./scope.js";

export function dateFor(ctx: ExtractionContext, i: number, s: Span, trigger: Span): TemporalExpression | null {
  // "depuis son entrée en fonction en juillet 2024", "since taking office in July 2024": not the event's date.
  const found = ctx
    .temporal(i)
    .filter(
      (t) =>
        findIn(ctx.lexicon.sinceMarkers, ctx.text, Math.max(s.start, t.start - 40), t.start).length === 0 &&
        !ctx.lexicon.sinceMarkers.findAll(t.text).some((h) => h.start === 0),
    );
  if (found.length === 0) return null;
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  // A date in another clause that is a relative one ("…, which Japan and Australia signed in 2022") dates that clause's verb.
  const inOtherRelativeClause = (t: TemporalExpression) => {
    if (contains(clause, t)) return false;
    const other = clauseAround(ctx.text, s.start, s.end, t.start);
    return opensWithRelativePronoun(ctx, other) && !qualifiesTrigger(ctx, other, trigger);
  };
  const usable = found.filter((t) => !inOtherRelativeClause(t));
  if (usable.length === 0) return null;
  const distance = (t: TemporalExpression) =>
    (t.end <= trigger.start ? trigger.start - t.end : t.start >= trigger.end ? t.start - trigger.end : 0) +
    (contains(clause, t) ? 0 : 1000);
  return [...usable].sort((a, b) => distance(a) - distance(b))[0] ?? null;
}
