/**
 * The relationship types the graph gives events, documents and conflicts (README, *Relationships*):
 * each has an Event, a Document or a Conflict at one end, so a relation between two entities never
 * takes one of them (the exporter relies on it to find the relationships among entities). A module
 * of its own, without zod, so that a command reading the graph (`entente export`) does not load the
 * extraction's schemas.
 */
export const EVENT_AND_PROVENANCE_TYPES: readonly string[] = [
  "ABOUT",
  "CLAIMED_IN",
  "MENTIONED_IN",
  "PARTICIPATED_IN",
  "REPORTED_IN",
  "TOOK_PLACE_IN",
];
