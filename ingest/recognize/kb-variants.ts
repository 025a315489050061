/**
 * The same organisation in two spellings is one entity: "Collective Security Treaty
 * Organisation" and "… Organization", "Defence" and "Defense"; the same place with or without
 * hyphens ("Port Louis", "Port-Louis"). The knowledge base lists one
 * spelling; this view of it adds the other (for every language's variants), where no entry
 * already has that form.
 */
import type { KbContent } from "../../src/kb/matcher.js";
import type { KbEntity } from "../../src/model/kb.js";
import { foldForMatch } from "../../src/kb/normalize.js";
import { allPacks } from "../lang/registry.js";

/** Each variant as a whole-word, case-blind pattern, and the spelling it becomes. */
const PAIRS: ReadonlyArray<{ from: RegExp; to: string }> = allPacks()
  .flatMap((pack) => pack.names.SPELLING_VARIANTS)
  .flatMap(([a, b]) => [
    { from: new RegExp(`(?<![\\p{L}])${a}(?![\\p{L}])`, "giu"), to: b },
    { from: new RegExp(`(?<![\\p{L}])${b}(?![\\p{L}])`, "giu"), to: a },
  ]);

/** The other spellings of a name, one word changed at a time (whole words, either case). */
export function spellingVariants(name: string): string[] {
  const out = new Set<string>();
  for (const { from, to } of PAIRS) {
    const changed = name.replace(from, (found) => (found[0] === found[0].toUpperCase() ? to : to.toLowerCase()));
    if (changed !== name) out.add(changed);
  }
  out.delete(name);
  return [...out];
}

/**
 * A place's name written with hyphens in French where English writes spaces, and back: "Port Louis" and
 * "Port-Louis", "Port Moresby" and "Port-Moresby". Names of two or three capitalised words only.
 */
export function hyphenVariants(name: string): string[] {
  const words = name.split(/[ -]/u);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return [];
  return [words.join(" "), words.join("-")].filter((v) => v !== name);
}

/** "Ferdinand Marcos Jr." is written "Ferdinand Marcos" too: a person's name without its generational suffix. */
export function withoutGenerationalSuffix(name: string): string[] {
  const bare = name.replace(/,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/u, "");
  return bare !== name && bare.includes(" ") ? [bare] : [];
}

const cache = new WeakMap<KbContent, KbContent>();

/** The knowledge base with the other spelling of every name and alias added, where no entry claims it. */
export function withSpellingVariants(kb: KbContent): KbContent {
  const cached = cache.get(kb);
  if (cached) return cached;
  const claimed = new Set<string>();
  for (const c of kb.countries) for (const f of [c.name, ...c.aliases]) claimed.add(foldForMatch(f));
  for (const e of kb.entities)
    for (const f of [e.name, ...e.aliases, ...(e.caseSensitiveAliases ?? []), ...Object.values(e.languageAliases ?? {}).flat()])
      claimed.add(foldForMatch(f));
  const entities: KbEntity[] = kb.entities.map((e) => {
    if (e.type === "Person") {
      const added = [e.name, ...e.aliases].flatMap(withoutGenerationalSuffix).filter((v) => !claimed.has(foldForMatch(v)));
      for (const v of added) claimed.add(foldForMatch(v));
      return added.length ? { ...e, aliases: [...e.aliases, ...added] } : e;
    }
    if (e.type === "Topic") return e;
    const forms = [e.name, ...e.aliases];
    const variants = [...forms.flatMap(spellingVariants), ...(e.type === "Place" ? forms.flatMap(hyphenVariants) : [])];
    const added = [...new Set(variants)].filter((v) => !claimed.has(foldForMatch(v)));
    for (const v of added) claimed.add(foldForMatch(v));
    return added.length ? { ...e, aliases: [...e.aliases, ...added] } : e;
  });
  const out: KbContent = { countries: kb.countries, entities, titles: kb.titles };
  cache.set(kb, out);
  return out;
}
