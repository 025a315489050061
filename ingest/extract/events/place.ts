/**
 * Where an event takes place: a place or country after a locative preposition near the
 * trigger (a visit's destination comes after it), never the complement of a title nor a
 * country after "contre"/"against".
 */
import type { EntityMention } from "../../../src/model/mentions.js";
import type { ExtractionContext } from "../context.js";
import { clauseAround, contains, findIn, letterWordCount, findWordsIn, overlaps, type Span } from "../spans.js";
import type { PhraseFinder } from "../lexicon.js";
import { typeOf } from "./scope.js";
import { eventCues } from "./cues.js";

/** What joins a title to its country or its posting ("ministre de la Défense du Japon", "ambassadeur au Japon", "envoy in Kyiv"). */
export const TITLE_OR_POSTING_COMPLEMENT = /^\s*(?:de|du|des|d'|d’|de la|de l'|de l’|au|aux|à|of|in)?\s*$/i;
const TITLE_COMPLEMENT = /^\s*(?:de|du|des|d'|d’|de la|de l'|de l’|of)?\s*$/i;

/**
 * The trigger's clause, going on past a name told between commas after it ("held talks with his
 * Maldivian counterpart, Abdulla Khaleel, in New Delhi"): the name is an apposition, not a clause.
 */
function clauseThroughNames(ctx: ExtractionContext, i: number, s: Span, trigger: Span): Span {
  let clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  for (let k = 0; k < 3 && ctx.text[clause.end] === ","; k++) {
    const next = clauseAround(ctx.text, s.start, s.end, clause.end + 1);
    if (ctx.text[next.end] !== ",") break;
    const aside = ctx.text.slice(next.start, next.end).trim();
    const person = (ctx.mentionsBySentence[i] ?? []).find(
      (m) => m.start >= next.start && m.end <= next.end && typeOf(ctx, m.entityId) === "Person",
    );
    if (!person || ctx.text.slice(person.start, person.end) !== aside) break;
    clause = { start: clause.start, end: clauseAround(ctx.text, s.start, s.end, next.end + 1).end };
  }
  return clause;
}

/** Between an event's noun and its aside: nothing, or one adjective ("la réunion ministérielle, qui …"). */
const NOUN_TO_ASIDE = /^\s*(?:\p{Ll}[\p{L}-]*\s*)?,\s*$/u;

/**
 * "Une telle rencontre, initialement prévue les 15 et 16 mai à Lomé, a été reportée", "the meeting, originally
 * scheduled for next week in Accra, was postponed", "la réunion, qui devait se tenir à Abidjan, a été annulée":
 * the aside right after the event's noun, opened by the participle of its plan or a relative pronoun, tells where
 * the event itself was to be held. Its span, or null.
 */
function nounAside(ctx: ExtractionContext, s: Span, trigger: Span): Span | null {
  const comma = ctx.text.indexOf(",", trigger.end);
  if (comma < 0 || comma >= s.end || !NOUN_TO_ASIDE.test(ctx.text.slice(trigger.end, comma + 1))) return null;
  const end = clauseAround(ctx.text, s.start, s.end, comma + 1).end;
  if (ctx.text[end] !== ",") return null;
  const cues = eventCues(ctx.language);
  // The participle or the pronoun opens the aside, an adverb before it at most ("initialement prévue").
  const opens = (h: Span) => letterWordCount(ctx.text.slice(comma + 1, h.start)) <= 1;
  const opener = [
    ...findIn(cues.plannedParticiples, ctx.text, comma + 1, end),
    ...findIn(ctx.lexicon.relativePronouns, ctx.text, comma + 1, end),
  ].some(opens);
  return opener ? { start: comma + 1, end } : null;
}

/** Stands for a named entity in the text between a beneficiary noun and its preposition. */
const NAMED = "\u0001";

const LOWER_WORD = String.raw`\s+\p{Ll}[\p{L}-]*`;
const OWNER = String.raw`\s+(?:(?:de|du|des|of)\s+(?:(?:la|le|les|the)\s+|l['’])?${NAMED}|d['’]\s*${NAMED}|(?:de|of)\s+(?!(?:une?|la|le|les|the|an?)\s)\p{Ll}[\p{L}-]*|d['’](?!une?\s)\p{Ll}[\p{L}-]*)`;
/**
 * Between a beneficiary noun and the preposition before its receiver: two words at most (adjectives), an owner's
 * complement ("de la France", "of the EU", "d'armes"), one more word ("le soutien de la France à", "l'aide militaire
 * européenne à", "support to").
 */
const NOUN_TO_BENEFICIARY = new RegExp(String.raw`^(?:${LOWER_WORD}){0,2}(?:${OWNER})?(?:${LOWER_WORD})?\s+$`, "u");

/** How far back from its receiver a beneficiary noun may be. */
const BENEFICIARY_REACH = 60;

/**
 * "a réaffirmé le soutien de la France à l'Ukraine lors d'une réunion à Berlin", "talks on military aid to Ukraine":
 * a country or place right after the preposition that follows a noun of support or supply receives it; it is no place
 * of the event. Not when an event's noun or the opener of a phrase stands between ("son soutien lors d'une réunion à
 * Berlin").
 */
export function receivesSupport(ctx: ExtractionContext, i: number, s: Span, m: Span): boolean {
  const cues = eventCues(ctx.language);
  const preposition = findWordsIn(cues.beneficiaryPrepositions, ctx.text, Math.max(s.start, m.start - 8), m.start).find((p) =>
    /^\s*(?:(?:la|le|les|the)\s+|l['’]\s*)?$/iu.test(ctx.text.slice(p.end, m.start)),
  );
  if (!preposition) return false;
  const from = Math.max(s.start, preposition.start - BENEFICIARY_REACH);
  const named = (ctx.mentionsBySentence[i] ?? []).filter((x) => x.start >= from && x.end <= preposition.start);
  return findWordsIn(cues.beneficiaryNouns, ctx.text, from, preposition.start).some((noun) => {
    if (/[\p{L}]/u.test(ctx.text[noun.end] ?? "")) return false;
    let gap = ctx.text.slice(noun.end, preposition.start);
    for (const x of [...named].reverse())
      if (x.start >= noun.end) gap = gap.slice(0, x.start - noun.end) + NAMED + gap.slice(x.end - noun.end);
    if (!NOUN_TO_BENEFICIARY.test(gap)) return false;
    const between = (finder: PhraseFinder) => findWordsIn(finder, ctx.text, noun.end, preposition.start).length > 0;
    return !between(cues.frontedPhraseOpeners) && !ctx.lexicon.events.some((e) => between(e.triggers));
  });
}

/**
 * "sur le pont international de Tienditas", "on the Simon Bolivar International Bridge": a place whose name opens or
 * closes with a landmark's noun (the names pack's place nouns), right after "sur", "on" and an article, is where the
 * event is; "on the South China Sea", "sur l'Ukraine" (no landmark) are topics.
 */
function onLandmark(ctx: ExtractionContext, s: Span, m: EntityMention): boolean {
  if (typeOf(ctx, m.entityId) !== "Place") return false;
  const cues = eventCues(ctx.language);
  const nouns = cues.landmarkNouns.findAll(m.text);
  const landmark = nouns.some((n) => n.start === 0 || n.end === m.text.length);
  return (
    landmark &&
    findWordsIn(cues.landmarkPrepositions, ctx.text, Math.max(s.start, m.start - 12), m.start).some((p) =>
      /^\s*(?:(?:la|le|l'|l’|les|the)\s*)?$/iu.test(ctx.text.slice(p.end, m.start)),
    )
  );
}

export function placeFor(
  ctx: ExtractionContext,
  i: number,
  s: Span,
  trigger: Span,
  skip: readonly Span[],
  onlyAfter: boolean,
): string | null {
  const candidates = (ctx.mentionsBySentence[i] ?? []).filter((m) => {
    const type = typeOf(ctx, m.entityId);
    if (type !== "Place" && type !== "Country") return false;
    if (m.source === "demonym" || skip.some((x) => overlaps(x, m))) return false;
    if (receivesSupport(ctx, i, s, m)) return false;
    if (
      (ctx.titlesBySentence[i] ?? []).some(
        (t) =>
          overlaps(t, m) ||
          // A title the trigger holds ("join her counterparts in Brussels") is the group met, not posted there.
          (!contains(trigger, t) &&
            m.start >= t.end &&
            // "his Vietnamese counterpart in Hanoi": a counterpart whose side is told is met somewhere, not posted there
            (t.counterpart && t.ofEntityId !== null ? TITLE_COMPLEMENT : TITLE_OR_POSTING_COMPLEMENT).test(ctx.text.slice(t.end, m.start))),
      )
    )
      return false;
    if (onlyAfter) return m.start >= trigger.end && m.start - trigger.end <= 90;
    // Its own clause or before it ("X et Y, en visite au Japon, ont convenu"); not a trailing aside.
    const aside = nounAside(ctx, s, trigger);
    return m.end <= trigger.start || contains(clauseThroughNames(ctx, i, s, trigger), m) || (aside !== null && contains(aside, m));
  });
  const locative = (m: EntityMention) =>
    findIn(ctx.lexicon.locativePrepositions, ctx.text, Math.max(s.start, m.start - 12), m.start).some((p) =>
      /^\s*(?:(?:la|le|l'|l’|les|the)\s*)?$/i.test(ctx.text.slice(p.end, m.start)),
    ) || onLandmark(ctx, s, m);
  const blocked = (m: EntityMention) =>
    findIn(ctx.lexicon.blockingPrepositions, ctx.text, Math.max(s.start, m.start - 20), m.start).length > 0;
  const usable = candidates.filter((m) => !blocked(m));
  const withPreposition = usable.filter(locative);
  if (onlyAfter) return (withPreposition[0] ?? usable[0])?.entityId ?? null;
  const byDistance = (m: EntityMention) => Math.abs(m.start - trigger.start);
  return [...withPreposition].sort((a, b) => byDistance(a) - byDistance(b))[0]?.entityId ?? null;
}
