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
