/**
 * The tense a sentence (or clause) speaks in, from its verb forms: enough to tell whether
 * "samedi" is the Saturday before publication or the one after. Reporting clauses
 * ("a annoncé Bruxelles", "he said") are discounted: they are past even when the news is not.
 * The verb forms are the language pack's (ingest/lang/<code>/tense.ts).
 */

import { packFor } from "../lang/registry.js";

export type Tense = "past" | "future" | "present";

function count(pattern: RegExp, text: string): number {
  return text.match(pattern)?.length ?? 0;
}

/** Past, future or present from the verb forms of `text`, reporting verbs included. */
export function clauseTense(text: string, language: string): Tense {
  if (typeof text !== "string" || text.length === 0) return "present";
  const cues = packFor(language)?.tense;
  if (!cues) return "present"; // a language without a pack: no verb forms known
  const past = count(cues.PAST, text);
  const future = count(cues.FUTURE, text);
  if (future > 0 && future >= past) return "future";
  if (past > 0) return "past";
  return "present";
}

/**
 * Past, future or present of a sentence: its reporting clauses ("a annoncé Bruxelles",
 * "officials said") set aside, future forms win over past ones unless outnumbered.
 */
export function sentenceTense(text: string, language: string): Tense {
  if (typeof text !== "string" || text.length === 0) return "present";
  const cues = packFor(language)?.tense;
  if (!cues) return "present";
  const withoutReporting = text.replace(cues.REPORTING, " ");
  return clauseTense(withoutReporting, language);
}
