/**
 * Who meets, as ordered named rules. The people of the sentence (outside reporting zones) take
 * part; the countries and organisations come from the first party rule that finds:
 *   titledSubjectMeetsCounterpart  "le ministre japonais … a reçu son homologue australienne" → Japan, Australia
 *   hostAndGuests        "Malaysia's prime minister will host the leaders of Vietnam and Thailand", "Tokyo doit accueillir …"
 *   speakersSide         "« Notre sommet a été un succès », a déclaré le secrétaire général de l'OTAN"
 *   leadersAtTheirSummit "The leaders of Ghana, Togo and Benin met for the ECOWAS summit" → the organisation
 *   leadersOf            "les dirigeants du G20 se sont réunis", "EU leaders met", "a gathering of G7 finance ministers"
 *   leadersOfCountries   "the leaders of India and Australia will meet", "les dirigeants indien et australien se sont réunis"
 *   sidesBetween         "des pourparlers entre l'Ukraine et la Russie", "talks between Ukrainian and Russian delegations"
 *   blocsBetween         "une réunion entre les deux blocs", "talks between the two organisations" → the organisations named last
 *   sidesGroup           "les deux pays ont tenu", "the two sides held talks" → the sides of the salient event
 *   ministersOf          "une réunion des ministres des Affaires étrangères" → their countries
 *   peopleGroup          "ils se sont réunis", "the two leaders met" → the people of the salient event
 *   countedGroup         "the three countries met" → the countries listed for that count
 *   sidesJoined          "the EU-China summit", "US-China trade talks", "le sommet UE-Chine", "les pourparlers russo-ukrainiens"
 *   subjectSides         "Japan and its key ally, the United States, held talks"
 *   hostOrganization     "le sommet de l'OTAN", "the G7 summit"
 *   summitOrganization   "le 63e sommet de l'organisation sud-américaine", "réunis en sommet" → the organisation named before
 *   hostCitySummit       "at the Ankara summit last July", "lors du sommet de Vilnius" → the bloc the story is about, there
 * A summit always names its organisation when one is found, even with people present, and so does
 * a counterpart the sentence does not name ("X met his Vietnamese counterpart": Vietnam, or the one person of
 * Vietnam the next sentence names), and so do the guests' countries of a host ("X will host the leaders of …"); "his
 * talks with X" adds the possessor to the people named, "After talks with X, Y said" the subject
 * after the fronted phrase, "he held talks with X" the person the pronoun stands for.
 */
import { blankSpans, clauseAround, findIn, findWordsIn, letterWordCount, overlaps, wordCount, type Span } from "../spans.js";
import { countryOfPlace, isCapitalOf } from "./same-place.js";
import { isStorySentence, type ExtractionContext } from "../context.js";
import { countryOfPerson, isPluralTitle, type PersonReference } from "../roles.js";
import type { TitleMention } from "../../../src/model/mentions.js";
import { foldForMatch } from "../../../src/kb/normalize.js";
import { relationCuesFor } from "../relation-cues.js";
import { countedGroup, leadersOf, speakersSide } from "./groups.js";
import { groupSubjectBefore, hostOrganization, ministersAfter, partyGroupBefore } from "./participants.js";
import {
  cueBefore,
  frontedPhraseAround,
  latestBefore,
  personAt,
  pronounObjectOf,
  pronounSubjectOf,
  sentenceSubject,
} from "./references.js";
import { listAfter, subjectList } from "./chains.js";
import { belongsToTitle, isPartyMention, ownParticipants, peopleIn, typeOf, type TriggerScope } from "./scope.js";
import { firstFound, type Found, type ParticipantRule } from "./rules.js";

/** "des pourparlers entre l'Ukraine et la Russie", "talks between Ukrainian and Russian delegations": two sides or more named right after the noun. */
export const sidesBetween: ParticipantRule = {
  name: "sidesBetween",
  find: ({ ctx, cues, i, s, trigger }) => {
    const marker = findIn(cues.sidesBetween, ctx.text, trigger.end, Math.min(s.end, trigger.end + 40)).find((m) => {
      const gap = ctx.text.slice(trigger.end, m.start);
      return !/[,;:()«»"“”]/.test(gap) && wordCount(gap) <= 2;
    });
    if (!marker) return null;
    // A demonym stands for its country here ("between Ukrainian and Russian officials"), not a title's complement.
    const sides = (ctx.mentionsBySentence[i] ?? [])
      .filter((m) => ["Country", "Organization"].includes(typeOf(ctx, m.entityId) ?? "") && !belongsToTitle(ctx, i, m))
      .map((m) => ({ start: m.start, end: m.end, id: m.entityId }));
    const allowed = [...(ctx.titlesBySentence[i] ?? []), ...(ctx.mentionsBySentence[i] ?? [])];
    const list = listAfter(ctx, sides, marker, s.end, allowed, []);
    return list.length >= 2 ? { parties: list } : null;
  },
};

/** Most words between an event's noun and its verb of gathering: "The summit in Quito on 11 February brought together". */
const NOUN_TO_GATHERING_WORDS = 12;

/**
 * "The summit brought together Ecuador and Peru", "Le sommet, qui devait réunir l'Équateur et le Pérou le 11 décembre,
 * …", "a réuni les gouvernements équatorien et péruvien": the countries and organisations listed right after the verb
 * of gathering that follows the event's noun (its relative clause too; no other clause between), two at least.
 */
const sidesGathered: ParticipantRule = {
  name: "sidesGathered",
  find: ({ ctx, cues, i, s, trigger }) => {
    // From the event's noun, or the verb itself when it is the trigger ("Le sommet a réuni …": the noun told as known).
    const verb = findWordsIn(cues.gatheringVerbs, ctx.text, trigger.start, s.end).find((v) => {
      const from = Math.min(trigger.end, v.start);
      const gap = ctx.text.slice(from, v.start);
      // Not the verb of another clause ("… was cancelled, and the president gathered X and Y"): no "and"/"et", no person between.
      const otherSubject =
        findWordsIn(cues.sharedSubjectLinks, ctx.text, from, v.start).length > 0 ||
        (ctx.mentionsBySentence[i] ?? []).some((m) => m.start >= from && m.end <= v.start && typeOf(ctx, m.entityId) === "Person");
      return (
        !otherSubject && !/[;:()«»"“”]/u.test(gap) && (gap.match(/,/gu) ?? []).length <= 1 && wordCount(gap) <= NOUN_TO_GATHERING_WORDS
      );
    });
    if (!verb) return null;
    const sides = (ctx.mentionsBySentence[i] ?? [])
      .filter((m) => ["Country", "Organization"].includes(typeOf(ctx, m.entityId) ?? "") && !belongsToTitle(ctx, i, m))
      .map((m) => ({ start: m.start, end: m.end, id: m.entityId }));
    const allowed = [...(ctx.titlesBySentence[i] ?? []), ...(ctx.mentionsBySentence[i] ?? [])];
    const list = listAfter(ctx, sides, verb, s.end, allowed, []);
    return list.length >= 2 ? { parties: list } : null;
  },
};

/** Between the noun and "between the two blocs": at most two words ("a meeting of ministers between …"). */
const NOUN_TO_SIDES_WORDS = 2;

/**
 * "une réunion entre les deux blocs", "talks between the two organisations": as many organisations as the count
 * says, the latest named before the noun in the story (not a title's complement).
 */
const blocsBetween: ParticipantRule = {
  name: "blocsBetween",
  find: ({ ctx, cues, i, s, trigger, hits }) => {
    // After any noun of the cluster ("prêt à accueillir une réunion entre les deux blocs").
    const noun = hits.at(-1) ?? trigger;
    const marker = findIn(cues.sidesBetween, ctx.text, noun.end, Math.min(s.end, noun.end + 40)).find((m) => {
      const gap = ctx.text.slice(noun.end, m.start);
      return !/[,;:()«»"“”]/.test(gap) && wordCount(gap) <= NOUN_TO_SIDES_WORDS;
    });
    if (!marker) return null;
    const bloc = findIn(cues.blocNouns, ctx.text, marker.end, Math.min(s.end, marker.end + 30))[0];
    const words = bloc ? (ctx.text.slice(marker.end, bloc.start).match(/[\p{L}\p{N}'’-]+/gu) ?? []) : [];
    // "les deux", "the two": an article and a count word, nothing else.
    const count = words.length === 2 ? cues.countWordValues.get(foldForMatch(words[1] ?? "")) : undefined;
    if (!bloc || count === undefined || count < 2) return null;
    const named = new Set<string>();
    for (let k = i; k >= 0 && named.size < count; k--) {
      const orgs = (ctx.mentionsBySentence[k] ?? []).filter(
        (m) =>
          (k < i || m.end <= noun.start) &&
          typeOf(ctx, m.entityId) === "Organization" &&
          m.source !== "demonym" &&
          !belongsToTitle(ctx, k, m),
      );
      for (const m of [...orgs].reverse()) if (named.size < count) named.add(m.entityId);
    }
    return named.size === count ? { parties: [...named].reverse() } : null;
  },
};

/** A hyphen (or a dash) joining two sides: "EU-China", "Russia–Ukraine", "UE-Chine". */
const SIDE_JOINER = /^(?:[-‐‑]|\s?–\s?)$/u;
/** Between the joined sides and the meeting noun: blanks and at most two lower-case words ("US-China trade talks", "le sommet annuel UE-Chine"). */
const SIDES_TO_NOUN = /^(?:\s+\p{Ll}[\p{L}’'-]*){0,2}\s+$/u;

/** Sides joined by hyphens in a sentence, with their span. */
export interface JoinedSides {
  start: number;
  end: number;
  ids: string[];
}

/**
 * "EU-China", "Russia–Ukraine", "UE-Chine", "russo-ukrainiens": two countries or organisations or more joined by
 * hyphens in sentence i. A combining form ("russo-", "Sino-") stands for its country when the document names it.
 */
export function joinedSides(ctx: ExtractionContext, i: number, s: Span): JoinedSides[] {
  const sides = (ctx.mentionsBySentence[i] ?? []).filter(
    (m) => ["Country", "Organization"].includes(typeOf(ctx, m.entityId) ?? "") && !belongsToTitle(ctx, i, m),
  );
  const combining = relationCuesFor(ctx.language)?.combiningForms;
  const formBefore = (at: number) => /([\p{L}]+)-$/u.exec(ctx.text.slice(Math.max(s.start, at - 16), at));
  const out: JoinedSides[] = [];
  for (let k = 0; k < sides.length;) {
    const first = sides[k];
    if (!first) break;
    const chain = { start: first.start, end: first.end, ids: [first.entityId] };
    for (k++; sides[k] && SIDE_JOINER.test(ctx.text.slice(chain.end, sides[k]?.start)); k++) {
      const next = sides[k];
      if (!next) break;
      chain.ids.push(next.entityId);
      chain.end = next.end;
    }
    for (let form = formBefore(chain.start); form; form = formBefore(chain.start)) {
      const id = combining?.get(foldForMatch(form[1] ?? ""));
      if (!id || !ctx.entityById.has(id)) break;
      chain.ids.unshift(id);
      chain.start -= form[0].length;
    }
    chain.ids = [...new Set(chain.ids)];
    if (chain.ids.length >= 2) out.push(chain);
  }
  return out;
}

/** "the EU-China summit", "US-China trade talks", "le sommet UE-Chine", "les pourparlers russo-ukrainiens": sides joined right before or after the noun. */
const sidesJoined: ParticipantRule = {
  name: "sidesJoined",
  find: ({ ctx, i, s, trigger }) => {
    const chain = joinedSides(ctx, i, s).find(
      (c) =>
        (c.end <= trigger.start && SIDES_TO_NOUN.test(ctx.text.slice(c.end, trigger.start))) ||
        (c.start >= trigger.end && SIDES_TO_NOUN.test(ctx.text.slice(trigger.end, c.start))),
    );
    return chain ? { parties: chain.ids } : null;
  },
};

export const sidesGroup: ParticipantRule = {
  name: "sidesGroup",
  find: ({ ctx, s, trigger }) => (partyGroupBefore(ctx, s, trigger.start) ? { groupSubject: true, ofMinisters: true } : null),
};

export const peopleGroup: ParticipantRule = {
  name: "peopleGroup",
  find: ({ ctx, s, trigger }) => (groupSubjectBefore(ctx, s, trigger.start) ? { groupSubject: true } : null),
};

/**
 * "Les chefs de délégation ont ensuite été reçus par le chef de l'État nigérien", "They then met the German
 * chancellor": a group standing for the people of the salient event meets an office holder the sentence leaves
 * unnamed, whose country takes part. Tried before peopleGroup, and also for a weak word ("reçus"), the holder
 * making it a meeting.
 */
const groupMeetsUnnamedHolder: ParticipantRule = {
  name: "groupMeetsUnnamedHolder",
  find: (scope) => {
    if (!groupSubjectBefore(scope.ctx, scope.s, scope.trigger.start)) return null;
    const parties = unnamedOfficeHolders(scope, []);
    return parties.length > 0 ? { groupSubject: true, parties } : null;
  },
};

export const ministersOf: ParticipantRule = {
  name: "ministersOf",
  find: ({ ctx, roles, i, s, hits }) =>
    hits.some((h) => ministersAfter(ctx, roles, i, s, h)) ? { groupSubject: true, ofMinisters: true } : null,
};

export const subjectSides: ParticipantRule = {
  name: "subjectSides",
  find: ({ ctx, i, trigger, agreementsHere }) => {
    const candidates = (ctx.mentionsBySentence[i] ?? [])
      .filter((m) => isPartyMention(ctx, m) && !agreementsHere.some((a) => overlaps(a, m)) && !belongsToTitle(ctx, i, m))
      .map((m) => ({ start: m.start, end: m.end, id: m.entityId }));
    const sides = subjectList(ctx, candidates, trigger, [...(ctx.titlesBySentence[i] ?? []), ...(ctx.mentionsBySentence[i] ?? [])]);
    return sides.length > 0 ? { parties: sides } : null;
  },
};

export const hostOfMeeting: ParticipantRule = {
  name: "hostOrganization",
  find: ({ ctx, i, hits }) => {
    const host = hostOrganization(ctx, i, hits);
    return host.length > 0 ? { parties: host } : null;
  },
};

/** Whether the trigger cluster names a summit ("sommet", "summit"). */
function isSummit(scope: TriggerScope): boolean {
  return scope.hits.some((h) => scope.cues.summitNouns.test(scope.ctx.text.slice(h.start, h.end)));
}

export const summitOrganization: ParticipantRule = {
  name: "summitOrganization",
  find: (scope) => {
    const { ctx, cues, i, s, trigger } = scope;
    if (!isSummit(scope)) return null;
    // "du 63e sommet de l'organisation sud-américaine": a noun standing for the organisation named before.
    const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
    const noun = findIn(cues.organizationNouns, ctx.text, trigger.end, Math.min(s.end, trigger.end + 25)).find((n) =>
      /^\s*(?:de|of|d['’])?\s*$/iu.test(ctx.text.slice(trigger.end, n.start).replace(/(?:l['’]|la|le|the)\s*$/iu, "")),
    );
    if (noun) {
      const named = latestBefore(ctx, i, noun.start, "Organization");
      return named ? { parties: [named] } : null;
    }
    // "les chefs d'État réunis en sommet": the organisation the sentence is about (its first one, not a title's complement).
    const orgs = (ctx.mentionsBySentence[i] ?? []).filter(
      (m) =>
        typeOf(ctx, m.entityId) === "Organization" &&
        m.source !== "demonym" &&
        !belongsToTitle(ctx, i, m) &&
        m.end <= Math.max(clause.end, trigger.end),
    );
    const first = orgs[0];
    return first && new Set(orgs.map((m) => m.entityId)).size === 1 ? { parties: [first.entityId] } : null;
  },
};

/** "After talks with X, Y said", "À l'issue d'un entretien avec X, Y a déclaré": the subject after a fronted phrase that holds the meeting and its other side. */
function subjectAfterFrontedMeeting(scope: TriggerScope): string | null {
  const { ctx, cues, roles, i, s, trigger, participants } = scope;
  const phrase = frontedPhraseAround(ctx, cues, s, trigger);
  if (!phrase || !participants.some((p) => p.start >= trigger.end && p.end <= phrase.end)) return null;
  const subject = sentenceSubject(ctx, roles, i);
  return subject && subject.start > phrase.end ? subject.personId : null;
}

/** "where they met X", "Les deux dirigeants ont ensuite rencontré X": a group subject in the trigger's clause, everyone named after the trigger. */
function groupMeetsNamed(scope: TriggerScope): boolean {
  const { ctx, s, trigger, participants } = scope;
  if (participants.some((p) => p.start < trigger.end)) return false;
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  return groupSubjectBefore(ctx, { start: clause.start, end: s.end }, trigger.start);
}

/** The sides of counterparts a meeting's sentence leaves unnamed: the person the next sentence names, or the country. */
interface CounterpartSides {
  people: string[];
  parties: string[];
}

/** Between a country and the name it tells the nationality of: "Australia's Penny Wong", "l'Australienne Penny Wong". */
const COUNTRY_TO_NAME = /^(?:['’]s)?\s*$/u;

/** The country the text gives a person of sentence k: an office held for it, the knowledge base, or a country right before the name. */
function countryNamedWith(scope: TriggerScope, k: number, p: PersonReference): string | null {
  const { ctx, roles } = scope;
  const known = countryOfPerson(ctx, roles.roles, p.personId);
  if (known) return known;
  const before = (ctx.mentionsBySentence[k] ?? []).find(
    (m) => m.end <= p.start && typeOf(ctx, m.entityId) === "Country" && COUNTRY_TO_NAME.test(ctx.text.slice(m.end, p.start)),
  );
  return before?.entityId ?? null;
}

/** Whether the person is known to hold another office than `titleId` for the country (in the document, else the knowledge base). */
function holdsOtherOffice(scope: TriggerScope, personId: string, country: string, titleId: string | null): boolean {
  if (titleId === null) return false;
  const { ctx, roles } = scope;
  const stated = roles.roles.filter(
    (r) => r.personId === personId && r.tenure === "current" && r.targetId === country && r.titleId !== null,
  );
  if (stated.length > 0) return !stated.some((r) => r.titleId === titleId);
  const kbPerson = ctx.kb.byId.get(personId);
  const offices = kbPerson && !("iso2" in kbPerson) ? (kbPerson.offices ?? []).filter((o) => !o.to && o.of === country) : [];
  return offices.length > 0 && !offices.some((o) => o.title === titleId);
}

/**
 * "Motegi met his Australian counterpart on Monday. Australia's Penny Wong said …", "… a reçu son homologue
 * australienne. Penny Wong a salué …": the one person of the next story sentence whom the text gives the
 * counterpart's country, not a participant already, and not known to hold another office than the counterpart's.
 */
function counterpartNamedNext(
  scope: TriggerScope,
  counterpart: TitleMention & { ofEntityId: string },
  taken: readonly string[],
): string | null {
  const country = counterpart.ofEntityId;
  const { ctx, roles, i } = scope;
  for (let k = i + 1; k < ctx.sentences.length; k++) {
    const sk = ctx.sentences[k];
    if (!sk || !isStorySentence(sk)) continue;
    const matching = new Set(
      peopleIn(ctx, roles, k)
        .filter(
          (p) =>
            !taken.includes(p.personId) &&
            countryNamedWith(scope, k, p) === country &&
            !holdsOtherOffice(scope, p.personId, country, counterpart.titleId),
        )
        .map((p) => p.personId),
    );
    return matching.size === 1 ? ([...matching][0] ?? null) : null;
  }
  return null;
}

/**
 * "X met his Vietnamese counterpart in Hanoi", "X s'est entretenu avec son homologue italien": a
 * counterpart after the trigger, in its clause, whom the sentence does not name; the person of that
 * country the next sentence names is the other side, or else the country (or organisation) itself.
 */
function unnamedCounterparts(scope: TriggerScope, taken: readonly string[]): CounterpartSides {
  const { ctx, roles, i, s, trigger } = scope;
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  const out: CounterpartSides = { people: [], parties: [] };
  for (const t of ctx.titlesBySentence[i] ?? []) {
    const of = t.ofEntityId;
    if (!t.counterpart || t.start < trigger.end || t.end > clause.end || roles.attachedTitles.has(t.start) || of === null) continue;
    const named = typeOf(ctx, of) === "Country" ? counterpartNamedNext(scope, { ...t, ofEntityId: of }, [...taken, ...out.people]) : null;
    if (named) out.people.push(named);
    else out.parties.push(of);
  }
  return out;
}

/** Most words between a meeting's word and the unnamed office holder it governs, dates and places read as none ("spoke by phone on Tuesday with the"). */
const TRIGGER_TO_HOLDER_WORDS = 4;
/** Most words before an unnamed office holder opening the meeting's clause: its article, its country's genitive ("India's"). */
const HOLDER_LEAD_WORDS = 2;
/** Between a title and its holder's name: spaces, a comma, an honorific or an article ("Foreign Minister X", "X, the", "ministre, M. X"). */
const HOLDER_NAME_GAP = /^[\s,]*(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|the|le|la|l['’])\s*)?$/iu;
/** Most words between an unnamed office holder as subject and the meeting's word: an auxiliary, an adverb. */
const HOLDER_TO_TRIGGER_WORDS = 2;
/** Most words between the agent's marker and the unnamed office holder: its article ("par le", "by the"). */
const AGENT_TO_HOLDER_WORDS = 1;

/**
 * "ont été reçus en audience lundi soir au palais par le chef de l'État nigérien", "were received on Monday by the
 * Nigerien head of state": the title `t` is the agent of a passive reception the trigger is (the pack's marker, then an
 * article at most, before it).
 */
function agentOfReception(scope: TriggerScope, t: Span): boolean {
  const { ctx, cues, s, trigger } = scope;
  if (t.start < trigger.end) return false;
  // The trigger itself, its adverbs left out ("ont ensuite été reçus", "were later received"), ends a passive reception.
  const adverbs = findIn(cues.adverbsInsideTriggers, ctx.text, trigger.start, trigger.end);
  const verb = blankSpans(ctx.text, trigger.start, trigger.end, adverbs).trim().replace(/\s+/gu, " ");
  const reception =
    cues.passiveReceptions.findAll(verb).some((v) => v.end === verb.length) ||
    findIn(cues.passiveReceptions, ctx.text, Math.max(s.start, trigger.start - 30), Math.min(s.end, trigger.end + 10)).some((v) =>
      overlaps(v, trigger),
    );
  if (!reception) return false;
  return findIn(cues.agentMarkers, ctx.text, trigger.end, t.start).some(
    (m) => letterWordCount(ctx.text.slice(m.end, t.start)) <= AGENT_TO_HOLDER_WORDS,
  );
}

/**
 * "X s'est entretenu par téléphone mardi avec le chancelier allemand", "Le ministre indien de la Défense a rencontré X",
 * "X spoke by phone with the German chancellor": an office holder the sentence does not name, of a country or an
 * organisation, right after the meeting's word (its object, nobody named between) or opening its clause right before
 * it (its subject): that country or organisation takes part. Not a title that stands for a person named elsewhere
 * (that person takes part), nor one of someone named beside it, nor one of an office of that kind and owner the document
 * gives someone, nor one of the country of someone taking part (`taking`), nor a counterpart (unnamedCounterparts), nor a
 * group.
 */
function unnamedOfficeHolders(scope: TriggerScope, taking: readonly string[]): string[] {
  const { ctx, roles, i, s, trigger } = scope;
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  const mentions = ctx.mentionsBySentence[i] ?? [];
  const referred = new Set((roles.titleReferences[i] ?? []).map((r) => r.start));
  const blanks = [...ctx.temporal(i), ...mentions.filter((m) => ["Place", "Country"].includes(typeOf(ctx, m.entityId) ?? ""))];
  const people = mentions.filter((m) => typeOf(ctx, m.entityId) === "Person");
  const out: string[] = [];
  for (const t of ctx.titlesBySentence[i] ?? []) {
    const of = t.ofEntityId;
    if (of === null || t.counterpart || t.tenure !== "current" || t.start < clause.start || t.end > clause.end) continue;
    if (roles.attachedTitles.has(t.start) || referred.has(t.start) || isPluralTitle(ctx, t)) continue;
    // A name right after the title or right before it ("Iranian Foreign Minister X", "X, the German chancellor") is its holder's.
    const besideName = people.some(
      (p) =>
        (p.start >= t.end && HOLDER_NAME_GAP.test(ctx.text.slice(t.end, p.start))) ||
        (p.end <= t.start && HOLDER_NAME_GAP.test(ctx.text.slice(p.end, t.start))),
    );
    if (besideName) continue;
    // The document names the holder elsewhere (a headline's "Iranian minister", the body's "Iranian Foreign Minister X"): that person's.
    if (roles.roles.some((r) => r.targetId === of && r.titleKind === t.kind && r.tenure === "current")) continue;
    // One taking part is of that country already: the title is likely theirs ("le premier ministre libanais démissionnaire").
    if (taking.some((person) => countryOfPerson(ctx, roles.roles, person) === of)) continue;
    if (!["Country", "Organization"].includes(typeOf(ctx, of) ?? "")) continue;
    const object =
      t.start >= trigger.end &&
      !people.some((p) => p.start >= trigger.end && p.end <= t.start) &&
      letterWordCount(blankSpans(ctx.text, trigger.end, t.start, blanks)) <= TRIGGER_TO_HOLDER_WORDS;
    const subject =
      t.end <= trigger.start &&
      letterWordCount(blankSpans(ctx.text, clause.start, t.start, blanks)) <= HOLDER_LEAD_WORDS &&
      letterWordCount(blankSpans(ctx.text, t.end, trigger.start, blanks)) <= HOLDER_TO_TRIGGER_WORDS;
    const agent = !people.some((p) => p.start >= trigger.end && p.end <= t.start) && agentOfReception(scope, t);
    if (object || subject || agent) out.push(of);
  }
  return [...new Set(out)];
}

/** Between a leaders' group and the countries it is of: "of", "de", an article ("the leaders of Vietnam", "les dirigeants de l'Inde"). */
const GROUP_TO_COUNTRIES = /^\s*(?:of|from|de|du|des|d['’])\s*(?:the|la|le|les|l['’])?\s*$/iu;
/** Between two demonyms of a group ("the Vietnamese and Thai leaders", "les dirigeants vietnamien et thaïlandais"). */
const DEMONYM_LINK = /^\s*(?:,|and|et)\s*$/iu;
/** Between a host's verb and the guests' group: an article and a coordinator, at most one other word ("will host the Vietnamese and Thai leaders"). */
const VERB_TO_GROUP_WORDS = 3;

/** The host's verb the trigger is, if any ("will host", "doit accueillir", "a reçu"). */
function hostVerbAt(scope: TriggerScope): Span | undefined {
  const { ctx, cues, s, trigger } = scope;
  return findIn(cues.hostVerbs, ctx.text, Math.max(s.start, trigger.start - 20), Math.min(s.end, trigger.end + 20)).find((v) =>
    overlaps(v, trigger),
  );
}

/**
 * "will host the leaders of Vietnam and Thailand", "doit accueillir les dirigeants de l'Inde et de l'Australie", "will
 * host the Vietnamese and Thai leaders": the countries of a leaders' group right after a host's verb, in its clause.
 */
function guestCountries(scope: TriggerScope): string[] {
  const { ctx, cues, i, s, trigger } = scope;
  const verb = hostVerbAt(scope);
  if (!verb) return [];
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  // Dates and demonyms read as no word between ("will host next month the Vietnamese and Thai leaders").
  const blanks = [...ctx.temporal(i), ...(ctx.mentionsBySentence[i] ?? []).filter((m) => m.source === "demonym")];
  const group = findIn(cues.leaderGroups, ctx.text, verb.end, Math.min(clause.end, verb.end + 80)).find(
    (g) => letterWordCount(blankSpans(ctx.text, verb.end, g.start, blanks)) <= VERB_TO_GROUP_WORDS,
  );
  if (!group) return [];
  return countriesOfGroup(ctx, i, group, verb.end, clause.end).ids;
}

/**
 * The countries a leaders' group is of, in [from, to): "the leaders of Vietnam and Thailand", "les dirigeants de
 * l'Inde et de l'Australie", "the Vietnamese and Thai leaders", "les dirigeants vietnamien et thaïlandais"; with
 * where the group and its countries end.
 */
function countriesOfGroup(ctx: ExtractionContext, i: number, group: Span, from: number, to: number): { ids: string[]; end: number } {
  const countries = (ctx.mentionsBySentence[i] ?? []).filter(
    (m) => typeOf(ctx, m.entityId) === "Country" && m.start >= from && m.end <= to,
  );
  const named = countries.filter((m) => m.source !== "demonym").map((m) => ({ start: m.start, end: m.end, id: m.entityId }));
  const first = named.find((m) => m.start >= group.end);
  if (first && GROUP_TO_COUNTRIES.test(ctx.text.slice(group.end, first.start))) {
    const ids = listAfter(ctx, named, group, to, [...(ctx.titlesBySentence[i] ?? []), ...(ctx.mentionsBySentence[i] ?? [])], []);
    const last = named.filter((m) => m.start >= group.end && ids.includes(m.id)).reduce((end, m) => Math.max(end, m.end), group.end);
    return { ids, end: last };
  }
  // Demonyms joined right before the group (English) or right after it (French).
  const demonyms = countries.filter((m) => m.source === "demonym");
  const chain: string[] = [];
  const before = demonyms.filter((m) => m.end <= group.start).reverse();
  for (let at = group.start, k = 0; k < before.length; k++) {
    const d = before[k];
    if (!d || !(k === 0 ? /^\s*$/u : DEMONYM_LINK).test(ctx.text.slice(d.end, at))) break;
    chain.unshift(d.entityId);
    at = d.start;
  }
  if (chain.length > 0) return { ids: [...new Set(chain)], end: group.end };
  let end = group.end;
  for (const d of demonyms.filter((m) => m.start >= group.end)) {
    if (!(chain.length === 0 ? /^\s*$/u : DEMONYM_LINK).test(ctx.text.slice(end, d.start))) break;
    chain.push(d.entityId);
    end = d.end;
  }
  return { ids: [...new Set(chain)], end };
}

/** Most words between a leaders' group of countries and the verb it is the subject of ("les dirigeants de l'Inde et de l'Australie se réuniront"). */
const GROUP_TO_VERB_WORDS = 3;

/** Whether the sentence names a summit and an organisation (its own name, not a demonym): "pour le sommet de l'AES". */
function summitOfNamedOrganization({ ctx, cues, i, s }: TriggerScope): boolean {
  return (
    findIn(cues.summitNouns, ctx.text, s.start, s.end).length > 0 &&
    (ctx.mentionsBySentence[i] ?? []).some((m) => typeOf(ctx, m.entityId) === "Organization" && m.source !== "demonym")
  );
}

/**
 * "Les dirigeants du Mali, du Burkina et du Niger se sont réunis samedi pour le sommet de l'AES", "The leaders of Ghana,
 * Togo and Benin met on Saturday for the ECOWAS summit": a leaders' group of the countries it names, meeting for an
 * organisation's summit named after the verb, meets at that summit, the organisation's (one event with the summit's noun), not as countries apart.
 */
const leadersAtTheirSummit: ParticipantRule = {
  name: "leadersAtTheirSummit",
  find: (scope) => {
    const { ctx, cues, i, s, trigger } = scope;
    if (!summitOfNamedOrganization(scope)) return null;
    // A group of the countries it names ("les deux dirigeants … en marge du sommet du G7" stand for people named before).
    const group = findIn(cues.leaderGroups, ctx.text, s.start, trigger.start).at(-1);
    if (!group || countriesOfGroup(ctx, i, group, s.start, trigger.start).ids.length < 2) return null;
    const organization = hostOrganization(ctx, i, findIn(cues.summitNouns, ctx.text, trigger.end, s.end));
    return organization.length > 0 ? { parties: organization } : null;
  },
};

/**
 * "The leaders of India and Australia will meet in Tokyo", "les dirigeants de l'Inde et de l'Australie se réuniront",
 * "the Indian and Australian leaders met": a leaders' group of two countries or more, the subject of the trigger.
 */
const leadersOfCountries: ParticipantRule = {
  name: "leadersOfCountries",
  find: ({ ctx, cues, i, s, trigger }) => {
    const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
    const group = findIn(cues.leaderGroups, ctx.text, clause.start, trigger.start).at(-1);
    if (!group) return null;
    const { ids, end } = countriesOfGroup(ctx, i, group, clause.start, trigger.start);
    const gap = blankSpans(ctx.text, end, trigger.start, ctx.temporal(i));
    if (ids.length < 2 || /[,;:()]/u.test(gap) || letterWordCount(gap) > GROUP_TO_VERB_WORDS) return null;
    // The group's own verb or the noun it holds ("held a video call"), not a noun the group speaks of ("… said that a summit could follow").
    const speaking = [
      ...findIn(cues.commentingVerbs, ctx.text, end, trigger.start),
      ...findIn(cues.reportedClauseOpeners, ctx.text, end, trigger.start),
    ];
    if (speaking.length > 0) return null;
    return { parties: ids };
  },
};

/** Most words between a host named as a country, a city or a title and its verb ("Tokyo doit accueillir", "Malaysia is due to host"). */
const HOST_TO_VERB_WORDS = 4;

/**
 * "Malaysia's prime minister will host the leaders of Vietnam and Thailand next month", "Tokyo doit accueillir en mars
 * les dirigeants de l'Inde et de l'Australie": a host named as a country, its capital (the venue) or a title whose
 * holder the document does not name, receiving the leaders of other countries: those countries meet the host's.
 */
const hostAndGuests: ParticipantRule = {
  name: "hostAndGuests",
  find: (scope) => {
    const guests = guestCountries(scope);
    if (guests.length === 0) return null;
    const { ctx, roles, i, s, trigger } = scope;
    const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
    const near = (m: Span) =>
      m.start >= clause.start &&
      m.end <= trigger.start &&
      !/[,;:()]/u.test(ctx.text.slice(m.end, trigger.start)) &&
      letterWordCount(blankSpans(ctx.text, m.end, trigger.start, ctx.temporal(i))) <= HOST_TO_VERB_WORDS;
    const title = (ctx.titlesBySentence[i] ?? []).find(
      (t) => !t.counterpart && t.tenure === "current" && t.ofEntityId !== null && !roles.attachedTitles.has(t.start) && near(t),
    );
    if (title?.ofEntityId && typeOf(ctx, title.ofEntityId) === "Country") return { parties: [...new Set([title.ofEntityId, ...guests])] };
    const named = (ctx.mentionsBySentence[i] ?? []).filter((m) => m.source !== "demonym" && near(m) && !belongsToTitle(ctx, i, m)).at(-1);
    if (!named) return null;
    const type = typeOf(ctx, named.entityId);
    if (type === "Country") return { parties: [...new Set([named.entityId, ...guests])] };
    const country = type === "Place" ? countryOfPlace(ctx, named.entityId) : null;
    if (!country || !isCapitalOf(ctx, country, named.entityId)) return null;
    return { parties: [...new Set([country, ...guests])], place: named.entityId };
  },
};

/**
 * "X told Y that Turkey was ready to host talks between Moscow and Kyiv", "Lomé est prêt à accueillir une réunion
 * entre les deux blocs": an offer to host; the people of the sentence are not the sides of the meeting offered.
 */
function offerToHost(scope: TriggerScope): boolean {
  const { ctx, cues, s, trigger } = scope;
  const verb = findIn(cues.hostingVerbs, ctx.text, trigger.start, trigger.end).some(
    (h) => h.start === trigger.start && h.end === trigger.end,
  );
  return (
    verb &&
    findIn(cues.offers, ctx.text, Math.max(s.start, trigger.start - 16), trigger.start).some((o) =>
      /^\s*$/u.test(ctx.text.slice(o.end, trigger.start)),
    )
  );
}

/**
 * "Le ministre japonais des Affaires étrangères a reçu son homologue australienne", "Japan's foreign minister met his
 * Australian counterpart": a title whose holder the document does not name, as the subject before the trigger,
 * meeting a counterpart left unnamed: the title's country meets the counterpart's side.
 */
const titledSubjectMeetsCounterpart: ParticipantRule = {
  name: "titledSubjectMeetsCounterpart",
  find: (scope) => {
    const { ctx, roles, i, s, trigger } = scope;
    const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
    const subject = (ctx.titlesBySentence[i] ?? []).find(
      (t) =>
        !t.counterpart &&
        t.tenure === "current" &&
        t.ofEntityId !== null &&
        t.start >= clause.start &&
        t.end <= trigger.start &&
        !roles.attachedTitles.has(t.start),
    );
    if (!subject?.ofEntityId || typeOf(ctx, subject.ofEntityId) !== "Country") return null;
    const other = unnamedCounterparts(scope, []);
    if (other.people.length + other.parties.length === 0) return null;
    return { people: other.people, parties: [...new Set([subject.ofEntityId, ...other.parties])], counterpart: true };
  },
};

/** Between a host city and the summit noun after it: blanks ("the Ankara summit"); between the noun and the city after it: "de", "of" ("le sommet de Vilnius"). */
const CITY_BEFORE_NOUN = /^\s+$/u;
const CITY_AFTER_NOUN = /^\s+(?:de|d['’]|of)\s*$/iu;

/**
 * The city that names a summit: right before the noun ("the Ankara summit", "NATO's Vilnius summit") or right after it
 * ("le sommet de Vilnius", "the summit of Vilnius"); a place or a capital of the knowledge base, never a country ("the
 * Japan summit" is Japan's).
 */
export function summitHostCity(scope: TriggerScope): string | null {
  const { ctx, i, trigger } = scope;
  if (!isSummit(scope)) return null;
  const cities = (ctx.mentionsBySentence[i] ?? []).filter(
    (m) => m.source !== "demonym" && typeOf(ctx, m.entityId) === "Place" && !belongsToTitle(ctx, i, m),
  );
  const before = cities.find((m) => m.end <= trigger.start && CITY_BEFORE_NOUN.test(ctx.text.slice(m.end, trigger.start)));
  const after = cities.find((m) => m.start >= trigger.end && CITY_AFTER_NOUN.test(ctx.text.slice(trigger.end, m.start)));
  return (before ?? after)?.entityId ?? null;
}

/** Fewest times the story names its bloc: once is a passing mention. */
const STORY_BLOC_MENTIONS = 2;

/** The bloc the story is about: the organisation with members it names most often, at least twice (ties: the first named). */
function storyBloc(ctx: ExtractionContext): string | null {
  const counts = new Map<string, number>();
  for (const mentions of ctx.mentionsBySentence)
    for (const m of mentions ?? []) {
      if (m.source === "demonym" || typeOf(ctx, m.entityId) !== "Organization") continue;
      const entry = ctx.kb.byId.get(m.entityId);
      if (!entry || !("members" in entry) || !entry.members?.length) continue;
      counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    }
  let best: string | null = null;
  for (const [id, n] of counts) if (n >= STORY_BLOC_MENTIONS && n > (best === null ? 0 : (counts.get(best) ?? 0))) best = id;
  return best;
}

/**
 * "the decisions taken at the Ankara summit last July", "depuis le sommet de Vilnius": a summit named by its host city
 * alone is one of the bloc the story is about (the organisation with members it names most, twice at least), held there.
 */
const hostCitySummit: ParticipantRule = {
  name: "hostCitySummit",
  find: (scope) => {
    const city = summitHostCity(scope);
    const bloc = city === null ? null : storyBloc(scope.ctx);
    return city !== null && bloc !== null ? { parties: [bloc], place: city, inPassing: true } : null;
  },
};

/** The party rules of a meeting, in order. */
const MEETING_PARTY_RULES: readonly ParticipantRule[] = [
  titledSubjectMeetsCounterpart,
  hostAndGuests,
  speakersSide,
  leadersAtTheirSummit,
  leadersOf,
  leadersOfCountries,
  sidesBetween,
  sidesGathered,
  blocsBetween,
  sidesGroup,
  ministersOf,
  groupMeetsUnnamedHolder,
  peopleGroup,
  countedGroup,
  sidesJoined,
  subjectSides,
  hostOfMeeting,
  summitOrganization,
  hostCitySummit,
];

/** The rules that name the organisation of a summit told with its people ("au sommet de l'OTAN, X a rencontré Y"). */
const SUMMIT_RULES: readonly ParticipantRule[] = [speakersSide, leadersOf, hostOfMeeting, summitOrganization];

/** Between the group joined and its organisation: "de l'OTAN", "of the EU", "from NATO". */
const GROUP_TO_ORGANIZATION = /^\s*(?:de|du|des|d['’]|of|from)\s*(?:(?:la|le|les|the)\s+|l['’]\s*)?$/iu;

/**
 * "join her NATO counterparts", "rejoindre ses homologues de l'OTAN": the organisation of the group a verb of joining
 * names (inside the trigger, or right after its group) takes part.
 */
function joinedGroupOrganization(scope: TriggerScope): string[] {
  const { ctx, cues, i, trigger } = scope;
  if (!findIn(cues.joinVerbs, ctx.text, trigger.start, trigger.end).some((v) => v.start === trigger.start)) return [];
  return (ctx.mentionsBySentence[i] ?? [])
    .filter(
      (m) =>
        typeOf(ctx, m.entityId) === "Organization" &&
        m.source !== "demonym" &&
        ((m.start >= trigger.start && m.end <= trigger.end) ||
          (m.start >= trigger.end && GROUP_TO_ORGANIZATION.test(ctx.text.slice(trigger.end, m.start)))),
    )
    .map((m) => m.entityId);
}

/** The participants of a meeting mention: its people, and the parties of the first party rule that finds. */
export function meetingParticipants(scope: TriggerScope, anaphoric: boolean, weak: boolean): Found {
  if (offerToHost(scope))
    return (
      firstFound(
        MEETING_PARTY_RULES.filter((r) => r !== ministersOf && r !== peopleGroup),
        scope,
      ) ?? {}
    );
  // "his talks with X", "son entretien avec X": the possessor takes part too.
  const possessive = cueBefore(scope.ctx, scope.cues.possessivesSingular, scope.s, scope.trigger.start, 2);
  const possessor = possessive
    ? personAt(scope.ctx, scope.roles, scope.i, possessive.start)
    : (subjectAfterFrontedMeeting(scope) ?? pronounSubjectOf(scope));
  const own = ownParticipants(scope).map((p) => p.personId);
  // "Merz l'avait reçu à Berlin", "X met him in Rome", "s'est entretenu avec elle": the person a pronoun object stands for.
  const object = pronounObjectOf(scope, possessor ? [possessor, ...own] : own);
  const named = object ? [...own, object] : own;
  // "Il a également rencontré son homologue italien": the one the pronoun stands for meets a counterpart left unnamed too.
  const counterparts = unnamedCounterparts(scope, possessor ? [possessor, ...named] : named);
  const other = named.length > 0 || counterparts.people.length + counterparts.parties.length > 0;
  const people = [...new Set(possessor && other ? [possessor, ...named] : named)];
  const first = (rules: readonly ParticipantRule[]) => firstFound(rules, scope);
  if (people.length > 0) {
    const summit = isSummit(scope) ? first(SUMMIT_RULES) : null;
    const parties = [
      ...new Set([
        ...(summit?.parties ?? []),
        ...counterparts.parties,
        ...guestCountries(scope),
        ...joinedGroupOrganization(scope),
        ...unnamedOfficeHolders(scope, [...people, ...counterparts.people]),
      ]),
    ];
    return {
      people: [...people, ...counterparts.people],
      parties,
      ...(counterparts.people.length + counterparts.parties.length > 0 ? { counterpart: true } : {}),
      ...(possessor === null && groupMeetsNamed(scope) ? { groupSubject: true } : {}),
    };
  }
  const rules = MEETING_PARTY_RULES.filter((r) => !(anaphoric && r === ministersOf) && !(weak && (r === peopleGroup || r === ministersOf)));
  return first(rules) ?? {};
}
