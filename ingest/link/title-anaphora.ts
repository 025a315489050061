/**
 * Definite title anaphora: "le Premier ministre britannique doit se rendre en Chine" names
 * the one person the document itself gives that office for that country ("son homologue
 * britannique Keir Starmer", "Keir Starmer, Premier ministre britannique"); failing that, the
 * one person named in the document whom the knowledge base gives that office on the
 * publication date. "Le Premier ministre" with no country names the one holder of any country; the plain title
 * of a kind ("le ministre") the one holder of any office of that kind ("le ministre des Armées, X").
 */
import type { EntityType } from "../../src/model/extraction.js";
import type { EntityMention, TitleMention } from "../../src/model/mentions.js";
import { foldForMatch } from "../../src/kb/normalize.js";

/** What lies between a title and its holder's name: spaces, a comma, a few lower-case words ("nouvellement élu,"). */
const TITLE_TO_NAME = /^[\s,]*(?:\p{Ll}[\p{Ll}'’-]*[\s,]+){0,3}$/u;
const NAME_TO_TITLE = /^\s*,\s*(?:\p{Ll}+\s+){0,2}$/u;
const DEFINITE = /(?:^|[\s(«"“])(le|la|l'|les|the)\s*$/;

/** An office a person holds: a KB title id and the country or organisation (null when unsaid). */
export interface Office {
  titleId: string;
  of: string | null;
}

export interface Holding {
  office: Office;
  personId: string;
  /** The kind of the office ("minister", "head-of-state"), when the document or the KB says it. */
  kind?: string;
  /** The office's English name ("President"), when known: "chef de l'État français" and "président" of France are one office. */
  english?: string;
}

/** The plain title of its kind ("le ministre", "the minister"): no portfolio said, it stands for a holder of any office of the kind. */
const isPlainTitle = (t: TitleMention): boolean => t.titleId === `title:${t.kind}`;

/** People holding an office of the title's kind and named before `offset` (of the title's owner, when it says one). */
function holdersOfKind(t: TitleMention, holdings: readonly Holding[], firstSeen: ReadonlyMap<string, number>, offset: number): Set<string> {
  return new Set(
    holdings
      .filter(
        (h) =>
          h.kind === t.kind && (t.ofEntityId === null || h.office.of === t.ofEntityId) && (firstSeen.get(h.personId) ?? Infinity) < offset,
      )
      .map((h) => h.personId),
  );
}

/** People holding `office` and named before `offset`: the same title and, when the office names an owner, the same owner. */
function holdersOf(
  office: Office,
  held: ReadonlyMap<string, readonly Holding[]>,
  firstSeen: ReadonlyMap<string, number>,
  offset: number,
): Set<string> {
  const out = new Set<string>();
  for (const h of held.get(office.titleId) ?? []) {
    if ((office.of === null || h.office.of === office.of) && (firstSeen.get(h.personId) ?? Infinity) < offset) out.add(h.personId);
  }
  return out;
}

/** Kinds of office a country has one holder of at a time: its head of state, its head of government. */
const ONE_HOLDER_KINDS: ReadonlySet<string> = new Set(["head-of-state", "head-of-government"]);
/** Titles that name a nation's leader whatever the office ("the Russian leader", "le dirigeant chinois"). */
const LEADER_TITLES: ReadonlySet<string> = new Set(["title:leader", "title:party-leader"]);

/**
 * The holders, named before the title, of the one office of a country the title names under another id: "le chef de
 * l'État français" is the president of France ("président français" in the document, or the KB's), "the Russian
 * leader" its head of state, else its head of government. Not "le président espagnol" for the King: the office's
 * English name must be the same, unless the title is a leader's.
 */
function holdersOfNationalOffice(t: TitleMention, holdings: readonly Holding[], firstSeen: ReadonlyMap<string, number>): Set<string> {
  // A country's office (its id says so: the country itself may go unnamed, "le chef de l'État français").
  const country = t.ofEntityId;
  if (country === null || !country.startsWith("country:")) return new Set();
  const named = (h: Holding) => h.office.of === country && (firstSeen.get(h.personId) ?? Infinity) < t.start;
  const ofKind = (kind: string, sameName: boolean) =>
    new Set(
      holdings
        .filter((h) => named(h) && h.kind === kind && (!sameName || h.english?.toLowerCase() === t.title.toLowerCase()))
        .map((h) => h.personId),
    );
  if (t.titleId !== null && LEADER_TITLES.has(t.titleId)) {
    const heads = ofKind("head-of-state", false);
    return heads.size > 0 ? heads : ofKind("head-of-government", false);
  }
  return ONE_HOLDER_KINDS.has(t.kind) ? ofKind(t.kind, true) : new Set();
}

const byTitle = (holdings: readonly Holding[]): Map<string, Holding[]> => {
  const out = new Map<string, Holding[]>();
  for (const h of holdings) {
    const list = out.get(h.office.titleId);
    if (list) list.push(h);
    else out.set(h.office.titleId, [h]);
  }
  return out;
};

/** After a title's complement: one comma, maybe one lower-case word (an article), then the name ("…, le général X"). */
const COMPLEMENT_THEN_APPOSITION = /^[^,;:.!?()«»"“”]{1,120},\s*(?:\p{Ll}+\s+|\p{Ll}+['’])?$/u;
/** The first word of a gap, an elided one with its apostrophe ("d'"). */
const FIRST_WORD = /^\s+(\p{L}+(?:['’](?=\p{L}))?)/u;

/**
 * "Le président de la commission de la défense de l'Assemblée nationale, X, …", "The chairman of the parliament's defence
 * committee, X, …": a title whose complement (opened by one of the language's owner links) runs to a comma and its
 * holder's name, maybe with a rank in apposition between them ("le commandant de la force, le général X"), names that
 * holder, never someone named before.
 */
function complementThenName(
  t: TitleMention,
  name: EntityMention,
  titles: readonly TitleMention[],
  text: string,
  ownerLinks: ReadonlySet<string>,
): boolean {
  const between = titles.filter((u) => u !== t && u.start >= t.end && u.end <= name.start);
  // Only a rank may stand between the comma and the name, right before it.
  const rank = between.find((u) => /^\s*$/u.test(text.slice(u.end, name.start)));
  if (between.some((u) => u !== rank)) return false;
  const gap = text.slice(t.end, rank?.start ?? name.start);
  const first = FIRST_WORD.exec(gap);
  return first !== null && ownerLinks.has(foldForMatch(first[1]).replace("’", "'")) && COMPLEMENT_THEN_APPOSITION.test(gap);
}

/** Index of the first mention starting at or after `offset` (mentions sorted by start). */
function firstFrom(sorted: readonly EntityMention[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function resolveTitleAnaphora(
  titles: readonly TitleMention[],
  mentions: readonly EntityMention[],
  entities: ReadonlyMap<string, { type: EntityType }>,
  text: string,
  /** Offices the KB gives the people of the document on its publication date. */
  kbOffices: readonly Holding[] = [],
  /** The language's words that link a title to its owner ("de", "of"): a complement after a title opens with one. */
  ownerLinks: ReadonlySet<string> = new Set(),
): EntityMention[] {
  const people = mentions.filter((m) => entities.get(m.entityId)?.type === "Person").sort((a, b) => a.start - b.start);
  const inDocument: Holding[] = [];
  // With the offices the KB does not know, read as written ("la ministre de la Culture"): each is an office of its kind.
  const ofAnyKind: Holding[] = [];
  const held = new Set<TitleMention>();
  for (const t of titles) {
    const after = people[firstFrom(people, t.end)];
    const next = after?.sentenceIndex === t.sentenceIndex ? after : undefined;
    let p = firstFrom(people, t.start) - 1;
    while (p >= 0 && people[p].end > t.start) p--;
    const prev = p >= 0 && people[p].sentenceIndex === t.sentenceIndex ? people[p] : undefined;
    const holder =
      next && TITLE_TO_NAME.test(text.slice(t.end, next.start))
        ? next
        : prev && NAME_TO_TITLE.test(text.slice(prev.end, t.start))
          ? prev
          : undefined;
    if (!holder) {
      // The office its complement makes is no KB office: the title names its holder, and no one holds the KB's by it.
      if (next && complementThenName(t, next, titles, text, ownerLinks)) held.add(t);
      continue;
    }
    held.add(t);
    if (t.tenure !== "current") continue;
    const holding = {
      office: { titleId: t.titleId ?? t.title, of: t.ofEntityId },
      personId: holder.entityId,
      kind: t.kind,
      english: t.title,
    };
    if (t.titleId) inDocument.push(holding);
    ofAnyKind.push(holding);
  }

  // An anaphor points back: its antecedent is named before it.
  const firstSeen = new Map<string, number>();
  for (const m of mentions) if (!firstSeen.has(m.entityId) || firstSeen.get(m.entityId)! > m.start) firstSeen.set(m.entityId, m.start);
  const documentHolders = byTitle(inDocument);
  const kbHolders = byTitle(kbOffices);

  const out: EntityMention[] = [];
  for (const t of titles) {
    if (held.has(t) || t.tenure !== "current" || t.counterpart) continue;
    if (!t.titleId) continue;
    const office: Office = { titleId: t.titleId, of: t.ofEntityId };
    // "Le ministre des Armées, X, … le ministre a reçu": the plain title, any office of its kind.
    let who = isPlainTitle(t) ? holdersOfKind(t, ofAnyKind, firstSeen, t.start) : holdersOf(office, documentHolders, firstSeen, t.start);
    if (who.size === 0) who = holdersOf(office, kbHolders, firstSeen, t.start);
    // "le chef de l'État français" (Macron, "président français" elsewhere), "the Russian leader" (Putin, president): one office, named otherwise.
    if (who.size === 0) who = holdersOfNationalOffice(t, inDocument, firstSeen);
    if (who.size === 0) who = holdersOfNationalOffice(t, kbOffices, firstSeen);
    if (who.size !== 1) continue;
    if (!DEFINITE.test(foldForMatch(text.slice(Math.max(0, t.start - 8), t.start)))) continue;
    out.push({ start: t.start, end: t.end, text: t.text, sentenceIndex: t.sentenceIndex, entityId: [...who][0], source: "coreference" });
  }
  return out;
}
