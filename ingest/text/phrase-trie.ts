/**
 * Literal phrases found at word starts by walking a trie of their characters, for the lexicon's
 * phrase finders (../extract/lexicon.ts). It finds exactly what one global regex alternating the
 * phrases in their order would find through ./word-start.ts — words joined by `\s+`, a trailing `*`
 * for any letters, a phrase not running into a letter or digit unless it ends with an apostrophe —
 * but reads each word start once for all the phrases, where the regex tries its alternatives at
 * every position of the text.
 *
 * Phrases and text are compared as given: fold both first (src/kb/normalize.ts's foldForMatch).
 */

/** A phrase found: offsets into the text, and the index of the phrase in the list compiled. */
export interface TrieHit {
  start: number;
  end: number;
  phrase: number;
}

interface TrieNode {
  /** By UTF-16 code unit; SPACE_EDGE for the whitespace between two words of a phrase. */
  next: Map<number, TrieNode>;
  /** The first phrase (in the list's order) ending here, -1 for none. */
  whole: number;
  /** Whether that phrase ends with an apostrophe and so may run into the next word. */
  runsOn: boolean;
  /** The first phrase ending here with `*` (any letters after), -1 for none. */
  prefix: number;
}

const SPACE_EDGE = -1;
const node = (): TrieNode => ({ next: new Map(), whole: -1, runsOn: false, prefix: -1 });

/** Letters and digits of the Basic Multilingual Plane, read once each: 1 letter, 2 digit (\p{N}), 3 neither. */
const BMP_CLASS = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    let known = BMP_CLASS[codePoint] ?? 0;
    if (known === 0) {
      const character = String.fromCharCode(codePoint);
      known = LETTER.test(character) ? 1 : NUMBER.test(character) ? 2 : 3;
      BMP_CLASS[codePoint] = known;
    }
    return known;
  }
  const character = String.fromCodePoint(codePoint);
  return LETTER.test(character) ? 1 : NUMBER.test(character) ? 2 : 3;
}

/** The code point at `index` of `text` read no further than `end` (a pair cut by `end` is a lone half); -1 at the end. */
function codePointAt(text: string, index: number, end: number): number {
  if (index >= end) return -1;
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < end) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return unit;
}

const isWordCharacterAt = (text: string, index: number, end: number): boolean => {
  const codePoint = codePointAt(text, index, end);
  return codePoint >= 0 && classOf(codePoint) !== 3;
};

/** Whether the code point just before `index` (not before `from`) is a letter or a digit. */
function followsWordCharacter(text: string, index: number, from: number): boolean {
  if (index <= from) return false;
  const last = text.charCodeAt(index - 1);
  if (last >= 0xdc00 && last <= 0xdfff && index - 2 >= from) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return classOf((high - 0xd800) * 0x400 + (last - 0xdc00) + 0x10000) !== 3;
  }
  return classOf(last) !== 3;
}

/** JavaScript's `\s`. */
const isWhitespace = (unit: number): boolean =>
  unit === 0x20 ||
  (unit >= 0x09 && unit <= 0x0d) ||
  unit === 0xa0 ||
  unit === 0x1680 ||
  (unit >= 0x2000 && unit <= 0x200a) ||
  unit === 0x2028 ||
  unit === 0x2029 ||
  unit === 0x202f ||
  unit === 0x205f ||
  unit === 0x3000 ||
  unit === 0xfeff;

/** Phrases compiled once, matched in any text or range of it. */
export class PhraseTrie {
  private readonly root = node();
  /** Whether every phrase opens with a letter or digit: then only word starts can open a match. */
  private readonly opensWithWordCharacter: boolean;
  /** Whether a phrase is empty or all wildcard ("*"): then any position may open one. */
  private readonly rootMatches: boolean;

  /** `phrases`: folded, trimmed; the first that matches at a position wins, as in a regex alternation. */
  constructor(phrases: readonly string[]) {
    phrases.forEach((phrase, index) => {
      const prefix = phrase.endsWith("*");
      const words = (prefix ? phrase.slice(0, -1) : phrase).split(/\s+/);
      let at = this.root;
      words.forEach((word, w) => {
        if (w > 0) at = child(at, SPACE_EDGE);
        for (let i = 0; i < word.length; i++) at = child(at, word.charCodeAt(i));
      });
      if (prefix) {
        if (at.prefix < 0) at.prefix = index;
      } else if (at.whole < 0) {
        at.whole = index;
        at.runsOn = phrase.endsWith("'");
      }
    });
    this.opensWithWordCharacter = phrases.every((phrase) => phrase.length > 0 && isWordCharacterAt(phrase, 0, phrase.length));
    this.rootMatches = this.root.whole >= 0 || this.root.prefix >= 0;
  }

  /**
   * The phrases in `text[from, to)` read as a text of its own (its first position is a word start,
   * nothing follows its end), left to right, not overlapping: at each word start the first phrase
   * of the list that matches there, then on from its end.
   */
  hits(text: string, from = 0, to = text.length): TrieHit[] {
    const hits: TrieHit[] = [];
    let position = from;
    while (position < to) {
      if ((this.rootMatches || this.root.next.has(text.charCodeAt(position))) && !followsWordCharacter(text, position, from)) {
        const hit = this.matchAt(text, position, to);
        if (hit) {
          hits.push(hit);
          position = hit.end > position ? hit.end : position + 1;
          continue;
        }
      }
      position = this.opensWithWordCharacter ? nextWordStart(text, position, to) : position + 1;
    }
    return hits;
  }

  /** The first phrase of the list matching at `start` (and where it ends), or null. */
  private matchAt(text: string, start: number, to: number): TrieHit | null {
    let best = -1;
    let bestEnd = start;
    let at: TrieNode | undefined = this.root;
    let index = start;
    while (at) {
      if (at.whole >= 0 && (best < 0 || at.whole < best) && (at.runsOn || !isWordCharacterAt(text, index, to))) {
        best = at.whole;
        bestEnd = index;
      }
      if (at.prefix >= 0 && (best < 0 || at.prefix < best)) {
        let end = index;
        for (
          let codePoint = codePointAt(text, end, to);
          codePoint >= 0 && classOf(codePoint) === 1;
          codePoint = codePointAt(text, end, to)
        ) {
          end += codePoint > 0xffff ? 2 : 1;
        }
        if (!isWordCharacterAt(text, end, to)) {
          best = at.prefix;
          bestEnd = end;
        }
      }
      if (index >= to) break;
      const unit = text.charCodeAt(index);
      if (isWhitespace(unit)) {
        at = at.next.get(SPACE_EDGE);
        while (index < to && isWhitespace(text.charCodeAt(index))) index++;
      } else {
        at = at.next.get(unit);
        index++;
      }
    }
    return best < 0 ? null : { start, end: bestEnd, phrase: best };
  }
}

function child(parent: TrieNode, unit: number): TrieNode {
  let next = parent.next.get(unit);
  if (!next) {
    next = node();
    parent.next.set(unit, next);
  }
  return next;
}

/** The next position after `position` that opens a word (a letter or digit after none), or `to`. */
function nextWordStart(text: string, position: number, to: number): number {
  let index = position;
  // Past the word `position` is in (or the character it is on), then to the next word's first character.
  let inWord = isWordCharacterAt(text, index, to);
  index += codePointAt(text, index, to) > 0xffff ? 2 : 1;
  while (index < to) {
    const codePoint = codePointAt(text, index, to);
    const word = classOf(codePoint) !== 3;
    if (word && !inWord) return index;
    inWord = word;
    index += codePoint > 0xffff ? 2 : 1;
  }
  return to;
}
