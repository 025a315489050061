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

/**
 * Un voyage dit avec sa durée ("une visite de trois jours", "un déplacement officiel de 2 jours") : le nombre (chiffres
 * ou mot de ./numbers.ts) est le premier groupe. Une visite datée de son premier jour dure autant de jours.
 */
export const TRIP_LENGTH =
  /(?<![\p{L}])(?:visite|voyage|tournée|séjour|déplacement|mission|périple)(?:\s+(?:officielle?|d['’]État|de travail|d['’]amitié|privée?|éclair|surprise)){0,2}\s+de\s+(\d{1,2}|\p{L}+)\s+jours(?![\p{L}])/iu;

/**
 * Before a date still to come, the earliest an event may be held, which dates it (« pourrait être signée dès le mois prochain »); before a
 * past date, a since-marker like the others.
 */
export const EARLIEST_MARKERS = ["dès"] as const;
