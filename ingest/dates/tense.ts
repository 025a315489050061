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
function clauseTense(text: string, language: string): Tense {
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
 * The tense that speaks for the words at [start, end) of a sentence `text`, in the clause
 * [clause.from, clause.to) around them: the clause's, and when the clause has both past and future
 * forms, or forms only after the words, that of the nearest form before them, the verb a time
 * adverbial follows ("met X in Brussels on Tuesday to prepare a summit later this month": "met";
 * "said on Tuesday he would visit": "said"; "met his counterpart, Y, in Brussels on Tuesday to
 * prepare a summit later this month": "met", past the apposition), else of the nearest after them.
 */
export function tenseNear(text: string, clause: { from: number; to: number }, start: number, end: number, language: string): Tense {
  const overall = clauseTense(text.slice(clause.from, clause.to), language);
  const cues = packFor(language)?.tense;
  if (overall === "present" || !cues) return overall;
  const forms = (pattern: RegExp, tense: Tense) =>
    [...text.matchAll(pattern)].map((m) => ({ from: m.index, to: m.index + m[0].length, tense }));
  const all = [...forms(cues.PAST, "past"), ...forms(cues.FUTURE, "future")];
  const nearestBefore = (from: number) => all.filter((f) => f.from >= from && f.to <= start).sort((a, b) => b.to - a.to)[0];
  const inClause = nearestBefore(clause.from);
  const mixed = all.some((f) => f.from >= clause.from && f.to <= clause.to && f.tense !== overall);
  if (inClause) return mixed ? inClause.tense : overall;
  return nearestBefore(0)?.tense ?? overall;
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

/**
 * The tense of the main clause when `text` opens with a participle whose clause ends at `clauseEnd`
 * ("Réunis mardi à Bruxelles, les ministres ont adopté …": past; "Speaking on Tuesday, she said he
 * would come": "said", past): the first verb form after the clause, reporting verbs included; null
 * when the sentence does not open with a participle, or no verb form follows.
 */
export function openingParticipleTense(text: string, clauseEnd: number, language: string): Tense | null {
  const cues = packFor(language)?.tense;
  if (!cues?.OPENING_PARTICIPLE.test(text)) return null;
  const first = (pattern: RegExp) => [...text.matchAll(pattern)].find((m) => m.index >= clauseEnd)?.index ?? Infinity;
  const past = first(cues.PAST);
  const future = first(cues.FUTURE);
  if (past === Infinity && future === Infinity) return null;
  return future < past ? "future" : "past";
}

/**
 * The tense of the main clause when `text` opens with a noun phrase set off by a comma at `clauseEnd`, with no verb
 * form of its own: its subject, with its date ("The talks on Sunday and Monday, hosted by X, brought …": past). The
 * forms after the comma decide (reporting clauses aside, future winning unless outnumbered); null when the sentence
 * does not open with a determiner, no verb form follows, or another clause opens before the first one ("The
 * summit opens on Monday, a week after ministers met": "met" is not the summit's).
 */
export function openingSubjectTense(text: string, clauseEnd: number, language: string): Tense | null {
  const cues = packFor(language)?.tense;
  if (!cues?.OPENING_DETERMINER.test(text) || text[clauseEnd] !== ",") return null;
  const rest = text.slice(clauseEnd).replace(cues.REPORTING, (reported) => " ".repeat(reported.length));
  const first = Math.min(
    ...[cues.PAST, cues.FUTURE].map((pattern) => [...rest.matchAll(pattern)].find((m) => m.index > 0)?.index ?? Infinity),
  );
  if (first === Infinity || cues.CLAUSE_OPENERS.test(rest.slice(0, first))) return null;
  const tense = clauseTense(rest, language);
  return tense === "present" ? null : tense;
}
