/**
 * What the event stage finds in one sentence before coreference: an event mention, with its
 * trigger, participants, place, date and status, and the flags coreference reads; and the
 * story event that coreference makes of several mentions.
 */
import type { EventStatus, IsoDate } from "../../../src/model/extraction.js";
import type { KbTitle } from "../../../src/model/kb.js";
import type { EventTypeLexicon } from "../lexicon.js";
import type { Span } from "../spans.js";

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
  /** Told in the pluperfect ("the two had met in Rome", "ils s'étaient vus"): an event before the story's, not one of them. */
  earlier: boolean;
  /** Told in the phrase of a later event ("ahead of next week's summit", "before the NATO summit"): not on the story's day. */
  later: boolean;
  /** "une telle rencontre", "such a meeting": the event of that kind just told about, whatever became of it. */
  such: boolean;
  /** Put off to a new date, or moved to one ("reportée au 3 mars", "will instead be held in March"): its date is the new one. */
  rescheduled: boolean;
  /** One of its triggers is a definite noun ("will host the talks"): try the salient event first. */
  refersBack: boolean;
  /** Participants are the people of the salient event ("Ils", "les deux dirigeants", "both leaders"), with those named here when any ("where they met X"). */
  groupSubject: boolean;
  /** "une réunion des ministres des Affaires étrangères": the participants are the group's countries. */
  ofMinisters: boolean;
  /** A summit named by its host city ("at the Ankara summit last July"): told in passing unless dated to the day, not what a later anaphor stands for. */
  inPassing: boolean;
  /** A weak trigger ("consultations"): an event only with two or more people. */
  weak: boolean;
  /** People named just before (this sentence up to the trigger, and the two story sentences before): who a group subject may stand for. */
  nearbyPeople: string[];
  /** How many people a counted group stands for ("les trois ministres", "the three ministers"), or null. */
  groupSize: number | null;
  /** The kinds of office a group's noun names ("the two ministers": minister), or null when it names none ("ils", "the two men"). */
  groupOffices: readonly KbTitle["kind"][] | null;
  status: EventStatus;
  date: IsoDate | null;
  endDate: IsoDate | null;
  people: string[];
  parties: string[]; // countries and organisations taking part
  place: string | null;
  topics: string[];
  agreementId: string | null;
  /** "also signed", "ont par ailleurs signé": another signing than those told before, unless of the same agreement. */
  another?: boolean;
  /** For a group subject ("Ils", "They"): the people who open the story sentence before, its subject ("X et Y ont salué …"). */
  previousSubjects?: string[];
  /** "He is accompanied by Y": only people who go with the participants of the event just told; opens no event. */
  companionsOnly?: boolean;
  /** "It was attended by X", "Étaient également présents X": only people who attended the meeting told before; opens no event. */
  attendeesOnly?: boolean;
}

/** One event of the story: its mentions merged by coreference (coreference-of-events.ts). */
export interface StoryEvent {
  type: string;
  cameo: string | undefined;
  status: EventStatus;
  date: IsoDate | null;
  endDate: IsoDate | null;
  people: string[];
  parties: string[];
  place: string | null;
  topics: string[];
  agreementId: string | null;
  sentenceIndices: number[];
  mentions: EventMention[];
}

/** An event mention before its status and date are known. */
export type MentionDraft = Omit<EventMention, "status" | "date" | "endDate">;

/** A trigger phrase found in a sentence, with the lexicon of its event type. */
export interface TriggerHit extends Span {
  lexicon: EventTypeLexicon;
  phrase: string; // folded form
  /** A pronoun standing for another event of the kind named before it ("puis celle de Y"). */
  ellipsis?: boolean;
  /** Joining a group that meets ("join her counterparts in Brussels"): the group's meeting, when told, is this one. */
  joining?: boolean;
}

export function draftMention(hit: { lexicon: EventTypeLexicon } & Span, i: number): MentionDraft {
  return {
    type: hit.lexicon.type,
    cameo: hit.lexicon.cameo,
    plannedCameo: hit.lexicon.plannedCameo,
    sentenceIndex: i,
    trigger: { start: hit.start, end: hit.end },
    anaphoric: false,
    subordinate: false,
    refersBack: false,
    such: false,
    rescheduled: false,
    earlier: false,
    later: false,
    groupSubject: false,
    ofMinisters: false,
    inPassing: false,
    weak: false,
    nearbyPeople: [],
    groupSize: null,
    groupOffices: null,
    people: [],
    parties: [],
    place: null,
    topics: [],
    agreementId: null,
  };
}
