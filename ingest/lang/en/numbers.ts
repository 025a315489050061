/**
 * Number words up to twenty, value by form: counted groups ("the three leaders", "fifteen countries").
 * Read by the event references and the relation cues of this pack, and (with the words below) by the date recognisers.
 */
export const NUMBER_WORDS_TO_TWENTY: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

/** A count of one ("a month ago", "in one week"). */
export const ONE_WORDS: readonly string[] = ["a", "an", "one"];

/** Vague counts, read as about three ("a few days ago"). */
export const FEW_WORDS: readonly string[] = ["few", "several"];
