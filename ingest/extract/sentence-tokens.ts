/**
 * A sentence as a stream of tokens for the relation rules: entity mentions and office titles
 * as single tokens, temporal expressions as date tokens, the rest as folded words and
 * punctuation. Elisions split ("l'Argentine" → "l'" + entity, "d'adhésion" → "d'" + "adhesion"),
 * the English possessive too ("the alliance's" → "alliance" + "'s"). Offsets stay absolute.
 * `PhraseSet` matches cue phrases (written as plain text, per language) on these tokens.
 */
import type { EntityType } from "../../src/model/extraction.js";
import type { MentionSource } from "../../src/model/mentions.js";
import { foldForMatch } from "../../src/kb/normalize.js";
import type { ExtractionContext } from "./context.js";
import type { Span } from "./spans.js";

export type TokenKind = "word" | "punct" | "entity" | "title" | "date";

export interface Token extends Span {
  kind: TokenKind;
  /** Folded text (lower case, no accents, ’ → '). */
  norm: string;
  entityId?: string;
  entityType?: EntityType;
  source?: MentionSource;
}

/** Words that elide before a vowel ("l'", "d'", "qu'"): split off as their own token. */
const ELISION = /^(?:l|d|qu|n|s|c|j|m|t|jusqu|lorsqu|puisqu|quoiqu)'(?=\p{L})/u;
const WORD = /'s(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*'?|[^\s\p{L}\p{N}]/gu;

/** Whether the first character of a token (one code point) is a letter or a digit. */
function isLetterOrDigitAt(token: string): boolean {
  const code = token.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(token.codePointAt(0) ?? 0));
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Folded word and punctuation tokens of `text` (offset by `base`). */
export function wordTokens(text: string, base = 0): Token[] {
  const folded = foldForMatch(text);
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
    let word = m[0];
    let start = base + m.index;
    if (word === "'s") {
      out.push({ kind: "word", norm: word, start, end: start + 2 });
      continue;
    }
    // The pattern's other two alternatives begin with a letter or digit; this one is one character that is neither.
    if (!isLetterOrDigitAt(word)) {
      out.push({ kind: "punct", norm: word, start, end: start + word.length });
      continue;
    }
    const elision = ELISION.exec(word);
    if (elision) {
      out.push({ kind: "word", norm: elision[0], start, end: start + elision[0].length });
      start += elision[0].length;
      word = word.slice(elision[0].length);
    }
    // English possessive: "alliance's" → "alliance" + "'s"; "members'" keeps its apostrophe off. Only a word
    // ending with an apostrophe or "'s" can be one (what the pattern needs at its end).
    const possessive = word.endsWith("'") || word.endsWith("'s") ? /^(.+?)('s?)$/u.exec(word) : null;
    if (possessive?.[1] && possessive[2] && (possessive[2] === "'s" || /s$/u.test(possessive[1]))) {
      out.push({ kind: "word", norm: possessive[1], start, end: start + possessive[1].length });
      const at = start + possessive[1].length;
      out.push({ kind: "word", norm: "'s", start: at, end: at + possessive[2].length });
      continue;
    }
    out.push({ kind: "word", norm: word, start, end: start + word.length });
  }
  return out;
}

const plainWordCache = new WeakMap<ExtractionContext, Map<number, ReadonlySet<string>>>();
/** The document's text folded once (folding keeps every offset). */
const foldedTextCache = new WeakMap<ExtractionContext, string>();

/**
 * The folded words and punctuation of sentence `i` read as plain text, with the parts of every
 * compound word besides ("pro-otan" → "pro", "-", "otan"): a superset of the words any reading of
 * the sentence has, names and dates read as words. A cue phrase with a word missing here matches
 * nowhere in the sentence, so the rules can pass it over without reading it fully (`PhraseSet.mayOccurIn`).
 * Computed once per sentence.
 */
export function plainWordsOf(ctx: ExtractionContext, i: number): ReadonlySet<string> {
  let bySentence = plainWordCache.get(ctx);
  if (!bySentence) {
    bySentence = new Map();
    plainWordCache.set(ctx, bySentence);
  }
  const cached = bySentence.get(i);
  if (cached) return cached;
  const s = ctx.sentences[i];
  const words = new Set<string>();
  if (s) {
    WORD.lastIndex = 0;
    let document = foldedTextCache.get(ctx);
    if (document === undefined) {
      document = foldForMatch(ctx.text);
      foldedTextCache.set(ctx, document);
    }
    const folded = document.slice(s.start, s.end);
    for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
      const word = m[0];
      words.add(word);
      if (!word.includes("'") && !word.includes("-")) continue;
      // The pieces `wordTokens` may cut it into: "d'" + "adhesion", "alliance" + "'s", "pro" + "-" + "otan".
      for (const piece of word.split(/['-]/u)) words.add(piece);
      if (word.includes("-")) words.add("-");
      for (let at = word.indexOf("'"); at >= 0; at = word.indexOf("'", at + 1)) words.add(word.slice(0, at + 1));
      if (word.includes("'")) words.add("'s");
    }
  }
  bySentence.set(i, words);
  return words;
}

/** An entity span to read as one token besides the linked mentions (an agreement found by shape). */
export interface ExtraEntitySpan extends Span {
  text: string;
  entityId: string;
  sentenceIndex: number;
}

/**
 * The tokens of each sentence, computed once. Entity mentions win over titles (a title holding
 * a country, as "président du Soudan du Sud", stays words around the country); a title holding
 * only a demonym ("président somalien") is one title token.
 */
export class SentenceTokens {
  private readonly cache = new Map<number, Token[]>();

  constructor(
    private readonly ctx: ExtractionContext,
    private readonly extra: readonly ExtraEntitySpan[] = [],
  ) {}

  of(i: number): Token[] {
    const cached = this.cache.get(i);
    if (cached) return cached;
    const tokens = this.tokenize(i);
    this.cache.set(i, tokens);
    return tokens;
  }

  private tokenize(i: number): Token[] {
    const { ctx } = this;
    const s = ctx.sentences[i];
    if (!s) return [];
    const blocks: Token[] = [];
    const taken = (span: Span) => blocks.some((b) => b.start < span.end && span.start < b.end);
    const mentions = [
      ...(ctx.mentionsBySentence[i] ?? []),
      ...this.extra.filter((x) => x.sentenceIndex === i).map((x) => ({ ...x, source: "pattern" as const })),
    ].sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const t of ctx.titlesBySentence[i] ?? []) {
      const inner = mentions.filter((m) => m.start < t.end && t.start < m.end);
      if (inner.every((m) => m.source === "demonym" && m.start >= t.start && m.end <= t.end) && !taken(t))
        blocks.push({ kind: "title", norm: foldForMatch(t.text), start: t.start, end: t.end });
    }
    for (const m of mentions) {
      if (taken(m)) continue;
      const entityType = ctx.entityById.get(m.entityId)?.type ?? (m.entityId.startsWith("agreement:") ? "Agreement" : undefined);
      blocks.push({
        kind: "entity",
        norm: foldForMatch(m.text),
        start: m.start,
        end: m.end,
        entityId: m.entityId,
        entityType,
        source: m.source,
      });
    }
    for (const t of ctx.temporal(i)) if (!taken(t)) blocks.push({ kind: "date", norm: foldForMatch(t.text), start: t.start, end: t.end });
    blocks.sort((a, b) => a.start - b.start);
    const tokens: Token[] = [];
    let at = s.start;
    for (const b of blocks) {
      if (b.start > at) tokens.push(...wordTokens(ctx.text.slice(at, b.start), at));
      tokens.push(b);
      at = b.end;
    }
    if (at < s.end) tokens.push(...wordTokens(ctx.text.slice(at, s.end), at));
    return tokens;
  }
}

/** A word made as an adverb of manner ("officiellement", "formally"): it may sit inside a verb phrase. */
export const isAdverb = (t: Token | undefined): boolean => !!t && t.kind === "word" && t.norm.length > 5 && /(?:ment|ly)$/.test(t.norm);

/** A set of cue phrases, each a sequence of folded words, matched at word tokens. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  /** The phrases by their longest word (the likeliest to be missing from a sentence). */
  private readonly byLongestWord = new Map<string, string[][]>();

  /** `innerAdverbs`: folded words that may also sit inside a phrase, besides adverbs of manner ("déjà", "already"). */
  constructor(
    private readonly forms: readonly string[],
    private readonly innerAdverbs: ReadonlySet<string> = new Set(),
  ) {
    for (const form of forms) {
      const words = wordTokens(form).map((t) => t.norm);
      const first = words[0];
      if (!first) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(first, list);
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
      this.byLongestWord.set(longest, [...(this.byLongestWord.get(longest) ?? []), words]);
    }
  }

  /** One set of all their phrases: one `mayOccurIn` for many sets (build it once, not per document). */
  static union(sets: readonly PhraseSet[]): PhraseSet {
    return new PhraseSet(sets.flatMap((set) => set.forms));
  }

  /**
   * Whether some phrase may occur in a sentence of these words (`plainWordsOf`): false when every
   * phrase lacks one of its words there, so that no reading of the sentence matches.
   */
  mayOccurIn(words: ReadonlySet<string>): boolean {
    for (const word of words) {
      const phrases = this.byLongestWord.get(word);
      if (phrases === undefined) continue;
      for (const phrase of phrases) if (phrase.every((w) => words.has(w))) return true;
    }
    return false;
  }

  /** Whether the token is a word that may sit inside a phrase: an adverb of manner or one of `innerAdverbs`. */
  private isInnerAdverb(t: Token | undefined): boolean {
    return isAdverb(t) || (!!t && t.kind === "word" && this.innerAdverbs.has(t.norm));
  }

  /** The end (exclusive token index) of the longest phrase starting at `at`, or -1. */
  matchAt(tokens: readonly Token[], at: number): number {
    const first = tokens[at];
    if (!first || (first.kind !== "word" && first.kind !== "punct")) return -1;
    for (const words of this.byFirst.get(first.norm) ?? []) {
      let k = 0;
      let skipped = 0;
      for (; k < words.length; k++) {
        // An adverb may sit inside a verb phrase: "a officiellement rejoint", "have formally joined".
        while (k > 0 && tokens[at + k + skipped]?.norm !== words[k] && this.isInnerAdverb(tokens[at + k + skipped])) skipped++;
        const token = tokens[at + k + skipped];
        if (!token || token.kind === "entity" || token.norm !== words[k]) break;
      }
      if (k === words.length) return at + k + skipped;
    }
    return -1;
  }

  /** Every non-overlapping hit in tokens [from, to): start and end token indices. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): Array<{ start: number; end: number }> {
    const hits: Array<{ start: number; end: number }> = [];
    for (let k = from; k < to; k++) {
      const end = this.matchAt(tokens, k);
      if (end > 0 && end <= to) {
        hits.push({ start: k, end });
        k = end - 1;
      }
    }
    return hits;
  }

  /** Whether a hit ends exactly at token index `end` (looking back at most `span` tokens). */
  endsAt(tokens: readonly Token[], end: number, span = 6): number {
    for (let k = Math.max(0, end - span); k < end; k++) if (this.matchAt(tokens, k) === end) return k;
    return -1;
  }
}
