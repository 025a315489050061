/**
 * Helpers for the unit tests of the event rules: an extraction context built from the light
 * markup of ../linked-markup.ts, and the span of a word in it.
 */
import { buildContext, type ExtractionContext } from "../../../../ingest/extract/context.js";
import { defaultLexicon } from "../../../../ingest/extract/lexicon.js";
import { extractRoles } from "../../../../ingest/extract/roles.js";
import type { Span } from "../../../../ingest/extract/spans.js";
import { scopeOf, type TriggerScope } from "../../../../ingest/extract/events/scope.js";
import { findAgreements } from "../../../../ingest/extract/agreements.js";
import { linkedDocument, testKnowledge, extractionTools } from "../linked-markup.js";

export const tools = extractionTools;

export function contextFor(markup: string, options: { language?: string; published?: string | null } = {}): ExtractionContext {
  const language = options.language ?? "fr";
  const linked = linkedDocument(markup, { language, published: options.published === undefined ? "2026-02-02" : options.published });
  return buildContext(linked, testKnowledge, defaultLexicon(language), tools);
}

/** The span of the `nth` occurrence (0-based) of `word` in the document text. */
export function spanOf(ctx: ExtractionContext, word: string, nth = 0): Span {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = ctx.text.indexOf(word, at + 1);
    if (at < 0) throw new Error(`"${word}" (${nth}) not in: ${ctx.text}`);
  }
  return { start: at, end: at + word.length };
}

/** The index and span of the sentence holding `span`. */
export function sentenceOf(ctx: ExtractionContext, span: Span): { index: number; sentence: Span } {
  const index = ctx.sentences.findIndex((s) => s.start <= span.start && span.end <= s.end);
  const s = ctx.sentences[index];
  if (!s) throw new Error("no sentence");
  return { index, sentence: { start: s.start, end: s.end } };
}

/** The scope of the trigger `word` (its `nth` occurrence), as the event stage builds it. */
export function scopeAt(ctx: ExtractionContext, word: string, nth = 0): TriggerScope {
  const trigger = spanOf(ctx, word, nth);
  const { index } = sentenceOf(ctx, trigger);
  return scopeOf(ctx, extractRoles(ctx), findAgreements(ctx).mentions, index, trigger);
}
