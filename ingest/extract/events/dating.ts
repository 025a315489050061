/**
 * The date of an event mention: the temporal expression nearest its trigger, preferring the
 * trigger's own clause; never a date that starts a period ("depuis juillet"), dates another
 * clause's verb ("…, which Japan and Australia signed in 2022") or belongs to another noun
 * ("les législatives prévues l'an prochain").
 */
import type { TemporalExpression } from "../../../src/model/document.js";
import type { ExtractionContext } from "../context.js";
import { clauseAround, contains, findIn, type Span } from "../spans.js";
import { eventCues } from "./cues.js";
import { opensWithRelativePronoun, qualifiesTrigger, relativeClauses } from "./scope.js";

/** Whether the expression starts a period: "depuis juillet", "since taking office in July 2024". */
export function startsPeriod(ctx: ExtractionContext, s: Span, t: TemporalExpression): boolean {
  return (
    findIn(ctx.lexicon.sinceMarkers, ctx.text, Math.max(s.start, t.start - 40), t.start).length > 0 ||
    ctx.lexicon.sinceMarkers.findAll(t.text).some((h) => h.start === 0)
  );
}

/** Whether a noun that is not the event sits a few words before the date, the trigger not between: "les législatives prévues l'an prochain". */
export function belongsToOtherNoun(ctx: ExtractionContext, s: Span, t: Span, trigger: Span | null): boolean {
  const cues = eventCues(ctx.language);
  return findIn(cues.otherDatedNouns, ctx.text, Math.max(s.start, t.start - 50), t.start).some((n) => {
    if (trigger && trigger.start >= n.end && trigger.end <= t.start) return false;
    const gap = ctx.text.slice(n.end, t.start);
    return !/[,;:.()«»"“”]/.test(gap) && (gap.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length <= 4;
  });
}

export function dateFor(ctx: ExtractionContext, i: number, s: Span, trigger: Span): TemporalExpression | null {
  const found = ctx.temporal(i).filter((t) => !startsPeriod(ctx, s, t) && !belongsToOtherNoun(ctx, s, t, trigger));
  if (found.length === 0) return null;
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  // A date in another clause that is a relative one ("…, which Japan and Australia signed in 2022") dates that clause's verb.
  const others = relativeClauses(ctx, s, trigger).filter(
    (c) => !(c.start <= trigger.start && trigger.end <= c.end) && !qualifiesTrigger(ctx, c, trigger),
  );
  const inOtherRelativeClause = (t: TemporalExpression) => {
    if (others.some((c) => contains(c, t))) return true;
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
