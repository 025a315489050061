/**
 * Finding many literal phrases in folded text, word start by word start, without a regular expression.
 *
 * A phrase is a folded form ("se sont entretenus", "l'", "entret*"): words separated by spaces, matched
 * with any run of white space between them, at a word start (not right after a letter or a digit), and
 * not followed by a letter or a digit (unless the form ends with an apostrophe, which runs into the next
 * word; a final `*` takes the rest of the word's letters). Where several forms match at one place, the
 * one listed first wins; after a match the search goes on at its end. That is what one alternation
 * `(form1)|(form2)|…` run by ./word-start.ts finds, which V8 tried alternative by alternative at every
 * position of the text: here each word start looks up only the forms whose first word it begins.
 */

/** One form compiled: its words, and whether it ends open (apostrophe) or with a wildcard. */
interface CompiledPhrase {
  order: number; // its place in the list: the lower wins at one position
  words: readonly string[];
  wildcard: boolean; // ends with `*`: the last word's letters go on
  openEnd: boolean; // ends with an apostrophe: the next word may follow straight on
}

export interface PhraseMatch {
  start: number;
  end: number;
  order: number; // the index of the form that matched in the list compiled
}

export interface PhraseIndex {
  /**
   * The non-overlapping matches in `folded.slice(start, end)`, offsets into `folded`; `start` counts as a word
   * start. A range does not cut a character written with two UTF-16 units.
   */
  matchesIn(folded: string, start?: number, end?: number): PhraseMatch[];
}

const WORD_UNIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** Whether the UTF-16 unit is white space as `\s` reads it. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The code point at `index` (surrogate pairs read whole unless `limit` cuts them) as a string. */
function codePointAt(text: string, index: number, limit = text.length): string {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < limit) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return text.slice(index, index + 2);
  }
  return text.charAt(index);
}

function isWordUnitAt(text: string, index: number, limit = text.length): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return WORD_UNIT.test(codePointAt(text, index, limit));
}

/** Whether the code point ending right before `index` is a letter or a digit. */
function followsWordUnit(text: string, index: number): boolean {
  if (index <= 0) return false;
  const last = text.charCodeAt(index - 1);
  if (last >= 0xdc00 && last <= 0xdfff && index >= 2 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800) {
    return WORD_UNIT.test(text.slice(index - 2, index));
  }
  return isWordUnitAt(text, index - 1);
}

/** The end of the run of letters and digits that starts at `index`, at most `limit`. */
function wordRunEnd(text: string, index: number, limit: number): number {
  let i = index;
  while (i < limit && isWordUnitAt(text, i, limit)) i += codePointAt(text, i, limit).length;
  return i;
}

/** The word starts of a text: where a form may begin (not after a letter or digit, not white space), with the word begun there. */
interface WordStarts {
  positions: number[];
  runs: string[]; // the letters and digits from each position ("" at punctuation)
  byRun: Map<string, number[]> | null; // each run's indices in `positions`, made when first asked for
  /** For each index that read this text range by range (keyed by its first-word table): its candidate word starts. */
  candidatesByIndex: Map<ReadonlyMap<string, unknown>, Candidates>;
}

/** The word starts of one text whose run begins one of an index's first words: their indices and positions, ascending. */
interface Candidates {
  indices: readonly number[];
  positions: readonly number[];
}

/** Each run's indices in `positions`, ascending. */
function indicesByRun(starts: WordStarts): Map<string, number[]> {
  if (starts.byRun === null) {
    const byRun = new Map<string, number[]>();
    starts.runs.forEach((run, i) => {
      const list = byRun.get(run);
      if (list) list.push(i);
      else byRun.set(run, [i]);
    });
    starts.byRun = byRun;
  }
  return starts.byRun;
}

function wordStartsOf(folded: string): WordStarts {
  const positions: number[] = [];
  const runs: string[] = [];
  let i = 0;
  while (i < folded.length) {
    const code = folded.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const runEnd = wordRunEnd(folded, i, folded.length);
    positions.push(i);
    runs.push(folded.slice(i, runEnd));
    // No unit inside a word, nor the one right after it, is a word start; after a punctuation unit the next may be.
    i = runEnd > i ? runEnd + (runEnd < folded.length ? codePointAt(folded, runEnd).length : 0) : i + codePointAt(folded, i).length;
  }
  return { positions, runs, byRun: null, candidatesByIndex: new Map() };
}

/**
 * The word starts of the texts read last, apart for the texts read range by range (a document, read
 * sentence by sentence by every finder) and for texts read whole (short phrases, read once or twice):
 * many short texts read whole in between must not push the document out.
 */
const recentByRange: Array<{ text: string; starts: WordStarts }> = [];
const recentWhole: Array<{ text: string; starts: WordStarts }> = [];
function cachedWordStarts(folded: string, byRange: boolean): WordStarts {
  const recent = byRange ? recentByRange : recentWhole;
  for (const entry of recent) if (entry.text === folded) return entry.starts;
  const starts = wordStartsOf(folded);
  recent.unshift({ text: folded, starts });
  if (recent.length > 2) recent.pop();
  return starts;
}

/** The union of ascending lists of distinct numbers, ascending: one list is read as it is, several are merged in turn. */
function ascendingUnion(lists: readonly (readonly number[])[]): readonly number[] {
  let union: readonly number[] = lists[0] ?? [];
  for (let l = 1; l < lists.length; l++) {
    const list = lists[l] ?? [];
    const merged: number[] = [];
    let a = 0;
    let b = 0;
    while (a < union.length && b < list.length) {
      const x = union[a] ?? 0;
      const y = list[b] ?? 0;
      if (x < y) {
        merged.push(x);
        a++;
      } else {
        merged.push(y);
        b++;
      }
    }
    while (a < union.length) merged.push(union[a++] ?? 0);
    while (b < list.length) merged.push(list[b++] ?? 0);
    union = merged;
  }
  return union;
}

/** The first index in the sorted `positions` at or after `value`. */
function firstAtOrAfter(positions: readonly number[], value: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((positions[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where `phrase` ends when it matches at `position` of `folded` (read up to `limit`), or -1. */
function matchEnd(phrase: CompiledPhrase, folded: string, position: number, limit: number): number {
  let at = position;
  for (let w = 0; w < phrase.words.length; w++) {
    const word = phrase.words[w] ?? "";
    if (w > 0) {
      const before = at;
      while (at < limit && isSpace(folded.charCodeAt(at))) at++;
      if (at === before) return -1;
    }
    if (at + word.length > limit || !folded.startsWith(word, at)) return -1;
    at += word.length;
  }
  if (phrase.wildcard) {
    while (at < limit && LETTER.test(codePointAt(folded, at, limit))) at += codePointAt(folded, at, limit).length;
  }
  if (!phrase.openEnd && at < limit && isWordUnitAt(folded, at, limit)) return -1;
  return at;
}

/** Compiles folded forms, in the order in which they win over each other at one position. */
export function compilePhraseIndex(foldedForms: readonly string[]): PhraseIndex {
  const byFirstRun = new Map<string, CompiledPhrase[]>();
  const everywhere: CompiledPhrase[] = []; // forms whose first word is open (a wildcard): tried at every word start
  foldedForms.forEach((form, order) => {
    const wildcard = form.endsWith("*");
    const body = wildcard ? form.slice(0, -1) : form;
    const words = body.split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    const phrase: CompiledPhrase = { order, words, wildcard, openEnd: body.endsWith("'") };
    const first = words[0] ?? "";
    const run = first.slice(0, wordRunEnd(first, 0, first.length));
    // The run a text's word start holds is this one exactly, unless the wildcard goes on from it.
    if (wildcard && words.length === 1 && run === first) everywhere.push(phrase);
    else {
      const list = byFirstRun.get(run) ?? [];
      list.push(phrase);
      byFirstRun.set(run, list);
    }
  });

  const firstMatchAt = (folded: string, position: number, run: string, limit: number): PhraseMatch | null => {
    let best: PhraseMatch | null = null;
    for (const phrase of byFirstRun.get(run) ?? []) {
      const end = matchEnd(phrase, folded, position, limit);
      if (end > position) {
        best = { start: position, end, order: phrase.order };
        break;
      }
    }
    for (const phrase of everywhere) {
      if (best !== null && phrase.order > best.order) break;
      const end = matchEnd(phrase, folded, position, limit);
      if (end > position) {
        best = { start: position, end, order: phrase.order };
        break;
      }
    }
    return best;
  };

  /**
   * The word starts of one text that begin with one of the forms' first words: a finder reads a document range
   * by range, and most ranges hold none of its words. Kept with the text's word starts, so that a finder
   * reading other texts in between (a clause, a name) does not compute them again.
   */
  const candidatesOf = (starts: WordStarts): Candidates => {
    const known = starts.candidatesByIndex.get(byFirstRun);
    if (known) return known;
    const byRun = indicesByRun(starts);
    // The word starts of each run that begins a first word: each list ascends, and no index is in two lists.
    const lists: number[][] = [];
    if (byRun.size < byFirstRun.size) {
      for (const [run, indices] of byRun) if (byFirstRun.has(run)) lists.push(indices);
    } else {
      for (const run of byFirstRun.keys()) {
        const indices = byRun.get(run);
        if (indices) lists.push(indices);
      }
    }
    const indices = ascendingUnion(lists);
    const candidates = { indices, positions: indices.map((i) => starts.positions[i] ?? 0) };
    starts.candidatesByIndex.set(byFirstRun, candidates);
    return candidates;
  };

  /** Tries the word start `i` of `starts` when it lies at or after `next`; the match found goes to `matches`. Returns the new `next`. */
  const tryAt = (folded: string, starts: WordStarts, i: number, next: number, end: number, matches: PhraseMatch[]): number => {
    const position = starts.positions[i] ?? 0;
    if (position < next) return next;
    const whole = starts.runs[i] ?? "";
    const run = position + whole.length > end ? folded.slice(position, wordRunEnd(folded, position, end)) : whole;
    const found = firstMatchAt(folded, position, run, end);
    if (!found) return next;
    matches.push(found);
    return found.end;
  };

  return {
    matchesIn(folded, start = 0, end = folded.length) {
      const matches: PhraseMatch[] = [];
      if (byFirstRun.size === 0 && everywhere.length === 0) return matches;
      const whole = start === 0 && end === folded.length;
      const starts = cachedWordStarts(folded, !whole);
      const { positions, runs } = starts;
      let next = start;
      // The range's first unit is a word start even inside a word of the whole text.
      if (start < end && !isSpace(folded.charCodeAt(start)) && followsWordUnit(folded, start)) {
        const run = folded.slice(start, wordRunEnd(folded, start, end));
        const found = firstMatchAt(folded, start, run, end);
        if (found) {
          matches.push(found);
          next = found.end;
        }
      }
      if (everywhere.length > 0) {
        for (let i = firstAtOrAfter(positions, next); i < positions.length && (positions[i] ?? 0) < end; i++) {
          next = tryAt(folded, starts, i, next, end, matches);
        }
        return matches;
      }
      if (whole) {
        // A text read whole (a phrase, a clause) is mostly read once: looking each word start's run up costs less
        // than listing the candidates. No run is cut by the text's end, and a word start whose run begins no form
        // matches none, so these are the word starts the candidates would have tried, in the same order.
        for (let i = firstAtOrAfter(positions, next); i < positions.length; i++) {
          if (byFirstRun.has(runs[i] ?? "")) next = tryAt(folded, starts, i, next, end, matches);
        }
        return matches;
      }
      // Only the word starts that begin one of the first words; and the last one of the range, whose word the
      // range's end may cut to one of them ("entretenu" read up to "entre"). A word is cut only where the range
      // ends between two letters or digits: elsewhere the run of the last word start ends before `end`.
      let cut = -1;
      if (end < folded.length && isWordUnitAt(folded, end) && followsWordUnit(folded, end)) {
        const last = firstAtOrAfter(positions, end) - 1;
        if (last >= 0 && (positions[last] ?? 0) >= next && (positions[last] ?? 0) + (runs[last] ?? "").length > end) cut = last;
      }
      const own = candidatesOf(starts);
      for (let k = firstAtOrAfter(own.positions, next); k < own.indices.length && (own.positions[k] ?? 0) < end; k++) {
        const i = own.indices[k] ?? 0;
        if (i !== cut) next = tryAt(folded, starts, i, next, end, matches);
      }
      if (cut >= 0) tryAt(folded, starts, cut, next, end, matches);
      return matches;
    },
  };
}
