/**
 * Text folding for dictionary matching, and stable ids derived from names.
 * `foldForMatch` keeps the length of its input, so an offset into the folded string is an
 * offset into the original text.
 */
import type { EntityType } from "../model/extraction.js";

const APOSTROPHES = /['’‘ʼ`´]/;
const DASHES = /[‐‑‒–—−]/;

/** One UTF-16 code unit, folded: base letter without diacritics, lower case, ’ → ', dashes → '-'. */
function foldUnit(unit: string): string {
  if (APOSTROPHES.test(unit)) return "'";
  if (DASHES.test(unit)) return "-";
  if (unit === "\u00a0" || unit === "\u202f") return " ";
  const base = unit.normalize("NFD")[0] ?? unit;
  const lower = base.toLowerCase();
  // A few letters lower-case to two units ("İ" → "i̇"): keep the first so the length stays.
  return lower.length === 1 ? lower : (lower[0] ?? base);
}

const foldCache = new Map<string, string>();

/**
 * Case- and accent-insensitive form of `text` with exactly the same length, character by
 * character: "l’Élysée" → "l'elysee". Surrogate halves are kept as they are.
 */
export function foldForMatch(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text[i];
    const code = unit.charCodeAt(0);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : unit === "`" ? "'" : unit;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      out += unit;
      continue;
    }
    let folded = foldCache.get(unit);
    if (folded === undefined) {
      folded = foldUnit(unit);
      foldCache.set(unit, folded);
    }
    out += folded;
  }
  return out;
}

/** Letters that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ł: "l",
  ø: "o",
  đ: "d",
  ħ: "h",
  ı: "i",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
  ð: "d",
};

/** "Parti travailliste" → "parti-travailliste"; "Forces d'autodéfense" → "forces-d-autodefense"; "Władysław" → "wladyslaw". */
export function slugify(name: string): string {
  return foldForMatch(name)
    .replace(/[łøđħıßæœþð]/g, (c) => UNDECOMPOSABLE[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

const ID_PREFIX: Record<EntityType, string> = {
  Person: "person",
  Country: "country",
  Organization: "org",
  Program: "program",
  Agreement: "agreement",
  Place: "place",
  Topic: "topic",
};

/**
 * A stable id for an entity found outside the knowledge base: `person:jane-doe`,
 * `org:agence-europeenne-de-defense`. Two-word person names are order-independent
 * ("Takaichi Sanae" and "Sanae Takaichi" give one id), since the order of given name and
 * surname varies with the language and the newspaper.
 */
export function entityIdFor(type: EntityType, name: string): string {
  let slug = slugify(name);
  if (type === "Person") {
    const words = slug.split("-").filter(Boolean);
    const tokens = name.trim().split(/\s+/);
    if (tokens.length === 2) {
      const [a, b] = tokens.map((t) => slugify(t)) as [string, string];
      slug = a <= b ? `${a}-${b}` : `${b}-${a}`;
    } else {
      slug = words.join("-");
    }
  }
  return `${ID_PREFIX[type]}:${slug || "unnamed"}`;
}
