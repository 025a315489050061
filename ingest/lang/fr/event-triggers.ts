/**
 * French cues that tell a trigger word from its homonym (ingest/extract/events/triggers.ts).
 * The French triggers are unambiguous so far ("signe" is not a trigger, "signé" is).
 */

/** Trigger words that are events only as verbs. */
export const VERB_ONLY_TRIGGERS: readonly string[] = [];

/** Words right before such a trigger that make it a noun. */
export const NOUN_MARKERS: readonly string[] = [];
