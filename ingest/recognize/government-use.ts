/**
 * Whether a capital ("Tokyo", "Bruxelles") stands for a government in its sentence:
 * the subject of a verb ("Tokyo a annoncé", "Londres et Tokyo peuvent", "a annoncé
 * Bruxelles", "selon Pékin", "London said"), or a side in "entre Tokyo et Londres".
 * After a locative preposition ("à Tokyo", "in London") it is a place.
 */
import { FINITE_VERB_ENDING, GOVERNMENT_VERBS_AFTER, GOVERNMENT_VERBS_BEFORE, LOCATIVE_BEFORE } from "./lexicon.js";
import type { Token } from "./tokens.js";

const COORDINATION = new Set(["et", "and", ","]);
const BETWEEN = new Set(["entre", "between"]);

/** `first`..`last` are the token indices that the capital covers. */
export function isGovernmentUse(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  // "according to London"
  if (before?.folded === "to" && tokens[first - 2]?.folded === "according") return true;
  if (before && LOCATIVE_BEFORE.has(before.folded)) return false;
  if (before && (BETWEEN.has(before.folded) || GOVERNMENT_VERBS_BEFORE.has(before.folded))) return true;
  // "entre Tokyo et Londres": the second side
  if (before && COORDINATION.has(before.folded) && tokens[first - 2]?.capitalized && BETWEEN.has(tokens[first - 3]?.folded ?? ""))
    return true;

  // Subject: the verb follows, possibly after a coordinated subject ("Londres et Tokyo peuvent").
  let i = last + 1;
  if (tokens[i] && COORDINATION.has(tokens[i].folded) && tokens[i + 1]?.capitalized) {
    i += 2;
    while (tokens[i]?.capitalized && tokens[i].word) i++;
  }
  const verb = tokens[i];
  if (!verb) return false;
  // "Tokyo, qui …" / "Tokyo n'a pas": skip a negation particle.
  const next = verb.folded === "n'" || verb.folded === "ne" ? tokens[i + 1] : verb;
  return next !== undefined && (GOVERNMENT_VERBS_AFTER.has(next.folded) || (next.text.length > 4 && FINITE_VERB_ENDING.test(next.text)));
}
