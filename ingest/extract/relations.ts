/**
 * Relations between entities, each with the sentence that states it and a confidence:
 *   HOLDS_ROLE      Person → Country|Organization   from roles.ts
 *   MEMBER_OF       Person → party (a party office), Country → organisation ("X, membre de l'OTAN")
 *   PARTICIPATES_IN Country|Organization → Program  ("développement conjoint", "with the participation of Italy", "partners in")
 *   PARTY_TO        Country|Organization → Agreement (signing parties, parties named in the agreement's name, the
 *                   countries whose head of state or government, minister or diplomat signed it)
 *   SIGNED          Person → Agreement              (the signers of a Signing of that agreement)
 * Membership, party, participation and signatory relations come from the ordered rules of
 * relation-rules/ (with the language's cues) plus the cues of the lexicon below; all of them go
 * through the vetoes (withdrawals, represented heads of state, announcers) before they are kept.
 */
import type { Evidence, ExtractedRelation } from "../../src/model/extraction.js";
import type { EntityMention } from "../../src/model/mentions.js";
import { isStorySentence, sentenceEvidence, type ExtractionContext } from "./context.js";
import type { AgreementMention } from "./agreement-mention.js";
import type { StoryEvent } from "./coreference-of-events.js";
import { countryOfPerson, type RoleClaim } from "./roles.js";
import { clauseAround, findIn, uniq } from "./spans.js";
import { relationCuesFor, type RelationCues } from "./relation-cues.js";
import { plainWordsOf, wordTokens } from "./sentence-tokens.js";
import { buildReading, readRelations, type Candidate } from "./relation-rules/index.js";

const typeOf = (ctx: ExtractionContext, id: string) => ctx.entityById.get(id)?.type ?? null;

/** Collects relations, one per (type, source, target), with the union of their evidence. */
class RelationSet {
  private readonly byKey = new Map<string, ExtractedRelation>();

  add(relation: Omit<ExtractedRelation, "evidence">, evidence: Evidence | null, keyExtra = ""): void {
    if (!evidence || relation.source === relation.target) return;
    const key = `${relation.type}|${relation.source}|${relation.target}|${keyExtra}`;
    const existing = this.byKey.get(key);
    if (!existing) {
      this.byKey.set(key, { ...relation, evidence: [evidence] });
      return;
    }
    if (!existing.evidence.some((e) => e.start === evidence.start && e.end === evidence.end)) existing.evidence.push(evidence);
    existing.confidence = Math.max(existing.confidence ?? 0, relation.confidence ?? 0);
  }

  list(): ExtractedRelation[] {
    return [...this.byKey.values()];
  }
}

function roleRelations(ctx: ExtractionContext, roles: readonly RoleClaim[], out: RelationSet): void {
  for (const r of roles) {
    const evidence = sentenceEvidence(ctx, r.sentenceIndex);
    out.add(
      {
        type: "HOLDS_ROLE",
        source: r.personId,
        target: r.targetId,
        properties: {
          title: r.title,
          titleText: r.titleText,
          titleId: r.titleId,
          titleKind: r.titleKind,
          tenure: r.tenure,
          former: r.tenure === "former",
          asOf: r.asOf,
        },
        confidence: r.confidence,
      },
      evidence,
      `${r.title}|${r.tenure}`,
    );
    const target = ctx.entityById.get(r.targetId);
    const isParty = r.titleKind === "party" || (target?.type === "Organization" && /\b(?:party|parti|partido|partei)\b/i.test(target.name));
    if (isParty && target?.type === "Organization") {
      out.add({ type: "MEMBER_OF", source: r.personId, target: r.targetId, confidence: r.tenure === "current" ? 0.85 : 0.6 }, evidence);
    }
  }
}

/** The countries listed right after a cue: "la France, l'Allemagne et la Pologne". */
function listedAfter(ctx: ExtractionContext, i: number, from: number, types: ReadonlySet<string>): string[] {
  const mentions = (ctx.mentionsBySentence[i] ?? []).filter(
    (m) => m.start >= from && types.has(typeOf(ctx, m.entityId) ?? "") && m.source !== "demonym",
  );
  const out: string[] = [];
  let at = from;
  for (const m of mentions) {
    if (!/^[\s,]*(?:(?:et|and|ainsi que|as well as)\s+)?(?:(?:la|le|les|l'|l’|the)\s*)?$/i.test(ctx.text.slice(at, m.start))) break;
    out.push(m.entityId);
    at = m.end;
  }
  return uniq(out);
}

const PARTY_TYPES: ReadonlySet<string> = new Set(["Country", "Organization"]);

/**
 * "le Triangle de Weimar, qui réunit la France, l'Allemagne et la Pologne": MEMBER_OF; "le programme GCAP, qui associe le
 * Japon, le Royaume-Uni et l'Italie": PARTICIPATES_IN; "« Horizon 2047 », adoptée par la France et l'Inde": PARTY_TO.
 */
function listedMembers(ctx: ExtractionContext, agreements: readonly AgreementMention[]): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, i) => {
    const mentions = ctx.mentionsBySentence[i] ?? [];
    // Right before the cue, or with its head noun between ("the "Partnership 2035" roadmap, adopted by").
    const near = (cue: { start: number }, m: { end: number }) =>
      m.end <= cue.start && /^[\s»"”]*(?:\p{Ll}+(?:\s+\p{Ll}+){0,2})?[\s,]*$/u.test(ctx.text.slice(m.end, cue.start));
    for (const cue of findIn(ctx.lexicon.groupings, ctx.text, s.start, s.end)) {
      // An organisation lists its members; a programme its participants ("le programme GCAP, qui associe le Japon, …").
      const grouping = [...mentions]
        .reverse()
        .find((m) => (typeOf(ctx, m.entityId) === "Organization" || typeOf(ctx, m.entityId) === "Program") && near(cue, m));
      if (!grouping) continue;
      const type = typeOf(ctx, grouping.entityId) === "Program" ? ("PARTICIPATES_IN" as const) : ("MEMBER_OF" as const);
      for (const member of listedAfter(ctx, i, cue.end, PARTY_TYPES))
        out.push({ type, source: member, target: grouping.entityId, sentenceIndex: i, confidence: 0.75, rule: "listedMembers" });
    }
    for (const cue of findIn(ctx.lexicon.adoptedBy, ctx.text, s.start, s.end)) {
      const targets = [
        ...agreements.filter((a) => a.sentenceIndex === i && near(cue, a)).map((a) => ({ id: a.entityId, type: "PARTY_TO" as const })),
        ...mentions
          .filter((m) => typeOf(ctx, m.entityId) === "Program" && near(cue, m))
          .map((m) => ({ id: m.entityId, type: "PARTICIPATES_IN" as const })),
      ];
      for (const target of targets) {
        for (const party of listedAfter(ctx, i, cue.end, PARTY_TYPES))
          out.push({ type: target.type, source: party, target: target.id, sentenceIndex: i, confidence: 0.75, rule: "listedMembers" });
      }
    }
  });
  return out;
}

/**
 * The programme a relative clause follows when the clause holding a cue at `cueStart` opens with a
 * prepositional relative ("…, in which", "…, auquel"): the last programme before it, with at most two
 * lower-case words (its head noun) and a comma between. Null when the cue is not in such a clause.
 */
function relativeAntecedent(
  ctx: ExtractionContext,
  cues: RelationCues,
  programs: readonly EntityMention[],
  cueStart: number,
): EntityMention | null {
  const before = programs.filter((p) => p.end <= cueStart).at(-1);
  if (!before) return null;
  const tokens = wordTokens(ctx.text.slice(before.end, cueStart));
  let k = 0;
  while (k < 2 && tokens[k]?.kind === "word" && /^\p{Ll}/u.test(ctx.text.slice(before.end + (tokens[k]?.start ?? 0)))) k++;
  if (tokens[k]?.norm === ",") k++;
  return cues.prepositionalRelatives.matchAt(tokens, k) > 0 ? before : null;
}

/** How many sentences back "ce programme", "the project" looks for the programme it stands for. */
const PROGRAM_ANAPHOR_REACH = 3;

/**
 * "L'Allemagne, la France et l'Italie participent à ce programme", "Spain is the third partner of the
 * project": a sentence that names no programme but one by a definite noun stands for the last programme
 * named in the sentences just before.
 */
function programByAnaphor(ctx: ExtractionContext, cues: RelationCues | null, i: number): EntityMention | null {
  const sentence = ctx.sentences[i];
  if (!cues || !sentence) return null;
  // Most sentences name no programme's noun: a phrase with a word missing from the sentence's plain words (a superset of
  // its tokens' words, plainWordsOf) matches none of its tokens, and the sentence is not tokenized.
  if (!cues.programAnaphors.mayOccurIn(plainWordsOf(ctx, i))) return null;
  const tokens = wordTokens(sentence.text);
  const anaphor = tokens.some((_, k) => {
    const det = cues.definiteDeterminers.matchAt(tokens, k);
    return det >= 0 && cues.programAnaphors.matchAt(tokens, det) >= 0;
  });
  if (!anaphor) return null;
  for (let j = i - 1; j >= Math.max(0, i - PROGRAM_ANAPHOR_REACH); j--) {
    const named = (ctx.mentionsBySentence[j] ?? []).filter((m) => typeOf(ctx, m.entityId) === "Program").at(-1);
    if (named) return named;
  }
  return null;
}

/** Countries of a sentence that take part in the programme it names when a participation cue is there. */
function participationCues(ctx: ExtractionContext, events: readonly StoryEvent[], roles: readonly RoleClaim[]): Candidate[] {
  const out: Candidate[] = [];
  const cues = relationCuesFor(ctx.language);
  // "et l'Italie pourrait le rejoindre": a country whose own clause holds the cue with a wish, a plan or a negation does not take part.
  const unasserted = (s: { start: number; end: number }, m: EntityMention, cueStarts: readonly number[]) => {
    if (!cues) return false;
    const clause = clauseAround(ctx.text, s.start, s.end, m.start);
    if (!cueStarts.some((c) => c >= clause.start && c < clause.end)) return false;
    const words = wordTokens(ctx.text.slice(clause.start, clause.end));
    return cues.modalityCues.findAll(words).length > 0 || cues.negations.findAll(words).length > 0;
  };
  ctx.sentences.forEach((s, i) => {
    if (!isStorySentence(s)) return;
    const mentions = ctx.mentionsBySentence[i] ?? [];
    const named = mentions.filter((m) => typeOf(ctx, m.entityId) === "Program");
    const standing = named.length === 0 ? programByAnaphor(ctx, cues, i) : null;
    const programs = standing ? [standing] : named;
    if (programs.length === 0) return;
    const found = findIn(ctx.lexicon.participation, ctx.text, s.start, s.end);
    if (found.length === 0) return;
    const blocked = (m: EntityMention) =>
      findIn(ctx.lexicon.blockingPrepositions, ctx.text, Math.max(s.start, m.start - 20), m.start).length > 0;
    // "under Australia's SEA 3000 programme, in which Japan takes part": a cue in a relative clause after a
    // preposition is about the programme that clause follows, not the sentence's other programmes.
    const antecedents = cues ? found.flatMap((c) => relativeAntecedent(ctx, cues, programs, c.start) ?? []) : [];
    const targets = antecedents.length > 0 ? antecedents : programs;
    const cueClauses = found.map((c) => clauseAround(ctx.text, s.start, s.end, c.start));
    const cueStarts = found.map((c) => c.start);
    const participants: string[] = [];
    for (const m of mentions) {
      const type = typeOf(ctx, m.entityId);
      if (blocked(m) || unasserted(s, m, cueStarts)) continue;
      if (type === "Country") participants.push(m.entityId);
      else if (type === "Organization" && m.source !== "demonym" && cueClauses.some((c) => m.start >= c.start && m.end <= c.end))
        participants.push(m.entityId);
      else if (type === "Person") {
        const country = countryOfPerson(ctx, roles, m.entityId);
        if (country) participants.push(country);
      }
    }
    // "Ils ont convenu de poursuivre le développement conjoint …": the people of the event this sentence tells,
    // unless a country or organisation is the cue's own subject ("Italy is a partner in X … the meeting").
    const cueHasSubject = found.some((c, k) =>
      mentions.some(
        (m) => PARTY_TYPES.has(typeOf(ctx, m.entityId) ?? "") && m.start >= (cueClauses[k]?.start ?? c.start) && m.end <= c.start,
      ),
    );
    for (const e of cueHasSubject ? [] : events) {
      if (!e.sentenceIndices.includes(i)) continue;
      for (const p of e.people) {
        const country = countryOfPerson(ctx, roles, p);
        if (country) participants.push(country);
      }
      participants.push(...e.parties.filter((p) => typeOf(ctx, p) === "Country"));
    }
    for (const program of uniq(targets.map((p) => p.entityId))) {
      for (const source of uniq(participants))
        out.push({ type: "PARTICIPATES_IN", source, target: program, sentenceIndex: i, confidence: 0.7, rule: "participationCue" });
    }
  });
  return out;
}

/** The offices whose holder signs for their country: "Sunak and his Japanese counterpart Kishida signed an accord" makes the UK and Japan parties. */
const SIGNS_FOR_COUNTRY: ReadonlySet<RoleClaim["titleKind"]> = new Set(["head-of-state", "head-of-government", "minister", "diplomat"]);

/** The country a signer signs for: the one of a current office of theirs that signs for it, told in the document. */
function countrySignedFor(ctx: ExtractionContext, roles: readonly RoleClaim[], personId: string): string | null {
  const office = roles.find(
    (r) => r.personId === personId && r.tenure === "current" && SIGNS_FOR_COUNTRY.has(r.titleKind) && typeOf(ctx, r.targetId) === "Country",
  );
  return office?.targetId ?? null;
}

/** The countries the signers of a Signing hold office for are parties to its agreement ("Sunak and his Japanese counterpart Kishida signed an accord"). */
function signersCountries(
  ctx: ExtractionContext,
  events: readonly StoryEvent[],
  roles: readonly RoleClaim[],
  agreements: readonly AgreementMention[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const e of events) {
    if (e.type !== "Signing" || !e.agreementId || e.status !== "occurred") continue;
    for (const m of e.mentions) {
      for (const target of signedAt(agreements, e.agreementId, m.sentenceIndex))
        for (const person of m.people) {
          const country = countrySignedFor(ctx, roles, person);
          if (country)
            out.push({
              type: "PARTY_TO",
              source: country,
              target,
              sentenceIndex: m.sentenceIndex,
              confidence: 0.75,
              rule: "signersCountry",
            });
        }
    }
  }
  return out;
}

/**
 * The agreements a signing of `agreementId` told in sentence i signs: that one and those listed with it there as objects
 * of the same verb ("signed two agreements: a reciprocal access agreement and a memorandum on …").
 */
function signedAt(agreements: readonly AgreementMention[], agreementId: string, i: number): string[] {
  const listed = agreements.filter((a) => a.sentenceIndex === i && a.listedWith === agreementId).map((a) => a.entityId);
  return uniq([agreementId, ...listed]);
}

/** Parties named inside an agreement's name (or acceding by it); the signers and parties of a Signing of that agreement. */
function agreementFacts(ctx: ExtractionContext, events: readonly StoryEvent[], agreements: readonly AgreementMention[]): Candidate[] {
  const out: Candidate[] = [];
  for (const a of agreements) {
    for (const party of a.partyIds)
      out.push({
        type: "PARTY_TO",
        source: party,
        target: a.entityId,
        sentenceIndex: a.sentenceIndex,
        confidence: 0.8,
        rule: "namedParties",
      });
  }
  for (const e of events) {
    if (e.type !== "Signing" || !e.agreementId || e.status !== "occurred") continue;
    for (const m of e.mentions) {
      for (const target of signedAt(agreements, e.agreementId, m.sentenceIndex)) {
        for (const person of m.people)
          out.push({ type: "SIGNED", source: person, target, sentenceIndex: m.sentenceIndex, confidence: 0.85, rule: "signingEvent" });
        for (const party of m.parties) {
          const type = typeOf(ctx, party);
          if (type === "Country" || type === "Organization")
            out.push({ type: "PARTY_TO", source: party, target, sentenceIndex: m.sentenceIndex, confidence: 0.8, rule: "signingEvent" });
        }
      }
    }
  }
  return out;
}

export function extractRelations(
  ctx: ExtractionContext,
  roles: readonly RoleClaim[],
  events: readonly StoryEvent[],
  agreements: readonly AgreementMention[],
): ExtractedRelation[] {
  const out = new RelationSet();
  roleRelations(ctx, roles, out);
  const lexiconCandidates = [
    ...listedMembers(ctx, agreements),
    ...participationCues(ctx, events, roles),
    ...agreementFacts(ctx, events, agreements),
  ];
  const cues = relationCuesFor(ctx.language);
  const inferred = signersCountries(ctx, events, roles, agreements);
  const candidates = cues
    ? readRelations(buildReading(ctx, cues, roles, events, agreements), lexiconCandidates, inferred)
    : [...lexiconCandidates, ...inferred];
  for (const c of candidates)
    out.add({ type: c.type, source: c.source, target: c.target, confidence: c.confidence }, sentenceEvidence(ctx, c.sentenceIndex));
  return out.list();
}
