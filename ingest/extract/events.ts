/**
 * Event mentions, sentence by sentence (main story only: never teasers or boilerplate):
 *   - a trigger from the lexicon (rencontre, sommet, visite, se rendre, signé, talks, visited …)
 *   - a joint-action verb whose subject is two or more people ("X et Y ont convenu", "X and Y agreed")
 *     or a group standing for the people of the salient event ("Ils ont discuté", "both leaders")
 * Each mention gets its participants, place, topics, date and status (occurred/planned); the
 * mentions are merged into events afterwards (coreference-of-events.ts).
 */
import type { EventStatus, IsoDate } from "../../src/model/extraction.js";
import type { EntityMention } from "../../src/model/mentions.js";
import type { TemporalExpression } from "../../src/model/document.js";
import { foldForMatch } from "../../src/kb/normalize.js";
import { isStorySentence, type ExtractionContext } from "./context.js";
import type { AgreementMention } from "./agreements.js";
import type { EventTypeLexicon } from "./lexicon.js";
import type { PersonReference, RoleExtraction } from "./roles.js";
import { clauseAround, contains, findIn, isLinkingGap, overlaps, uniq, type Span } from "./spans.js";

export interface EventMention {
  type: string;
  cameo: string | undefined;
  plannedCameo: string | undefined;
  sentenceIndex: number;
  trigger: Span;
  /** A definite noun ("la réunion", "the talks") or a group subject: refers back to an event already told. */
  anaphoric: boolean;
  /** Told in a relative clause ("…, which Japan and Australia signed in 2022"): background, not the story's event. */
  subordinate: boolean;
  /** One of its triggers is a definite noun ("will host the talks"): try the salient event first. */
  refersBack: boolean;
  /** Participants are the people of the salient event ("Ils", "les deux dirigeants", "both leaders"). */
  groupSubject: boolean;
  /** "une réunion des ministres des Affaires étrangères": the participants are the group's countries. */
  ofMinisters: boolean;
  /** A weak trigger ("consultations"): an event only with two or more people. */
  weak: boolean;
  /** People named just before (this sentence up to the trigger, and the two story sentences before): who a group subject may stand for. */
  nearbyPeople: string[];
  status: EventStatus;
  date: IsoDate | null;
  endDate: IsoDate | null;
  people: string[];
  parties: string[]; // countries and organisations taking part
  place: string | null;
  topics: string[];
  agreementId: string | null;
}

interface TriggerHit extends Span {
  lexicon: EventTypeLexicon;
  phrase: string; // folded form
}

const typeOf = (ctx: ExtractionContext, id: string) => ctx.entityById.get(id)?.type ?? null;

/** Person references of a sentence: names and titles standing alone resolved to their holder. */
function peopleIn(ctx: ExtractionContext, roles: RoleExtraction, i: number): PersonReference[] {
  const names = (ctx.mentionsBySentence[i] ?? [])
    .filter((m) => typeOf(ctx, m.entityId) === "Person")
    .map((m) => ({ start: m.start, end: m.end, personId: m.entityId, sentenceIndex: i, viaTitle: false }));
  const fromTitles = (roles.titleReferences[i] ?? []).filter((r) => !names.some((n) => overlaps(n, r)));
  return [...names, ...fromTitles].sort((a, b) => a.start - b.start);
}

/**
 * Where reported speech credits its speaker: ", a annoncé X, …" (verb first) or ", Mr X said"
 * (verb last). People there are not participants.
 */
function reportingZones(ctx: ExtractionContext, s: Span): Span[] {
  const zones: Span[] = [];
  for (const h of findIn(ctx.lexicon.reportingVerbs, ctx.text, s.start, s.end)) {
    const clause = clauseAround(ctx.text, s.start, s.end, h.start);
    if (clause.start === s.start) continue; // the sentence's own verb, not an incise
    const before = ctx.text.slice(clause.start, h.start);
    if (/^\s*$/.test(before)) {
      // ", a annoncé le chef de …, Josep Borrell, à l'issue de …": up to what follows the speaker.
      const next = ctx.text.slice(h.end, s.end).search(/[;:.]|,\s+(?:à|au|lors|après|avant|after|before|during|at the end)(?=[\s'’])/i);
      zones.push({ start: clause.start, end: next < 0 ? s.end : h.end + next });
    } else if (/^[^,;:]*$/.test(ctx.text.slice(h.end, clause.end)) && clause.end >= s.end - 2) {
      // ", Mr Healey said." at the end of the sentence.
      zones.push({ start: clause.start, end: clause.end });
    }
  }
  return zones;
}

/** What joins an event noun to the person it is about: "la visite de M. Starmer", "the visit by Ms Roe". */
const OWN_PARTICIPANT = /^\s*(?:de|d'|d’|du|de l'|de l’|de la|des|of|of the|by|between|entre)\s*(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s*)?$/i;
const VISITOR_AFTER = /^\s*(?:de|d'|d’|du|of|by)\s*(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s*)?$/i;

function triggerHits(ctx: ExtractionContext, s: Span): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const lexicon of ctx.lexicon.events) {
    for (const h of findIn(lexicon.triggers, ctx.text, s.start, s.end)) hits.push({ ...h, lexicon, phrase: foldForMatch(h.phrase) });
  }
  // A longer trigger of another type wins ("entretien téléphonique" is a Call, not a Meeting).
  return hits
    .filter((h) => !hits.some((o) => o !== h && contains(o, h) && o.end - o.start > h.end - h.start))
    .sort((a, b) => a.start - b.start);
}

/** Whether a determiner sits right before the trigger ("la réunion", "de l'entretien", "this summit"). */
function isDefinite(ctx: ExtractionContext, s: Span, trigger: Span): boolean {
  const from = Math.max(s.start, trigger.start - 8);
  return findIn(ctx.lexicon.determiners, ctx.text, from, trigger.start).some((d) => /^\s*$/.test(ctx.text.slice(d.end, trigger.start)));
}

/** The window where a planned-marker makes the trigger planned: its clause, not too far. */
function statusWindow(ctx: ExtractionContext, s: Span, trigger: Span): Span {
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  return { start: Math.max(clause.start, trigger.start - 70), end: Math.min(Math.max(clause.end, trigger.end), trigger.end + 45) };
}

function laterThanPublication(date: IsoDate, published: IsoDate | null): boolean {
  if (!published) return false;
  const n = Math.min(date.length, published.length);
  return date.slice(0, n) > published.slice(0, n);
}

function earlierThanPublication(date: IsoDate, published: IsoDate | null): boolean {
  if (!published) return false;
  const n = Math.min(date.length, published.length);
  return date.slice(0, n) < published.slice(0, n);
}

/** Whether the span lies in a clause opened by a relative pronoun ("…, which Japan and Australia signed"). */
function inRelativeClause(ctx: ExtractionContext, s: Span, span: Span): boolean {
  const clause = clauseAround(ctx.text, s.start, s.end, span.start);
  if (clause.start === s.start) return false;
  return ctx.lexicon.relativePronouns
    .findAll(ctx.text.slice(clause.start, Math.min(clause.end, clause.start + 12)))
    .some((h) => /^\s*$/.test(ctx.text.slice(clause.start, clause.start + h.start)));
}

/** The temporal expression nearest the trigger, preferring its own clause. */
function dateFor(ctx: ExtractionContext, i: number, s: Span, trigger: Span): TemporalExpression | null {
  // "depuis son entrée en fonction en juillet 2024", "since taking office in July 2024": not the event's date.
  const found = ctx
    .temporal(i)
    .filter((t) => findIn(ctx.lexicon.sinceMarkers, ctx.text, Math.max(s.start, t.start - 40), t.start).length === 0);
  if (found.length === 0) return null;
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  // A date in another clause that is a relative one ("…, which Japan and Australia signed in 2022") dates that clause's verb.
  const inOtherRelativeClause = (t: TemporalExpression) => {
    if (contains(clause, t)) return false;
    const other = clauseAround(ctx.text, s.start, s.end, t.start);
    return ctx.lexicon.relativePronouns
      .findAll(ctx.text.slice(other.start, Math.min(other.end, other.start + 12)))
      .some((h) => /^\s*$/.test(ctx.text.slice(other.start, other.start + h.start)));
  };
  const usable = found.filter((t) => !inOtherRelativeClause(t));
  if (usable.length === 0) return null;
  const distance = (t: TemporalExpression) =>
    (t.end <= trigger.start ? trigger.start - t.end : t.start >= trigger.end ? t.start - trigger.end : 0) +
    (contains(clause, t) ? 0 : 1000);
  return [...usable].sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

function statusFor(ctx: ExtractionContext, i: number, s: Span, trigger: Span, date: TemporalExpression | null): EventStatus {
  const window = statusWindow(ctx, s, trigger);
  if (findIn(ctx.lexicon.plannedMarkers, ctx.text, window.start, window.end).length > 0) return "planned";
  if (date && (date.future || laterThanPublication(date.date, ctx.published))) return "planned";
  // A sentence in the future tense tells a planned event, unless the event's own date is already past.
  if (ctx.tense(i) === "future" && !(date && earlierThanPublication(date.date, ctx.published))) return "planned";
  return "occurred";
}

function topicsFor(ctx: ExtractionContext, i: number): string[] {
  const paragraph = ctx.sentences[i]?.paragraph;
  const ids: string[] = [];
  ctx.sentences.forEach((s, j) => {
    if (j !== i && (s.paragraph !== paragraph || !isStorySentence(s))) return;
    for (const m of ctx.mentionsBySentence[j] ?? []) if (typeOf(ctx, m.entityId) === "Topic") ids.push(m.entityId);
  });
  return uniq(ids);
}

const isPartyMention = (ctx: ExtractionContext, m: EntityMention) => {
  const type = typeOf(ctx, m.entityId);
  return (type === "Country" || type === "Organization") && m.source !== "demonym";
};

/** Whether a mention is the complement of a title ("EU foreign policy chief", "ministre japonaise", "Japan's Defence Minister"). */
function belongsToTitle(ctx: ExtractionContext, i: number, m: Span): boolean {
  return (ctx.titlesBySentence[i] ?? []).some(
    (t) =>
      overlaps(t, m) ||
      (m.end <= t.start && /^(?:'s|’s)?\s?$/.test(ctx.text.slice(m.end, t.start))) ||
      (m.start >= t.end && /^\s*(?:de|du|des|d'|d’|de la|de l'|de l’|of|of the)?\s*$/i.test(ctx.text.slice(t.end, m.start))),
  );
}

/**
 * The countries and organisations that are the subject of the trigger: the nearest before it
 * and those listed with it ("Le Japon et les Philippines ont signé", "Japan, the United Kingdom and Italy signed").
 */
function subjectParties(ctx: ExtractionContext, i: number, s: Span, trigger: Span, exclude: readonly Span[]): string[] {
  const candidates = (ctx.mentionsBySentence[i] ?? []).filter(
    (m) => m.end <= trigger.start && isPartyMention(ctx, m) && !exclude.some((x) => overlaps(x, m)) && !belongsToTitle(ctx, i, m),
  );
  const last = candidates.at(-1);
  if (!last) return [];
  const between = ctx.text.slice(last.end, trigger.start);
  if (/[,;:()]/.test(between.replace(/,[^,]*,/g, " ")) || between.trim().split(/\s+/).filter(Boolean).length > 4) return [];
  const chain = [last];
  for (let k = candidates.length - 2; k >= 0; k--) {
    const m = candidates[k];
    const next = chain[0];
    if (!isLinkingGap(ctx.text, m.end, next.start, { allowCoordinator: true, allowLinkWords: true, maxLength: 20 })) break;
    chain.unshift(m);
  }
  return uniq(chain.map((m) => m.entityId));
}

/** "signed a similar partnership with Japan", "a signé avec le Japon": the other party, after the trigger. */
function partnersAfter(ctx: ExtractionContext, i: number, s: Span, trigger: Span, exclude: readonly Span[]): string[] {
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  return (ctx.mentionsBySentence[i] ?? [])
    .filter(
      (m) =>
        m.start >= trigger.end &&
        m.end <= clause.end &&
        isPartyMention(ctx, m) &&
        !exclude.some((x) => overlaps(x, m)) &&
        !belongsToTitle(ctx, i, m),
    )
    .filter((m) =>
      /(?:^|\s)(?:with|avec)\s+(?:(?:the|le|la|les|l'|l’)\s*)?$/i.test(ctx.text.slice(Math.max(clause.start, m.start - 12), m.start)),
    )
    .map((m) => m.entityId);
}

/** The organisation whose meeting it is: "le sommet de l'OTAN", "the G7 summit", "NATO summit". */
function hostOrganization(ctx: ExtractionContext, i: number, hits: readonly Span[]): string[] {
  const orgs = (ctx.mentionsBySentence[i] ?? []).filter((m) => typeOf(ctx, m.entityId) === "Organization" && m.source !== "demonym");
  for (const h of hits) {
    const org = orgs.find(
      (m) =>
        (m.start >= h.end && /^\s*(?:de l'|de l’|du|de la|des|de|d'|d’|of the|of)\s*$/i.test(ctx.text.slice(h.end, m.start))) ||
        (m.end <= h.start && /^\s*$/.test(ctx.text.slice(m.end, h.start))),
    );
    if (org) return [org.entityId];
  }
  return [];
}

/** "l'accord", "le traité", "the agreement": the latest agreement named before this sentence. */
function agreementReferredTo(ctx: ExtractionContext, agreements: readonly AgreementMention[], i: number, s: Span): string | null {
  const head = findIn(ctx.lexicon.agreementHeads, ctx.text, s.start, s.end).find((h) => isDefinite(ctx, s, h));
  if (!head) return null;
  const earlier = [...agreements].reverse().filter((a) => a.sentenceIndex < i);
  // Prefer an agreement named with the same head noun ("the agreement" → "an agreement on …").
  const same = earlier.find((a) => ctx.lexicon.agreementHeads.findAll(a.text).some((h) => h.phrase === head.phrase));
  return (same ?? earlier[0])?.entityId ?? null;
}

/** Place of the event: a place or country after a locative preposition, near the trigger. */
function placeFor(ctx: ExtractionContext, i: number, s: Span, trigger: Span, skip: readonly Span[], onlyAfter: boolean): string | null {
  const candidates = (ctx.mentionsBySentence[i] ?? []).filter((m) => {
    const type = typeOf(ctx, m.entityId);
    if (type !== "Place" && type !== "Country") return false;
    if (m.source === "demonym" || skip.some((x) => overlaps(x, m))) return false;
    if (
      (ctx.titlesBySentence[i] ?? []).some(
        (t) =>
          overlaps(t, m) ||
          (m.start >= t.end && /^\s*(?:de|du|des|d'|d’|de la|de l'|de l’|au|aux|à|of|in)?\s*$/i.test(ctx.text.slice(t.end, m.start))),
      )
    )
      return false;
    if (onlyAfter) return m.start >= trigger.end && m.start - trigger.end <= 90;
    // Its own clause or before it ("X et Y, en visite au Japon, ont convenu"); not a trailing aside.
    return m.end <= trigger.start || contains(clauseAround(ctx.text, s.start, s.end, trigger.start), m);
  });
  const locative = (m: EntityMention) =>
    findIn(ctx.lexicon.locativePrepositions, ctx.text, Math.max(s.start, m.start - 12), m.start).some((p) =>
      /^\s*(?:(?:la|le|l'|l’|les|the)\s*)?$/i.test(ctx.text.slice(p.end, m.start)),
    );
  const blocked = (m: EntityMention) =>
    findIn(ctx.lexicon.blockingPrepositions, ctx.text, Math.max(s.start, m.start - 20), m.start).length > 0;
  const usable = candidates.filter((m) => !blocked(m));
  const withPreposition = usable.filter(locative);
  if (onlyAfter) return (withPreposition[0] ?? usable[0])?.entityId ?? null;
  const byDistance = (m: EntityMention) => Math.abs(m.start - trigger.start);
  return [...withPreposition].sort((a, b) => byDistance(a) - byDistance(b))[0]?.entityId ?? null;
}

/** "the two sides", "les deux pays": a group that stands for the countries of the salient event. */
function partyGroupBefore(ctx: ExtractionContext, s: Span, at: number): boolean {
  return findIn(ctx.lexicon.partyGroupSubjects, ctx.text, s.start, at).length > 0;
}

function groupSubjectBefore(ctx: ExtractionContext, s: Span, at: number): boolean {
  return findIn(ctx.lexicon.groupSubjects, ctx.text, s.start, at).length > 0;
}

/** A group of office holders named after the trigger with no one attached: "des ministres des Affaires étrangères et de la Défense". */
function ministersAfter(ctx: ExtractionContext, roles: RoleExtraction, i: number, s: Span, trigger: Span): boolean {
  const plural = findIn(ctx.lexicon.pluralTitleWords, ctx.text, trigger.end, Math.min(s.end, trigger.end + 40));
  // "une réunion « 2+2 » des ministres …", "a meeting of foreign and defence ministers": the group is the noun's complement.
  const complement = (p: Span) => {
    const between = ctx.text.slice(trigger.end, p.start).replace(/[«»"“”]|2\s*\+\s*2/g, " ");
    return (
      /^\s*(?:des|de|d'|d’|of|entre|between)(?:\s|$)/i.test(between) && !/[,;:.]/.test(between) && between.trim().split(/\s+/).length <= 6
    );
  };
  if (plural.some(complement)) return true;
  return (ctx.titlesBySentence[i] ?? []).some(
    (t) =>
      t.start >= trigger.end &&
      t.start - trigger.end <= 40 &&
      !roles.attachedTitles.has(t.start) &&
      ctx.lexicon.pluralTitleWords.test(t.text),
  );
}

/**
 * The people who are the subject of a verb: the nearest person before it, and those joined to
 * it by "et"/"and"/"," with their titles ("Takaichi Sanae et son homologue britannique Keir Starmer, en visite au Japon, ont convenu").
 */
function subjectPeople(ctx: ExtractionContext, i: number, people: readonly PersonReference[], verb: Span): string[] {
  const before = people.filter((p) => p.end <= verb.start);
  const last = before.at(-1);
  if (!last) return [];
  // Between the subject and its verb: an aside between commas, adverbs — no other sentence part.
  const between = ctx.text.slice(last.end, verb.start);
  const withoutAside = between.replace(/,[^,]*,/g, " ");
  if (/[,;:]/.test(withoutAside) || withoutAside.trim().split(/\s+/).filter(Boolean).length > 4) return [];
  const titles = ctx.titlesBySentence[i] ?? [];
  const mentions = ctx.mentionsBySentence[i] ?? [];
  const chain = [last];
  for (let k = before.length - 2; k >= 0; k--) {
    const p = before[k];
    const next = chain[0];
    const linked = isLinkingGap(ctx.text, p.end, next.start, {
      allowCoordinator: true,
      allowLinkWords: true,
      allowedSpans: [...titles, ...mentions.filter((m) => m.start >= p.end && m.end <= next.start)],
      allowedPhrases: ctx.lexicon.titleModifiers,
      maxLength: 80,
    });
    if (!linked) break;
    chain.unshift(p);
  }
  return uniq(chain.map((p) => p.personId));
}

function baseMention(hit: { lexicon: EventTypeLexicon } & Span, i: number): Omit<EventMention, "status" | "date" | "endDate"> {
  return {
    type: hit.lexicon.type,
    cameo: hit.lexicon.cameo,
    plannedCameo: hit.lexicon.plannedCameo,
    sentenceIndex: i,
    trigger: { start: hit.start, end: hit.end },
    anaphoric: false,
    subordinate: false,
    refersBack: false,
    groupSubject: false,
    ofMinisters: false,
    weak: false,
    nearbyPeople: [],
    people: [],
    parties: [],
    place: null,
    topics: [],
    agreementId: null,
  };
}

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
  const agreementHere = agreements.filter((a) => a.sentenceIndex === i);
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
  const finish = (m: Omit<EventMention, "status" | "date" | "endDate">, statusOverride?: EventStatus): EventMention => {
    if (m.groupSubject) m.nearbyPeople = nearby(m.trigger.start);
    const date = dateFor(ctx, i, s, m.trigger);
    const status = statusOverride ?? statusFor(ctx, i, s, m.trigger, date);
    return { ...m, topics, status, date: date?.date ?? null, endDate: date?.endDate ?? null };
  };

  // One mention per event type and sentence: several triggers of one type tell one event ("réunion « 2+2 »").
  // Triggers of one type close together tell one event ("réunion « 2+2 »"); far apart, two ("arrived in Seoul after a visit to Tokyo").
  const clusters: TriggerHit[][] = [];
  for (const h of triggerHits(ctx, s)) {
    const cluster = clusters.find((c) => c[0]?.lexicon.type === h.lexicon.type && h.start - (c.at(-1) as TriggerHit).end <= 20);
    if (cluster) cluster.push(h);
    else clusters.push([h]);
  }
  for (const hits of clusters) {
    // "la visite de M. Starmer au Japon" names its own participant: not a reference back.
    const named = [
      ...people,
      ...(ctx.mentionsBySentence[i] ?? []).filter((m) => typeOf(ctx, m.entityId) === "Organization" && m.source !== "demonym"),
    ];
    const ownPerson = (h: Span) => named.some((p) => p.start >= h.end && OWN_PARTICIPANT.test(ctx.text.slice(h.end, p.start)));
    const definite = hits.map((h) => h.lexicon.anaphors.has(h.phrase) && isDefinite(ctx, s, h) && !ownPerson(h));
    const first = hits.find((_, k) => !definite[k]) ?? hits[0];
    const m = baseMention(first, i);
    m.anaphoric = definite.every(Boolean);
    m.refersBack = definite.some(Boolean);
    m.subordinate = inRelativeClause(ctx, s, first);
    m.weak = hits.every((h) => h.lexicon.weak.has(h.phrase));
    const ids = uniq(participants.map((p) => p.personId));
    if (m.type === "Visit") {
      const after = people.find((p) => p.start >= first.end && VISITOR_AFTER.test(ctx.text.slice(first.end, p.start)));
      const before = [...people].reverse().find((p) => p.end <= first.start);
      const visitor = after ?? before;
      if (visitor) m.people = [visitor.personId];
      else if (!m.weak && groupSubjectBefore(ctx, s, first.start)) m.groupSubject = true;
      m.place = placeFor(ctx, i, s, first, visitor ? [visitor] : [], true);
    } else if (m.type === "Signing") {
      m.people = ids;
      m.parties = subjectParties(ctx, i, s, first, agreementHere);
      m.parties = uniq([...m.parties, ...partnersAfter(ctx, i, s, first, agreementHere)]);
      if (ids.length === 0 && m.parties.length === 0 && groupSubjectBefore(ctx, s, first.start)) m.groupSubject = true;
      const agreement = agreementHere.find((a) => a.start >= first.end) ?? agreementHere[0];
      m.agreementId = agreement?.entityId ?? agreementReferredTo(ctx, agreements, i, s);
      m.place = placeFor(ctx, i, s, first, [], false);
    } else {
      m.people = ids;
      if (ids.length === 0) {
        m.ofMinisters = !m.anaphoric && hits.some((h) => ministersAfter(ctx, roles, i, s, h));
        if (partyGroupBefore(ctx, s, first.start)) {
          m.groupSubject = true;
          m.ofMinisters = true; // the group's countries take part
        } else if (!m.weak && (groupSubjectBefore(ctx, s, first.start) || m.ofMinisters)) m.groupSubject = true;
        if (!m.groupSubject) m.parties = subjectParties(ctx, i, s, first, agreementHere);
        if (!m.groupSubject && m.parties.length === 0) m.parties = hostOrganization(ctx, i, hits);
      }
      m.place = placeFor(ctx, i, s, first, [], false);
    }
    out.push(finish(m));
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
      const clause = clauseAround(ctx.text, s.start, s.end, verb.start);
      const group = groupSubjectBefore(ctx, { start: Math.max(s.start, clause.start - 200), end: s.end }, verb.start);
      if (subjects.length < 2 && !group) continue;
      const m = baseMention({ ...verb, lexicon: meetingLexicon }, i);
      if (subjects.length >= 2) m.people = subjects;
      else {
        m.anaphoric = true;
        m.groupSubject = true;
      }
      m.place = placeFor(ctx, i, s, verb, [], false);
      // A joint verb in a past form tells what happened; a marker right before it makes it planned.
      const planned = findIn(ctx.lexicon.plannedMarkers, ctx.text, Math.max(s.start, verb.start - 20), verb.start).length > 0;
      out.push(finish(m, planned ? "planned" : "occurred"));
      break;
    }
  }
  return out;
}

/** All event mentions of the document, in reading order. */
export function findEventMentions(ctx: ExtractionContext, roles: RoleExtraction, agreements: readonly AgreementMention[]): EventMention[] {
  const out: EventMention[] = [];
  ctx.sentences.forEach((_, i) => out.push(...mentionsInSentence(ctx, roles, agreements, i)));
  return out.sort((a, b) => a.trigger.start - b.trigger.start);
}
