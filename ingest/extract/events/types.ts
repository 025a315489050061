/**
 * Everything that depends on the event type, in one table: how a mention finds its
 * participants and place, what it needs to open an event, when a mention and an event have the
 * same participants, and whether the type is a trip (its stops are one place, its host country
 * takes part, it takes the day of what happened during it).
 *   Visit     a visitor and a destination; one visitor opens a visit
 *   Signing   signers and partners, the agreement signed; one party opens a signing
 *   Meeting   the people of the sentence, or the parties of the first party rule; two sides, or one organisation (a summit)
 *   other     (PressConference, Call …) as a meeting, but one organisation alone is not enough
 */
import type { ExtractionContext } from "../context.js";
import { agreementReferredTo } from "./participants.js";
import { placeFor } from "./place.js";
import { laterEventAfter } from "./later-event.js";
import { DESTINATION_RULES, visitorFor } from "./visit.js";
import { agreementOfPronounSubject, agreementOfSigning, anotherSigning, signersFor } from "./signing.js";
import { meetingParticipants, summitHostCity } from "./meeting.js";
import { firstFinding } from "./rules.js";
import { hereInDatelinePlace } from "./here.js";
import { placeOfThere } from "./there.js";
import { withCompanions } from "./companions.js";
import type { EventMention, MentionDraft, StoryEvent } from "./mention.js";
import { asideClauses, type TriggerScope } from "./scope.js";

export interface EventTypeRules {
  /** Fills the mention's people, parties, group flags, place and agreement from the trigger's scope. */
  describe(scope: TriggerScope, m: MentionDraft): void;
  /** Whether a mention (its group resolved) has the participants to open an event of its own. */
  enough(ctx: ExtractionContext, m: EventMention): boolean;
  /** What a mention of weak triggers only needs besides ("consultations", "arrivé"): two sides, or a destination. */
  confirmsWeak(m: EventMention): boolean;
  /** Whether a mention's participants agree with those of an event (coreference), places aside. */
  sameParticipants(e: StoryEvent, m: EventMention): boolean;
  /** A trip: its stops are one place, its host country takes part, it takes the day of what happened during it. */
  trip: boolean;
  /** A subject meets counterparts: one after another, each is a meeting of its own ("met Y, then Z"). */
  meetsCounterparts: boolean;
}

const subset = (a: readonly string[], b: readonly string[]) => a.every((x) => b.includes(x));

/** The venue around the trigger: a place after a locative preposition, in its clause or before it, not in a clause told aside. */
function venue(scope: TriggerScope): string | null {
  // "spoke on Monday ahead of the summit in Brussels": the later event's place is not this one's.
  const later = laterEventAfter(scope.ctx, scope.s, scope.trigger);
  const skip = [...asideClauses(scope.ctx, scope.s, scope.trigger), ...(later ? [later] : [])];
  return placeFor(scope.ctx, scope.i, scope.s, scope.trigger, skip, false);
}

/** The events held somewhere: a call has no place, not even "here". */
const HELD_SOMEWHERE: ReadonlySet<string> = new Set(["Meeting", "Signing", "PressConference"]);

/** Where the clause says the event is held by a word: "here" (the dateline's place), "there" or "y" (the place just named). */
function placeByWord(scope: TriggerScope, type: string): string | null {
  return HELD_SOMEWHERE.has(type) ? (hereInDatelinePlace(scope) ?? placeOfThere(scope)) : null;
}

/** The venue, or else the place a word of the clause stands for ("met Y at the ministry here", "Il y a rencontré Y"). */
function venueOrHere(scope: TriggerScope, type: string): string | null {
  return venue(scope) ?? placeByWord(scope, type);
}

const VISIT: EventTypeRules = {
  describe: (scope, m) => {
    const destination = firstFinding(DESTINATION_RULES, scope)?.value ?? hereInDatelinePlace(scope);
    const who = visitorFor(scope, destination);
    if (who?.people) m.people = withCompanions(scope, who.people);
    else if (who?.groupSubject && !m.weak) m.groupSubject = true;
    m.place = destination;
  },
  enough: (_ctx, m) => m.people.length > 0,
  // "arrivé la veille", "on tour": a trip told by a weak word needs its destination
  confirmsWeak: (m) => m.place !== null,
  sameParticipants: (e, m) => m.people.length === 0 || e.people.length === 0 || m.people[0] === e.people[0],
  trip: true,
  meetsCounterparts: false,
};

/** Two people or two parties: "consultations" between one person and no one is no meeting. */
const twoSides = (m: EventMention) => m.people.length >= 2 || m.parties.length >= 2;

const disjoint = (a: readonly string[], b: readonly string[]) => a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));

/**
 * Signing mentions of one agreement are one signing, its co-signers told apart ("signed by X …; Y,
 * who signed the accord"). Otherwise (an agreement left unnamed on one side) a mention naming two
 * or more signers of one kind, none of whom signed the earlier one, is another signing ("Britain
 * and France signed … Poland and South Korea signed a contract"); a lone signer may be a co-signer
 * ("X and Y signed a contract … Z signed the contract as prime contractor"), and people against
 * countries says nothing ("Japan and the UK signed … Takaichi and Starmer signed it").
 */
function signersMayMeet(e: StoryEvent, m: EventMention): boolean {
  const apart = (told: readonly string[], named: readonly string[]) => named.length >= 2 && disjoint(told, named);
  return !apart(e.people, m.people) && !apart(e.parties, m.parties);
}

const SIGNING: EventTypeRules = {
  describe: (scope, m) => {
    const who = signersFor(scope);
    m.people = who.people ?? [];
    m.parties = who.parties ?? [];
    if (m.people.length === 0 && m.parties.length === 0 && who.groupSubject) {
      m.groupSubject = true;
      m.ofMinisters = who.ofMinisters ?? false;
      m.inPassing = who.inPassing ?? false;
    }
    m.agreementId =
      agreementOfSigning(scope)?.entityId ??
      agreementReferredTo(scope.ctx, scope.agreements, scope.i, scope.s) ??
      agreementOfPronounSubject(scope);
    m.another = anotherSigning(scope);
    m.place = venueOrHere(scope, m.type);
  },
  enough: (_ctx, m) => m.people.length > 0 || m.parties.length >= 1,
  confirmsWeak: twoSides,
  sameParticipants: (e, m) => {
    // "… They also signed a letter of intent": another signing, unless of the same agreement.
    if (m.another && (m.agreementId === null || m.agreementId !== e.agreementId)) return false;
    return e.agreementId && m.agreementId ? e.agreementId === m.agreementId : signersMayMeet(e, m);
  },
  trip: false,
  meetsCounterparts: false,
};

/** People, or else parties, as the meeting rules find them. */
function describeGathering(scope: TriggerScope, m: MentionDraft): void {
  const who = meetingParticipants(scope, m.anaphoric, m.weak);
  m.people = withCompanions(scope, who.people ?? []);
  m.parties = who.parties ?? [];
  m.groupSubject = who.groupSubject ?? false;
  m.ofMinisters = who.ofMinisters ?? false;
  if (who.counterpart) m.weak = false;
  const hostCity = summitHostCity(scope);
  m.inPassing = who.inPassing ?? hostCity !== null;
  m.place = venue(scope) ?? who.place ?? hostCity ?? placeByWord(scope, m.type);
}

function sameGathering(e: StoryEvent, m: EventMention): boolean {
  // "X met his Italian counterpart, then his German counterpart": the same people with other sides meet again.
  if (m.people.length > 0 && e.people.length > 0)
    return (subset(m.people, e.people) || subset(e.people, m.people)) && !disjoint(m.parties, e.parties);
  if (m.people.length === 0 && e.people.length === 0) return m.parties.some((p) => e.parties.includes(p));
  return false;
}

const MEETING: EventTypeRules = {
  describe: describeGathering,
  // Two sides, or one organisation (a summit of the bloc).
  enough: (ctx, m) =>
    m.people.length + m.parties.length >= 2 || (m.parties.length === 1 && ctx.entityById.get(m.parties[0] ?? "")?.type === "Organization"),
  confirmsWeak: twoSides,
  sameParticipants: sameGathering,
  trip: false,
  meetsCounterparts: true,
};

const OTHER: EventTypeRules = {
  describe: describeGathering,
  enough: (_ctx, m) => m.people.length > 0 || m.parties.length >= 2,
  confirmsWeak: twoSides,
  sameParticipants: sameGathering,
  trip: false,
  meetsCounterparts: true,
};

const EVENT_TYPE_RULES: Readonly<Record<string, EventTypeRules>> = { Visit: VISIT, Signing: SIGNING, Meeting: MEETING };

/** The rules of an event type (the lexicon's types; any other type is read as a gathering). */
export function rulesFor(type: string): EventTypeRules {
  return EVENT_TYPE_RULES[type] ?? OTHER;
}
