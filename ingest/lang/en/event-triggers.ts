/**
 * English cues that tell a trigger word from its homonym (ingest/extract/events/triggers.ts):
 * "sign" after an article or an adjective is a noun ("a great sign of warming ties"), not the act
 * of signing.
 */

/** Trigger words that are events only as verbs. */
export const VERB_ONLY_TRIGGERS = ["sign", "signs"] as const;

/** Words right before such a trigger that make it a noun. */
export const NOUN_MARKERS = [
  "a",
  "an",
  "the",
  "this",
  "that",
  "another",
  "any",
  "no",
  "great",
  "good",
  "clear",
  "positive",
  "strong",
  "first",
  "welcome",
] as const;

/** Meeting nouns that name a summit: a meeting of an organisation (its leaders), held in a host city. */
export const SUMMIT_NOUNS = ["summit", "summits"] as const;

/** Right after a visit trigger ("arrivée", "arrival"), these make it a rise to office, not a trip. */
export const NOT_A_TRIP_AFTER = ["to power", "in power", "in office", "at the helm", "first"] as const;

/** Right after a signing trigger, a domestic act signed, not an accord between parties: "signed a decree", "signed the bill into law". */
export const NOT_A_SIGNING_AFTER = [
  "a decree",
  "the decree",
  "decrees",
  "an executive order",
  "the executive order",
  "executive orders",
  "a bill",
  "the bill",
  "bills",
  "into law",
  "a law",
  "the law",
  "the budget",
  "a petition",
  "the petition",
  "an order",
] as const;

/** After an event noun, a pronoun standing for another event of its kind: "la visite de X à Rome, puis celle de Y à Madrid". */
export const ELLIPSIS_PRONOUNS = ["that of", "those of", "the one by"] as const;

/** Adverbs that may stand inside a trigger of several words ("travelled together to", "flew directly to"): read through. */
export const ADVERBS_INSIDE_TRIGGERS = [
  "together",
  "also",
  "then",
  "later",
  "subsequently",
  "first",
  "finally",
  "directly",
  "separately",
  "jointly",
  "briefly",
  "already",
] as const;
