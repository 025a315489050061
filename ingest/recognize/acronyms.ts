/**
 * Acronyms defined in parentheses: "l'Agence européenne de défense (AED)", "the European Defence
 * Agency (EDA)". The expansion is typed by its head noun (or by the KB when it names it), and
 * the acronym takes the expansion's identity for the rest of the document.
 */
import type { EntityType } from "../../src/model/extraction.js";
import { FUNCTION_WORDS, HEAD_TYPES } from "./lexicon.js";
import { CONNECTORS, mention, type NameContext } from "./name-context.js";
import type { RawMention } from "./types.js";

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
 * Whether `letters` is the words' first letters or more, each word in order giving one at least: "NORDEFCO" for
 * "Nordic Defence Cooperation" (nor-def-co), "EUNAVFOR" for "European Union Naval Force". A syllabic acronym.
 */
export function spelledByPrefixes(words: readonly string[], letters: string): boolean {
  const fits = (w: number, at: number): boolean => {
    if (w === words.length) return at === letters.length;
    const word = words[w] ?? "";
    for (let n = Math.min(word.length, letters.length - at); n >= 1; n--)
      if (letters.startsWith(word.slice(0, n), at) && fits(w + 1, at + n)) return true;
    return false;
  };
  return words.length >= 2 && letters.length > words.length && fits(0, 0);
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
      const contentWords = tokens
        .slice(j, p)
        .filter((x) => x.word && !FUNCTION_WORDS.has(x.folded) && !CONNECTORS.has(x.folded))
        .map((x) => x.folded.replace(/[^\p{L}]/gu, ""));
      if (initials === letters || spelledByPrefixes(contentWords, letters)) {
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
    // "Liquefied Natural Gas (LNG)", "Zone économique exclusive (ZEE)": a commodity or a zone, no organisation.
    const content = span.filter((x) => x.word && !FUNCTION_WORDS.has(x.folded) && !CONNECTORS.has(x.folded));
    if (!head && [content[0], content[content.length - 1]].some((x) => x !== undefined && ctx.cues.commonNounHeads.has(x.folded))) continue;
    const name = ctx.text.slice(first.start, last.end);
    const kb = ctx.index.byName(name);
    const kbId = kb && kb.type !== "Country" ? kb.id : null;
    const type: EntityType = kb?.type ?? (head && head !== "Place" ? head : "Organization");
    const expansion = mention(ctx, first, last, type, "acronymDefinition", { kbId, source: kbId ? "kb" : "pattern" });
    const acronym = mention(ctx, acr, acr, type, "acronymDefinition", { kbId, source: "acronym", acronymOf: name, name: acr.text });
    out.push({ expansion, acronym });
  }
  return out;
}
