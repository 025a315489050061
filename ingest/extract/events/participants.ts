/**
 * Participant helpers shared by the rules of each event type: the organisation whose meeting
 * it is, the agreement a definite noun refers to, the groups that stand for the participants
 * of an event already told ("Ils", "the two sides", "des ministres"), and the subject people of
 * a joint-action verb.
 */
import type { ExtractionContext } from "../context.js";
import type { AgreementMention } from "../agreement-mention.js";
import { isPluralTitle, type PersonReference, type RoleExtraction } from "../roles.js";
import { blankSpans, clauseAround, findIn, findWordsIn, isLinkingGap, uniq, type Span } from "../spans.js";
import type { PhraseFinder } from "../lexicon.js";
import type { KbTitle } from "../../../src/model/kb.js";
import { isDefinite, typeOf } from "./scope.js";
import { eventCues } from "./cues.js";

/** What joins an event noun to the person it is about: "la visite de M. Starmer", "the visit by Ms Roe", "la rencontre entre le …". */
export const OWN_PARTICIPANT =
  /^\s*(?:de|d'|d’|du|de l'|de l’|de la|des|of|of the|by|between(?: the)?|entre(?: le| la| les| l['’])?)\s*(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s*)?$/i;
/** The organisation whose meeting it is: "le sommet de l'OTAN", "the G7 summit", "NATO summit". */
export function hostOrganization(ctx: ExtractionContext, i: number, hits: readonly Span[]): string[] {
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
export function agreementReferredTo(ctx: ExtractionContext, agreements: readonly AgreementMention[], i: number, s: Span): string | null {
  const head = findIn(ctx.lexicon.agreementHeads, ctx.text, s.start, s.end).find((h) => isDefinite(ctx, s, h));
  if (!head) return null;
  const earlier = [...agreements].reverse().filter((a) => a.sentenceIndex < i);
  // Prefer an agreement named with the same head noun ("the agreement" → "an agreement on …").
  const same = earlier.find((a) => ctx.lexicon.agreementHeads.findAll(a.text).some((h) => h.phrase === head.phrase));
  return (same ?? earlier[0])?.entityId ?? null;
}

/** "the two sides", "les deux pays": a group that stands for the countries of the salient event. */
export function partyGroupBefore(ctx: ExtractionContext, s: Span, at: number): boolean {
  return findIn(ctx.lexicon.partyGroupSubjects, ctx.text, s.start, at).length > 0;
}

/** Between a group noun and the side it is of: "de l'", "of the", nothing ("les délégations de l'UE", "les délégations européenne et chinoise"). */
const GROUP_TO_OWN_SIDE = /^\s*(?:(?:de la|de l['’]|du|des|de|d['’]|of the|of|from the|from)\s*)?$/iu;

/**
 * Whether a country or an organisation is named right after the group, its own side ("les délégations de l'UE et de la
 * Chine", "the delegations of Japan and Korea", "les délégations européenne et chinoise"): the group is theirs, not
 * people named before.
 */
function groupOfNamedSides(ctx: ExtractionContext, group: Span): boolean {
  const i = ctx.sentences.findIndex((sentence) => sentence.start <= group.start && group.end <= sentence.end);
  return (ctx.mentionsBySentence[i] ?? []).some(
    (m) =>
      m.start >= group.end &&
      ["Country", "Organization"].includes(typeOf(ctx, m.entityId) ?? "") &&
      GROUP_TO_OWN_SIDE.test(ctx.text.slice(group.end, m.start)),
  );
}

/** "Ils", "les deux dirigeants", "the three leaders", "les chefs de délégation": a group of people standing for the participants of the salient event. */
export function groupSubjectBefore(ctx: ExtractionContext, s: Span, at: number): boolean {
  if (findIn(ctx.lexicon.groupSubjects, ctx.text, s.start, at).some((g) => !groupOfNamedSides(ctx, g))) return true;
  const cues = eventCues(ctx.language);
  // "where the two signed", "both signed", "les deux ont signé": a group with no noun, right before the verb.
  if (cueBeforeVerb(ctx, cues.bareGroupSubjects, s, at)) return true;
  return findIn(cues.personGroupNouns, ctx.text, s.start, at).some((g) => {
    const word = /([\p{L}\p{N}-]+)\s+$/u.exec(ctx.text.slice(Math.max(s.start, g.start - 20), g.start))?.[1] ?? "";
    return (
      /^\d{1,2}$/u.test(word) ||
      cues.countWords.findAll(word).some((c) => c.start === 0 && c.end === word.length) ||
      /^(?:both|tous les deux)$/iu.test(word)
    );
  });
}

/** What joins an event noun to a counted group that is its complement: "une réunion des trois ministres", "a meeting of the three ministers". */
const COUNTED_COMPLEMENT = /^\s*(?:des|of the|of|between the|entre les)\s*$/iu;

/**
 * "les trois ministres ont appelé", "the three ministers will meet", "une réunion des trois ministres": how many people
 * the counted group of the trigger's clause stands for, before the trigger (its subject) or right after it (its complement).
 */
export function groupSizeAround(ctx: ExtractionContext, s: Span, trigger: Span): number | null {
  const cues = eventCues(ctx.language);
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  const counted = findIn(cues.personGroupNouns, ctx.text, clause.start, Math.max(clause.end, trigger.end)).flatMap((g) => {
    const word = /([\p{L}\p{N}]+)\s+$/u.exec(ctx.text.slice(Math.max(s.start, g.start - 20), g.start));
    if (!word?.[1]) return [];
    const n = /^\d{1,2}$/u.test(word[1]) ? Number(word[1]) : cues.countWordValues.get(word[1].toLowerCase());
    const before = g.end <= trigger.start;
    const after = g.start >= trigger.end && COUNTED_COMPLEMENT.test(ctx.text.slice(trigger.end, g.start - word[0].length));
    return n !== undefined && n >= 2 && (before || after) ? [{ n, before }] : [];
  });
  return (counted.filter((c) => c.before).at(-1) ?? counted.find((c) => !c.before))?.n ?? null;
}

/**
 * "the two ministers held talks", "une réunion des deux présidents": the kinds of office the group noun of the trigger's
 * clause names, its subject before the trigger (the nearest) or its complement right after; null when it names none
 * ("ils", "the two men", "les deux responsables").
 */
export function groupOfficesAround(ctx: ExtractionContext, s: Span, trigger: Span): readonly KbTitle["kind"][] | null {
  const cues = eventCues(ctx.language);
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  const nouns = findWordsIn(cues.officeGroupNouns, ctx.text, clause.start, Math.max(clause.end, trigger.end));
  const subject = nouns.filter((g) => g.end <= trigger.start).at(-1);
  const complement = nouns.find(
    (g) => g.start >= trigger.end && COUNTED_COMPLEMENT.test(ctx.text.slice(trigger.end, g.start).replace(/[\p{L}\p{N}]+\s*$/u, "")),
  );
  const noun = subject ?? complement;
  return noun ? (cues.officeGroupKinds.get(noun.phrase) ?? null) : null;
}

/**
 * A cue of `finder` that starts a word and ends right before the verb at `at` in `s`, only auxiliaries and
 * adverbs between ("and then signed", "les deux ont ensuite signé"). Not status.ts's cue before a trigger,
 * which counts the words between instead.
 */
export function cueBeforeVerb(ctx: ExtractionContext, finder: PhraseFinder, s: Span, at: number): Span | undefined {
  const cues = eventCues(ctx.language);
  const from = Math.max(s.start, at - 50);
  const fillers = [...findIn(cues.auxiliaries, ctx.text, from, at), ...findIn(cues.adverbsInsideTriggers, ctx.text, from, at)];
  return findWordsIn(finder, ctx.text, from, at)
    .reverse()
    .find((h) => /^\s*$/u.test(blankSpans(ctx.text, h.end, at, fillers)));
}

/** A group of office holders named after the trigger with no one attached: "des ministres des Affaires étrangères et de la Défense". */
export function ministersAfter(ctx: ExtractionContext, roles: RoleExtraction, i: number, s: Span, trigger: Span): boolean {
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
    (t) => t.start >= trigger.end && t.start - trigger.end <= 40 && !roles.attachedTitles.has(t.start) && isPluralTitle(ctx, t),
  );
}

/**
 * The people who are the subject of a verb: the nearest person before it, and those joined to
 * it by "et"/"and"/"," with their titles ("Takaichi Sanae et son homologue britannique Keir Starmer, en visite au Japon, ont convenu").
 */
export function subjectPeople(ctx: ExtractionContext, i: number, people: readonly PersonReference[], verb: Span): string[] {
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

/**
 * "Le ministre X et son homologue Y ont salué l'accord signé par Z et W", "X and Y welcomed the deal signed by Z and W":
 * the people who open sentence i (only titles, demonyms and articles before the first; the others joined to it by
 * "et"/"and", commas, titles), its subject. Empty when the sentence opens otherwise.
 */
export function openingPeople(ctx: ExtractionContext, people: readonly PersonReference[], i: number): string[] {
  const sentence = ctx.sentences[i];
  if (!sentence) return [];
  const allowed: Span[] = [...(ctx.titlesBySentence[i] ?? []), ...(ctx.mentionsBySentence[i] ?? []).filter((m) => m.source === "demonym")];
  const ordered = [...people].sort((a, b) => a.start - b.start);
  const first = ordered[0];
  if (!first || !isLinkingGap(ctx.text, sentence.start, first.start, { allowedSpans: allowed, allowLinkWords: true })) return [];
  const chain = [first];
  for (const next of ordered.slice(1)) {
    const last = chain.at(-1);
    if (!last || next.start < last.end) continue;
    if (!isLinkingGap(ctx.text, last.end, next.start, { allowedSpans: allowed, allowLinkWords: true, allowCoordinator: true })) break;
    chain.push(next);
  }
  return uniq(chain.map((p) => p.personId));
}
