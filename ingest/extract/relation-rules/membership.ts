/**
 * Rules that read memberships: who belongs to an organisation (or takes part in a programme,
 * or is party to an agreement, when the same wording points at one). Each rule reads one
 * sentence; the order is the order of MEMBERSHIP_RULES.
 *   memberPredicate    "X est le huitième membre de Y", "X, a member of Y", "X became the alliance's newest member",
 *                      "with X as a member of Y", "X est membre de Y, qui …, et de Z"
 *   memberApposition   "the alliance's leading member, Russia", "le membre fondateur de l'Otan, la France"
 *   orgMemberNoun      "NATO member Poland", "fellow EU members Romania and Bulgaria", "Poland, a NATO member since 1999"
 *   joinVerb           "X a rejoint Y", "X joined Y", "X acceded to Y"
 *   rejoinVerb         "X, which left Y in 1984, rejoined it in 2017" (a member again: no withdrawal undoes it)
 *   joinedMembers      "X rejoint A, B et C", "X joins A, B and C": the countries joined are members of the article's organisation
 *   accessionNoun      "l'adhésion de X au Y", "X's accession to Y", "the admission of X into the bloc"
 *   admittedInto       "Y a accepté en son sein X et Z", "X and Z were admitted as full members of Y"
 *   groupingList       "Y, which also includes A, B and C", "Y, qui réunit A, B et C"
 *   foundedBy          "Créé en 1991 par A, B et C, le Y …", "Y, founded by A and B", "A and B founded Y"
 *   foundedByThem      "Les dirigeants de A, B et C … le sommet du Y, qu'ils avaient fondé": the opening countries founded Y
 */
import type { PhraseSet, Token } from "../sentence-tokens.js";
import type { RelationCues } from "../relation-cues.js";
import {
  asserted,
  countOf,
  groupAt,
  isEntity,
  listBackward,
  listForward,
  membershipsOf,
  organizationAt,
  programAt,
  salientOrganization,
  skipOf,
  subjectOf,
  countryAt,
  type Candidate,
  type Reading,
} from "./reading.js";

export interface SentenceRule {
  name: string;
  /** The cue sets that start the rule's every reading: a sentence holding none of their first words is passed over. */
  triggers(cues: RelationCues): readonly PhraseSet[];
  read(r: Reading, i: number): Candidate[];
}

const ORDINAL = /^(?:\d+(?:e|er|ere|eme|es|st|nd|rd|th)|\p{L}+ieme)$/u;

/** A membership target at token k: an organisation (or "the bloc"), a programme or an agreement. */
function targetAt(r: Reading, i: number, k: number): { id: string; end: number } | null {
  const t = r.tokens.of(i)[k];
  if (isEntity(t, "Agreement")) return { id: t.entityId, end: k + 1 };
  return organizationAt(r, i, k) ?? programAt(r, i, k);
}

interface MemberPhrase {
  /** First token of the noun phrase ("le", "the"). */
  start: number;
  /** Token after the phrase and its complement. */
  end: number;
  target: string | null;
  /** Organisations coordinated with the complement ("membre de A et de B"). */
  alsoOf: string[];
}

/** Most tokens of an aside between one complement and the next coordinated one: an acronym, a relative clause. */
const MAX_ASIDE_TOKENS = 12;

/**
 * Organisations coordinated with the member noun's first complement, past an aside:
 * "membre de la Cédéao, qui réunit quinze pays, et de l'Union africaine", "a member of ECOWAS and of
 * the African Union", "member of NATO and the EU". Stops at anything else named, or a stronger break.
 */
function coordinatedTargets(r: Reading, i: number, first: string, from: number): string[] {
  const tokens = r.tokens.of(i);
  const ids: string[] = [];
  let end = from;
  for (;;) {
    let j = end;
    while (j < tokens.length && j - end <= MAX_ASIDE_TOKENS && r.cues.coordinators.matchAt(tokens, j) < 0) {
      const t = tokens[j];
      if (!t || /^[;:.!?]$/u.test(t.norm) || (isEntity(t) && t.entityId !== first && !ids.includes(t.entityId))) return ids;
      j++;
    }
    const after = r.cues.coordinators.matchAt(tokens, j);
    if (after < 0) return ids;
    // "member of A and B", "membre de A et de B", "a member of A and the B".
    const at = skipOf(r, tokens, after);
    const next = targetAt(r, i, at) ?? targetAt(r, i, skipDeterminer(r, tokens, at));
    if (!next || next.id === first || ids.includes(next.id)) return ids;
    ids.push(next.id);
    end = next.end;
  }
}

/**
 * The noun phrase around a member noun at [m, mEnd): modifiers before ("the alliance's newest",
 * "le huitième"), after ("à part entière") and its complement ("de l'Otan"). Null when a
 * qualifier makes it less than a membership ("membre observateur", "associate member").
 */
function memberPhrase(r: Reading, i: number, m: number, mEnd: number): MemberPhrase | null {
  const tokens = r.tokens.of(i);
  let target: string | null = null;
  let k = m - 1;
  while (k >= 0) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === "word" && (ORDINAL.test(t.norm) || countOf(r, t) !== null)) {
      k--; // "le 5e membre", "les quatre membres fondateurs"
      continue;
    }
    if (r.cues.nonMemberQualifiers.endsAt(tokens, k + 1) >= 0) return null;
    const pre = r.cues.memberPreModifiers.endsAt(tokens, k + 1, 3);
    if (pre >= 0) {
      k = pre - 1;
      continue;
    }
    if (t.norm === "'s" && !target) {
      let found = false;
      for (let j = Math.max(0, k - 3); j < k; j++) {
        const ref = organizationAt(r, i, j);
        if (ref && ref.end === k) {
          target = ref.id;
          k = j - 1;
          found = true;
          break;
        }
      }
      if (found) continue;
    }
    break;
  }
  let end = mEnd;
  for (;;) {
    if (r.cues.nonMemberQualifiers.matchAt(tokens, end) > 0) return null;
    const post = r.cues.memberPostModifiers.matchAt(tokens, end);
    if (post < 0) break;
    end = post;
  }
  if (!target) {
    const of = skipOf(r, tokens, end);
    const ref = of > end ? targetAt(r, i, of) : null;
    if (ref) {
      target = ref.id;
      end = ref.end;
    }
    // "devenue membre à part entière en 2024", with no complement at all: of the article's organisation.
    else if (of === end && !isEntity(tokens[end])) target = salientOrganization(r, i);
  }
  return { start: k + 1, end, target, alsoOf: target ? coordinatedTargets(r, i, target, end) : [] };
}

const memberPredicate: SentenceRule = {
  name: "memberPredicate",
  triggers: (cues) => [cues.memberNouns],
  read(r, i) {
    const tokens = r.tokens.of(i);
    const out: Candidate[] = [];
    for (const hit of r.cues.memberNouns.findAll(tokens)) {
      const phrase = memberPhrase(r, i, hit.start, hit.end);
      if (!phrase?.target) continue;
      const copula = r.cues.copulas.endsAt(tokens, phrase.start, 4);
      const as = r.cues.asWords.endsAt(tokens, phrase.start, 3);
      let subject: string[] = [];
      let from = phrase.start;
      if (as >= 0) {
        // "with Viet Nam as a member of the Security Council", "la Somalie en tant que huitième membre".
        const list = listBackward(r, i, as, (t) => isEntity(t, "Country"));
        subject = list.ids;
        from = list.edge;
      } else if (copula >= 0) {
        const s = subjectOf(r, i, copula, ["Country", "Person"]);
        if (s) {
          subject = s.ids;
          from = s.at;
        }
      } else {
        // An apposition: "la Suède, devenue le 32e membre de l'Otan", "Finland, a member of NATO".
        const participle = r.cues.appositionParticiples.endsAt(tokens, phrase.start, 3);
        const comma = participle >= 0 ? participle - 1 : phrase.start - 1;
        if (tokens[comma]?.norm === ",") {
          const list = listBackward(r, i, comma, (t) => isEntity(t, "Country"));
          subject = list.ids;
          from = list.edge;
        }
      }
      if (subject.length === 0 || !asserted(r, i, from, hit.end)) continue;
      for (const target of [phrase.target, ...phrase.alsoOf]) out.push(...membershipsOf(r, subject, target, i, "memberPredicate", 0.8));
    }
    return out;
  },
};

const memberApposition: SentenceRule = {
  name: "memberApposition",
  triggers: (cues) => [cues.memberNouns],
  read(r, i) {
    const tokens = r.tokens.of(i);
    const out: Candidate[] = [];
    for (const hit of r.cues.memberNouns.findAll(tokens)) {
      const phrase = memberPhrase(r, i, hit.start, hit.end);
      if (!phrase?.target || tokens[phrase.end]?.norm !== ",") continue;
      const list = listForward(r, i, phrase.end + 1, (t) => isEntity(t, "Country"), 2);
      // The apposition closes there: "…, Russia." or "…, Russia, said" — not the start of a longer clause.
      if (list.ids.length === 0) continue;
      out.push(...membershipsOf(r, list.ids, phrase.target, i, "memberApposition", 0.75));
    }
    return out;
  },
};

/**
 * "NATO member Poland", "fellow EU members Romania and Bulgaria", "Poland, a NATO member since
 * 1999": an organisation's name right before a member noun, then the members named right after it,
 * or else the country the phrase stands in apposition to (a comma and an indefinite article before).
 */
const orgMemberNoun: SentenceRule = {
  name: "orgMemberNoun",
  triggers: (cues) => [cues.memberNouns],
  read(r, i) {
    const tokens = r.tokens.of(i);
    const out: Candidate[] = [];
    for (const hit of r.cues.memberNouns.findAll(tokens)) {
      const org = tokens[hit.start - 1];
      if (!isEntity(org, "Organization") || r.cues.nonMemberQualifiers.matchAt(tokens, hit.start - 2) > 0) continue;
      if (!asserted(r, i, Math.max(0, hit.start - 5), hit.end)) continue;
      const named = listForward(r, i, hit.end, (t) => isEntity(t, "Country"), 0);
      if (named.ids.length > 0) {
        out.push(...membershipsOf(r, named.ids, org.entityId, i, "orgMemberNoun", 0.75));
        continue;
      }
      const article = hit.start - 2;
      const country = tokens[article - 2];
      if (
        r.cues.indefiniteArticles.matchAt(tokens, article) === article + 1 &&
        tokens[article - 1]?.norm === "," &&
        isEntity(country, "Country")
      ) {
        out.push(...membershipsOf(r, [country.entityId], org.entityId, i, "orgMemberNoun", 0.75));
      }
    }
    return out;
  },
};

/** Memberships by a verb of joining from `verbs`: the subject joins the object (a pronoun object: the article's organisation). */
function joined(r: Reading, i: number, verbs: Reading["cues"]["joinVerbs"], rule: string): Candidate[] {
  const tokens = r.tokens.of(i);
  const out: Candidate[] = [];
  for (const hit of verbs.findAll(tokens)) {
    // "rejoined it", "l'a réintégrée": the organisation just named.
    const pronoun =
      r.cues.objectPronouns.matchAt(tokens, hit.end) > 0 || r.cues.objectPronouns.matchAt(tokens, hit.start - 1) === hit.start;
    const target = targetAt(r, i, skipDeterminer(r, tokens, hit.end))?.id ?? (pronoun ? salientOrganization(r, i) : null);
    if (!target) continue;
    const verbAt = pronoun && r.cues.objectPronouns.matchAt(tokens, hit.start - 1) === hit.start ? hit.start - 1 : hit.start;
    const subject = subjectOf(r, i, verbAt, ["Country", "Organization"]);
    if (!subject || !asserted(r, i, subject.at, hit.end)) continue;
    out.push(...membershipsOf(r, subject.ids, target, i, rule, 0.8));
  }
  return out;
}

const joinVerb: SentenceRule = {
  name: "joinVerb",
  triggers: (cues) => [cues.joinVerbs],
  read: (r, i) => joined(r, i, r.cues.joinVerbs, "joinVerb"),
};

/** "Morocco, which left the AU in 1984, rejoined it in 2017": a member again, whatever the leaving said. */
const rejoinVerb: SentenceRule = {
  name: "rejoinVerb",
  triggers: (cues) => [cues.rejoinVerbs],
  read: (r, i) => joined(r, i, r.cues.rejoinVerbs, "rejoinVerb"),
};

/** Fewest countries joined for the joining to be a membership of the article's organisation ("France joined Germany in condemning …" is none). */
const MIN_JOINED_MEMBERS = 3;

/** The countries listed from token k on, a list going on after its comma with a coordinator ("…, ainsi que E et F", "…, as well as E"). */
function countryListFrom(r: Reading, i: number, k: number): string[] {
  const tokens = r.tokens.of(i);
  const isCountry = (t: Token) => isEntity(t, "Country");
  let list = listForward(r, i, k, isCountry, 3);
  const ids = [...list.ids];
  while (list.ids.length > 0 && tokens[list.edge]?.norm === "," && r.cues.coordinators.matchAt(tokens, list.edge + 1) > 0) {
    list = listForward(r, i, list.edge + 1, isCountry, 3);
    ids.push(...list.ids.filter((id) => !ids.includes(id)));
  }
  return ids;
}

/**
 * "L'Indonésie rejoint ainsi le Brésil, la Russie, l'Inde, la Chine et l'Afrique du Sud",
 * "Indonesia joins Brazil, Russia, India, China and South Africa": the countries joined (three or
 * more) are members of the organisation the article is about, and so is the subject.
 */
const joinedMembers: SentenceRule = {
  name: "joinedMembers",
  triggers: (cues) => [cues.joinVerbs],
  read(r, i) {
    const tokens = r.tokens.of(i);
    const out: Candidate[] = [];
    for (const hit of r.cues.joinVerbs.findAll(tokens)) {
      if (targetAt(r, i, skipDeterminer(r, tokens, hit.end))) continue; // an organisation joined: joinVerb's
      // One adverb may follow the verb: "rejoint ainsi", "joins now".
      const direct = countryListFrom(r, i, hit.end);
      const joined = direct.length > 0 ? direct : countryListFrom(r, i, hit.end + 1);
      if (joined.length < MIN_JOINED_MEMBERS) continue;
      const target = salientOrganization(r, i);
      if (!target) continue;
      const subject = subjectOf(r, i, hit.start, ["Country"]);
      if (!asserted(r, i, subject?.at ?? Math.max(0, hit.start - 4), hit.end)) continue;
      out.push(...membershipsOf(r, [...joined, ...(subject?.ids ?? [])], target, i, "joinedMembers", 0.7));
    }
    return out;
  },
};

/** Skips one determiner ("la", "the", "l'") at k. */
function skipDeterminer(r: Reading, tokens: readonly Token[], k: number): number {
  const det = r.cues.definiteDeterminers.matchAt(tokens, k);
  return det > 0 && isEntity(tokens[det]) ? det : k;
}

const accessionNoun: SentenceRule = {
  name: "accessionNoun",
  triggers: (cues) => [cues.accessionNouns],
  read(r, i) {
    const tokens = r.tokens.of(i);
    const out: Candidate[] = [];
    for (const hit of r.cues.accessionNouns.findAll(tokens)) {
      // "sa demande d'adhésion", "its bid for membership": a wish, not a membership.
      if (r.cues.accessionNotYet.findAll(tokens, Math.max(0, hit.start - 3), hit.start).length > 0) continue;
      // "envisager une adhésion du Brésil": an indefinite accession is a prospect, not a fact.
      if (r.cues.indefiniteArticles.matchAt(tokens, hit.start - 1) === hit.start) continue;
      if (!asserted(r, i, Math.max(0, hit.start - 4), hit.start)) continue;
      let country: string | null = null;
      let k = hit.end;
      // "Sweden's accession", "Armenia's membership".
      if (tokens[hit.start - 1]?.norm === "'s") {
        const before = countryAt(r, i, hit.start - 2) ?? (hit.start >= 3 ? countryAt(r, i, hit.start - 3) : null);
        if (before?.end === hit.start - 1) country = before.id;
      }
      if (!country) {
        // "de la Croatie", "du pays", "of Sweden".
        const of = skipOf(r, tokens, k);
        const ref = countryAt(r, i, k) ?? (of > k ? countryAt(r, i, of) : null);
        if (ref) {
          country = ref.id;
          k = ref.end;
        }
      }
      if (!country) continue;
      // "à l'OTAN", "au Mercosur", "dans le bloc" (the preposition's last word may be the anaphor's determiner).
      const to = r.cues.accessionPrepositions.matchAt(tokens, k);
      const target = to > 0 ? (targetAt(r, i, to) ?? targetAt(r, i, to - 1) ?? targetAt(r, i, skipDeterminer(r, tokens, to))) : null;
      if (!target) continue;
      out.push(...membershipsOf(r, [country], target.id, i, "accessionNoun", 0.75));
    }
    return out;
  },
};

const admittedInto: SentenceRule = {
  name: "admittedInto",
  triggers: (cues) => [cues.admitVerbs, cues.admittedPassive],
  read(r, i) {
    const tokens = r.tokens.of(i);
    const out: Candidate[] = [];
    // Active: the organisation admits the countries listed after the verb.
    for (const hit of r.cues.admitVerbs.findAll(tokens)) {
      const org = subjectOf(r, i, hit.start, ["Organization"]);
      if (!org || org.ids.length !== 1 || !asserted(r, i, org.at, hit.end)) continue;
      const members = listForward(r, i, hit.end, (t) => isEntity(t, "Country"), 3);
      const target = org.ids[0];
      if (target) out.push(...membershipsOf(r, members.ids, target, i, "admittedInto", 0.8));
    }
    // Passive: the countries were admitted as members of the organisation.
    for (const hit of r.cues.admittedPassive.findAll(tokens)) {
      const subject = subjectOf(r, i, hit.start, ["Country"]);
      if (!subject || !asserted(r, i, subject.at, hit.end)) continue;
      let k = hit.end;
      const as = r.cues.admittedAs.matchAt(tokens, k);
      if (as > 0) k = as;
      const noun = r.cues.memberNouns.matchAt(tokens, k);
      const phrase = noun > 0 ? memberPhrase(r, i, k, noun) : null;
      // "were admitted as full members in 2024": of the article's organisation when none is named.
      const target = phrase?.target ?? targetAt(r, i, skipDeterminer(r, tokens, k))?.id ?? (phrase ? salientOrganization(r, i) : null);
      if (target) out.push(...membershipsOf(r, subject.ids, target, i, "admittedInto", 0.8));
    }
    return out;
  },
};

/** Most words of an apposition describing the grouping ("the six-member regional bloc"). */
const MAX_APPOSITION_TOKENS = 7;

/**
 * Where the grouping's name ends when an apposition stands between it and the cue ("the SADC, the
 * regional bloc that also includes …", "la CAE, le bloc régional qui réunit …"): the apposition's
 * comma; otherwise the cue itself.
 */
function apposedGroupEnd(r: Reading, tokens: readonly Token[], cue: number): number {
  for (let j = cue - 1; j >= 0 && cue - j <= MAX_APPOSITION_TOKENS; j--) {
    const t = tokens[j];
    if (!t) break;
    if (t.norm === ",") return j + 1 < cue && r.cues.definiteDeterminers.matchAt(tokens, j + 1) > 0 ? j + 1 : cue;
    if (t.kind !== "word" || isEntity(t)) break;
  }
  return cue;
}

const groupingList: SentenceRule = {
  name: "groupingList",
  triggers: (cues) => [cues.groupingCues],
  read(r, i) {
    const tokens = r.tokens.of(i);
    const out: Candidate[] = [];
    for (const hit of r.cues.groupingCues.findAll(tokens)) {
      let k = apposedGroupEnd(r, tokens, hit.start) - 1;
      if (tokens[k]?.norm === ",") k--;
      if (tokens[k]?.norm === ")")
        k =
          tokens
            .slice(0, k)
            .map((t) => t.norm)
            .lastIndexOf("(") - 1;
      let target: string | null = null;
      for (let j = Math.max(0, k - 3); j <= k && !target; j++) {
        const ref = targetAt(r, i, j);
        if (ref?.end === k + 1) target = ref.id;
      }
      if (!target) continue;
      const members = listForward(r, i, hit.end, (t) => isEntity(t, "Country", "Organization"), 3);
      // "le programme réunit les deux pays": the countries last named together.
      const ids = members.ids.length > 0 ? members.ids : (groupAt(r, i, hit.end)?.ids ?? []);
      out.push(...membershipsOf(r, ids, target, i, "groupingList", 0.75));
    }
    return out;
  },
};

const foundedBy: SentenceRule = {
  name: "foundedBy",
  triggers: (cues) => [cues.foundingParticiples, cues.foundingVerbs],
  read(r, i) {
    const tokens = r.tokens.of(i);
    const out: Candidate[] = [];
    // Passive: "Créé en 1991 par A et B, le Y", "Y, founded in 1991 by A and B".
    for (const hit of r.cues.foundingParticiples.findAll(tokens)) {
      let k = hit.end;
      while (k < tokens.length && k - hit.end < 4 && r.cues.agentPrepositions.matchAt(tokens, k) < 0) k++;
      const by = r.cues.agentPrepositions.matchAt(tokens, k);
      if (by < 0) continue;
      const founders = listForward(r, i, by, (t) => isEntity(t, "Country", "Organization"), 3);
      if (founders.ids.length === 0) continue;
      let target: string | null = null;
      // The founded body before the participle ("Y, créé par") or after the founders ("…, le Y a").
      // "Y, créé par", "The group was created in 2009 by".
      const auxiliary = r.cues.copulas.endsAt(tokens, hit.start, 3);
      let before = (auxiliary >= 0 ? auxiliary : hit.start) - 1;
      if (tokens[before]?.norm === ",") before--;
      for (let j = Math.max(0, before - 2); j <= before && !target; j++) {
        const ref = targetAt(r, i, j);
        if (ref?.end === before + 1) target = ref.id;
      }
      if (!target && tokens[founders.edge]?.norm === ",") {
        const after = founders.edge + 1;
        target = targetAt(r, i, after)?.id ?? targetAt(r, i, after + 1)?.id ?? null;
      }
      if (target)
        out.push(
          ...membershipsOf(
            r,
            founders.ids.filter((id) => id !== target),
            target,
            i,
            "foundedBy",
            0.8,
          ),
        );
    }
    // Active: "A, B et C ont fondé Y", "A and B founded Y".
    for (const hit of r.cues.foundingVerbs.findAll(tokens)) {
      const target = targetAt(r, i, skipDeterminer(r, tokens, hit.end));
      if (!target) continue;
      const founders = subjectOf(r, i, hit.start, ["Country", "Organization"]);
      if (!founders || !asserted(r, i, founders.at, hit.end)) continue;
      out.push(...membershipsOf(r, founders.ids, target.id, i, "foundedBy", 0.8));
    }
    return out;
  },
};

/**
 * "Les dirigeants du Mali, du Niger et du Tchad … le sommet de l'Alliance (AES), qu'ils avaient
 * fondée en 2023", "leaders of A, B and C met for a summit of the bloc, which they founded in 2019":
 * the countries the sentence opens with founded the organisation the relative clause follows.
 */
const foundedByThem: SentenceRule = {
  name: "foundedByThem",
  triggers: (cues) => [cues.foundingVerbs],
  read(r, i) {
    const tokens = r.tokens.of(i);
    const out: Candidate[] = [];
    for (const hit of r.cues.foundingVerbs.findAll(tokens)) {
      const them = r.cues.foundedByThem.endsAt(tokens, hit.start, 4);
      if (them < 0) continue;
      // The organisation right before the relative clause, past its comma and an acronym in parentheses.
      let k = them - 1;
      if (tokens[k]?.norm === ",") k--;
      if (tokens[k]?.norm === ")") k = tokens.slice(0, k).findLastIndex((t) => t.norm === "(") - 1;
      let target: string | null = null;
      for (let j = Math.max(0, k - 3); j <= k && !target; j++) {
        const ref = organizationAt(r, i, j);
        if (ref?.end === k + 1) target = ref.id;
      }
      if (!target) continue;
      const first = tokens.findIndex((t) => isEntity(t, "Country"));
      if (first < 0 || first > k) continue;
      const founders = listForward(r, i, first, (t) => isEntity(t, "Country"));
      if (founders.ids.length < 2 || founders.edge > k) continue;
      out.push(...membershipsOf(r, founders.ids, target, i, "foundedByThem", 0.75));
    }
    return out;
  },
};

/** The membership rules, in order. */
export const MEMBERSHIP_RULES: readonly SentenceRule[] = [
  memberPredicate,
  memberApposition,
  orgMemberNoun,
  joinVerb,
  rejoinVerb,
  joinedMembers,
  accessionNoun,
  admittedInto,
  groupingList,
  foundedBy,
  foundedByThem,
];
