/**
 * What the relation rules share: the document read as tokens, coordinated lists of entities
 * ("A, B et C", "the parliaments of A and B"), and noun phrases that stand for an entity named
 * elsewhere ("the alliance", "le pays andin", "son pays", "the programme").
 */
import type { EntityType } from "../../../src/model/extraction.js";
import type { ExtractionContext } from "../context.js";
import type { AgreementMention } from "../agreement-mention.js";
import type { StoryEvent } from "../coreference-of-events.js";
import type { RelationCues } from "../relation-cues.js";
import { countryOfPerson, type RoleClaim } from "../roles.js";
import { SentenceTokens, type Token } from "../sentence-tokens.js";

export type RelationType = "MEMBER_OF" | "PARTY_TO" | "PARTICIPATES_IN" | "SIGNED";

/** A relation a rule reads in one sentence, before the vetoes. */
export interface Candidate {
  type: RelationType;
  source: string;
  target: string;
  sentenceIndex: number;
  confidence: number;
  /** The rule that read it (for tests and debugging). */
  rule: string;
}

export interface Reading {
  ctx: ExtractionContext;
  cues: RelationCues;
  tokens: SentenceTokens;
  roles: readonly RoleClaim[];
  events: readonly StoryEvent[];
  agreements: readonly AgreementMention[];
  /** Mentions per entity in the whole document (salience). */
  mentionCounts: ReadonlyMap<string, number>;
}

export function buildReading(
  ctx: ExtractionContext,
  cues: RelationCues,
  roles: readonly RoleClaim[],
  events: readonly StoryEvent[],
  agreements: readonly AgreementMention[],
): Reading {
  const mentionCounts = new Map<string, number>();
  for (const m of ctx.linked.mentions) if (m.source !== "demonym") mentionCounts.set(m.entityId, (mentionCounts.get(m.entityId) ?? 0) + 1);
  for (const a of agreements) mentionCounts.set(a.entityId, (mentionCounts.get(a.entityId) ?? 0) + 1);
  return { ctx, cues, tokens: new SentenceTokens(ctx, agreements), roles, events, agreements, mentionCounts };
}

export const typeOfEntity = (r: Reading, id: string): EntityType | null =>
  r.ctx.entityById.get(id)?.type ?? (r.agreements.some((a) => a.entityId === id) ? "Agreement" : null);

/** The membership relation from a source to a target of this type: MEMBER_OF an organisation, PARTY_TO an agreement, PARTICIPATES_IN a programme. */
export function membershipType(r: Reading, source: string, target: string): RelationType | null {
  const from = typeOfEntity(r, source);
  const to = typeOfEntity(r, target);
  if (to === "Organization") return from === "Country" || from === "Person" ? "MEMBER_OF" : null;
  if (to === "Agreement") return from === "Country" || from === "Organization" ? "PARTY_TO" : null;
  if (to === "Program") return from === "Country" || from === "Organization" ? "PARTICIPATES_IN" : null;
  return null;
}

/** Candidates making each source a member of (party to, participant in) the target, by the target's type. */
export function membershipsOf(
  r: Reading,
  sources: readonly string[],
  target: string,
  i: number,
  rule: string,
  confidence: number,
): Candidate[] {
  const out: Candidate[] = [];
  for (const source of sources) {
    const type = membershipType(r, source, target);
    if (type && source !== target) out.push({ type, source, target, sentenceIndex: i, confidence, rule });
  }
  return out;
}

export const isEntity = (t: Token | undefined, ...types: EntityType[]): t is Token & { entityId: string } =>
  !!t &&
  t.kind === "entity" &&
  !!t.entityId &&
  t.source !== "demonym" &&
  (types.length === 0 || (!!t.entityType && types.includes(t.entityType)));

const isWord = (t: Token | undefined, ...words: string[]): boolean => !!t && t.kind === "word" && words.includes(t.norm);

/** A year ("2023") or a day number: dates inside a list ("et fin novembre 2023 par celui du Brésil"). */
const isNumber = (t: Token | undefined): boolean => !!t && t.kind === "word" && /^\d{1,4}$/.test(t.norm);

/** The end of the filler that starts at token k (one or more tokens), or -1. */
function fillerEnd(r: Reading, tokens: readonly Token[], k: number, insideTitle: (t: Token) => boolean): number {
  const t = tokens[k];
  if (!t) return -1;
  if (t.kind === "date" || t.kind === "title" || insideTitle(t)) return k + 1;
  // A demonym designates ("son homologue japonais X"); it is never an item.
  if (t.kind === "entity") return t.source === "demonym" ? k + 1 : -1;
  if (isNumber(t)) return k + 1;
  const phrase = r.cues.listFillers.matchAt(tokens, k);
  if (phrase > 0) return phrase;
  const month = r.cues.months.matchAt(tokens, k);
  if (month > 0) return month;
  // An honorific and its dot designate the next name ("M. A et M. B ont signé"); it is never an item.
  const honorific = r.cues.honorifics.matchAt(tokens, k);
  if (honorific > 0) return tokens[honorific]?.norm === "." ? honorific + 1 : honorific;
  if (t.norm === "." && k > 0 && r.cues.honorifics.matchAt(tokens, k - 1) === k) return k + 1;
  // A parenthesis inside a list is an aside: "la Communauté d'Afrique de l'Est (CAE)", "Belgium (who also signed …)".
  if (t.norm === "(") {
    const close = tokens.findIndex((x, j) => j > k && x.norm === ")");
    return close > 0 ? close + 1 : -1;
  }
  return -1;
}

function titleTest(r: Reading, i: number): (t: Token) => boolean {
  const titles = r.ctx.titlesBySentence[i] ?? [];
  return (t) => titles.some((s) => t.start >= s.start && t.end <= s.end);
}

export interface ListRead {
  ids: string[];
  /** Token index of the first item (backward) or after the last item (forward). */
  edge: number;
}

/**
 * The entities listed from token `from` on: items accepted by `accept`, separated by commas,
 * coordinators, determiners, prepositions, dates, titles and asides. Stops at anything else.
 */
export function listForward(r: Reading, i: number, from: number, accept: (t: Token) => boolean, maxLeadingFillers = 8): ListRead {
  const tokens = r.tokens.of(i);
  const insideTitle = titleTest(r, i);
  const ids: string[] = [];
  let k = from;
  let edge = from;
  let fillers = 0;
  let coordinated = false;
  let closed = false;
  while (k < tokens.length) {
    const t = tokens[k];
    if (t && t.kind === "entity" && accept(t) && t.entityId) {
      if (!ids.includes(t.entityId)) ids.push(t.entityId);
      k++;
      edge = k;
      fillers = 0;
      closed = coordinated;
      continue;
    }
    // "A, B et C, le Y …": after its coordinated last item, a comma ends the list.
    if (closed && t?.norm === ",") break;
    if (ids.length > 0 && r.cues.coordinators.matchAt(tokens, k) > 0) coordinated = true;
    const end = fillerEnd(r, tokens, k, insideTitle);
    if (end < 0) break;
    fillers += end - k;
    if (ids.length === 0 && fillers > maxLeadingFillers) break;
    if (ids.length > 0 && fillers > 12) break;
    k = end;
  }
  return { ids, edge };
}

/** Most tokens of a relative clause read past in a list: "who oversees the procurement of arms". */
const RELATIVE_CLAUSE_REACH = 15;

/** The comma opening a relative clause that the comma at k closes ("…, who oversees procurement,"), or -1. */
function relativeClauseBefore(r: Reading, tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - RELATIVE_CLAUSE_REACH); j--) {
    const norm = tokens[j]?.norm;
    if (norm === ";" || norm === "." || norm === "(" || norm === ")") return -1;
    if (norm === ",") return j + 1 < k - 1 && r.cues.relativePronouns.matchAt(tokens, j + 1) > 0 ? j : -1;
  }
  return -1;
}

/** The entities listed right before token `end` (exclusive), read backwards: a coordinated subject. */
export function listBackward(r: Reading, i: number, end: number, accept: (t: Token) => boolean): ListRead {
  const tokens = r.tokens.of(i);
  const insideTitle = titleTest(r, i);
  const ids: string[] = [];
  let k = end - 1;
  let edge = end;
  let fillers = 0;
  while (k >= 0) {
    const t = tokens[k];
    if (t && t.kind === "entity" && accept(t) && t.entityId) {
      if (!ids.includes(t.entityId)) ids.unshift(t.entityId);
      edge = k;
      k--;
      fillers = 0;
      continue;
    }
    // "X, who met Y last week, and Z": a relative clause between commas, after the first name, is read past with what it names.
    const comma = t?.norm === "," ? k : r.cues.coordinators.matchAt(tokens, k) === k + 1 && tokens[k - 1]?.norm === "," ? k - 1 : -1;
    const clause = ids.length > 0 && comma > 0 ? relativeClauseBefore(r, tokens, comma) : -1;
    if (clause >= 0) {
      k = clause - 1;
      continue;
    }
    // Fillers read backwards: the longest filler ending at k.
    let start = -1;
    for (let j = Math.max(0, k - 3); j <= k; j++) {
      if (fillerEnd(r, tokens, j, insideTitle) === k + 1) {
        start = j;
        break;
      }
    }
    if (start < 0 && t?.norm === ")") {
      const open = tokens
        .slice(0, k)
        .map((x) => x.norm)
        .lastIndexOf("(");
      if (open >= 0) start = open;
    }
    if (start < 0) break;
    fillers += k + 1 - start;
    if (fillers > (ids.length === 0 ? 2 : 12)) break;
    k = start - 1;
  }
  return { ids, edge };
}

/** Skips a determiner and the anaphoric noun at k: the end token index, or -1. */
function anaphorEnd(r: Reading, tokens: readonly Token[], k: number, nouns: RelationCues["organizationAnaphors"]): number {
  const det = r.cues.definiteDeterminers.matchAt(tokens, k);
  if (det < 0) return -1;
  return nouns.matchAt(tokens, det);
}

/** Organisations mentioned up to sentence i, most mentioned first, international bodies before national ones. */
function salientOrganizations(r: Reading, i: number, noun: string | null): string[] {
  const seen = new Set<string>();
  for (let j = 0; j <= i; j++)
    for (const m of r.ctx.mentionsBySentence[j] ?? []) if (r.ctx.entityById.get(m.entityId)?.type === "Organization") seen.add(m.entityId);
  const national = (id: string) => {
    const kb = r.ctx.kb.byId.get(id);
    return !!kb && !("iso2" in kb) && !!kb.country;
  };
  const named = (id: string) => {
    if (!noun) return false;
    const e = r.ctx.entityById.get(id);
    return !!e && [e.name, ...e.aliases].some((n) => n.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").includes(noun));
  };
  const score = (id: string) => (named(id) ? 1000 : 0) + (national(id) ? 0 : 100) + (r.mentionCounts.get(id) ?? 0);
  return [...seen].sort((a, b) => score(b) - score(a));
}

/** The organisation an article is about (its most mentioned international body) up to sentence i. */
export const salientOrganization = (r: Reading, i: number): string | null => salientOrganizations(r, i, null)[0] ?? null;

export interface Ref {
  id: string;
  /** Token index after the reference. */
  end: number;
}

/** An organisation at token k: its mention, or "the alliance" / "l'organisation" standing for the salient one. */
export function organizationAt(r: Reading, i: number, k: number): Ref | null {
  const tokens = r.tokens.of(i);
  const t = tokens[k];
  if (isEntity(t, "Organization")) return { id: t.entityId, end: k + 1 };
  const end = anaphorEnd(r, tokens, k, r.cues.organizationAnaphors);
  if (end < 0) return null;
  const noun = tokens[end - 1]?.norm ?? null;
  const id = salientOrganizations(r, i, noun)[0];
  return id ? { id, end } : null;
}

/** A programme at token k: its mention, or "the programme" / "l'initiative" standing for the salient one. */
export function programAt(r: Reading, i: number, k: number): Ref | null {
  const tokens = r.tokens.of(i);
  const t = tokens[k];
  if (isEntity(t, "Program")) return { id: t.entityId, end: k + 1 };
  const end = anaphorEnd(r, tokens, k, r.cues.programAnaphors);
  if (end < 0) return null;
  const id = salientOf(r, i, "Program");
  return id ? { id, end } : null;
}

/** The most mentioned entity of a type up to sentence i (the latest on a tie). */
export function salientOf(r: Reading, i: number, type: EntityType): string | null {
  let best: string | null = null;
  let bestCount = -1;
  for (let j = 0; j <= i; j++) {
    for (const m of r.ctx.mentionsBySentence[j] ?? []) {
      if (m.source === "demonym" || r.ctx.entityById.get(m.entityId)?.type !== type) continue;
      const count = r.mentionCounts.get(m.entityId) ?? 0;
      if (count >= bestCount) {
        best = m.entityId;
        bestCount = count;
      }
    }
  }
  return best;
}

/**
 * The country a "le pays" stands for: the nearest country named before it in the sentence
 * ("a intégré le Venezuela … mais le pays a été suspendu"), else the latest sentence subject that
 * is a country (three sentences back), else the most mentioned country.
 */
function salientCountry(r: Reading, i: number, before: number): string | null {
  const here = r.tokens
    .of(i)
    .filter((t) => t.end <= before && isEntity(t, "Country"))
    .pop();
  if (here?.entityId) return here.entityId;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const tokens = r.tokens.of(j);
    const t = tokens.find((x) => x.kind === "entity" && x.source !== "demonym");
    if (isEntity(t, "Country")) return t.entityId;
  }
  return salientOf(r, i, "Country");
}

/** A country at token k: its mention, "le pays (andin)" / "the country" for the salient one, "son pays" for the country of the person before. */
export function countryAt(r: Reading, i: number, k: number): Ref | null {
  const tokens = r.tokens.of(i);
  const t = tokens[k];
  if (!t) return null;
  if (isEntity(t, "Country")) return { id: t.entityId, end: k + 1 };
  const possessive = r.cues.possessiveCountry.matchAt(tokens, k);
  if (possessive > 0) {
    const person = tokens
      .slice(0, k)
      .reverse()
      .find((x) => isEntity(x, "Person"));
    const id = person?.entityId ? countryOfPerson(r.ctx, r.roles, person.entityId) : null;
    return id ? { id, end: possessive } : null;
  }
  // "au pays", "du pays": a contracted determiner.
  const det = r.cues.definiteDeterminers.matchAt(tokens, k);
  const nounAt = det > 0 ? det : isWord(t, "au", "du", "aux") ? k + 1 : -1;
  const end = nounAt > 0 ? r.cues.countryAnaphors.matchAt(tokens, nounAt) : -1;
  if (end < 0) return null;
  const id = salientCountry(r, i, t.start);
  return id ? { id, end } : null;
}

/**
 * Whom a signatory binds: the country or organisation of their current office in this document
 * ("le chef de la politique étrangère de l'UE" signs for the EU), else of a current office the
 * knowledge base knows; never a past office.
 */
export function partyOfSigner(r: Reading, personId: string): string | null {
  const office = r.roles.find((x) => x.personId === personId && x.tenure === "current" && x.titleKind !== "party");
  if (office) return office.targetId;
  const kb = r.ctx.kb.byId.get(personId);
  if (!kb || "iso2" in kb) return null;
  const current = (kb.offices ?? []).filter((o) => !o.to);
  return current.length === 1 && current[0] ? current[0].of : null;
}

/** Whether a token range holds one of the phrases. */
const holds = (set: RelationCues["negations"], tokens: readonly Token[], from: number, to: number): boolean =>
  set.findAll(tokens, Math.max(0, from), Math.min(tokens.length, to)).length > 0;

/** Whether tokens [from, to) assert a fact: no negation, no wish, plan or possibility. */
export const asserted = (r: Reading, i: number, from: number, to: number): boolean => {
  const tokens = r.tokens.of(i);
  return !holds(r.cues.negations, tokens, from, to) && !holds(r.cues.modalityCues, tokens, from, to);
};

/** The clause-opening subject of a sentence: its first entity (or "le pays" at its start), when nothing of the same kind stands between it and `verbAt`. */
function openingSubject(r: Reading, i: number, verbAt: number, types: readonly EntityType[]): { ids: string[]; at: number } | null {
  const tokens = r.tokens.of(i);
  for (let k = 0; k < Math.min(verbAt, 3); k++) {
    const country = types.includes("Country") ? countryAt(r, i, k) : null;
    if (country && !isEntity(tokens[k], "Country")) return nothingBetween(r, i, country.end, verbAt) ? { ids: [country.id], at: k } : null;
  }
  const first = tokens.findIndex((t) => t.kind === "entity" && t.source !== "demonym");
  const t = tokens[first];
  if (first < 0 || first >= verbAt || !isEntity(t, ...types)) return null;
  const words = tokens.slice(0, first).filter((x) => x.kind === "word").length;
  if (words > 4) return null;
  const list = listForward(r, i, first, (x) => isEntity(x, ...types));
  return nothingBetween(r, i, list.edge, verbAt) ? { ids: list.ids, at: first } : null;
}

/** No party-like entity (country, organisation, person) between two token indices. */
function nothingBetween(r: Reading, i: number, from: number, to: number): boolean {
  const insideTitle = titleTest(r, i);
  return !r.tokens
    .of(i)
    .slice(from, to)
    .some((t) => isEntity(t, "Country", "Organization", "Person") && !insideTitle(t));
}

/** The end of the designation filler at token k (a title, an honorific, a determiner, a list word, a demonym), or -1. */
export function designationEnd(r: Reading, i: number, tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t) return -1;
  if (t.kind === "title" || t.kind === "date" || titleTest(r, i)(t) || (t.kind === "entity" && t.source === "demonym")) return k + 1;
  for (const set of [r.cues.honorifics, r.cues.definiteDeterminers, r.cues.listFillers]) {
    const end = set.matchAt(tokens, k);
    if (end > 0) return end;
  }
  if (t.norm === "." || t.norm === "'s") return k + 1;
  return -1;
}

/** The index where an honorific ending right before token `end` starts ("Dr", "Dr ."), or 0 when none does. */
function honorificEndsAt(r: Reading, tokens: readonly Token[], end: number): number {
  const stop = tokens[end - 1]?.norm === "." ? end - 1 : end;
  const start = r.cues.honorifics.endsAt(tokens, stop, 3);
  return start > 0 ? start : 0;
}

/**
 * Subjects named in appositions before `closing` (a comma right before the verb), read backwards:
 * "le ministre des Armées, X, et son homologue indien, Y, ont signé" → X and Y. Empty when the
 * commas hold no name ("India, which was initially involved, withdrew").
 */
function appositiveSubjects(r: Reading, i: number, closing: number, accept: (t: Token) => boolean): Subject | null {
  const tokens = r.tokens.of(i);
  const ids: string[] = [];
  let at = -1;
  let pos = closing;
  for (;;) {
    let k = pos - 1;
    const group: string[] = [];
    for (; k >= 0; k--) {
      const t = tokens[k];
      if (t && accept(t) && t.entityId) group.unshift(t.entityId);
      else if (r.cues.coordinators.matchAt(tokens, k) < 0) break;
    }
    // "…, Dr. Ama Owusu, signed": an honorific (and its full stop) between the comma and the name.
    while (group.length > 0 && k > 0 && honorificEndsAt(r, tokens, k + 1)) k = honorificEndsAt(r, tokens, k + 1) - 1;
    if (group.length === 0 || tokens[k]?.norm !== ",") break;
    ids.unshift(...group);
    at = k + 1;
    // Before the opening comma: the designation ("son homologue indien"), then "et" and the conjunct before.
    let m = k - 1;
    while (m >= 0 && designationEnd(r, i, tokens, m) > 0 && r.cues.coordinators.matchAt(tokens, m) < 0) m--;
    if (m < 0 || r.cues.coordinators.matchAt(tokens, m) < 0) break;
    if (tokens[m - 1]?.norm === ",") {
      pos = m - 1;
      continue;
    }
    const before = listBackward(r, i, m, accept);
    ids.unshift(...before.ids);
    if (before.ids.length > 0) at = before.edge;
    break;
  }
  return ids.length > 0 ? { ids: [...new Set(ids)], at } : null;
}

/** The number a token says ("deux", "15", "both"), if any. */
export function countOf(r: Reading, t: Token | undefined): number | null {
  if (!t || t.kind !== "word") return null;
  if (/^\d{1,3}$/.test(t.norm)) return Number(t.norm);
  return r.cues.numberWords.get(t.norm) ?? null;
}

/**
 * "les deux pays", "the four signatories", "both countries" at token k: the countries last named
 * together in that number (a coordinated subject or list, this sentence or the five before).
 */
export function groupAt(r: Reading, i: number, k: number): { ids: string[]; end: number } | null {
  const tokens = r.tokens.of(i);
  const det = r.cues.definiteDeterminers.matchAt(tokens, k);
  const at = det > 0 ? det : k;
  const count = countOf(r, tokens[at]);
  const end = count !== null ? r.cues.groupNouns.matchAt(tokens, at + 1) : -1;
  if (count === null || count < 2 || end < 0) return null;
  for (let j = i; j >= Math.max(0, i - 5); j--) {
    const before = r.tokens.of(j);
    const limit = j === i ? k : before.length;
    let found: string[] | null = null;
    for (let n = 0; n < limit; n++) {
      if (!isEntity(before[n], "Country")) continue;
      const list = listForward(r, j, n, (t) => isEntity(t, "Country"), 0);
      if (list.ids.length === count && list.edge <= limit) found = list.ids;
      n = Math.max(n, list.edge - 1);
    }
    if (found) return { ids: found, end };
  }
  return null;
}

export interface Subject {
  ids: string[];
  /** Token index where the subject starts. */
  at: number;
}

/**
 * The subject of the verb at token `verbAt`: the entities right before it ("La France et
 * l'Italie ont signé"), across an apposition between commas ("India, which was involved, withdrew"),
 * else the sentence's opening entity when nothing of its kind stands between ("La RDC est … et est membre").
 */
export function subjectOf(r: Reading, i: number, verbAt: number, types: readonly EntityType[]): Subject | null {
  const tokens = r.tokens.of(i);
  const accept = (t: Token) => isEntity(t, ...types);
  let end = verbAt;
  if (tokens[end - 1]?.norm === ",") {
    // "le ministre japonais, Ken Ito, a signé": the apposition names the subject;
    // "India, which was initially involved, withdrew": it describes it and is skipped.
    const named = appositiveSubjects(r, i, end - 1, accept);
    if (named) return named;
    for (let k = end - 2; k >= Math.max(0, end - 30); k--) {
      if (tokens[k]?.norm === ",") {
        end = k;
        break;
      }
    }
  }
  const adjacent = listBackward(r, i, end, accept);
  if (adjacent.ids.length > 0) return { ids: adjacent.ids, at: adjacent.edge };
  // "Le pays devient", "The country joined", "Les deux pays sont": an anaphor right before the verb.
  for (let k = Math.max(0, end - 4); k < end; k++) {
    const group = groupAt(r, i, k);
    if (group && group.end === end) return { ids: group.ids, at: k };
    const ref = types.includes("Country") ? countryAt(r, i, k) : null;
    if (ref && ref.end === end) return { ids: [ref.id], at: k };
    const org = types.includes("Organization") ? organizationAt(r, i, k) : null;
    if (org && org.end === end && !isEntity(tokens[k])) return { ids: [org.id], at: k };
  }
  const opening = openingSubject(r, i, verbAt, types);
  return opening ? { ids: opening.ids, at: opening.at } : null;
}

/** Skips little link words ("of the", "de l'") from token k: the index after them. */
export function skipOf(r: Reading, tokens: readonly Token[], k: number): number {
  const end = r.cues.ofWords.matchAt(tokens, k);
  return end > 0 ? end : k;
}

/** Skips determiners, evaluative adjectives, dates and quotes from token k (at most `max` tokens). */
export function skipDeterminers(r: Reading, tokens: readonly Token[], k: number, max = 6): number {
  let j = k;
  while (j < tokens.length && j - k < max) {
    const t = tokens[j];
    if (!t) break;
    const det = r.cues.definiteDeterminers.matchAt(tokens, j);
    if (det > 0) {
      j = det;
      continue;
    }
    const adj = r.cues.evaluativeAdjectives.matchAt(tokens, j);
    if (adj > 0) {
      j = adj;
      continue;
    }
    if (t.kind === "date" || isWord(t, "a", "an", "un", "une", "des", "de", "d'") || /^["«»“”']$/.test(t.norm)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}
