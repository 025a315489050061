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

/**
 * A trip told with its length ("a three-day visit", "his 2-day official trip"): the number (a digit or a word of
 * ./numbers.ts) is the first group. A visit dated by its first day lasts that many days.
 */
export const TRIP_LENGTH =
  /(?<![\p{L}\p{N}])(\d{1,2}|[a-z]+)-day\s+(?:(?:state|official|working|bilateral|regional|foreign|overseas|diplomatic|private|surprise)\s+){0,2}(?:visit|trip|tour|stay|mission|swing|journey)(?![\p{L}])/iu;

/**
 * Before a date still to come, the earliest an event may be held, which dates it ("could sign as early as next month"); before a
 * past date, a since-marker like the others.
 */
export const EARLIEST_MARKERS = ["as early as"] as const;
