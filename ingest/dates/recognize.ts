/**
 * Temporal expressions chrono-node misses or gets wrong in news French and English,
 * recognised as unresolved specifications (what the words say) that ./resolve.ts anchors to
 * the publication date: ranges ("du 28 au 31 mars", "entre le 3 et le 5 avril"), day and
 * month with "dernier"/"prochain", month parts ("début avril", "mi-mars", "fin mars"),
 * months and years after a preposition ("en janvier", "d'ici 2030"), the year's end
 * ("avant la fin de l'année"), weekdays ("samedi", "on Monday"), and relative spans
 * ("la semaine dernière", "next month", "il y a deux semaines").
 */
import { matchesAtWordStarts } from "../text/word-start.js";
import {
  BARE_WEEK,
  COUNT,
  DAY_OF_EVENT,
  DAY_OF_EVENT_LINK,
  FULL_MONTH,
  MIDWEEK,
  MONTH,
  SPAN_AFTER,
  SPAN_BEFORE,
  THAT_TIME_SUFFIX,
  TODAY_PART,
  UNTIL_PURPOSE,
  WEEK,
  WEEKDAY_DEADLINE,
  WEEKDAY_UNTIL,
  WEEK_PART,
  WEEKDAY,
  countNumber,
  monthNumber,
  weekDistance,
  weekPart,
  weekdayNumber,
  type WeekPart,
} from "./vocabulary.js";

/** "ahead": on or after publication whatever the tense (a deadline: "by Friday"). */
export type Anchor = "last" | "next" | "this" | "ahead" | null;
export type Unit = "day" | "week" | "month" | "year";

export interface DayMonth {
  year: number | null;
  month: number;
  day: number | null;
}

export type DateSpec =
  | { kind: "date"; year: number | null; month: number; day: number | null; anchor: Anchor; forward: boolean }
  | { kind: "range"; from: DayMonth; to: DayMonth }
  | { kind: "year"; year: number; forward: boolean }
  | { kind: "yearRelative"; offset: number; forward: boolean }
  /** A weekday with a day of the month and no month ("jeudi 5"): the month is the one around publication where they agree. */
  | { kind: "weekdayDay"; weekday: number; day: number }
  /** Days from the story's own day, the nearest day-precise date told before it ("la veille", "two days later"). */
  | { kind: "storyDay"; days: number }
  /** Days from the day of an event the text names right after ("la veille du sommet", "the day after the signing"), told before. */
  | { kind: "toldEventDay"; days: number }
  /** A month (and day) of the year before or after publication's ("in August last year", "en mars de l'an dernier"). */
  | { kind: "monthOfRelativeYear"; month: number; day: number | null; offset: number }
  /** A day of the publication's month ("le 14 courant"). */
  | { kind: "dayOfThisMonth"; day: number }
  /** A season ("au printemps", "l'été prochain"): the month it starts in decides its year; only the year is kept. */
  | { kind: "season"; month: number; year: number | null; anchor: Anchor; forward: boolean }
  | { kind: "weekday"; weekday: number; anchor: Anchor }
  /** From one weekday to a later one ("du lundi au mercredi"): the first weekday is read as a weekday, the last is the next such day after it. */
  | { kind: "weekdayRange"; from: number; to: number; anchor: Anchor }
  /**
   * A week, or part of one, by its distance in weeks from publication's ("next week": 1); `offset` null for
   * the bare week after a part ("en fin de semaine"), which the tense moves to the week before or after.
   */
  | { kind: "week"; offset: number | null; part: WeekPart }
  | { kind: "offset"; unit: Unit; amount: number }
  /**
   * What the present of the story comes a span after or before ("come two weeks after X met Y": X met Y two
   * weeks before publication), in a present clause, where the story's time is publication's; in a past or future
   * one a span of days counts from the story's own day, as "two days later" does.
   */
  | { kind: "spanFromNow"; unit: Unit; amount: number }
  | { kind: "soon" };

export interface Recognized {
  start: number; // relative to the text searched
  end: number;
  spec: DateSpec;
}

const B = "(?<![\\p{L}\\p{N}])"; // word start
const E = "(?![\\p{L}\\p{N}])"; // word end
const DAY = "(\\d{1,2}|1er|premier)(?:st|nd|rd|th|er)?";
/** A day of the month, not captured. */
const DAY_WORD = "(?:\\d{1,2}|1er|premier)(?:st|nd|rd|th|er)?";
const YEAR = "((?:1[89]|20|21)\\d{2})";

/**
 * Words some rules cannot match without, looked for once per text: a rule whose key a text lacks is not run on it (most
 * sentences name no month, no weekday, no span). A key is a part of its rules' sources that every match of theirs holds
 * (read with the same flags, so it matches the same letters), anywhere in the match, or, `atWordStart`, where the rule
 * puts it after a space, an apostrophe or a hyphen, or at its own start (a word start: see recognizeExpressions), and
 * then, with `after`, right after what the rule puts before it (`after` matches there, read backwards). The key then
 * matches the text whenever the rule does: skipping the rule changes nothing.
 */
interface RuleKey {
  pattern: RegExp;
  atWordStart: boolean;
  /** A lookbehind, sticky: tried at each word start where `pattern` matches. */
  after: RegExp | null;
}

function ruleKey(source: string, atWordStart: boolean, after: string | null = null): RuleKey {
  return {
    pattern: new RegExp(source, atWordStart ? "giu" : "iu"),
    atWordStart,
    after: after === null ? null : new RegExp(`(?<=${after})`, "iuy"),
  };
}

function holdsKey(key: RuleKey, text: string): boolean {
  if (!key.atWordStart) return key.pattern.test(text);
  for (const match of matchesAtWordStarts(key.pattern, text)) {
    if (key.after === null) return true;
    key.after.lastIndex = match.index;
    if (key.after.test(text)) return true;
  }
  return false;
}

interface Rule {
  pattern: RegExp;
  build: (groups: (string | undefined)[]) => DateSpec | null;
  key: RuleKey | null;
}

/** A rule matching `source` as whole words: the word start is checked by ../text/word-start.ts (see recognizeExpressions). */
function rule(source: string, build: Rule["build"], key: RuleKey | null = null): Rule {
  return { pattern: new RegExp(`(?:${source})${E}`, "giu"), build, key };
}

function dayOf(word: string | undefined): number | null {
  if (word === undefined) return null;
  if (/^(?:1er|premier)$/iu.test(word)) return 1;
  const day = Number.parseInt(word, 10);
  return day >= 1 && day <= 31 ? day : null;
}

function yearOf(word: string | undefined): number | null {
  return word === undefined ? null : Number(word);
}

function anchorOf(word: string | undefined): Anchor {
  if (word === undefined) return null;
  const w = word.toLowerCase();
  if (/^(?:dernier|dernière|passée?|last|past|previous)$/u.test(w)) return "last";
  if (/^(?:prochain|prochaine|next|(?:this\s+)?coming)$/u.test(w)) return "next";
  if (/^(?:ce|cet|cette|this)$/u.test(w)) return "this";
  return null;
}

const FORWARD = /^(?:d['’]ici|avant|by|before|until|till|to|à|jusqu['’](?:en|à|au)|pour)/iu;

/** English month names that are also common words stand for a month only when capitalised ("this may", "a march"). */
function isEnglishHomonym(month: string): boolean {
  return month === "may" || month === "march";
}

function dateSpec(
  day: string | undefined,
  month: string | undefined,
  year: string | undefined,
  anchor: Anchor,
  forward = false,
): DateSpec | null {
  if (month !== undefined && isEnglishHomonym(month)) return null;
  const m = month === undefined ? null : monthNumber(month);
  if (m === null) return null;
  const d = day === undefined ? null : dayOf(day);
  if (day !== undefined && d === null) return null;
  return { kind: "date", year: yearOf(year), month: m, day: d, anchor, forward };
}

function range(
  d1: string | undefined,
  m1: string | undefined,
  y1: string | undefined,
  d2: string | undefined,
  m2: string | undefined,
  y2: string | undefined,
): DateSpec | null {
  const toMonth = m2 === undefined ? null : monthNumber(m2);
  const fromMonth = m1 === undefined ? toMonth : monthNumber(m1);
  const fromDay = dayOf(d1);
  const toDay = dayOf(d2);
  if (toMonth === null || fromMonth === null || fromDay === null || toDay === null) return null;
  const toYear = yearOf(y2);
  return {
    kind: "range",
    from: { year: yearOf(y1) ?? toYear, month: fromMonth, day: fromDay },
    to: { year: toYear, month: toMonth, day: toDay },
  };
}

/** A range of days of one month listed in order ("les 2 et 3"), not two dates of which the first is later ("le 23 et 3 décembre"). */
function increasingRange(spec: DateSpec | null): DateSpec | null {
  if (spec?.kind !== "range" || spec.from.month !== spec.to.month) return spec;
  return (spec.from.day ?? 0) < (spec.to.day ?? 0) ? spec : null;
}

function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  if (/^(?:jours?|days?)$/u.test(w)) return "day";
  if (/^(?:semaines?|weeks?)$/u.test(w)) return "week";
  if (/^(?:mois|months?)$/u.test(w)) return "month";
  if (/^(?:ans?|années?|years?)$/u.test(w)) return "year";
  return null;
}

const UNIT = "(jours?|semaines?|mois|ans|années|days?|weeks?|months?|years?)";
const LE = "(?:le\\s+|the\\s+)?";
const SEASON = "printemps|été|automne|hiver|spring|summer|autumn|fall|winter";

/** A month's name: each rule holding one puts it at its start or after a space, a hyphen or an apostrophe ("mi-mars", "d'avril"). */
const MONTH_KEY = ruleKey(MONTH, true);
const WEEKDAY_KEY = ruleKey(WEEKDAY, false);
/** The unit of a counted span: right after the count and a space in every rule counting one ("deux semaines"). */
const COUNTED_UNIT_KEY = ruleKey(UNIT, true, `(?:${COUNT})\\s+`);
const YEAR_KEY = ruleKey(YEAR, false);
/** "mois", "month": in every phrase of the rules of a month named by its distance ("fin du mois", "last month"). */
const MONTH_WORD_KEY = ruleKey("mois|month", false);
/** "l'an", "l'année", "d'année", "année", "year": in every phrase of the rules of a year named by its distance. */
const YEAR_WORD_KEY = ruleKey("['’]an|année|year", false);
const WEEK_KEY = ruleKey(`${WEEK}|${BARE_WEEK}|${MIDWEEK}`, false);
const SEASON_KEY = ruleKey(SEASON, false);
/** "le mois", "l'année" before "dernier", "prochain" … */
const MONTH_OR_YEAR_WORD_KEY = ruleKey("mois|['’]année", false);
/** "the new year", "le nouvel an", "la nouvelle année". */
const NEW_YEAR_KEY = ruleKey("new\\s+year|nouvel", false);
const WEEKEND_KEY = ruleKey("week-end|weekend", false);
/** "le 14 courant", "the 14th inst." */
const THIS_MONTH_KEY = ruleKey("courant|inst", false);

const RULES: Rule[] = [
  // Ranges
  rule(
    `(?:du|from|entre\\s+le|between(?:\\s+the)?)\\s+(?:${WEEKDAY}\\s+)?${DAY}(?:\\s+(${MONTH}))?(?:\\s+${YEAR})?\\s+(?:au|et\\s+le|to|and(?:\\s+the)?|until|through|-|–)\\s+(?:${WEEKDAY}\\s+)?${DAY}\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+${YEAR})?`,
    (g) => range(g[1], g[2], g[3], g[4], g[5], g[6]),
    MONTH_KEY,
  ),
  rule(
    `${DAY}\\s*(?:[-–]|(?:au|to|through)(?=\\s))\\s*${DAY}\\s+(${MONTH})(?:,?\\s+${YEAR})?`,
    (g) => increasingRange(range(g[1], undefined, undefined, g[2], g[3], g[4])),
    MONTH_KEY,
  ),
  // Days listed before their month, the first and the last the range: "les 2 et 3 décembre", "on 2 and 3 December",
  // "les mardi 2 et mercredi 3 décembre", "2, 3 and 4 December", "the 2nd and 3rd of December".
  rule(
    `(?:(?:les|on)\\s+)?(?:the\\s+)?(?:${WEEKDAY},?\\s+)?${DAY}(?:\\s*,\\s*(?:${WEEKDAY}\\s+)?${DAY_WORD})*\\s*,?\\s+(?:et|and)\\s+(?:the\\s+)?(?:${WEEKDAY},?\\s+)?${DAY}\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+${YEAR})?`,
    (g) => increasingRange(range(g[1], undefined, undefined, g[2], g[3], g[4])),
    MONTH_KEY,
  ),
  // A weekday range: "du lundi au mercredi", "between Monday and Wednesday", "de lundi à mercredi prochain", "Monday through Friday".
  rule(
    `(?:(?:du|de|entre|from|between)\\s+(${WEEKDAY})\\s+(?:au|à|et|to|and|until|till|through)|(${WEEKDAY})\\s*(?:through|[-–]))\\s*(${WEEKDAY})(?:\\s+(dernier|prochain))?(?!\\s*,?\\s*(?:the\\s+)?\\d)`,
    (g) => {
      const from = weekdayNumber(g[1] ?? g[2] ?? "");
      const to = weekdayNumber(g[3] ?? "");
      return from === null || to === null || from === to ? null : { kind: "weekdayRange", from, to, anchor: anchorOf(g[4]) };
    },
    WEEKDAY_KEY,
  ),
  // Two days in a row: "on Sunday and Monday", "dimanche et lundi", "les lundi et mardi"; two days apart are two dates.
  rule(
    `(?:(?:on|les)\\s+)?(${WEEKDAY})\\s+(?:and|et)\\s+(?:on\\s+)?(${WEEKDAY})(?!\\s*,?\\s*(?:the\\s+)?\\d)`,
    (g) => {
      const from = weekdayNumber(g[1] ?? "");
      const to = weekdayNumber(g[2] ?? "");
      return from === null || to === null || (from + 1) % 7 !== to ? null : { kind: "weekdayRange", from, to, anchor: null };
    },
    WEEKDAY_KEY,
  ),
  rule(
    `(?:from\\s+|between\\s+)?(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+${DAY}\\s*(?:[-–]|to|and|until|through)\\s*(?:(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+)?${DAY}(?:,?\\s+${YEAR})?`,
    (g) => range(g[2], g[1], undefined, g[4], g[3] ?? g[1], g[5]),
    MONTH_KEY,
  ),
  // Day and month, French and English orders, with weekday, year, dernier/prochain
  rule(
    `${LE}(?:${WEEKDAY},?\\s+)?${LE}${DAY}\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+${YEAR})?(?:\\s+(dernier|prochain))?`,
    (g) => dateSpec(g[1], g[2], g[3], anchorOf(g[4])),
    MONTH_KEY,
  ),
  rule(
    `(?:(last|next|this)\\s+)?(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+${DAY}(?:,?\\s+${YEAR})?`,
    (g) => dateSpec(g[3], g[2], g[4], anchorOf(g[1])),
    MONTH_KEY,
  ),
  // A day of the publication's month: "le 14 courant", "the 14th inst."
  rule(
    `${LE}${DAY}\\s+(?:courant|inst\\.?)`,
    (g) => {
      const day = dayOf(g[1]);
      return day === null ? null : { kind: "dayOfThisMonth", day };
    },
    THIS_MONTH_KEY,
  ),
  // Parts of a month
  rule(
    `(?:(d['’]ici|avant|by|before)\\s+)?(?:(?:au|en|à\\s+la|dès|dès\\s+la|in|the)\\s+)?(début|mi|fin|early|mid|late|end\\s+of|beginning\\s+of|start\\s+of)[\\s-]+(?:du\\s+mois\\s+d['’]|du\\s+mois\\s+de\\s+|de\\s+|d['’])?(${MONTH})(?:\\s+${YEAR})?`,
    (g) => dateSpec(undefined, g[3], g[4], null, g[1] !== undefined),
    MONTH_KEY,
  ),
  // Parts of the current, next or last month: "fin du mois", "début du mois prochain", "end of next month"
  rule(
    `(?:(?:d['’]ici|avant|by|before)\\s+)?(?:(?:à\\s+la|la|au|en|the|at\\s+the)\\s+)?(?:début|mi|fin|milieu|early|mid|late|end|beginning|start)[\\s-]+(?:du\\s+mois(?:\\s+(prochain|dernier))?|de\\s+ce\\s+mois|of\\s+(?:the|this)\\s+month|of\\s+(next|last)\\s+month)`,
    (g) => relative("month", g[1] ?? g[2]),
    MONTH_WORD_KEY,
  ),
  // A month of last or next year: "in August last year", "on March 3 next year", "en mars de l'année dernière", "en mars l'an prochain"
  rule(
    `(?:(?:in|en|on|le)\\s+)?(?:${DAY}\\s+)?(${FULL_MONTH})(?:\\s+${DAY})?,?\\s+(?:(?:of\\s+)?(last|next)\\s+year|(?:de\\s+)?l['’]an(?:née)?\\s+(dernière?|prochaine?|passée?))`,
    (g) => {
      const month = g[2] === undefined ? null : monthNumber(g[2]);
      if (month === null || (g[2] !== undefined && isEnglishHomonym(g[2]))) return null;
      const dayWord = g[1] ?? g[3];
      const day = dayWord === undefined ? null : dayOf(dayWord);
      if (dayWord !== undefined && day === null) return null;
      return { kind: "monthOfRelativeYear", month, day, offset: anchorOf(g[4] ?? g[5]) === "next" ? 1 : -1 };
    },
    MONTH_KEY,
  ),
  // Months after a preposition, or with dernier/prochain, or with a year
  rule(
    `(?:(en|au\\s+mois\\s+d['’]|au\\s+mois\\s+de|(?:dans\\s+le\\s+)?courant\\s+du\\s+mois\\s+de|(?:dans\\s+le\\s+)?courant\\s+du\\s+mois\\s+d['’]|depuis|dès|d['’]ici|avant|courant|jusqu['’](?:en|à|au\\s+mois\\s+de)|à|pour|in|since|by|until|till|to|for|before|during|last|next|this)\\s+)(${FULL_MONTH})(?!\\s+\\d{1,2}(?!\\d))(?:\\s+${YEAR})?(?:\\s+(dernier|prochain))?`,
    (g) => dateSpec(undefined, g[2], g[3], anchorOf(g[4]) ?? anchorOf(g[1]), g[1] !== undefined && FORWARD.test(g[1])),
    MONTH_KEY,
  ),
  rule(`(${FULL_MONTH})\\s+(?:${YEAR}|(dernier|prochain))`, (g) => dateSpec(undefined, g[1], g[2], anchorOf(g[3])), MONTH_KEY),
  // Parts of a year: "fin 2025", "mi-2026", "early 2027", "d'ici la mi-2030"
  rule(
    `(?:(d['’]ici|avant|by|before)\\s+)?(?:(?:la|the|en|in|à\\s+la)\\s+)?(?:début|mi|fin|milieu|early|mid|late|end\\s+of|beginning\\s+of|start\\s+of)[\\s-]+(?:(?:de\\s+)?l['’]année\\s+)?${YEAR}`,
    (g) => ({ kind: "year", year: Number(g[2]), forward: g[1] !== undefined }),
    YEAR_KEY,
  ),
  // Halves and quarters of a year: "au premier semestre 2027", "in the first half of 2027", "second quarter of 2027", "Q3 2027"
  rule(
    `(?:(?:au|le|du|dans\\s+le|in\\s+the|the|by\\s+the)\\s+)?(?:(?:premier|second|deuxième|troisième|quatrième)\\s+(?:semestre|trimestre)(?:\\s+de)?|(?:first|second|third|fourth|1st|2nd|3rd|4th)\\s+(?:half|quarter)(?:\\s+of)?|[HQ][1-4])\\s+${YEAR}`,
    (g) => ({ kind: "year", year: Number(g[1]), forward: false }),
    YEAR_KEY,
  ),
  // Seasons
  rule(
    `(?:(d['’]ici|avant|by|before)\\s+)?(?:(ce|cet|cette|l['’]|le|au|à\\s+l['’]|en|this|next|last|in(?:\\s+the)?|the)\\s*)?(${SEASON})(?:\\s+(prochain|dernier|${YEAR.slice(1, -1)}))?`,
    (g) => {
      const season = (g[3] ?? "").toLowerCase();
      const month = /printemps|spring/u.test(season) ? 3 : /été|summer/u.test(season) ? 6 : /automne|autumn|fall/u.test(season) ? 9 : 12;
      const tail = g[4];
      const year = tail !== undefined && /^\d{4}$/u.test(tail) ? Number(tail) : null;
      if (g[1] === undefined && g[2] === undefined && year === null) return null; // "avait été", "prices fall": a season needs its article or year
      return { kind: "season", month, year, anchor: anchorOf(tail) ?? anchorOf(g[2]), forward: g[1] !== undefined };
    },
    SEASON_KEY,
  ),
  // Years
  rule(
    `(en|d['’]ici(?:\\s+à)?|d['’]ici\\s+l['’]an|avant|depuis|dès|jusqu['’]en|pour|in|by|since|until|before|through|l['’]année|l['’]an)\\s+${YEAR}`,
    (g) => ({ kind: "year", year: Number(g[2]), forward: FORWARD.test(g[1] ?? "") }),
    YEAR_KEY,
  ),
  // The year, relative
  rule(
    `(?:(avant|d['’]ici|by|before|until)\\s+)?(?:la\\s+|the\\s+)?(fin|début|milieu|mi|end|beginning|start|middle)[\\s-]+(?:de\\s+l['’]année|de\\s+l['’]an|d['’]année|of\\s+(?:the|this)\\s+year)(?:\\s+(prochaine?|dernier|dernière|passée?))?`,
    (g) => ({
      kind: "yearRelative",
      offset: anchorOf(g[3]) === "next" ? 1 : anchorOf(g[3]) === "last" ? -1 : 0,
      forward: g[1] !== undefined,
    }),
    YEAR_WORD_KEY,
  ),
  rule(
    `(?:(plus\\s+tard|later|earlier|plus\\s+tôt)\\s+)?(?:cette\\s+année|this\\s+year)`,
    (g) => ({
      kind: "yearRelative",
      offset: 0,
      forward: g[1] !== undefined && /^(?:plus\s+tard|later)/iu.test(g[1]),
    }),
    YEAR_WORD_KEY,
  ),
  // "deferred until the new year", "reporté après le nouvel an": next year, ahead.
  rule(
    `(?:until|in|into|after|till|by|à|après|pour)\\s+(?:the\\s+new\\s+year|le\\s+nouvel\\s+an|la\\s+nouvelle\\s+année)(?!['’\\p{L}])`,
    () => ({
      kind: "yearRelative",
      offset: 1,
      forward: true,
    }),
    NEW_YEAR_KEY,
  ),
  rule(
    `(?:l['’]an(?:née)?\\s+(prochaine?|dernière?|passée?)|(next|last)\\s+year)`,
    (g) => ({
      kind: "yearRelative",
      offset: anchorOf(g[1] ?? g[2]) === "next" ? 1 : -1,
      forward: anchorOf(g[1] ?? g[2]) === "next",
    }),
    YEAR_WORD_KEY,
  ),
  // Relative days, weeks, months
  rule(`(avant-hier|après-demain|hier|aujourd['’]hui|demain|yesterday|today|tomorrow)`, (g) => {
    const w = (g[1] ?? "").toLowerCase();
    const amount = /avant-hier/u.test(w)
      ? -2
      : /après-demain/u.test(w)
        ? 2
        : /hier|yesterday/u.test(w)
          ? -1
          : /demain|tomorrow/u.test(w)
            ? 1
            : 0;
    return { kind: "offset", unit: "day", amount };
  }),
  // A part of publication's own day: "ce matin", "this morning", "tonight" (not "ce matin-là", the story's: see THAT_TIME).
  rule(TODAY_PART, () => ({ kind: "offset", unit: "day", amount: 0 })),
  // Days counted from the story's own day: "la veille", "le lendemain", "the next day", "two days later", "dans la soirée", "later that day";
  // "la veille du sommet", "the day after the vote" count from something else and are left alone.
  rule(
    `(l['’]avant-veille|la\\s+veille|le\\s+surlendemain|le\\s+lendemain|le\\s+même\\s+jour|le\\s+jour\\s+même|le\\s+soir\\s+même|dans\\s+la\\s+soirée|plus\\s+tard\\s+dans\\s+la\\s+journée|later\\s+that\\s+day|later\\s+in\\s+the\\s+day|earlier\\s+that\\s+day|that\\s+morning|that\\s+afternoon|that\\s+evening|that\\s+same\\s+day|the\\s+same\\s+evening|the\\s+same\\s+day|the\\s+day\\s+before|the\\s+previous\\s+day|the\\s+day\\s+after|the\\s+next\\s+day|the\\s+following\\s+day)(?!\\s+(?:(?:de|du|des|of|the|as)(?![\\p{L}])|d['’]))`,
    (g) => ({ kind: "storyDay", days: storyDayOffset(g[1] ?? "") }),
  ),
  // Days counted from an event the text names after them, told before: "la veille du sommet", "the day after the signing".
  rule(`(${DAY_OF_EVENT})(?=\\s+${DAY_OF_EVENT_LINK}\\s*[\\p{L}])`, (g) => ({ kind: "toldEventDay", days: storyDayOffset(g[1] ?? "") })),
  // What the story's present comes a span after or before: "The talks come two weeks after X met Y", "Ce déplacement
  // intervient deux mois après la visite de X", "trois semaines avant le sommet", "a day after", "une semaine après"; the span's words in the calendar
  // packs. With no word after it ("il est reparti deux jours après") a span of days is the story-day rule's below.
  rule(
    `(${COUNT})\\s+(jours?|semaines?|mois|ans?|années?|days?|weeks?|months?|years?)\\s+(${SPAN_AFTER}|${SPAN_BEFORE})(?=\\s+[\\p{L}])(?!\\s+(?:que|qu['’]|than|that|this|which|cela|ça)(?![\\p{L}]))`,
    (g) => {
      const span = counted(g[1], g[2], new RegExp(`^(?:${SPAN_AFTER})$`, "iu").test(g[3] ?? "") ? -1 : 1);
      return span?.kind === "offset" ? { kind: "spanFromNow", unit: span.unit, amount: span.amount } : null;
    },
    COUNTED_UNIT_KEY,
  ),
  rule(
    `(${COUNT})\\s+(jours|days)\\s+(plus\\s+tard|après|later|plus\\s+tôt|auparavant|earlier|before)(?![\\p{L}])(?!\\s+(?:de|du|des|d['’]|than|que))`,
    (g) => {
      const amount = g[1] === undefined ? null : countNumber(g[1]);
      if (amount === null || amount > 60) return null;
      return { kind: "storyDay", days: /^(?:plus\s+tard|après|later)$/iu.test(g[3] ?? "") ? amount : -amount };
    },
    COUNTED_UNIT_KEY,
  ),
  rule(
    `(?:le\\s+mois|l['’]année)\\s+(dernier|passé|prochain|dernière|passée|prochaine)`,
    (g) => relative(g[0] ?? "", g[1]),
    MONTH_OR_YEAR_WORD_KEY,
  ),
  rule(`(last|next|this|ce)\\s+(month|mois(?:-ci)?)`, (g) => relative(g[2] ?? "", g[1]), MONTH_WORD_KEY),
  // Weeks and their parts, the words in the language packs: "la semaine prochaine", "later this week", "en fin de semaine",
  // "early next week", "midweek"; a bare week followed by what it is the week of ("la semaine du 7", "the week of talks") is not this one.
  rule(
    `(?:(${WEEK_PART})(?:(${WEEK})|(${BARE_WEEK})(?!\\s+(?:(?:qui|du|de|des|of|that|before|after|ahead|suivante|précédente|following|previous|preceding)(?![\\p{L}])|d['’])))|(${WEEK})|(${MIDWEEK}))`,
    (g) => weekSpec(g[1], g[2] ?? g[4], g[3] !== undefined, g[5] !== undefined),
    WEEK_KEY,
  ),
  rule(
    `(?:il\\s+y\\s+a\\s+(${COUNT})\\s+${UNIT})|(?:(${COUNT})\\s+${UNIT}\\s+ago)`,
    (g) => counted(g[1] ?? g[3], g[2] ?? g[4], -1),
    COUNTED_UNIT_KEY,
  ),
  rule(`(?:dans|in)\\s+(${COUNT})\\s+${UNIT}`, (g) => counted(g[1], g[2], 1), COUNTED_UNIT_KEY),
  rule(
    `(?:dans\\s+les\\s+(?:prochains\\s+jours|prochaines\\s+semaines|jours\\s+à\\s+venir|semaines\\s+à\\s+venir)|prochainement|in\\s+the\\s+(?:coming|next\\s+few)\\s+(?:days|weeks))`,
    () => ({ kind: "soon" }),
  ),
  // A weekday and a day of the month, the month left to the reader: "jeudi 5", "Thursday the 5th"
  rule(
    `(${WEEKDAY})\\s+(?:the\\s+)?${DAY}(?!\\s*(?:${MONTH}|of\\s|\\d|[h:/.,]\\s*\\d|heures?|h(?![\\p{L}])))`,
    (g) => {
      const weekday = weekdayNumber(g[1] ?? "");
      const day = dayOf(g[2]);
      return weekday === null || day === null ? null : { kind: "weekdayDay", weekday, day };
    },
    WEEKDAY_KEY,
  ),
  // The weekend, read as its Saturday: "ce week-end", "le week-end dernier", "over the weekend", "next weekend"
  rule(
    `(ce|le|this|last|next|over\\s+the|the)\\s+(?:week-end|weekend)(?:\\s+(dernier|prochain))?`,
    (g) => ({
      kind: "weekday",
      weekday: 6,
      anchor:
        anchorOf(g[2]) ?? (/^(?:last|next)$/iu.test(g[1] ?? "") ? anchorOf(g[1]) : /^(?:ce|this)$/iu.test(g[1] ?? "") ? "this" : null),
    }),
    WEEKEND_KEY,
  ),
  // A weekday as a deadline, ahead of publication whatever the tense: "by Friday", "d'ici vendredi", "gave Tehran until
  // Friday to respond", "ont jusqu'à vendredi pour répondre"; the words in the calendar packs.
  rule(
    `(?:(?:${WEEKDAY_DEADLINE})\\s+(${WEEKDAY})|(?:${WEEKDAY_UNTIL})\\s+(${WEEKDAY})(?=\\s+(?:${UNTIL_PURPOSE})\\s))(?!\\s+(?:the\\s+)?\\d)`,
    (g) => {
      const weekday = weekdayNumber(g[1] ?? g[2] ?? "");
      return weekday === null ? null : { kind: "weekday", weekday, anchor: "ahead" };
    },
    WEEKDAY_KEY,
  ),
  // Weekdays
  rule(
    `(?:(ce|last|next|this|on|(?:this\\s+)?coming)\\s+)?(${WEEKDAY})(?:\\s+(dernier|prochain))?(?!\\s+(?:the\\s+)?\\d{1,2}(?!\\d)(?:er|st|nd|rd|th)?(?!\\s*(?:h(?![\\p{L}])|heures?|:|\\.\\d|[ap]\\.?m)))`,
    (g) => {
      const weekday = weekdayNumber(g[2] ?? "");
      return weekday === null ? null : { kind: "weekday", weekday, anchor: anchorOf(g[3]) ?? anchorOf(g[1]) };
    },
    WEEKDAY_KEY,
  ),
];

function storyDayOffset(phrase: string): number {
  const p = phrase.toLowerCase();
  if (/avant-veille/u.test(p)) return -2;
  if (/surlendemain/u.test(p)) return 2;
  if (/veille|before|previous/u.test(p)) return -1;
  if (/même|same|soirée|journée|that|in the day/u.test(p)) return 0;
  return 1;
}

/** The week a phrase names: its distance from publication's week and the part of it the words before it say. */
function weekSpec(partWords: string | undefined, weekWords: string | undefined, bare: boolean, midweek: boolean): DateSpec | null {
  if (midweek) return { kind: "week", offset: 0, part: "middle" };
  const part = partWords === undefined ? "whole" : weekPart(partWords);
  if (part === null) return null;
  if (bare) return { kind: "week", offset: null, part };
  const offset = weekWords === undefined ? null : weekDistance(weekWords);
  return offset === null ? null : { kind: "week", offset, part };
}

function relative(unitWord: string, anchorWord: string | undefined): DateSpec | null {
  const unit = /semaine|week/iu.test(unitWord)
    ? "week"
    : /mois|month/iu.test(unitWord)
      ? "month"
      : /ann|year/iu.test(unitWord)
        ? "year"
        : null;
  if (unit === null) return null;
  const anchor = anchorOf(anchorWord);
  return { kind: "offset", unit, amount: anchor === "last" ? -1 : anchor === "next" ? 1 : 0 };
}

/** French counts days by the week with one more: "dans huit jours" is in a week, "dans quinze jours" in two. */
const FRENCH_WEEK_DAYS: Readonly<Record<string, number>> = { huit: 7, quinze: 14 };

function counted(countWord: string | undefined, unitWord: string | undefined, sign: 1 | -1): DateSpec | null {
  const unit = unitWord === undefined ? null : unitOf(unitWord);
  const weekDays = unit === "day" && countWord !== undefined ? FRENCH_WEEK_DAYS[countWord.toLowerCase()] : undefined;
  const amount = weekDays ?? (countWord === undefined ? null : countNumber(countWord));
  if (amount === null || unit === null || amount > 400) return null;
  return { kind: "offset", unit, amount: sign * amount };
}

/** Words at least one rule needs: a sentence without any of them holds no expression. */
const TRIGGER = new RegExp(
  `\\d|${B}(?:${TODAY_PART}|${MONTH}|${WEEKDAY}|hier|demain|aujourd['’]hui|veille|lendemain|surlendemain|soirée|journée|soir|semaines?|mois|ann[ée]es?|an|ans|prochaine?s?|prochainement|venir|jours?|` +
    `yesterday|today|tomorrow|morning|afternoon|evening|weeks?|months?|years?|days?|coming|printemps|été|automne|hiver|spring|summer|autumn|fall|winter|week-end|weekend|midweek)${E}`,
  "iu",
);

/** A suffix that makes "this week" that week, of the story ("cette semaine-là", "ce mardi-là"); the words in the calendar packs. */
const THAT_TIME = new RegExp(`^(?:${THAT_TIME_SUFFIX})(?![\\p{L}])`, "iu");

/**
 * Every expression the rules find in `text`, overlapping ones included. `everyRule` reads the text with every rule,
 * their keys aside: the same expressions, more slowly (the tests compare both).
 */
export function recognizeExpressions(text: string, everyRule = false): Recognized[] {
  if (!TRIGGER.test(text)) return [];
  const found: Recognized[] = [];
  const keyHeld = new Map<RuleKey, boolean>();
  for (const { pattern, build, key } of RULES) {
    if (key !== null && !everyRule) {
      let held = keyHeld.get(key);
      if (held === undefined) {
        held = holdsKey(key, text);
        keyHeld.set(key, held);
      }
      if (!held) continue;
    }
    for (const match of matchesAtWordStarts(pattern, text)) {
      const end = match.index + match[0].length;
      if (THAT_TIME.test(text.slice(end, end + 8))) continue; // "cette semaine-là": the story's week, not publication's
      const spec = build([...match]);
      if (spec !== null) found.push({ start: match.index, end, spec });
    }
  }
  return found;
}
