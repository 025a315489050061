/**
 * Definite title anaphora: "le Premier ministre britannique doit se rendre en Chine" names
 * the one person the document itself gives that office for that country ("son homologue
 * britannique Keir Starmer", "Keir Starmer, Premier ministre britannique").
 */
import type { EntityType } from "../../src/model/extraction.js";
import type { EntityMention, TitleMention } from "../../src/model/mentions.js";
import { foldForMatch } from "../../src/kb/normalize.js";

/** What lies between a title and its holder's name: spaces, a comma, a few lower-case words ("nouvellement élu,"). */
const TITLE_TO_NAME = /^[\s,]*(?:\p{Ll}[\p{Ll}'’-]*[\s,]+){0,3}$/u;
const NAME_TO_TITLE = /^\s*,\s*(?:\p{Ll}+\s+){0,2}$/u;
const DEFINITE = /(?:^|[\s(«"“])(le|la|l'|les|the)\s*$/;

const officeKey = (t: TitleMention): string | null => (t.titleId && t.ofEntityId ? `${t.titleId}|${t.ofEntityId}` : null);

export function resolveTitleAnaphora(
  titles: readonly TitleMention[],
  mentions: readonly EntityMention[],
  entities: ReadonlyMap<string, { type: EntityType }>,
  text: string,
): EntityMention[] {
  const people = mentions.filter((m) => entities.get(m.entityId)?.type === "Person").sort((a, b) => a.start - b.start);
  const holders = new Map<string, Set<string>>();
  const held = new Set<TitleMention>();
  for (const t of titles) {
    const next = people.find((p) => p.start >= t.end && p.sentenceIndex === t.sentenceIndex);
    const prev = [...people].reverse().find((p) => p.end <= t.start && p.sentenceIndex === t.sentenceIndex);
    const holder =
      next && TITLE_TO_NAME.test(text.slice(t.end, next.start)) ? next : prev && NAME_TO_TITLE.test(text.slice(prev.end, t.start)) ? prev : undefined;
    if (!holder) continue;
    held.add(t);
    const key = officeKey(t);
    if (!key || t.former) continue;
    holders.set(key, new Set([...(holders.get(key) ?? []), holder.entityId]));
  }

  const out: EntityMention[] = [];
  for (const t of titles) {
    if (held.has(t) || t.former || t.counterpart) continue;
    const key = officeKey(t);
    const who = key ? holders.get(key) : undefined;
    if (!who || who.size !== 1) continue;
    if (!DEFINITE.test(foldForMatch(text.slice(Math.max(0, t.start - 8), t.start)))) continue;
    out.push({ start: t.start, end: t.end, text: t.text, sentenceIndex: t.sentenceIndex, entityId: [...who][0]!, source: "coreference" });
  }
  return out;
}
