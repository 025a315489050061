/**
 * Rules over the knowledge-base matches of a sentence, run in order before anything reads them:
 * what a dictionary match means depends on the words around it. A country's official style
 * belongs to its name ("the Socialist Republic of Viet Nam"); a demonym inside a regional
 * compound ("sud-américaine") or used as a language ("en espagnol") is not the country; a
 * country's name is its same-named city where the text says city ("à Luxembourg"). Each rule is
 * a small named function with its own unit test (test/unit/recognize/match-rules.test.ts).
 */
import type { KbMatch } from "../../src/kb/matcher.js";
import { foldForMatch } from "../../src/kb/normalize.js";
import { BEFORE_PLACE_AT, FUNCTION_WORDS, HEAD_TYPES, HONORIFICS, NON_NAMES } from "./lexicon.js";
import type { KbIndex } from "./kb-index.js";
import type { NameCues } from "./name-cues.js";
import type { Token } from "./tokens.js";

export interface MatchContext {
  text: string; // document text
  tokens: readonly Token[]; // the sentence's tokens, document offsets
  index: KbIndex;
  cues: NameCues;
}

/** The context with the lookups the rules share, built once per sentence. */
interface RuleContext extends MatchContext {
  /** Index of the token starting at `offset`, or -1. */
  tokenAt(offset: number): number;
  /** Index of the token ending at `offset`, or -1. */
  tokenEndingAt(offset: number): number;
}

export interface MatchRule {
  name: string;
  refine(ctx: RuleContext, matches: KbMatch[]): KbMatch[];
}

const isCountryAlias = (ctx: RuleContext, m: KbMatch): boolean => m.kind === "alias" && ctx.index.record(m.targetId)?.type === "Country";

/** Whether the folded words `seq` end right before token `i` (elided "d'" counts as one word); the index of their first token, or -1. */
function sequenceBefore(tokens: readonly Token[], i: number, seq: readonly string[]): number {
  let k = i - 1;
  for (let s = seq.length - 1; s >= 0; s--, k--) if (tokens[k]?.folded !== seq[s]) return -1;
  return k + 1;
}

/**
 * "la République du Kenya", "the Socialist Republic of Viet Nam", "la République islamique
 * d'Iran", "la République-Unie de Tanzanie": the state's style joins its name, so that no
 * "Republic" is left to be read as a name. A title form that the style noun ended ("président de
 * la République") gives its last words back to the country.
 */
const officialCountryName: MatchRule = {
  name: "officialCountryName",
  refine(ctx, matches) {
    const { tokens, cues } = ctx;
    if (cues.stateStyleNouns.size === 0) return matches;
    const out = [...matches];
    for (const m of matches) {
      if (!isCountryAlias(ctx, m)) continue;
      const first = ctx.tokenAt(m.start);
      if (first <= 0) continue;
      for (const link of cues.stateStyleLinks) {
        const linkStart = sequenceBefore(tokens, first, link);
        if (linkStart <= 0) continue;
        // French adjectives after the noun ("République islamique"), English ones before it ("Socialist Republic").
        let k = linkStart - 1;
        // Only adjectives stand between: "du Royaume-Uni et de l'Italie" is two countries, not one style.
        while (
          k > 0 &&
          tokens[k].word &&
          !tokens[k].capitalized &&
          !FUNCTION_WORDS.has(tokens[k].folded) &&
          !cues.stateStyleNouns.has(tokens[k].folded)
        )
          k--;
        const noun = tokens[k];
        const head = noun?.folded.split("-")[0] ?? "";
        if (!noun?.capitalized || !(cues.stateStyleNouns.has(noun.folded) || cues.stateStyleNouns.has(head))) continue;
        // A style noun that is itself a country's name ("Royaume-Uni") styles no other country.
        if (matches.some((o) => o !== m && isCountryAlias(ctx, o) && o.start <= noun.start && o.end >= noun.end)) continue;
        if (linkStart - k > 3) continue;
        let start = k;
        while (start > 0 && tokens[start - 1].word && tokens[start - 1].capitalized && start > k - 3) start--;
        const from = tokens[start].start;
        // Take the words from any match they overlap; a title ending inside them ends before its link word.
        for (let j = out.length - 1; j >= 0; j--) {
          const other = out[j];
          if (other === m || other.end <= from || other.start >= m.start) continue;
          if (other.kind === "title" && other.start < from) {
            const cut = tokens.filter((t) => t.end <= from && t.start >= other.start);
            let last = cut.length - 1;
            while (last >= 0 && !cut[last].capitalized && ["de", "du", "d'", "la", "l'", "of", "the"].includes(cut[last].folded)) last--;
            if (last >= 0) {
              out[j] = { ...other, end: cut[last].end, text: ctx.text.slice(other.start, cut[last].end) };
              continue;
            }
          }
          out.splice(j, 1);
        }
        for (const same of out.filter((x) => x.start === m.start && x.end === m.end)) {
          const i = out.indexOf(same);
          out[i] = { ...same, start: from, text: ctx.text.slice(from, same.end) };
        }
        break;
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/** "sud-américaine", "latino-américain", "pan-African": a demonym after a regional prefix and a hyphen is not the country. */
const regionalDemonym: MatchRule = {
  name: "regionalDemonym",
  refine(ctx, matches) {
    return matches.filter((m) => {
      if (m.kind !== "demonym") return true;
      const before = /([\p{L}]+)[-‐‑]$/u.exec(ctx.text.slice(Math.max(0, m.start - 12), m.start));
      return !before?.[1] || !ctx.cues.regionalPrefixes.has(before[1].toLowerCase().normalize("NFD").replace(/\p{M}/gu, ""));
    });
  },
};

/**
 * "Mercosur en espagnol, Mercosul en portugais", "a statement in Portuguese": a demonym right
 * after "en"/"in" and before no noun it could qualify is the language, not the country.
 */
const languageName: MatchRule = {
  name: "languageName",
  refine(ctx, matches) {
    const { tokens, cues } = ctx;
    return matches.filter((m) => {
      if (m.kind !== "demonym") return true;
      const i = ctx.tokenAt(m.start);
      if (i <= 0 || !cues.languagePrepositions.has(tokens[i - 1].folded)) return true;
      const last = ctx.tokenEndingAt(m.end);
      const next = last >= 0 ? tokens[last + 1] : undefined;
      const qualifiesNoun = next !== undefined && next.word && !next.capitalized && !["et", "ou", "and", "or"].includes(next.folded);
      return qualifiesNoun;
    });
  },
};

/**
 * A country whose capital has its name (Luxembourg, Djibouti, Kuwait, Mexico): where the text
 * says city — French "à Luxembourg" (the country takes "au"), "la ville de Djibouti",
 * "Luxembourg City", "signed in Kuwait" — the name is the city, a Place.
 */
const cityNamedLikeCountry: MatchRule = {
  name: "cityNamedLikeCountry",
  refine(ctx, matches) {
    const { tokens, cues, index } = ctx;
    return matches.map((m) => {
      if (!isCountryAlias(ctx, m)) return m;
      const city = index.sameNameCity(m.targetId);
      if (!city) return m;
      const i = ctx.tokenAt(m.start);
      if (i <= 0) return m;
      const cityBefore = cues.cityBefore.some((seq) => seq.every((w, s) => tokens[i - seq.length + s]?.text.toLowerCase() === w));
      const venue = tokens[i - 1].folded === "in" && BEFORE_PLACE_AT.has(tokens[i - 2]?.folded ?? "");
      return cityBefore || venue ? { ...m, targetId: city.id } : m;
    });
  },
};

/** "la frégate Mohammed VI", "USS Ronald Reagan": a name right after a vessel noun is the ship's, not the person's or the place's. */
const vesselName: MatchRule = {
  name: "vesselName",
  refine(ctx, matches) {
    const { tokens, cues } = ctx;
    if (!cues.vesselNouns.length) return matches;
    return matches.filter((m) => {
      if (m.kind === "demonym" || m.kind === "title") return true;
      const i = ctx.tokenAt(m.start);
      return i <= 0 || !cues.vesselNouns.some((v) => sequenceBefore(tokens, i, v) >= 0);
    });
  },
};

/**
 * "la générale Awa Diallo" but "l'Assemblée générale", "la grève générale": a rank that is an
 * adjective elsewhere is the rank only right after a determiner.
 */
const adjectiveRank: MatchRule = {
  name: "adjectiveRank",
  refine(ctx, matches) {
    const { tokens, cues } = ctx;
    if (!cues.adjectiveRanks.size) return matches;
    return matches.filter((m) => {
      if (m.kind !== "title" || !cues.adjectiveRanks.has(foldForMatch(m.text))) return true;
      const i = ctx.tokenAt(m.start);
      return i > 0 && cues.rankDeterminers.has(tokens[i - 1].folded);
    });
  },
};

/**
 * "le golfe de Guinée", "the Gulf of Mexico", "le lac Tchad": a country's name right after the words of a
 * geographic feature names the feature (a place, read by its shape), not the country.
 */
const countryNamingFeature: MatchRule = {
  name: "countryNamingFeature",
  refine(ctx, matches) {
    const { tokens, cues } = ctx;
    if (!cues.featureNameLeads.length) return matches;
    return matches.filter((m) => {
      if (!isCountryAlias(ctx, m)) return true;
      const i = ctx.tokenAt(m.start);
      if (i <= 0) return true;
      const lead = cues.featureNameLeads.find((seq) => sequenceBefore(tokens, i, seq) >= 0);
      if (!lead) return true;
      // A longer KB name over the lead's words ("la mer de Chine méridionale") is the KB's.
      const from = tokens[sequenceBefore(tokens, i, lead)];
      return matches.some((o) => o !== m && o.start < tokens[i].start && o.end > from.start);
    });
  },
};

/** "l'ambassadeur Pape Momar Diagne" but "le pape Léon XIV": a title that is a given name too, capitalised inside a sentence, is the name. */
const titleAsGivenName: MatchRule = {
  name: "titleAsGivenName",
  refine(ctx, matches) {
    const { cues } = ctx;
    if (!cues.titlesAlsoGivenNames.size) return matches;
    return matches.filter((m) => {
      if (m.kind !== "title" || !cues.titlesAlsoGivenNames.has(foldForMatch(m.text))) return true;
      return !(/^\p{Lu}/u.test(m.text) && ctx.tokenAt(m.start) > 0);
    });
  },
};

/**
 * "dans la capitale ukrainienne", "in the South Korean capital", "the Omani capital, Muscat": a capital named by its
 * country's demonym is that capital, a place (not "the Japanese capital markets": a noun after "capital" is money's).
 */
const capitalByDemonym: MatchRule = {
  name: "capitalByDemonym",
  refine(ctx, matches) {
    const { tokens, cues, index } = ctx;
    if (!cues.capitalNouns.size) return matches;
    return matches.map((m) => {
      if (m.kind !== "demonym") return m;
      const capital = index.country(m.targetId)?.capital;
      if (!capital || !index.record(capital)) return m;
      const first = ctx.tokenAt(m.start);
      const last = ctx.tokenEndingAt(m.end);
      if (first < 0 || last < 0) return m;
      if (cues.adjectiveBeforeNoun) {
        const noun = tokens[last + 1];
        const after = tokens[last + 2];
        if (!noun || !cues.capitalNouns.has(noun.folded)) return m;
        if (after?.word && !after.capitalized && !FUNCTION_WORDS.has(after.folded)) return m;
        return { ...m, end: noun.end, text: ctx.text.slice(m.start, noun.end), targetId: capital, kind: "alias" };
      }
      const noun = tokens[first - 1];
      if (!noun || !cues.capitalNouns.has(noun.folded)) return m;
      return { ...m, start: noun.start, text: ctx.text.slice(noun.start, m.end), targetId: capital, kind: "alias" };
    });
  },
};

/** A capitalised word that can be part of a person's name: no article, honorific, month, head noun or KB match. */
function nameWordAt(ctx: RuleContext, matches: readonly KbMatch[], k: number): boolean {
  const t = ctx.tokens[k];
  if (!t?.word || !t.capitalized || t.text.length < 2 || t.text === t.text.toUpperCase()) return false;
  if (FUNCTION_WORDS.has(t.folded) || NON_NAMES.has(t.folded) || HONORIFICS.has(t.folded) || HEAD_TYPES.has(t.folded)) return false;
  return !matches.some((o) => o.start < t.end && t.start < o.end);
}

/**
 * "Yoon Hae-jin" is not Yoon Suk Yeol, "Imelda Marcos" not Ferdinand Marcos Jr.: a KB person's one-word
 * alias (a family name) joined to another name word the KB does not cover is someone else's name.
 */
const surnameInLongerName: MatchRule = {
  name: "surnameInLongerName",
  refine(ctx, matches) {
    return matches.filter((m) => {
      if (m.kind !== "alias" || /\s/u.test(m.text) || ctx.index.record(m.targetId)?.type !== "Person") return true;
      const i = ctx.tokenAt(m.start);
      const j = ctx.tokenEndingAt(m.end);
      if (i < 0 || j < 0) return true;
      const joined = (k: number) => nameWordAt(ctx, matches, k);
      const next = ctx.tokens[j + 1];
      const prev = ctx.tokens[i - 1];
      const after = next !== undefined && next.start === ctx.tokens[j].end + 1 && joined(j + 1);
      const before = prev !== undefined && prev.end + 1 === ctx.tokens[i].start && i - 1 > 0 && joined(i - 1);
      return !after && !before;
    });
  },
};

/** Rules over the KB matches of a sentence, in the order they run. */
export const MATCH_RULES: readonly MatchRule[] = [
  officialCountryName,
  regionalDemonym,
  languageName,
  cityNamedLikeCountry,
  vesselName,
  countryNamingFeature,
  capitalByDemonym,
  adjectiveRank,
  titleAsGivenName,
  surnameInLongerName,
];

/** The sentence's KB matches after every match rule. */
export function refineMatches(ctx: MatchContext, matches: KbMatch[]): KbMatch[] {
  if (matches.length === 0) return matches;
  // The token index by start and by end offset, made on first use.
  let starts: Map<number, number> | null = null;
  let ends: Map<number, number> | null = null;
  const rules: RuleContext = {
    ...ctx,
    tokenAt: (offset) => (starts ??= new Map(ctx.tokens.map((t, i) => [t.start, i]))).get(offset) ?? -1,
    tokenEndingAt: (offset) => (ends ??= new Map(ctx.tokens.map((t, i) => [t.end, i]))).get(offset) ?? -1,
  };
  let out = matches;
  for (const rule of MATCH_RULES) out = rule.refine(rules, out);
  return out;
}
