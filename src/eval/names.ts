/**
 * How `entente eval` decides that two names name the same thing: lenient on form (accents, case,
 * punctuation, apostrophes and quotes, word order), so "Takaichi Sanae" = "Sanae Takaichi" and
 * "États-Unis" = "etats unis". An entity is known by every name it has (name, aliases, the text of
 * its mentions); two entities share a name when any of their name keys coincide.
 */

/** Quotes and apostrophes of every kind: a word boundary ("l’Otan" → "l otan"). */
const QUOTES = /[’'`«»"“”]/g;
const COMBINING_MARKS = /\p{M}/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Lower case, no accents, every run of punctuation or space one space: "Première ministre" → "premiere ministre". */
export function normalizeName(text: string): string {
  return text.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase().replace(QUOTES, " ").replace(NOT_LETTER_OR_DIGIT, " ").trim();
}

/** The normalised words in sorted order, so that word order does not matter: "Takaichi Sanae" → "sanae takaichi". */
export function wordSetKey(text: string): string {
  return normalizeName(text)
    .split(" ")
    .filter((word) => word !== "")
    .sort()
    .join(" ");
}

/** Every key under which a thing with these names is found: each name normalised and as a word set. */
export type NameKeys = ReadonlySet<string>;

export function nameKeys(names: Iterable<string>): NameKeys {
  const keys = new Set<string>();
  for (const name of names) {
    for (const key of [normalizeName(name), wordSetKey(name)]) if (key !== "") keys.add(key);
  }
  return keys;
}

/** The keys of one name. */
export function keysOfName(name: string): NameKeys {
  return nameKeys([name]);
}

export function shareAName(a: NameKeys, b: NameKeys): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}
