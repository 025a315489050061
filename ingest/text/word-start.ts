/**
 * Matching at word starts without a leading lookbehind. A global Unicode regex that opens with
 * `(?<![\p{L}\p{N}])` makes V8 try the lookbehind at every position of the text, and costs about
 * twice what the same regex without it does. Here the regex has no lookbehind: a match right after a
 * letter or digit is refused in code and the search goes on one character later, exactly where the
 * lookbehind version would go on, so both find the same matches.
 */

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/** Whether the character (a code point, surrogate pairs read whole) just before `index` is a letter or a digit. */
export function followsWordCharacter(text: string, index: number): boolean {
  if (index <= 0) return false;
  const last = text.charCodeAt(index - 1);
  const pair = last >= 0xdc00 && last <= 0xdfff && index >= 2 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800;
  return WORD_CHARACTER.test(pair ? text.slice(index - 2, index) : text.charAt(index - 1));
}

/**
 * The matches of `pattern` (a global regex, no leading lookbehind) in `text` that start at a word start:
 * what `(?<![\p{L}\p{N}])` before the pattern would find. Empty matches are skipped.
 */
export function* matchesAtWordStarts(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0 || followsWordCharacter(text, match.index)) {
      pattern.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    yield match;
  }
}
