/**
 * Vetoes: what the text says that undoes a relation a rule read. Each is a named test over
 * the document, built once; a candidate any veto applies to is dropped.
 *   withdrawn          a country that withdrew, pulled out, left or was suspended ("India withdrew",
 *                      "Trump pulled the U.S. out", "le pays a été suspendu en 2017") is no member or party
 *                      of what that sentence names (of anything, when it names nothing)
 *   representedNotSigner  a person someone else represented or acted for ("who represented President X",
 *                      "on the directives of King Y") did not sign
 *   spectatorNotSigner a person who watched the signing ("in the presence of X", "X attended the signing",
 *                      "sous le regard de X") did not sign
 *   announcerNotSigner a person who announced, welcomed or reported a signing told by a noun
 *                      ("X announced the signature by A and B of …") did not sign
 *   unconfirmedSigner  where the rules read who signs in a sentence (its subject, "signed by …"), a person
 *                      or party that the sentence's Signing event also holds but they did not read did not sign
 *                      ("… lors d'une cérémonie présidée par X", "… le départ de la chancelière Y", "comparable
 *                      deals with Z")
 *   boughtProgramme    a programme named as what is bought or sold ("un accord pour l'achat de 26 Rafale",
 *                      "the purchase of 42 Rafale jets") has no participant in that sentence: buyers are
 *                      not partners of the programme
 *   otherAgreements    a Signing told in a sentence about other agreements ("has signed similar agreements with
 *                      A and B", "after those signed with A") gives no party or signatory to the article's agreement
 */
import { isStorySentence } from "../context.js";
import { plainWordsOf, type Token } from "../sentence-tokens.js";
import { countryAt, isEntity, subjectOf, type Candidate, type Reading } from "./reading.js";
import { eventCues } from "../events/cues.js";
import { signingSpectators } from "../events/spectators.js";

export interface Veto {
  name: string;
  applies(c: Candidate): boolean;
}

const MEMBERSHIP_TYPES: ReadonlySet<string> = new Set(["MEMBER_OF", "PARTY_TO", "PARTICIPATES_IN"]);

/** Whether the withdrawal verb ending at token k is about leaving something (not "withdrew its ambassador"). */
function leavesSomething(r: Reading, tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (!next || next.kind === "punct" || next.kind === "date") return true;
  if (r.cues.withdrawalParticles.matchAt(tokens, k) > 0) return true;
  return next.kind === "word" && /^(?:as|after|because|when|in|en|du|since|depuis|lorsque|car|in|on)$/.test(next.norm);
}

function withdrawn(r: Reading): Veto {
  /** Country → the targets of the withdrawal sentence (empty: any target). */
  const left = new Map<string, Set<string> | "any">();
  r.ctx.sentences.forEach((s, i) => {
    if (!isStorySentence(s) || !r.cues.withdrawalVerbs.mayOccurIn(plainWordsOf(r.ctx, i))) return;
    const tokens = r.tokens.of(i);
    for (const hit of r.cues.withdrawalVerbs.findAll(tokens)) {
      const countries: string[] = [];
      // "pulled the U.S. out", "a exclu le Venezuela": the country after the verb.
      let k = hit.end;
      if (r.cues.definiteDeterminers.matchAt(tokens, k) > 0) k = r.cues.definiteDeterminers.matchAt(tokens, k);
      const object = countryAt(r, i, k);
      if (object && isEntity(tokens[k], "Country") && leavesSomething(r, tokens, object.end)) countries.push(object.id);
      else if (leavesSomething(r, tokens, hit.end)) countries.push(...(subjectOf(r, i, hit.start, ["Country"])?.ids ?? []));
      const targets = tokens.filter((t) => isEntity(t, "Organization", "Agreement", "Program")).map((t) => t.entityId);
      for (const country of countries) {
        const known = left.get(country);
        if (targets.length === 0 || known === "any") left.set(country, "any");
        else left.set(country, new Set([...(known ?? []), ...targets]));
      }
    }
  });
  return {
    name: "withdrawn",
    applies: (c) => {
      if (!MEMBERSHIP_TYPES.has(c.type) || c.rule === "rejoinVerb") return false;
      const targets = left.get(c.source);
      return targets === "any" || (!!targets && targets.has(c.target));
    },
  };
}

/** The token of a person's mention in a sentence. */
const personToken = (r: Reading, i: number, person: string): number => r.tokens.of(i).findIndex((t) => t.entityId === person);

function representedNotSigner(r: Reading): Veto {
  return {
    name: "representedNotSigner",
    applies: (c) => {
      if (c.type !== "SIGNED") return false;
      const tokens = r.tokens.of(c.sentenceIndex);
      const at = personToken(r, c.sentenceIndex, c.source);
      if (at < 0) return false;
      // Back to the person before, or to ", and" opening the next of a list ("signed by X, on behalf of Acme, and Y": Y signs).
      const nextOfList = (k: number) => tokens[k - 1]?.norm === "," && r.cues.coordinators.matchAt(tokens, k) > 0;
      let from = at - 1;
      while (
        from > 0 &&
        at - from < 10 &&
        tokens[from]?.norm !== ";" &&
        tokens[from]?.norm !== "." &&
        !isEntity(tokens[from], "Person") &&
        !nextOfList(from)
      )
        from--;
      return r.cues.representedCues.findAll(tokens, from, at).length > 0;
    },
  };
}

/** The people of sentence i who watch the signing it tells (events/spectators.ts). */
function spectatorsIn(r: Reading, i: number): Set<string> {
  const tokens = r.tokens.of(i);
  const sentence = r.ctx.sentences[i];
  const span = (from: number, to: number) => ({ start: tokens[from]?.start ?? 0, end: tokens[to - 1]?.end ?? 0 });
  const hits = [r.cues.signVerbs, r.cues.signedParticiples, r.cues.signingNouns]
    .flatMap((set) => set.findAll(tokens).map((h) => span(h.start, h.end)))
    .sort((a, b) => a.start - b.start);
  if (!sentence || hits.length === 0) return new Set();
  const people = tokens.filter((t) => isEntity(t, "Person"));
  const cues = eventCues(r.ctx.language);
  return new Set(signingSpectators({ ctx: r.ctx, cues, sentence, hits, people }).map((t) => t.entityId ?? ""));
}

function spectatorNotSigner(r: Reading): Veto {
  const bySentence = new Map<number, Set<string>>();
  return {
    name: "spectatorNotSigner",
    applies: (c) => {
      if (c.type !== "SIGNED") return false;
      let spectators = bySentence.get(c.sentenceIndex);
      if (!spectators) bySentence.set(c.sentenceIndex, (spectators = spectatorsIn(r, c.sentenceIndex)));
      return spectators.has(c.source);
    },
  };
}

function announcerNotSigner(r: Reading): Veto {
  return {
    name: "announcerNotSigner",
    applies: (c) => {
      if (c.type !== "SIGNED") return false;
      const tokens = r.tokens.of(c.sentenceIndex);
      const subjectOfAny = (set: Reading["cues"]["signVerbs"]) =>
        set.findAll(tokens).some((hit) => subjectOf(r, c.sentenceIndex, hit.start, ["Person"])?.ids.includes(c.source) ?? false);
      return subjectOfAny(r.cues.announceVerbs) && !subjectOfAny(r.cues.signVerbs);
    },
  };
}

/** Rules that read signatories from the wording of a sentence. */
const SIGNATORY_RULES: ReadonlySet<string> = new Set(["signedBy", "signingSubject"]);

/**
 * A signatory of a Signing event its sentence's wording does not read, where the wording reads others of that agreement.
 * Of another agreement of the sentence ("The MoU on X was signed by A and B, and a third, on Y, by C and D"), the wording
 * says nothing against it.
 */
function unconfirmedSigner(found: readonly Candidate[]): Veto {
  const read = found.filter((c) => (c.type === "SIGNED" || c.type === "PARTY_TO") && SIGNATORY_RULES.has(c.rule));
  return {
    name: "unconfirmedSigner",
    applies: (c) => {
      if (c.rule !== "signingEvent") return false;
      const same = read.filter((x) => x.sentenceIndex === c.sentenceIndex && x.type === c.type && x.target === c.target);
      return same.length > 0 && !same.some((x) => x.source === c.source);
    },
  };
}

/**
 * Whether sentence i tells of other agreements: "Japan has signed similar agreements with A and B",
 * "le premier accord de ce type, après ceux signés avec A et B".
 */
function tellsOfOtherAgreements(r: Reading, i: number): boolean {
  const tokens = r.tokens.of(i);
  const heads = [r.cues.pluralAgreementNouns, ...r.cues.genericAgreementHeads.map((g) => g.phrases)].flatMap((set) => set.findAll(tokens));
  if (heads.some((h) => r.cues.otherAgreementAdjectives.findAll(tokens, Math.max(0, h.start - 3), h.start).length > 0)) return true;
  return r.cues.otherAgreementPronouns.findAll(tokens).some((p) => r.cues.signedParticiples.matchAt(tokens, p.end) > 0);
}

function otherAgreements(r: Reading): Veto {
  return {
    name: "otherAgreements",
    applies: (c) => c.rule === "signingEvent" && tellsOfOtherAgreements(r, c.sentenceIndex),
  };
}

/** Tokens before a programme's name in which a word of buying makes it the thing bought ("l'acquisition par la Grèce de deux FDI"). */
const PURCHASE_REACH = 6;

function boughtProgramme(r: Reading): Veto {
  return {
    name: "boughtProgramme",
    applies: (c) => {
      if (c.type !== "PARTICIPATES_IN") return false;
      const tokens = r.tokens.of(c.sentenceIndex);
      return tokens.some(
        (t, k) => t.entityId === c.target && r.cues.purchaseWords.findAll(tokens, Math.max(0, k - PURCHASE_REACH), k).length > 0,
      );
    },
  };
}

/** The vetoes of a document, in order; `found` are all the candidates read. */
export function vetoesFor(r: Reading, found: readonly Candidate[]): Veto[] {
  return [
    withdrawn(r),
    representedNotSigner(r),
    spectatorNotSigner(r),
    announcerNotSigner(r),
    unconfirmedSigner(found),
    boughtProgramme(r),
    otherAgreements(r),
  ];
}
