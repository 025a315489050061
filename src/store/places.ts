/**
 * Which place lies in which country, for event identity: a report of a meeting "in Tokyo" and
 * one "in Japan" may tell the same event, one "in Tokyo" and one "in Seoul" may not. The
 * knowledge is the knowledge base's (`country` of a place, `capital` of a country); the rules
 * only ask `countryOf`.
 */
import type { KnowledgeBase } from "../kb/load.js";

export interface PlaceIndex {
  /** The country id a place id lies in, when known ("place:tokyo" → "country:JP"). */
  countryOf(place: string): string | undefined;
}

/** Knows no place: two places are compatible only when they are the same. */
export const NO_PLACES: PlaceIndex = { countryOf: () => undefined };

export function placeIndexFromKb(kb: KnowledgeBase): PlaceIndex {
  const country = new Map<string, string>();
  for (const entity of kb.entities) if (entity.type === "Place" && entity.country !== undefined) country.set(entity.id, entity.country);
  for (const entry of kb.countries) if (entry.capital !== undefined) country.set(entry.capital, entry.id);
  return { countryOf: (place) => country.get(place) };
}

/** Whether two places can be where one event happened: the same, or one lies in the other. */
export function placesNest(a: string, b: string, places: PlaceIndex): boolean {
  return a === b || places.countryOf(a) === b || places.countryOf(b) === a;
}
