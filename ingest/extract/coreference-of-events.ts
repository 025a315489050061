/**
 * Event coreference inside one document: mentions of the same event become one event with all
 * their evidence.
 *   - an anaphoric mention ("la réunion", "ce sommet", "the talks", "Ils ont discuté") joins the
 *     salient event of its type and status, and inherits its date when it has none;
 *   - a group subject ("les deux dirigeants", "both leaders") takes the salient event's people;
 *     "une réunion des ministres …" decided by them takes their countries;
 *   - other mentions join an earlier event when type, status, date and participants agree; two
 *     Signing mentions of the same agreement are one Signing, and so are those of an unnamed one
 *     unless the later names two new signers ("… Poland and South Korea signed a contract");
 *   - "les deux pays ont signé", "both sides signed" take the sides of the salient event, or the
 *     countries of its people;
 *   - a meeting without a place told with a call, by its people, is the call ("received a phone call from Y");
 *   - a planned event is never merged with an occurred one; a later mention that calls it off
 *     ("ce déplacement a été reporté", "called off the trip") makes it cancelled, one that puts it off to a new
 *     date ("the trip has been postponed to March 3") moves it there.
 */
import type { IsoDate } from "../../src/model/extraction.js";
import type { ExtractionContext } from "./context.js";
import type { EventMention, StoryEvent } from "./events/mention.js";
import { countryOfPerson, type RoleClaim } from "./roles.js";
import { findWordsIn, uniq } from "./spans.js";
import { eventCues } from "./events/cues.js";
import { isDayPrecise } from "../dates/iso.js";

const subset = (a: readonly string[], b: readonly string[]) => a.every((x) => b.includes(x));
import { dateAtDocumentLevel } from "./events/document-dates.js";
import { placeFromTrip } from "./events/place-from-trip.js";
import { placeFromOccasion } from "./events/place-from-occasion.js";
import { placeFromScene } from "./events/place-from-scene.js";
import { placeFromEventJustTold } from "./events/place-from-event-just-told.js";
import { rulesFor } from "./events/types.js";
import { couldBeOnePlace, countryOfPlace, isCapitalOf } from "./events/same-place.js";

export type { StoryEvent } from "./events/mention.js";

const datesAgree = (a: IsoDate | null, b: IsoDate | null): boolean => !a || !b || a.startsWith(b) || b.startsWith(a);

const capitalsByKb = new WeakMap<ExtractionContext["kb"], ReadonlySet<string>>();
function capitals(ctx: ExtractionContext): ReadonlySet<string> {
  let set = capitalsByKb.get(ctx.kb);
  if (!set) {
    set = new Set([...ctx.kb.byId.values()].flatMap((e) => ("iso2" in e && e.capital ? [e.capital] : [])));
    capitalsByKb.set(ctx.kb, set);
  }
  return set;
}

/**
 * A venue: a place that is neither a country nor a capital, nor a city or a region the knowledge base knows (a
 * palace, a base); a stop within a trip.
 */
function isVenue(ctx: ExtractionContext, id: string): boolean {
  return ctx.entityById.get(id)?.type === "Place" && !capitals(ctx).has(id) && !ctx.kb.byId.has(id);
}

function placesAgree(ctx: ExtractionContext, a: string | null, b: string | null, trip: boolean): boolean {
  if (!a || !b || a === b) return true;
  if (isCapitalOf(ctx, a, b) || isCapitalOf(ctx, b, a)) return true;
  if (!trip) return false;
  // A visitor's stops on one trip: "arrived in Caracas … then headed to the Miraflores palace", "a visit to Japan …
  // in Osaka". Two cities, or a region and a city in it, are two stops: "une tournée en Asie centrale … une escale à
  // Bakou le 14 janvier" is a visit to Baku of its own.
  return countryOfPlace(ctx, a) === b || countryOfPlace(ctx, b) === a || isVenue(ctx, a) || isVenue(ctx, b);
}

function participantsAgree(ctx: ExtractionContext, e: StoryEvent, m: EventMention): boolean {
  const rules = rulesFor(e.type);
  return rules.sameParticipants(e, m) && (!rules.trip || placesAgree(ctx, e.place, m.place, true));
}

/** How far after a visit's verb a stop link may stand ("se rendra ensuite à"). */
const STOP_LINK_AFTER_VERB_CHARS = 12;

/**
 * "Le ministre se rendra au quartier général de la force … Il se rendra ensuite à Ohrid": a trip's next stop, told after a
 * stop link ("ensuite", "then") before its trigger with a place of its own, is no part of an earlier visit that had none.
 */
function nextStop(ctx: ExtractionContext, e: StoryEvent, m: EventMention): boolean {
  const sentence = ctx.sentences[m.sentenceIndex];
  if (!rulesFor(m.type).trip || !m.place || e.place || !sentence || e.sentenceIndices.includes(m.sentenceIndex)) return false;
  // The link opens the sentence or follows the verb ("Ensuite, il se rendra à Ohrid", "il se rendra ensuite à Ohrid").
  const to = Math.min(sentence.end, m.trigger.end + STOP_LINK_AFTER_VERB_CHARS);
  return findWordsIn(eventCues(ctx.language).stopLinks, ctx.text, sentence.start, to).length > 0;
}

function compatible(ctx: ExtractionContext, e: StoryEvent, m: EventMention): boolean {
  // Background told in a relative clause joins only an event of the same named agreement.
  const first = e.mentions[0];
  if (first && first.subordinate !== m.subordinate && !(e.agreementId && e.agreementId === m.agreementId)) return false;
  if (nextStop(ctx, e, m)) return false;
  return (
    e.type === m.type && e.status === m.status && datesAgree(e.date, m.date) && !earlierApart(ctx, e, m) && participantsAgree(ctx, e, m)
  );
}

/**
 * "X received Y in London on Tuesday. The two had met in Rome": a mention told in the pluperfect and an event told
 * otherwise, in two places, are two events unless both give their day (and it agrees). Background on the same event
 * ("Z avait fait le déplacement") names no other place.
 */
function earlierApart(ctx: ExtractionContext, e: StoryEvent, m: EventMention): boolean {
  return (
    (e.mentions[0]?.earlier ?? false) !== m.earlier &&
    (!e.date || !m.date) &&
    e.place !== null &&
    m.place !== null &&
    !placesAgree(ctx, e.place, m.place, false)
  );
}

/**
 * "X recevra en janvier son homologue allemand … X doit recevoir le 12 janvier le Premier ministre indien Y": one side
 * left as a country (a counterpart unnamed) and a newcomer the other names, of another country, are two meetings of the
 * same host. The country sides are those none of the side's people is of.
 */
function otherCountrySides(ctx: ExtractionContext, roles: readonly RoleClaim[], e: StoryEvent, m: EventMention): boolean {
  const apart = (
    a: { people: readonly string[]; parties: readonly string[] },
    b: { people: readonly string[]; parties: readonly string[] },
  ) => {
    const ownCountries = new Set(a.people.map((p) => countryOfPerson(ctx, roles, p)));
    const unnamed = a.parties.filter((c) => ctx.entityById.get(c)?.type === "Country" && !ownCountries.has(c));
    if (unnamed.length === 0) return false;
    const newcomers = b.people.filter((p) => !a.people.includes(p)).map((p) => countryOfPerson(ctx, roles, p));
    return newcomers.length > 0 && newcomers.every((c) => c !== null && !unnamed.includes(c) && !a.parties.includes(c));
  };
  return apart(e, m) || apart(m, e);
}

/** How many sentences back the event a companion goes on may be told. */
const COMPANION_REACH_SENTENCES = 2;

/**
 * The events a companion told after them goes on: the trips (else the meetings) with people, not called off, told
 * in the nearest sentence before the companion's that tells any, a few sentences back at most.
 */
function eventsJustTold(events: readonly StoryEvent[], m: EventMention): StoryEvent[] {
  const before = events.filter(
    (e) =>
      e.status !== "cancelled" &&
      e.people.length > 0 &&
      e.sentenceIndices.some((k) => k < m.sentenceIndex && k >= m.sentenceIndex - COMPANION_REACH_SENTENCES),
  );
  const last = Math.max(-1, ...before.flatMap((e) => e.sentenceIndices.filter((k) => k < m.sentenceIndex)));
  const nearest = before.filter((e) => e.sentenceIndices.includes(last));
  const trips = nearest.filter((e) => rulesFor(e.type).trip);
  return trips.length > 0 ? trips : nearest.filter((e) => e.type === "Meeting");
}

/** Most sentences between attendees told in a sentence of their own and the meeting they attended ("It was attended by X"). */
const ATTENDANCE_REACH_SENTENCES = 3;

/** The meeting attendees told in a sentence of their own attended: the latest told a few sentences before at most, not called off. */
function meetingJustTold(events: readonly StoryEvent[], m: EventMention): StoryEvent | undefined {
  const last = (e: StoryEvent) => Math.max(-1, ...e.sentenceIndices.filter((k) => k < m.sentenceIndex));
  return events
    .filter((e) => e.type === "Meeting" && e.status !== "cancelled" && last(e) >= m.sentenceIndex - ATTENDANCE_REACH_SENTENCES)
    .reduce<StoryEvent | undefined>((best, e) => (best === undefined || last(e) >= last(best) ? e : best), undefined);
}

/**
 * "The annual summit opened in Quito, chaired by X. It was attended by Y and Z": a meeting mention told a few sentences
 * before with too few people to stand as an event on its own (one person) is the meeting attendees told in a sentence
 * of their own attended; it opens, and they join it.
 */
function meetingWantingPeople(events: StoryEvent[], unattached: EventMention[], m: EventMention): StoryEvent | undefined {
  const k = unattached.findLastIndex(
    (o) =>
      o.type === "Meeting" &&
      !o.attendeesOnly &&
      !o.inPassing &&
      o.status !== "cancelled" &&
      o.people.length + o.parties.length > 0 &&
      o.sentenceIndex < m.sentenceIndex &&
      o.sentenceIndex >= m.sentenceIndex - ATTENDANCE_REACH_SENTENCES,
  );
  const wanting = unattached[k];
  if (!wanting) return undefined;
  unattached.splice(k, 1);
  const meeting = open(wanting);
  events.push(meeting);
  return meeting;
}

/** The event a group subject or an anaphor stands for: the latest of the type and status (any status when asked), with people. */
function salient(
  ctx: ExtractionContext,
  events: readonly StoryEvent[],
  m: EventMention,
  needPeople: boolean,
  anyStatus = false,
): StoryEvent | undefined {
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (e.type !== m.type || (!anyStatus && e.status !== m.status) || !datesAgree(e.date, m.date) || earlierApart(ctx, e, m)) continue;
    // "Des pourparlers ont eu lieu à Istanbul" does not refer back to a meeting in New Delhi (a trip's stops may differ).
    if (!rulesFor(e.type).trip && !couldBeOnePlace(ctx, e.place, m.place)) continue;
    if (needPeople && e.people.length === 0) continue;
    // "the decisions taken at the Ankara summit last July. … The meeting produced no decisions": not that summit (one
    // told by its host city with a day of its own, "the Vilnius summit on Tuesday", may be the story's).
    if (e.mentions.every((o) => o.inPassing) && (e.date === null || !isDayPrecise(e.date))) continue;
    return e;
  }
  return undefined;
}

/** How many sentences back "such a meeting" may refer. */
const SUCH_REACH_SENTENCES = 2;

/**
 * "X was ready to host a meeting between the two blocs. Such a meeting, initially planned for May, was postponed":
 * the latest mention of the kind, told in the sentences just before, with its participants, whether or not it
 * made an event of its own.
 */
function suchEventTold(mentions: readonly EventMention[], m: EventMention): EventMention | undefined {
  return mentions
    .filter(
      (o) =>
        o.type === m.type &&
        o.sentenceIndex < m.sentenceIndex &&
        o.sentenceIndex >= m.sentenceIndex - SUCH_REACH_SENTENCES &&
        o.people.length + o.parties.length > 0,
    )
    .at(-1);
}

/**
 * The plan a later mention calls off ("X devait se rendre à Bakou … mais ce déplacement a été
 * reporté", "X, whose visit had been planned, called off the trip"): the latest planned event of
 * the mention's type, which then is cancelled.
 */
function calledOffPlan(events: readonly StoryEvent[], m: EventMention): StoryEvent | undefined {
  if (m.status !== "cancelled") return undefined;
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (e.type !== m.type || e.status !== "planned") continue;
    // "X, qui devait se rendre à Paris début décembre, a annulé son déplacement mardi": told in the plan's
    // sentence, the day is the cancellation's, not the event's.
    const toldWithPlan = e.sentenceIndices.includes(m.sentenceIndex);
    if (toldWithPlan || datesAgree(e.date, m.date)) return e;
  }
  return undefined;
}

/**
 * The plan a later mention puts off to a new date ("X devait se rendre à Rabat jeudi. Le déplacement a été reporté au 3
 * mars."): the latest planned event of the mention's type, with the mention's people among its own, at another date.
 */
function movedPlan(events: readonly StoryEvent[], m: EventMention): StoryEvent | undefined {
  if (!m.rescheduled || m.status !== "planned" || !m.date) return undefined;
  const e = [...events].reverse().find((x) => x.type === m.type && x.status === "planned");
  return e && subset(m.people, e.people) && !datesAgree(e.date, m.date) ? e : undefined;
}

/**
 * The people a group subject stands for: those of the latest event with as many people as the group counts
 * ("the three ministers"), or else of the latest event with two or more people.
 */
function groupPeople(events: readonly StoryEvent[], size: number | null = null): string[] {
  const counted = size === null ? undefined : [...events].reverse().find((e) => e.people.length === size);
  if (counted) return counted.people;
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (e.people.length >= 2) return e.people;
  }
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (e.people.length > 0) return e.people;
  }
  return [];
}

/**
 * "X et Y ont salué l'accord signé par Z et W. Ils se sont entretenus par visioconférence": a group subject stands for
 * the subject of the sentence before (two people or more, as many as the group counts), not for the people of the
 * latest event when that sentence tells another's; undefined when it has no such subject or the latest event has them.
 */
function subjectsBefore(events: readonly StoryEvent[], m: EventMention): string[] | undefined {
  const subjects = m.previousSubjects ?? [];
  if (subjects.length < 2 || (m.groupSize !== null && m.groupSize !== subjects.length)) return undefined;
  const latest = groupPeople(events, m.groupSize);
  return subset(subjects, latest) ? undefined : subjects;
}

/** The people the document gives an office of one of `kinds` (a minister's title for "ministers"), or null when the group's noun names none. */
function officeHolders(roles: readonly RoleClaim[], kinds: readonly RoleClaim["titleKind"][] | null): ReadonlySet<string> | null {
  if (!kinds) return null;
  return new Set(roles.filter((r) => r.tenure === "current" && kinds.includes(r.titleKind)).map((r) => r.personId));
}

/**
 * "Defence Secretary A and Norway's defence minister B attended … The contract was signed by C and D, chief executives …
 * The two ministers then held talks": a group whose noun names an office stands for the holders of that office among
 * the people of the latest event with as many of them as it counts (two or more when it counts none), or else among the
 * people named just before. Undefined when none fit: the group is then read as any other.
 */
function officeGroup(events: readonly StoryEvent[], m: EventMention, holders: ReadonlySet<string>): string[] | undefined {
  const fits = (people: readonly string[]) => (m.groupSize === null ? people.length >= 2 : people.length === m.groupSize);
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    const held = e.people.filter((p) => holders.has(p));
    if (fits(held)) return held;
  }
  const near = m.nearbyPeople.filter((p) => holders.has(p));
  return fits(near) ? near : undefined;
}

/** The sides of the latest event with two or more countries or organisations ("the two sides"). */
function groupParties(events: readonly StoryEvent[]): string[] {
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (e.parties.length >= 2) return e.parties;
  }
  return [];
}

function absorb(ctx: ExtractionContext, e: StoryEvent, m: EventMention, addPeople: boolean): void {
  if (addPeople) e.people = uniq([...e.people, ...m.people]);
  e.parties = uniq([...e.parties, ...m.parties]);
  // A visit told with its city and its country ("arrivé à Paris … sa visite en France"): the city is the place, the country the host.
  if (rulesFor(e.type).trip && e.place && m.place && e.place !== m.place) {
    if (isCapitalOf(ctx, m.place, e.place)) e.parties = uniq([...e.parties, m.place]);
    else if (isCapitalOf(ctx, e.place, m.place)) {
      e.parties = uniq([...e.parties, e.place]);
      e.place = m.place;
    }
  }
  e.place ??= m.place;
  e.topics = uniq([...e.topics, ...m.topics]);
  e.agreementId ??= m.agreementId;
  // A later mention that tells the day of a month or a week already told ("this week" … "on Nov. 14") dates it more precisely.
  if ((!e.date && m.date) || (e.date && m.date && m.date.length > e.date.length && m.date.startsWith(e.date))) {
    e.date = m.date;
    e.endDate = m.endDate;
  }
  if (!e.sentenceIndices.includes(m.sentenceIndex)) e.sentenceIndices.push(m.sentenceIndex);
  e.mentions.push(m);
}

function open(m: EventMention): StoryEvent {
  return {
    type: m.type,
    cameo: m.status === "planned" ? (m.plannedCameo ?? m.cameo) : m.cameo,
    status: m.status,
    date: m.date,
    endDate: m.endDate,
    people: [...m.people],
    parties: [...m.parties],
    place: m.place,
    topics: [...m.topics],
    agreementId: m.agreementId,
    sentenceIndices: [m.sentenceIndex],
    mentions: [m],
  };
}

export function resolveEvents(ctx: ExtractionContext, mentions: readonly EventMention[], roles: readonly RoleClaim[]): StoryEvent[] {
  const events: StoryEvent[] = [];
  /** Mentions that join no event: they may still date one (document-dates.ts). */
  const unattached: EventMention[] = [];
  for (const original of mentions) {
    const m: EventMention = { ...original, people: [...original.people], parties: [...original.parties] };
    if (m.such && m.people.length === 0 && m.parties.length === 0) {
      const told = suchEventTold(mentions, m);
      m.people = [...(told?.people ?? [])];
      m.parties = [...(told?.parties ?? [])];
      // "Lomé est prêt à accueillir une réunion … Une telle rencontre, prévue en mai, a été reportée": the plan is called off.
      const plan = told && events.find((e) => e.mentions.some((o) => o.trigger.start === told.trigger.start));
      if (plan && plan.status === "planned" && m.status === "cancelled" && datesAgree(plan.date, m.date)) {
        plan.status = "cancelled";
        plan.cameo = m.cameo;
        absorb(ctx, plan, m, true);
        continue;
      }
    }
    // "He is accompanied by Y": Y goes with the participants of the events told in the nearest sentence before.
    if (m.companionsOnly) {
      const joined = eventsJustTold(events, m);
      for (const e of joined) absorb(ctx, e, m, true);
      if (joined.length === 0) unattached.push(m);
      continue;
    }
    // "It was attended by X and Y": X and Y attended the meeting just told.
    if (m.attendeesOnly) {
      const meeting = meetingJustTold(events, m) ?? meetingWantingPeople(events, unattached, m);
      if (meeting) absorb(ctx, meeting, m, true);
      else unattached.push(m);
      continue;
    }
    const holders = officeHolders(roles, m.groupOffices);
    const ofOffice = holders ? officeGroup(events, m, holders) : undefined;
    if (m.groupSubject && m.people.length === 0) {
      const fromEvents = ofOffice ?? subjectsBefore(events, m) ?? groupPeople(events, m.groupSize);
      // "une réunion des trois ministres": the people of the event with as many, not their countries.
      const counted = m.groupSize !== null && fromEvents.length === m.groupSize;
      // "The two ministers met in Melbourne": the group's event gives its date, and its place, when this mention has none.
      const source =
        fromEvents.length > 0
          ? [...events].reverse().find((e) => e.people === fromEvents || (ofOffice && subset(ofOffice, e.people)))
          : undefined;
      // Not to a group told in the pluperfect: "The two had met in Rome" is an earlier meeting.
      if (!m.date && source?.date && source.status === m.status && !m.earlier) {
        m.date = source.date;
        m.endDate = source.endDate;
      }
      if (!m.place && source?.place && source.status === m.status && !rulesFor(m.type).trip && !m.earlier) m.place = source.place;
      const group = fromEvents.length >= 2 ? fromEvents : m.nearbyPeople.length >= 2 ? m.nearbyPeople : fromEvents;
      // Nothing told yet for the group to refer to: the group is the people just named.
      if (m.anaphoric && !events.some((e) => e.type === m.type && e.status === m.status) && m.nearbyPeople.length >= 2) {
        m.anaphoric = false;
        m.people = [...m.nearbyPeople];
      }
      if (m.ofMinisters && !counted) {
        const sides = groupParties(events);
        m.parties = uniq([
          ...m.parties,
          ...(sides.length >= 2 ? sides : group.map((p) => countryOfPerson(ctx, roles, p)).filter((c): c is string => !!c)),
        ]);
      } else if (!m.anaphoric) m.people = [...group];
    }
    // "where they met X": the group and the people it met; an event of the group alone is another one.
    const groupMeetsNamed = m.groupSubject && original.people.length > 0;
    if (groupMeetsNamed) {
      const group = ofOffice ?? groupPeople(events);
      m.people = uniq([...(group.length >= 2 ? group : m.nearbyPeople), ...m.people]);
      // The group's event, just told, gives its day when this mention has none ("The two leaders later travelled to Gdansk, where they met X").
      const source =
        group.length >= 2 ? [...events].reverse().find((e) => e.people === group || (ofOffice && subset(group, e.people))) : undefined;
      if (!m.date && source?.date && source.status === m.status && !m.earlier) {
        m.date = source.date;
        m.endDate = source.endDate;
      }
    }
    if (!m.anaphoric && m.refersBack) {
      // "Penny Wong will host the talks with Marles": the talks already told, with more people.
      const target = salient(ctx, events, m, false);
      if (target) {
        absorb(ctx, target, m, true);
        continue;
      }
    }
    if (m.anaphoric) {
      // "X was due to visit Oslo on Monday. The trip has been postponed to March 3.": the plan, at its new date.
      const moved = movedPlan(events, m);
      if (moved) {
        moved.date = m.date;
        moved.endDate = m.endDate;
        absorb(ctx, moved, m, true);
        continue;
      }
      const plan = salient(ctx, events, m, m.groupSubject) ? undefined : calledOffPlan(events, m);
      if (plan) {
        plan.status = "cancelled";
        plan.cameo = m.cameo;
        absorb(ctx, plan, m, true);
        continue;
      }
      const target = salient(ctx, events, m, m.groupSubject);
      const alone = !mentions.some((o) => o !== original && o.sentenceIndex === m.sentenceIndex);
      if (target) {
        // With another event in the sentence ("En marge de l'entretien, X et Y ont signé"), its people are that event's.
        absorb(ctx, target, m, alone);
        continue;
      }
      // "Anand will not meet X during the visit": a definite noun with no day of its own names the
      // story's visit, whatever the tense of the clause around it.
      const told = m.date === null && !m.groupSubject ? salient(ctx, events, m, false, true) : undefined;
      if (told) {
        absorb(ctx, told, m, false);
        continue;
      }
      // A definite mention with nothing to refer to is an event only when it has people of its
      // own and is the sentence's only event ("Cette rencontre entre X et Y …"); otherwise its
      // people belong to the other event ("ont signé … à la veille du sommet du G7").
      // "Le sommet UE-Afrique prévu en février a été annulé": a dated summit of its own named sides is one too.
      const ownSides = m.date !== null && m.parties.length > 0;
      if ((m.people.length === 0 && !ownSides) || !alone) {
        unattached.push(m);
        continue;
      }
    }
    // "X, qui devait se rendre à Paris, a annulé son déplacement": a cancellation naming the plan's people calls it off.
    const plan = m.status === "cancelled" && m.people.length > 0 ? calledOffPlan(events, m) : undefined;
    if (plan && subset(m.people, plan.people) && (!m.place || !plan.place || m.place === plan.place)) {
      plan.status = "cancelled";
      plan.cameo = m.cameo;
      absorb(ctx, plan, m, false);
      continue;
    }
    const rules = rulesFor(m.type);
    if (!rules.enough(ctx, m) || (m.weak && !rules.confirmsWeak(m))) {
      unattached.push(m);
      continue;
    }
    // "Les chefs de délégation ont été reçus par le chef de l'État nigérien": the group meets the country of a holder left
    // unnamed; the group's own event had no such side, so this is another meeting.
    const groupMeetsUnnamed = m.groupSubject && original.people.length === 0 && original.parties.length > 0;
    const same = [...events]
      .reverse()
      .find(
        (e) =>
          compatible(ctx, e, m) &&
          (!groupMeetsNamed || subset(m.people, e.people)) &&
          (!groupMeetsUnnamed || subset(m.parties, e.parties)) &&
          !otherCountrySides(ctx, roles, e, m),
      );
    if (same) absorb(ctx, same, m, true);
    else events.push(open(m));
  }
  // "En marge de l'entretien, X et Y ont signé …": an undated event told in a sentence that refers
  // back to a dated one ("l'entretien") happened on that day.
  for (const e of events) {
    if (e.date) continue;
    const referred = events.find(
      (o) =>
        o !== e &&
        o.date &&
        o.status === e.status &&
        o.mentions.some((om) => om.anaphoric && e.mentions.some((em) => em.sentenceIndex === om.sentenceIndex)),
    );
    if (referred) {
      e.date = referred.date;
      e.endDate = referred.endDate;
    }
  }
  const told = foldHeadlineEvents(ctx, foldMeetingsIntoCalls(ctx, events));
  for (const e of told) e.sentenceIndices.sort((a, b) => a - b);
  placeFromScene(ctx, told);
  dateAtDocumentLevel(ctx, told, unattached);
  placeFromOccasion(ctx, told);
  placeFromTrip(ctx, told);
  placeFromEventJustTold(ctx, told);
  return told;
}

/**
 * "X received a phone call from Y", "X spoke by phone with Y …, and the two leaders discussed …": a
 * meeting with no place of its own, told in the sentence of a call or the one after it, by people
 * (or countries: "les dirigeants français et allemand se sont entretenus par téléphone") of the
 * call, on its day, is the call itself, told again.
 */
function foldMeetingsIntoCalls(ctx: ExtractionContext, events: StoryEvent[]): StoryEvent[] {
  const folded = new Set<StoryEvent>();
  for (const e of events) {
    if (e.type !== "Meeting" || e.place || (e.people.length === 0 && e.parties.length === 0)) continue;
    const call = events.find(
      (c) =>
        c.type === "Call" &&
        c.status === e.status &&
        datesAgree(c.date, e.date) &&
        subset(e.people, c.people) &&
        subset(e.parties, [...c.parties, ...c.people]) &&
        e.sentenceIndices.every((k) => c.sentenceIndices.some((ck) => k === ck || k === ck + 1)),
    );
    if (!call) continue;
    for (const m of e.mentions) absorb(ctx, call, m, false);
    folded.add(e);
  }
  return folded.size === 0 ? events : events.filter((e) => !folded.has(e));
}

/**
 * A headline tells the story in the present whatever its tense ("Ishiba heads to Washington" over
 * "Ishiba will travel to Washington this week"; "Macron reçoit Lula" over "Macron a reçu Lula"): an
 * event told only in the title, with no day of its own or the same day, is the body's event of the
 * same type, people and place when the body tells it with another status.
 */
function foldHeadlineEvents(ctx: ExtractionContext, events: readonly StoryEvent[]): StoryEvent[] {
  const inTitle = (e: StoryEvent) => e.sentenceIndices.every((k) => ctx.sentences[k]?.zone === "title");
  const folded = new Set<StoryEvent>();
  for (const headline of events) {
    if (!inTitle(headline) || (headline.people.length === 0 && headline.parties.length === 0)) continue;
    const body = events.find(
      (e) =>
        e !== headline &&
        !folded.has(e) &&
        !inTitle(e) &&
        e.type === headline.type &&
        e.status !== headline.status &&
        datesAgree(e.date, headline.date) &&
        subset(headline.people, e.people) &&
        subset(headline.parties, [...e.parties, ...(e.place ? [e.place] : [])]) &&
        placesAgree(ctx, e.place, headline.place, false),
    );
    if (!body) continue;
    for (const m of headline.mentions) absorb(ctx, body, m, false);
    folded.add(headline);
  }
  return events.filter((e) => !folded.has(e));
}
