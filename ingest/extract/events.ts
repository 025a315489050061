/**
 * Event mentions, sentence by sentence (main story only: never teasers or boilerplate):
 *   - a trigger from the lexicon (rencontre, sommet, visite, se rendre, signé, talks, visited …)
 *   - a joint-action verb whose subject is two or more people ("X et Y ont convenu", "X and Y agreed")
 *     or a group standing for the people of the salient event ("Ils ont discuté", "both leaders")
 * Each mention gets its participants, place, topics, date and status (occurred/planned); the
 * mentions are merged into events afterwards (coreference-of-events.ts). The rules live in
 * ./events/ (triggers, participants, place, status, dating).
 */
import type { EventStatus } from "../../src/model/extraction.js";
import type { TemporalExpression } from "../../src/model/document.js";
import type { EntityMention } from "../../src/model/mentions.js";
import { foldForMatch } from "../../src/kb/normalize.js";
import { isStorySentence, type ExtractionContext } from "./context.js";
import type { AgreementMention } from "./agreement-mention.js";
import type { EventTypeLexicon } from "./lexicon.js";
import type { PersonReference, RoleExtraction } from "./roles.js";
import { blankSpans, clauseAround, findIn, findWordsIn, uniq, wordCount, type Span } from "./spans.js";
import { draftMention, type EventMention, type MentionDraft } from "./events/mention.js";
import { triggerClusters, triggerHits } from "./events/triggers.js";
import {
  inOngoingRelativeClause,
  inRelativeClause,
  isDefinite,
  peopleIn,
  relativeClauseOnNoun,
  reportingZones,
  topicsFor,
  typeOf,
  scopeOf,
} from "./events/scope.js";
import {
  OWN_PARTICIPANT,
  cueBeforeVerb,
  openingPeople,
  groupOfficesAround,
  groupSizeAround,
  groupSubjectBefore,
  subjectPeople,
} from "./events/participants.js";
import {
  cancelledDateNearest,
  dateFor,
  dateInSegment,
  datesTheCancellation,
  plannedDateForward,
  stopDayAfter,
  toldAsEarlier,
} from "./events/dating.js";
import { changedPlanDate, DENIAL_RULES, rescheduledDate, statusFor } from "./events/status.js";
import { rulesFor } from "./events/types.js";
import { placeFor } from "./events/place.js";
import { coordinatedDestinations, guestVisit, laterStops, receivedGuest, visitedPerson } from "./events/visit.js";
import { eventCues, type EventCues } from "./events/cues.js";
import { joinedSides } from "./events/meeting.js";
import { companionsOfSubject } from "./events/companions.js";
import { attendanceOf } from "./events/attendance.js";
import { narrowedScope, sequenceSplit, type SequenceSplit } from "./events/sequence.js";
import { sidelinePhrases } from "./events/sideline.js";
import type { TriggerHit } from "./events/mention.js";
import { contains } from "./spans.js";
import { laterEventPhrases } from "./events/later-event.js";
import { signingSpectators } from "./events/spectators.js";
import { tripEnd, tripLengthIn } from "./events/trip-length.js";
import { isDayPrecise } from "../dates/iso.js";

export type { EventMention } from "./events/mention.js";

/** Keeps the participants and place of a mention that are named after `from` in sentence i. */
function keepNamedAfter(ctx: ExtractionContext, i: number, people: readonly PersonReference[], from: number, m: MentionDraft): void {
  const after = new Set([
    ...people.filter((p) => p.start >= from).map((p) => p.personId),
    ...(ctx.mentionsBySentence[i] ?? []).filter((x) => x.start >= from).map((x) => x.entityId),
  ]);
  m.people = m.people.filter((p) => after.has(p));
  m.parties = m.parties.filter((p) => after.has(p));
  if (m.place && !after.has(m.place)) m.place = null;
  m.groupSubject = false;
}

/** Keeps the participants and place of a mention that are named inside `span` of sentence i. */
function keepNamedWithin(ctx: ExtractionContext, i: number, people: readonly PersonReference[], span: Span, m: MentionDraft): void {
  const inside = new Set([
    ...people.filter((p) => contains(span, p)).map((p) => p.personId),
    ...(ctx.mentionsBySentence[i] ?? []).filter((x) => contains(span, x)).map((x) => x.entityId),
  ]);
  m.people = m.people.filter((p) => inside.has(p));
  m.parties = m.parties.filter((p) => inside.has(p));
  if (m.place && !inside.has(m.place)) m.place = null;
  m.groupSubject = false;
  // "ahead of the NATO defence ministers' meeting which Belgium will host in Brussels": with no one of its own left,
  // the organisations the phrase names (else its countries) are the later event's sides.
  if (m.people.length === 0 && m.parties.length === 0) {
    const named = (ctx.mentionsBySentence[i] ?? []).filter((x) => contains(span, x) && x.source !== "demonym");
    const of = (type: string) => uniq(named.filter((x) => ctx.entityById.get(x.entityId)?.type === type).map((x) => x.entityId));
    const organizations = of("Organization");
    m.parties = organizations.length > 0 ? organizations : of("Country");
  }
}

/**
 * A cluster's triggers split where a later event's phrase starts or ends: "Ahead of the NATO summit, X met Y" tells
 * two meetings, the summit's noun and the verb close together.
 */
function splitAtLaterEvents(phrases: readonly Span[], cluster: TriggerHit[]): TriggerHit[][] {
  const holder = (h: Span) => phrases.findIndex((p) => contains(p, h));
  const out: TriggerHit[][] = [];
  for (const h of cluster) {
    const last = out.at(-1);
    const head = last?.[0];
    if (last && head && holder(head) === holder(h)) last.push(h);
    else out.push([h]);
  }
  return out;
}

/** Whether [from, to) is the word that opens a meeting's sides and an article at most ("entre la", "between"). */
function sidesRightAfter(ctx: ExtractionContext, cues: EventCues, from: number, to: number): boolean {
  const marker = findIn(cues.sidesBetween, ctx.text, from, to)[0];
  return !!marker && /^\s*$/.test(ctx.text.slice(from, marker.start)) && ARTICLE_ONLY.test(ctx.text.slice(marker.end, to));
}
/** How far past the verb of a relative clause on a trip's noun its inverted subject may stand ("que devait effectuer le ministre X"). */
const RELATIVE_SUBJECT_REACH = 80;

const ARTICLE_ONLY = /^\s*(?:l['’]|la|le|les|the)?\s*$/iu;

/** The event mentions of one sentence. */
function mentionsInSentence(
  ctx: ExtractionContext,
  roles: RoleExtraction,
  agreements: readonly AgreementMention[],
  i: number,
): EventMention[] {
  const sentence = ctx.sentences[i];
  if (!sentence || !isStorySentence(sentence)) return [];
  const s: Span = { start: sentence.start, end: sentence.end };
  const people = peopleIn(ctx, roles, i);
  const reporting = reportingZones(ctx, s);
  const participants = people.filter((p) => !reporting.some((z) => contains(z, p)));
  const topics = topicsFor(ctx, i);
  const out: EventMention[] = [];

  const nearby = (at: number): string[] => {
    const earlier: string[] = [];
    for (let k = i - 1, seen = 0; k >= 0 && seen < 2; k--) {
      const sk = ctx.sentences[k];
      if (!sk || !isStorySentence(sk)) continue;
      seen++;
      earlier.unshift(...peopleIn(ctx, roles, k).map((p) => p.personId));
    }
    return uniq([...earlier, ...people.filter((p) => p.end <= at).map((p) => p.personId)]);
  };
  /** The people who open the story sentence before this one: its subject. */
  const previousSubjects = (): string[] => {
    for (let k = i - 1; k >= 0; k--) {
      const sk = ctx.sentences[k];
      if (sk && isStorySentence(sk)) return openingPeople(ctx, peopleIn(ctx, roles, k), k);
    }
    return [];
  };
  const cues = eventCues(ctx.language);
  const finish = (
    m: MentionDraft,
    statusOverride?: EventStatus,
    toldOverride?: TemporalExpression,
    segment?: Span,
  ): EventMention | null => {
    if (m.groupSubject) {
      m.nearbyPeople = nearby(m.trigger.start);
      m.previousSubjects = previousSubjects();
      m.groupSize = groupSizeAround(ctx, s, m.trigger);
      m.groupOffices = groupOfficesAround(ctx, s, m.trigger);
    }
    const told = toldOverride ?? (segment ? dateInSegment(ctx, i, s, segment, m.trigger) : dateFor(ctx, i, s, m.trigger));
    const statusInput = { ctx, cues, index: i, sentence: s, trigger: m.trigger, date: told };
    const status = statusOverride ?? statusFor(statusInput);
    if (status === "none") return null;
    // "cancelled on Sunday his visit planned for next week", "was due to visit X but called off his trip on Sunday": the day
    // it was called off is not the visit's, whatever the status the mention's own words give.
    const calledOff = (t: TemporalExpression) => datesTheCancellation(ctx, s, m.trigger, t);
    const own = !toldOverride && !segment && told && calledOff(told) ? dateFor(ctx, i, s, m.trigger, calledOff) : told;
    // "initially planned for December, was pushed back to March", "… but will instead be held in 2027": a postponed
    // event's date is the new one.
    const newDate = status === "planned" ? (rescheduledDate(statusInput) ?? changedPlanDate(statusInput)) : null;
    const date = newDate ?? own;
    const dated =
      date === null
        ? null
        : status === "planned"
          ? plannedDateForward(date, ctx.published)
          : status === "cancelled"
            ? cancelledDateNearest(date, ctx.published)
            : date;
    // "arrivé lundi à Paris pour une visite de trois jours": a trip dated by its first day runs to its last.
    const days =
      rulesFor(m.type).trip && dated?.endDate === null && isDayPrecise(dated.date)
        ? tripLengthIn(ctx.text.slice(s.start, s.end), ctx.language)
        : null;
    const endDate = days !== null && dated ? tripEnd(dated.date, days) : (dated?.endDate ?? null);
    // Object.assign rather than a spread: V8 adds the new fields to an object spread from another one on a slow path.
    return Object.assign({}, m, { topics, status, rescheduled: newDate !== null, date: dated?.date ?? null, endDate });
  };
  const push = (m: EventMention | null) => {
    if (m) out.push(m);
  };

  const guestVisits: EventMention[] = [];
  const allHits = triggerHits(ctx, s, cues, ctx.temporal(i), i);
  // "X s'est entretenu avec Y, puis avec Z": the meeting with Z is another one, of the same subject.
  const gatherings = allHits.filter((h) => !h.ellipsis && rulesFor(h.lexicon.type).meetsCounterparts);
  let sequence: { split: SequenceSplit; lead: TriggerHit; subjects: string[]; told: boolean } | null = null;
  const laterEvents = laterEventPhrases(ctx, s);
  const sidelines = sidelinePhrases(ctx, cues, s);
  for (const hits of triggerClusters(allHits).flatMap((c) => splitAtLaterEvents(laterEvents, c))) {
    // "la visite de M. Starmer au Japon" names its own participant: not a reference back.
    const named = [
      ...people,
      ...(ctx.mentionsBySentence[i] ?? []).filter((m) => typeOf(ctx, m.entityId) === "Organization" && m.source !== "demonym"),
    ];
    // Read past a title ("la rencontre entre le président chinois Xi Jinping et …").
    const gap = (from: number, to: number) => blankSpans(ctx.text, from, to, ctx.titlesBySentence[i] ?? []);
    // "des pourparlers entre l'Ukraine et la Russie": countries named as the sides.
    const sides = (ctx.mentionsBySentence[i] ?? []).filter((m) => typeOf(ctx, m.entityId) === "Country" && m.source !== "demonym");
    // "le sommet UE-Chine", "les pourparlers russo-ukrainiens": sides joined by hyphens right after the noun.
    const joined = joinedSides(ctx, i, s);
    // "la visite que devait effectuer X": the visitor of the noun's relative clause (before or right after its verb).
    const relativeSubject = (h: Span) => {
      const relative = relativeClauseOnNoun(ctx, cues, h.end, s.end);
      return relative !== null && named.some((p) => p.start > relative.pronoun.end && p.start < relative.verb.end + RELATIVE_SUBJECT_REACH);
    };
    const ownPerson = (h: Span) =>
      named.some((p) => p.start >= h.end && OWN_PARTICIPANT.test(gap(h.end, p.start))) ||
      relativeSubject(h) ||
      sides.some((c) => c.start >= h.end && sidesRightAfter(ctx, cues, h.end, c.start)) ||
      joined.some((c) => c.start >= h.end && /^\s+$/u.test(ctx.text.slice(h.end, c.start)));
    const definite = hits.map((h) => h.lexicon.anaphors.has(h.phrase) && isDefinite(ctx, s, h) && !ownPerson(h));
    const first = hits.find((_, k) => !definite[k]) ?? hits[0];
    const m = draftMention(first, i);
    m.anaphoric = definite.every(Boolean);
    m.refersBack = definite.some(Boolean);
    m.such = findIn(cues.suchDeterminers, ctx.text, Math.max(s.start, first.start - 16), first.start).some((d) =>
      /^\s*$/u.test(ctx.text.slice(d.end, first.start)),
    );
    m.subordinate = inRelativeClause(ctx, s, first) && !inOngoingRelativeClause(ctx, s, first);
    m.earlier = toldAsEarlier(ctx, s, first);
    // "X will join her counterparts in Brussels": the group's meeting, when told already, is this one.
    if (first.joining) m.refersBack = true;
    // "ils sont convenus de se retrouver à Londres": agreed on, a weak trigger tells a meeting.
    m.weak = hits.every((h) => h.lexicon.weak.has(h.phrase)) && !cueBeforeVerb(ctx, cues.agreementToMeet, s, first.start);
    // Who comments, stays away, watches a signing or speaks of others' event: only where the sentence names someone (two, for the last).
    const aside =
      people.length === 0
        ? []
        : [
            ...commentators(ctx, cues, s, first, people),
            ...absentees(ctx, cues, s, hits, people),
            ...(m.type === "Signing" ? signingSpectators({ ctx, cues, sentence: s, hits, people }) : []),
            ...(people.length >= 2 ? speakersOfOthersEvent(ctx, cues, s, first, people, ctx.titlesBySentence[i] ?? []) : []),
          ];
    const scope = scopeOf(
      ctx,
      roles,
      agreements,
      i,
      first,
      hits,
      aside.length
        ? { people: people.filter((p) => !aside.includes(p)), participants: participants.filter((p) => !aside.includes(p)) }
        : { people, participants },
    );
    const meetsCounterparts = rulesFor(m.type).meetsCounterparts && !m.anaphoric && !first.ellipsis;
    let segment: Span | undefined;
    // The second meeting's own verb ("and also spoke with Z"); with the verb left out ("…, and Z separately, but the two did
    // not meet"), a later verb is another event's.
    if (meetsCounterparts && sequence?.split.next && first.start >= sequence.split.link.start) {
      segment = { start: sequence.split.link.start, end: s.end };
      // The second meeting: its own counterparts, and the subject of the first.
      rulesFor(m.type).describe(narrowedScope(scope, sequence.split.link.start, s.end, first, sequence.subjects), m);
      m.people = uniq([...sequence.subjects, ...m.people]);
      sequence.told = true;
    } else {
      const split: SequenceSplit | null =
        meetsCounterparts && !sequence ? sequenceSplit(ctx, cues, i, s, first, gatherings, participants) : null;
      rulesFor(m.type).describe(split ? narrowedScope(scope, s.start, split.link.start) : scope, m);
      if (split) {
        const linkStart: number = split.link.start;
        segment = { start: s.start, end: linkStart };
        const counterparts = new Set<string>(participants.filter((p) => p.start >= first.end && p.end <= linkStart).map((p) => p.personId));
        sequence = { split, lead: first, subjects: m.people.filter((p) => !counterparts.has(p)), told: false };
      }
    }
    // "…, puis celle de Y à Madrid": only what the pronoun's own phrase names.
    if (first.ellipsis) keepNamedAfter(ctx, i, people, first.start, m);
    // "spoke on Monday ahead of next week's NATO summit in The Hague": the later event is another one, with only
    // what its own phrase names.
    const later = laterEvents.find((p) => p.ownDate && contains(p, first));
    if (later) {
      keepNamedWithin(ctx, i, people, later, m);
      m.anaphoric = false;
      m.refersBack = false;
      m.later = true;
    }
    // "met Y in Warsaw on Saturday, a day after speaking with Z": the event a span counts back to is not held where the
    // sentence's own is; only a place named after the span is its.
    const countedBack = ctx
      .temporal(i)
      .find((t) => t.countsFromSubject === true && t.end <= first.start && contains(clauseAround(ctx.text, s.start, s.end, t.end), first));
    if (countedBack && m.place && !(ctx.mentionsBySentence[i] ?? []).some((x) => x.entityId === m.place && x.start >= countedBack.end))
      m.place = null;
    // "On the sidelines of Wednesday's summit, X met Y": the occasion is not X's and Y's meeting; only what its phrase names.
    const sideline = later ? undefined : sidelines.find((p) => contains(p, first));
    if (sideline && gatherings.some((h) => !contains(sideline, h))) keepNamedWithin(ctx, i, people, sideline, m);
    const mention = finish(m, undefined, undefined, segment);
    push(mention);
    // "X welcomed Y to Canberra": the guest's visit, kept when the sentence tells no visit of its own.
    const visitLexicon = ctx.lexicon.events.find((e) => e.type === "Visit");
    if (mention && visitLexicon && m.type === "Meeting" && !m.anaphoric && !m.subordinate) {
      const received = receivedGuest(scope, m);
      const guest = guestVisit(scope, m) ?? (received && m.place ? { visitor: received, place: m.place } : null);
      if (guest) {
        const visit = draftMention({ ...first, lexicon: visitLexicon }, i);
        visit.people = [guest.visitor];
        visit.place = guest.place;
        guestVisits.push({ ...visit, topics, status: mention.status, date: mention.date, endDate: mention.endDate });
      }
    }
    // "a rendu une visite de courtoisie au président Y", "paid a courtesy visit to President Y": a meeting with Y too.
    const meetingLexiconForVisits = ctx.lexicon.events.find((e) => e.type === "Meeting");
    if (mention && meetingLexiconForVisits && rulesFor(m.type).trip && !m.anaphoric && m.people.length > 0) {
      const host = visitedPerson(scope, m.people);
      if (host) {
        const meeting = draftMention({ ...first, lexicon: meetingLexiconForVisits }, i);
        meeting.people = uniq([...m.people, host]);
        meeting.place = m.place;
        out.push({ ...meeting, topics, status: mention.status, date: mention.date, endDate: mention.endDate });
      }
    }
    // "will travel to Serbia and Hungary": a visit to each country.
    if (rulesFor(m.type).trip && m.place) {
      const coordinated = coordinatedDestinations(scope, m.place);
      for (const place of coordinated) push(finish({ ...m, place }));
      // "… lundi au Japon, puis mercredi en Corée": a later stop on a day of its own, a visit of its own.
      let previous = mention?.date ?? null;
      if (mention)
        for (const stop of laterStops(scope, m.place)) {
          if (coordinated.includes(stop.place)) continue;
          const later = finish({ ...m, place: stop.place }, mention.status, stopDayAfter(stop.date, previous));
          push(later);
          previous = later?.date ?? previous;
        }
    }
  }

  // "…, puis avec Z", or the second verb in the first meeting's cluster: the second meeting told here.
  if (sequence && !sequence.told && sequence.subjects.length > 0) {
    const { split, lead } = sequence;
    const trigger = split.next ?? { ...split.link, lexicon: lead.lexicon, phrase: lead.phrase };
    const m = draftMention({ ...trigger, lexicon: lead.lexicon }, i);
    const scope = scopeOf(ctx, roles, agreements, i, trigger, [trigger], { people, participants });
    rulesFor(m.type).describe(narrowedScope(scope, split.link.start, s.end, trigger, sequence.subjects), m);
    m.people = uniq([...sequence.subjects, ...m.people]);
    push(finish(m, undefined, undefined, { start: split.link.start, end: s.end }));
  }

  if (!out.some((m) => m.type === "Visit")) out.push(...guestVisits);

  // "lors du Conseil européen des 18 et 19 mars", "during the European Council on 18-19 March": a body that is its own meeting.
  const meetingLexiconForBodies = ctx.lexicon.events.find((e) => e.type === "Meeting");
  if (meetingLexiconForBodies)
    for (const { body, date } of meetingBodies(ctx, cues, i, s, allHits)) {
      const m = draftMention({ ...body, lexicon: meetingLexiconForBodies }, i);
      m.parties = [body.entityId];
      m.place = placeFor(ctx, i, s, body, [], false);
      push(finish(m, undefined, date));
    }

  // Joint actions: "X et Y ont convenu", "Ils ont discuté", "both leaders agreed".
  const meetingLexicon = ctx.lexicon.events.find((e) => e.type === "Meeting");
  if (meetingLexicon && !out.some((m) => m.type === "Meeting" && !m.anaphoric)) {
    for (const verb of findIn(ctx.lexicon.jointActions, ctx.text, s.start, s.end)) {
      if (
        ctx.language === "fr" &&
        !/(?:^|[^\p{L}])(?:ont|sont|avaient|etaient|auront|seront)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(
          foldForMatch(ctx.text.slice(Math.max(s.start, verb.start - 40), verb.start)),
        )
      )
        continue;
      const subjects = subjectPeople(ctx, i, participants, verb);
      // "Hezbollah and the Houthis welcomed the truce": organisations acting alike have not met; people and states have.
      if (subjects.length >= 2 && subjects.every((id) => ctx.entityById.get(id)?.type === "Organization")) continue;
      const clause = clauseAround(ctx.text, s.start, s.end, verb.start);
      const group = groupSubjectBefore(ctx, { start: Math.max(s.start, clause.start - 200), end: s.end }, verb.start);
      if (subjects.length < 2 && !group) continue;
      const m = draftMention({ ...verb, lexicon: meetingLexicon }, i);
      if (subjects.length >= 2) m.people = subjects;
      else {
        m.anaphoric = true;
        m.groupSubject = true;
      }
      // "X et le ministre Y ne se sont pas rencontrés", "… ne se sont finalement pas rencontrés": a joint verb denied or
      // called off tells no meeting; the next one may ("qui ne s'étaient pas rencontrés depuis mai, ont discuté").
      if (statusFor({ ctx, cues, index: i, sentence: s, trigger: verb, date: null }, DENIAL_RULES) !== "occurred") continue;
      m.place = placeFor(ctx, i, s, verb, [], false);
      // A joint verb in a past form tells what happened; a marker right before it makes it planned.
      const planned = findIn(ctx.lexicon.plannedMarkers, ctx.text, Math.max(s.start, verb.start - 20), verb.start).length > 0;
      push(finish(m, planned ? "planned" : "occurred"));
      break;
    }
  }
  // "He is accompanied by a delegation that includes Deputy Minister Y": in a sentence with no event of its own, who
  // goes with the subject on the event just told (coreference adds them to it; the mention opens none).
  // The mention of people the event just told gains: anaphoric, it opens no event of its own.
  const joinToldEvent = (cue: Span, lexicon: EventTypeLexicon, added: string[], only: "companionsOnly" | "attendeesOnly") => {
    const m = draftMention({ ...cue, lexicon }, i);
    m.people = added;
    m.anaphoric = true;
    m[only] = true;
    push(finish(m, "occurred"));
  };
  const tripLexicon = ctx.lexicon.events.find((e) => rulesFor(e.type).trip);
  if (out.length === 0 && allHits.length === 0 && tripLexicon) {
    const company = companionsOfSubject(scopeOf(ctx, roles, agreements, i, { start: s.start, end: s.start }, [], { people, participants }));
    if (company) joinToldEvent(company.cue, tripLexicon, company.companions, "companionsOnly");
  }
  // "It was attended by X and Y", "Étaient également présents X et Y": in a sentence with no event of its own, who
  // attended the meeting told before (coreference adds them to it; the mention opens none).
  if (out.length === 0 && allHits.length === 0 && meetingLexicon) {
    const attendance = attendanceOf(scopeOf(ctx, roles, agreements, i, { start: s.start, end: s.start }, [], { people, participants }));
    if (attendance) joinToldEvent(attendance.cue, meetingLexicon, attendance.attendees, "attendeesOnly");
  }
  // "se rendra à Monterrey, où il visitera une usine": a trip told in a relative clause, with no
  // place of its own, by one whose trip the sentence tells with a place, is what they do there.
  return out.filter(
    (m) =>
      !(
        rulesFor(m.type).trip &&
        m.subordinate &&
        m.place === null &&
        out.some((o) => o !== m && o.type === m.type && o.place !== null && m.people.every((p) => o.people.includes(p)))
      ),
  );
}

/** Most characters an event's trigger may stand from a meeting body and still be the event told of it ("A NATO-Ukraine Council meeting"). */
const BODY_TRIGGER_REACH = 30;
/** Between a meeting body and its date: nothing, or the word that joins them ("des 18 et 19 mars", "on 18 March"). */
const BODY_TO_DATE = /^\s*(?:des|du|de|d['’]|of|on)?\s*$/iu;
/** Between the occasion's preposition and the body: blanks. */
const OCCASION_TO_BODY = /^\s*$/u;

/**
 * "lors du Conseil européen des 18 et 19 mars", "during the European Council on 18-19 March", "en marge du Forum de Paris
 * du 12 novembre": an organisation whose name ends on a meeting body's head word (council, conseil, assembly …), told as an
 * occasion (right after "lors du", "during the") with its date right after it, is that body's meeting on that date. Not
 * where an event's own word stands next to it ("A NATO-Ukraine Council meeting", "le sommet du Conseil"): that one tells it.
 */
function meetingBodies(
  ctx: ExtractionContext,
  cues: EventCues,
  i: number,
  s: Span,
  hits: readonly Span[],
): Array<{ body: EntityMention; date: TemporalExpression }> {
  const out: Array<{ body: EntityMention; date: TemporalExpression }> = [];
  for (const body of ctx.mentionsBySentence[i] ?? []) {
    if (body.source === "demonym" || typeOf(ctx, body.entityId) !== "Organization") continue;
    const heads = findIn(cues.meetingBodyHeads, ctx.text, body.start, body.end);
    if (heads.length === 0) continue;
    const occasion = findIn(cues.occasionPrepositions, ctx.text, Math.max(s.start, body.start - 40), body.start).some((p) =>
      OCCASION_TO_BODY.test(ctx.text.slice(p.end, body.start)),
    );
    if (!occasion) continue;
    if (hits.some((h) => h.end >= body.start - BODY_TRIGGER_REACH && h.start <= body.end + BODY_TRIGGER_REACH)) continue;
    const date = ctx.temporal(i).find((t) => t.start >= body.end && BODY_TO_DATE.test(ctx.text.slice(body.end, t.start)));
    if (date) out.push({ body, date });
  }
  return out;
}

/** Most characters between a commentator's name and the verb: "X said", "X, the spokesman, said". */
const COMMENTATOR_REACH = 40;

/** Whether a person is named just before a verb, in the same sentence part ("X said", "X, the spokesman, skipped"): its subject. */
function namedRightBefore(ctx: ExtractionContext, p: Span, verb: Span): boolean {
  return p.end <= verb.start && verb.start - p.end <= COMMENTATOR_REACH && !/[;.!?]/u.test(ctx.text.slice(p.end, verb.start));
}

/**
 * "Kihara said in Tokyo that the visit had opened a new chapter", "X called the signing a cornerstone", "X a salué la
 * signature": the people who comment, before a verb of comment, on an event told after it by its noun with an
 * article (not "his visit", the speaker's own) take no part in it.
 */
function commentators(
  ctx: ExtractionContext,
  cues: EventCues,
  s: Span,
  trigger: Span,
  participants: readonly PersonReference[],
): PersonReference[] {
  if (!isDefinite(ctx, s, trigger)) return [];
  // "X said the meeting with Y was productive": the one who met Y speaks of it.
  if (/^\s+(?:with|avec)\s/iu.test(ctx.text.slice(trigger.end, trigger.end + 8))) return [];
  const possessive = [cues.possessivesSingular, cues.possessivesPlural, cues.possessivesFirstPlural].some(
    (finder) => findIn(finder, ctx.text, Math.max(s.start, trigger.start - 24), trigger.start).length > 0,
  );
  if (possessive) return [];
  const verbs = findIn(cues.commentingVerbs, ctx.text, s.start, trigger.start);
  return participants.filter((p) => verbs.some((v) => namedRightBefore(ctx, p, v)));
}

/** Most characters between a verb of staying away and the event's noun: "skipped the NATO foreign ministers' meeting". */
const ABSENCE_REACH = 40;

/**
 * "X skipped the meeting", "X did not attend the talks", "X a boudé la réunion": who stays away
 * from the event told right after the verb takes no part in it, nor who will not travel for it ("X would not travel to
 * Brussels for the summit": negatedTripsFor); nor does who is represented at the sentence's event
 * ("X s'est fait représenter par Y"), nor the one on whose behalf it is held ("on behalf of King Y", "au nom du roi Y":
 * titles and honorifics between).
 */
/** Between "on behalf of" and the name, its title blanked: articles and honorifics ("of the late King", "du roi"). */
const ON_BEHALF_TO_NAME = /^(?:\s|,|the|le|la|l['’]|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Sheikh|Cheikh)*$/iu;

/** Most characters between a negation and the "for"/"pour" of the event its trip was for: "would not travel to Brussels for". */
const NEGATED_TRIP_REACH = 60;
/** Most words between "for"/"pour" and the event's noun: "for Wednesday's NATO summit", "pour le sommet". */
const PURPOSE_TO_EVENT_WORDS = 3;

/**
 * "X would not travel to Brussels for the NATO summit", "X ne se rendra pas à Bruxelles pour le sommet de l'Otan": the
 * negations of a trip whose purpose is the event's noun ("for"/"pour" a few words before it, no punctuation between),
 * the negation a few words before the purpose, in the same clause. The one named right before a negation stays away.
 */
function negatedTripsFor(ctx: ExtractionContext, cues: EventCues, s: Span, hits: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const h of hits) {
    const purpose = findWordsIn(cues.purposeOfNoun, ctx.text, Math.max(s.start, h.start - 40), h.start)
      .filter(
        (p) =>
          !/[,;:.!?()«»"“”]/u.test(ctx.text.slice(p.end, h.start)) && wordCount(ctx.text.slice(p.end, h.start)) <= PURPOSE_TO_EVENT_WORDS,
      )
      .at(-1);
    if (!purpose) continue;
    const from = Math.max(s.start, purpose.start - NEGATED_TRIP_REACH);
    const negations = [
      ...findWordsIn(cues.negation, ctx.text, from, purpose.start),
      ...findWordsIn(cues.negationBeforeVerb, ctx.text, from, purpose.start),
    ];
    out.push(...negations.filter((n) => !/[,;:.!?()«»"“”]/u.test(ctx.text.slice(n.end, purpose.start))));
  }
  return out;
}

function absentees(
  ctx: ExtractionContext,
  cues: EventCues,
  s: Span,
  hits: readonly Span[],
  people: readonly PersonReference[],
): PersonReference[] {
  const last = hits[hits.length - 1];
  if (last === undefined) return [];
  const negatedTrips = negatedTripsFor(ctx, cues, s, hits);
  const verbs = findIn(cues.absenceVerbs, ctx.text, s.start, last.start).filter((v) =>
    hits.some((h) => h.start >= v.end && h.start - v.end <= ABSENCE_REACH && !/[;.!?]/u.test(ctx.text.slice(v.end, h.start))),
  );
  // "X s'est fait représenter par son adjoint Y à la réunion", "X was represented by Y at the talks": the representative
  // and his title stand between the verb and the event's noun.
  // The one represented is the verb's subject, named right before it ("where Sweden was represented by" leaves Y there).
  const represented = findIn(cues.representedBy, ctx.text, s.start, s.end);
  const behalf = findIn(cues.onBehalfOf, ctx.text, s.start, s.end);
  const titles = ctx.linked.titles.filter((t) => t.start >= s.start && t.end <= s.end);
  return people.filter(
    (p) =>
      verbs.some((v) => namedRightBefore(ctx, p, v)) ||
      negatedTrips.some((n) => namedRightBefore(ctx, p, n)) ||
      represented.some((v) => p.end <= v.start && /^\s*$/u.test(ctx.text.slice(p.end, v.start))) ||
      behalf.some((v) => v.end <= p.start && ON_BEHALF_TO_NAME.test(blankSpans(ctx.text, v.end, p.start, titles))),
  );
}

/**
 * "Spokesman X said Y would receive Z", "X a indiqué que Y recevrait Z": one who says that others
 * will meet, a name opening the reported clause as the subject of the event's verb, is not one of
 * them. Not "X said she would meet Z" (her own meeting: a pronoun, no name), nor "X told Y that
 * they would meet" or "X told Y during a phone call" (Y is told).
 */
function speakersOfOthersEvent(
  ctx: ExtractionContext,
  cues: EventCues,
  s: Span,
  trigger: Span,
  people: readonly PersonReference[],
  titles: readonly Span[],
): PersonReference[] {
  const openers = (from: number, to: number) => findIn(cues.reportedClauseOpeners, ctx.text, from, to);
  const onlyOpeners = (from: number, to: number) =>
    /^[\s,]*$/u.test(blankSpans(ctx.text, from, to, [...titles.filter((t) => t.start >= from && t.end <= to), ...openers(from, to)]));
  // The name is the subject of the trigger's verb: only auxiliaries and modal words between them.
  const subjectOfTrigger = (q: PersonReference) =>
    /^\s*$/u.test(
      blankSpans(ctx.text, q.end, trigger.start, [
        ...findIn(cues.auxiliaries, ctx.text, q.end, trigger.start),
        ...findIn(cues.modality, ctx.text, q.end, trigger.start),
      ]),
    );
  const speakers: PersonReference[] = [];
  for (const verb of findIn(cues.commentingVerbs, ctx.text, s.start, trigger.start)) {
    const subject = people.find(
      (q) => q.start >= verb.end && q.end <= trigger.start && onlyOpeners(verb.end, q.start) && subjectOfTrigger(q),
    );
    if (subject === undefined) continue;
    speakers.push(...people.filter((p) => p !== subject && namedRightBefore(ctx, p, verb)));
  }
  return speakers;
}

/** All event mentions of the document, in reading order. */
export function findEventMentions(ctx: ExtractionContext, roles: RoleExtraction, agreements: readonly AgreementMention[]): EventMention[] {
  const out: EventMention[] = [];
  ctx.sentences.forEach((_, i) => out.push(...mentionsInSentence(ctx, roles, agreements, i)));
  return out.sort((a, b) => a.trigger.start - b.trigger.start);
}
