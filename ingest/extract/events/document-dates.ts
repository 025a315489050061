/**
 * Dates at the level of the document, for events their own sentences leave undated: ordered
 * named rules, the first that finds wins.
 *   unattachedMention    another mention of the same event with no participants of its own
 *                        ("today's signing of the Accords", "la cérémonie de signature mardi")
 *   enclosingEvent       a visit takes the day of the dated meeting or signing its visitor took
 *                        part in there ("held talks Tuesday in Caracas" → the visit to Caracas)
 *   precedingEvent       a dated event told in the two sentences before, in the same paragraph ("Le 18 novembre,
 *                        X a reçu Y à Paris. Le contrat a été signé par …"): its day, and its place when the event has none;
 *                        not one told in the pluperfect ("La veille, X avait rencontré Y. Plus tard, X a reçu Z")
 *   carriedOverEvent     past a paragraph's end, in a sentence that carries on the story ("He also held talks with
 *                        Z"), the dated event of one of its people told in the story sentence right before: its day and place
 *   duringTrip           an undated meeting of a visitor told just after their dated trip takes its day
 *   dateline             the body's dateline ("Paris, June 22, 2011")
 *   precedingSentence    a date in the two sentences before, in the same paragraph ("ce mardi 4 mars
 *                        … La cérémonie de signature …"), in the direction of the event's status; never for
 *                        an event called off (the day told before is not the plan's)
 *   leadPublication      an event that occurred, told in the title or the lead: the publication date
 */
import type { IsoDate } from "../../../src/model/extraction.js";
import type { TemporalExpression } from "../../../src/model/document.js";
import { isStorySentence, type ExtractionContext } from "../context.js";
import type { EventMention, StoryEvent } from "./mention.js";
import { belongsToOtherNoun, startsPeriod } from "./dating.js";
import { earlierThanPublication, laterThanPublication } from "./status.js";
import { rulesFor } from "./types.js";
import { couldBeOnePlace } from "./same-place.js";
import { carriesOnTheStory, storySentenceBefore } from "./place-from-event-just-told.js";

export interface DatedSpan {
  date: IsoDate;
  endDate: IsoDate | null;
  /** Where the event that gave the date took place, for an event with no place of its own. */
  place?: string | null;
}

export interface DocumentDateInput {
  ctx: ExtractionContext;
  event: StoryEvent;
  events: readonly StoryEvent[];
  /** Mentions that joined no event (no participants of their own). */
  unattached: readonly EventMention[];
}

export interface DocumentDateRule {
  name: string;
  /** Gives the story's day (a dateline, the publication, a day told just before): never to an event told in the pluperfect or as a later one. */
  storyDay?: boolean;
  find(input: DocumentDateInput): DatedSpan | null;
}

const firstSentence = (e: StoryEvent): number => Math.min(...e.sentenceIndices);

/** Whether a date may be the date of an event with this status: not after publication for what occurred, not before for what is planned. */
function fitsStatus(ctx: ExtractionContext, status: StoryEvent["status"], date: IsoDate): boolean {
  if (status === "occurred") return !laterThanPublication(date, ctx.published);
  if (status === "planned") return !earlierThanPublication(date, ctx.published);
  return true;
}

const unattachedMention: DocumentDateRule = {
  name: "unattachedMention",
  find: ({ ctx, event, events, unattached }) => {
    const sameKind = events.filter((e) => e.type === event.type && e.status === event.status);
    const candidate = unattached.find(
      (m) =>
        m.date !== null &&
        m.type === event.type &&
        m.status === event.status &&
        // "Des pourparlers ont eu lieu à Istanbul le 16 mai" does not date a meeting in Osaka.
        (rulesFor(event.type).trip || couldBeOnePlace(ctx, event.place, m.place)) &&
        // The same agreement, or a reference back ("the signing", "la visite") when the story tells one such event.
        (event.agreementId && m.agreementId ? event.agreementId === m.agreementId : (m.anaphoric || m.refersBack) && sameKind.length === 1),
    );
    return candidate?.date ? { date: candidate.date, endDate: candidate.endDate } : null;
  },
};

const enclosingEvent: DocumentDateRule = {
  name: "enclosingEvent",
  find: ({ event, events }) => {
    if (!rulesFor(event.type).trip) return null;
    const visitor = event.people[0];
    if (!visitor) return null;
    const inside = events.find(
      (e) =>
        e !== event &&
        !rulesFor(e.type).trip &&
        e.date !== null &&
        e.status === event.status &&
        e.people.includes(visitor) &&
        (e.place === null ||
          event.place === null ||
          e.place === event.place ||
          e.sentenceIndices.some((k) => event.sentenceIndices.includes(k))),
    );
    return inside?.date ? { date: inside.date, endDate: null } : null;
  },
};

/**
 * "Greeting Ruto on the White House lawn, Biden emphasized …": an undated meeting or signing of a
 * visitor, told within a few sentences after their dated trip is told, and in no other place,
 * took place on the trip's (first) day.
 */
/** Whether every mention of an event tells it in the pluperfect: an earlier event than the story's ("had met"). */
const toldInPluperfect = (e: StoryEvent): boolean => e.mentions.every((m) => m.earlier);

const duringTrip: DocumentDateRule = {
  name: "duringTrip",
  find: ({ ctx, event, events }) => {
    if (rulesFor(event.type).trip) return null;
    const first = firstSentence(event);
    const trip = events.find(
      (e) =>
        e !== event &&
        rulesFor(e.type).trip &&
        e.date !== null &&
        e.status === event.status &&
        e.people[0] !== undefined &&
        event.people.includes(e.people[0]) &&
        // "X also met Y, who had visited Paris on 19 November": a trip told in the pluperfect is an earlier one.
        !toldInPluperfect(e) &&
        e.sentenceIndices.some((k) => k <= first && first - k <= 5) &&
        couldBeOnePlace(ctx, e.place, event.place),
    );
    return trip?.date ? { date: trip.date, endDate: null } : null;
  },
};

/** A dateline: a short body line at the top that is a place and a date ("Paris, June 22, 2011"). */
function datelineDate(ctx: ExtractionContext): TemporalExpression | null {
  let seen = 0;
  for (let k = 0; k < ctx.sentences.length && seen < 4; k++) {
    const s = ctx.sentences[k];
    if (!s || s.zone !== "body") continue;
    seen++;
    const match = /^\s*[\p{Lu}][\p{L}'’. -]{1,40},\s*/u.exec(s.text);
    if (!match) continue;
    const t = ctx.temporal(k).find((x) => x.start - s.start === match[0].length);
    if (t && /^\s*(?:[-–—:]|\(|$)/u.test(s.text.slice(t.end - s.start))) return t;
  }
  return null;
}

const dateline: DocumentDateRule = {
  name: "dateline",
  storyDay: true,
  find: ({ ctx, event }) => {
    if (event.status !== "occurred") return null;
    const t = datelineDate(ctx);
    return t && fitsStatus(ctx, event.status, t.date) ? { date: t.date, endDate: t.endDate } : null;
  },
};

/** The story sentences before sentence `first` in its paragraph, nearest first, at most `count`. */
function sentencesBefore(ctx: ExtractionContext, first: number, count: number): number[] {
  const paragraph = ctx.sentences[first]?.paragraph;
  const out: number[] = [];
  for (let k = first - 1; k >= 0 && out.length < count; k--) {
    const sk = ctx.sentences[k];
    if (!sk || !isStorySentence(sk)) continue;
    if (sk.paragraph !== paragraph) break;
    out.push(k);
  }
  return out;
}

/** Most days before publication a day of the story may lie; an event dated earlier is background. */
const STORY_REACH_DAYS = 45;

/**
 * Whether a date is background, not the story's: only a year or a month ("In 2019 the two countries signed …"), or a day
 * long before publication ("signed in Manila on 8 July 2024").
 */
function background(ctx: ExtractionContext, date: IsoDate): boolean {
  if (date.length < 10) return true;
  if (!ctx.published) return false;
  const days = (Date.parse(ctx.published.slice(0, 10)) - Date.parse(date)) / 86_400_000;
  return days > STORY_REACH_DAYS;
}

/**
 * "Le 18 novembre, X a reçu Y à Paris. Le contrat a été signé par A et B.", "After their talks, the two ministers
 * attended the signing. The contract was signed by A and B.": an undated event told right after a dated event of the
 * story with its status, in the same paragraph (the sentence before, or the one before it), took place on its day and,
 * when it names no place of its own, at its place. Neither a trip nor from one (a trip's day is its first, not that of
 * what happens during it: see enclosingEvent, duringTrip), nor an event called off; events of different days or places
 * in that sentence tell nothing, and an event of the background ("In 2019 the two countries signed …") is passed over.
 */
const precedingEvent: DocumentDateRule = {
  name: "precedingEvent",
  storyDay: true,
  find: ({ ctx, event, events }) => {
    if (event.status === "cancelled" || rulesFor(event.type).trip) return null;
    // "The day before, X had met Y. Later, X paid a courtesy call on Z": an event told in the pluperfect looks back from
    // the story; what comes later follows the story's own events, not that one (an event of the pluperfect itself takes
    // no story day: see dateAtDocumentLevel).
    const flashback = (e: StoryEvent) => e.mentions.every((m) => m.earlier);
    for (const k of sentencesBefore(ctx, firstSentence(event), 2)) {
      const told = events.filter(
        (e) =>
          e !== event &&
          e.date !== null &&
          !background(ctx, e.date) &&
          !flashback(e) &&
          e.status === event.status &&
          !rulesFor(e.type).trip &&
          e.sentenceIndices.includes(k) &&
          !e.sentenceIndices.includes(firstSentence(event)),
      );
      if (told.length === 0) continue;
      const days = new Set(told.map((e) => `${e.date ?? ""}..${e.endDate ?? ""}`));
      const places = new Set(told.map((e) => e.place).filter((p): p is string => p !== null));
      const [source] = told;
      if (days.size !== 1 || places.size > 1 || !source?.date || !fitsStatus(ctx, event.status, source.date)) return null;
      const [place] = [...places];
      if (!couldBeOnePlace(ctx, place ?? null, event.place)) return null;
      return { date: source.date, endDate: source.endDate, place: event.place ? null : (place ?? null) };
    }
    return null;
  },
};

/**
 * "Le 3 décembre, X a reçu Y à Rome. [¶] Il s'est également entretenu avec Z", "… [¶] He also held talks with Z": an
 * undated event opening a paragraph, in a sentence that carries on the story (a subject pronoun, a group, "also",
 * "ensuite"), took place on the day, and at the place, of the dated event of one of its people told in the story
 * sentence right before (the paragraph's end is where precedingEvent stops). Not from an event told in the pluperfect or
 * as background, nor from a trip (its day is its first), nor when that sentence tells of more than one day or place; only
 * for what is held somewhere (a call between two capitals is not where the event before it was).
 */
/** The events held somewhere (a call has no place; a trip's day is its first). */
const HELD_SOMEWHERE: ReadonlySet<string> = new Set(["Meeting", "Signing", "PressConference"]);

const carriedOverEvent: DocumentDateRule = {
  name: "carriedOverEvent",
  storyDay: true,
  find: ({ ctx, event, events }) => {
    if (event.status === "cancelled" || !HELD_SOMEWHERE.has(event.type)) return null;
    const first = firstSentence(event);
    if (sentencesBefore(ctx, first, 1).length > 0 || !carriesOnTheStory(ctx, event, first)) return null;
    const k = storySentenceBefore(ctx, first);
    if (k === null) return null;
    const told = events.filter(
      (e) =>
        e !== event &&
        e.date !== null &&
        !background(ctx, e.date) &&
        e.mentions.some((m) => m.sentenceIndex === k && !m.earlier) &&
        e.status === event.status &&
        !rulesFor(e.type).trip &&
        !e.sentenceIndices.includes(first),
    );
    if (told.length === 0 || !told.every((e) => e.people.some((p) => event.people.includes(p)))) return null;
    const days = new Set(told.map((e) => `${e.date ?? ""}..${e.endDate ?? ""}`));
    const places = new Set(told.map((e) => e.place).filter((p): p is string => p !== null));
    const [source] = told;
    if (days.size !== 1 || places.size > 1 || !source?.date || !fitsStatus(ctx, event.status, source.date)) return null;
    const [place] = [...places];
    if (!couldBeOnePlace(ctx, place ?? null, event.place) || namesOtherPlace(ctx, first, place ?? null)) return null;
    return { date: source.date, endDate: source.endDate, place: event.place ? null : (place ?? null) };
  },
};

/** Whether sentence k names a place or a country (not by a demonym) that cannot be where an event at `place` took place. */
function namesOtherPlace(ctx: ExtractionContext, k: number, place: string | null): boolean {
  if (place === null) return false;
  return (ctx.mentionsBySentence[k] ?? []).some((m) => {
    const type = ctx.entityById.get(m.entityId)?.type;
    return (type === "Place" || type === "Country") && m.source !== "demonym" && !couldBeOnePlace(ctx, m.entityId, place);
  });
}

const precedingSentence: DocumentDateRule = {
  name: "precedingSentence",
  storyDay: true,
  find: ({ ctx, event }) => {
    // "X était à Tunis lundi. La visite prévue au Koweït a été annulée": the day before dates something else than the plan.
    if (event.status === "cancelled") return null;
    for (const k of sentencesBefore(ctx, firstSentence(event), 2)) {
      const sk = ctx.sentences[k];
      if (!sk) continue;
      // "Le 12 novembre, X était à Athènes. Le contrat a été signé à Paris": a day told of another place is another event's.
      if (namesOtherPlace(ctx, k, event.place)) return null;
      const s = { start: sk.start, end: sk.end };
      const dates = ctx
        .temporal(k)
        .filter((t) => !startsPeriod(ctx, s, t) && !belongsToOtherNoun(ctx, s, t, null) && fitsStatus(ctx, event.status, t.date));
      const last = dates.at(-1);
      if (last) return { date: last.date, endDate: last.endDate };
    }
    return null;
  },
};

/** The lead: the title and the first two story sentences of the body. */
function inLead(ctx: ExtractionContext, k: number): boolean {
  const s = ctx.sentences[k];
  if (!s) return false;
  if (s.zone === "title") return true;
  let rank = 0;
  for (let j = 0; j <= k; j++) if (ctx.sentences[j]?.zone === "body") rank++;
  return s.zone === "body" && rank <= 2;
}

const leadPublication: DocumentDateRule = {
  name: "leadPublication",
  storyDay: true,
  find: ({ ctx, event }) =>
    event.status === "occurred" && ctx.published && event.sentenceIndices.some((k) => inLead(ctx, k))
      ? { date: ctx.published, endDate: null }
      : null,
};

/** The document-level date rules, in order. */
const DOCUMENT_DATE_RULES: readonly DocumentDateRule[] = [
  unattachedMention,
  enclosingEvent,
  precedingEvent,
  carriedOverEvent,
  duringTrip,
  dateline,
  precedingSentence,
  leadPublication,
];

/** Dates the events their own sentences left undated (in place): the first rule that finds for each. */
export function dateAtDocumentLevel(
  ctx: ExtractionContext,
  events: readonly StoryEvent[],
  unattached: readonly EventMention[],
  rules: readonly DocumentDateRule[] = DOCUMENT_DATE_RULES,
): void {
  // Rule by rule over all events, twice: a visit may take the day of a meeting dated by a later rule.
  for (let pass = 0; pass < 2; pass++) {
    for (const rule of rules) {
      for (const event of events) {
        if (event.date || (rule.storyDay && event.mentions.every((m) => m.earlier || m.later))) continue;
        const found = rule.find({ ctx, event, events, unattached });
        if (found) {
          event.date = found.date;
          event.endDate = found.endDate;
          if (found.place && !event.place) event.place = found.place;
        }
      }
    }
  }
}
