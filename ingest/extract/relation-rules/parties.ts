/**
 * Rules that read the parties and the signatories of an agreement. A person who signs makes
 * the country they act for a party (a minister signs for a country). Each rule reads one sentence:
 *   signedBy          "a été signée ce lundi à Luxembourg par A, B et C", "the signature by A and B of a MoU",
 *                     "jointly signed by X, Minister …, who represented President Y; Z and W" (Y did not sign)
 *   signingSubject    "A et B ont signé vendredi un traité", "Japan and Indonesia have signed a pact … with Z"
 *   onBehalfOf        "(who also signed) on behalf of Luxembourg", "au nom du Luxembourg"
 *   betweenParties    "un accord conclu entre A et B", "the treaty between A and B", "le traité, qui lie A et B",
 *                     "le texte, qui lie A et B", "the text, which binds A and B" (the one agreement named in this sentence or the two before)
 *   boundBy           "A et B sont liés par le traité", "A and B are bound by the treaty"
 *   ratifiedBy        "ratifié par les Parlements de A, B et fin novembre par celui de C", "A and B ratified the treaty"
 */
import { isAdverb, type Token } from "../sentence-tokens.js";
import {
  asserted,
  designationEnd as isDesignation,
  isEntity,
  membershipType,
  partyOfSigner,
  listForward,
  skipDeterminers,
  subjectOf,
  typeOfEntity,
  type Candidate,
  type Reading,
  type RelationType,
} from "./reading.js";
import type { SentenceRule } from "./membership.js";

/** Candidates for signatories (people: SIGNED, and their country PARTY_TO) and parties (countries, organisations). */
function signatoriesOf(r: Reading, i: number, ids: readonly string[], agreement: string, rule: string, confidence: number): Candidate[] {
  const out: Candidate[] = [];
  const add = (type: RelationType, source: string) => {
    if (source !== agreement) out.push({ type, source, target: agreement, sentenceIndex: i, confidence, rule });
  };
  for (const id of ids) {
    const type = typeOfEntity(r, id);
    if (type === "Person") {
      add("SIGNED", id);
      const party = partyOfSigner(r, id);
      if (party && membershipType(r, party, agreement) === "PARTY_TO") add("PARTY_TO", party);
    } else if (type === "Country" || type === "Organization") add("PARTY_TO", id);
  }
  return out;
}

/** The agreement nearest before token k in the sentence (at most `within` tokens back). */
function agreementBefore(r: Reading, i: number, k: number, within: number): string | null {
  const tokens = r.tokens.of(i);
  for (let j = k - 1; j >= Math.max(0, k - within); j--) {
    const t = tokens[j];
    if (isEntity(t, "Agreement")) return t.entityId;
  }
  return null;
}

/** The agreement first after token k in the sentence (at most `within` tokens on). */
function agreementAfter(r: Reading, i: number, k: number, within: number): { id: string; at: number } | null {
  const tokens = r.tokens.of(i);
  for (let j = k; j < Math.min(tokens.length, k + within); j++) {
    const t = tokens[j];
    if (isEntity(t, "Agreement")) return { id: t.entityId, at: j };
  }
  return null;
}

/** Whether the agreement noun at token k is another one: "comparable deals", "d'autres accords". */
function isOtherAgreement(r: Reading, tokens: readonly Token[], k: number): boolean {
  return (
    r.cues.otherAgreementAdjectives.findAll(tokens, Math.max(0, k - 3), k).length > 0 ||
    r.cues.otherAgreementAdjectives.matchAt(tokens, k + 1) > 0
  );
}

interface Signatories {
  ids: string[];
  /** Token index after the list. */
  edge: number;
}

/** The end of the list segment that starts at k: the next comma, semicolon or "and" outside parentheses. */
function segmentEnd(tokens: readonly Token[], k: number): number {
  let end = k;
  let depth = 0;
  while (end < tokens.length) {
    const norm = tokens[end]?.norm;
    if (depth === 0 && (norm === "," || norm === ";" || norm === "and" || norm === "et")) break;
    if (norm === "(") depth++;
    if (norm === ")") depth = Math.max(0, depth - 1);
    end++;
  }
  return end;
}

/** The country of a title with no name ("le ministre marocain de la Défense"): it signs for that country. */
function titleCountry(r: Reading, i: number, t: Token): string | null {
  const title = (r.ctx.titlesBySentence[i] ?? []).find((x) => x.start === t.start);
  const of = title?.ofEntityId;
  return of && typeOfEntity(r, of) === "Country" ? of : null;
}

/**
 * The signatory a segment names: a person (with its title and honorifics, "US President Donald
 * Trump"), a country or organisation, else the country of a title standing alone. `rest` when other
 * words follow it: the list ends with this segment.
 */
function segmentItem(
  r: Reading,
  i: number,
  tokens: readonly Token[],
  k: number,
  end: number,
  describing = false,
): { item: string | null; rest: boolean } {
  let item: string | null = null;
  let byTitle: string | null = null;
  let unknownTitle = false;
  for (let j = k; j < end; j++) {
    const t = tokens[j];
    if (!t) break;
    if (t.norm === "(") {
      const close = tokens.findIndex((x, n) => n > j && x.norm === ")");
      j = close > 0 ? close : end;
      continue;
    }
    if (!item && isEntity(t, "Person", "Country", "Organization")) {
      const next = tokens.slice(j + 1, end).find((_, n) => isDesignation(r, i, tokens, j + 1 + n) < 0);
      // "Acme Systems Chief Executive John Smith", "US President X": the person the country or organisation opens the title of.
      item = isEntity(t, "Country", "Organization") && isEntity(next, "Person") ? next.entityId : t.entityId;
      if (item !== t.entityId) j = tokens.indexOf(next as Token);
      // "signed by X, Secretary to the Ministry of Ports, and Y": the body of an office no title list knows, told of the
      // signatory before, is where X works, not a signatory (unless X signs on its behalf: onBehalfOf).
      else if (describing && unknownTitle && isEntity(t, "Organization")) item = null;
      continue;
    }
    if (t.kind === "title") byTitle ??= titleCountry(r, i, t);
    const skip = isDesignation(r, i, tokens, j);
    if (skip > 0) {
      j = skip - 1;
      continue;
    }
    // A capitalised word of an unknown title ("Minister of Foreign Affairs") and its little words.
    if (!item && t.kind === "word" && (/^\p{Lu}/u.test(r.ctx.text.slice(t.start, t.end)) || r.cues.ofWords.matchAt(tokens, j) > 0)) {
      unknownTitle ||= /^\p{Lu}/u.test(r.ctx.text.slice(t.start, t.end));
      continue;
    }
    if (item && isEntity(t, "Agreement")) break;
    return { item: item ?? byTitle, rest: true };
  }
  return { item: item ?? byTitle, rest: false };
}

/** Most tokens of a description told between two signatories of a list. */
const DESCRIPTION_TOKENS = 14;

/**
 * The signatories listed from token `from`: segments between commas, semicolons and "and",
 * each naming one person, country or organisation. A segment opened by a relative pronoun tells
 * of someone else ("who represented President X") and is skipped with what follows it until the
 * next name; a segment with other words ends the list after its item.
 */
function signatoriesFrom(r: Reading, i: number, from: number): Signatories {
  const tokens = r.tokens.of(i);
  const ids: string[] = [];
  let k = from;
  let inRelative = false;
  let described = false;
  while (k < tokens.length) {
    // "…, et par le directeur de l'agence de l'armement, Y": the agent marker said again opens the next signatory,
    // whose description, up to a comma, may be one no title list knows.
    const again = ids.length > 0 ? r.cues.agentPrepositions.matchAt(tokens, k) : -1;
    if (again > 0) {
      k = again;
      described = true;
    }
    const end = segmentEnd(tokens, k);
    if (r.cues.relativePronouns.matchAt(tokens, k) > 0) inRelative = true;
    else if (tokens[k]?.kind === "entity" || tokens[k]?.kind === "title" || isDesignation(r, i, tokens, k) > 0) inRelative = false;
    if (!inRelative) {
      // A segment after a comma that follows a person of the list describes that person.
      const describing = tokens[k - 1]?.norm === "," && typeOfEntity(r, ids.at(-1) ?? "") === "Person";
      const { item, rest } = segmentItem(r, i, tokens, k, end, describing);
      if (item && !ids.includes(item)) ids.push(item);
      if (rest && !item && described && tokens[end]?.norm === ",") {
        described = false;
        k = end + 1;
        continue;
      }
      // "by X, head of Estonia's investment centre, and Y", "par X, au nom de l'agence, et Y": the signatory before
      // described between commas, by words no title list knows; the list goes on after the coordinator.
      if (
        rest &&
        !item &&
        ids.length > 0 &&
        end - k <= DESCRIPTION_TOKENS &&
        tokens[end]?.norm === "," &&
        r.cues.coordinators.matchAt(tokens, end + 1) > 0
      ) {
        described = false;
        k = end + 1;
        continue;
      }
      described = false;
      if (rest) return { ids, edge: item ? end : k };
    }
    if (end >= tokens.length || tokens[end]?.norm === ".") return { ids, edge: end };
    k = end + 1;
  }
  return { ids, edge: k };
}

const signedBy: SentenceRule = {
  name: "signedBy",
  triggers: (cues) => [cues.signedParticiples, cues.signingNouns],
  read(r, i) {
    const tokens = r.tokens.of(i);
    const out: Candidate[] = [];
    const hits = [
      ...r.cues.signedParticiples.findAll(tokens).map((h) => ({ ...h, noun: false })),
      ...r.cues.signingNouns.findAll(tokens).map((h) => ({ ...h, noun: true })),
    ];
    for (const hit of hits) {
      // "signée ce lundi à Luxembourg par": a date and a place may stand before the agent.
      let k = hit.end;
      let agreementInside: string | null = null;
      while (k < tokens.length && k - hit.end < 8 && r.cues.agentPrepositions.matchAt(tokens, k) < 0) {
        const t = tokens[k];
        // "à Luxembourg": where it was signed, not by whom.
        const place = r.cues.locatives.matchAt(tokens, k);
        if (place > 0 && isEntity(tokens[place], "Country", "Place")) {
          k = place + 1;
          continue;
        }
        // Only a date, a determiner, "of" and the agreement itself ("la signature du traité par"): any other word is
        // another clause ("signed the accord at a ceremony chaired by X").
        if (isEntity(t, "Agreement")) agreementInside = t.entityId;
        else if (
          t?.kind !== "date" &&
          !isAdverb(t) &&
          r.cues.definiteDeterminers.matchAt(tokens, k) < 0 &&
          r.cues.ofWords.matchAt(tokens, k) < 0
        )
          break;
        k++;
      }
      const by = r.cues.agentPrepositions.matchAt(tokens, k);
      if (by < 0) continue;
      const list = signatoriesFrom(r, i, by);
      if (list.ids.length === 0) continue;
      const agreement = hit.noun
        ? (agreementInside ?? agreementAfter(r, i, list.edge, 8)?.id ?? agreementAfter(r, i, by, 40)?.id ?? null)
        : (agreementBefore(r, i, hit.start, 10) ?? agreementInside);
      if (agreement) out.push(...signatoriesOf(r, i, list.ids, agreement, "signedBy", 0.85));
    }
    return out;
  },
};

/**
 * The agreements coordinated after the object at token k: "ont signé une lettre d'intention …, ainsi qu'un
 * arrangement technique", "signed a letter of intent on X and agreed an arrangement on Y". Each is signed by the same subject;
 * the list ends at another verb of signing or the end of the sentence.
 */
function coordinatedAgreements(r: Reading, tokens: readonly Token[], k: number): string[] {
  const ids: string[] = [];
  for (let j = k + 1; j < tokens.length; j++) {
    if (tokens[j]?.norm === "." || r.cues.signVerbs.matchAt(tokens, j) > 0) break;
    const after = r.cues.coordinators.matchAt(tokens, j);
    if (after < 0) continue;
    // "signed a letter of intent … and agreed an arrangement": a second verb of signing, same subject.
    const verb = r.cues.signVerbs.matchAt(tokens, after);
    const next = tokens[skipDeterminers(r, tokens, verb > 0 ? verb : after)];
    if (isEntity(next, "Agreement") && !isOtherAgreement(r, tokens, tokens.indexOf(next))) ids.push(next.entityId);
  }
  return ids;
}

/** The token index where the clause of the first verb of signing after token k opens (its comma), else the sentence's length. */
function nextSigningClause(r: Reading, tokens: readonly Token[], k: number): number {
  const verb = r.cues.signVerbs.findAll(tokens, k)[0];
  if (!verb) return tokens.length;
  for (let j = verb.start - 1; j > k; j--) if (/^[,;:]$/.test(tokens[j]?.norm ?? "")) return j;
  return verb.start;
}

/**
 * Whether a subject found for a verb of signing is the partner of an earlier one in its sentence, right after its "with":
 * "Kenya signed a pact with India, and Uganda signed a deal with China" (India is no subject of the second verb).
 */
function partnerOfEarlierSigning(r: Reading, tokens: readonly Token[], id: string, from: number, verbAt: number): boolean {
  const at = tokens.findIndex((t, k) => k >= from && k < verbAt && t.entityId === id);
  if (at < 0 || r.cues.signVerbs.findAll(tokens, 0, at).length === 0) return false;
  const before = skipDeterminersBack(r, tokens, at);
  return r.cues.withCues.endsAt(tokens, before, 3) >= 0;
}

/** The index after the words before token k that are determiners ("with the Philippines" → the index of "the"). */
function skipDeterminersBack(r: Reading, tokens: readonly Token[], k: number): number {
  const det = r.cues.definiteDeterminers.endsAt(tokens, k, 2);
  return det >= 0 ? det : k;
}

const signingSubject: SentenceRule = {
  name: "signingSubject",
  triggers: (cues) => [cues.signVerbs],
  read(r, i) {
    const tokens = r.tokens.of(i);
    const out: Candidate[] = [];
    for (const hit of r.cues.signVerbs.findAll(tokens)) {
      const objectAt = skipDeterminers(r, tokens, hit.end);
      const object = tokens[objectAt];
      if (!isEntity(object, "Agreement") || isOtherAgreement(r, tokens, objectAt)) continue;
      const subject = subjectOf(r, i, hit.start, ["Country", "Organization", "Person"]);
      const subjects = subject ? subject.ids.filter((id) => !partnerOfEarlierSigning(r, tokens, id, subject.at, hit.start)) : [];
      if (subject && asserted(r, i, subject.at, hit.end))
        for (const signed of [object.entityId, ...coordinatedAgreements(r, tokens, objectAt)])
          out.push(...signatoriesOf(r, i, subjects, signed, "signingSubject", 0.8));
      // "… signed a pact with Z": the other party.
      let k = objectAt + 1;
      // Up to a comma, a coordinator or another verb: "… and has signed comparable deals with Z" is another object.
      const stops = (j: number) =>
        tokens[j]?.norm === "," || r.cues.coordinators.matchAt(tokens, j) > 0 || r.cues.signVerbs.matchAt(tokens, j) > 0;
      while (k < tokens.length && k - objectAt < 10 && r.cues.withCues.matchAt(tokens, k) < 0 && !stops(k)) k++;
      const withAt = r.cues.withCues.matchAt(tokens, k);
      // "signed the memorandum with his Japanese counterpart, Gen Nakatani": a co-signatory.
      if (withAt > 0 && !isOtherAgreement(r, tokens, objectAt)) {
        const others = listForward(r, i, withAt, (t) => isEntity(t, "Country", "Organization", "Person"), 4);
        // Not into the clause of the next verb of signing: "… with India, and Uganda signed a deal with China".
        const cut = nextSigningClause(r, tokens, withAt);
        const own = others.ids.filter((id) => tokens.findIndex((t, k) => k >= withAt && t.entityId === id) < cut);
        out.push(...signatoriesOf(r, i, own, object.entityId, "signingSubject", 0.75));
      }
    }
    return out;
  },
};

const onBehalfOf: SentenceRule = {
  name: "onBehalfOf",
  triggers: (cues) => [cues.onBehalfOf],
  read(r, i) {
    const tokens = r.tokens.of(i);
    const signing = [r.cues.signVerbs, r.cues.signedParticiples, r.cues.signingNouns].some((set) => set.findAll(tokens).length > 0);
    if (!signing) return [];
    const out: Candidate[] = [];
    for (const hit of r.cues.onBehalfOf.findAll(tokens)) {
      const parties = listForward(r, i, hit.end, (t) => isEntity(t, "Country", "Organization"), 2);
      if (parties.ids.length === 0) continue;
      // The agreement signed: the nearest one in the sentence.
      const after = agreementAfter(r, i, parties.edge, 30);
      const before = agreementBefore(r, i, hit.start, 30);
      const agreement = after && (!before || after.at - parties.edge < 12) ? after.id : before;
      if (agreement) out.push(...signatoriesOf(r, i, parties.ids, agreement, "onBehalfOf", 0.8));
    }
    return out;
  },
};

/** Sentences back where "le texte", "the pact" may find the agreement it stands for. */
const AGREEMENT_LOOKBACK = 2;

/** The one agreement named in sentence i or the two before, if only one. */
function agreementNamedNear(r: Reading, i: number): string | null {
  const ids = new Set<string>();
  for (let j = Math.max(0, i - AGREEMENT_LOOKBACK); j <= i; j++)
    for (const t of r.tokens.of(j)) if (isEntity(t, "Agreement")) ids.add(t.entityId);
  return ids.size === 1 ? ([...ids][0] ?? null) : null;
}

const betweenParties: SentenceRule = {
  name: "betweenParties",
  triggers: (cues) => [cues.betweenCues],
  read(r, i) {
    const tokens = r.tokens.of(i);
    const out: Candidate[] = [];
    for (const hit of r.cues.betweenCues.findAll(tokens)) {
      // "un accord conclu entre", "a treaty … aimed at closer ties between": the agreement's own clause, no comma between
      // but the one before a relative cue ("le traité, qui lie A et B").
      let agreement: string | null = null;
      let generic = false;
      const from =
        tokens[hit.start - 1]?.norm === "," && r.cues.relativePronouns.matchAt(tokens, hit.start) > 0 ? hit.start - 2 : hit.start - 1;
      for (let j = from; j >= Math.max(0, hit.start - 10) && !agreement; j--) {
        const t = tokens[j];
        if (!t || /^[,;:.]$/.test(t.norm) || r.cues.withCues.matchAt(tokens, j) > 0 || r.cues.signVerbs.matchAt(tokens, j) > 0) break;
        if (isEntity(t, "Agreement")) agreement = t.entityId;
        else if (
          r.cues.referringAgreementNouns.matchAt(tokens, j) > 0 ||
          r.cues.genericAgreementHeads.some((h) => h.phrases.matchAt(tokens, j) > 0)
        )
          generic = true;
      }
      // "le texte, qui lie A et B", "the pact between A and B": the one agreement this sentence or the two before name.
      agreement ??= generic ? agreementNamedNear(r, i) : null;
      if (!agreement) continue;
      const parties = listForward(r, i, hit.end, (t) => isEntity(t, "Country", "Organization"), 2);
      if (parties.ids.length < 2) continue;
      out.push(...signatoriesOf(r, i, parties.ids, agreement, "betweenParties", 0.8));
    }
    return out;
  },
};

/** "A et B sont liés par le traité …", "A and B are bound by the treaty": the subjects are its parties. */
const boundBy: SentenceRule = {
  name: "boundBy",
  triggers: (cues) => [cues.boundByCues],
  read(r, i) {
    const tokens = r.tokens.of(i);
    const out: Candidate[] = [];
    for (const hit of r.cues.boundByCues.findAll(tokens)) {
      const object = tokens[skipDeterminers(r, tokens, hit.end)];
      if (!isEntity(object, "Agreement")) continue;
      const subject = subjectOf(r, i, hit.start, ["Country", "Organization"]);
      if (subject && asserted(r, i, subject.at, hit.end)) out.push(...signatoriesOf(r, i, subject.ids, object.entityId, "boundBy", 0.8));
    }
    return out;
  },
};

const ratifiedBy: SentenceRule = {
  name: "ratifiedBy",
  triggers: (cues) => [cues.ratifiedParticiples, cues.ratifyVerbs],
  read(r, i) {
    const tokens = r.tokens.of(i);
    const out: Candidate[] = [];
    for (const hit of r.cues.ratifiedParticiples.findAll(tokens)) {
      let k = hit.end;
      while (k < tokens.length && k - hit.end < 4 && r.cues.agentPrepositions.matchAt(tokens, k) < 0) k++;
      const by = r.cues.agentPrepositions.matchAt(tokens, k);
      const agreement = by > 0 ? agreementBefore(r, i, hit.start, 20) : null;
      if (!agreement) continue;
      const parties = listForward(r, i, by, (t) => isEntity(t, "Country", "Organization"), 4);
      out.push(...signatoriesOf(r, i, parties.ids, agreement, "ratifiedBy", 0.8));
    }
    for (const hit of r.cues.ratifyVerbs.findAll(tokens)) {
      const objectAt = skipDeterminers(r, tokens, hit.end);
      const object = tokens[objectAt];
      if (!isEntity(object, "Agreement") || isOtherAgreement(r, tokens, objectAt)) continue;
      const subject = subjectOf(r, i, hit.start, ["Country", "Organization"]);
      if (subject && asserted(r, i, subject.at, hit.end)) out.push(...signatoriesOf(r, i, subject.ids, object.entityId, "ratifiedBy", 0.8));
    }
    return out;
  },
};

/** The party and signatory rules, in order. */
export const PARTY_RULES: readonly SentenceRule[] = [signedBy, signingSubject, onBehalfOf, betweenParties, boundBy, ratifiedBy];
