/**
 * Recognition: every span of a prepared document that names an entity or an office, before
 * linking. Knowledge-base names, demonyms and capitals come from the dictionary matcher; names
 * outside the KB from their shape; titles with their qualifiers. Boilerplate zones are never
 * read; in title-case lines ("Renforcement Stratégique de la Coopération") only the KB counts.
 */
import type { PreparedDocument } from "../../src/model/document.js";
import type { TitleMention } from "../../src/model/mentions.js";
import type { KbContent, KbMatch, KbMatcher } from "../../src/kb/matcher.js";
import { entityIdFor } from "../../src/kb/normalize.js";
import { isGovernmentUse } from "./government-use.js";
import { indexKnowledgeBase, type KbIndex } from "./kb-index.js";
import { FUNCTION_WORDS } from "./lexicon.js";
import { findAcronymDefinitions, findMinistries, findNamedAgreements, findNames, type NameContext } from "./names.js";
import { findCounterparts, findTitles } from "./titles.js";
import { isTitleCase, tokenize, type Token } from "./tokens.js";
import type { RawMention, RecognisedDocument } from "./types.js";

export type { RawMention, RecognisedDocument } from "./types.js";

const OWNER_LINK = new Set(["de", "d'", "du", "des", "la", "l'", "of", "the"]);

function rawMention(
  m: { start: number; end: number; text: string },
  sentenceIndex: number,
  fields: Pick<RawMention, "source" | "type" | "kbId"> & Partial<RawMention>,
): RawMention {
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    sentenceIndex,
    name: m.text,
    acronymOf: null,
    contextual: false,
    honorific: false,
    needsAntecedent: false,
    ...fields,
  };
}

/** Mentions from knowledge-base matches: one span may give a place and, used as a government, its country. */
function kbMentions(matches: readonly KbMatch[], tokens: readonly Token[], sentenceIndex: number, index: KbIndex): RawMention[] {
  const out: RawMention[] = [];
  const spans = new Map<string, KbMatch[]>();
  for (const m of matches) {
    const key = `${m.start}:${m.end}`;
    spans.set(key, [...(spans.get(key) ?? []), m]);
  }
  for (const group of spans.values()) {
    const span = group[0]!;
    const of = (kind: KbMatch["kind"]): KbMatch[] => group.filter((m) => m.kind === kind && index.record(m.targetId) !== undefined);
    const aliases = of("alias");
    const capitals = of("capital");
    const metonyms = of("metonym");
    if (capitals.length || metonyms.length) {
      const country = capitals.length ? index.country(capitals[0]!.targetId) : undefined;
      const placeAlias = aliases.find((a) => index.record(a.targetId)?.type === "Place");
      const placeId = country?.capital && index.record(country.capital) ? country.capital : placeAlias?.targetId ?? null;
      const otherAlias = aliases.find((a) => index.record(a.targetId)?.type !== "Place");
      if (otherAlias && !capitals.length) {
        out.push(rawMention(span, sentenceIndex, { source: "kb", type: index.record(otherAlias.targetId)!.type, kbId: otherAlias.targetId }));
        continue;
      }
      if (placeId || capitals.length) {
        out.push(rawMention(span, sentenceIndex, { source: "kb", type: "Place", kbId: placeId }));
      }
      const first = tokens.findIndex((t) => t.start >= span.start);
      const last = tokens.findIndex((t) => t.end >= span.end);
      if (first >= 0 && last >= first && isGovernmentUse(tokens, first, last)) {
        const target = metonyms[0]?.targetId ?? capitals[0]!.targetId;
        out.push(rawMention(span, sentenceIndex, { source: "capital", type: index.record(target)!.type, kbId: target }));
      }
      continue;
    }
    const alias = aliases[0];
    if (alias) {
      out.push(rawMention(span, sentenceIndex, { source: "kb", type: index.record(alias.targetId)!.type, kbId: alias.targetId }));
      continue;
    }
    const demonym = of("demonym")[0];
    if (demonym) {
      out.push(rawMention(span, sentenceIndex, { source: "demonym", type: "Country", kbId: demonym.targetId }));
      continue;
    }
    const contextual = of("contextual")[0];
    if (contextual) {
      out.push(rawMention(span, sentenceIndex, { source: "kb", type: index.record(contextual.targetId)!.type, kbId: contextual.targetId, contextual: true }));
    }
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** "leader du Parti travailliste": the owner is an organisation found by its shape. */
function attachOrganisationOwners(titles: TitleMention[], names: readonly RawMention[], tokens: readonly Token[], text: string): void {
  for (const title of titles) {
    if (title.ofEntityId !== null) continue;
    let i = tokens.findIndex((t) => t.start >= title.end);
    if (i < 0) continue;
    const from = i;
    while (i < from + 2 && tokens[i] && OWNER_LINK.has(tokens[i]!.folded)) i++;
    if (i === from || !tokens[i]) continue;
    const org = names.find((n) => n.start === tokens[i]!.start && n.type === "Organization");
    if (!org) continue;
    title.ofEntityId = org.kbId ?? entityIdFor(org.type, org.name);
    title.end = org.end;
    title.text = text.slice(title.start, title.end);
  }
}

export function recogniseMentions(doc: PreparedDocument, kb: KbContent, matcher: KbMatcher): RecognisedDocument {
  const index = indexKnowledgeBase(kb);
  const mentions: RawMention[] = [];
  const titles: TitleMention[] = [];
  const acronyms = new Map<string, RawMention>();
  const read: Array<{ sentenceIndex: number; tokens: Token[] }> = [];

  const lowercaseWords = new Set(
    tokenize(doc.text)
      .filter((t) => t.word && /^\p{Ll}/u.test(t.text))
      .map((t) => t.folded),
  );

  doc.sentences.forEach((sentence, sentenceIndex) => {
    if (sentence.zone === "boilerplate" || sentence.zone === "metadata") return;
    const matches = matcher.match(sentence.text).map((m) => ({ ...m, start: m.start + sentence.start, end: m.end + sentence.start }));
    const tokens = tokenize(sentence.text, sentence.start);
    read.push({ sentenceIndex, tokens });
    const titleCase = isTitleCase(tokens, FUNCTION_WORDS, (t) => matches.some((m) => m.start < t.end && t.start < m.end));
    mentions.push(...kbMentions(matches, tokens, sentenceIndex, index));

    const base = { text: doc.text, sentenceIndex, tokens, matches, index, matcher };
    const found = findTitles(base);
    const sentenceTitles = [...found, ...findCounterparts(base, [...titles, ...found])].sort((a, b) => a.start - b.start);

    const ctx: NameContext = { ...base, titles: sentenceTitles, titleCase, lowercaseWords };
    const definitions = titleCase ? [] : findAcronymDefinitions(ctx);
    const agreements = titleCase ? [] : [...findNamedAgreements(ctx), ...findMinistries(ctx)];
    const claimed = [...definitions.flatMap((d) => [d.expansion, d.acronym]), ...agreements];
    const names = findNames(ctx).filter((n) => !claimed.some((c) => overlaps(c, n)));
    for (const d of definitions) acronyms.set(d.acronym.text, d.acronym);
    attachOrganisationOwners(sentenceTitles, [...names, ...claimed], tokens, doc.text);
    mentions.push(...claimed, ...names);
    titles.push(...sentenceTitles);
  });

  // An acronym defined in the document means its expansion there, whatever else the KB says it means
  // ("Armed Forces of the Philippines (AFP)" is not the news agency); later uses follow the definition.
  if (acronyms.size) {
    const shadowed = mentions.filter((m) => m.source === "kb" && m.kbId !== acronyms.get(m.text)?.kbId && acronyms.has(m.text));
    for (const m of shadowed) mentions.splice(mentions.indexOf(m), 1);
    for (const { sentenceIndex, tokens } of read) {
      for (const t of tokens) {
        const def = acronyms.get(t.text);
        if (!def || mentions.some((m) => overlaps(m, t))) continue;
        mentions.push({ ...def, start: t.start, end: t.end, text: t.text, sentenceIndex });
      }
    }
  }

  // One mention per span and referent (an acronym's expansion may also be a KB match).
  const seen = new Set<string>();
  const unique = mentions.filter((m) => {
    const key = `${m.start}:${m.end}:${m.type}:${m.kbId ?? m.name}:${m.source === "capital"}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => a.start - b.start || b.end - a.end);
  titles.sort((a, b) => a.start - b.start);
  return { document: doc, mentions: unique, titles };
}
