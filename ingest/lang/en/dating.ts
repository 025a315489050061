/**
 * English cues for dating events (ingest/extract/events/): nouns that carry a date of their own
 * ("the elections scheduled for next year" dates the elections, not the visit told beside them).
 */

/** Nouns that are not events of the story: a date right after them (a few words) is theirs. */
export const OTHER_DATED_NOUNS = [
  "election",
  "elections",
  "vote",
  "poll",
  "polls",
  "ballot",
  "referendum",
  "budget",
  "fiscal year",
  "deadline",
  "term",
  "birth",
  "death",
  "invasion",
  "war",
  "independence",
] as const;

/** Verbs whose object is an event: a relative clause with one ("…, which Nairobi will host in May") is the event's, whatever stands between. */
export const HOSTING_VERBS = ["host", "hosts", "hosted", "hosting", "will host", "to host"] as const;
