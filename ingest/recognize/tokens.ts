/**
 * Word tokens of a sentence with their offsets, for the shape-based recognisers. French
 * elisions are tokens of their own ("l'" + "Agence"), hyphenated words stay whole
 * ("Royaume-Uni", "Jean-Yves"), every other non-space character is a punctuation token.
 */
import { foldForMatch } from "../../src/kb/normalize.js";

export interface Token {
  index: number; // position in its sentence's token list
  start: number; // offset in the document
  end: number;
  text: string;
  folded: string;
  word: boolean; // letters or digits, not punctuation
  capitalized: boolean; // starts with an upper-case letter
}

const TOKEN = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*|\S/gu;
/** A name word opened by a lower-case particle: "al-Sisi", "el-Sissi", "bin-Salman", "ould-Abdallah". */
const PARTICLE_NAME = /^(?:al|el|ad|ag|an|ar|as|ash|at|az|ben|bin|bint|ibn|abu|ould|ul|ud)[-‐‑]\p{Lu}/u;
const ELIDED = new Set(["l", "d", "qu", "s", "n", "j", "m", "t", "c", "jusqu", "lorsqu", "puisqu", "quoiqu"]);

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const UPPER_CASE = /^\p{Lu}/u;

/** `/^[\p{L}\p{N}]/u.test(text)`, without the regex for an ASCII first character. */
function beginsWithLetterOrDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(text);
}

/** `/^\p{Lu}/u.test(text)`, without the regex for an ASCII first character (A to Z are its only capitals). */
function beginsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_CASE.test(text);
}

/** Tokens of `text`, whose first character is at document offset `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    const raw = m[0];
    // The pattern's first alternative begins with a letter or digit; the other is one character that is neither.
    const word = beginsWithLetterOrDigit(raw);
    const next = text[end];
    // "l'Agence", "d’autodéfense": the particle takes its apostrophe.
    if (word && (next === "'" || next === "’") && ELIDED.has(foldForMatch(raw)) && /\p{L}/u.test(text[end + 1] ?? "")) end += 1;
    // "O'Brien", "O’Neill": one name.
    else if (raw === "O" && (next === "'" || next === "’") && /\p{Lu}/u.test(text[end + 1] ?? "")) {
      const rest = /^[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/u.exec(text.slice(end + 1));
      if (rest) {
        end += 1 + rest[0].length;
        re.lastIndex = end;
      }
    }
    const t = text.slice(start, end);
    tokens.push({
      index: 0,
      start: base + start,
      end: base + end,
      text: t,
      folded: foldForMatch(t),
      word,
      capitalized: beginsUpperCase(t) || PARTICLE_NAME.test(t),
    });
  }
  // The apostrophe taken by an elided particle was also matched as punctuation: drop it.
  const kept = tokens.filter(
    (t, i) => !(t.text.length === 1 && (t.text === "'" || t.text === "’") && i > 0 && tokens[i - 1].end === t.end),
  );
  kept.forEach((t, i) => (t.index = i));
  return kept;
}

/**
 * A title-case line ("Renforcement Stratégique de la Coopération"): most of its content words
 * are capitalised, so capitalisation says nothing about names there. A sentence that ends
 * with a full stop is a headline only when every content word is capitalised, since a sentence
 * can be full of names. `known` tells the words of names already recognised (KB matches).
 */
export function isTitleCase(
  tokens: readonly Token[],
  functionWords: ReadonlySet<string>,
  known: (t: Token) => boolean = () => false,
): boolean {
  // The first word and the words of known names say nothing about the line's style.
  const content = tokens.filter(
    (t, i) => i > 0 && t.word && /\p{L}/u.test(t.text) && !functionWords.has(t.folded) && t.text.length > 2 && !known(t),
  );
  const last = tokens[tokens.length - 1];
  const closed = last !== undefined && /^[.!?…]$/.test(last.text);
  if (content.length === 0 || (closed && content.length < 3)) return false;
  const lower = content.filter((t) => !t.capitalized).length;
  // A sentence closed by a full stop is title case only with no content word in lower case: one verb in
  // lower case ("… Rosa Villavicencio met … Juan Ramon de la Fuente in Bogota on Monday.") is prose full of names.
  if (closed) return lower === 0;
  return (content.length - lower) / content.length > 0.6;
}
