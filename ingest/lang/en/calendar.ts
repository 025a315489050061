/**
 * Months and weekdays, value by form (months 1–12, weekdays 0 = Sunday), read by the date
 * recognisers (ingest/dates/vocabulary.ts). Forms are lower case.
 */

/** Months written in full. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** Abbreviated months, read with or without their period ("Jan.", "Sep"). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Weekdays. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/**
 * A week named by its distance in weeks from publication's ("next week": 1), standing alone or after a part
 * of the week ("late next week"). "This week" and the bare "the week" differ: the bare one moves with the
 * tense when its part is already over or still to come ("at the end of the week" in a past sentence written
 * on a Monday is last week's end).
 */
export const WEEKS: Readonly<Record<string, number>> = {
  "this week": 0,
  "this coming week": 1,
  "the coming week": 1,
  "next week": 1,
  "last week": -1,
};

/** The week itself, only after a part of the week ("at the end of the week", "later in the week"). */
export const BARE_WEEK = ["the week"] as const;

/** Words before a week naming its first days, Monday and Tuesday ("early next week", "at the start of the week"). */
export const WEEK_START_WORDS = [
  "early",
  "at the start of",
  "at the beginning of",
  "the start of",
  "the beginning of",
  "start of",
  "beginning of",
] as const;

/** Words before a week naming its middle, Tuesday to Thursday ("mid-next week", "in the middle of the week"). */
export const WEEK_MIDDLE_WORDS = ["mid", "mid-", "in the middle of", "the middle of", "middle of"] as const;

/** Words before a week naming its last days, Thursday to Sunday ("late last week", "at the end of the week"). */
export const WEEK_END_WORDS = ["late", "at the end of", "the end of", "end of"] as const;

/** Words before a week naming its end as a deadline, ahead of publication ("by the end of the week"). */
export const WEEK_DEADLINE_WORDS = ["by the end of", "before the end of", "until the end of"] as const;

/** Words before this week naming its days before publication ("earlier this week", "earlier in the week"). */
export const EARLIER_IN_WEEK_WORDS = ["earlier", "earlier in"] as const;

/** Words before this week naming its days after publication ("later this week", "later in the week"). */
export const LATER_IN_WEEK_WORDS = ["later", "later in"] as const;

/** The middle of this week, as one word ("midweek", "mid-week"). */
export const MIDWEEK_WORDS = ["midweek", "mid-week"] as const;

/** Words that make the weekday after them a deadline, ahead of publication whatever the tense ("by Friday"). */
export const WEEKDAY_DEADLINE_WORDS = ["by", "no later than"] as const;

/** "Until" and its kin: a deadline only when a purpose follows the weekday ("gave Tehran until Friday to respond"). */
export const UNTIL_WORDS = ["until", "till"] as const;

/** The words of that purpose, right after the weekday. */
export const UNTIL_PURPOSE_WORDS = ["to"] as const;

/** Words after a span that what the story tells now comes after or before ("come two weeks after X met Y"). */
export const SPAN_AFTER_WORDS = ["after"] as const;

/** Days counted from an event the article names ("the day before the summit", "the day after the signing"). */
export const DAY_OF_EVENT_WORDS = ["the day before", "the day after"] as const;
/** Between those words and the event's noun. */
export const DAY_OF_EVENT_LINKS = ["the", "this", "his", "her", "their"] as const;
export const SPAN_BEFORE_WORDS = ["before"] as const;
/**
 * Right after "a day after", a verb that is no finite one: the event it tells counts back from the sentence's day ("met
 * Y on Saturday, a day after speaking with Z": the call, the day before).
 */
export const SPAN_NON_FINITE_OPENERS = ["having", "being"] as const;
/** The ending of such a verb ("speaking", "meeting"). */
export const SPAN_NON_FINITE_ENDINGS = ["ing"] as const;

/** Suffixes that point a time word at the story's time, not publication's: none in English ("that week" is no "this week"). */
export const THAT_TIME_SUFFIXES = [] as const;

/** Parts of the publication's own day ("this morning", "tonight"): news names today by them. */
export const TODAY_PARTS = ["this morning", "this afternoon", "this evening", "tonight"] as const;
