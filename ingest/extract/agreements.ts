/**
 * Agreements: those the knowledge base knows (linked mentions of type Agreement) and those
 * found by shape, which become Agreement entities with a stable id from their normalised name:
 *   "partenariat de sécurité et de défense Japon-UE", "accord de libre-échange UE-Japon"
 *   "the Japan-UK Reciprocal Access Agreement", "UK-Japan Economic Partnership"
 * Each carries the parties named inside its name ("Japon-UE" → Japan, EU). Agreements the text
 * does not name ("an agreement on …", "la lettre d'intention", "the treaty") are found by
 * unnamed-agreements.ts, and named after their parties once the relations know them.
 */
import type { ExtractedRelation } from "../../src/model/extraction.js";
import type { EntityMention, LinkedEntity } from "../../src/model/mentions.js";
import { entityIdFor, foldForMatch } from "../../src/kb/normalize.js";
import type { ExtractionContext } from "./context.js";
import { relationCuesFor } from "./relation-cues.js";
import { findIn, overlaps, type Span } from "./spans.js";
import type { AgreementMention } from "./agreement-mention.js";
import { markListedAgreements } from "./agreement-lists.js";
import { findUnnamedAgreements, nameByParties, unnamedEntities, type UnnamedAgreement } from "./unnamed-agreements.js";

export interface AgreementExtraction {
  mentions: AgreementMention[];
  /** Agreements found by shape, not in the linked document's entities. */
  newEntities: LinkedEntity[];
  /** Agreements the text does not name (also in newEntities), to be named by their parties once known. */
  unnamed: UnnamedAgreement[];
}

const isParty = (ctx: ExtractionContext, m: EntityMention): boolean => {
  const type = ctx.entityById.get(m.entityId)?.type;
  return (type === "Country" || type === "Organization") && m.source !== "demonym";
};

/** Pairs of parties joined by a hyphen: "Japon-UE", "UK–Japan". */
function hyphenPairs(ctx: ExtractionContext, mentions: EntityMention[]): Array<[EntityMention, EntityMention]> {
  const parties = mentions.filter((m) => isParty(ctx, m));
  const pairs: Array<[EntityMention, EntityMention]> = [];
  for (let i = 0; i + 1 < parties.length; i++) {
    const a = parties[i];
    const b = parties[i + 1];
    if (/^\s*[-‐‑–—/]\s*$/.test(ctx.text.slice(a.end, b.start))) pairs.push([a, b]);
  }
  return pairs;
}

/** Member countries of a KB agreement whose names appear in the mention's text. */
function kbPartiesNamed(ctx: ExtractionContext, agreementId: string, text: string): string[] {
  const entry = ctx.kb.byId.get(agreementId);
  if (!entry || "iso2" in entry) return [];
  const folded = ` ${foldForMatch(text).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  const named: string[] = [];
  for (const memberId of entry.members ?? []) {
    const member = ctx.kb.byId.get(memberId);
    if (!member) continue;
    const names = [member.name, ...member.aliases, ...(member.caseSensitiveAliases ?? [])];
    const found = names.some((n) => {
      const f = foldForMatch(n)
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
      return f.length > 1 && folded.includes(` ${f} `);
    });
    if (found) named.push(memberId);
  }
  return named;
}

/** Words of a proper name: capitalised, or little linking words ("Reciprocal Access", "Security and Defence"). */
const isNameLike = (words: string): boolean =>
  words
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => /^\p{Lu}/u.test(w) || /^(?:and|of|on|for|the|de|et)$/i.test(w));

/** "la feuille de route « Horizon 2047 »", "the "Hiroshima Accord"": a quoted proper name right after the head. */
function quotedName(ctx: ExtractionContext, s: Span, head: Span): Span | null {
  const after = ctx.text.slice(head.end, s.end);
  const match = /^\s*(?:(?:de|d'|d’|du|of|the)\s*)?([«"“]\s*)(\p{Lu}[^«»"“”]{0,60}?)\s*[»"”]/u.exec(after);
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  const start = head.end + (match.index ?? 0) + match[0].indexOf(match[1]) + match[1].length;
  return { start, end: start + match[2].length };
}

/** "the "Partnership 2035" roadmap": a quoted proper name right before the head (English order). */
function quotedNameBefore(ctx: ExtractionContext, s: Span, head: Span): Span | null {
  const before = ctx.text.slice(s.start, head.start);
  const match = /[«"“]\s*(\p{Lu}[^«»"“”]{0,60}?)\s*[»"”]\s*$/u.exec(before);
  if (!match || match[1] === undefined) return null;
  const start = s.start + match.index + match[0].indexOf(match[1]);
  return { start, end: start + match[1].length };
}

/** "the Reciprocal Access Agreement", "the Hiroshima Accord": capitalised words ending with the head, after "the". */
function namedByCapitals(ctx: ExtractionContext, s: Span, head: Span): Span | null {
  if (!/^\p{Lu}/u.test(ctx.text.slice(head.start, head.end))) return null;
  const before = ctx.text.slice(s.start, head.start);
  const match = /(?:^|\s)(?:the|The)\s+((?:\p{Lu}[\p{L}\p{N}'’-]*\s+(?:(?:and|of|on|for|de)\s+)?){1,6})$/u.exec(before);
  if (!match || match[1] === undefined) return null;
  return { start: head.start - match[1].length, end: head.end };
}

export function findAgreements(ctx: ExtractionContext): AgreementExtraction {
  const mentions: AgreementMention[] = [];
  const newEntities = new Map<string, LinkedEntity>();
  ctx.sentences.forEach((s, i) => {
    if (s.zone === "boilerplate" || s.zone === "metadata") return;
    const sentenceMentions = ctx.mentionsBySentence[i] ?? [];
    // Known agreements.
    for (const m of sentenceMentions) {
      if (ctx.entityById.get(m.entityId)?.type !== "Agreement") continue;
      const inside = sentenceMentions
        .filter((x) => x !== m && x.start >= m.start && x.end <= m.end && isParty(ctx, x))
        .map((x) => x.entityId);
      mentions.push({
        start: m.start,
        end: m.end,
        text: m.text,
        entityId: m.entityId,
        sentenceIndex: i,
        partyIds: [...new Set([...inside, ...kbPartiesNamed(ctx, m.entityId, m.text)])],
      });
    }
    // Agreements by shape: a head noun and a hyphenated pair of parties close to it.
    const heads = findIn(ctx.lexicon.agreementHeads, ctx.text, s.start, s.end);
    const known = mentions.filter((m) => m.sentenceIndex === i);
    // An organisation's name holds a head of its own ("the Collective Security Treaty Organization"): no agreement there.
    const organizations = sentenceMentions.filter((m) => ["Organization", "Program"].includes(ctx.entityById.get(m.entityId)?.type ?? ""));
    for (const head of heads) {
      if (known.some((k) => overlaps(k, head)) || organizations.some((o) => overlaps(o, head))) continue;
      let span: Span | null = null;
      let parties: string[] = [];
      for (const [a, b] of hyphenPairs(ctx, sentenceMentions)) {
        const between = a.start >= head.end ? ctx.text.slice(head.end, a.start) : ctx.text.slice(b.end, head.start);
        const closeAfter = a.start >= head.end && a.start - head.end <= 60;
        const closeBefore = b.end <= head.start && head.start - b.end <= 50;
        if (!(closeAfter || closeBefore) || /[,;:.()«»"“”]/.test(between)) continue;
        if (closeBefore && !isNameLike(between)) continue;
        span = closeAfter ? { start: head.start, end: b.end } : { start: a.start, end: head.end };
        parties = [a.entityId, b.entityId];
        break;
      }
      span ??= quotedName(ctx, s, head) ?? quotedNameBefore(ctx, s, head) ?? namedByCapitals(ctx, s, head);
      if (!span || known.some((k) => overlaps(k, span)) || mentions.some((k) => k.sentenceIndex === i && overlaps(k, span))) continue;
      if (parties.length === 0) {
        const inside = sentenceMentions.filter((m) => m.start >= span.start && m.end <= span.end && isParty(ctx, m)).map((m) => m.entityId);
        parties = inside;
      }
      const text = ctx.text.slice(span.start, span.end);
      const id = entityIdFor("Agreement", text);
      const existing = newEntities.get(id);
      if (existing) {
        if (!existing.aliases.includes(text)) existing.aliases.push(text);
      } else {
        newEntities.set(id, { id, name: text, type: "Agreement", aliases: [], wikidata: null, fromKb: false });
      }
      mentions.push({ ...span, text, entityId: id, sentenceIndex: i, partyIds: [...new Set(parties)] });
    }
  });
  const cues = relationCuesFor(ctx.language);
  const unnamed = cues ? findUnnamedAgreements(ctx, cues, mentions) : { mentions: [], agreements: [] };
  mentions.push(...unnamed.mentions);
  mentions.sort((a, b) => a.start - b.start);
  if (cues) markListedAgreements(ctx, cues, mentions);
  return { mentions, newEntities: [...newEntities.values(), ...unnamedEntities(unnamed.agreements)], unnamed: unnamed.agreements };
}

/**
 * Names the unnamed agreements described only by their words after their parties, once the
 * relations know them ("arms transfer pact" → "Japan-Indonesia arms transfer pact"), and moves
 * their mentions and relations to the new id.
 */
export function nameUnnamedByParties(
  ctx: ExtractionContext,
  agreements: AgreementExtraction,
  relations: readonly ExtractedRelation[],
): { agreements: AgreementExtraction; relations: ExtractedRelation[] } {
  const renamed = new Map<string, { id: string; name: string }>();
  for (const a of agreements.unnamed) {
    const parties = [...new Set(relations.filter((r) => r.type === "PARTY_TO" && r.target === a.id).map((r) => r.source))];
    const name = nameByParties(a, parties, (id) => ctx.entityById.get(id)?.name ?? null);
    if (name !== a.name) renamed.set(a.id, { id: entityIdFor("Agreement", name), name });
  }
  if (renamed.size === 0) return { agreements, relations: [...relations] };
  const idOf = (id: string) => renamed.get(id)?.id ?? id;
  return {
    agreements: {
      mentions: agreements.mentions.map((m) => ({ ...m, entityId: idOf(m.entityId) })),
      newEntities: agreements.newEntities.map((e) => {
        const to = renamed.get(e.id);
        return to ? { ...e, id: to.id, name: to.name } : e;
      }),
      unnamed: agreements.unnamed.map((a) => ({ ...a, id: idOf(a.id) })),
    },
    relations: relations.map((r) => ({ ...r, source: idOf(r.source), target: idOf(r.target) })),
  };
}
