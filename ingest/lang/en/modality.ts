/**
 * English cues for the status of an event (ingest/extract/events/status.ts): what negates it,
 * calls it off, makes it a wish, an intention or a possibility, or a habit rather than one
 * event. Plain phrase lists, matched folded (no case, no accents) at word boundaries; a
 * trailing * stands for any letters.
 */

/** A negation in two parts around the verb, as French has it ("ne rencontrera pas"): English has none, "not" comes before. */
export const NEGATION_BEFORE_VERB: readonly string[] = [];
export const NEGATION_AFTER_VERB: readonly string[] = [];

/** Words after a negated verb that call a plan off ("will not travel to Seoul after all"). */
export const CALLING_OFF_NEGATION: readonly string[] = ["after all"];

/** Right before the trigger, a plan called off: "will no longer travel", "is no longer expected to visit". */
export const CALLING_OFF_BEFORE: readonly string[] = ["no longer", "will no longer", "would no longer", "no longer expected to"];

/** Right before the trigger (a few words at most): the event did not take place. */
export const NEGATION = [
  "did not",
  "didn't",
  "does not",
  "doesn't",
  "do not",
  "don't",
  "has not",
  "hasn't",
  "have not",
  "haven't",
  "had not",
  "hadn't",
  "will not",
  "won't",
  "would not",
  "is not",
  "are not",
  "was not",
  "were not",
  "cannot",
  "can't",
  "could not",
  "couldn't",
  "never",
  "no",
  "failed to",
  "refused to",
  "declined to",
  // "has yet to meet", "has still not met": not yet.
  "yet to",
  "still not",
] as const;

/** A few words before the event noun, or after it past auxiliaries: the event was called off. */
export const CANCELLATION = [
  "called off",
  "call off",
  "calls off",
  "cancelled",
  "canceled",
  "cancels",
  "cancel",
  "cancellation",
  // The gerund: "postponing the summit", "after cancelling his visit".
  "cancelling",
  "canceling",
  "calling off",
  "scrapped",
  "scrapping",
  "scraps",
  "shelved",
  "put on hold",
  "on hold",
  "abandoned",
  "did not take place",
  "didn't take place",
  "will not take place",
  "won't take place",
  "never took place",
  "never happened",
  "not go ahead",
  // "dropped" as a participle or with "plans" only: "dropped his objection to the summit" calls nothing off.
  "been dropped",
  "was dropped",
  "were dropped",
  "dropped plans",
  "dropping plans",
] as const;

/** Words that may stand between an event noun and the verb that calls it off ("la visite a finalement été annulée"). */
export const AUXILIARIES = [
  "was",
  "were",
  "has",
  "have",
  "had",
  "been",
  "is",
  "are",
  "be",
  "will",
  "would",
  "did",
  "does",
  "finally",
  "officially",
  "again",
  "also",
  "now",
  "just",
  "already",
  "abruptly",
  "indefinitely",
  "since",
] as const;

/**
 * Right after an event's noun, a participle that tells when and where it was to be held ("the summit planned
 * for February has been cancelled", "the meeting, originally scheduled in Accra, was postponed").
 */
export const PLANNED_PARTICIPLES = ["planned", "scheduled", "slated", "due", "announced", "proposed", "originally", "initially"] as const;

/** In the trigger's clause: put off; with a new date after it, the event is planned for that date. */
export const POSTPONEMENT = [
  "postponed",
  "postpones",
  "postpone",
  "postponement",
  "put off",
  "delayed",
  "deferred",
  "pushed back",
  "rescheduled",
  "reschedules",
  "rescheduling",
  // The gerund: "postponing the summit", "after delaying his trip".
  "postponing",
  "putting off",
  "delaying",
  "deferring",
  "pushing back",
] as const;

/** Right before a trigger in the infinitive: the event is the purpose of another ("… was scheduled to visit Nairobi to meet Ruto"). */
export const PURPOSE = ["to", "in order to", "so as to"] as const;

/** Before an event's noun, the purpose of a trip: "was due to travel to Riga for talks with Y". */
export const PURPOSE_OF_NOUN = ["for"] as const;

/** Opening a later clause of the sentence that calls the event off: "…, but the trip was called off". */
export const CONTRAST = ["but", "however", "yet", "only for"] as const;

/** Between a postponement verb and the new date it gives before the event's noun ("postponed until March his visit"). */
export const POSTPONED_TO = ["to", "until", "till", "for"] as const;

/**
 * Later in the sentence of an event told as planned, the adverb of a change of plan, next to a verb of holding
 * (RESCHEDULED_HOLDING) or a plan's participle: the date after them is the event's new one ("had been scheduled for
 * December but will instead be held in early 2027", "… will now take place on March 3").
 */
export const RESCHEDULING_ADVERBS = ["instead", "now", "rather"] as const;
/** The event told again as the subject of the clause that gives its new date ("but it will instead be held …"). */
export const RESCHEDULED_SUBJECTS = ["it", "they"] as const;
export const RESCHEDULED_HOLDING = ["held", "take place", "takes place", "taking place", "convene", "set for"] as const;

/**
 * After the event's noun, past its complement and auxiliaries: the event is only possible, hoped for or under study
 * ("a visit to X by Y is being considered", "a meeting between X and Y has not been ruled out", "could take place"):
 * planned, as the gold conventions keep a possibility (docs/annotating.md).
 */
export const POSSIBILITY_AFTER = [
  "being considered",
  "under consideration",
  "being discussed",
  "not ruled out",
  "not been ruled out",
  "on the cards",
  "in the works",
  "is possible",
  "remains possible",
  "could take place",
  "could be held",
  "may take place",
  "may be held",
  "might take place",
  "might be held",
] as const;

/** Before the trigger in its clause: a wish, an intention, an invitation or a possibility, not a fact. */
/** "Lomé is ready to host a meeting": an offer, not a fact; who makes it does not take part for that. */
export const OFFERS = ["ready to", "willing to", "prepared to"] as const;

/** "discussed a possible summit", "talked about holding a meeting": an event talked of, not one that took place. */
export const PROPOSALS = [
  "discussed",
  "discuss",
  "discussing",
  "talked about",
  "talk about",
  "proposed",
  "proposes",
  "propose",
  "suggested",
  "floated",
  "mooted",
  "raised the idea of",
  "raised the prospect of",
  "considered",
  "considering",
] as const;

/** Between a verb of proposal and the event's noun: the event is proposed ("holding a", "organising a", "a"). */
export const PROPOSED_EVENT_OPENERS = ["a", "an", "holding a", "holding an", "organising a", "organizing a", "possible"] as const;

/** Before the trigger, a wish (some of MODALITY): with NO_DATE_GIVEN, no event at all, not even a planned one. */
export const WISHES = [
  "wants to",
  "want to",
  "wanted to",
  "wishes to",
  "wished to",
  "hopes to",
  "hope to",
  "hoped to",
  "would like to",
  "would love to",
] as const;

/** In a wish's sentence: no date told, a wish only ("hopes to meet Y, but no date has been set"). */
export const NO_DATE_GIVEN = [
  "without giving a date",
  "without setting a date",
  "without naming a date",
  "without a date",
  "no date has been",
  "no date was",
  "no date had been",
  "did not give a date",
  "gave no date",
  "no timeline",
] as const;

export const MODALITY = [
  ...WISHES,
  "intends to",
  "intend to",
  "aims to",
  "seeks to",
  "could",
  "might",
  "can",
  "invited to",
  "invited",
  "invites",
  "invitation to",
  "an invitation",
  "his invitation",
  "her invitation",
  "their invitation",
  "accepted to",
  "agreed to",
  "offered to",
  "proposed to",
  "proposed",
  "is to",
  "are to",
  "was to",
  "were to",
  "is scheduled to",
  "are scheduled to",
  "was scheduled to",
  "was expected to",
  "were expected to",
  "was due to",
  "were due to",
  "had been expected to",
  "had been due to",
  "had been scheduled to",
  "had been set to",
  "was set to",
  "were set to",
  "was slated to",
  "were slated to",
  "was supposed to",
  "were supposed to",
  "was meant to",
  "were meant to",
  "had planned to",
  "possible",
  "possibility of",
  "potential",
  "called for",
  "calls for",
  "urged",
  "considering",
  "considers",
  "mulling",
  ...OFFERS,
] as const;

/** Planned-markers that are adjectives: they make planned only the noun they qualify ("le prochain sommet", not "le prochain président"). */
export const PLANNED_ADJECTIVES = ["next", "upcoming", "coming"] as const;

/** Before an event's noun, a few words between: that event comes after the one told before it ("met Y on Monday before the summit in Brussels"). */
export const BEFORE_EVENT = ["before"] as const;

/** Right before the trigger: the event is still to come at the time told ("ahead of a summit", "in the run-up to the talks"). */
export const AHEAD_OF = ["ahead of", "in the run-up to", "in the lead-up to", "in preparation for", "in anticipation of"] as const;

/** Plural event nouns: with a habit cue next to them they tell a practice, not an event. */
export const PLURAL_EVENT_NOUNS = ["visits", "trips", "tours", "meetings", "summits", "encounters", "signings", "gatherings"] as const;

/** Habit cues: "regular visits", "annual meetings", "every year". */
export const HABIT = [
  "regular",
  "regularly",
  "frequent",
  "frequently",
  "annual",
  "periodic",
  "routine",
  "routinely",
  "reciprocal",
  "every year",
  "each year",
  "every month",
  "from time to time",
] as const;

/** Right before a weak trigger: an agreement on a meeting, which makes a meeting of it ("they agreed to get together in May"). */
export const AGREEMENT_TO_MEET = ["agreed to", "agree to", "have agreed to", "had agreed to"] as const;
