/**
 * The language cues the name rules read, for one language: the constants of
 * ingest/lang/<language>/names.ts, folded as the matcher folds. A language without cues (German,
 * say) gets empty ones: its names come from the knowledge base and the language-neutral shapes only.
 */
import { foldForMatch } from "../../src/kb/normalize.js";
import * as en from "../lang/en/names.js";
import * as fr from "../lang/fr/names.js";

export interface NameCues {
  /** Folded sentence-opening adverbs and connectives ("furthermore", "toutefois"). */
  connectives: ReadonlySet<string>;
  /** Folded nouns of a state's official style ("republique", "kingdom"), hyphenated ones included ("grand-duche"). */
  stateStyleNouns: ReadonlySet<string>;
  /** Folded link words between a style noun and the state's name, as word sequences ("of the" → ["of", "the"]). */
  stateStyleLinks: ReadonlyArray<readonly string[]>;
  /** Folded prefixes that make a demonym regional ("sud" in "sud-américain"). */
  regionalPrefixes: ReadonlySet<string>;
  /** Folded prepositions after which a bare demonym is a language ("en", "in"). */
  languagePrepositions: ReadonlySet<string>;
  /** Word sequences before a name that make it a city, in lower case but with their accents ("à", "ville de"). */
  cityBefore: ReadonlyArray<readonly string[]>;
}

type CueModule = typeof fr & typeof en;

const folded = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => foldForMatch(w)));

/** Folded word sequences, longest first, so that "de la" is tried before "de". */
const sequences = (list: readonly string[]): Array<readonly string[]> =>
  list.map((p) => foldForMatch(p).replace(/'/g, "' ").split(/\s+/).filter(Boolean)).sort((a, b) => b.length - a.length);

function compile(module: CueModule): NameCues {
  return {
    connectives: folded(module.SENTENCE_CONNECTIVES),
    stateStyleNouns: folded(module.STATE_STYLE_NOUNS),
    stateStyleLinks: sequences(module.STATE_STYLE_LINKS),
    regionalPrefixes: folded(module.REGIONAL_DEMONYM_PREFIXES),
    languagePrepositions: folded(module.LANGUAGE_PREPOSITIONS),
    cityBefore: module.CITY_BEFORE.map((p) => p.toLowerCase().split(/\s+/)),
  };
}

const EMPTY: NameCues = {
  connectives: new Set(),
  stateStyleNouns: new Set(),
  stateStyleLinks: [],
  regionalPrefixes: new Set(),
  languagePrepositions: new Set(),
  cityBefore: [],
};
const byLanguage = new Map<string, NameCues>([
  ["fr", compile(fr)],
  ["en", compile(en)],
]);

/** The cues of `language` ("fr", "en"); empty cues for a language Entente has none for. */
export function nameCuesFor(language: string): NameCues {
  return byLanguage.get(language) ?? EMPTY;
}
