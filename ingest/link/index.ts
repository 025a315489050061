/**
 * Linking within a document: one entity per real-world referent. KB mentions take the KB id;
 * people found by shape are matched to the KB by their words in any order, lone surnames
 * ("Starmer", "M. Starmer") to the full name seen in the document or to the one KB person with
 * that surname; acronyms to their expansion; a definite title ("le Premier ministre
 * britannique") to the one person the document gives that office. Every other name gets a
 * stable id from its normalised form.
 */
import type { PreparedDocument } from "../../src/model/document.js";
import type { EntityType } from "../../src/model/extraction.js";
import type { EntityMention, LinkedDocument, LinkedEntity, TitleMention } from "../../src/model/mentions.js";
import { buildMatcher, type KbContent, type KbMatcher } from "../../src/kb/matcher.js";
import { entityIdFor, foldForMatch } from "../../src/kb/normalize.js";
import { indexKnowledgeBase, type KbIndex } from "../recognize/kb-index.js";
import { PATRONYMIC_PARTICLES } from "../recognize/lexicon.js";
import { recognizeMentions } from "../recognize/index.js";
import { nameCuesFor } from "../recognize/name-cues.js";
import { withSpellingVariants } from "../recognize/kb-variants.js";
import type { RawMention, RecognizedDocument } from "../recognize/types.js";
import { resolveTitleAnaphora, type Holding } from "./title-anaphora.js";

interface EntityDraft {
  id: string;
  type: EntityType;
  kbName: string | null;
  forms: string[]; // names as written, in order of appearance
  wikidata: string | null;
  kbAliases: readonly string[];
}

const words = (name: string): string[] =>
  foldForMatch(name)
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);

/** The id a name found by shape takes: a KB entry with that name (in any word order for people), else its own. */
function idForName(m: RawMention, index: KbIndex): string {
  if (m.kbId) return m.kbId;
  if (m.type === "Person") return index.personByName(m.name) ?? entityIdFor("Person", m.name);
  const kb = index.byName(m.name);
  if (kb && kb.type === m.type) return kb.id;
  return entityIdFor(m.type, m.name);
}

/**
 * Surnames of the document's people, to the people that have them: the last word of a full
 * name, or either word of a two-word name (whose order varies: "Takaichi Sanae"). A name whose
 * second word is a patronymic particle or an Arabic article's is told by its given name too: "Prince
 * Faisal", "Sheikh Tamim", "cheikh Meshal" for "Faisal bin Farhan Al Saud", "Tamim bin Hamad Al
 * Thani", "Meshal al-Ahmad al-Jaber al-Sabah"; not by
 * a last word after "bin" (the father's).
 */
function surnamesOf(people: Iterable<EntityDraft>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const p of people) {
    for (const n of [p.kbName, ...p.forms]) {
      if (n === null) continue;
      const w = words(n);
      if (w.length < 2) continue;
      const patronymic = w.length >= 3 && (PATRONYMIC_PARTICLES.has(w[1] ?? "") || /^(?:al|el)-/u.test(w[1] ?? ""));
      // "Mohammed bin Salman": the word after "bin" is the father's name, no surname ("King Salman" is another person).
      const fathers = PATRONYMIC_PARTICLES.has(w[w.length - 2] ?? "");
      const keys = w.length === 2 ? w : [...(fathers ? [] : [w[w.length - 1]]), w.slice(1).join(" "), ...(patronymic ? [w[0]] : [])];
      for (const k of keys) {
        const ids = out.get(k) ?? new Set<string>();
        ids.add(p.id);
        out.set(k, ids);
      }
    }
  }
  return out;
}

/** The document's places and organisations by each folded form of their names, for a lone word that repeats one. */
function namedNonPersons(drafts: Iterable<EntityDraft>): Map<string, EntityDraft> {
  const out = new Map<string, EntityDraft>();
  for (const d of drafts) {
    if (d.type === "Person") continue;
    for (const f of d.forms) if (!out.has(foldForMatch(f))) out.set(foldForMatch(f), d);
  }
  return out;
}

/** A KB person's office and one of their names' folded words. */
interface NamedHolder {
  personId: string;
  titleId: string;
  of: string;
  to: string | null;
  words: readonly string[];
}

const namedHoldersByKb = new WeakMap<KbContent, readonly NamedHolder[]>();

function namedHolders(kb: KbContent): readonly NamedHolder[] {
  const known = namedHoldersByKb.get(kb);
  if (known) return known;
  const out: NamedHolder[] = [];
  for (const e of kb.entities) {
    if (e.type !== "Person") continue;
    for (const o of e.offices ?? [])
      for (const n of [e.name, ...e.aliases]) out.push({ personId: e.id, titleId: o.title, of: o.of, to: o.to ?? null, words: words(n) });
  }
  namedHoldersByKb.set(kb, out);
  return out;
}

/**
 * "King Salman", "le roi Salmane", "Queen Margrethe": a sovereign is named by the first words of their name right after
 * a head of state's title. The one KB person who holds that office (the title's owner's, when it has one), not left
 * before the publication, with a name or alias that opens with those words; null when none or several do.
 */
function sovereignNamed(raw: RawMention, title: TitleMention | undefined, kb: KbContent, published: string | null): string | null {
  if (!title?.titleId || title.kind !== "head-of-state") return null;
  const named = words(raw.name);
  const serving = (h: NamedHolder) => h.to === null || published === null || h.to.slice(0, published.length) >= published;
  const ids = new Set(
    namedHolders(kb)
      .filter((h) => h.titleId === title.titleId && (title.ofEntityId === null || h.of === title.ofEntityId) && serving(h))
      .filter((h) => named.length <= h.words.length && named.every((w, k) => h.words[k] === w))
      .map((h) => h.personId),
  );
  return ids.size === 1 ? [...ids][0] : null;
}

/** The person a lone surname refers to: the one full name in the document that has it, else the one KB person. */
function resolveSurname(m: RawMention, surnames: ReadonlyMap<string, ReadonlySet<string>>, index: KbIndex): string | null {
  const candidates = surnames.get(foldForMatch(m.name));
  if (candidates?.size === 1) return [...candidates][0];
  if (candidates && candidates.size > 1) return null;
  return index.personBySurname(m.name);
}

function linkDocument(doc: PreparedDocument, recognized: RecognizedDocument, kb: KbContent): LinkedDocument {
  const index = indexKnowledgeBase(kb);
  const drafts = new Map<string, EntityDraft>();
  const remap = new Map<string, string>(); // provisional ids used by titles → final ids
  const linked: Array<{ raw: RawMention; id: string }> = [];

  const draftFor = (id: string, type: EntityType): EntityDraft => {
    let d = drafts.get(id);
    if (!d) {
      const r = index.record(id);
      d = { id, type: r?.type ?? type, kbName: r?.name ?? null, forms: [], wikidata: r?.wikidata ?? null, kbAliases: r?.aliases ?? [] };
      drafts.set(id, d);
    }
    return d;
  };
  const accept = (raw: RawMention, id: string): void => {
    const d = draftFor(id, raw.type);
    if (raw.source !== "demonym" && raw.source !== "capital" && raw.source !== "coreference")
      d.forms.push(raw.source === "acronym" ? raw.text : raw.name);
    linked.push({ raw, id });
  };

  const loneNames: RawMention[] = [];
  const contextual: RawMention[] = [];
  // Heads of state's titles by where the word after them starts: the name a sovereign is told by.
  const sovereignTitles = new Map<number, TitleMention>();
  for (const t of recognized.titles) {
    const gap = /^\s+/u.exec(doc.text.slice(t.end, t.end + 8));
    if (t.kind === "head-of-state" && t.titleId && gap) sovereignTitles.set(t.end + gap[0].length, t);
  }
  for (const raw of recognized.mentions) {
    const sovereign = raw.type === "Person" && !raw.kbId ? sovereignNamed(raw, sovereignTitles.get(raw.start), kb, doc.published) : null;
    if (raw.contextual) contextual.push(raw);
    else if (sovereign) accept(raw, sovereign);
    else if (raw.type === "Person" && !raw.kbId && words(raw.name).length === 1) loneNames.push(raw);
    else if (raw.acronymOf !== null && !raw.kbId) {
      const id = idForName({ ...raw, name: raw.acronymOf }, index);
      accept(raw, id);
    } else {
      const id = idForName(raw, index);
      if (!raw.kbId) remap.set(entityIdFor(raw.type, raw.name), id);
      accept(raw, id);
    }
  }

  // Lone surnames, once every full name of the document is known.
  const surnames = surnamesOf([...drafts.values()].filter((d) => d.type === "Person"));
  const named = namedNonPersons(drafts.values());
  for (const raw of loneNames) {
    const id = resolveSurname(raw, surnames, index);
    const other = raw.needsAntecedent ? named.get(foldForMatch(raw.name)) : undefined;
    if (id) accept({ ...raw, source: raw.honorific || raw.needsAntecedent ? "coreference" : raw.source }, id);
    else if (!raw.needsAntecedent) accept(raw, entityIdFor("Person", raw.name));
    // "au port de Toulon … à Toulon": a lone word that names a place or an organisation of the document.
    else if (other) accept({ ...raw, type: other.type, source: "coreference" }, other.id);
    else if (raw.fallbackType) {
      const typed = { ...raw, type: raw.fallbackType, needsAntecedent: false };
      accept(typed, idForName(typed, index));
    }
  }
  // Lone surnames found through a back-reference are still names of the person.
  for (const { raw, id } of linked) if (raw.source === "coreference" && raw.type === "Person") drafts.get(id)?.forms.push(raw.text);

  // Generic descriptions ("futur avion de combat") only when the document names the entity or two of its members.
  for (const raw of contextual) {
    const id = raw.kbId!;
    const members = index.record(id)?.members ?? [];
    if (drafts.has(id) || members.filter((m) => drafts.has(m)).length >= 2) accept(raw, id);
  }

  const titles: TitleMention[] = recognized.titles.map((t) => ({
    ...t,
    ofEntityId: t.ofEntityId === null ? null : (remap.get(t.ofEntityId) ?? t.ofEntityId),
  }));

  const mentions: EntityMention[] = linked.map(({ raw, id }) => ({
    start: raw.start,
    end: raw.end,
    text: raw.text,
    sentenceIndex: raw.sentenceIndex,
    entityId: id,
    source: raw.source,
  }));
  for (const m of resolveTitleAnaphora(
    titles,
    mentions,
    drafts,
    doc.text,
    officesOnDate(drafts, index, doc.published),
    nameCuesFor(doc.language).titleOwnerLinks,
  ))
    mentions.push(m);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // One mention per span and entity: a name may be found twice (by the KB and by its shape).
  const spanKeys = new Set<string>();
  const uniqueMentions = mentions.filter((m) => {
    const key = `${m.start}:${m.end}:${m.entityId}`;
    if (spanKeys.has(key)) return false;
    spanKeys.add(key);
    return true;
  });

  const mentioned = new Set(uniqueMentions.map((m) => m.entityId));
  const entities: LinkedEntity[] = [...drafts.values()]
    .filter((d) => mentioned.has(d.id))
    .map((d) => {
      const name = d.kbName ?? canonicalForm(d);
      const aliases = [...new Set([...d.forms, ...d.kbAliases])].filter((a) => a !== name);
      return { id: d.id, name, type: d.type, aliases, wikidata: d.wikidata, fromKb: d.kbName !== null };
    });
  return { document: doc, entities, mentions: uniqueMentions, titles, datelinePlace: recognized.datelinePlace };
}

/** Offices the KB gives the document's people on its publication date (current offices when it has none). */
function officesOnDate(drafts: ReadonlyMap<string, EntityDraft>, index: KbIndex, published: string | null): Holding[] {
  const out: Holding[] = [];
  for (const d of drafts.values()) {
    if (d.type !== "Person") continue;
    for (const o of index.entity(d.id)?.offices ?? []) {
      const started = !o.from || published === null || o.from.slice(0, published.length) <= published;
      const ongoing = published === null ? !o.to : !o.to || o.to.slice(0, published.length) >= published;
      const title = index.title(o.title);
      if (started && ongoing)
        out.push({ office: { titleId: o.title, of: o.of }, personId: d.id, kind: title?.kind, english: title?.title });
    }
  }
  return out;
}

/** The fullest form: most words, then longest, then first seen. */
function canonicalForm(d: EntityDraft): string {
  let best = d.forms[0] ?? d.id;
  for (const f of d.forms) {
    const [fw, bw] = [words(f).length, words(best).length];
    if (fw > bw || (fw === bw && f.length > best.length)) best = f;
  }
  return best;
}

const matchers = new WeakMap<KbContent, KbMatcher>();

/** Recognition and linking in one call, with the matcher built once per knowledge base. */
export function recognizeAndLink(doc: PreparedDocument, kb: KbContent): LinkedDocument {
  const spelled = withSpellingVariants(kb);
  let matcher = matchers.get(spelled);
  if (!matcher) {
    matcher = buildMatcher(spelled);
    matchers.set(spelled, matcher);
  }
  return linkDocument(doc, recognizeMentions(doc, spelled, matcher), spelled);
}
