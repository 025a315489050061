/**
 * Generates data/kb/countries.json and data/kb/capitals.json from the npm package
 * world-countries (ODbL) and the hand-kept overlay data/kb/sources/countries.overlay.json.
 * Run once after changing the overlay or upgrading world-countries; the output is committed:
 *
 *   npx tsx scripts/build-countries.ts
 *
 * Rules (see data/kb/README.md): every world-countries entry becomes a country; names come from
 * the English and French common and official names plus Latin-script alternative spellings;
 * French demonyms are lower-cased and given every gender and number; a name or demonym claimed
 * by two countries stays with the one sovereign claimant, or is dropped when there is none or
 * several; each sovereign state's capital becomes a Place entity referenced by `capital`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import type { Countries } from "world-countries";
import { KbCountry, KbEntity } from "../src/model/kb.js";
import { projectRoot } from "../src/config.js";

const worldCountries = createRequire(import.meta.url)("world-countries") as Countries;

const CountryOverlay = z.object({
  aliases: z.array(z.string()).optional(),
  caseSensitiveAliases: z.array(z.string()).optional(),
  removeAliases: z.array(z.string()).optional(),
  frDemonyms: z.array(z.string()).optional(),
  enDemonyms: z.array(z.string()).optional(),
  caseSensitiveDemonyms: z.array(z.string()).optional(),
  capitalNames: z.array(z.string()).optional(),
  capitalCaseSensitive: z.boolean().optional(),
  capitalMetonym: z.boolean().optional(),
  sovereign: z.boolean().optional(),
  wikidata: z
    .string()
    .regex(/^Q[0-9]+$/)
    .optional(),
  capitalWikidata: z
    .string()
    .regex(/^Q[0-9]+$/)
    .optional(),
});
type CountryOverlay = z.infer<typeof CountryOverlay>;

const Overlay = z.object({
  $comment: z.string().optional(),
  removeAliasesEverywhere: z.array(z.string()),
  countries: z.record(z.string().length(2), CountryOverlay),
});

/** Case- and accent-insensitive key, with typographic apostrophes and spacing normalised. */
export function foldName(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}

function slug(s: string): string {
  return foldName(s)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** French plural of an adjective of nationality: japonais → japonais, japonaise → japonaises. */
export function frenchPlural(word: string): string {
  return /[sxz]$/.test(word) ? word : `${word}s`;
}

/** English plural noun of a demonym: American → Americans; Japanese, British, Swiss unchanged. */
export function englishPlural(word: string): string | null {
  return /(s|sh|ch|x|z|ese)$/i.test(word) ? null : `${word}s`;
}

/** "Antiguan, Barbudan", "Kittitian or Nevisian" are two demonyms each. */
export function splitDemonyms(value: string): string[] {
  return value
    .split(/\s*,\s*|\s+(?:or|ou)\s+/)
    .map((d) => d.trim())
    .filter(Boolean);
}

const LATIN_NAME = /^[\p{Script=Latin}0-9 .'’-]+$/u;
const ACRONYM = /^[A-Z][A-Z.]{1,5}$/;

function stripFrenchArticle(name: string): string {
  return name.replace(/^(les|le|la)\s+/i, "").replace(/^l['’]/i, "");
}

function uniqueByFold(names: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const n of names) {
    const t = n.trim();
    if (t && !seen.has(foldName(t))) seen.set(foldName(t), t);
  }
  return [...seen.values()];
}

interface Draft {
  iso2: string;
  sovereign: boolean;
  country: KbCountry;
  overlay: CountryOverlay;
}

/** Keeps a contested name with its single sovereign claimant; drops it when that is not decisive. */
function resolveContested(drafts: Draft[], pick: (d: Draft) => string[], put: (d: Draft, names: string[]) => void): string[] {
  const claimants = new Map<string, Draft[]>();
  for (const d of drafts) {
    for (const n of pick(d)) {
      const k = foldName(n);
      const list = claimants.get(k) ?? [];
      if (!list.includes(d)) list.push(d);
      claimants.set(k, list);
    }
  }
  const dropped: string[] = [];
  for (const d of drafts) {
    const kept = pick(d).filter((n) => {
      const list = claimants.get(foldName(n)) ?? [];
      if (list.length < 2) return true;
      const sovereign = list.filter((c) => c.sovereign);
      const keep = sovereign.length === 1 && sovereign[0] === d;
      if (!keep && sovereign.length !== 1) dropped.push(`${n} (${d.iso2})`);
      return keep;
    });
    put(d, kept);
  }
  return dropped;
}

/** The countries and capitals that world-countries and the overlay file at `overlayPath` give. */
export function buildCountries(overlayPath: string = join(projectRoot(), "data/kb/sources/countries.overlay.json")): {
  countries: KbCountry[];
  capitals: KbEntity[];
  /** Names and demonyms dropped because several countries claim them: "Congolese (CG)". */
  dropped: string[];
} {
  const overlay = Overlay.parse(JSON.parse(readFileSync(overlayPath, "utf8")));
  const removedEverywhere = new Set(overlay.removeAliasesEverywhere.map(foldName));

  const drafts: Draft[] = worldCountries.map((c) => {
    const o = overlay.countries[c.cca2] ?? {};
    const removed = new Set([...(o.removeAliases ?? []), ...removedEverywhere].map(foldName));
    const caseSensitive = new Set((o.caseSensitiveAliases ?? []).map(foldName));
    const candidates = [
      c.name.official,
      c.translations.fra?.common ?? "",
      stripFrenchArticle(c.translations.fra?.official ?? ""),
      ...c.altSpellings.filter((a) => a.length > 2),
      ...(o.aliases ?? []),
    ].filter((a) => a && LATIN_NAME.test(a) && a.length > 2);
    const all = uniqueByFold(candidates).filter(
      (a) => foldName(a) !== foldName(c.name.common) && !removed.has(foldName(a)) && !caseSensitive.has(foldName(a)),
    );
    const acronyms = all.filter((a) => ACRONYM.test(a));
    const aliases = all.filter((a) => !ACRONYM.test(a));
    const frBase = [c.demonyms.fra?.m ?? "", c.demonyms.fra?.f ?? "", ...(o.frDemonyms ?? [])]
      .flatMap(splitDemonyms)
      .map((d) => d.toLowerCase());
    const enBase = [c.demonyms.eng?.m ?? "", c.demonyms.eng?.f ?? "", ...(o.enDemonyms ?? [])].flatMap(splitDemonyms);
    const caseSensitiveDemonyms = new Set((o.caseSensitiveDemonyms ?? []).map(foldName));
    const demonyms = uniqueByFold([
      ...frBase.flatMap((d) => [d, frenchPlural(d)]),
      ...enBase.flatMap((d) => [d, englishPlural(d) ?? d]),
    ]).filter((d) => !caseSensitiveDemonyms.has(foldName(d)));
    const country: KbCountry = {
      id: `country:${c.cca2}`,
      name: c.name.common,
      iso2: c.cca2,
      iso3: c.cca3,
      aliases,
      demonyms,
      wikidata: o.wikidata ?? null,
      sovereign: o.sovereign ?? c.independent === true,
    };
    const cs = uniqueByFold([...acronyms, ...(o.caseSensitiveAliases ?? [])]);
    if (cs.length) country.caseSensitiveAliases = cs;
    if (o.caseSensitiveDemonyms?.length) country.caseSensitiveDemonyms = o.caseSensitiveDemonyms;
    return { iso2: c.cca2, sovereign: country.sovereign === true, country, overlay: o };
  });

  const dropped = [
    ...resolveContested(
      drafts,
      (d) => [d.country.name, ...d.country.aliases],
      (d, names) => {
        d.country.aliases = names.filter((n) => n !== d.country.name);
      },
    ),
    ...resolveContested(
      drafts,
      (d) => d.country.demonyms,
      (d, names) => {
        d.country.demonyms = names;
      },
    ),
  ];

  const countryNames = new Set(drafts.flatMap((d) => [d.country.name, ...d.country.aliases].map(foldName)));
  const capitals: KbEntity[] = [];
  const placeIds = new Set<string>();
  for (const d of drafts) {
    const source = worldCountries.find((c) => c.cca2 === d.iso2);
    const english = source?.capital[0];
    if (!d.sovereign || !english) continue;
    const ownNames = new Set([d.country.name, ...d.country.aliases].map(foldName));
    if (ownNames.has(foldName(english))) continue; // city-states: the country's name already covers it
    const names = uniqueByFold([english, ...(d.overlay.capitalNames ?? [])]).filter((n) => !countryNames.has(foldName(n)));
    let id = `place:${slug(english)}`;
    if (placeIds.has(id)) id = `${id}-${d.iso2.toLowerCase()}`;
    placeIds.add(id);
    const caseSensitive = d.overlay.capitalCaseSensitive === true;
    const place: KbEntity = {
      id,
      name: english,
      type: "Place",
      aliases: caseSensitive ? [] : names.filter((n) => n !== english),
      wikidata: d.overlay.capitalWikidata ?? null,
      country: d.country.id,
      description: `Capital of ${d.country.name}`,
    };
    if (caseSensitive) place.caseSensitiveAliases = names;
    capitals.push(place);
    d.country.capital = id;
    if (!caseSensitive && d.overlay.capitalMetonym !== false) d.country.capitals = names;
  }

  const countries = drafts.map((d) => KbCountry.parse(d.country));
  return { countries, capitals: capitals.map((p) => KbEntity.parse(p)), dropped };
}

/** The file contents the generator writes: what the repository must hold. */
export function renderCountryFiles(built: {
  countries: KbCountry[];
  capitals: KbEntity[];
}): Record<"countries.json" | "capitals.json", string> {
  return {
    "countries.json": `${JSON.stringify(built.countries, null, 2)}\n`,
    "capitals.json": `${JSON.stringify(built.capitals, null, 2)}\n`,
  };
}

function main(): void {
  const built = buildCountries();
  if (built.dropped.length) console.log(`build-countries: ambiguous names and demonyms dropped: ${built.dropped.join(", ")}`);
  const dir = join(projectRoot(), "data/kb");
  for (const [file, content] of Object.entries(renderCountryFiles(built))) writeFileSync(join(dir, file), content);
  console.log(`build-countries: ${built.countries.length} countries, ${built.capitals.length} capitals written to ${dir}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
