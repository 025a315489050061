/**
 * Dictionary matching of the knowledge base over a text: every alias, demonym, capital and
 * title form, case- and accent-insensitive (except case-sensitive aliases), on word
 * boundaries (apostrophes and hyphens are boundaries: "l'Allemagne", "Japon-UE"), longest
 * match first. Built once per knowledge base into a trie of the folded forms, walked from each
 * position that can start a form (not right after a letter or digit).
 */
import type { KbCountry, KbEntity, KbTitle } from "../model/kb.js";
import { foldForMatch } from "./normalize.js";

/** What the matcher needs from a loaded knowledge base (src/kb/load.ts gives more). */
export interface KbContent {
  countries: readonly KbCountry[];
  entities: readonly KbEntity[];
  titles: readonly KbTitle[];
}

/**
 * alias: a name of the target; demonym: "japonaise", "British"; capital: a capital city standing
 * for its country; metonym: a name standing for an entity's decisions ("Bruxelles" for the EU);
 * contextual: a generic description that denotes the entity only in context ("futur avion de combat").
 */
export type MatchKind = "alias" | "demonym" | "capital" | "title" | "metonym" | "contextual";

export interface KbMatch {
  start: number;
  end: number;
  text: string; // === text.slice(start, end)
  targetId: string; // entity, country or title id
  kind: MatchKind;
}

export interface KbMatcher {
  /**
   * Non-overlapping matches sorted by start; one entry per target when a span names several.
   * `language` (ISO 639-1) lets the aliases of that language match ("BAD" in French); without
   * it, no language's own aliases do.
   */
  match(text: string, language?: string): KbMatch[];
}

interface Pattern {
  targetId: string;
  kind: MatchKind;
  /** The form as written in the KB when it must match with its exact case. */
  exact: string | null;
  /** A proper name ("Réunion", "Quad"): the text must capitalise it too, or "réunion" would be an island. */
  capitalized: boolean;
  /** The only language whose articles the form names the target in ("BAD": fr), or null for all. */
  language: string | null;
}

const KIND_PRIORITY: Record<MatchKind, number> = { alias: 0, title: 1, demonym: 2, metonym: 3, capital: 4, contextual: 5 };

/** Short all-capital forms ("US", "UE", "ONU") are acronyms: matching them in lower case would find words. */
function mustKeepCase(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters.length <= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return /[\p{L}\p{N}]/u.test(ch);
}

/**
 * A trie over the folded forms, one UTF-16 unit (its code) per edge; `form` is set where a form ends. A node
 * with few children lists their units (`units[i]` leads to `children[i]`), read one by one: most nodes past the
 * first letters have one child. One with many has them by unit.
 */
interface FormTrie {
  units: number[];
  children: FormTrie[];
  byUnit: Map<number, FormTrie> | null;
  form: string | null;
}

/** Children past this many are looked up by unit rather than read one by one. */
const LISTED_CHILDREN = 6;

function childOf(node: FormTrie, unit: number): FormTrie | undefined {
  if (node.byUnit !== null) return node.byUnit.get(unit);
  const { units } = node;
  for (let i = 0; i < units.length; i++) if (units[i] === unit) return node.children[i];
  return undefined;
}

function formTrie(forms: Iterable<string>): FormTrie {
  const newNode = (): FormTrie => ({ units: [], children: [], byUnit: null, form: null });
  const root = newNode();
  for (const form of forms) {
    let node = root;
    for (let i = 0; i < form.length; i++) {
      const unit = form.charCodeAt(i);
      let child = childOf(node, unit);
      if (!child) {
        child = newNode();
        node.units.push(unit);
        node.children.push(child);
        if (node.byUnit !== null) node.byUnit.set(unit, child);
        else if (node.units.length > LISTED_CHILDREN) node.byUnit = new Map(node.units.map((u, k) => [u, node.children[k] ?? child]));
      }
      node = child;
    }
    node.form = form;
  }
  return root;
}

/**
 * Every form of the trie found in `folded` starting at a position not right after a letter or digit of `text`
 * and ending before a position that is not one either (a form ending inside a word names nothing).
 */
function formsAtWordStarts(trie: FormTrie, text: string, folded: string): Array<{ start: number; end: number; form: string }> {
  const found: Array<{ start: number; end: number; form: string }> = [];
  let afterWordChar = false; // whether text[start - 1] is a letter or a digit
  for (let start = 0; start < folded.length; start++) {
    const followsWord = afterWordChar;
    afterWordChar = isWordChar(text[start]);
    if (followsWord) continue;
    let node = childOf(trie, folded.charCodeAt(start));
    if (!node) continue;
    for (let end = start + 1; ; end++) {
      if (node.form !== null && !isWordChar(text[end])) found.push({ start, end, form: node.form });
      node = end < folded.length ? childOf(node, folded.charCodeAt(end)) : undefined;
      if (!node) break;
    }
  }
  return found;
}

export function buildMatcher(kb: KbContent): KbMatcher {
  const patterns = new Map<string, Pattern[]>();
  const dependent = new Set(kb.countries.filter((c) => c.sovereign === false).map((c) => c.id));
  const add = (form: string, targetId: string, kind: MatchKind, caseSensitive: boolean, language: string | null = null): void => {
    const trimmed = form.trim();
    if (!trimmed) return;
    const key = foldForMatch(trimmed);
    const list = patterns.get(key) ?? [];
    const exact = caseSensitive || mustKeepCase(trimmed) ? trimmed : null;
    if (list.some((p) => p.targetId === targetId && p.kind === kind && p.exact === exact && p.language === language)) return;
    // A territory never takes a form that a sovereign state already has for the same kind.
    if (dependent.has(targetId) && list.some((p) => p.kind === kind && !dependent.has(p.targetId))) return;
    const properName = (kind === "alias" || kind === "capital" || kind === "metonym") && /^\p{Lu}/u.test(trimmed);
    list.push({ targetId, kind, exact, capitalized: properName, language });
    list.sort((a, b) => KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind]);
    patterns.set(key, list);
  };

  // Sovereign states first, so that a name shared with a territory goes to the state.
  const countries = [...kb.countries].sort((a, b) => Number(a.sovereign === false) - Number(b.sovereign === false));
  for (const c of countries) {
    const exact = new Set(c.caseSensitiveAliases ?? []);
    add(c.name, c.id, "alias", exact.has(c.name));
    for (const a of c.aliases) add(a, c.id, "alias", exact.has(a));
    for (const a of exact) add(a, c.id, "alias", true);
    const exactDemonyms = new Set(c.caseSensitiveDemonyms ?? []);
    for (const d of c.demonyms) add(d, c.id, "demonym", exactDemonyms.has(d));
    for (const d of exactDemonyms) add(d, c.id, "demonym", true);
    for (const cap of c.capitals ?? []) add(cap, c.id, "capital", false);
  }
  for (const e of kb.entities) {
    const exact = new Set(e.caseSensitiveAliases ?? []);
    add(e.name, e.id, "alias", exact.has(e.name));
    for (const a of e.aliases) add(a, e.id, "alias", exact.has(a));
    for (const a of exact) add(a, e.id, "alias", true);
    for (const [language, forms] of Object.entries(e.languageAliases ?? {})) for (const a of forms) add(a, e.id, "alias", true, language);
    for (const m of e.metonyms ?? []) add(m, e.id, "metonym", false);
    for (const c of e.contextualAliases ?? []) add(c, e.id, "contextual", false);
  }
  for (const t of kb.titles) {
    const exact = new Set(t.caseSensitiveForms ?? []);
    for (const f of t.forms) add(f, t.id, "title", exact.has(f));
    for (const f of exact) add(f, t.id, "title", true);
  }

  const trie = formTrie(patterns.keys());

  return {
    match(text: string, language?: string): KbMatch[] {
      if (!text) return [];
      const folded = foldForMatch(text);
      type Candidate = { start: number; end: number; targets: Pattern[] };
      const candidates: Candidate[] = [];
      for (const { start, end, form } of formsAtWordStarts(trie, text, folded)) {
        // A form made only of punctuation at its edges ("(", "-") would match anywhere.
        if (!isWordChar(text[start]) && !isWordChar(text[end - 1])) continue;
        const surface = text.slice(start, end);
        const initialUpper = /^\P{Ll}/u.test(surface);
        const targets = (patterns.get(form) ?? []).filter(
          (p) =>
            (p.exact === null || p.exact === surface) &&
            (!p.capitalized || initialUpper) &&
            (p.language === null || p.language === language),
        );
        if (targets.length) candidates.push({ start, end, targets });
      }
      // Longest first, then leftmost: each position belongs to at most one match.
      candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const taken: Candidate[] = [];
      const occupied = new Uint8Array(text.length);
      for (const c of candidates) {
        let free = true;
        for (let i = c.start; i < c.end && free; i++) free = occupied[i] === 0;
        if (!free) continue;
        occupied.fill(1, c.start, c.end);
        taken.push(c);
      }
      taken.sort((a, b) => a.start - b.start);
      return taken.flatMap((c) =>
        c.targets.map((p) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), targetId: p.targetId, kind: p.kind })),
      );
    },
  };
}
