/**
 * The rules that find names by their shape, in the order they are tried. At each token, the
 * first TOKEN rule that answers reads the name there and says where reading resumes; the
 * capitalised-run rule gathers a run of capitalised words and hands it to the RUN rules, the
 * first of which that answers types it; the people-and-places rule splits a run on KB names
 * and types each group with the GROUP rules. Each rule is a small named function with its own
 * unit test (test/unit/recognize/name-rules.test.ts); the rule's name goes with each mention
 * it makes.
 */
import type { EntityType } from "../../src/model/extraction.js";
import {
  ADJECTIVE_ENDING,
  AT,
  BEFORE_PLACE_AT,
  COUNTRY_LINKS,
  DOTTED_HONORIFICS,
  FUNCTION_WORDS,
  GOVERNMENT_VERBS_AFTER,
  HEAD_TYPES,
  HONORIFICS,
  LEGAL_FORMS_AFTER,
  LEGAL_FORMS_BEFORE,
  NON_NAMES,
  NOT_ENTITY_WORDS,
  PLACE_PREPOSITIONS,
  TRAILING_HEADS,
} from "./lexicon.js";
import {
  APPOSITION_ARTICLES,
  CONNECTORS,
  mention,
  NAME_PARTICLES,
  nameLike,
  sequenceAt,
  endingWith,
  sequenceBefore,
  type NameContext,
  type SentenceScan,
} from "./name-context.js";
import type { KbIndex } from "./kb-index.js";
import type { KbMatch } from "../../src/kb/matcher.js";
import type { Token } from "./tokens.js";
import type { RawMention } from "./types.js";
import { ABBREVIATED_GIVEN_NAMES } from "../text/sentences.js";

/** What a rule read: its mentions, and the token where reading resumes. */
export interface NameReading {
  mentions: RawMention[];
  next: number;
}

/** A rule tried at a token: a reading, or null to let the next rule try. */
export interface TokenRule {
  name: string;
  read(ctx: NameContext, scan: SentenceScan, i: number): NameReading | null;
}

/** A run of capitalised words (and the connectors between them) gathered at token `from`. */
export interface NameRun {
  /** The run without leading function words and trailing connectors. */
  words: Token[];
  /** Token index right after the raw run. */
  end: number;
  /** The run's first word is a capitalised head that closes a title form ("leader du Parti"). */
  headOfTitleEnd: boolean;
}

/** A rule that types a whole run: its reading, or null to let the next rule try. */
export interface RunRule {
  name: string;
  read(ctx: NameContext, scan: SentenceScan, run: NameRun): NameReading | null;
}

/** Capitalised words of one person or place candidate, with the evidence around them. */
export interface NameGroup {
  words: Token[];
  /** Words that can be part of a person's name (connectors excluded). */
  named: number;
  /** A title before it, an apposition after it, or "l'administration X". */
  titled: boolean;
  /** Of `titled`: a title right before it (not an apposition after it). */
  titleBefore: boolean;
  /** Some word of it is also written in lower case in the document. */
  commonWords: boolean;
}

/** A rule that types one group of a run: its mentions, or null to let the next rule try. */
export interface GroupRule {
  name: string;
  read(ctx: NameContext, group: NameGroup): RawMention[] | null;
}

const LOWERCASE_LINKS = new Set(["de", "d'", "du", "des"]);
/** Heads that only close a name, never open one: "Carpathian Nine" but not "Four A400M"; "BAE Systems", "Financial Times". */
const CLOSING_ONLY = new Set([
  ..."three four five six seven eight nine ten twelve twenty inc ltd plc gmbh industries systems aerospace aviation electric".split(" "),
  ..."motors airlines airways holdings technologies dynamics electronics shipbuilding times post journal herald tribune gazette".split(" "),
]);
const GOVERNMENT_NOUNS = new Set(["administration", "gouvernement", "government", "cabinet", "regime"]);

/* ------------------------------------------------------------------ token rules */

/** The honorific at token `i` ("M.", "Mme", "Gen.", "His Highness", "H.E.", "cheikh"): the index after it, or -1. */
function honorificAt(ctx: NameContext, scan: SentenceScan, i: number): number {
  const { tokens } = ctx;
  for (const style of ctx.cues.honorificStyles) {
    if (!sequenceAt(tokens, i, style)) continue;
    const after = i + style.length;
    // A style written without its dot ("Dr Reyes") or with it ("Dr. Reyes").
    return tokens[after]?.text === "." && tokens[after].start === tokens[after - 1].end ? after + 1 : after;
  }
  const t = tokens[i];
  if (!t || !HONORIFICS.has(t.folded) || scan.covered(t)) return -1;
  const dotted = tokens[i + 1]?.text === "." && tokens[i + 1].start === t.end;
  if (!dotted && DOTTED_HONORIFICS.has(t.folded)) return -1;
  // "M. K. Singh", "M. S. Rao": a one-letter honorific before another initial is the name's first initial.
  if (dotted && t.text.length === 1 && tokens[i + 2]?.text.length === 1 && initialAt(tokens, i + 2)) return -1;
  return dotted ? i + 2 : i + 1;
}

const isNameWord = (t: Token | undefined): boolean => t !== undefined && nameLike(t);

/** A word written all in capitals, two letters or more, hyphenated parts allowed: "YAMADA", "NATO", "KIM". */
const ALL_CAPITALS = /^\p{Lu}{2,}(?:[-‐‑]\p{Lu}+)*$/u;

/** Most given-name words after a family name in capitals ("NGUYEN Thi Lan Anh"). */
const MAX_GIVEN_WORDS = 3;

/**
 * A family name written in capitals at token `i`, as official releases write East Asian and Hungarian
 * names ("YAMADA", "KIM"): a word all in capitals that the KB does not know (an acronym it knows, NATO,
 * is its match) and that is no title's nor a function word, outside a title-case line.
 */
function capitalSurnameAt(ctx: NameContext, scan: SentenceScan, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || ctx.titleCase || !ALL_CAPITALS.test(t.text) || scan.covered(t) || scan.coveredByTitle(t)) return false;
  return (
    !FUNCTION_WORDS.has(t.folded) && !NON_NAMES.has(t.folded) && !HEAD_TYPES.has(t.folded) && !ctx.cues.abbreviatedOffices.has(t.folded)
  );
}

/**
 * "YAMADA Taro", "KIM Min-jun": after a family name in capitals (token `i`), the given names in mixed case
 * the KB does not cover; the index of the last one, or -1 when none follows.
 */
function givenNamesAfterCapitals(ctx: NameContext, scan: SentenceScan, i: number): number {
  const { tokens } = ctx;
  let k = i + 1;
  while (k <= i + MAX_GIVEN_WORDS) {
    const t = tokens[k];
    if (!t || !nameLike(t) || !/\p{Ll}/u.test(t.text) || scan.covered(t) || scan.coveredByTitle(t)) break;
    k++;
  }
  return k > i + 1 ? k - 1 : -1;
}

/**
 * "Ambassador Taro YAMADA", "Mr. Ichiro SUZUKI": a family name in capitals at token `k`, right after a given name
 * in mixed case that no KB name covers, with no word in capitals after it (a line in capitals).
 */
function closingCapitalSurname(ctx: NameContext, scan: SentenceScan, k: number): boolean {
  const { tokens } = ctx;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (!before || !nameLike(before) || !/\p{Ll}/u.test(before.text) || scan.covered(before) || !capitalSurnameAt(ctx, scan, k)) return false;
  return !(after?.word && ALL_CAPITALS.test(after.text));
}

/**
 * A person's name whose family name is in capitals, from token `i`: the family name and its given names
 * ("YAMADA Taro"), or the family name alone ("Ambassador YAMADA said"), which is a person after an
 * honorific and otherwise a back-reference linking accepts only to a full name of the document. Null
 * when token `i` is no such family name.
 */
function capitalSurnameName(ctx: NameContext, scan: SentenceScan, i: number, honorific: boolean, rule: string): NameReading | null {
  if (!capitalSurnameAt(ctx, scan, i)) return null;
  const { tokens } = ctx;
  const last = givenNamesAfterCapitals(ctx, scan, i);
  if (last >= 0) {
    const given = tokens.slice(i + 1, last + 1);
    const evidence =
      honorific ||
      scan.afterTitle(i) ||
      scan.beforeTitle(last + 1) ||
      ctx.personNameWords.has(tokens[i].folded) ||
      given.some((g) => ctx.index.isGivenName(g.folded) || ctx.personNameWords.has(g.folded)) ||
      personVerbAround(ctx, i, last);
    // "NATO Allies": a word the text also writes in lower case is no given name. "XYZ Ana Reyes": given names that
    // open a full name of their own follow an abbreviation, not a family name.
    const ownName = given.length >= 2 && (ctx.index.isGivenName(given[0].folded) || ctx.personNameWords.has(given[0].folded));
    if (!evidence || ownName || given.some((g) => ctx.lowercaseWords.has(g.folded))) return null;
    return { mentions: [mention(ctx, tokens[i], tokens[last], "Person", rule, { honorific })], next: last + 1 };
  }
  // A line in capitals ("JAPAN SIGNS PACT"): a neighbour in capitals says the capitals are the line's.
  const inCapitals = (t: Token | undefined) => t !== undefined && t.word && ALL_CAPITALS.test(t.text);
  if (inCapitals(tokens[i - 1]) || inCapitals(tokens[i + 1])) return null;
  // Alone, it takes a title before it or a subject's verb after it ("Ambassador YAMADA", "SUZUKI told", "SUZUKI a
  // déclaré"): "exports of LNG rose" has neither; an acronym that has one is kept only if a full name bears it.
  const subject = GOVERNMENT_VERBS_AFTER.has(tokens[i + 1]?.folded ?? "") || personVerbAround(ctx, i, i);
  if (!honorific && !scan.afterTitle(i) && !subject) return null;
  return { mentions: [mention(ctx, tokens[i], tokens[i], "Person", rule, { honorific, needsAntecedent: !honorific })], next: i + 1 };
}

/**
 * "Ambassador YAMADA Taro met …", "Minister KIM Min-jun", "YAMADA Taro, Ambassador of Japan", and later
 * "Ambassador YAMADA said": a family name in capitals before its given names, or alone (see capitalSurnameName).
 */
const capitalSurnameFirst: TokenRule = {
  name: "capitalSurnameFirst",
  read: (ctx, scan, i) => capitalSurnameName(ctx, scan, i, false, "capitalSurnameFirst"),
};

/**
 * "M. Starmer", "Mme Takaichi", "Gen. Ada Okoro", "His Highness Sheikh Abdullah bin Zayed Al
 * Nahyan", "H.E. Mr. Pham Binh Minh": honorifics, chained, then the name's words with the
 * particles between them (bin, Al, de, van …). The honorifics are no part of the name.
 */
const honorificName: TokenRule = {
  name: "honorificName",
  read(ctx, scan, i) {
    const { tokens } = ctx;
    let j = honorificAt(ctx, scan, i);
    if (j < 0) return null;
    for (let next = honorificAt(ctx, scan, j); next > j; next = honorificAt(ctx, scan, j)) j = next;
    const usable = (t: Token | undefined): t is Token => t !== undefined && !scan.covered(t) && !scan.coveredByTitle(t);
    let k = j;
    let last = -1;
    while (k < j + 7 && usable(tokens[k])) {
      const t = tokens[k];
      const particle = NAME_PARTICLES.has(t.folded) && last >= 0;
      // "Gen. Maria S. Lopez": a middle initial's dot is inside the name.
      if (t.text === "." && last === k - 1 && initialAt(tokens, k - 1)) {
        k++;
        continue;
      }
      if (nameLike(t)) last = k;
      else if (!(particle && (isNameWord(tokens[k + 1]) || (NAME_PARTICLES.has(tokens[k + 1]?.folded ?? "") && isNameWord(tokens[k + 2])))))
        break;
      k++;
    }
    // "Mr. Ichiro SUZUKI": a family name in capitals closes the given names.
    if (last >= 0 && closingCapitalSurname(ctx, scan, last + 1)) last++;
    // "M. NAKAMURA Jiro", "H.E. Mr. SUZUKI": a family name in capitals after the honorifics.
    if (last < 0) {
      const capitals = capitalSurnameName(ctx, scan, j, true, "honorificName");
      if (capitals) return capitals;
    }
    // "His Highness Sheikh" before a name the KB knows: the styles are read, the KB names the person. A style of
    // its own words or dots ("H.E. the Ambassador", "Son Excellence l'ambassadeur", "Mr. and Mrs.") names no one.
    if (last < 0) return (j > i && tokens[j] && scan.covered(tokens[j])) || j - i > 1 ? { mentions: [], next: j } : null;
    return { mentions: [mention(ctx, tokens[j], tokens[last], "Person", "honorificName", { honorific: true })], next: last + 1 };
  },
};

/** The name a descriptor gives its type to, read from token `i`: capitalised words and acronyms, with particles between them. */
function describedName(ctx: NameContext, scan: SentenceScan, i: number): Token[] {
  const { tokens } = ctx;
  const words: Token[] = [];
  for (let k = i; k < i + 6 && tokens[k]; k++) {
    const t = tokens[k];
    if (scan.covered(t) || scan.coveredByTitle(t)) break;
    if (t.word && t.capitalized && !NON_NAMES.has(t.folded) && !(k === i && FUNCTION_WORDS.has(t.folded) && !tokens[k + 1]?.capitalized))
      words.push(t);
    else if (words.length && NAME_PARTICLES.has(t.folded) && tokens[k + 1]?.capitalized) words.push(t);
    else break;
  }
  while (words.length && NAME_PARTICLES.has(words[words.length - 1].folded)) words.pop();
  return words;
}

/**
 * A lower-case description that gives a name its type: "la ville de X", "au large d'X", "the town
 * of X" (Place); "l'agence de presse X", "la télévision publique X", "news agency X", "the official
 * X news agency" (Organization). The knowledge base wins where it knows the name.
 */
const descriptorName: TokenRule = {
  name: "descriptorName",
  read(ctx, scan, i) {
    const { tokens, cues, view } = ctx;
    // "le chantier naval indonésien PT …", "l'agence russe X": a demonym after the descriptor, before the name, is its adjective.
    const previous = tokens[i - 1];
    const demonym = previous ? view.matchesEndingAt(previous.end).find((m) => m.kind === "demonym" && /^\p{Ll}/u.test(m.text)) : undefined;
    const at = demonym ? view.tokenStartingAt(demonym.start) : i;
    const before = endingWith(cues.descriptorsBefore, (d) => d.words, tokens[at - 1]?.folded).find((d) => {
      const from = sequenceBefore(tokens, at, d.words);
      return from >= 0 && !tokens[from].capitalized;
    });
    const words = before || cues.descriptorsAfter.length ? describedName(ctx, scan, i) : [];
    if (!words.length) return null;
    const lastIndex = words[words.length - 1].index;
    const after = before ? undefined : cues.descriptorsAfter.find((d) => sequenceAt(tokens, lastIndex + 1, d.words));
    const type = before?.type ?? after?.type;
    if (!type) return null;
    // "le fournisseur Jean Dupont": a known given name opening two words or more names a person, not the company.
    const givenName = (t: Token) => ctx.index.isGivenName(t.folded) || ctx.personNameWords.has(t.folded);
    if (type === "Organization" && words.length >= 2 && givenName(words[0])) return null;
    return { mentions: [mention(ctx, words[0], words[words.length - 1], type, "descriptorName")], next: lastIndex + 1 };
  },
};

/** Name words of a company between its legal forms: "PT Dirgantara Laut Tbk". */
const MAX_COMPANY_WORDS = 4;

/**
 * "PT Dirgantara Laut", "Vestra AS", "Halvorsen ASA", "Dirgantara Laut Tbk": capitalised words (acronyms too) with a
 * company's legal form before or after them name a company, whatever the knowledge base says of its words.
 */
const legalFormName: TokenRule = {
  name: "legalFormName",
  read(ctx, scan, i) {
    const { tokens } = ctx;
    // "Selon Halvorsen ASA, …", "With Vestra AS …": a capitalised function word opening the sentence is no part of it.
    const from = FUNCTION_WORDS.has(tokens[i].folded) && !LEGAL_FORMS_BEFORE.has(tokens[i].text) ? i + 1 : i;
    const t = tokens[from];
    if (t === undefined) return null;
    const company = (k: number) => {
      const w = tokens[k];
      return (
        w !== undefined && w.word && w.capitalized && !FUNCTION_WORDS.has(w.folded) && !scan.coveredByTitle(w) && !HONORIFICS.has(w.folded)
      );
    };
    const prefixed = LEGAL_FORMS_BEFORE.has(t.text) && company(from + 1);
    if (!prefixed && (!company(from) || LEGAL_FORMS_AFTER.has(t.text) || scan.covered(t))) return null;
    let k = prefixed ? from + 1 : from;
    while (k < from + 1 + MAX_COMPANY_WORDS && company(k) && !LEGAL_FORMS_AFTER.has(tokens[k].text)) k++;
    const suffixed = k > from && LEGAL_FORMS_AFTER.has(tokens[k]?.text ?? "") && tokens[k].start === tokens[k - 1].end + 1;
    if (!prefixed && !suffixed) return null;
    const last = suffixed ? tokens[k] : tokens[k - 1];
    return { mentions: [mention(ctx, t, last, "Organization", "legalFormName")], next: last.index + 1 };
  },
};

/**
 * "la princesse héritière Victoria de Suède", "Queen Victoria": right after a person's title, a
 * name the KB knows only as a place is the person's name.
 */
const titledNameOverPlace: TokenRule = {
  name: "titledNameOverPlace",
  read(ctx, scan, i) {
    const { tokens, view, index } = ctx;
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!prev || !ctx.titles.some((x) => x.end === prev.end)) return null;
    const over = view.matchesOver(t);
    if (!over.length || over[0].start !== t.start || !nameLike(t)) return null;
    const last = view.tokenEndingAt(over[0].end);
    if (last < i) return null;
    const aliasOf = (type: string) =>
      over.every((m) => index.record(m.targetId)?.type === type && (m.kind === "alias" || m.kind === "capital"));
    // "Defence Minister Israel Katz", "Prime Minister Milan Petrov": a place's or a country's name, then a name-like
    // word the KB does not know, is a given name and a family name.
    const surname = tokens[last + 1];
    const family = surname !== undefined && surname.start === tokens[last].end + 1 && nameLike(surname) && !scan.covered(surname);
    if (family && !scan.coveredByTitle(surname) && (aliasOf("Place") || aliasOf("Country")))
      return { mentions: [mention(ctx, t, surname, "Person", "titledNameOverPlace")], next: last + 2 };
    if (aliasOf("Place")) return { mentions: [mention(ctx, t, tokens[last], "Person", "titledNameOverPlace")], next: last + 1 };
    return null;
  },
};

/** Whether every KB match over a word names a place or a country by its name (no demonym, no capital). */
function placeOrCountryAlias(index: KbIndex, over: readonly KbMatch[]): boolean {
  return over.every((m) => {
    const type = index.record(m.targetId)?.type;
    return (type === "Place" || type === "Country") && m.kind === "alias";
  });
}

/**
 * "Jordan Morel a dénoncé", "Israel Katz said": a place's or a country's one-word name that is a given name too
 * (data/kb/person-names.json), then a family name the KB does not know. Not after a locative ("in Jordan"), nor
 * before a third capitalised word ("Sydney Harbour Bridge").
 */
const placeAsGivenName: TokenRule = {
  name: "placeAsGivenName",
  read(ctx, scan, i) {
    const { tokens, view, index } = ctx;
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!next || !nameLike(t) || !ctx.personNameWords.has(t.folded)) return null;
    const over = view.matchesOver(t);
    const place = placeOrCountryAlias(index, over);
    if (!over.length || !place || over[0].start !== t.start || view.tokenEndingAt(over[0].end) !== i) return null;
    if (next.start !== t.end + 1 || !nameLike(next) || scan.covered(next) || scan.coveredByTitle(next)) return null;
    const third = tokens[i + 2];
    if (third?.word && third.capitalized && third.start === next.end + 1) return null;
    const raw = (x: Token) => x.text.toLowerCase();
    if (ctx.cues.locatives.some((l) => sequenceBefore(tokens, i, l, raw) >= 0)) return null;
    return { mentions: [mention(ctx, t, next, "Person", "placeAsGivenName")], next: i + 2 };
  },
};

/** "François Hollande", "Florence Paris": a given name right before a place's or a country's name makes them one person's name. */
const givenNameOverPlace: TokenRule = {
  name: "givenNameOverPlace",
  read(ctx, scan, i) {
    const { tokens, view, index } = ctx;
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!next || !nameLike(t) || scan.covered(t) || !(index.isGivenName(t.folded) || ctx.personNameWords.has(t.folded))) return null;
    const over = view.matchesOver(next);
    if (!over.length || over[0].start !== next.start || !nameLike(next)) return null;
    const placeAlias = placeOrCountryAlias(index, over);
    const last = view.tokenEndingAt(over[0].end);
    if (!placeAlias || last !== i + 1) return null;
    return { mentions: [mention(ctx, t, next, "Person", "givenNameOverPlace")], next: i + 2 };
  },
};

/** "la frégate Jean Bart", "the destroyer John Finn", "HMS Prince of Wales": a ship's name gives no entity. */
const vesselName: TokenRule = {
  name: "vesselName",
  read(ctx, scan, i) {
    const { tokens, cues } = ctx;
    // "USS Ronald Reagan": the capitalised prefix is read here too.
    const prefix = cues.vesselNouns.find((v) => sequenceAt(tokens, i, v));
    const from = prefix ? i + prefix.length : i;
    if (!prefix && !endingWith(cues.vesselNouns, (v) => v, tokens[i - 1]?.folded).some((v) => sequenceBefore(tokens, i, v) >= 0))
      return null;
    const words = describedName(ctx, scan, from);
    return words.length ? { mentions: [], next: words[words.length - 1].index + 1 } : null;
  },
};

/**
 * "le golfe de Guinée", "la baie de Somme", "le lac Tchad": lower-case words of a geographic feature
 * before a name make the whole a place's name (the country inside it is the feature's word, see the
 * match rule countryNamingFeature). Capitalised ("the Gulf of Mexico") it is a run the head types.
 */
const featureName: TokenRule = {
  name: "featureName",
  read(ctx, scan, i) {
    const { tokens, cues } = ctx;
    const lead = cues.featureNameLeads.find((seq) => {
      const from = sequenceBefore(tokens, i, seq);
      return from >= 0 && !tokens[from].capitalized;
    });
    if (!lead || ctx.view.matchOver(tokens[i]) !== undefined) return null;
    const words = describedName(ctx, scan, i);
    if (!words.length) return null;
    const first = tokens[sequenceBefore(tokens, i, lead)];
    const last = words[words.length - 1];
    return { mentions: [mention(ctx, first, last, "Place", "featureName")], next: last.index + 1 };
  },
};

/** Most words after a place noun that a person's name in the place's name may take ("Camp General Emilio Aguinaldo"). */
const MAX_NAMED_AFTER_WORDS = 6;

/**
 * The words of the name a place noun opens, from token `from`: a number ("Base aérienne 113 Saint-Dizier"),
 * capitalised words, ranks ("General", "Gen."), initials, and particles between them ("rue de la Paix"); the
 * index of the last word, or -1 when no capitalised word that is no title's comes.
 */
function namedAfterWords(ctx: NameContext, scan: SentenceScan, from: number): number {
  const { tokens } = ctx;
  let last = -1;
  let named = 0;
  for (let k = from; k < from + MAX_NAMED_AFTER_WORDS && tokens[k]; k++) {
    const t = tokens[k];
    const dot = t.text === "." && last === k - 1 && t.start === tokens[k - 1].end;
    if (dot && (initialAt(tokens, k - 1) || scan.coveredByTitle(tokens[k - 1]))) continue;
    if (t.word && t.capitalized && (!scan.covered(t) || scan.coveredByTitle(t)) && !HONORIFICS.has(t.folded)) {
      if (!scan.coveredByTitle(t) && !FUNCTION_WORDS.has(t.folded)) named++;
      last = k;
      continue;
    }
    if (k === from && /^\p{N}+$/u.test(t.text)) continue;
    if (NAME_PARTICLES.has(t.folded) && tokens[k + 1] !== undefined) continue;
    break;
  }
  return named > 0 ? last : -1;
}

/**
 * "Camp General Emilio Aguinaldo", "Fort Bonifacio", "le lycée Jean Moulin", "l'hôpital Georges-Pompidou", "rue de
 * la Paix": a noun of a place or a building (the language pack's) before a name makes the whole a place, and the
 * person the place is named after no person of the text. After particles, a known given name is a person's
 * ("à la place de Jean Dupont"); a name the KB knows keeps its own reading.
 */
const placeNamedAfter: TokenRule = {
  name: "placeNamedAfter",
  read(ctx, scan, i) {
    const { tokens, cues } = ctx;
    const t = tokens[i];
    // The noun capitalised, at token i ("Camp …"); or in lower case before it, particles between ("rue de la Paix").
    const opening = scan.covered(t) ? undefined : cues.placeNounsBeforeName.find((seq) => sequenceAt(tokens, i, seq));
    let first = i;
    let from = i;
    if (opening) from = i + opening.length;
    else {
      let p = i;
      while (p > i - 3 && NAME_PARTICLES.has(tokens[p - 1]?.folded ?? "")) p--;
      const noun = endingWith(cues.placeNounsBeforeName, (seq) => seq, tokens[p - 1]?.folded)
        .map((seq) => sequenceBefore(tokens, p, seq))
        .find((at) => at >= 0 && !tokens[at].capitalized);
      if (noun === undefined || scan.covered(t)) return null;
      if (p < i && (ctx.index.isGivenName(t.folded) || ctx.personNameWords.has(t.folded))) return null;
      // "sur la base de la Charte": a head noun after the particles names a document or a body, no one.
      if (!nameLike(t) && !scan.coveredByTitle(t)) return null;
      first = noun;
    }
    const last = namedAfterWords(ctx, scan, from);
    if (last < 0) return null;
    return { mentions: [mention(ctx, tokens[first], tokens[last], "Place", "placeNamedAfter")], next: last + 1 };
  },
};

/** In a title-case line ("Renforcement Stratégique de la Coopération") capitals say nothing: only honorifics and the KB count. */
const titleCaseLine: TokenRule = {
  name: "titleCaseLine",
  read: (ctx, _scan, i) => (ctx.titleCase ? { mentions: [], next: i + 1 } : null),
};

/**
 * An initial or an abbreviated given name opening a name, with its dot right after it and a
 * capitalised word next: "J. D. Vance", "Ma. Lourdes Reyes" ("Ma." is Maria in Filipino names).
 */
function initialAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const dot = tokens[k + 1];
  const next = tokens[k + 2];
  if (!t?.capitalized || dot?.text !== "." || dot.start !== t.end || !next?.capitalized || !next.word) return false;
  return t.text.length === 1 || ABBREVIATED_GIVEN_NAMES.has(t.folded);
}

/** Whether the honorific at token `k` is followed by a name: a capitalised word, after its dot if it has one. */
function opensName(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 1]?.text === "." ? tokens[k + 2] : tokens[k + 1];
  return after?.word === true && after.capitalized;
}

/** Whether the document writes a capitalised word after another capitalised one ("Raj Kumar"): the family name of someone named in full. */
function toldAfterAName(ctx: NameContext, word: Token): boolean {
  return (ctx.capitalizedAfter.get(word.folded) ?? []).some((before) => ctx.capitalizedAfter.has(before) && !FUNCTION_WORDS.has(before));
}

/** "Kumar and Santos …": one word each side of the "and" at k, both family names of people named in full elsewhere. */
function familyNamesJoined(ctx: NameContext, k: number): boolean {
  const [before, after, next] = [ctx.tokens[k - 1], ctx.tokens[k + 1], ctx.tokens[k + 2]];
  if (!before || !after?.word || !after.capitalized || (next?.word && next.capitalized)) return false;
  return toldAfterAName(ctx, before) && toldAfterAName(ctx, after);
}

/** The run of capitalised words starting at `i`, with up to two connectors between words ("de la Défense", "of the Philippines"). */
function gatherRun(ctx: NameContext, scan: SentenceScan, i: number): NameRun {
  const { tokens, view } = ctx;
  const headOfTitleEnd = scan.headOfTitleEnd(i);
  let k = i;
  while (k < tokens.length) {
    const c = tokens[k];
    // "Lord Ahmad", "M. Dupont": an honorific opens the next name; one with no name after it is a word of this one ("First Sea Lord,").
    if (k > i && HONORIFICS.has(c.folded) && opensName(tokens, k)) break;
    // "The Right Honourable Anne Keller": a style of several words opens the name after it, and is no part of a name.
    if (k > i && ctx.cues.honorificStyles.some((style) => style.length > 1 && sequenceAt(tokens, k, style))) break;
    if (c.word && c.capitalized && (!scan.coveredByTitle(c) || (k === i && headOfTitleEnd))) {
      k++;
      // An initial: "George W. Bush", "J. D. Vance", "Ma. Lourdes Reyes".
      if (initialAt(tokens, k - 1)) k++;
      continue;
    }
    // "the Japan–Philippines Business Council": a dash between two capitalised words joins them.
    const after = tokens[k + 1];
    if (k > i && /^[-‐‑–—]$/u.test(c.text) && c.start === tokens[k - 1].end && after?.word && after.capitalized && after.start === c.end) {
      k += 2;
      continue;
    }
    // "Corée du Nord et la Forest Union": a coordination after a KB name ends the run.
    if ((c.folded === "and" || c.folded === "et") && k > i && view.matchesEndingAt(tokens[k - 1].end).some((m) => m.kind !== "demonym"))
      break;
    // "Kumar and Santos signed": two family names, each told in full elsewhere ("Raj Kumar"), are two people.
    if (c.folded === "and" && k === i + 1 && familyNamesJoined(ctx, k)) break;
    let n = k;
    while (n < k + 2 && tokens[n] && CONNECTORS.has(tokens[n].folded)) n++;
    const next = tokens[n];
    if (k > i && n > k && next && next.word && next.capitalized && !scan.coveredByTitle(next) && !HONORIFICS.has(next.folded)) {
      k = n;
      continue;
    }
    break;
  }
  let words = tokens.slice(i, k);
  // "Government House", "State Council": a word that is no name alone still opens a name its head closes;
  // "East Java": a compass word opens a region's name.
  const closedByHead = (r: readonly Token[]) => r.length > 1 && (TRAILING_HEADS.has(r[r.length - 1].folded) || opensRegion(ctx, scan, r));
  while (
    words.length &&
    ((FUNCTION_WORDS.has(words[0].folded) && !capitalizedInsideSentence(ctx, words) && !initialAt(tokens, words[0].index)) ||
      (NON_NAMES.has(words[0].folded) && !closedByHead(words)) ||
      isOpener(ctx, words[0]))
  )
    words = words.slice(1);
  while (words.length && CONNECTORS.has(words[words.length - 1].folded)) words = words.slice(0, -1);
  return { words, end: Math.max(k, i + 1), headOfTitleEnd };
}

/** Tokens after which a word is capitalised for the clause, not for a name: an opening quote, a colon, a dash, a bracket. */
const CLAUSE_OPENERS = /^[«"“‘'([:—–-]$/u;

/**
 * "Foreign Minister Le Hoai Trung", "avec Ma Zhaoxu", "Defense Minister Son Jae-il", "à La Haye": a word that
 * is an article or a pronoun elsewhere, capitalised inside a sentence and followed by another capitalised
 * word, is a name's first word (often a family name), not the article.
 */
function capitalizedInsideSentence(ctx: NameContext, words: readonly Token[]): boolean {
  const [first, second] = words;
  if (!first || !second || ctx.titleCase || !second.capitalized || FUNCTION_WORDS.has(second.folded)) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(first.text)) return false;
  const before = ctx.tokens[first.index - 1];
  if (before === undefined || /[.!?…]$/u.test(before.text)) return false;
  // "M. de La Rochère": after a particle the capital is the particle name's own; the name is read with it.
  if (before.word) return !NAME_PARTICLES.has(before.folded);
  return !CLAUSE_OPENERS.test(before.text);
}

/**
 * "Furthermore, …", "Toutefois …", "Greeting Ruto, …", "Finalement, …", "Leaders of the X met": a
 * sentence-opening connective, adverb, participle or group of people is no part of a name.
 */
function isOpener(ctx: NameContext, t: Token): boolean {
  const first = t.index === 0 || (t.index === 1 && !ctx.tokens[0].word);
  if (!first) return false;
  if (ctx.cues.connectives.has(t.folded)) return true;
  // "Leaders of the Shanghai Cooperation Organisation met …": the group, then the name.
  if (ctx.cues.openingGroupPhrases.some((phrase) => phrase.every((word, k) => ctx.tokens[t.index + k]?.folded === word))) return true;
  const knownName = ctx.index.isGivenName(t.folded) || ctx.personNameWords.has(t.folded);
  return !knownName && t.folded.length > 4 && ctx.cues.openerEndings.some((e) => t.folded.endsWith(e));
}

/** "East Java", "Northern Cape": a compass word, then name words the KB does not cover. */
function opensRegion(ctx: NameContext, scan: SentenceScan, words: readonly Token[]): boolean {
  return ctx.cues.compassWords.has(words[0].folded) && words.slice(1).every((w) => nameLike(w) && !scan.covered(w));
}

/** A run of capitalised words, typed by the first run rule that answers. */
const capitalizedRun: TokenRule = {
  name: "capitalizedRun",
  read(ctx, scan, i) {
    const run = gatherRun(ctx, scan, i);
    if (!run.words.length) return { mentions: [], next: run.end };
    for (const rule of RUN_RULES) {
      const reading = rule.read(ctx, scan, run);
      if (reading) return reading;
    }
    return { mentions: [], next: run.end };
  },
};

/* ------------------------------------------------------------------ run rules */

/** "National Security Strategy", "Sommet de Madrid": a document or an event, not an entity Entente types. */
const documentOrEventName: RunRule = {
  name: "documentOrEventName",
  read: (_ctx, _scan, run) => (run.words.some((r) => NOT_ENTITY_WORDS.has(r.folded)) ? { mentions: [], next: run.end } : null),
};

/** "Quezon City", "Rizal Avenue", "Ninoy Aquino International Airport": a name closed by a place noun (the language pack's) is a place. */
const placeNamedBefore: RunRule = {
  name: "placeNamedBefore",
  read(ctx, scan, run) {
    const w = run.words;
    const noun = endingWith(ctx.cues.placeNounsAfterName, (seq) => seq, w[w.length - 1].folded).find(
      (seq) => seq.length < w.length && seq.every((word, k) => w[w.length - seq.length + k].folded === word),
    );
    if (!noun || w.some((x) => scan.covered(x)) || !nameLike(w[0])) return null;
    return { mentions: [mention(ctx, w[0], w[w.length - 1], "Place", "placeNamedBefore")], next: run.end };
  },
};

/** "au Sénat", "asked Congress to …", "le Parlement a voté": a legislature named by its head alone, capitalised. */
const loneLegislature: RunRule = {
  name: "loneLegislature",
  read(ctx, _scan, run) {
    const { tokens } = ctx;
    const first = run.words[0];
    const legislature = ctx.cues.legislatures.find((l) => sequenceAt(tokens, first.index, l) && first.capitalized);
    if (!legislature || run.words.length !== legislature.length) return null;
    // "l'Assemblée nationale": a head that takes an adjective is a longer name, the head rule's.
    const after = tokens[first.index + legislature.length];
    if (after?.word && !after.capitalized && (ADJECTIVE_ENDING.test(after.folded) || ctx.view.matchesStartingAt(after.start).length))
      return null;
    const last = tokens[first.index + legislature.length - 1];
    return { mentions: [mention(ctx, first, last, "Organization", "loneLegislature")], next: run.end };
  },
};

/** "East Java", "North Kivu", "Western Cape": a compass word and a name are a region, a place. */
const compassPlace: RunRule = {
  name: "compassPlace",
  read(ctx, scan, run) {
    const w = run.words;
    if (w.length < 2 || w.length > 3 || !opensRegion(ctx, scan, w)) return null;
    return { mentions: [mention(ctx, w[0], w[w.length - 1], "Place", "compassPlace")], next: run.end };
  },
};

/**
 * "de Serbie", "du Sénégal": a link, then one proper noun, right after a name's lower-case noun. Not a name of several
 * words ("le Groupe des amis de Jean Dupont" is a person's friends).
 */
function linksToProperNoun(link: Token | undefined, next: Token | undefined, after: Token | undefined): boolean {
  const oneWord = after === undefined || !after.word || !after.capitalized;
  return link !== undefined && LINKS_TO_PROPER_NOUN.has(link.folded) && next !== undefined && next.word && next.capitalized && oneWord;
}

/** The links before a proper noun that closes a name's lower-case complement ("des juristes de Serbie"). */
const LINKS_TO_PROPER_NOUN = new Set(["de", "d'", "du"]);

/**
 * Names typed by their head noun: French heads open the name and take lower-case adjectives and
 * one "de + noun" ("Parti travailliste", "Agence de presse X", "Forces d'autodéfense japonaises"),
 * English heads close it ("Labour Party", "Paris Agreement", "Camp Rizal" opens). A head alone
 * ("la Commission") is a common noun, and a head the KB already names gives nothing.
 */
const headTypedName: RunRule = {
  name: "headTypedName",
  read(ctx, scan, run) {
    const { tokens, view } = ctx;
    const words = run.words;
    const lastWord = words[words.length - 1].folded;
    const headLast = words.length > 1 && TRAILING_HEADS.has(lastWord) ? HEAD_TYPES.get(lastWord) : undefined;
    const opening = CLOSING_ONLY.has(words[0].folded) ? undefined : HEAD_TYPES.get(words[0].folded);
    // "House Foreign Affairs Committee", "Port Authority": where the head closes the name, an organisation's head last
    // outweighs a place's first.
    const headFirst = opening === "Place" && headLast === "Organization" && ctx.cues.adjectiveBeforeNoun ? undefined : opening;
    const type: EntityType | undefined = headFirst ?? headLast;
    if (!type) return null;
    // "Army Chief", "Party Secretary Lin Hao": a head, then the noun of an office, is the office, no organisation;
    // reading resumes after it.
    if (headFirst && words.length >= 2 && ctx.cues.officeNounsAfterHead.has(words[1].folded))
      return { mentions: [], next: words[1].index + 1 };
    let last = words[words.length - 1];
    let end = last.index + 1;
    if (headFirst && words.length === 1) {
      let linked = false;
      while (end < tokens.length) {
        const c = tokens[end];
        const demonym = view.matchesStartingAt(c.start).some((m) => m.kind === "demonym");
        // "président du Conseil italien": the demonym owns the title the head closed; there is no "Conseil italien".
        if (demonym && run.headOfTitleEnd && end === last.index + 1) return { mentions: [], next: run.end };
        if (c.word && !c.capitalized && (demonym || ADJECTIVE_ENDING.test(c.folded)) && !FUNCTION_WORDS.has(c.folded)) {
          end++;
          continue;
        }
        const noun = tokens[end + 1];
        const after = tokens[end + 2];
        const properNoun = (t: Token | undefined) => t !== undefined && t.word && t.capitalized && !scan.coveredByTitle(t);
        if (
          !linked &&
          LOWERCASE_LINKS.has(c.folded) &&
          noun?.word &&
          !noun.capitalized &&
          !FUNCTION_WORDS.has(noun.folded) &&
          after &&
          (properNoun(after) || ADJECTIVE_ENDING.test(after.folded) || linksToProperNoun(after, tokens[end + 3], tokens[end + 4]))
        ) {
          linked = true;
          end += 2;
          // "Association des juristes de Serbie", "Union des producteurs du Sénégal": the lower-case noun, then "de" and a
          // proper noun, which closes the name's complement.
          if (linksToProperNoun(tokens[end], tokens[end + 1], tokens[end + 2])) end += 2;
          continue;
        }
        if (linked && c.word && c.capitalized && !scan.coveredByTitle(c) && !FUNCTION_WORDS.has(c.folded) && end > last.index + 1) {
          end++;
          continue;
        }
        break;
      }
      last = tokens[end - 1];
    }
    const kbOver = (t: Token) => view.matchesOver(t).filter((m) => m.kind !== "demonym" && m.kind !== "title");
    // "la Commission de l'Union africaine": the name's last word opens a KB name that goes on past it; the name takes it whole.
    const goesOn = headFirst && words.length > 1 ? kbOver(last).find((m) => m.start >= last.start && m.end > last.end) : undefined;
    if (goesOn) {
      const through = view.tokenEndingAt(goesOn.end);
      if (through > last.index) {
        end = through + 1;
        last = tokens[through];
      }
    }
    const first = words[0];
    const span = tokens.slice(first.index, end);
    const headToken = headFirst ? first : words[words.length - 1];
    const next = Math.max(end, run.end);
    // The KB already names it: the whole span, or its head ("the East China Sea and the Taiwan Strait") unless
    // the name goes on past that KB name ("the Federal Security Council" is not the Security Council).
    const outsideKb = span.some((w) => w.word && w.capitalized && !FUNCTION_WORDS.has(w.folded) && view.matchOver(w) === undefined);
    const inner = span.some((w) => kbOver(w).length > 0);
    const oneKbName =
      kbOver(first).some((m) => m.start <= first.start && m.end >= last.end) || (kbOver(headToken).length > 0 && !outsideKb);
    // "ministres de la Défense de l'Union européenne": the closing head opens a KB name that goes on past the
    // run ("Union européenne"); the run is no name of its own, and the KB name stays whole.
    if (headLast && kbOver(headToken).some((m) => m.start >= headToken.start && m.end > last.end)) return { mentions: [], next };
    const rule = inner ? "longerName" : "headTypedName";
    // "Accord historique entre …" at the start of a sentence: the capital says nothing.
    const previous = tokens[first.index - 1];
    const initial = first.index === 0 || (!previous.word && !/^[,;]$/.test(previous.text));
    if (initial && span.slice(1).every((x) => !x.capitalized)) return { mentions: [], next };
    const placeOfHeadsOnly = type === "Place" && span.every((s) => !s.capitalized || HEAD_TYPES.has(s.folded));
    // "l'Office fédéral a publié", "the Federal Office said": a head and adjectives of an administrative level only
    // describe a body; a longer name ("l'Office fédéral de l'armement") goes on with "de".
    const others = span.filter((s) => s !== headToken);
    const describedOnly =
      others.length > 0 &&
      others.every((s) => ctx.cues.genericAdjectivesWithHead.has(s.folded)) &&
      !LOWERCASE_LINKS.has(tokens[end]?.folded ?? "") &&
      !(headLast && tokens[end]?.folded === "of");
    if (describedOnly) return { mentions: [], next };
    if (span.length > 1 && !oneKbName && !placeOfHeadsOnly) return { mentions: [mention(ctx, first, last, type, rule)], next };
    return { mentions: [], next };
  },
};

/** Links between a titled person's name and the organisation they serve: "of the", "de l'". */
const SERVICE_LINKS = new Set(["of", "de", "d'", "du", "des"]);

/**
 * "Brig Gen Aoife Brennan of the Irish Defence Forces", "Colonel Ada Okoro of the Nigerian Army":
 * right after a person's title, two to four name words, then "of" and a name its head types, are
 * the person and the organisation they serve, not one organisation's name.
 */
const titledNameOfOrganization: RunRule = {
  name: "titledNameOfOrganization",
  read(ctx, scan, run) {
    const words = run.words;
    if (!scan.afterTitle(words[0].index)) return null;
    const link = words.findIndex((w) => SERVICE_LINKS.has(w.folded));
    if (link < 2 || link > 4 || !words.slice(0, link).every((w) => nameLike(w) && !scan.covered(w))) return null;
    let from = link;
    while (from < words.length && CONNECTORS.has(words[from].folded)) from++;
    const rest = words.slice(from);
    if (!rest.length) return null;
    const organization = headTypedName.read(ctx, scan, { words: rest, end: run.end, headOfTitleEnd: false });
    if (!organization || organization.mentions.some((m) => m.type !== "Organization")) return null;
    const person = mention(ctx, words[0], words[link - 1], "Person", "titledNameOfOrganization");
    return { mentions: [person, ...organization.mentions], next: Math.max(run.end, organization.next) };
  },
};

/** Most words of a person's name after an organisation's in one run ("Roger Wicker", "Pierre Éric Pommellet"). */
const MAX_PERSON_WORDS = 3;

/**
 * "le président du Sénat Gérard Larcher", "the chairman of the Senate Armed Services Committee Roger Wicker": a
 * run whose last words are a person's name (a given name the KB or the names list knows, then family names) and
 * whose words before type an organisation (a legislature, or a name its head types) is the organisation and the
 * person, not one organisation's name. A head alone is no name ("Fondation Jean Jaurès" stays whole).
 */
const organizationThenPerson: RunRule = {
  name: "organizationThenPerson",
  read(ctx, scan, run) {
    const words = run.words;
    for (let k = 1; k <= words.length - 2; k++) {
      const tail = words.slice(k);
      const given = words[k];
      if (tail.length > MAX_PERSON_WORDS || !(ctx.index.isGivenName(given.folded) || ctx.personNameWords.has(given.folded))) continue;
      if (!tail.every((w) => nameLike(w) && !scan.covered(w))) continue;
      const part = { words: words.slice(0, k), end: given.index, headOfTitleEnd: run.headOfTitleEnd };
      // "Speaker of the Senate John Carter": the head that closes the title before it is the organisation, alone.
      const closingHead =
        k === 1 && run.headOfTitleEnd
          ? { mentions: [mention(ctx, words[0], words[0], "Organization", "organizationThenPerson")], next: given.index }
          : null;
      const organization = loneLegislature.read(ctx, scan, part) ?? closingHead ?? headTypedName.read(ctx, scan, part);
      if (!organization?.mentions.length || organization.mentions.some((m) => m.type !== "Organization" || m.end > given.start)) continue;
      const person = mention(ctx, given, tail[tail.length - 1], "Person", "organizationThenPerson");
      return { mentions: [...organization.mentions, person], next: run.end };
    }
    return null;
  },
};

/**
 * "Lieutenant General Alfons Mais", "Minister Lena Or": a run's last word that is a function word
 * elsewhere ("mais", "or"), capitalised inside a sentence right after a name word, is the name's
 * last word (a family name), not a conjunction. A particle ("de", "van") is left to the particle rules.
 */
function closingFamilyName(ctx: NameContext, words: readonly Token[]): Token | undefined {
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  if (!last || !before || ctx.titleCase || !FUNCTION_WORDS.has(last.folded) || CONNECTORS.has(last.folded)) return undefined;
  if (!/^\p{Lu}\p{Ll}/u.test(last.text) || !nameLike(before) || NAME_PARTICLES.has(last.folded)) return undefined;
  const next = ctx.tokens[last.index + 1];
  return next?.word && next.capitalized ? undefined : last;
}

/** No head: people and places. KB-covered words split the run ("Japon" in "Japon Keir Starmer"); each group is typed by the group rules. */
const peopleAndPlaces: RunRule = {
  name: "peopleAndPlaces",
  read(ctx, scan, run) {
    const { tokens } = ctx;
    const groups: Token[][] = [[]];
    // "Le Hoai Trung", "Ma Zhaoxu": the run kept its first word as a name's (gatherRun).
    const familyName = FUNCTION_WORDS.has(run.words[0].folded) ? run.words[0] : undefined;
    const closingName = closingFamilyName(ctx, run.words);
    const lastWord = run.words[run.words.length - 1];
    // "Ambassador Taro YAMADA": the run's last word, a family name in capitals after a given name.
    const closingCapitals = closingCapitalSurname(ctx, scan, lastWord.index) ? lastWord : undefined;
    const nameWord = (r: Token) =>
      r === familyName || r === closingName || r === closingCapitals || nameLike(r) || regnalNumber(ctx, r) || initialAt(tokens, r.index);
    for (const r of run.words) {
      const initialDot = r.text === "." && initialAt(tokens, r.index - 1);
      if (initialDot) groups[groups.length - 1].push(r);
      else if (scan.covered(r) || !nameWord(r)) {
        if (scan.covered(r) || !CONNECTORS.has(r.folded)) groups.push([]);
        else groups[groups.length - 1].push(r);
      } else groups[groups.length - 1].push(r);
    }
    const mentions: RawMention[] = [];
    for (let words of groups) {
      while (words.length && !nameWord(words[0])) words = words.slice(1);
      while (words.length && !nameWord(words[words.length - 1])) words = words.slice(0, -1);
      if (!words.length) continue;
      const first = words[0].index;
      const last = words[words.length - 1].index;
      const group: NameGroup = {
        words,
        named: words.filter(nameWord).length,
        titled: scan.afterTitle(first) || scan.beforeTitle(last + 1) || governmentOf(ctx, first, last),
        titleBefore: scan.afterTitle(first),
        // "de", "la", "van": a name's particles are written in lower case everywhere, and say nothing.
        // An initial is no common word ("S. P. Kumar" in a text that writes "Vestra's").
        commonWords: words.some(
          (w) => w !== familyName && !CONNECTORS.has(w.folded) && !initialAt(tokens, w.index) && ctx.lowercaseWords.has(w.folded),
        ),
      };
      for (const rule of GROUP_RULES) {
        const found = rule.read(ctx, group);
        if (found) {
          for (const m of found) mentions.push(m);
          break;
        }
      }
    }
    return { mentions, next: run.end };
  },
};

/** A Roman numeral of two letters or more (or "V"), as a regnal number ends a name: "Léon XIV", "Charles III", "Harald V". */
const ROMAN_NUMERAL = /^(?=[IVX]{2,}$|V$)X{0,3}(?:IX|IV|V?I{0,3})$/u;

/** "le pape Léon XIV", "King Charles III": a Roman numeral right after a name word is the name's regnal number. */
function regnalNumber(ctx: NameContext, t: Token): boolean {
  const before = ctx.tokens[t.index - 1];
  return ROMAN_NUMERAL.test(t.text) && before !== undefined && before.end + 1 === t.start && nameLike(before);
}

/* ------------------------------------------------------------------ group rules */

/** "l'administration Trump", "le gouvernement Barnier", "the Trump administration": a leader's name. */
function governmentOf(ctx: NameContext, first: number, last: number): boolean {
  const { tokens } = ctx;
  return GOVERNMENT_NOUNS.has(tokens[first - 1]?.folded ?? "") || GOVERNMENT_NOUNS.has(tokens[last + 1]?.folded ?? "");
}

/** "à Kananaskis, au Canada", "in Kananaskis, Canada": a comma at token `k`, then a country. */
function countryAfter(ctx: NameContext, k: number): boolean {
  const { tokens, view } = ctx;
  if (tokens[k]?.text !== ",") return false;
  let n = k + 1;
  while (n < k + 3 && tokens[n] && COUNTRY_LINKS.has(tokens[n].folded)) n++;
  const next = tokens[n];
  return (
    next !== undefined &&
    view.matchesStartingAt(next.start).some((m) => m.kind === "alias" && ctx.index.record(m.targetId)?.type === "Country")
  );
}

/**
 * "met Lloyd Austin at Camp Aguinaldo", "talks in Pearl Harbor", "à Kananaskis, au Canada": a
 * name after a place preposition (or "at" after a verb or an event noun) is a place. French "à"
 * also takes people, so it counts only with a country after the name.
 */
const placeAfterPreposition: GroupRule = {
  name: "placeAfterPreposition",
  read(ctx, group) {
    if (group.titled || group.commonWords) return null;
    const { tokens } = ctx;
    const first = group.words[0].index;
    const last = group.words[group.words.length - 1].index;
    const prev = tokens[first - 1]?.folded ?? "";
    // "in Jane Doe's view": a possessive is a person's, or an organisation's.
    if (/^['’]$/.test(tokens[last + 1]?.text ?? "") && tokens[last + 2]?.folded === "s") return null;
    const beforeAt = tokens[first - 2];
    const afterAt =
      prev === AT &&
      beforeAt !== undefined &&
      ((beforeAt.capitalized && beforeAt.index > 0) || /(?:ed|ing)$/.test(beforeAt.folded) || BEFORE_PLACE_AT.has(beforeAt.folded));
    const place = countryAfter(ctx, last + 1)
      ? PLACE_PREPOSITIONS.has(prev) || prev === AT || prev === "a"
      : group.named >= 2 && (PLACE_PREPOSITIONS.has(prev) || afterAt);
    return place ? [mention(ctx, group.words[0], group.words[group.words.length - 1], "Place", "placeAfterPreposition")] : null;
  },
};

/**
 * "executive vice president of Skoda Defence, said", "directrice de Vantor Systèmes, estime": a name right after a
 * title and a link to the office's owner (the pack's TITLE_OWNER_LINKS: "of", "at", "de", "à"), maybe with an article,
 * is the organisation the office serves, not a person: not one with a given name in it ("Minister of Defence Pete
 * X"), nor a diplomat's posting after "à", "in" ("consul à Tamanrasset").
 */
const organizationAfterTitleLink: GroupRule = {
  name: "organizationAfterTitleLink",
  read(ctx, group) {
    if (group.titleBefore) return null;
    const words = group.words;
    let k = words[0].index - 1;
    if (APPOSITION_ARTICLES.has(ctx.tokens[k]?.folded ?? "")) k--;
    const link = ctx.tokens[k]?.text.toLowerCase().replace(/’/gu, "'") ?? "";
    if (!ctx.cues.titleOwnerLinks.has(link)) return null;
    const before = ctx.tokens[k - 1];
    const title = before === undefined ? undefined : ctx.titles.find((t) => t.end === before.end);
    if (!title || (title.kind === "diplomat" && ctx.cues.diplomatPostingLinks.has(link))) return null;
    // "le maire de Lorient", "the governor of Alexandria": a city's or a region's office; the name is a place.
    if (title.titleId && ctx.index.title(title.titleId)?.ofPlace) return null;
    if (words.some((w) => ctx.index.isGivenName(w.folded) || ctx.personNameWords.has(w.folded))) return null;
    return [mention(ctx, words[0], words[words.length - 1], "Organization", "organizationAfterTitleLink")];
  },
};

/**
 * "le président-directeur de Thales Alenia, Hervé Derrey,": one word glued to the organisation a title ends on, then a
 * comma and a name of two capitalised words, goes on with the organisation's name; the holder is the name after the comma.
 * "le patron d'Airbus Faury, qui …" (no name after the comma) stays a person.
 */
const organizationNameGoesOn: GroupRule = {
  name: "organizationNameGoesOn",
  read(ctx, group) {
    const words = group.words;
    if (!group.titleBefore || words.length !== 1) return null;
    const word = words[0];
    const before = ctx.tokens[word.index - 1];
    const title = before === undefined ? undefined : ctx.titles.find((t) => t.end === before.end);
    const owner = title?.ofEntityId ? ctx.index.record(title.ofEntityId) : undefined;
    if (!before || owner?.type !== "Organization" || word.start !== before.end + 1) return null;
    const [comma, given, family] = [1, 2, 3].map((k) => ctx.tokens[word.index + k]);
    const nameAfter = comma?.text === "," && given !== undefined && nameLike(given) && family !== undefined && nameLike(family);
    return nameAfter ? [mention(ctx, word, word, "Organization", "organizationNameGoesOn")] : null;
  },
};

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
  // An initial opens only a person's name ("J. D. Vance"), and stands inside one only ("Teodoro J. Reyes"; not
  // "Washington D. C.", whose initial comes before another letter).
  if (initialAt(ctx.tokens, first.index)) return true;
  if (
    words.some(
      (w, k) =>
        k > 0 &&
        w.text.length === 1 &&
        initialAt(ctx.tokens, w.index) &&
        nameLike(ctx.tokens[w.index + 2]) &&
        ctx.tokens[w.index + 2].text.length > 1,
    )
  )
    return true;
  const before = words[words.length - 2]?.folded;
  if ((ctx.capitalizedAfter.get(last.folded) ?? []).some((w) => w !== before)) return true;
  return (
    personCueAfter(ctx, last.index + 1) ||
    coordinatedWithPerson(ctx, last.index + 1) ||
    personVerbAround(ctx, first.index, last.index) ||
    meetingObject(ctx, first.index, last.index) ||
    officeApposition(ctx, first.index, last.index + 1) ||
    officeBeforeComma(ctx, first.index) ||
    signingAgent(ctx, first.index) ||
    ownerPerPersonInList(ctx, first.index, last.index) ||
    countryOwnerBefore(ctx, first.index, last.index)
  );
}

/** Name words a country's genitive or a nationality noun may own: "Norway's Ola Berntsen", "du Norvégien Ola Berntsen". */
const MAX_OWNED_NAME_WORDS = 3;

/**
 * "alongside Norway's Ola Berntsen and Latvia's Inga Ozola", "aux côtés du Norvégien Ola Berntsen et de la
 * Lettone Inga Ozola": two or three name words right after a country's genitive (the pack's markers) or after a
 * capitalised nationality noun the KB knows (the pack's articles before it), where the name ends the phrase (a
 * comma, a coordinator, a stop, or the end follows): not "Norway's Sovereign Wealth Fund manages …".
 */
function countryOwnerBefore(ctx: NameContext, first: number, last: number): boolean {
  const { tokens, cues, view } = ctx;
  if (last - first + 1 < 2 || last - first + 1 > MAX_OWNED_NAME_WORDS) return false;
  const next = tokens[last + 1];
  if (next !== undefined && next.word && !NAME_COORDINATORS.has(next.folded)) return false;
  const isCountry = (m: KbMatch) => ctx.index.record(m.targetId)?.type === "Country";
  for (const marker of cues.countryGenitiveMarkers) {
    const at = sequenceBefore(tokens, first, marker);
    if (at <= 0) continue;
    if (view.matchesEndingAt(tokens[at - 1].end).some((m) => m.kind === "alias" && isCountry(m))) return true;
  }
  const noun = tokens[first - 1];
  if (!noun?.capitalized) return false;
  const nationality = view.matchesEndingAt(noun.end).find((m) => m.kind === "demonym" && m.start === noun.start && isCountry(m));
  return nationality !== undefined && cues.nationalityNounArticles.some((a) => sequenceBefore(tokens, first - 1, a) >= 0);
}

/** Articles between a per-person link and its country: "pour le Pérou", "for the Philippines". */
const OWNER_ARTICLES = new Set(["le", "la", "les", "l'", "the"]);

/** The index of the token after a country the KB knows that starts at token `k` (an article before it skipped); -1 when none. */
function countryAt(ctx: NameContext, k: number): number {
  const at = OWNER_ARTICLES.has(ctx.tokens[k]?.folded ?? "") ? k + 1 : k;
  const token = ctx.tokens[at];
  if (!token) return -1;
  const country = ctx.view
    .matchesStartingAt(token.start)
    .find((m) => m.kind === "alias" && ctx.index.record(m.targetId)?.type === "Country");
  return country ? ctx.tokens.findIndex((t) => t.end === country.end) + 1 : -1;
}

/**
 * "… Walter Quispe pour le Pérou et Edmundo Novillo pour la Bolivie", "X for Peru and Y for Bolivia": a name between
 * "et"/"and" after another item's "pour <pays>" and its own "pour <pays>" is the next person of the list.
 */
function ownerPerPersonInList(ctx: NameContext, first: number, last: number): boolean {
  const { tokens, cues } = ctx;
  const ownedFrom = (k: number): number => {
    const link = cues.ownerPerPerson.find((l) => sequenceAt(tokens, k, l));
    return link ? countryAt(ctx, k + link.length) : -1;
  };
  const joinerAt = (k: number) => NAME_COORDINATORS.has(tokens[k]?.folded ?? "") || tokens[k]?.text === ",";
  const end = ownedFrom(last + 1);
  if (end < 0) return false;
  // The previous item's name, link and country right before a joiner: "X pour le Pérou et [Y] pour la Bolivie".
  if (joinerAt(first - 1))
    for (let k = first - 2; k >= Math.max(1, first - 6); k--) if (ownedFrom(k) === first - 1 && tokens[k - 1]?.capitalized) return true;
  // The next item's, past a joiner and a name of its own (a rank may stand before it): "[X] pour le Pérou et (le général) Y pour la Bolivie".
  if (joinerAt(end)) for (let k = end + 2; k <= end + 9; k++) if (ownedFrom(k) >= 0 && tokens[k - 1]?.capitalized) return true;
  return false;
}

/**
 * "Amparo Valcarce a rencontré …", "Staffan Lindqvist said …", "« … », a déclaré Amparo Valcarce": a verb
 * only a person takes right after the name (a comma between allowed), or a speech verb right before it.
 */
function personVerbAround(ctx: NameContext, first: number, last: number): boolean {
  const { tokens, cues } = ctx;
  const after = tokens[last + 1]?.text === "," ? last + 2 : last + 1;
  if (cues.personVerbsAfter.some((v) => sequenceAt(tokens, after, v))) return true;
  return cues.personVerbsBefore.some((v) => sequenceBefore(tokens, first, v) >= 0);
}

/**
 * "The minister also met Besnik Kola on Thursday", "le ministre s'est entretenu avec Ilir Dervishi, qui …", "a
 * rencontré jeudi X": the object of a verb one takes with a person (a word of the pack's inserts between), when
 * the name ends the clause there (a punctuation mark, the end, or a
 * word of the pack's closers follows: not "met Lockheed Martin executives").
 */
function meetingObject(ctx: NameContext, first: number, last: number): boolean {
  const { tokens, cues } = ctx;
  const next = tokens[last + 1];
  const closes = next === undefined || !/^\p{L}/u.test(next.text) || cues.meetingObjectClosers.has(next.folded);
  if (!closes) return false;
  // "a rencontré jeudi X": one word of the pack's inserts may stand between.
  const verbEnd = cues.meetingObjectInserts.has(tokens[first - 1]?.folded ?? "") ? first - 1 : first;
  return cues.meetingObjectVerbs.some((v) => sequenceBefore(tokens, verbEnd, v) >= 0);
}

/** "Mauro Vieira et Pablo Quirno", "Ana Silva and Keir Starmer": a name coordinated with one that opens with a given name is a person's too. */
function coordinatedWithPerson(ctx: NameContext, k: number): boolean {
  const { tokens } = ctx;
  if (!NAME_COORDINATORS.has(tokens[k]?.folded ?? "")) return false;
  const next = tokens[k + 1];
  const after = tokens[k + 2];
  return (
    next !== undefined &&
    next.capitalized &&
    after?.capitalized === true &&
    (ctx.index.isGivenName(next.folded) || ctx.personNameWords.has(next.folded))
  );
}

/**
 * "Amara Keita, who chairs …", "Grace Wanjiru became the defence minister": what follows a name
 * that only a person takes — a relative pronoun of persons, or a copula before a title.
 */
function personCueAfter(ctx: NameContext, k: number): boolean {
  const { tokens, cues } = ctx;
  const i = tokens[k]?.text === "," ? k + 1 : k;
  if (cues.personAfter.has(tokens[i]?.folded ?? "")) return true;
  const copula = cues.copulas.find((c) => sequenceAt(tokens, k, c));
  if (!copula) return false;
  const from = tokens[k + copula.length];
  return from !== undefined && ctx.titles.some((t) => t.start >= from.start && t.start - from.start <= 24);
}

/** Words an office's apposition may take before its noun: "the acting", "a senior", "Managing", "executive vice". */
const MAX_OFFICE_WORDS = 4;
/** Tokens of what the office serves, up to the comma or the full stop that closes the apposition. */
const MAX_SERVED_TOKENS = 9;
const APPOSITION_CLOSERS = /^[,;.)!?]$/u;

/**
 * "Chaminda Dias, Secretary to the Ministry of Ports, signed", "Ruta Valaitis, acting director of the agency,
 * and …", "Ines Oduya, directrice de l'agence,": an apposition after the name (token `k` its comma) made of a few
 * words that end on an office noun (the language pack's), then what it serves, closed by a comma or a full stop.
 * Not after a locative ("In Port Vila, the director of the agency, …" names a place): that group is a place's.
 */
function officeApposition(ctx: NameContext, first: number, k: number): boolean {
  const { tokens, cues } = ctx;
  if (tokens[k]?.text !== "," || cues.appositionOfficeNouns.size === 0) return false;
  const raw = (t: Token) => t.text.toLowerCase().replace(/’/gu, "'");
  if (cues.locatives.some((l) => sequenceBefore(tokens, first, l, raw) >= 0)) return false;
  let j = k + 1;
  if (tokens[j] && APPOSITION_ARTICLES.has(tokens[j].folded)) j++;
  for (let n = j; n < j + MAX_OFFICE_WORDS && tokens[n]?.word; n++) {
    if (!cues.appositionOfficeNouns.has(tokens[n].folded)) continue;
    const next = tokens[n + 1];
    if (next === undefined || APPOSITION_CLOSERS.test(next.text)) return true;
    if (!cues.appositionOfficeLinks.has(raw(next))) continue;
    // What it serves runs to the closing comma or stop: "the Ministry of Ports,", "of the agency." (no clause: "… said that").
    for (let m = n + 2; m <= n + 1 + MAX_SERVED_TOKENS; m++) {
      const t = tokens[m];
      if (t === undefined || APPOSITION_CLOSERS.test(t.text)) return m > n + 2;
      if (!t.word && !/^['’-]$/u.test(t.text)) return false;
    }
    return false;
  }
  return false;
}

/**
 * "the director of the agency, Nuwan Perera, said", "le directeur de l'agence, Nuwan Perera, a dit": the office
 * and what it serves, then a comma (token `first - 1`) before the name: the name is the office holder's.
 */
function officeBeforeComma(ctx: NameContext, first: number): boolean {
  const { tokens, cues } = ctx;
  if (tokens[first - 1]?.text !== "," || cues.appositionOfficeNouns.size === 0) return false;
  const raw = (t: Token) => t.text.toLowerCase().replace(/’/gu, "'");
  for (let m = first - 2; m >= Math.max(0, first - 2 - MAX_SERVED_TOKENS); m--) {
    const t = tokens[m];
    if (!t.word && !/^['’-]$/u.test(t.text)) return false;
    if (!cues.appositionOfficeNouns.has(t.folded)) continue;
    const next = tokens[m + 1];
    return next !== undefined && (m === first - 2 || cues.appositionOfficeLinks.has(raw(next)));
  }
  return false;
}

/** Name words of the first of two coordinated signers: "signed by Tharindu Wickramage and …". */
const MAX_FIRST_SIGNER_WORDS = 5;

/**
 * "The memorandum was signed by Tharindu Wickramage and Oskaras Valaitis", "signé par X Y et Z W": the agent of a
 * passive signing right before the name, or before the name it is coordinated with.
 */
function signingAgent(ctx: NameContext, first: number): boolean {
  const { tokens, cues } = ctx;
  const agentBefore = (k: number) => cues.signingAgentBefore.some((seq) => sequenceBefore(tokens, k, seq) >= 0);
  if (agentBefore(first)) return true;
  if (!NAME_COORDINATORS.has(tokens[first - 1]?.folded ?? "")) return false;
  let k = first - 1;
  while (k > first - 2 - MAX_FIRST_SIGNER_WORDS && tokens[k - 1] && (nameLike(tokens[k - 1]) || tokens[k - 1].text === ".")) k--;
  return k < first - 1 && agentBefore(k);
}

/** Coordinators that may join two people's names in one run of capitals: "Paweł Bejda and Eirik Lie". */
const NAME_COORDINATORS = new Set(["and", "et"]);

/**
 * "signed by Teodoro and Chung Ki-sun, the head of …": one name word, "and", then a name of two to
 * four words that an apposition after it or evidence of its own makes a person's. The full name is
 * a person; the word alone is a surname that linking accepts only as a back-reference to a name
 * seen in full (unless a title right before it makes it a person).
 */
function surnameAndFullName(ctx: NameContext, group: NameGroup): RawMention[] | null {
  const words = group.words;
  if (words.length < 4 || !NAME_COORDINATORS.has(words[1].folded) || !nameLike(words[0])) return null;
  const full = words.slice(2);
  const capitals = full.filter((w) => w.capitalized).length;
  if (capitals < 2 || capitals > 4 || !full.every((w) => w.capitalized || CONNECTORS.has(w.folded))) return null;
  if (!full[0].capitalized || !full[full.length - 1].capitalized || group.commonWords) return null;
  const apposition = group.titled && !group.titleBefore;
  if (!apposition && !personEvidence(ctx, full)) return null;
  return [
    mention(ctx, words[0], words[0], "Person", "personName", { needsAntecedent: !group.titleBefore }),
    mention(ctx, full[0], full[full.length - 1], "Person", "personName"),
  ];
}

/**
 * Two to five name words after a title, before an apposition, or with evidence of a person's name.
 * A person's name holds no "and": two names of two words or more each, so joined, are two people
 * ("Deputy Defence Minister Paweł Bejda and Eirik Lie"); otherwise the name ends before it
 * ("Mohamed Muizzu and Congolese officials").
 */
const personName: GroupRule = {
  name: "personName",
  read(ctx, group) {
    const words = group.words;
    const join = words.findIndex((w, k) => k >= 2 && k <= words.length - 3 && NAME_COORDINATORS.has(w.folded));
    if (join > 0) {
      const sides = [words.slice(0, join), words.slice(join + 1)];
      // Each side a name of its own: capitalised at both ends, two to four name words, particles between ("Juan Ramon de la Fuente").
      const ownName = (side: readonly Token[]) =>
        side[0]?.capitalized === true &&
        side[side.length - 1]?.capitalized === true &&
        side.every((w) => w.capitalized || CONNECTORS.has(w.folded)) &&
        side.filter((w) => w.capitalized).length >= 2 &&
        side.filter((w) => w.capitalized).length <= 4;
      // Each side a person by the group's title or by evidence of its own (the first side's: the given name after "and").
      const people = group.titled || (!group.commonWords && sides.every((side) => personEvidence(ctx, side)));
      if (sides.every(ownName) && people) return sides.map((side) => mention(ctx, side[0], side[side.length - 1], "Person", "personName"));
    }
    const surnameFirst = surnameAndFullName(ctx, group);
    if (surnameFirst) return surnameFirst;
    // "Mohamed Muizzu and Congolese officials": no name goes on past "and"; the name is what comes before it.
    const coordinator = words.findIndex((w, k) => k >= 1 && NAME_COORDINATORS.has(w.folded));
    if (coordinator > 0) {
      const before = words.slice(0, coordinator);
      const named = before.filter((w) => w.capitalized).length;
      if (!group.titled && (group.commonWords || !personEvidence(ctx, before))) return null;
      if (named < 2 || named > 5 || !before[before.length - 1]?.capitalized) return null;
      return [mention(ctx, before[0], before[before.length - 1], "Person", "personName")];
    }
    if (!group.titled && (group.commonWords || !personEvidence(ctx, words))) return null;
    if (group.named < 2 || group.named > 5) return null;
    return [mention(ctx, words[0], words[words.length - 1], "Person", "personName")];
  },
};

/**
 * "à Toulon", "à Rio de Janeiro", "in Jeddah on Friday": a name after a locative preposition
 * with no sign of a person (no title, no given name, no surname seen alone) is a place; one word
 * stays a candidate that linking makes a place when no person of the document has that surname.
 */
const placeAfterLocative: GroupRule = {
  name: "placeAfterLocative",
  read(ctx, group) {
    if (group.titled || group.commonWords) return null;
    const { tokens } = ctx;
    const first = group.words[0];
    const last = group.words[group.words.length - 1];
    const raw = (t: Token) => t.text.toLowerCase();
    const wordBefore = tokens[first.index - 1];
    const locatives = endingWith(ctx.cues.locatives, (l) => l, wordBefore ? raw(wordBefore) : undefined);
    const locative = locatives.map((l) => sequenceBefore(tokens, first.index, l, raw)).find((at) => at >= 0);
    if (locative === undefined) return null;
    // "succède à Dorin Recean": the verb's object after « à » is a person.
    if (group.named >= 2 && ctx.cues.personObjectVerbs.some((v) => sequenceBefore(tokens, locative, v, raw) >= 0))
      return [mention(ctx, first, last, "Person", "placeAfterLocative")];
    if (/^['’]$/.test(tokens[last.index + 1]?.text ?? "") && tokens[last.index + 2]?.folded === "s") return null;
    // "in European defence projects": a word before the noun it qualifies is an adjective, not a place.
    const next = tokens[last.index + 1];
    if (ctx.cues.adjectiveBeforeNoun && next?.word && !next.capitalized && !FUNCTION_WORDS.has(next.folded)) return null;
    if (group.named === 1)
      return [mention(ctx, first, last, "Person", "placeAfterLocative", { needsAntecedent: true, fallbackType: "Place" })];
    return [mention(ctx, first, last, "Place", "placeAfterLocative")];
  },
};

/**
 * One name word: a person when a title or an apposition says so; otherwise only a candidate
 * back-reference ("Okafor" after "Wendell Okafor"), unless the text also writes it in lower case.
 */
const loneName: GroupRule = {
  name: "loneName",
  read(ctx, group) {
    if (group.named !== 1 || (!group.titled && group.commonWords)) return null;
    const w = group.words;
    // "S Jaishankar": a letter alone before a name is its initial, no name of its own.
    const next = ctx.tokens[w[w.length - 1].index + 1];
    if (w.length === 1 && w[0].text.length === 1 && next?.capitalized && next.start === w[0].end + 1) return [];
    return [mention(ctx, w[0], w[w.length - 1], "Person", "loneName", { needsAntecedent: !group.titled })];
  },
};

/** Token rules, in the order they are tried at each capitalised token. */
export const TOKEN_RULES: readonly TokenRule[] = [
  honorificName,
  titledNameOverPlace,
  givenNameOverPlace,
  placeAsGivenName,
  titleCaseLine,
  vesselName,
  featureName,
  descriptorName,
  legalFormName,
  placeNamedAfter,
  capitalSurnameFirst,
  capitalizedRun,
];

/** Run rules, in the order they are tried on a run of capitalised words. */
export const RUN_RULES: readonly RunRule[] = [
  documentOrEventName,
  placeNamedBefore,
  loneLegislature,
  compassPlace,
  titledNameOfOrganization,
  organizationThenPerson,
  headTypedName,
  peopleAndPlaces,
];

/** Group rules, in the order they are tried on each person-or-place group of a run. */
export const GROUP_RULES: readonly GroupRule[] = [
  placeAfterPreposition,
  organizationAfterTitleLink,
  organizationNameGoesOn,
  personName,
  placeAfterLocative,
  loneName,
];
