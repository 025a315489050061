/**
 * English cues for recognising names: words and phrases that show what a capitalised word is
 * (a connective, a place, a rank, a news agency …). Plain constants, as the text writes them;
 * ingest/recognise/name-cues.ts folds them for matching.
 */

/** Sentence adverbs and connectives that open a sentence with a capital and are never a name. */
export const SENTENCE_CONNECTIVES: readonly string[] = [
  "Accordingly",
  "Additionally",
  "Afterwards",
  "Besides",
  "Consequently",
  "Earlier",
  "Finally",
  "Furthermore",
  "Hence",
  "Indeed",
  "Instead",
  "Later",
  "Likewise",
  "Moreover",
  "Nevertheless",
  "Nonetheless",
  "Notably",
  "Otherwise",
  "Overall",
  "Separately",
  "Similarly",
  "Still",
  "Subsequently",
  "Thereafter",
  "Thus",
];

/** Nouns of a state's official style: "the Republic of Kenya", "the Kingdom of Morocco", "the State of Qatar". */
export const STATE_STYLE_NOUNS: readonly string[] = [
  "Republic",
  "Kingdom",
  "State",
  "Sultanate",
  "Emirate",
  "Principality",
  "Grand Duchy",
  "Federation",
  "Confederation",
  "Commonwealth",
];

/** Words between a state's style noun and its name: "Republic of the Philippines". */
export const STATE_STYLE_LINKS: readonly string[] = ["of", "of the"];

/** Prefixes that make a demonym a region's adjective, not the country's: "South-American", "pan-African", "sub-Saharan". */
export const REGIONAL_DEMONYM_PREFIXES: readonly string[] = [
  "north",
  "south",
  "east",
  "west",
  "central",
  "latin",
  "inter",
  "pan",
  "sub",
  "trans",
];

/** Prepositions after which a bare demonym is a language: "in Portuguese", "into English". */
export const LANGUAGE_PREPOSITIONS: readonly string[] = ["in", "into", "from"];

/** Words that make a country's name its same-named city: "the city of Kuwait". */
export const CITY_BEFORE: readonly string[] = ["city of"];

/** Words a city's name takes that its country's does not: "Luxembourg City", "Kuwait City". */
export const CITY_WORDS: readonly string[] = ["city"];
