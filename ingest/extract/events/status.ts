/**
 * Whether an event mention tells what happened, what is planned, what was called off, or no
 * event at all: an ordered list of small named rules, the first that decides wins.
 *   calledOffByNegation  "ne se rendra plus", "n'a finalement pas fait le déplacement", "will not … after all" → cancelled
 *   negated          "n'a pas rencontré", "n'a toujours pas rencontré", "did not sign", "has yet to meet", "aucune visite" → no event
 *   calledOff        "a annulé sa visite", "the summit was called off", "will not go ahead" → cancelled
 *   postponed        "la réunion a été reportée" (no new date)                     → cancelled; with a date → planned
 * (A planned event's date is the new one when put off to it, or moved by a later clause: changedPlanDate.)
 *   calledOffAfterContrast  "X devait rencontrer Y, mais cette étape a été annulée"   → cancelled
 *   habitual         "des visites régulières", "regular visits"                    → no event
 *   possibleAfter    "a visit to X is being considered", "une rencontre n'est pas exclue" → planned
 *   undatedWish      "souhaitait rencontrer Y, sans avancer de date", "hopes to meet Y, no date has been set" → no event
 *   modal            "veut rencontrer", "could visit", "invitation to visit"        → planned
 *   invitation       "a invité le chancelier allemand Y à se rendre à Paris"         → planned
 *   purposeOfPlan    "was scheduled to visit X to meet Y"                            → planned
 *   plannedMarker    "doit se rendre", "is expected to", "prochain sommet"          → planned
 *   futureDate       a date after publication                                       → planned
 *   scheduledToday   "On Tuesday he travels to Riga" on that Tuesday, "reçoit ce mardi" → planned
 *   futureTense      the trigger's own clause in the future (a relative clause keeps its own tense) → planned
 *   aheadOf          "ahead of a summit", "en prévision du sommet", "met Y before the summit", with no past date of its own → planned
 * Otherwise the event occurred.
 */
import type { EventStatus, IsoDate } from "../../../src/model/extraction.js";
import type { Sentence, TemporalExpression } from "../../../src/model/document.js";
import type { ExtractionContext } from "../context.js";
import type { PhraseFinder } from "../lexicon.js";
import { blankSpans, clauseAround, findIn, type Span } from "../spans.js";
import type { EventCues } from "./cues.js";
import { packFor } from "../../lang/registry.js";
import { isStorySentence } from "../context.js";
import { qualifiesTrigger, relativeClauseOnNoun, relativeClauses, reportingZones } from "./scope.js";
import { datesLaterEvent } from "./dating.js";
import { laterEventHolding } from "./later-event.js";

/** A status, or "none" when the mention tells no event (negated, a habit). */
export type StatusVerdict = EventStatus | "none";

export interface StatusInput {
  ctx: ExtractionContext;
  cues: EventCues;
  /** The sentence's index and span. */
  index: number;
  sentence: Span;
  trigger: Span;
  date: TemporalExpression | null;
}

export interface StatusRule {
  name: string;
  decide(input: StatusInput): StatusVerdict | null;
}

export function laterThanPublication(date: IsoDate, published: IsoDate | null): boolean {
  if (!published) return false;
  const n = Math.min(date.length, published.length);
  return date.slice(0, n) > published.slice(0, n);
}

export function earlierThanPublication(date: IsoDate, published: IsoDate | null): boolean {
  if (!published) return false;
  const n = Math.min(date.length, published.length);
  return date.slice(0, n) < published.slice(0, n);
}

/** A word; an elided article or preposition ("d'", "l'", "qu'") is a word of its own, before a name ("d'Emmanuel Macron"). */
const WORD = /\p{L}{1,2}['’](?=\p{L})|[\p{L}\p{N}'’-]+/gu;
const PUNCTUATION = /[,;:.!?()«»"“”—–]/;

/** Initialisms written with periods ("U.S.", "É.-U."): words, not sentence punctuation. */
const INITIALISM = /(?<![\p{L}])(?:\p{Lu}\.-?){2,}/gu;

/** The words of a gap, or null when punctuation breaks it. */
function gapWords(text: string): string[] | null {
  const words = text.replace(INITIALISM, (m) => m.replace(/[.-]/gu, ""));
  if (PUNCTUATION.test(words)) return null;
  return words.match(WORD) ?? [];
}

/** A cue ending at most `maxWords` words before the trigger, nothing but words between. */
function cueRightBefore(ctx: ExtractionContext, finder: PhraseFinder, sentence: Span, trigger: Span, maxWords: number): boolean {
  const from = Math.max(sentence.start, trigger.start - 80);
  return findIn(finder, ctx.text, from, trigger.start).some((h) => {
    const words = gapWords(ctx.text.slice(h.end, trigger.start));
    return words !== null && words.length <= maxWords;
  });
}

/** A preposition opening the event noun's complement ("la visite du ministre", "the meeting of the allies"). */
/** Words that join a clause, not a complement: "a trip to Riyadh and the talks were cancelled". */
const CLAUSE_LINKS = /^(?:and|et|but|mais|or|ou|while|alors|then|puis)$/iu;
const COMPLEMENT = /^(?:de|du|des|d'|d’|of|by|between|entre|with|avec|to|à|au|aux|en|in)$/iu;

/** Names joined by hyphens right after the noun are its complement ("le sommet UE-Chine prévu à Bruxelles a été reporté"). */
const JOINED_NAMES = /^\s+N\s*[-‐‑–]\s*N/u;

/** Most words of the noun's complement between it and a cue ("the visit by the U.S. defence secretary to Oslo this month"). */
const MAX_COMPLEMENT_WORDS = 12;
/** The same past a relative clause on the noun, its subjects' titles told in full ("que devaient effectuer le ministre délégué chargé de …, X, et …"). */
const MAX_RELATIVE_COMPLEMENT_WORDS = 24;

/** How far after the trigger a status cue is looked for (characters), and past a relative clause on the noun. */
const CUE_REACH = 200;
const CUE_REACH_PAST_RELATIVE = 320;

/** Most words before the participle of a plan in the noun's complement ("UE-Afrique prévu", "initially planned"). */
const WORDS_BEFORE_PLANNED_PARTICIPLE = 2;

/**
 * "le sommet UE-Afrique prévu en février a été annulé", "the summit planned for February was postponed": the
 * noun's complement is the participle telling when and where it was to be held.
 */
function heldAsPlanned(cues: EventCues, complement: readonly string[]): boolean {
  return complement.slice(0, WORDS_BEFORE_PLANNED_PARTICIPLE + 1).some((w) => isPlannedParticiple(cues, w));
}

/** Whether a word is a plan's participle ("prévue", "scheduled"). */
function isPlannedParticiple(cues: EventCues, word: string): boolean {
  return cues.plannedParticiples.findAll(word).some((h) => h.start === 0 && h.end === word.length);
}

/** "la réunion ministérielle, qui devait se tenir à Abidjan, a été annulée": one adjective after the noun. */
function oneAdjective(complement: readonly string[]): boolean {
  const word = complement[0] ?? "";
  return complement.length === 1 && /^\p{Ll}/u.test(word) && !CLAUSE_LINKS.test(word);
}

/** A phrase told aside, between two commas ("…, initialement prévue la semaine prochaine, …"). */
const ASIDE = /,[^,;:.!?()«»"“”]*,/u;

/** `out` (the text from `from`) with each span inside it written as one word (`word`), offsets kept. */
function spansAsWord(out: string, from: number, spans: readonly Span[], word: string): string {
  let masked = out;
  for (const m of spans) {
    if (m.start < from || m.end > from + out.length || m.end - m.start < word.length) continue;
    masked = masked.slice(0, m.start - from) + word + " ".repeat(m.end - m.start - word.length) + masked.slice(m.end - from);
  }
  return masked;
}

/**
 * text[from, to) with each name or title inside it written as one word ("N"), and each date as one word ("D"): the
 * period of an abbreviated month ("set for Dec. 9", "prévue le 9 déc.") is no sentence punctuation.
 */
function namesAsWords(text: string, from: number, to: number, named: readonly Span[], dates: readonly Span[]): string {
  const out = spansAsWord(spansAsWord(text.slice(from, to), from, dates, "D"), from, named, "N");
  // A list of names: "X, Y and Z"; a name and its acronym between brackets: "the Gulf Cooperation Council (GCC)".
  return out.replace(/N(\s*),(?=\s*N)/gu, "N$1 ").replace(/N(\s*)\((\s*)N(\s*)\)/gu, (m) => "N" + " ".repeat(m.length - 1));
}

/** The gap with its asides told between commas taken out, one after another ("…, Assaad X, prévue mercredi, a été"). */
function withoutAsides(gap: string): string {
  let out = gap;
  for (let next = out.replace(ASIDE, ","); next !== out; next = out.replace(ASIDE, ",")) out = next;
  return out === gap ? gap : out.replace(/,/gu, " ");
}

/** Each document's sentence starts, read once: the extraction never changes a document's sentences. */
const sentenceByStart = new WeakMap<readonly Sentence[], ReadonlyMap<number, number>>();
/** `sentences.findIndex((x) => x.start === start)`, looked up: the first sentence that starts there wins, as in the scan. */
function sentenceStartingAt(sentences: readonly Sentence[], start: number): number {
  let byStart = sentenceByStart.get(sentences);
  if (!byStart) {
    const first = new Map<number, number>();
    sentences.forEach((x, i) => {
      if (!first.has(x.start)) first.set(x.start, i);
    });
    byStart = first;
    sentenceByStart.set(sentences, first);
  }
  return byStart.get(start) ?? -1;
}

/**
 * A cue after the trigger with only auxiliaries and adverbs between, past the noun's own
 * complement and asides between commas ("la visite du ministre a finalement été annulée", "the
 * planned visit by the defence secretary to Oslo this month was postponed", "la visite au Maroc
 * du ministre, initialement prévue lundi, a été annulée"): the cue's span, or null.
 */
function cueAfter(ctx: ExtractionContext, cues: EventCues, finder: PhraseFinder, sentence: Span, trigger: Span): Span | null {
  // Farther past a relative clause on the noun, whose subjects may be told with their titles in full.
  const reach = relativeClauseOnNoun(ctx, cues, trigger.end, sentence.end) ? CUE_REACH_PAST_RELATIVE : CUE_REACH;
  const to = Math.min(sentence.end, trigger.end + reach);
  // An auxiliary or an adverb of one to three words ("a", "été", "finalement", "en revanche", "de nouveau").
  const isAuxiliary = (phrase: string) => cues.auxiliaries.findAll(phrase).some((a) => a.start === 0 && a.end === phrase.length);
  const auxiliaryEndingAt = (words: readonly string[], k: number): number => {
    for (let n = Math.min(3, k); n >= 1; n--) if (isAuxiliary(words.slice(k - n, k).join(" "))) return n;
    return 0;
  };
  // Names and titles in the complement count as one word each ("between Japanese Prime Minister Sanae Takaichi, … and …").
  const i = sentenceStartingAt(ctx.sentences, sentence.start);
  const named: Span[] = [...(ctx.mentionsBySentence[i] ?? []), ...(ctx.titlesBySentence[i] ?? [])];
  const dates = i >= 0 ? ctx.temporal(i) : [];
  const triggerWords = gapWords(ctx.text.slice(trigger.start, trigger.end)) ?? [];
  const hit = findIn(finder, ctx.text, trigger.end, to).find((h) => {
    // An aside between commas is the noun's ("the visit by X to Dhaka, scheduled for next week, has been cancelled").
    const masked = namesAsWords(ctx.text, trigger.end, h.start, named, dates);
    // A relative clause on the noun, its subject's apposition included ("la visite que devait effectuer le ministre, X, …").
    const relative = relativeClauseOnNoun(ctx, cues, trigger.end, h.start) !== null;
    const words = gapWords(relative ? withoutAsides(masked).replace(/,/gu, " ") : withoutAsides(masked));
    if (words === null) return false;
    let k = words.length;
    for (let n = auxiliaryEndingAt(words, k); n > 0; n = auxiliaryEndingAt(words, k)) k -= n;
    // "la visite prévue au Koweït", "the visit scheduled for next week": the plan's participle opens the noun's complement.
    let opening = 0;
    while (opening < k && isPlannedParticiple(cues, words[opening] ?? "")) opening++;
    const complement = words.slice(opening, k);
    // Past a complement, the cue must follow an auxiliary ("… was postponed"), or be a finite verb itself
    // ("… n'a finalement pas eu lieu", "… ne se tiendra pas"), as a verb of the noun's own clause.
    const cueWords = gapWords(ctx.text.slice(h.start, h.end)) ?? [];
    const finiteCue =
      isAuxiliary(cueWords[0] ?? "") ||
      /^n['’]/u.test(cueWords[0] ?? "") ||
      isWhole(cues.negationBeforeVerb, cueWords[0] ?? "") ||
      isWhole(cues.modality, cueWords[0] ?? "");
    // "trip to Riyadh … was cancelled": a trigger ending on its preposition opens the complement itself.
    const opensComplement = COMPLEMENT.test(triggerWords.at(-1) ?? "") && !complement.some((w) => CLAUSE_LINKS.test(w));
    return (
      complement.length === 0 ||
      (complement.length <= (relative ? MAX_RELATIVE_COMPLEMENT_WORDS : MAX_COMPLEMENT_WORDS) &&
        (k < words.length || finiteCue) &&
        (opening > 0 ||
          relative ||
          opensComplement ||
          JOINED_NAMES.test(masked) ||
          COMPLEMENT.test(complement[0] ?? "") ||
          heldAsPlanned(cues, complement) ||
          oneAdjective(complement)))
    );
  });
  return hit ?? null;
}

/**
 * The text that speaks for the trigger: its own relative clause when it lies in one,
 * otherwise the sentence with the relative clauses that do not hold it blanked out (offsets
 * kept, relative to the sentence start).
 */
function ownScope(ctx: ExtractionContext, sentence: Span, trigger: Span): string {
  const clauses = relativeClauses(ctx, sentence, trigger).filter((c) => !qualifiesTrigger(ctx, c, trigger));
  const holding = clauses.filter((c) => c.start <= trigger.start && trigger.end <= c.end).sort((a, b) => b.start - a.start)[0];
  const text = ctx.text.slice(sentence.start, sentence.end);
  if (holding) {
    return " ".repeat(holding.start - sentence.start) + ctx.text.slice(holding.start, holding.end) + " ".repeat(sentence.end - holding.end);
  }
  let masked = text;
  for (const c of clauses) {
    const from = c.start - sentence.start;
    const to = c.end - sentence.start;
    masked = masked.slice(0, from) + " ".repeat(to - from) + masked.slice(to);
  }
  return masked;
}

/** The window where a planned-marker makes the trigger planned: its clause, not too far. */
function statusWindow(ctx: ExtractionContext, sentence: Span, trigger: Span): Span {
  const clause = clauseAround(ctx.text, sentence.start, sentence.end, trigger.start);
  return { start: Math.max(clause.start, trigger.start - 70), end: Math.min(Math.max(clause.end, trigger.end), trigger.end + 45) };
}

/**
 * "X ne se rendra plus à Séoul", "X ne se rendra finalement pas à Séoul", "X will no longer travel to Seoul", "X
 * will not travel to Seoul after all": a plan told negated so is called off, not an event that never was.
 */
/** Most words between a verb of staying away and the event's noun ("did not attend Tuesday's NATO summit"). */
const ABSENCE_REACH_WORDS = 4;

/**
 * "X did not attend the meeting", "X n'a pas assisté à la réunion": the negation is X's staying away (events.ts
 * takes X out of the participants), not the event's; the event itself took place, or is planned, as told otherwise.
 */
function staysAway({ ctx, cues, sentence, trigger }: StatusInput): boolean {
  return cueRightBefore(ctx, cues.absenceVerbs, sentence, trigger, ABSENCE_REACH_WORDS);
}

const calledOffByNegation: StatusRule = {
  name: "calledOffByNegation",
  decide: (input) => {
    const { ctx, cues, sentence, trigger } = input;
    if (cueRightBefore(ctx, cues.callingOffBefore, sentence, trigger, 2)) return "cancelled";
    if (staysAway(input)) return null;
    // "n'a finalement pas fait le déplacement": the adverb inside the negation before the verb.
    const around = negationBeforeVerb(ctx, cues, sentence, trigger);
    if (around && findIn(cues.callingOffNegation, ctx.text, around.start, around.end).some((h) => h.end < around.end)) return "cancelled";
    const negatedVerb =
      cueRightBefore(ctx, cues.negation, sentence, trigger, 3) || cueRightBefore(ctx, cues.negationBeforeVerb, sentence, trigger, 1);
    if (!negatedVerb) return null;
    const clause = clauseAround(ctx.text, sentence.start, sentence.end, trigger.start);
    return findIn(cues.callingOffNegation, ctx.text, trigger.end, Math.min(clause.end, trigger.end + 60)).length > 0 ? "cancelled" : null;
  },
};

const negated: StatusRule = {
  name: "negated",
  decide: (input) => {
    const { ctx, cues, sentence, trigger } = input;
    if (staysAway(input)) return null;
    const negation =
      cueRightBefore(ctx, cues.negation, sentence, trigger, 3) ||
      negationAroundVerb(ctx, cues, sentence, trigger) ||
      negationBeforeVerb(ctx, cues, sentence, trigger);
    return negation ? "none" : null;
  },
};

/** Most words between the two parts of a negation before the verb: an auxiliary, a pronoun, an adverb ("n'a toujours pas"). */
const NEGATION_INSIDE_WORDS = 3;
/** Most words between the negation and the event's noun: the verb that carries it ("n'a pas fait le déplacement"). */
const WORDS_AFTER_NEGATION = 2;

/**
 * "X n'a toujours pas rencontré Y", "n'a finalement pas fait le déplacement", "ne s'est finalement pas rendu": both
 * parts of the negation before the verb, adverbs between them, the second right before the verb or the noun it
 * carries ("fait le"). The span from the first part to the end of the second, or null.
 */
function negationBeforeVerb(ctx: ExtractionContext, cues: EventCues, sentence: Span, trigger: Span): Span | null {
  const from = Math.max(sentence.start, trigger.start - 80);
  const second = findIn(cues.negationAfterVerb, ctx.text, from, trigger.start)
    .filter((h) => {
      const words = gapWords(ctx.text.slice(h.end, trigger.start));
      return words !== null && words.length <= WORDS_AFTER_NEGATION;
    })
    .at(-1);
  if (!second) return null;
  const first = findIn(cues.negationBeforeVerb, ctx.text, from, second.start)
    .filter((h) => {
      const words = gapWords(ctx.text.slice(h.end, second.start));
      return words !== null && words.length <= NEGATION_INSIDE_WORDS;
    })
    .at(-1);
  return first ? { start: first.start, end: second.end } : null;
}

/**
 * "Elle ne rencontrera pas X", "il ne le recevra jamais", "il ne s'y rendra finalement pas": the first part of the
 * negation right before the verb (a pronoun between at most), the second right after it (an adverb between at most).
 */
function negationAroundVerb(ctx: ExtractionContext, cues: EventCues, sentence: Span, trigger: Span): boolean {
  if (!cueRightBefore(ctx, cues.negationBeforeVerb, sentence, trigger, 1)) return false;
  return findIn(cues.negationAfterVerb, ctx.text, trigger.end, Math.min(sentence.end, trigger.end + 30)).some((h) => {
    const words = gapWords(ctx.text.slice(trigger.end, h.start));
    return words !== null && words.length <= 1;
  });
}

const calledOff: StatusRule = {
  name: "calledOff",
  decide: ({ ctx, cues, sentence, trigger }) =>
    cueRightBefore(ctx, cues.cancellation, sentence, trigger, 3) || cueAfter(ctx, cues, cues.cancellation, sentence, trigger)
      ? "cancelled"
      : null,
};

/**
 * The new date of a postponed event ("reportée au 12 mars", "pushed back to March"): a date after the
 * postponement cue, in its clause, not told as planned or in a relative clause ("… that had been set for
 * Feb. 15-17", "…, initialement prévue le 3 mars": those are the old one); a date inside the noun's
 * complement ("the visit to Oslo this month was postponed") is the old one too, and a date in a reporting clause
 * ("…, officials said on Monday") is the report's. Undefined: no postponement.
 */
export function rescheduledDate({ ctx, cues, index, sentence, trigger }: StatusInput): TemporalExpression | null | undefined {
  const after = cueAfter(ctx, cues, cues.postponement, sentence, trigger);
  const between = after ? undefined : newDateBeforeNoun(ctx, cues, index, sentence, trigger);
  if (between) return between;
  if (!after && !cueRightBefore(ctx, cues.postponement, sentence, trigger, 3)) return undefined;
  const from = after ? after.end : trigger.end;
  const clause = clauseAround(ctx.text, sentence.start, sentence.end, from);
  const oldDateCue = (t: Span) =>
    findIn(ctx.lexicon.plannedMarkers, ctx.text, from, t.start).length > 0 ||
    findIn(ctx.lexicon.relativePronouns, ctx.text, from, t.start).length > 0;
  // "…, officials confirmed on Thursday": the date of the report, not of the event.
  const reporting = reportingZones(ctx, sentence);
  const reported = (t: Span) => reporting.some((z) => z.start <= t.start && t.end <= z.end);
  return (
    ctx.temporal(index).find((t) => t.start >= from && t.start <= Math.max(clause.end, from + 80) && !oldDateCue(t) && !reported(t)) ?? null
  );
}

/** Most words between a new date told before the noun and the noun: its article or possessive ("sa", "the"). */
const WORDS_BEFORE_NOUN = 1;

/**
 * "a reporté à mars sa visite", "a reporté au 3 mars le sommet", "postponed until March his visit": a postponement verb,
 * a preposition of the new date right after it, the date, then the noun. Not "a reporté lundi sa visite" (the day
 * it was put off).
 */
function newDateBeforeNoun(
  ctx: ExtractionContext,
  cues: EventCues,
  index: number,
  sentence: Span,
  trigger: Span,
): TemporalExpression | undefined {
  const cue = findIn(cues.postponement, ctx.text, Math.max(sentence.start, trigger.start - 80), trigger.start).at(-1);
  if (!cue) return undefined;
  return ctx.temporal(index).find((t) => {
    if (t.start < cue.end || t.end > trigger.start) return false;
    const opening = gapWords(ctx.text.slice(cue.end, t.start));
    const closing = gapWords(ctx.text.slice(t.end, trigger.start));
    // The date may hold its preposition ("au 3 mars"), or follow it ("à mars").
    const preposition =
      opening !== null &&
      opening.length <= 1 &&
      (opening.length === 1
        ? isWhole(cues.postponedTo, opening[0] ?? "")
        : findIn(cues.postponedTo, ctx.text, t.start, t.end).some((h) => h.start === t.start));
    return preposition && closing !== null && closing.length <= WORDS_BEFORE_NOUN;
  });
}

/** Most words between a change of plan's adverb and its verb of holding ("will instead be held", "aura finalement lieu"). */
const RESCHEDULING_REACH_WORDS = 2;

/** Whether a word is all of one of `finder`'s phrases. */
function isWhole(finder: PhraseFinder, word: string): boolean {
  return finder.findAll(word).some((h) => h.start === 0 && h.end === word.length);
}

/**
 * Whether the clause of a change of plan's adverb has the event for subject: between the last break before the
 * adverb (a comma, a contrast) and it, nothing but auxiliaries, the verb of holding and a pronoun ("but will instead
 * be held", "mais elle aura finalement lieu"), not a subject of its own ("; elections will now be held").
 */
function sharesEventSubject(ctx: ExtractionContext, cues: EventCues, trigger: Span, adverb: Span, verb: Span): boolean {
  const clause = clauseAround(ctx.text, trigger.end, adverb.start, adverb.start);
  const contrast = findIn(cues.contrast, ctx.text, clause.start, adverb.start).at(-1);
  const from = Math.max(clause.start, contrast?.end ?? 0);
  const words = gapWords(blankSpans(ctx.text, from, adverb.start, [verb]));
  return words !== null && words.every((w) => isWhole(cues.auxiliaries, w) || isWhole(cues.rescheduledSubjects, w));
}

/**
 * The new date of a planned event whose plan changed, told after the trigger by an adverb next to a verb of holding
 * ("had been scheduled for December but will instead be held in early 2027", "devait se tenir en décembre mais aura
 * finalement lieu début 2027"): the first date after them in their clause, not a reporting clause's. Null: none told.
 */
export function changedPlanDate({ ctx, cues, index, sentence, trigger }: StatusInput): TemporalExpression | null {
  const holding = [
    ...findIn(cues.rescheduledHolding, ctx.text, trigger.end, sentence.end),
    ...findIn(cues.plannedParticiples, ctx.text, trigger.end, sentence.end),
  ];
  const near = (a: Span, b: Span) => {
    const words = gapWords(a.end <= b.start ? ctx.text.slice(a.end, b.start) : ctx.text.slice(b.end, a.start));
    return words !== null && words.length <= RESCHEDULING_REACH_WORDS;
  };
  const reporting = reportingZones(ctx, sentence);
  for (const adverb of findIn(cues.reschedulingAdverbs, ctx.text, trigger.end, sentence.end)) {
    const verb = holding.find((h) => near(adverb, h));
    if (!verb || !sharesEventSubject(ctx, cues, trigger, adverb, verb)) continue;
    const from = Math.max(adverb.end, verb.end);
    const clause = clauseAround(ctx.text, sentence.start, sentence.end, from);
    const date = ctx
      .temporal(index)
      .find((t) => t.start >= from && t.start <= clause.end && !reporting.some((z) => z.start <= t.start && t.end <= z.end));
    if (date) return date;
  }
  return null;
}

/** Most words between the contrast and the cue: a short subject and its auxiliaries ("but the planned trip was"). */
const CONTRAST_SUBJECT_WORDS = 6;

/**
 * "X was due to visit Y on Monday, but the trip was called off", "devait rencontrer jeudi Z, mais cette
 * étape a été annulée": a later clause of the sentence, opened by a contrast, calls the event off.
 */
const calledOffAfterContrast: StatusRule = {
  name: "calledOffAfterContrast",
  decide: ({ ctx, cues, sentence, trigger }) => {
    const contrast = findIn(cues.contrast, ctx.text, trigger.end, sentence.end).find((c) =>
      /[,;]\s*$/u.test(ctx.text.slice(trigger.end, c.start)),
    );
    if (!contrast) return null;
    const to = Math.min(sentence.end, contrast.end + 80);
    const called = [
      ...findIn(cues.cancellation, ctx.text, contrast.end, to),
      ...findIn(cues.postponement, ctx.text, contrast.end, to),
    ].find((h) => {
      const words = gapWords(ctx.text.slice(contrast.end, h.start));
      return words !== null && words.length <= CONTRAST_SUBJECT_WORDS;
    });
    return called ? "cancelled" : null;
  },
};

const postponed: StatusRule = {
  name: "postponed",
  decide: (input) => {
    const newDate = rescheduledDate(input);
    if (newDate === undefined) return null;
    return newDate ? "planned" : "cancelled";
  },
};

const habitual: StatusRule = {
  name: "habitual",
  decide: ({ ctx, cues, sentence, trigger }) => {
    if (!cues.pluralEventNouns.test(ctx.text.slice(trigger.start, trigger.end))) return null;
    const near = (h: Span) => {
      const gap = h.end <= trigger.start ? ctx.text.slice(h.end, trigger.start) : ctx.text.slice(trigger.end, h.start);
      const words = gapWords(gap);
      return words !== null && words.length <= 3;
    };
    const around = findIn(cues.habit, ctx.text, Math.max(sentence.start, trigger.start - 40), Math.min(sentence.end, trigger.end + 40));
    return around.some(near) ? "none" : null;
  },
};

/** Most words between a verb of proposal and the event's noun ("talked about holding a meeting"). */
const PROPOSAL_REACH_WORDS = 4;

/**
 * "Takaichi and Lee discussed a possible summit", "Macron et Merz ont évoqué une rencontre avec
 * Xi": an event talked of, its noun opened by an indefinite article ("a", "holding a", "d'un
 * éventuel"), is planned at most; not "discussed the visit" (one told already).
 */
const proposed: StatusRule = {
  name: "proposed",
  decide: ({ ctx, cues, sentence, trigger }) => {
    const from = Math.max(sentence.start, trigger.start - 80);
    const proposal = findIn(cues.proposals, ctx.text, from, trigger.start).find((h) => {
      const words = gapWords(ctx.text.slice(h.end, trigger.start));
      return words !== null && words.length <= PROPOSAL_REACH_WORDS;
    });
    if (proposal === undefined) return null;
    return findIn(cues.proposedEventOpeners, ctx.text, proposal.end, trigger.start).length > 0 ? "planned" : null;
  },
};

/**
 * "A visit to Kampala by X is being considered", "une rencontre entre X et Y n'est pas exclue", "… could take place
 * next month": after the noun and its complement, the event is only possible: planned.
 */
const possibleAfter: StatusRule = {
  name: "possibleAfter",
  decide: ({ ctx, cues, sentence, trigger }) => (cueAfter(ctx, cues, cues.possibilityAfter, sentence, trigger) ? "planned" : null),
};

/**
 * "Il souhaitait rencontrer son homologue colombien, sans avancer de date", "She hopes to visit Seoul, but no date has
 * been set": a wish right before the trigger, no date told and the sentence saying none was given: no event, not even
 * a planned one.
 */
const undatedWish: StatusRule = {
  name: "undatedWish",
  decide: ({ ctx, cues, sentence, trigger, date }) =>
    date === null &&
    cueRightBefore(ctx, cues.wishes, sentence, trigger, 4) &&
    findIn(cues.noDateGiven, ctx.text, sentence.start, sentence.end).length > 0
      ? "none"
      : null,
};

const modal: StatusRule = {
  name: "modal",
  decide: ({ ctx, cues, sentence, trigger }) => (cueRightBefore(ctx, cues.modality, sentence, trigger, 4) ? "planned" : null),
};

/** Most words, besides the guest's name and title, between an invitation verb and the trigger ("a invité le chancelier Y à se rendre"). */
const INVITATION_GAP_WORDS = 3;

/**
 * "X a invité le chancelier allemand Y à se rendre à Paris", "X invited her Japanese counterpart to Abuja": a trip
 * the subject invites a guest on is planned, however long the guest's name and title.
 */
const invitation: StatusRule = {
  name: "invitation",
  decide: ({ ctx, cues, index, sentence, trigger }) => {
    const named = [...(ctx.mentionsBySentence[index] ?? []), ...(ctx.titlesBySentence[index] ?? [])];
    const verb = findIn(cues.invitationVerbs, ctx.text, Math.max(sentence.start, trigger.start - 120), trigger.start).at(-1);
    if (!verb) return null;
    const words = gapWords(blankSpans(ctx.text, verb.end, trigger.start, named));
    return words !== null && words.length <= INVITATION_GAP_WORDS ? "planned" : null;
  },
};

/** Most words between a modal cue and a purpose infinitive ("was scheduled to visit Nairobi on Wednesday to meet"). */
const PURPOSE_REACH_WORDS = 10;

/**
 * "X was scheduled to visit Nairobi on Wednesday to meet Ruto", "X devait se rendre à Nairobi pour
 * rencontrer Ruto": an event in the infinitive of purpose is as planned as the one it is the purpose of; so is an
 * event's noun after "for"/"pour" and its determiner ("was due to travel to Riga for talks with Y", "devait se rendre
 * à Riga pour des entretiens avec Y").
 */
const purposeOfPlan: StatusRule = {
  name: "purposeOfPlan",
  decide: ({ ctx, cues, sentence, trigger }) => {
    if (!cueRightBefore(ctx, cues.purpose, sentence, trigger, 0) && !cueRightBefore(ctx, cues.purposeOfNoun, sentence, trigger, 1))
      return null;
    return cueRightBefore(ctx, cues.modality, sentence, trigger, PURPOSE_REACH_WORDS) ? "planned" : null;
  },
};

const plannedMarker: StatusRule = {
  name: "plannedMarker",
  decide: ({ ctx, cues, sentence, trigger }) => {
    const scope = ownScope(ctx, sentence, trigger);
    const window = statusWindow(ctx, sentence, trigger);
    const local = (h: Span) => ({ start: h.start + window.start, end: h.end + window.start });
    const hits = ctx.lexicon.plannedMarkers.findAll(scope.slice(window.start - sentence.start, window.end - sentence.start)).map(local);
    // An adjective ("prochain", "next") makes planned only the noun it qualifies: the trigger, right after or before it.
    const qualifiesTrigger = (h: Span) => {
      const gap = h.end <= trigger.start ? ctx.text.slice(h.end, trigger.start) : ctx.text.slice(trigger.end, h.start);
      const words = gapWords(gap);
      return words !== null && words.length <= (h.end <= trigger.start ? 2 : 0);
    };
    const counts = (h: Span) => !cues.plannedAdjectives.test(ctx.text.slice(h.start, h.end)) || qualifiesTrigger(h);
    return hits.some(counts) ? "planned" : null;
  },
};

const futureDate: StatusRule = {
  name: "futureDate",
  decide: ({ ctx, date }) => (date && (date.future || laterThanPublication(date.date, ctx.published)) ? "planned" : null),
};

/**
 * "On Tuesday he travels to Riga for talks", "Ce mardi, le ministre reçoit son homologue" on the day they are
 * published: a present of travelling or meeting (the pack's SCHEDULED_PRESENT) before the trigger or as the trigger, in
 * its own clause with no past form, dated to the publication day itself, states the day's programme.
 */
const scheduledToday: StatusRule = {
  name: "scheduledToday",
  decide: ({ ctx, index, sentence, trigger, date }) => {
    if (!date || !ctx.published || date.date !== ctx.published || !isStorySentence(ctx.sentences[index] ?? sentence)) return null;
    const scope = ownScope(ctx, sentence, trigger);
    if (ctx.tenseOfText(scope) !== "present") return null;
    const pattern = packFor(ctx.language)?.tense.SCHEDULED_PRESENT;
    if (!pattern) return null;
    const upTo = trigger.end - sentence.start;
    return [...scope.matchAll(pattern)].some((m) => m.index + m[0].length <= upTo) ? "planned" : null;
  },
};

const futureTense: StatusRule = {
  name: "futureTense",
  decide: ({ ctx, sentence, trigger, date }) => {
    // A clause in the future tense tells a planned event, unless the event's own date is already past.
    if (date && earlierThanPublication(date.date, ctx.published)) return null;
    return ctx.tenseOfText(ownScope(ctx, sentence, trigger)) === "future" ? "planned" : null;
  },
};

/** A year written out ("the 2019 summit"), which the date stage may leave as an adjective. */
const YEAR = /(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/gu;

const aheadOf: StatusRule = {
  name: "aheadOf",
  // Last: a past date or any rule before has already spoken ("ahead of the 2019 summit, …" stays as told).
  decide: ({ ctx, cues, index, sentence, trigger }) => {
    // "ahead of the summit", or "before the summit" after an event told ("met Y on Tuesday before the NATO summit").
    const before = laterEventHolding(ctx, sentence, trigger);
    if (!cueRightBefore(ctx, cues.aheadOf, sentence, trigger, 3) && !(before?.ownDate && before.start > sentence.start)) return null;
    // A past date or year anywhere in the sentence tells a story already over ("Ahead of the 2019 summit, …").
    const pastYear = [...ctx.text.slice(sentence.start, sentence.end).matchAll(YEAR)].some((m) =>
      earlierThanPublication(m[0], ctx.published),
    );
    // "spoke on Monday ahead of next week's summit": Monday dates the call told before the phrase, not the summit.
    const own = ctx.temporal(index).filter((t) => !datesLaterEvent(ctx, sentence, t, trigger));
    return pastYear || own.some((t) => earlierThanPublication(t.date, ctx.published)) ? null : "planned";
  },
};

/** The rules that deny an event or call it off, for mentions whose status is otherwise given ("X et Y ne se sont pas rencontrés"). */
export const DENIAL_RULES: readonly StatusRule[] = [calledOffByNegation, negated];

/** The status rules, in order. */
export const STATUS_RULES: readonly StatusRule[] = [
  calledOffByNegation,
  negated,
  calledOff,
  postponed,
  calledOffAfterContrast,
  habitual,
  proposed,
  possibleAfter,
  undatedWish,
  modal,
  invitation,
  purposeOfPlan,
  plannedMarker,
  futureDate,
  scheduledToday,
  futureTense,
  aheadOf,
];

export function statusFor(input: StatusInput, rules: readonly StatusRule[] = STATUS_RULES): StatusVerdict {
  for (const rule of rules) {
    const verdict = rule.decide(input);
    if (verdict) return verdict;
  }
  return "occurred";
}
