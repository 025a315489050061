/**
 * Who visits and where, as ordered named rules (the first that finds wins).
 * Visitor:
 *   agentAfterNoun       "la visite de M. X", "the state visit by X", "la visite prévue au Koweït par X"
 *   subjectOfRelativeOnNoun  "la visite que devait effectuer X", "the trip X was due to make" → the clause's subject
 *   possessor            "sa première visite", "during her three-day trip" → the subject it refers to
 *   invitedGuest         "X invited Y to visit Z", "X a invité Y à se rendre à Z" → Y, never the inviter
 *   relativeAntecedent   "X, who was making a state visit", "X, qui effectue une visite"
 *   indefiniteLeader     "la première visite d'un dirigeant vietnamien", "the first visit of a Colombian president"
 *   pronounSubject       "il effectuait une visite", "he travelled to" → the subject before
 *   coordinatedSubjects  "Merz, Macron and Starmer travelled to Kyiv" → all of them
 *   visitorAfterCopula   "The last Colombian leader to visit Venezuela was X" → the person after the copula
 *   nearestSubject       the person nearest before the trigger, outside relative clauses and passive agents
 *   frontedPhraseSubject "Lors d'un déplacement à Abidjan, X a signé" → the subject after the opening phrase
 *   groupOfVisitors      "les deux dirigeants se sont rendus", "they travelled to"
 *   subjectBeforeCalledOff  "X était à Tunis. La visite prévue au Koweït a été annulée" → X (no one named in the sentence)
 * Destination:
 *   destinationAfter     a place, or a noun standing for a country ("the kingdom"), after the trigger
 *   destinationSoil      "son arrivée sur le sol français", "his arrival on French soil"
 *   destinationOfHost    where the host received the visitor ("X welcomed Y to Paris on Thursday for a state visit")
 *   destinationBefore    a place between the verb and the noun ("effectue aux États-Unis sa première visite")
 * A visitor never visits their own country.
 */
import type { TemporalExpression } from "../../../src/model/document.js";
import { foldForMatch } from "../../../src/kb/normalize.js";
import type { EntityMention } from "../../../src/model/mentions.js";
import { countryOfPerson } from "../roles.js";
import { isStorySentence } from "../context.js";
import { blankSpans, clauseAround, contains, findIn, letterWordCount, findWordsIn, overlaps, wordCount, type Span } from "../spans.js";
import { groupSubjectBefore } from "./participants.js";
import { TITLE_OR_POSTING_COMPLEMENT } from "./place.js";
import { countryOfPlace, isCapitalOf } from "./same-place.js";
import {
  cueBefore,
  frontedPhraseAround,
  latestBefore,
  personAt,
  pronounSubjectOf,
  sentenceSubject,
  subjectPronounReferent,
} from "./references.js";
import { listFrom, subjectList } from "./chains.js";
import { relativeClauses, typeOf, type TriggerScope } from "./scope.js";
import type { Found, ParticipantRule, PlaceRule } from "./rules.js";
import { personalSubjectPronouns } from "./pronouns.js";

const person = (id: string | null | undefined) => (id ? { people: [id] } : null);

/** "officielle du chancelier ", "by German Foreign Minister ": a few adjectives, the preposition, then titles, demonyms and honorifics. */
const AGENT_LEAD = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:(?:de|du|of|by)\s+|d['’]\s*)/iu;
const HONORIFIC = /^(?:\s|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|le|la|l'|l’|the|,)*$/iu;
/** Before a list of subjects: the plural article too ("que devaient effectuer les ministres X et Y"). */
const HONORIFIC_OR_PLURAL = /^(?:\s|M\.|MM\.|Mme|Mmes|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|le|la|les|l'|l’|the|,)*$/iu;

/** Before the agent's preposition: at most two words; the places and dates of the noun's complement read as none. */
const AGENT_GAP = /^\s*(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * Where the agent of the visit noun starts: after "de"/"du"/"of"/"by", or the pack's agent marker ("par"), a few
 * words and the places and dates of the noun's complement between ("la visite prévue au Koweït du ministre", "la
 * tournée programmée la semaine prochaine au Qatar du ministre", "the visit to Kuwait planned by the minister"); null
 * when none.
 */
function agentStart(scope: TriggerScope): number | null {
  const { ctx, cues, i, s, trigger } = scope;
  const to = Math.min(s.end, trigger.end + 60);
  const places = (ctx.mentionsBySentence[i] ?? []).filter((m) => {
    const type = typeOf(ctx, m.entityId);
    return (type === "Place" || type === "Country") && m.source !== "demonym";
  });
  const window = blankSpans(ctx.text, trigger.end, to, [...places, ...ctx.temporal(i)]);
  const lead = AGENT_LEAD.exec(window);
  // "visited the office of Prime Minister Y", "a visité les locaux du ministre Y": a verb and its object, whose
  // owner is no agent of a visit noun.
  const first = /^\s*([\p{L}'’]+)\s/u.exec(window)?.[1];
  if (lead && first !== undefined && lead[0].trim() !== first && cues.objectDeterminers.has(foldForMatch(first).replace(/’/gu, "'")))
    return null;
  // Right after the preposition: what the blanks hide ("by U.S. Defense Secretary") is the agent's own.
  if (lead) return trigger.end + lead[0].trimEnd().length;
  const marker = findIn(cues.agentMarkers, ctx.text, trigger.end, to).find((m) => AGENT_GAP.test(window.slice(0, m.start - trigger.end)));
  return marker ? marker.end : null;
}

/** How far after an agent's title its holder's name may start ("du président de la République, X,"). */
const TITLE_TO_HOLDER_CHARS = 4;

export const agentAfterNoun: ParticipantRule = {
  name: "agentAfterNoun",
  find: (scope) => {
    const { ctx, i, people } = scope;
    const from = agentStart(scope);
    if (from === null) return null;
    const titles = ctx.titlesBySentence[i] ?? [];
    const demonyms = (ctx.mentionsBySentence[i] ?? []).filter((m) => m.source === "demonym");
    const next = people.find((p) => p.start >= from);
    // Between the preposition and the name: titles, demonyms, honorifics only.
    if (next && HONORIFIC.test(blankSpans(ctx.text, from, next.start, [...titles, ...demonyms]))) return person(next.personId);
    // "la visite d'État du président de la République en Égypte": the noun's agent is a title whose holder goes unnamed;
    // the visitor is no one else of the text (no pronoun's referent, no subject before).
    // The lead may be the noun's own "d'" ("la visite d'État du président"): past it, one more preposition.
    const leadsTo = (t: Span) => {
      const gap = ctx.text.slice(from, t.start);
      const again = AGENT_LEAD.exec(gap);
      return HONORIFIC.test(gap) || (again !== null && HONORIFIC.test(gap.slice(again[0].length)));
    };
    const title = titles.find((t) => t.start >= from && leadsTo(t));
    return title && !(next && next.start < title.end + TITLE_TO_HOLDER_CHARS) ? {} : null;
  },
};

/** Most words between the relative pronoun (or the trip's noun) and the clause's verb: a modal and an adverb ("devait initialement"). */
const RELATIVE_TO_VERB_WORDS = 4;
/** Most words left between the trip's noun and the pronoun once its places and dates are blanked ("à", "au", "to"). */
const NOUN_TO_RELATIVE_WORDS = 2;

/**
 * "la visite à Doha que devait effectuer le ministre X", "la visite que le président X devait effectuer à Rome", "the
 * visit that Minister X was due to make", "the trip X had planned to make to Rome": the visitor is the subject of the
 * relative clause on the trip's noun, before its verb ("que X devait effectuer", English without a pronoun too) or
 * after it (French inversion, titles and honorifics between), a list of them too ("que devaient effectuer ce jeudi à Rome
 * les ministres X et Y", "the trip that ministers X and Y were to make"), the verb's own place and date between. The
 * noun must have its determiner right before it, so that a verb trigger's object ("visited the plant that makes
 * drones") never reads so.
 */
export const subjectOfRelativeOnNoun: ParticipantRule = {
  name: "subjectOfRelativeOnNoun",
  find: ({ ctx, cues, i, s, trigger, people }) => {
    const determiner = [
      ...findIn(ctx.lexicon.determiners, ctx.text, s.start, trigger.start),
      ...findIn(cues.indefiniteArticles, ctx.text, s.start, trigger.start),
    ];
    if (!determiner.some((d) => letterWordCount(ctx.text.slice(d.end, trigger.start)) <= ARTICLE_TO_NOUN_WORDS)) return null;
    const clauseEnd = Math.min(s.end, trigger.end + 160);
    const verb = findWordsIn(cues.tripMakingVerbs, ctx.text, trigger.end, clauseEnd)[0];
    if (!verb || /[.;:!?]/u.test(ctx.text.slice(trigger.end, verb.start))) return null;
    const places = (ctx.mentionsBySentence[i] ?? []).filter((m) => {
      const type = typeOf(ctx, m.entityId);
      return type === "Place" || type === "Country";
    });
    const titles = ctx.titlesBySentence[i] ?? [];
    const demonyms = (ctx.mentionsBySentence[i] ?? []).filter((m) => m.source === "demonym");
    // Plural titles before a list of subjects ("les ministres X et Y", "ministers X and Y") read as titles.
    const groups = findIn(cues.leaderGroups, ctx.text, trigger.end, clauseEnd);
    const blanks = [...places, ...ctx.temporal(i), ...titles, ...demonyms, ...groups];
    // The verb's own place, with its preposition ("effectuer à Rome"), is no word of the subject's lead.
    const placesTaken = places.flatMap((place) =>
      findWordsIn(cues.tripPlacePrepositions, ctx.text, Math.max(s.start, place.start - 8), place.start)
        .filter((preposition) => /^\s+$/u.test(ctx.text.slice(preposition.end, place.start)))
        .map((preposition) => ({ start: preposition.start, end: place.end })),
    );
    // Between the noun and the pronoun: the noun's places and dates only ("la visite à Doha que").
    const relative = findWordsIn(cues.objectRelatives, ctx.text, trigger.end, verb.start)[0];
    const from = relative ? relative.end : trigger.end;
    const complement = relative ? blankSpans(ctx.text, trigger.end, relative.start, blanks) : "";
    if (/[,;()]/u.test(complement) || letterWordCount(complement) > NOUN_TO_RELATIVE_WORDS) return null;
    // Subject before the verb: "que le président X devait effectuer", "the visit X was due to make".
    const before = people.find((p) => p.start >= from && p.end <= verb.start);
    const candidates = people.map((p) => ({ start: p.start, end: p.end, id: p.personId }));
    if (before) {
      const lead = blankSpans(ctx.text, from, before.start, blanks);
      // "that ministers X and Y were to make": every name of the subject, the tail counted after the last.
      const subjects = listFrom(ctx, candidates, { start: before.start, end: before.end, id: before.personId }, [...titles, ...demonyms]);
      const lastEnd = Math.max(
        ...people.filter((p) => p.start >= before.start && p.end <= verb.start && subjects.includes(p.personId)).map((p) => p.end),
      );
      // Past the apposition's closing comma ("that the minister, X, was to pay").
      const tail = ctx.text.slice(lastEnd, verb.start).replace(/^\s*,/u, " ");
      return HONORIFIC_OR_PLURAL.test(lead) && !/[,;]/u.test(tail) && letterWordCount(tail) <= RELATIVE_TO_VERB_WORDS
        ? { people: subjects }
        : null;
    }
    // Inverted subject after the verb, only after a pronoun: "que devait effectuer le ministre X".
    if (
      !relative ||
      letterWordCount(ctx.text.slice(relative.end, verb.start)) > RELATIVE_TO_VERB_WORDS ||
      /[,;]/u.test(ctx.text.slice(relative.end, verb.start))
    )
      return null;
    const after = people.find((p) => p.start >= verb.end);
    if (!after || !HONORIFIC_OR_PLURAL.test(blankSpans(ctx.text, verb.end, after.start, [...blanks, ...placesTaken]))) return null;
    // "que devaient effectuer le ministre X et la secrétaire d'État Y": every name of the inverted subject.
    return { people: listFrom(ctx, candidates, { start: after.start, end: after.end, id: after.personId }, [...titles, ...demonyms]) };
  },
};

export const possessor: ParticipantRule = {
  name: "possessor",
  find: ({ ctx, roles, cues, i, s, trigger }) => {
    const possessive = cueBefore(ctx, cues.possessivesSingular, s, trigger.start, 3);
    // "accepted his invitation to visit Tehran": the possessor invites; the one who accepted travels.
    if (!possessive || findIn(cues.invitationNouns, ctx.text, possessive.end, trigger.start).length > 0) return null;
    return person(personAt(ctx, roles, i, possessive.start));
  },
};

export const relativeAntecedent: ParticipantRule = {
  name: "relativeAntecedent",
  find: ({ ctx, s, trigger, people }) => {
    const holding = relativeClauses(ctx, s, trigger)
      .filter((c) => c.start <= trigger.start && trigger.end <= c.end)
      .sort((a, b) => b.start - a.start)[0];
    if (!holding) return null;
    // The person right before the pronoun: "William Ruto, who …", "Félix Tshisekedi, qui …".
    const antecedent = [...people].reverse().find((p) => p.end <= holding.start);
    return antecedent && /^[\s,]*$/.test(ctx.text.slice(antecedent.end, holding.start)) ? person(antecedent.personId) : null;
  },
};

export const indefiniteLeader: ParticipantRule = {
  name: "indefiniteLeader",
  find: ({ ctx, roles, cues, i, s, trigger }) => {
    // After the trigger, in its clause: an indefinite article, a leader noun and a demonym, in either order.
    const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
    const article = findIn(cues.indefiniteArticles, ctx.text, trigger.end, Math.min(clause.end, trigger.end + 60))[0];
    if (!article) return null;
    const window = { start: article.end, end: Math.min(clause.end, article.end + 40) };
    const noun = findIn(cues.leaderNouns, ctx.text, window.start, window.end)[0];
    const demonym = (ctx.mentionsBySentence[i] ?? []).find((m) => m.source === "demonym" && contains(window, m));
    if (!noun || !demonym || /[,;:]/.test(ctx.text.slice(article.end, Math.max(noun.end, demonym.end)))) return null;
    // The leader of that country the story is about: this sentence's subject, else the latest such person before.
    for (let k = i; k >= Math.max(0, i - 3); k--) {
      const subject = sentenceSubject(ctx, roles, k, k === i ? trigger.start : Infinity);
      if (subject && countryOfPerson(ctx, roles.roles, subject.personId) === demonym.entityId) return person(subject.personId);
    }
    return null;
  },
};

export const pronounSubject: ParticipantRule = {
  name: "pronounSubject",
  find: (scope) => person(pronounSubjectOf(scope)),
};

/** Whether a person is the agent of a passive before the trigger ("welcomed by X and then headed to"). */
function isAgent(scope: TriggerScope, p: Span): boolean {
  const { ctx, s, cues } = scope;
  const marker = cueBefore(ctx, cues.agentMarkers, s, p.start, 4);
  return marker !== undefined;
}

/** "Merz, Macron and Starmer travelled to Kyiv": every person of the coordinated subject, not only the nearest. */
export const coordinatedSubjects: ParticipantRule = {
  name: "coordinatedSubjects",
  find: (scope) => {
    const { ctx, i, s, trigger, people } = scope;
    const asides = relativeClauses(ctx, s, trigger).filter((c) => !(c.start <= trigger.start && trigger.end <= c.end));
    const candidates = people
      .filter((p) => !asides.some((c) => contains(c, p)) && !isAgent(scope, p))
      .map((p) => ({ start: p.start, end: p.end, id: p.personId }));
    const allowed = [...(ctx.titlesBySentence[i] ?? []), ...(ctx.mentionsBySentence[i] ?? [])];
    const list = [...new Set(subjectList(ctx, candidates, trigger, allowed))];
    return list.length >= 2 ? { people: list } : null;
  },
};

/** "The last Colombian leader to visit Venezuela was X", "le premier … à se rendre en Ukraine fut X": the person the copula names. */
export const visitorAfterCopula: ParticipantRule = {
  name: "visitorAfterCopula",
  find: ({ ctx, cues, i, s, trigger, people }) => {
    const lead = findIn(cues.firstOrLast, ctx.text, Math.max(s.start, trigger.start - 60), trigger.start).at(-1);
    if (!lead || /[,;:()]/.test(ctx.text.slice(lead.end, trigger.start)) || people.some((p) => p.start < trigger.start)) return null;
    const copula = findIn(cues.identityCopulas, ctx.text, trigger.end, Math.min(s.end, trigger.end + 60))[0];
    if (!copula || /[,;:()]/.test(ctx.text.slice(trigger.end, copula.start))) return null;
    // Right after the copula: the person, titles and honorifics between at most.
    const next = people.find((p) => p.start >= copula.end);
    if (!next) return null;
    const gap = blankSpans(ctx.text, copula.end, next.start, ctx.titlesBySentence[i] ?? []);
    return HONORIFIC.test(gap) ? person(next.personId) : null;
  },
};

/**
 * "X invited Y to visit Z", "X a invité Y à se rendre à Z": the person invited, between the verb and the
 * trigger, travels; one told by a pronoun ("invited him to visit") is no one this rule can name, and
 * the inviter is never the visitor.
 */
export const invitedGuest: ParticipantRule = {
  name: "invitedGuest",
  find: ({ ctx, cues, s, trigger, people }) => {
    const verb = findIn(cues.invitationVerbs, ctx.text, Math.max(s.start, trigger.start - 80), trigger.start).at(-1);
    if (!verb || /[.;:!?]/u.test(ctx.text.slice(verb.end, trigger.start))) return null;
    const guest = people.find((p) => p.start >= verb.end && p.end <= trigger.start);
    return guest ? { people: [guest.personId] } : {};
  },
};

export const nearestSubject: ParticipantRule = {
  name: "nearestSubject",
  find: (scope) => {
    const { ctx, s, trigger, people } = scope;
    const asides = relativeClauses(ctx, s, trigger).filter((c) => !(c.start <= trigger.start && trigger.end <= c.end));
    const candidate = [...people]
      .reverse()
      .find((p) => p.end <= trigger.start && !asides.some((c) => contains(c, p)) && !isAgent(scope, p));
    return person(candidate?.personId);
  },
};

/** "Lors d'un déplacement à Abidjan, X a signé", "During a visit to Oyo, X said": the subject after the phrase that opens the sentence. */
export const frontedPhraseSubject: ParticipantRule = {
  name: "frontedPhraseSubject",
  find: ({ ctx, cues, roles, i, s, trigger, people }) => {
    const phrase = frontedPhraseAround(ctx, cues, s, trigger);
    if (!phrase || people.some((p) => p.start < phrase.end)) return null;
    const subject = sentenceSubject(ctx, roles, i);
    return subject && subject.start > phrase.end ? person(subject.personId) : null;
  },
};

export const groupOfVisitors: ParticipantRule = {
  name: "groupOfVisitors",
  find: ({ ctx, s, trigger }) => (groupSubjectBefore(ctx, s, trigger.start) ? { groupSubject: true } : null),
};

/** Most words between an article and the visit noun ("une visite", "A planned visit", "la visite officielle prévue"). */
const ARTICLE_TO_NOUN_WORDS = 2;

/**
 * "Ahmed X était lundi à Tunis. La visite prévue au Koweït a été annulée", "… A planned visit to Kuwait was
 * called off": a visit noun called off in a sentence that names no one is the visit of the previous story
 * sentence's subject. So is a trip's stop named by its noun and its place, called off or not ("Elle fera escale à
 * Riga. L'étape de Vilnius est prévue samedi", "The Jakarta leg is planned for Saturday"). Without such a subject,
 * no visitor (and no visit).
 */
const subjectBeforeCalledOff: ParticipantRule = {
  name: "subjectBeforeCalledOff",
  find: (scope) => {
    const { ctx, roles, cues, i, s, trigger, people } = scope;
    if (people.length > 0 || (ctx.titlesBySentence[i] ?? []).length > 0) return null;
    const article = [
      ...findIn(ctx.lexicon.determiners, ctx.text, s.start, trigger.start),
      ...findIn(cues.indefiniteArticles, ctx.text, s.start, trigger.start),
    ];
    const noun = article.some((a) => letterWordCount(ctx.text.slice(a.end, trigger.start)) <= ARTICLE_TO_NOUN_WORDS);
    if (!noun) return null;
    const calledOff = [
      ...findIn(cues.cancellation, ctx.text, trigger.end, s.end),
      ...findIn(cues.postponement, ctx.text, trigger.end, s.end),
    ];
    const leg = cues.legNouns
      .findInRange(ctx.text, trigger.start, trigger.end)
      .some((n) => n.start === trigger.start && n.end === trigger.end);
    if (calledOff.length === 0 && !(leg && destinationOfStopNoun.find(scope) !== null)) return null;
    for (let k = i - 1; k >= 0; k--) {
      const sk = ctx.sentences[k];
      if (!sk || !isStorySentence(sk)) continue;
      const subject = sentenceSubject(ctx, roles, k);
      // "Il y a été accueilli par le général Y.": the pronoun is the subject, Y the host.
      const pronoun = personalSubjectPronouns(ctx, sk.start, sk.end)[0];
      if (pronoun && (!subject || pronoun.end <= subject.start)) return person(subjectPronounReferent(ctx, roles, k, pronoun.start));
      return person(subject?.personId);
    }
    return null;
  },
};

/** The visitor rules, in order. */
const VISITOR_RULES: readonly ParticipantRule[] = [
  agentAfterNoun,
  subjectOfRelativeOnNoun,
  possessor,
  invitedGuest,
  relativeAntecedent,
  indefiniteLeader,
  pronounSubject,
  coordinatedSubjects,
  visitorAfterCopula,
  nearestSubject,
  frontedPhraseSubject,
  groupOfVisitors,
  subjectBeforeCalledOff,
];

/** Places and countries that may be a destination: not a demonym, not a title's complement, not after "contre"/"against". */
function destinations(scope: TriggerScope): EntityMention[] {
  const { ctx, i, s } = scope;
  return (ctx.mentionsBySentence[i] ?? []).filter((m) => {
    const type = typeOf(ctx, m.entityId);
    if ((type !== "Place" && type !== "Country") || m.source === "demonym") return false;
    if (findIn(ctx.lexicon.blockingPrepositions, ctx.text, Math.max(s.start, m.start - 20), m.start).length > 0) return false;
    return !(ctx.titlesBySentence[i] ?? []).some(
      (t) => overlaps(t, m) || (m.start >= t.end && TITLE_OR_POSTING_COMPLEMENT.test(ctx.text.slice(t.end, m.start))),
    );
  });
}

/** Whether a locative preposition ("à", "en", "to", "in") sits right before the span. */
function afterLocative(scope: TriggerScope, m: Span): boolean {
  const { ctx, s } = scope;
  return findIn(ctx.lexicon.locativePrepositions, ctx.text, Math.max(s.start, m.start - 12), m.start).some((p) =>
    /^\s*(?:(?:la|le|l'|l’|les|the)\s*)?$/i.test(ctx.text.slice(p.end, m.start)),
  );
}

/** Whether the span is where someone comes from: right after "de", "from", "depuis" ("arrivé la veille de Ouagadougou"). */
function afterOrigin(scope: TriggerScope, m: Span): boolean {
  const { ctx, s } = scope;
  return findIn(ctx.lexicon.originPrepositions, ctx.text, Math.max(s.start, m.start - 20), m.start).some((p) =>
    /^\s*(?:(?:la|le|l'|l’|les|the)\s*)?$/i.test(ctx.text.slice(p.end, m.start)),
  );
}

/** A country standing for a noun ("the kingdom", "le pays") at `at`: the latest country named before it. */
function countryNounAt(scope: TriggerScope, noun: Span): string | null {
  return latestBefore(scope.ctx, scope.i, noun.start, "Country");
}

export const destinationAfter: PlaceRule = {
  name: "destinationAfter",
  find: (scope) => {
    const { ctx, s, trigger, cues } = scope;
    const limit = Math.min(s.end, trigger.end + 90);
    const places = destinations(scope).filter(
      (m) => m.start >= trigger.end && m.start <= limit && !scope.people.some((p) => overlaps(p, m)),
    );
    const nouns = findIn(cues.countryNouns, ctx.text, trigger.end, limit)
      .filter((n) => !places.some((m) => overlaps(m, n)))
      .map((n) => ({ start: n.start, end: n.end, entityId: countryNounAt(scope, n) }))
      .filter((n): n is Span & { entityId: string } => n.entityId !== null);
    const all = [...places, ...nouns].sort((a, b) => a.start - b.start);
    // A place told with no locative is the verb's object only in the trigger's own clause
    // ("visited NATO headquarters, said Tokyo would join": not Tokyo).
    const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
    const holding = relativeClauses(ctx, s, trigger).find((c) => c.start <= trigger.start && trigger.end <= c.end);
    const within = (m: Span) => m.end <= clause.end && (!holding || m.end <= holding.end) && !afterOrigin(scope, m);
    // The verb's object right after it ("visited Tokyo on Monday, then met Y in Osaka": Tokyo).
    const object = places.find(
      (m) =>
        /^\s*$/u.test(blankSpans(ctx.text, trigger.end, m.start, findIn(cues.nounArticles, ctx.text, trigger.end, m.start))) && within(m),
    );
    return (
      (object ?? all.find((m) => afterLocative(scope, m) && (!holding || m.end <= holding.end)) ?? places.find(within))?.entityId ?? null
    );
  },
};

/**
 * "the Jakarta leg of the trip", "the Tokyo visit", "l'étape de Bamako", "la visite de Gao": the place a trip's noun
 * is named by, right before it or as its complement ("de"), is where it goes, not where someone comes from.
 */
export const destinationOfStopNoun: PlaceRule = {
  name: "destinationOfStopNoun",
  find: (scope) => {
    const { ctx, cues, trigger } = scope;
    const noun = cues.stopNouns
      .findInRange(ctx.text, trigger.start, trigger.end)
      .find((n) => n.start === trigger.start && n.end === trigger.end);
    if (!noun) return null;
    const places = destinations(scope);
    const before = places.find((m) => m.end <= trigger.start && /^\s+$/u.test(ctx.text.slice(m.end, trigger.start)));
    if (before) return before.entityId;
    const after = places.find((m) => m.start >= trigger.end && m.start - trigger.end <= 6);
    if (!after) return null;
    const link = cues.stopComplementLinks.findInRange(ctx.text, trigger.end, after.start)[0];
    return link && /^\s*$/u.test(blankSpans(ctx.text, trigger.end, after.start, [link])) ? after.entityId : null;
  },
};

export const destinationBefore: PlaceRule = {
  name: "destinationBefore",
  find: (scope) => {
    const { ctx, s, trigger } = scope;
    const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
    const near = destinations(scope).filter(
      (m) => m.end <= trigger.start && m.start >= clause.start && wordCount(ctx.text.slice(m.end, trigger.start)) <= 5,
    );
    return near.filter((m) => afterLocative(scope, m)).at(-1)?.entityId ?? null;
  },
};

export const destinationSoil: PlaceRule = {
  name: "destinationSoil",
  find: ({ ctx, cues, i, s, trigger }) => {
    // "son arrivée sur le sol français", "his arrival on French soil": the country of the demonym.
    const demonyms = (ctx.mentionsBySentence[i] ?? []).filter(
      (m) => m.source === "demonym" && m.start >= trigger.end && m.start - trigger.end <= 40,
    );
    const found = demonyms.find(
      (d) =>
        findIn(cues.soilBeforeDemonym, ctx.text, Math.max(s.start, d.start - 25), d.start).some((c) =>
          /^\s*$/.test(ctx.text.slice(c.end, d.start)),
        ) ||
        findIn(cues.soilAfterDemonym, ctx.text, d.end, Math.min(s.end, d.end + 15)).some((c) =>
          /^\s*$/.test(ctx.text.slice(d.end, c.start)),
        ),
    );
    return found?.entityId ?? null;
  },
};

/**
 * "X welcomed Y to Paris on Thursday for a three-day state visit", "X a accueilli mardi à Paris le
 * président Y pour une visite": the place after a locative between a host's verb and the visit noun,
 * in the noun's clause (where the host received the visitor is where the visit went).
 */
export const destinationOfHost: PlaceRule = {
  name: "destinationOfHost",
  find: (scope) => {
    const { ctx, cues, s, trigger } = scope;
    const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
    const host = findIn(cues.hostVerbs, ctx.text, clause.start, trigger.start).at(-1);
    if (!host) return null;
    const place = destinations(scope).find((m) => m.start >= host.end && m.end <= trigger.start && afterLocative(scope, m));
    return place?.entityId ?? null;
  },
};

/**
 * "X welcomed Y to Canberra", "X a reçu lundi à Madrid Y", "Y was received in Beijing by X": a
 * host's verb says the guest came to where they met. The guest is the meeting's person on the far
 * side of the verb from the host (before it when the verb is passive), known to come from another
 * country than the host and the place.
 */
export function guestVisit(
  scope: TriggerScope,
  meeting: { people: readonly string[]; place: string | null },
): { visitor: string; place: string } | null {
  const { ctx, cues, roles, trigger, s } = scope;
  const place = meeting.place;
  if (!place || meeting.people.length !== 2) return null;
  const verb = findIn(cues.hostVerbs, ctx.text, Math.max(s.start, trigger.start - 20), Math.min(s.end, trigger.end + 20)).find((v) =>
    overlaps(v, trigger),
  );
  if (!verb) return null;
  const passive = PASSIVE_HOST.test(ctx.text.slice(verb.start, verb.end));
  const clause = clauseAround(ctx.text, s.start, s.end, verb.start);
  const inMeeting = scope.people.filter((p) => meeting.people.includes(p.personId) && contains(clause, p));
  const before = inMeeting.filter((p) => p.end <= verb.start);
  const after = inMeeting.filter((p) => p.start >= verb.end);
  const guest = passive ? before.at(-1) : after[0];
  const host = passive ? after[0] : before.at(-1);
  if (!guest || !host || guest.personId === host.personId) return null;
  const guestCountry = countryOfPerson(ctx, roles.roles, guest.personId);
  if (!guestCountry) return null;
  const hostCountry = countryOfPerson(ctx, roles.roles, host.personId);
  if (guestCountry === hostCountry || guestCountry === countryOfPlace(ctx, place) || isCapitalOf(ctx, guestCountry, place)) return null;
  return { visitor: guest.personId, place };
}
const PASSIVE_HOST = /(?:été|was|were|is|are|est|sont)\s/iu;

/**
 * "Il sera reçu à Paris dans les prochaines semaines", "X will be received in Rome on Friday": a guest received in the
 * passive with no host named — the subject (a name right before the verb, or the person a subject pronoun stands for)
 * visits the place where they are received, known to come from another country.
 */
export function receivedGuest(scope: TriggerScope, meeting: { people: readonly string[]; place: string | null }): string | null {
  const { ctx, cues, roles, s, trigger, people } = scope;
  const place = meeting.place;
  if (!place || meeting.people.length > 0) return null;
  const verb = findIn(cues.passiveReceptions, ctx.text, Math.max(s.start, trigger.start - 30), Math.min(s.end, trigger.end + 10)).find(
    (v) => overlaps(v, trigger),
  );
  if (!verb) return null;
  const clause = clauseAround(ctx.text, s.start, s.end, verb.start);
  // A host named anywhere in the clause ("par X", "by X") makes it a meeting, guestVisit's.
  if (people.some((p) => contains(clause, p) && p.start >= verb.end)) return null;
  const named = [...people].reverse().find((p) => contains(clause, p) && p.end <= verb.start);
  const guest = named && !isAgent(scope, named) ? named.personId : pronounSubjectOf(scope);
  if (!guest) return null;
  const country = countryOfPerson(ctx, roles.roles, guest);
  if (!country || country === countryOfPlace(ctx, place) || isCapitalOf(ctx, country, place)) return null;
  return guest;
}

/** Most words between a visit's words and the preposition before the person visited ("une visite de courtoisie lundi au"). */
const VISIT_TO_PERSON_WORDS = 3;

/**
 * "a rendu une visite de courtoisie au président Y", "a rendu visite lundi à la présidente Y", "paid a courtesy visit to
 * President Y": a visit paid to a person (the first preposition after the visit's words, a few words and the sentence's
 * dates between, then the person's title or name, a determiner at most) is a meeting with that person. Null when the
 * preposition opens a place ("se rendra à Dakar"), an owner ("a visit to President Y's country"), or no one of the visit.
 */
export function visitedPerson(scope: TriggerScope, visitors: readonly string[]): string | null {
  const { ctx, cues, i, s, trigger, participants } = scope;
  const to = Math.min(s.end, trigger.end + 80);
  const preposition = findWordsIn(cues.personVisitPrepositions, ctx.text, trigger.end, to)[0];
  if (!preposition) return null;
  const lead = blankSpans(ctx.text, trigger.end, preposition.start, ctx.temporal(i));
  if (/[,;:.!?()«»"“”]/u.test(lead) || wordCount(lead) > VISIT_TO_PERSON_WORDS) return null;
  const titles = ctx.titlesBySentence[i] ?? [];
  const person = participants
    .filter((p) => p.start >= preposition.end)
    .sort((a, b) => a.start - b.start)
    .find((p) => {
      const between = blankSpans(ctx.text, preposition.end, p.start, [
        ...titles,
        ...findWordsIn(cues.personVisitDeterminers, ctx.text, preposition.end, p.start),
      ]);
      return /^\s*$/u.test(between);
    });
  if (!person || visitors.includes(person.personId) || /^['’]s\b/u.test(ctx.text.slice(person.end, person.end + 3))) return null;
  return person.personId;
}

/**
 * "will travel to Serbia and Hungary", "se rendra en Serbie et en Hongrie": the other countries
 * coordinated right after the destination, each a visit of its own (cities are stops of one trip).
 */
export function coordinatedDestinations(scope: TriggerScope, destination: string): string[] {
  const { ctx, cues, i, s, trigger } = scope;
  if (typeOf(ctx, destination) !== "Country") return [];
  const countries = (ctx.mentionsBySentence[i] ?? []).filter(
    (m) => m.start >= trigger.end && m.source !== "demonym" && typeOf(ctx, m.entityId) === "Country",
  );
  const first = countries.findIndex((m) => m.entityId === destination);
  if (first < 0) return [];
  const out: string[] = [];
  let previous = countries[first];
  for (const next of countries.slice(first + 1)) {
    // Between the two: link words and commas only, a link word at least ("Serbia, Hungary" may be a list of anything).
    const links = findIn(cues.destinationLinks, ctx.text, previous.end, next.start);
    const rest = blankSpans(ctx.text, previous.end, next.start, links);
    if (links.length === 0 || rest.length > 30 || !/^[\s,]*$/.test(rest) || next.end > s.end) break;
    if (next.entityId !== destination && !out.includes(next.entityId)) out.push(next.entityId);
    previous = next;
  }
  return out;
}

/** A trip's later stop: its place, the word opening it and the day the text gives it. */
export interface LaterStop {
  place: string;
  link: Span;
  date: TemporalExpression;
}

/**
 * "se rendra lundi au Japon, puis mercredi en Corée du Sud", "will travel to Tokyo on Monday, then
 * to Osaka on Wednesday": a place after a stop link ("then", "puis") with a day of its own is a
 * visit of its own, on that day. Between the link and the place only days and locative
 * prepositions ("then return to Madrid" is another verb's place); a stop with no day of its own
 * is the same trip's.
 */
export function laterStops(scope: TriggerScope, destination: string): LaterStop[] {
  const { ctx, cues, i, s, trigger } = scope;
  const places = (ctx.mentionsBySentence[i] ?? []).filter((m) => {
    const type = typeOf(ctx, m.entityId);
    return m.start >= trigger.end && m.source !== "demonym" && (type === "Country" || type === "Place");
  });
  const first = places.find((m) => m.entityId === destination);
  if (first === undefined) return [];
  const links = findIn(cues.stopLinks, ctx.text, first.end, s.end);
  const days = ctx.temporal(i);
  const stops: LaterStop[] = [];
  for (const [k, link] of links.entries()) {
    const until = links[k + 1]?.start ?? s.end;
    const place = places.find((m) => m.start >= link.end && m.end <= until);
    if (place === undefined || place.entityId === destination || stops.some((stop) => stop.place === place.entityId)) continue;
    const own = days.filter((t) => t.start >= link.end && t.end <= until);
    const before = [
      ...own.filter((t) => t.end <= place.start),
      ...findIn(ctx.lexicon.locativePrepositions, ctx.text, link.end, place.start),
    ];
    if (!/^[\s,]*(?:\p{Ll}{1,2}\s+)?$/u.test(blankSpans(ctx.text, link.end, place.start, before))) continue;
    const date = own[0];
    if (date !== undefined) stops.push({ place: place.entityId, link, date });
  }
  return stops;
}

/** The destination rules, in order. */
export const DESTINATION_RULES: readonly PlaceRule[] = [
  destinationOfStopNoun,
  destinationAfter,
  destinationSoil,
  destinationOfHost,
  destinationBefore,
];

/** Whether the destination is the person's own country, or a city of it ("X will be in Manila" for a Philippine president). */
function isOwnCountry(scope: TriggerScope, person: string, destination: string): boolean {
  const country = countryOfPerson(scope.ctx, scope.roles.roles, person);
  return (
    country !== null &&
    (country === destination || countryOfPlace(scope.ctx, destination) === country || isCapitalOf(scope.ctx, country, destination))
  );
}

/**
 * The visitor: the first rule's finding whose person is not a national of the destination
 * (no one visits their own country, nor a city of it: "le prince héritier saoudien … sa visite dans le royaume").
 */
export function visitorFor(
  scope: TriggerScope,
  destination: string | null,
  rules: readonly ParticipantRule[] = VISITOR_RULES,
): Found | null {
  for (const rule of rules) {
    const found = rule.find(scope);
    if (!found) continue;
    const own = destination !== null && (found.people ?? []).some((p) => isOwnCountry(scope, p, destination));
    if (!own) return found;
  }
  return null;
}
