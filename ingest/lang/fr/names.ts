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
