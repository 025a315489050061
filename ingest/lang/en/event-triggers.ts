/**
 * English cues that tell a trigger word from its homonym (ingest/extract/events/triggers.ts):
 * "sign" after an article or an adjective is a noun ("a great sign of warming ties"), not the act
 * of signing.
 */
import { SIDELINE_OPENERS } from "./event-references.js";

/** Trigger words that are events only as verbs. */
export const VERB_ONLY_TRIGGERS = ["sign", "signs"] as const;

/** Words right before such a trigger that make it a noun. */
export const NOUN_MARKERS = [
  "a",
  "an",
  "the",
  "this",
  "that",
  "another",
  "any",
  "no",
  "great",
  "good",
  "clear",
  "positive",
  "strong",
  "first",
  "welcome",
] as const;

/** Meeting nouns that name a summit: a meeting of an organisation (its leaders), held in a host city. */
export const SUMMIT_NOUNS = ["summit", "summits"] as const;

/** Head words of a body that is its own meeting ("the European Council on 18-19 March", "the NATO-Ukraine Council on Thursday"). */
export const MEETING_BODY_HEADS = ["council", "assembly", "forum", "conference"] as const;

/** Right before such a body with a date right after it, the occasion it is ("during the European Council on 18 March"). */
export const OCCASION_PREPOSITIONS = ["at the", "during the", "on the sidelines of the", "ahead of the", "at a"] as const;

/** Right after a visit trigger ("arrivée", "arrival"), these make it a rise to office, not a trip. */
export const NOT_A_TRIP_AFTER = ["to power", "in power", "in office", "at the helm", "first"] as const;

/**
 * Before a signing verb, what makes it another signing than those told before ("also signed", "for their part
 * concluded"): it joins none of them unless it signs the same agreement.
 */
export const ANOTHER_SIGNING_CUES = [
  "also",
  "additionally",
  "in addition",
  "separately",
  "meanwhile",
  "for their part",
  "for his part",
  "for her part",
] as const;

/**
 * A pronoun subject standing for the agreement of the sentence before, then the auxiliary of the passive, right before
 * a signed participle: "It was signed by …", "It has been initialled by …".
 */
export const AGREEMENT_PRONOUN_PASSIVES = ["it was", "it has been", "it had been", "it will be", "it was later"] as const;

/** Auxiliaries of the passive right before a signed participle: "The bill was signed by …". */
export const PASSIVE_AUXILIARIES = ["was", "were", "has been", "had been", "have been", "will be", "is", "are", "was already"] as const;

/** The passive's infinitive after a modal: "A protocol should be signed there", "is to be signed". */
export const INFINITIVE_PASSIVE_AUXILIARIES = ["be"] as const;
/** Right before the passive's auxiliary: the occasion told before (French only: "devrait y être signé"). */
export const OCCASION_BEFORE_AUXILIARY = [] as const;
/** Right after a signed participle: at the occasion told before ("should be signed there", "was signed on that occasion"). */
export const OCCASION_AFTER_SIGNING = ["there", "on that occasion", "on this occasion", "on the occasion"] as const;

/** Right after a signing trigger, a domestic act signed, not an accord between parties: "signed a decree", "signed the bill into law". */
export const NOT_A_SIGNING_AFTER = [
  "a decree",
  "the decree",
  "decrees",
  "an executive order",
  "the executive order",
  "executive orders",
  "a bill",
  "the bill",
  "bills",
  "into law",
  "a law",
  "the law",
  "the budget",
  "a petition",
  "the petition",
  "an order",
] as const;

/**
 * Things a meeting verb can take as its object instead of a person: "welcomed X's decision", "received the
 * backing of X". After the verb, such a noun (with its determiner, or after the owner's name) makes it no meeting.
 */
export const NOT_A_MEETING_OBJECTS = [
  "decision",
  "decisions",
  "announcement",
  "announcements",
  "support",
  "backing",
  "proposal",
  "proposals",
  "offer",
  "initiative",
  "commitment",
  "commitments",
  "remarks",
  "comments",
  "statement",
  "statements",
  "election",
  "victory",
  "appointment",
  "nomination",
  "efforts",
  "release",
  "return",
  "resignation",
  "pledge",
  "pledges",
  "move",
  "plan",
  "plans",
  "news",
  "result",
  "results",
  "agreement",
  "deal",
  "ceasefire",
  "truce",
  "step",
  "steps",
  "green light",
  "signal",
  "gesture",
  "message",
  "letter",
  "congratulations",
  "assurances",
  "guarantees",
  "aid",
  "delivery",
  "deliveries",
  "shipment",
  "weapons",
  "tanks",
  "missiles",
  "funding",
  "funds",
  "award",
  "prize",
  "target",
  "targets",
  "goal",
  "goals",
  "deadline",
  "demand",
  "demands",
  "needs",
  "requirements",
  "expectations",
  "criteria",
  "standards",
  "obligations",
  "threshold",
  "benchmark",
] as const;

/**
 * Nouns whose complement after "to" names who receives, not where an event is: "reaffirmed France's support to Ukraine
 * during a meeting in Berlin", "military aid to Kyiv" (Ukraine is no place of the meeting).
 */
export const BENEFICIARY_NOUNS = [
  "support",
  "aid",
  "assistance",
  "help",
  "backing",
  "solidarity",
  "commitment",
  "commitments",
  "delivery",
  "deliveries",
  "shipment",
  "shipments",
  "exports",
  "sale",
  "sales",
  "transfer",
  "transfers",
  "contribution",
  "contributions",
  "funding",
  "loan",
  "loans",
  "package",
] as const;

/** Prepositions naming that receiver after such a noun ("support to Ukraine"). */
export const BENEFICIARY_PREPOSITIONS = ["to"] as const;

/** Auxiliaries of the pluperfect: an event told with one ("the two had met in Rome") happened before the story's events. */
export const PLUPERFECT_AUXILIARIES = ["had", "'d", "’d"] as const;

/** "welcomed it", "hailed it as a step forward": a meeting verb whose object is a pronoun for a thing meets no one ("this" and "that" are determiners too). */
export const THING_PRONOUNS = ["it"] as const;

/** Determiners and possessives that open such an object ("the", "his"); a possessive 's after a name counts too. */
export const OBJECT_DETERMINERS = [
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "his",
  "her",
  "its",
  "their",
  "our",
  "your",
] as const;

/** Adverbial phrases that may stand between the verb and such an object ("welcomed with caution the decision"). */
export const OBJECT_ADVERBS = ["with satisfaction", "with caution", "also"] as const;

/** Endings of adverbs that may stand there too ("warmly welcomed", "cautiously welcomed"). */
export const OBJECT_ADVERB_ENDINGS = ["ly"] as const;

/** After an event noun, a pronoun standing for another event of its kind: "la visite de X à Rome, puis celle de Y à Madrid". */
export const ELLIPSIS_PRONOUNS = ["that of", "those of", "the one by"] as const;

/** Adverbs that may stand inside a trigger of several words ("travelled together to", "flew directly to"): read through. */
export const ADVERBS_INSIDE_TRIGGERS = [
  "together",
  "also",
  "then",
  "later",
  "subsequently",
  "first",
  "finally",
  "directly",
  "separately",
  "meanwhile",
  "jointly",
  "briefly",
  "already",
] as const;

/**
 * Verbs of being somewhere, with their preposition: right before a country or a city and with a span of days
 * after it, a visit ("X was in France from 2 to 4 December"); alone, not ("X was in Paris on Monday").
 */
export const PRESENCE_VERBS = [
  "was in",
  "were in",
  "is in",
  "are in",
  "will be in",
  "was staying in",
  "stayed in",
  "will stay in",
] as const;

/**
 * Meeting or call triggers that are also verbs of urging: "X called on President Y at the palace" is a meeting, "X
 * called on President Y to step down" is not (ingest/extract/events/triggers.ts, urgesRatherThanMeets).
 */
export const URGING_TRIGGERS = ["called on", "calls on", "will call on", "calling on", "call on"] as const;

/** Of those, the ones that tell a meeting only with the names of whom right after them ("called on the nation" meets no one). */
export const URGING_TRIGGERS_NAMING_WHOM = ["called on", "calls on", "will call on", "calling on", "call on"] as const;

/** Right after whom such a verb names (or right after the verb), the words that make it urging: "to step down", "for calm". */
export const URGING_COMPLEMENTS = ["to", "for"] as const;

/** Words that may join the names of whom after such a verb: "called on the president and on the prime minister". */
export const NAME_LIST_WORDS = ["the", "his", "her", "its", "their", "and", "on", "both"] as const;

/** Before the person a visit is paid to, right after the visit's words: "paid a courtesy visit to President Y" (a meeting with Y). */
export const PERSON_VISIT_PREPOSITIONS = ["to"] as const;

/** Between that preposition and the person's title or name: "to the", "to his". */
export const PERSON_VISIT_DETERMINERS = ["the", "his", "her", "their"] as const;

/** Before an event's noun, what makes it the occasion of the sentence's other event, held at its place ("On the sidelines of the summit, X met Y"). */
export const OCCASION_OPENERS = [...SIDELINE_OPENERS, "during", "at"] as const;

/** In an article opened by a dateline ("KUALA LUMPUR, Dec 3 --"), the word for its place: "met Y at the ministry here". */
export const HERE_WORDS = ["here"] as const;

/** Standing for the place just named, before the event's verb ("Il y a rencontré"): English has none. */
export const PLACE_PRONOUNS_BEFORE_VERB = [] as const;
/** Standing for the place just named, after the event's verb in its clause: "He met Y there". */
export const PLACE_ADVERBS_AFTER_VERB = ["there"] as const;
/** Right after such an adverb, a verb that makes it no place: "there was", "there will be". */
export const NOT_A_PLACE_AFTER_ADVERB = ["is", "are", "was", "were", "will", "would", "has", "have", "had"] as const;
/** Right before such an adverb, a word that makes it where one comes from: "from there". */
export const NOT_A_PLACE_BEFORE_ADVERB = ["from"] as const;

/** Opening a sentence before a place and a comma, the place of the scene the paragraph tells: "In Belgrade, the minister …". */
export const SCENE_OPENERS = ["in", "at"] as const;

/**
 * In a sentence that opens a paragraph, words that carry on the story just told rather than open another: "He also met
 * Y", "The two later signed". Not "separately", "meanwhile": those change the scene.
 */
export const STORY_CONTINUATION_WORDS = ["also", "later", "then", "afterwards", "subsequently", "as well"] as const;

/** Before a landmark named as a place (a bridge, a square: the names pack's place nouns), the preposition of where an event is: "met Y on the Simon Bolivar International Bridge". */
export const LANDMARK_PREPOSITIONS = ["on"] as const;
