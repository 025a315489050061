/**
 * Which place lies in which country, for event identity: a report of a meeting "in Tokyo" and
 * one "in Japan" may tell the same event, one "in Tokyo" and one "in Seoul" may not. The
 * knowledge is the knowledge base's (`country` of a place, `capital` of a country); the rules
 * ask `countryOf`, the loader's lookup of stored events `placesIn` (nestingPlaces).
 */
import type { KnowledgeBase } from "../kb/load.js";

export interface PlaceIndex {
  /** The country id a place id lies in, when known ("place:tokyo" → "country:JP"). */
  countryOf(place: string): string | undefined;
  /** The places known to lie in a country, sorted ("country:JP" → ["place:osaka", "place:tokyo"]). */
  placesIn(country: string): readonly string[];
}

/** The index of a map from place to the country it lies in. */
export function placeIndexOf(countryOfPlace: ReadonlyMap<string, string>): PlaceIndex {
  const inCountry = new Map<string, string[]>();
  for (const [place, country] of countryOfPlace) inCountry.set(country, [...(inCountry.get(country) ?? []), place]);
  for (const places of inCountry.values()) places.sort();
  return { countryOf: (place) => countryOfPlace.get(place), placesIn: (country) => inCountry.get(country) ?? [] };
}

/** Knows no place: two places are compatible only when they are the same. */
export const NO_PLACES: PlaceIndex = placeIndexOf(new Map());

export function placeIndexFromKb(kb: KnowledgeBase): PlaceIndex {
  const country = new Map<string, string>();
  for (const entity of kb.entities) if (entity.type === "Place" && entity.country !== undefined) country.set(entity.id, entity.country);
  for (const entry of kb.countries) if (entry.capital !== undefined) country.set(entry.capital, entry.id);
  return placeIndexOf(country);
}

/** Whether two places can be where one event happened: the same, or one lies in the other. */
export function placesNest(a: string, b: string, places: PlaceIndex): boolean {
  return a === b || places.countryOf(a) === b || places.countryOf(b) === a;
}

/**
 * Every place that nests with one of `places` (placesNest): each of them, the country it lies in,
 * and the places that lie in it; sorted. A place y nests with x exactly when y is among those of x.
 */
export function nestingPlaces(places: readonly string[], index: PlaceIndex): string[] {
  const nesting = new Set<string>();
  for (const place of places) {
    nesting.add(place);
    const country = index.countryOf(place);
    if (country !== undefined) nesting.add(country);
    for (const inner of index.placesIn(place)) nesting.add(inner);
  }
  return [...nesting].sort();
}
