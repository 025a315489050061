/**
 * French cues for dating events (ingest/extract/events/): nouns that carry a date of their own
 * ("les législatives prévues l'an prochain" dates the elections, not the visit told beside them).
 */

/** Nouns that are not events of the story: a date right after them (a few words) is theirs. */
export const OTHER_DATED_NOUNS = [
  "élection",
  "élections",
  "législatives",
  "présidentielle",
  "présidentielles",
  "municipales",
  "européennes",
  "scrutin",
  "référendum",
  "budget",
  "exercice",
  "échéance",
  "date limite",
  "mandat",
  "naissance",
  "mort",
  "décès",
  "invasion",
  "guerre",
  "indépendance",
  "fin de la guerre",
] as const;

/** Verbes dont l'objet est un événement : une relative qui en porte un ("…, que Dakar accueillera en mai") date l'événement, quoi qu'il y ait entre eux. */
export const HOSTING_VERBS = [
  "accueillir",
  "accueillera",
  "accueille",
  "accueillait",
  "organisera",
  "organise",
  "organiser",
  "abritera",
] as const;
