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
}

type CueModule = typeof fr & typeof en;

const folded = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => foldForMatch(w)));

function compile(module: CueModule): NameCues {
  return { connectives: folded(module.SENTENCE_CONNECTIVES) };
}

const EMPTY: NameCues = { connectives: new Set() };
const byLanguage = new Map<string, NameCues>([
  ["fr", compile(fr)],
  ["en", compile(en)],
]);

/** The cues of `language` ("fr", "en"); empty cues for a language Entente has none for. */
export function nameCuesFor(language: string): NameCues {
  return byLanguage.get(language) ?? EMPTY;
}
