/**
 * Which two offices one person cannot hold at the same time for the same country or organisation.
 * The rule is data: a table of title kinds (the knowledge base's `titles.json` kinds, carried on
 * HOLDS_ROLE as `titleKind`), a list of seats that go with any office, and the qualifiers that make
 * a title a different office rather than a more specific form of it.
 */
import type { KbTitle } from "../model/kb.js";
import type { Tenure } from "../model/mentions.js";

export type TitleKind = KbTitle["kind"];

const TITLE_KINDS: readonly TitleKind[] = [
  "head-of-state",
  "head-of-government",
  "minister",
  "diplomat",
  "military",
  "party",
  "legislature",
  "other",
];

/**
 * Offices of which a person holds one at a time per country: two different titles of these kinds
 * (President and Prime Minister, Prime Minister and Minister of State, Prime Minister and Leader of
 * the Opposition) for the same country at the same time contradict each other. Party, military,
 * diplomatic and other titles combine freely with them (a head of government who leads a party).
 */
const EXCLUSIVE_KINDS: ReadonlySet<TitleKind> = new Set<TitleKind>(["head-of-state", "head-of-government", "minister", "legislature"]);

/** Legislative seats held together with any office (a Prime Minister is also a Member of Parliament). */
const CONCURRENT_SEATS: readonly RegExp[] = [/^member\b/i, /^senator\b/i, /^deputy$/i, /^mp$/i, /^representative\b/i];

/** Words that make a different office of a title: a Deputy Prime Minister is not a Prime Minister. */
const RANK_QUALIFIERS: ReadonlySet<string> = new Set([
  "deputy",
  "vice",
  "acting",
  "former",
  "shadow",
  "assistant",
  "junior",
  "under",
  "parliamentary",
  "co",
  "designate",
  "elect",
]);

const FUNCTION_WORDS = new Set(["of", "the", "for", "and", "in", "on", "to", "charge"]);

function titleWords(title: string): string[] {
  return title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !FUNCTION_WORDS.has(word));
}

/**
 * Whether `generic` is a less specific form of `specific`: its words are all in `specific` and what
 * `specific` adds does not change the rank ("Minister of State" → "Minister of State for Economic
 * Security", but not "Prime Minister" → "Deputy Prime Minister").
 */
export function isGenericFormOf(generic: string, specific: string): boolean {
  const genericWords = new Set(titleWords(generic));
  const specificWords = titleWords(specific);
  if (genericWords.size === 0) return false;
  const specificSet = new Set(specificWords);
  for (const word of genericWords) if (!specificSet.has(word)) return false;
  return specificWords.every((word) => genericWords.has(word) || !RANK_QUALIFIERS.has(word));
}

/** Whether the same English title, ignoring case and spacing. */
function sameTitle(a: string, b: string): boolean {
  return titleWords(a).join(" ") === titleWords(b).join(" ");
}

export interface Office {
  title: string; // normalised English title
  kind: TitleKind;
}

/** Whether one person cannot hold both offices, for the same country, at the same time. */
export function officesIncompatible(a: Office, b: Office): boolean {
  if (!EXCLUSIVE_KINDS.has(a.kind) || !EXCLUSIVE_KINDS.has(b.kind)) return false;
  if (sameTitle(a.title, b.title)) return false;
  if (isGenericFormOf(a.title, b.title) || isGenericFormOf(b.title, a.title)) return false;
  const isSeat = (title: string): boolean => CONCURRENT_SEATS.some((pattern) => pattern.test(title.trim()));
  return !isSeat(a.title) && !isSeat(b.title);
}

/** A title kind from an untrusted value (an extractor's property): unknown kinds count as "other". */
export function parseTitleKind(value: unknown): TitleKind {
  return TITLE_KINDS.find((kind) => kind === value) ?? "other";
}

const TENURES: readonly Tenure[] = ["current", "former", "acting", "designated"];

/** A tenure from an untrusted value (an extractor's property); a role with none is held now, or before when `former` says so. */
export function parseTenure(value: unknown, former: unknown = false): Tenure {
  return TENURES.find((tenure) => tenure === value) ?? (former === true ? "former" : "current");
}

/**
 * The stored title of an office held with this tenure: the office's title for a current holder, else
 * a title of its own ("Former Defence Minister", "Acting President", "Prime Minister-designate"), so
 * that a role not held now is never read as the office's current holder.
 */
export function titleForTenure(title: string, tenure: Tenure): string {
  switch (tenure) {
    case "current":
      return title;
    case "former":
      return `Former ${title}`;
    case "acting":
      return `Acting ${title}`;
    case "designated":
      return `${title}-designate`;
  }
}
