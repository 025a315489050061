/**
 * "KUALA LUMPUR, Dec 3 -- X met Y at the Ministry of Foreign Affairs here on Tuesday", "arrived here on Monday": in
 * an article opened by a dateline, "here" ("ici") is the dateline's place. The dateline is the metadata line right
 * before the story's first sentence, opened by the name of a place or a country.
 */
import type { ExtractionContext } from "../context.js";
import { isStorySentence } from "../context.js";
import { clauseAround, findWordsIn, type Span } from "../spans.js";
import { typeOf, type TriggerScope } from "./scope.js";

/** Before the dateline's place: blanks and the marks of bold or italics ("**KYIV** —"). */
const DATELINE_LEAD = /^[\s*_]*$/u;

/** The place of the article's dateline ("KUALA LUMPUR, Dec 3 --", "Paris (AFP) -"), or null when it has none. */
function datelinePlace(ctx: ExtractionContext): string | null {
  const first = ctx.sentences.findIndex((s) => s.zone === "body");
  const dateline = first > 0 ? ctx.sentences[first - 1] : undefined;
  if (!dateline || dateline.zone !== "metadata") return null;
  const place = (ctx.mentionsBySentence[first - 1] ?? []).find((m) => {
    const type = typeOf(ctx, m.entityId);
    return (type === "Place" || type === "Country") && m.source !== "demonym";
  });
  if (!place || !DATELINE_LEAD.test(ctx.text.slice(dateline.start, place.start))) return null;
  return place.entityId;
}

/** Quotation marks: "here" in a quote is the speaker's, not the dateline's. */
const QUOTE_MARKS = /[«»"“”]/gu;

/** Whether a span lies inside a quotation of its sentence (an odd number of quotation marks before it). */
function quoted(ctx: ExtractionContext, s: Span, at: number): boolean {
  return (ctx.text.slice(s.start, at).match(QUOTE_MARKS) ?? []).length % 2 === 1;
}

/**
 * The dateline's place, when the trigger's clause says the event is "here" ("ici"), outside a quotation; null
 * otherwise.
 */
export function hereInDatelinePlace(scope: TriggerScope): string | null {
  const { ctx, cues, s, trigger } = scope;
  const sentence = ctx.sentences[scope.i];
  if (!sentence || !isStorySentence(sentence)) return null;
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  const here = findWordsIn(cues.hereWords, ctx.text, clause.start, clause.end).find((h) => !quoted(ctx, s, h.start));
  return here ? datelinePlace(ctx) : null;
}
