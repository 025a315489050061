/**
 * What the name rules of one sentence share: the sentence's tokens, KB matches and titles, the
 * document-wide word statistics, and the lookups every rule asks ("is this word inside a
 * title?", "does a title end right before it?"). Built once per sentence; plain data and pure
 * functions.
 */
import type { EntityType } from "../../src/model/extraction.js";
import type { TitleMention } from "../../src/model/mentions.js";
import type { KbIndex } from "./kb-index.js";
import { FUNCTION_WORDS, HEAD_TYPES, NON_NAMES } from "./lexicon.js";
import type { NameCues } from "./name-cues.js";
import { SpanIndex, type SentenceView } from "./spans.js";
import type { Token } from "./tokens.js";
import type { RawMention } from "./types.js";

export interface NameContext {
  text: string;
  sentenceIndex: number;
  tokens: readonly Token[];
  view: SentenceView; // tokens and KB matches of this sentence, document offsets
  titles: readonly TitleMention[]; // titles in this sentence
  titleCase: boolean;
  index: KbIndex;
  /** The language cues of the document's language (ingest/lang/<language>). */
  cues: NameCues;
  /** Folded words the document also writes in lower case: a run made of them is not a person's name. */
  lowercaseWords: ReadonlySet<string>;
  /**
   * For each capitalised word of the document (folded), the folded words right before its
   * uses: "Austin" after "said" is a surname standing alone, after "Lloyd" it is not.
   */
  capitalizedAfter: ReadonlyMap<string, readonly string[]>;
  /** Folded words that open a person's name: common given names, family names written first (data/kb/person-names.json). */
  personNameWords: ReadonlySet<string>;
}

/** Words that may join the capitalised words of one name: "Ministère de la Défense", "Abdullah bin Zayed Al Nahyan". */
export const CONNECTORS = new Set([
  "de",
  "d'",
  "du",
  "des",
  "la",
  "le",
  "l'",
  "of",
  "the",
  "and",
  "for",
  "von",
  "van",
  "der",
  "den",
  "bin",
  "ben",
  "bint",
  "ibn",
  "al",
  "el",
  "da",
  "di",
  "dos",
]);

/** Particles inside a person's or a place's name: "Abdullah bin Zayed Al Nahyan", "Rio de Janeiro", "Ursula von der Leyen". */
export const NAME_PARTICLES = new Set([
  "bin",
  "ben",
  "bint",
  "ibn",
  "abu",
  "ould",
  "al",
  "el",
  "de",
  "d'",
  "da",
  "di",
  "do",
  "dos",
  "du",
  "van",
  "von",
  "der",
  "den",
  "la",
  "le",
]);

const byLastWordIndexes = new WeakMap<object, Map<string, readonly unknown[]>>();

/**
 * The items of `list` whose word sequence (`wordsOf`) ends with `word`, in list order: an index
 * by last word, made once per list, so that a rule tried at every token does not walk the list.
 */
export function endingWith<T>(list: readonly T[], wordsOf: (item: T) => readonly string[], word: string | undefined): readonly T[] {
  if (word === undefined) return [];
  let index = byLastWordIndexes.get(list) as Map<string, T[]> | undefined;
  if (!index) {
    index = new Map<string, T[]>();
    for (const item of list) {
      const words = wordsOf(item);
      const last = words[words.length - 1];
      if (last === undefined) continue;
      const items = index.get(last) ?? [];
      items.push(item);
      index.set(last, items);
    }
    byLastWordIndexes.set(list, index);
  }
  return index.get(word) ?? [];
}

/** Whether the token sequence `seq` (compared by `key`) ends right before token `i`; the index of its first token, or -1. */
export function sequenceBefore(
  tokens: readonly Token[],
  i: number,
  seq: readonly string[],
  key: (t: Token) => string = (t) => t.folded,
): number {
  let k = i - 1;
  for (let s = seq.length - 1; s >= 0; s--, k--) if (!tokens[k] || key(tokens[k]) !== seq[s]) return -1;
  return k + 1;
}

/** Whether the token sequence `seq` (folded) starts at token `i`. */
export function sequenceAt(tokens: readonly Token[], i: number, seq: readonly string[]): boolean {
  return seq.every((w, s) => tokens[i + s]?.folded === w);
}

/** A mention found by shape over the tokens `first`..`last`. */
export function mention(
  ctx: NameContext,
  first: Token,
  last: Token,
  type: EntityType,
  rule: string,
  extra: Partial<RawMention> = {},
): RawMention {
  const text = ctx.text.slice(first.start, last.end);
  return {
    start: first.start,
    end: last.end,
    text,
    sentenceIndex: ctx.sentenceIndex,
    source: "pattern",
    type,
    kbId: null,
    name: text,
    acronymOf: null,
    contextual: false,
    honorific: false,
    needsAntecedent: false,
    rule,
    ...extra,
  };
}

/** A capitalised word that can be part of a person's name. */
export function nameLike(t: Token): boolean {
  return (
    t.word &&
    t.capitalized &&
    /^\p{L}/u.test(t.text) &&
    !/\p{N}/u.test(t.text) &&
    !FUNCTION_WORDS.has(t.folded) &&
    !NON_NAMES.has(t.folded) &&
    !HEAD_TYPES.has(t.folded) &&
    !(t.text.length >= 2 && t.text === t.text.toUpperCase())
  );
}

/** The lookups over one sentence that the rules share. */
export interface SentenceScan {
  /** Inside a title mention or a KB title form. */
  coveredByTitle(t: Token): boolean;
  /** Inside a KB match of any kind. */
  covered(t: Token): boolean;
  /** A title ends right before token `i` (or before the comma before it). */
  afterTitle(i: number): boolean;
  /** Token `k` is a comma and a title follows it ("Jane Doe, ministre de …"), not one that heads the name after it. */
  beforeTitle(k: number): boolean;
  /** Token `i` is a capitalised organisation head that closes a KB title form ("leader du Parti" + "travailliste"). */
  headOfTitleEnd(i: number): boolean;
}

/** Articles that may open an apposition before its title: "X, the foreign secretary", "X, le ministre". */
export const APPOSITION_ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an", "le", "la", "l'", "un", "une"]);

export function scanSentence(ctx: NameContext): SentenceScan {
  const { tokens, view } = ctx;
  const titleSpans = new SpanIndex(ctx.titles);
  const titleEnds = new Set(ctx.titles.map((x) => x.end));
  const coveredByTitle = (t: Token): boolean =>
    titleSpans.overlapping(t.start, t.end) !== undefined || view.matchesOver(t).some((m) => m.kind === "title");
  /** Token `i` is a link to an owner ("at", "de", "à") and a capitalised word follows it, maybe after an article. */
  const ownerFollows = (i: number): boolean => {
    const link = tokens[i];
    if (!link || !ctx.cues.titleOwnerLinks.has(link.text.toLowerCase().replace(/’/gu, "'"))) return false;
    const next = tokens[i + 1];
    const name = next && APPOSITION_ARTICLES.has(next.folded) ? tokens[i + 2] : next;
    return name !== undefined && name.word && name.capitalized;
  };
  return {
    coveredByTitle,
    covered: (t) => view.matchOver(t) !== undefined,
    afterTitle: (i) => {
      const prev = tokens[i - 1];
      if (!prev) return false;
      if (titleEnds.has(prev.end)) return true;
      return prev.text === "," && tokens[i - 2] !== undefined && titleEnds.has(tokens[i - 2].end);
    },
    beforeTitle: (k) => {
      if (tokens[k]?.text !== ",") return false;
      // ", the Indian foreign secretary", ", Australia's defence industry minister": an article, an owner and its "'s" may open the apposition.
      let j = k + 1;
      let owned = false;
      while (tokens[j] && j <= k + 6 && !titleSpans.overlapping(tokens[j].start, tokens[j].start + 1)) {
        const t = tokens[j];
        const possessive = /^['’]$/u.test(t.text) || (t.text === "s" && /^['’]$/u.test(tokens[j - 1]?.text ?? ""));
        if (possessive) owned = true;
        // "Australia's defence industry minister": after the owner, the words of the office before its title.
        const officeWord = owned && t.word && !t.capitalized && !FUNCTION_WORDS.has(t.folded);
        const opener = APPOSITION_ARTICLES.has(t.folded) || possessive || officeWord || (t.capitalized && view.matchOver(t) !== undefined);
        if (!opener) return false;
        j++;
      }
      const next = tokens[j];
      if (next === undefined) return false;
      const title = titleSpans.overlapping(next.start, next.start + 1);
      if (title === undefined) return false;
      // "During a visit to Abidjan, French Foreign Minister Jean Barrot signed": a title right before a
      // name is that name's, not an apposition to the word before the comma.
      const after = tokens.find((x) => x.start >= title.end);
      if (after?.word && after.capitalized) return false;
      if (j === k + 1) return true;
      // Opened by an article or an owner, the apposition closes after its title ("X, the foreign secretary, met"),
      // and names no one after a comma ("l'hôtel de Brienne, le ministre serbe, Bratislav Gašić"); "the
      // president's office said" is no apposition.
      const next2 = tokens[(after?.index ?? tokens.length) + 1];
      // "X, a professor at Keio University, said", "X, chercheuse à l'Institut Y,": or the organisation it serves follows.
      if (after !== undefined && ownerFollows(after.index)) return true;
      if (after !== undefined && !/^[,;.)!?]$/u.test(after.text)) return false;
      return !(after?.text === "," && next2?.word && next2.capitalized);
    },
    headOfTitleEnd: (i) => {
      const t = tokens[i];
      return (
        t !== undefined &&
        HEAD_TYPES.get(t.folded) === "Organization" &&
        // "Général de Corps d'Armée Awa Diallo": a rank's own words end it, no organisation's name.
        view
          .matchesOver(t)
          .some((m) => m.kind === "title" && m.end === t.end && m.start < t.start && ctx.index.title(m.targetId)?.kind !== "military")
      );
    },
  };
}
