/**
 * Definite title anaphora: "le Premier ministre britannique doit se rendre en Chine" names
 * the one person the document itself gives that office for that country ("son homologue
 * britannique Keir Starmer", "Keir Starmer, Premier ministre britannique"); failing that, the
 * one person named in the document whom the knowledge base gives that office on the
 * publication date. "Le Premier ministre" with no country names the one holder of any country.
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

/** People holding `office`: the same title and, when the office names an owner, the same owner. */
function holdersOf(office: Office, held: ReadonlyArray<{ office: Office; personId: string }>): Set<string> {
  return new Set(held.filter((h) => h.office.titleId === office.titleId && (office.of === null || h.office.of === office.of)).map((h) => h.personId));
}

export function resolveTitleAnaphora(
  titles: readonly TitleMention[],
  mentions: readonly EntityMention[],
  entities: ReadonlyMap<string, { type: EntityType }>,
  text: string,
  /** Offices the KB gives the people of the document on its publication date. */
  kbOffices: ReadonlyArray<{ office: Office; personId: string }> = [],
): EntityMention[] {
  const people = mentions.filter((m) => entities.get(m.entityId)?.type === "Person").sort((a, b) => a.start - b.start);
  const inDocument: Array<{ office: Office; personId: string }> = [];
  const held = new Set<TitleMention>();
  for (const t of titles) {
    const next = people.find((p) => p.start >= t.end && p.sentenceIndex === t.sentenceIndex);
    const prev = [...people].reverse().find((p) => p.end <= t.start && p.sentenceIndex === t.sentenceIndex);
    const holder =
      next && TITLE_TO_NAME.test(text.slice(t.end, next.start)) ? next : prev && NAME_TO_TITLE.test(text.slice(prev.end, t.start)) ? prev : undefined;
    if (!holder) continue;
    held.add(t);
    if (t.titleId && !t.former) inDocument.push({ office: { titleId: t.titleId, of: t.ofEntityId }, personId: holder.entityId });
  }

  // An anaphor points back: its antecedent is named before it.
  const firstSeen = new Map<string, number>();
  for (const m of mentions) if (!firstSeen.has(m.entityId) || firstSeen.get(m.entityId)! > m.start) firstSeen.set(m.entityId, m.start);
  const namedBefore = (offset: number) => (h: { personId: string }) => (firstSeen.get(h.personId) ?? Infinity) < offset;

  const out: EntityMention[] = [];
  for (const t of titles) {
    if (held.has(t) || t.former || t.counterpart) continue;
    if (!t.titleId) continue;
    const office: Office = { titleId: t.titleId, of: t.ofEntityId };
    let who = holdersOf(office, inDocument.filter(namedBefore(t.start)));
    if (who.size === 0) who = holdersOf(office, kbOffices.filter(namedBefore(t.start)));
    if (who.size !== 1) continue;
    if (!DEFINITE.test(foldForMatch(text.slice(Math.max(0, t.start - 8), t.start)))) continue;
    out.push({ start: t.start, end: t.end, text: t.text, sentenceIndex: t.sentenceIndex, entityId: [...who][0]!, source: "coreference" });
  }
  return out;
}
