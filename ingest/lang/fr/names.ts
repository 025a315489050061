/**
 * French cues for recognising names: words and phrases that show what a capitalised word is
 * (a connective, a place, a rank, a news agency …). Plain constants, as the text writes them;
 * ingest/recognise/name-cues.ts folds them for matching.
 */

/** Sentence adverbs and connectives that open a sentence with a capital and are never a name. */
export const SENTENCE_CONNECTIVES: readonly string[] = [
  "Ainsi",
  "Alors",
  "Auparavant",
  "Cependant",
  "Certes",
  "D'abord",
  "D'ailleurs",
  "Dorénavant",
  "Désormais",
  "Également",
  "Enfin",
  "Ensuite",
  "Entre-temps",
  "Néanmoins",
  "Notamment",
  "Outre",
  "Parallèlement",
  "Par ailleurs",
  "Pourtant",
  "Puis",
  "Toutefois",
];

/** Nouns of a state's official style: "la République du Kenya", "le Royaume du Maroc", "l'État du Qatar". */
export const STATE_STYLE_NOUNS: readonly string[] = [
  "République",
  "Royaume",
  "État",
  "Sultanat",
  "Émirat",
  "Principauté",
  "Grand-Duché",
  "Fédération",
  "Confédération",
  "Commonwealth",
];

/** Words between a state's style noun and its name: "République islamique d'Iran", "République-Unie de Tanzanie". */
export const STATE_STYLE_LINKS: readonly string[] = ["de", "du", "d'", "des", "de la", "de l'"];

/** Prefixes that make a demonym a region's adjective, not the country's: "sud-américain", "nord-africain", "latino-américain". */
export const REGIONAL_DEMONYM_PREFIXES: readonly string[] = [
  "nord",
  "sud",
  "est",
  "ouest",
  "centre",
  "latino",
  "méso",
  "ibéro",
  "inter",
  "pan",
  "sub",
  "trans",
];

/** Prepositions after which a bare masculine demonym is a language: "en espagnol", "du portugais vers l'anglais". */
export const LANGUAGE_PREPOSITIONS: readonly string[] = ["en"];

/** Words that make a country's name its same-named city: "à Luxembourg" (the country takes "au"), "la ville de Djibouti". */
export const CITY_BEFORE: readonly string[] = ["à", "ville de"];

/** Words a city's name takes that its country's does not: "Luxembourg-Ville", "Ville de Djibouti". */
export const CITY_WORDS: readonly string[] = ["ville", "ville de"];
