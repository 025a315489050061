/**
 * Names found by their shape, outside the knowledge base: runs of capitalised words typed by
 * their head noun ("Agence de presse X", "Ministry of Defence", "Labour Party" → Organization,
 * "… Partnership" → Agreement), people after a title or an honorific ("le ministre italien de la
 * Défense Guido Crosetto", "Mme Doe"), before an apposition ("Jane Doe, ministre de …"), or
 * standing as two to four capitalised words; acronyms defined in parentheses.
 * A single capitalised word with no such context is kept as a candidate that linking accepts
 * only as a back-reference to a name seen in full ("Starmer" after "Keir Starmer").
 */
import type { EntityType } from "../../src/model/extraction.js";
import type { TitleMention } from "../../src/model/mentions.js";
import type { KbIndex } from "./kb-index.js";
import {
  ADJECTIVE_ENDING,
  AGREEMENT_NOUNS,
  AT,
  BEFORE_PLACE_AT,
  COUNTRY_LINKS,
  PLACE_PREPOSITIONS,
  FUNCTION_WORDS,
  HEAD_TYPES,
  DOTTED_HONORIFICS,
  HONORIFICS,
  NON_NAMES,
  NOT_ENTITY_WORDS,
  TRAILING_HEADS,
} from "./lexicon.js";
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

const CONNECTORS = new Set([
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
  "al",
  "el",
  "da",
  "di",
  "dos",
]);
const LOWERCASE_LINKS = new Set(["de", "d'", "du", "des"]);
const GOVERNMENT_NOUNS = new Set(["administration", "gouvernement", "government", "cabinet", "regime"]);

function mention(ctx: NameContext, first: Token, last: Token, type: EntityType, extra: Partial<RawMention> = {}): RawMention {
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
    ...extra,
  };
}

/** A capitalised word that can be part of a person's name. */
function nameLike(t: Token): boolean {
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

/**
 * What makes two to five capitalised words a person's name when no title or apposition says so:
 * a known given name ("Keir …", from the KB's people or data/kb/person-names.json), a family
 * name written first ("Cho Hyun"), an initial ("J. D. Vance"), or the last word standing alone elsewhere in the
 * document ("… Austin said"). "Capitol Hill" or "Policy Exchange" have neither.
 */
function personEvidence(ctx: NameContext, words: readonly Token[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (ctx.index.isGivenName(first.folded) || ctx.personNameWords.has(first.folded)) return true;
  // An initial opens only a person's name ("J. D. Vance").
  if (first.text.length === 1 && ctx.tokens[first.index + 1]?.text === ".") return true;
  const before = words[words.length - 2]?.folded;
  return (ctx.capitalizedAfter.get(last.folded) ?? []).some((w) => w !== before);
}

export function findNames(ctx: NameContext): RawMention[] {
  const { tokens, view } = ctx;
  const out: RawMention[] = [];
  const titleSpans = new SpanIndex(ctx.titles);
  const coveredByTitle = (t: Token): boolean =>
    titleSpans.overlapping(t.start, t.end) !== undefined || view.matchesOver(t).some((m) => m.kind === "title");
  const covered = (t: Token): boolean => view.matchOver(t) !== undefined;
  const titleEnds = new Set(ctx.titles.map((x) => x.end));
  const afterTitle = (i: number): boolean => {
    const prev = tokens[i - 1];
    if (!prev) return false;
    if (titleEnds.has(prev.end)) return true;
    return prev.text === "," && tokens[i - 2] !== undefined && titleEnds.has(tokens[i - 2].end);
  };
  // "Jane Doe, ministre de …": a title right after a comma.
  const beforeTitle = (k: number): boolean =>
    tokens[k]?.text === "," &&
    tokens[k + 1] !== undefined &&
    titleSpans.overlapping(tokens[k + 1].start, tokens[k + 1].start + 1) !== undefined;

  // "l'administration Trump", "le gouvernement Barnier", "the Trump administration": a leader's name.
  const governmentOf = (first: number, last: number): boolean =>
    GOVERNMENT_NOUNS.has(tokens[first - 1]?.folded ?? "") || GOVERNMENT_NOUNS.has(tokens[last + 1]?.folded ?? "");

  // "à Kananaskis, au Canada", "in Kananaskis, Canada": a country right after the name.
  const countryAfter = (k: number): boolean => {
    if (tokens[k]?.text !== ",") return false;
    let n = k + 1;
    while (n < k + 3 && tokens[n] && COUNTRY_LINKS.has(tokens[n].folded)) n++;
    const next = tokens[n];
    return (
      next !== undefined &&
      view.matchesStartingAt(next.start).some((m) => m.kind === "alias" && ctx.index.record(m.targetId)?.type === "Country")
    );
  };
  // "met Lloyd Austin at Camp Aguinaldo", "à Kananaskis, au Canada": a place, not a person.
  const placeAt = (first: number, last: number, words: number): boolean => {
    const prev = tokens[first - 1]?.folded ?? "";
    // "in Jane Doe's view": a possessive is a person's, or an organisation's.
    if (/^['’]$/.test(tokens[last + 1]?.text ?? "") && tokens[last + 2]?.folded === "s") return false;
    const beforeAt = tokens[first - 2];
    const afterAt =
      prev === AT &&
      beforeAt !== undefined &&
      ((beforeAt.capitalized && beforeAt.index > 0) || /(?:ed|ing)$/.test(beforeAt.folded) || BEFORE_PLACE_AT.has(beforeAt.folded));
    if (countryAfter(last + 1)) return PLACE_PREPOSITIONS.has(prev) || prev === AT || prev === "a";
    return words >= 2 && (PLACE_PREPOSITIONS.has(prev) || afterAt);
  };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // "leader du Parti travailliste": a title form that ends on a capitalised head ("leader du parti")
    // leaves the head to the name it opens.
    const headOfTitleEnd =
      HEAD_TYPES.get(t.folded) === "Organization" &&
      view.matchesOver(t).some((m) => m.kind === "title" && m.end === t.end && m.start < t.start);
    if (!t.word || !t.capitalized || (coveredByTitle(t) && !headOfTitleEnd)) {
      i++;
      continue;
    }

    // Honorific + surname: "M. Starmer", "Mme Takaichi", "Mr Healey".
    if (HONORIFICS.has(t.folded) && !covered(t)) {
      let j = i + 1;
      const dotted = tokens[j]?.text === "." && tokens[j].start === t.end;
      if (dotted) j++;
      if (dotted || !DOTTED_HONORIFICS.has(t.folded)) {
        let k = j;
        while (k < j + 3 && tokens[k] && nameLike(tokens[k]) && !covered(tokens[k]) && !coveredByTitle(tokens[k])) k++;
        if (k > j) {
          out.push(mention(ctx, tokens[j], tokens[k - 1], "Person", { honorific: true }));
          i = k;
          continue;
        }
      }
    }
    if (ctx.titleCase) {
      i++;
      continue;
    }

    // A run of capitalised words, with connectors between them.
    let k = i;
    while (k < tokens.length) {
      const c = tokens[k];
      if (k > i && HONORIFICS.has(c.folded)) break;
      if (c.word && c.capitalized && (!coveredByTitle(c) || (k === i && headOfTitleEnd))) {
        k++;
        // An initial: "George W. Bush", "J. D. Vance".
        const dot = tokens[k];
        if (c.text.length === 1 && dot?.text === "." && dot.start === c.end && tokens[k + 1]?.capitalized && tokens[k + 1].word) k++;
        continue;
      }
      // "Corée du Nord et la Forest Union": a coordination after a KB name ends the run.
      if ((c.folded === "and" || c.folded === "et") && k > i && view.matchesEndingAt(tokens[k - 1].end).some((m) => m.kind !== "demonym"))
        break;
      // "de la Défense", "of the Philippines": up to two connectors before the next capitalised word.
      let n = k;
      while (n < k + 2 && tokens[n] && CONNECTORS.has(tokens[n].folded)) n++;
      const next = tokens[n];
      if (k > i && n > k && next && next.word && next.capitalized && !coveredByTitle(next) && !HONORIFICS.has(next.folded)) {
        k = n;
        continue;
      }
      break;
    }
    let run = tokens.slice(i, k);
    // "Government House", "State Council": a word that is no name alone still opens a name its head closes.
    const closedByHead = (r: readonly Token[]) => r.length > 1 && TRAILING_HEADS.has(r[r.length - 1].folded);
    while (run.length && (FUNCTION_WORDS.has(run[0].folded) || (NON_NAMES.has(run[0].folded) && !closedByHead(run)))) run = run.slice(1);
    while (run.length && CONNECTORS.has(run[run.length - 1].folded)) run = run.slice(0, -1);
    const nextIndex = Math.max(k, i + 1);
    if (!run.length) {
      i = nextIndex;
      continue;
    }

    // "National Security Strategy", "Sommet de Madrid": a document or an event, not an entity.
    if (run.some((r) => NOT_ENTITY_WORDS.has(r.folded))) {
      i = nextIndex;
      continue;
    }

    const headFirst = HEAD_TYPES.get(run[0].folded);
    const lastWord = run[run.length - 1].folded;
    const headLast = run.length > 1 && TRAILING_HEADS.has(lastWord) ? HEAD_TYPES.get(lastWord) : undefined;
    if (headFirst || headLast) {
      const type = (headFirst ?? headLast)!;
      let last = run[run.length - 1];
      let end = last.index + 1;
      if (headFirst && run.length === 1) {
        // French order: the head takes lower-case adjectives and one "de + noun" ("Parti travailliste",
        // "Agence de presse X", "Forces d'autodéfense japonaises"), then more capitalised words.
        let linked = false;
        while (end < tokens.length) {
          const c = tokens[end];
          const demonym = view.matchesStartingAt(c.start).some((m) => m.kind === "demonym");
          if (c.word && !c.capitalized && (demonym || ADJECTIVE_ENDING.test(c.folded)) && !FUNCTION_WORDS.has(c.folded)) {
            end++;
            continue;
          }
          const noun = tokens[end + 1];
          const after = tokens[end + 2];
          if (
            !linked &&
            LOWERCASE_LINKS.has(c.folded) &&
            noun?.word &&
            !noun.capitalized &&
            !FUNCTION_WORDS.has(noun.folded) &&
            after &&
            ((after.word && after.capitalized && !coveredByTitle(after)) || ADJECTIVE_ENDING.test(after.folded))
          ) {
            linked = true;
            end += 2;
            continue;
          }
          if (c.word && c.capitalized && !coveredByTitle(c) && !FUNCTION_WORDS.has(c.folded) && end > last.index + 1) {
            end++;
            continue;
          }
          break;
        }
        last = tokens[end - 1]!;
      }
      const first = run[0];
      const span = tokens.slice(first.index, end);
      const headToken = headFirst ? first : run[run.length - 1];
      // The KB already names it: the whole span, or its head ("the East China Sea and the Taiwan Strait").
      const oneKbName =
        view.matchesOver(first).some((m) => m.kind !== "demonym" && m.start <= first.start && m.end >= last.end) ||
        view.matchesOver(headToken).some((m) => m.kind !== "demonym" && m.kind !== "title");
      // "Accord historique entre …" at the start of a sentence: the capital says nothing.
      const firstIndex = first.index;
      const initial = firstIndex === 0 || (!tokens[firstIndex - 1].word && !/^[,;]$/.test(tokens[firstIndex - 1].text));
      if (initial && span.slice(1).every((x) => !x.capitalized)) {
        i = Math.max(end, nextIndex);
        continue;
      }
      // A head alone ("la Commission") is a common noun used as a name: it needs more words.
      if (span.length > 1 && !oneKbName && !(type === "Place" && span.every((s) => !s.capitalized || HEAD_TYPES.has(s.folded)))) {
        out.push(mention(ctx, first, last, type));
      }
      i = Math.max(end, nextIndex);
      continue;
    }

    // No head: people. KB-covered words split the run ("Japon" in "Japon Keir Starmer").
    const groups: Token[][] = [[]];
    for (const r of run) {
      const initialDot = r.text === "." && tokens[r.index - 1]?.text.length === 1;
      if (initialDot) groups[groups.length - 1].push(r);
      else if (covered(r) || !nameLike(r)) {
        if (covered(r) || !CONNECTORS.has(r.folded)) groups.push([]);
        else groups[groups.length - 1].push(r);
      } else groups[groups.length - 1].push(r);
    }
    for (let g of groups) {
      while (g.length && !nameLike(g[0])) g = g.slice(1);
      while (g.length && !nameLike(g[g.length - 1])) g = g.slice(0, -1);
      if (!g.length) continue;
      const first = g[0];
      const last = g[g.length - 1];
      const firstIndex = first.index;
      const lastIndex = last.index;
      const named = g.filter(nameLike).length;
      const context = afterTitle(firstIndex) || beforeTitle(lastIndex + 1) || governmentOf(firstIndex, lastIndex);
      // Capitalised common words ("Sécurité Économique" when the text also says "sécurité économique").
      const commonWords = g.some((w) => ctx.lowercaseWords.has(w.folded));
      if (!context && !commonWords && placeAt(firstIndex, lastIndex, named)) out.push(mention(ctx, first, last, "Place"));
      else if (named >= 2 && named <= 5 && (context || (!commonWords && personEvidence(ctx, g))))
        out.push(mention(ctx, first, last, "Person"));
      // A lone word the text also writes in lower case ("Young people …" and "young") is a common word.
      else if (named === 1 && (context || !commonWords)) out.push(mention(ctx, first, last, "Person", { needsAntecedent: !context }));
    }
    i = nextIndex;
  }
  return out;
}

/** Length of the longest common subsequence of two short strings. */
function commonSubsequence(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const ca of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = ca === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}

/**
 * "l'Agence européenne de défense (AED)", "the European Defence Agency (EDA)": a capitalised
 * expansion whose initials (or first letter and head noun) fit the acronym. The expansion is an
 * Organization, a Program or an Agreement by its head noun; "technologies de l'information (TIC)"
 * is not a name and gives nothing.
 */
export function findAcronymDefinitions(ctx: NameContext): Array<{ expansion: RawMention; acronym: RawMention }> {
  const { tokens } = ctx;
  const out: Array<{ expansion: RawMention; acronym: RawMention }> = [];
  for (let p = 1; p + 2 < tokens.length + 1; p++) {
    const open = tokens[p];
    const acr = tokens[p + 1];
    const close = tokens[p + 2];
    if (open?.text !== "(" || close?.text !== ")" || !acr?.word) continue;
    const upper = acr.text.replace(/[^\p{Lu}]/gu, "");
    if (upper.length < 2 || acr.text.length > 10 || !/^\p{Lu}/u.test(acr.text)) continue;
    const letters = acr.folded.replace(/[^\p{L}]/gu, "");
    // The capitalised start whose initials ("Cross-Servicing" gives two) fit the acronym best.
    let chosen = -1;
    let exact = false;
    let bestScore = 0;
    for (let j = p - 1; j >= Math.max(0, p - 10); j--) {
      const w = tokens[j];
      if (!w.word && w.text !== "-") break;
      if (!w.capitalized || FUNCTION_WORDS.has(w.folded) || w.folded[0] !== letters[0]) continue;
      const initials = tokens
        .slice(j, p)
        .filter((x) => x.word && !FUNCTION_WORDS.has(x.folded) && !CONNECTORS.has(x.folded))
        .flatMap((x) => x.folded.split(/[-‐‑]/).map((part) => part[0] ?? ""))
        .join("");
      if (initials === letters) {
        chosen = j;
        exact = true;
        break;
      }
      const score = commonSubsequence(initials, letters);
      if (score >= bestScore) {
        bestScore = score;
        chosen = j;
      }
    }
    if (chosen < 0) continue;
    const span = tokens.slice(chosen, p);
    const first = span[0];
    const last = span[span.length - 1];
    const head = HEAD_TYPES.get(first.folded) ?? HEAD_TYPES.get(last.folded);
    if (!exact && !head) continue;
    const name = ctx.text.slice(first.start, last.end);
    const kb = ctx.index.byName(name);
    const kbId = kb && kb.type !== "Country" ? kb.id : null;
    const type: EntityType = kb?.type ?? (head && head !== "Place" ? head : "Organization");
    const expansion = mention(ctx, first, last, type, { kbId, source: kbId ? "kb" : "pattern" });
    const acronym = mention(ctx, acr, acr, type, { kbId, source: "acronym", acronymOf: name, name: acr.text });
    out.push({ expansion, acronym });
  }
  return out;
}

/** "partenariat de sécurité et de défense Japon-UE": an agreement noun closed by a pair of KB names. */
export function findNamedAgreements(ctx: NameContext): RawMention[] {
  const { tokens, view, index } = ctx;
  const out: RawMention[] = [];
  tokens.forEach((t, i) => {
    if (!AGREEMENT_NOUNS.has(t.folded) || !t.word) return;
    for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
      const c = tokens[k];
      if (!c.word) return;
      if (!c.text.includes("-")) continue;
      const parts = view.matchesWithin(c.start, c.end).filter((m) => m.kind === "alias");
      const owners = parts.filter((m) => {
        const type = index.record(m.targetId)?.type;
        return type === "Country" || type === "Organization";
      });
      if (owners.length >= 2 && owners[0].start === c.start && owners[owners.length - 1].end === c.end) {
        out.push(mention(ctx, t, c, "Agreement"));
      }
      return;
    }
  });
  return out;
}

const MINISTRY = new Set(["ministere", "ministry"]);
const MINISTRY_LINK = new Set(["de", "d'", "du", "des", "la", "l'", "of", "the", "for"]);

/**
 * "le ministère japonais des Affaires étrangères", "the ministry of Defence": a ministry
 * written in lower case is still an organisation when a capitalised portfolio follows.
 */
export function findMinistries(ctx: NameContext): RawMention[] {
  const { tokens, view } = ctx;
  const out: RawMention[] = [];
  tokens.forEach((t, i) => {
    if (!MINISTRY.has(t.folded) || t.capitalized) return;
    let j = i + 1;
    const demonym = tokens[j] && view.matchesStartingAt(tokens[j].start).find((m) => m.kind === "demonym");
    if (demonym) j = view.firstTokenFrom(demonym.end);
    if (j < 0) return;
    const from = j;
    while (j < from + 2 && tokens[j] && MINISTRY_LINK.has(tokens[j].folded)) j++;
    if (j === from || !tokens[j]?.capitalized || !tokens[j].word) return;
    let k = j;
    while (
      k < j + 5 &&
      tokens[k]?.word &&
      (tokens[k].capitalized || ADJECTIVE_ENDING.test(tokens[k].folded) || (CONNECTORS.has(tokens[k].folded) && tokens[k + 1]?.capitalized))
    )
      k++;
    out.push(mention(ctx, t, tokens[k - 1], "Organization"));
  });
  return out;
}

const PROGRAMME_NOUNS = new Set(["programme", "program", "projet", "project", "initiative"]);

/** A word of a programme's code name: an acronym ("SCAF", "SEA"), a code with digits ("3000", "F-35"), or a capitalised word. */
function codeWord(t: Token): "code" | "capitalized" | null {
  if (!t.word || FUNCTION_WORDS.has(t.folded) || NON_NAMES.has(t.folded)) return null;
  if (/\p{N}/u.test(t.text) || (t.text.length >= 2 && /\p{Lu}/u.test(t.text) && t.text === t.text.toUpperCase())) return "code";
  // An inner capital: "GlobalEye", "SkyShield".
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text)) return "code";
  return t.capitalized ? "capitalized" : null;
}

/**
 * "Australia's SEA 3000 programme", "le programme SCAF", "the F-35 program": a programme noun in
 * lower case next to a code name outside the knowledge base. The code name (up to three words,
 * one at least an acronym, a code with digits or a word with an inner capital) is the Program;
 * the noun is not part of it.
 * English puts the code before the noun, French after it.
 */
export function findCodedProgrammes(ctx: NameContext): RawMention[] {
  const { tokens, view } = ctx;
  const out: RawMention[] = [];
  const usable = (t: Token | undefined): t is Token =>
    t !== undefined &&
    view.matchOver(t) === undefined &&
    (codeWord(t) === "code" || (codeWord(t) === "capitalized" && !HEAD_TYPES.has(t.folded)));
  const push = (words: Token[]) => {
    // One word at least is a code, and one has letters: "the 2024 programme" names no programme.
    if (!words.some((w) => codeWord(w) === "code") || !words.some((w) => /\p{L}/u.test(w.text))) return;
    const first = words[0];
    const last = words[words.length - 1];
    // A sentence-initial capital is no evidence, unless the word is a code.
    if (first.index === 0 && codeWord(first) !== "code" && words.length === 1) return;
    out.push(mention(ctx, first, last, "Program"));
  };
  tokens.forEach((t, i) => {
    if (!PROGRAMME_NOUNS.has(t.folded) || t.capitalized) return;
    const before: Token[] = [];
    for (let k = i - 1; k >= Math.max(0, i - 3) && usable(tokens[k]); k--) before.unshift(tokens[k]);
    if (before.length) {
      push(before);
      return;
    }
    const after: Token[] = [];
    for (let k = i + 1; k <= i + 3 && usable(tokens[k]); k++) after.push(tokens[k]);
    if (after.length) push(after);
  });
  return out;
}
