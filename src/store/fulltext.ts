/**
 * Queries on the full-text index of entity names and aliases (schema.ts's ENTITY_NAMES_INDEX),
 * in Lucene's syntax: every word of the user's text escaped, so an operator in a name (`AUKUS
 * (pillar 2)`, `Royaume-Uni`) is a literal character, and in lower case (the index ignores case
 * anyway), so AND, OR and NOT typed by a user are words, not Lucene's operators.
 */

/** A word with Lucene's special characters escaped. */
function escapeLuceneWord(word: string): string {
  return word.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, "\\$&");
}

/** Every word of the text, all required: how `entente export --seed` finds a node by name. */
export function luceneQuery(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map(escapeLuceneWord)
    .join(" AND ");
}

/** Autocomplete: every word required, the last one as a prefix (or a near spelling); null when no word is left. */
export function autocompleteQuery(text: string): string | null {
  const words = text
    .normalize("NFC")
    .toLowerCase()
    .split(/[\s\p{P}]+/u)
    .filter((word) => word.length > 0)
    .map(escapeLuceneWord);
  if (words.length === 0) return null;
  const last = words.length - 1;
  return words.map((word, i) => `+${i === last ? `(${word}* OR ${word}~)` : word}`).join(" ");
}
