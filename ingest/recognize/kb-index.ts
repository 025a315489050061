/**
 * Lookups over a knowledge base that recognition and linking share: what an id is, which
 * people a surname or a reordered name points to.
 */
import type { EntityType } from "../../src/model/extraction.js";
import type { KbCountry, KbEntity, KbTitle } from "../../src/model/kb.js";
import type { KbContent } from "../../src/kb/matcher.js";
import { foldForMatch } from "../../src/kb/normalize.js";
import { allPacks } from "../lang/registry.js";
import { PATRONYMIC_PARTICLES } from "./lexicon.js";

export interface KbRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: readonly string[];
  wikidata: string | null;
  members: readonly string[];
  /** A person's or a place's country, when the KB says. */
  country: string | null;
}

export interface KbIndex {
  record(id: string): KbRecord | undefined;
  country(id: string): KbCountry | undefined;
  entity(id: string): KbEntity | undefined;
  title(id: string): KbTitle | undefined;
  /** KB people whose name or alias has these words in any order ("Takaichi Sanae"). */
  personByName(name: string): string | null;
  /** The one KB person with this surname (last word of a name, or either word of a reversible one), if only one. */
  personBySurname(surname: string): string | null;
  /** A KB entity of this type whose name or alias folds to `name`. */
  byName(name: string): KbRecord | undefined;
  /** A folded word that opens the name of a KB person ("keir", "jean-noel"): a known given name. */
  isGivenName(word: string): boolean;
  /** The KB city that bears its country's name ("Luxembourg City", "Ville de Djibouti", "Kuwait City"), if any. */
  sameNameCity(countryId: string): KbRecord | undefined;
}

/** Words a city's name adds to its country's (every language pack's list). */
const CITY_WORDS = allPacks()
  .flatMap((pack) => pack.names.CITY_WORDS)
  .flatMap((w) => foldForMatch(w).split(/\s+/));

/** A place's name without the words that make it a city: "luxembourg city" → "luxembourg", "ville de djibouti" → "djibouti". */
function cityStem(name: string): string {
  return foldForMatch(name)
    .split(/[\s-]+/)
    .filter((w) => w && !CITY_WORDS.includes(w))
    .join(" ");
}

/** Folded words of a name, sorted: the same for "Takaichi Sanae" and "Sanae Takaichi". */
function nameKey(name: string): string {
  return foldForMatch(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(" ");
}

const indexCache = new WeakMap<KbContent, KbIndex>();

export function indexKnowledgeBase(kb: KbContent): KbIndex {
  const cached = indexCache.get(kb);
  if (cached) return cached;
  const records = new Map<string, KbRecord>();
  const countries = new Map<string, KbCountry>();
  const entities = new Map<string, KbEntity>();
  const titles = new Map<string, KbTitle>();
  const byName = new Map<string, KbRecord>();
  const people = new Map<string, string | null>(); // name key → id (null when ambiguous)
  const surnames = new Map<string, string | null>();
  const givenNames = new Set<string>();

  const remember = <K>(map: Map<K, string | null>, key: K, id: string): void => {
    const had = map.get(key);
    map.set(key, had === undefined || had === id ? id : null);
  };

  for (const c of kb.countries) {
    countries.set(c.id, c);
    const r: KbRecord = {
      id: c.id,
      name: c.name,
      type: "Country",
      aliases: c.aliases,
      wikidata: c.wikidata ?? null,
      members: [],
      country: null,
    };
    records.set(c.id, r);
    for (const n of [c.name, ...c.aliases]) if (!byName.has(foldForMatch(n))) byName.set(foldForMatch(n), r);
  }
  for (const e of kb.entities) {
    entities.set(e.id, e);
    const r: KbRecord = {
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      wikidata: e.wikidata ?? null,
      members: e.members ?? [],
      country: e.country ?? null,
    };
    records.set(e.id, r);
    for (const n of [e.name, ...e.aliases]) if (!byName.has(foldForMatch(n))) byName.set(foldForMatch(n), r);
    if (e.type !== "Person") continue;
    const forms = [e.name, ...e.aliases];
    for (const n of forms) remember(people, nameKey(n), e.id);
    const words = foldForMatch(e.name).split(/\s+/).filter(Boolean);
    const last = words[words.length - 1];
    // "Mohammed bin Salman": a name after "bin", "ibn" is the father's, no surname of the person's own.
    if (last && !PATRONYMIC_PARTICLES.has(words[words.length - 2] ?? "")) remember(surnames, last, e.id);
    if (words.length >= 2 && words[0].length > 1) givenNames.add(words[0]);
    // A name the KB also lists in the other order ("Takaichi Sanae") has its surname first.
    const reversed = words.length === 2 && forms.some((f) => foldForMatch(f).split(/\s+/).join(" ") === [...words].reverse().join(" "));
    if (reversed && words[0]) remember(surnames, words[0], e.id);
  }
  for (const t of kb.titles) titles.set(t.id, t);
  const cities = new Map<string, KbRecord>();
  for (const e of kb.entities) {
    if (e.type !== "Place" || !e.country) continue;
    const country = countries.get(e.country);
    if (!country) continue;
    const countryNames = new Set([country.name, ...country.aliases].map((n) => foldForMatch(n)));
    const renamed = [e.name, ...e.aliases].some((n) => cityStem(n) !== foldForMatch(n) && countryNames.has(cityStem(n)));
    if (renamed && !cities.has(country.id)) cities.set(country.id, records.get(e.id)!);
  }

  const index: KbIndex = {
    record: (id) => records.get(id),
    country: (id) => countries.get(id),
    entity: (id) => entities.get(id),
    title: (id) => titles.get(id),
    personByName: (name) => people.get(nameKey(name)) ?? null,
    personBySurname: (surname) => surnames.get(foldForMatch(surname)) ?? null,
    byName: (name) => byName.get(foldForMatch(name.trim())),
    isGivenName: (word) => givenNames.has(word),
    sameNameCity: (countryId) => cities.get(countryId),
  };
  indexCache.set(kb, index);
  return index;
}
