/**
 * Event triggers of a sentence, from the lexicon, grouped into one cluster per told event:
 * triggers of one type close together tell one event ("réunion « 2+2 »"), far apart two
 * ("arrived in Seoul after a visit to Tokyo").
 */
import { foldForMatch } from "../../../src/kb/normalize.js";
import type { ExtractionContext } from "../context.js";
import { blankSpans, contains, findIn, findWordsIn, wordCount, type Span } from "../spans.js";
import { typeOf } from "./scope.js";
import type { TriggerHit } from "./mention.js";
import { eventCues, type EventCues } from "./cues.js";
import type { PhraseFinder } from "../lexicon.js";
import { relationCuesFor } from "../relation-cues.js";
import { plainWordsOf, wordTokens } from "../sentence-tokens.js";
import { concludedObjectAt } from "../unnamed-agreements.js";
import { personalSubjectPronouns } from "./pronouns.js";

/** A verb-only trigger used as a noun: "a great sign of warming ties". */
function isNounUse(ctx: ExtractionContext, cues: EventCues, s: Span, h: Span): boolean {
  if (!cues.verbOnlyTriggers.test(ctx.text.slice(h.start, h.end))) return false;
  const before = /([\p{L}'’-]+)\s+$/u.exec(ctx.text.slice(Math.max(s.start, h.start - 20), h.start))?.[1];
  return before !== undefined && cues.nounMarkers.findAll(before).some((m) => m.start === 0 && m.end === before.length);
}

/** "son arrivée au pouvoir", "since his arrival in office": not a trip. */
function isRiseToOffice(ctx: ExtractionContext, cues: EventCues, s: Span, h: Span): boolean {
  const length = h.end - h.start;
  return cues.notATripAfter.findAll(ctx.text.slice(h.start, Math.min(s.end, h.end + 20))).some((m) => m.start > 0 && m.start <= length + 1);
}

/**
 * "signed a decree appointing …", "a signé mercredi le décret", "a signé la loi": a domestic act, not an accord between
 * parties (read on the sentence with its dates and adverbs blanked out, spaces run together).
 */
function isDomesticAct(ctx: ExtractionContext, cues: EventCues, s: Span, h: Span, masked: string | null): boolean {
  const text = masked ?? ctx.text.slice(s.start, s.end);
  const trigger = text.slice(h.start - s.start, h.end - s.start).replace(/\s+/gu, " ");
  const window = (trigger + text.slice(h.end - s.start, h.end - s.start + 60)).replace(/\s+/gu, " ");
  return cues.notASigningAfter.findAll(window).some((m) => m.start > 0 && m.start <= trigger.length + 1);
}

/** The words that may stand between a domestic act told as the subject and the passive's auxiliary: "La loi de programmation …". */
const DOMESTIC_SUBJECT_WORDS = 5;

/** "La loi avait été signée par …", "The bill was signed by …": a domestic act as the subject of a passive signing. */
function isDomesticActSigned(ctx: ExtractionContext, cues: EventCues, s: Span, h: Span): boolean {
  const auxiliary = findWordsIn(cues.passiveAuxiliaries, ctx.text, s.start, h.start).find((a) =>
    /^\s*$/u.test(ctx.text.slice(a.end, h.start)),
  );
  if (!auxiliary) return false;
  const act = findWordsIn(cues.notASigningAfter, ctx.text, s.start, auxiliary.start)[0];
  if (!act || !/^[\s«"“]*$/u.test(ctx.text.slice(s.start, act.start))) return false;
  const between = ctx.text.slice(act.end, auxiliary.start);
  return !/[,;:()«»"“”]/u.test(between) && wordCount(between) <= DOMESTIC_SUBJECT_WORDS;
}

/**
 * "welcomed Mark Rutte's decision", "a accueilli favorablement la décision de X", "a reçu le soutien de X": a
 * meeting verb whose object is a thing (a noun of the pack's list, after its determiner or its owner's
 * name, adverbs aside) or a pronoun for a thing ("welcomed it") meets no one.
 */
function takesAThing(ctx: ExtractionContext, cues: EventCues, s: Span, h: Span, dates: readonly Span[]): boolean {
  const stop = /[,;:()«»"“”]/u.exec(ctx.text.slice(h.end, Math.min(s.end, h.end + 80)));
  const end = stop ? h.end + stop.index : Math.min(s.end, h.end + 80);
  // "Hezbollah and the Houthis welcomed it.": a pronoun for a thing right after the verb.
  const object = /^\s+([\p{L}]+)(?![\p{L}'’-])/u.exec(ctx.text.slice(h.end, end))?.[1];
  if (object !== undefined && cues.thingPronouns.has(foldForMatch(object))) return true;
  const noun = cues.notAMeetingObjects.findInRange(ctx.text, h.end, end)[0];
  if (!noun) return false;
  let between = ctx.text.slice(h.end, noun.start);
  const blank = (from: number, to: number) => (between = between.slice(0, from) + " ".repeat(to - from) + between.slice(to));
  for (const a of cues.objectAdverbs.findAll(between)) blank(a.start, a.end);
  // "a reçu mardi le soutien de X": a date between the verb and its object too.
  for (const d of dates) if (d.start >= h.end && d.end <= noun.start) blank(d.start - h.end, d.end - h.end);
  const words = (between.match(/[\p{L}\p{N}'’.-]+/gu) ?? []).filter(
    (w) => !cues.objectAdverbEndings.some((e) => foldForMatch(w).endsWith(e) && w.length > e.length + 2),
  );
  // "la décision", "the latest decision", "l'annonce": a determiner, at most one adjective.
  if (words.length >= 1 && words.length <= 2 && cues.objectDeterminers.has(foldForMatch(words[0]).replace(/’/gu, "'"))) return true;
  // "Mark Rutte's decision", "Rutte's latest move": the owner's name, its possessive, at most one adjective.
  const owner = words.findIndex((w) => /['’]s$/u.test(w));
  return owner >= 0 && owner <= 3 && words.length - owner - 1 <= 1 && words.slice(0, owner + 1).every((w) => /^\p{Lu}/u.test(w));
}

/**
 * The sentence with what may stand inside a trigger blanked out, offsets kept: the adverbs
 * ("travelled together to" reads as "travelled          to") and the sentence's dates ("est attendu
 * lundi à Paris", "arrived on Monday in Tokyo"); null when it has neither.
 */
function withoutInnerWords(ctx: ExtractionContext, s: Span, inner: readonly Span[]): string | null {
  if (inner.length === 0) return null;
  let text = ctx.text.slice(s.start, s.end);
  for (const a of inner) text = text.slice(0, a.start - s.start) + " ".repeat(a.end - a.start) + text.slice(a.end - s.start);
  return text;
}

/** What withoutInnerWords blanks out of sentence `s`: the adverbs that may stand inside a trigger, and the sentence's dates. */
function innerWords(ctx: ExtractionContext, cues: EventCues, s: Span, dates: readonly Span[]): Span[] {
  return [...findIn(cues.adverbsInsideTriggers, ctx.text, s.start, s.end), ...dates.filter((d) => d.start >= s.start && d.end <= s.end)];
}

/** A character that may stand inside a word token (sentence-tokens.ts): a letter or a digit, an apostrophe, a hyphen, folded. */
function joinsWords(unit: string | undefined): boolean {
  if (unit === undefined) return false;
  const code = unit.charCodeAt(0);
  return (code >= 0xd800 && code <= 0xdfff) || /[\p{L}\p{N}'-]/u.test(foldForMatch(unit));
}

/**
 * Whether blanking `spans` out of sentence `s` leaves every other word token as it was: each span stands between
 * characters that join no word (a space, a comma) or at the sentence's edge. A word token is then read from the same
 * run of word characters with or without the blanks, and the words of the blanked sentence are words of the sentence.
 */
export function blanksKeepWords(text: string, s: Span, spans: readonly Span[]): boolean {
  return spans.every((b) => (b.start <= s.start || !joinsWords(text[b.start - 1])) && (b.end >= s.end || !joinsWords(text[b.end])));
}

/** Whether a stretch between names holds only the words that join a list of them ("and on the", ", et le"). */
function onlyNameListWords(cues: EventCues, gap: string): boolean {
  if (/[;:.!?()«»"“”]/u.test(gap)) return false;
  const words = gap.replace(/,/gu, " ").trim();
  if (words === "") return true;
  const hits = cues.nameListWords.findAll(words);
  return words.split(/\s+/u).length === hits.reduce((n, h) => n + words.slice(h.start, h.end).split(/\s+/u).length, 0);
}

/**
 * "X called on President Y to step down", "X a appelé le président Y à la retenue", "called on the world for help": a
 * trigger that is also a verb of urging ("called on", "a appelé") urges, not meets, when the names of whom it speaks
 * (people, titles, countries, joined by "and", "et", commas; the sentence's dates read through) are followed by "to",
 * "for", "à", or when "to", "à" follow the verb itself; "called on" (URGING_TRIGGERS_NAMING_WHOM) also when no name
 * follows it. "X called on President Y at the palace", "X a appelé mardi le président Y" stay events.
 */
function urgesRatherThanMeets(ctx: ExtractionContext, cues: EventCues, s: Span, h: Span, dates: readonly Span[]): boolean {
  const phrase = ctx.text.slice(h.start, h.end);
  const whole = (finder: PhraseFinder, text: string) => finder.findAll(text).some((m) => m.start === 0 && m.end === text.length);
  if (!whole(cues.urgingTriggers, phrase)) return false;
  const i = ctx.sentences.findIndex((x) => x.start <= h.start && h.end <= x.end);
  const names: Span[] = [...(ctx.mentionsBySentence[i] ?? []), ...(ctx.titlesBySentence[i] ?? [])];
  const elements = [...names, ...dates].filter((e) => e.start >= h.end && e.end <= s.end).sort((a, b) => a.start - b.start);
  let at = h.end;
  let named = false;
  for (;;) {
    const overlapping = elements.filter((e) => e.start < at && e.end > at);
    if (overlapping.length > 0) {
      at = Math.max(...overlapping.map((e) => e.end));
      continue;
    }
    const next = elements.find((e) => e.start >= at);
    if (!next || !onlyNameListWords(cues, ctx.text.slice(at, next.start))) break;
    named ||= names.includes(next);
    at = next.end;
  }
  if (!named && whole(cues.urgingTriggersNamingWhom, phrase)) return true;
  const following = /^\s*([\p{L}]+)/u.exec(ctx.text.slice(at, s.end))?.[1];
  return following !== undefined && whole(cues.urgingComplements, following);
}

/** A trigger's hits in the sentence, and those an adverb or a date inside it had hidden. */
function hitsOf(ctx: ExtractionContext, finder: PhraseFinder, s: Span, masked: string | null): Array<Span & { phrase: string }> {
  const plain = findIn(finder, ctx.text, s.start, s.end);
  if (masked === null) return plain;
  const through = finder
    .findAll(masked)
    .map((h) => ({ ...h, start: h.start + s.start, end: h.end + s.start }))
    .filter((h) => /\s\s/u.test(masked.slice(h.start - s.start, h.end - s.start)))
    .filter((h) => !plain.some((p) => p.start === h.start && p.end === h.end));
  return [...plain, ...through];
}

/** Longest stay read as a visit, in days: "from 2 to 4 December", not "from 2019 to 2022" (a posting). */
const LONGEST_STAY_DAYS = 31;

/** Whether [date, endDate] names days (not months or years) and spans a few of them. */
function isSpanOfDays(date: string, endDate: string | null): boolean {
  const day = /^\d{4}-\d{2}-\d{2}$/u;
  if (endDate === null || endDate === date || !day.test(date) || !day.test(endDate)) return false;
  const days = (Date.parse(endDate) - Date.parse(date)) / 86_400_000;
  return days > 0 && days <= LONGEST_STAY_DAYS;
}

/** Between the one present and the verb: nothing, an aside between commas, or a relative pronoun ("X, who was in …", "X, qui se trouvait …"). */
const PRESENCE_SUBJECT_GAP = /^\s*(?:,[^,;:.]*,\s*|,\s*(?:who|qui)\s+)?$/iu;

/** Between a presence verb and its place: an article at most ("was in the United States", "était à l'Élysée"). */
const PRESENCE_PLACE_GAP = /^\s*(?:(?:the|le|la|les|l['’])\s*)?$/iu;

/**
 * "X was in France from 2 to 4 December", "X se trouvait au Japon du 2 au 4 décembre": a verb of presence right
 * before a country or a place, with a span of days after the place (a few words between) or before the verb in
 * its sentence, is a visit there. Alone, presence is no visit ("X was in Paris on Monday").
 */
function presenceHits(ctx: ExtractionContext, cues: EventCues, s: Span, sentenceIndex: number): TriggerHit[] {
  const visit = ctx.lexicon.events.find((e) => e.type === "Visit");
  if (!visit) return [];
  const spans = ctx.temporal(sentenceIndex).filter((t) => isSpanOfDays(t.date, t.endDate));
  if (spans.length === 0) return [];
  const places = (ctx.mentionsBySentence[sentenceIndex] ?? []).filter((m) => {
    const type = typeOf(ctx, m.entityId);
    return (type === "Country" || type === "Place") && m.source !== "demonym";
  });
  const people = [
    ...(ctx.mentionsBySentence[sentenceIndex] ?? []).filter((m) => typeOf(ctx, m.entityId) === "Person"),
    ...(ctx.titlesBySentence[sentenceIndex] ?? []),
    ...personalSubjectPronouns(ctx, s.start, s.end),
  ];
  const out: TriggerHit[] = [];
  for (const h of findWordsIn(cues.presenceVerbs, ctx.text, s.start, s.end)) {
    // Someone is there: a name, a title or a pronoun right before the verb, or before an aside or "who"/"qui" ("the summit was in Paris": no one).
    const subject = people.some((p) => p.end <= h.start && PRESENCE_SUBJECT_GAP.test(ctx.text.slice(p.end, h.start)));
    if (!subject) continue;
    const place = places.find((m) => m.start >= h.end && PRESENCE_PLACE_GAP.test(ctx.text.slice(h.end, m.start)));
    if (!place) continue;
    const dated = spans.some((t) => {
      const gap = t.start >= place.end ? ctx.text.slice(place.end, t.start) : t.end <= h.start ? ctx.text.slice(t.end, h.start) : null;
      return gap !== null && !/[;:()«»"“”]/u.test(gap) && wordCount(gap) <= (t.start >= place.end ? 3 : 8);
    });
    if (dated) out.push({ start: h.start, end: h.end, lexicon: visit, phrase: foldForMatch(h.phrase) });
  }
  return out;
}

/** Most words between an invitation verb and the preposition before the place, the guest's name and title among them. */
const INVITATION_TO_PLACE_WORDS = 8;

/** Between the locative preposition and the place: an article at most ("à Paris", "to the Hague"). */
const PREPOSITION_TO_PLACE = /^\s*(?:(?:the|la|le|les)\s+|l['’]\s*)?$/iu;

/**
 * "X a invité son homologue Y à Paris en janvier", "X has invited German Chancellor Y to Berlin": an invitation
 * verb, then the guest (a person named) and right after it a locative preposition before a country or a place
 * tell the guest's visit there. The preposition is the trigger (the invitation's cue stays before it, so the visit
 * is planned and the guest, between the verb and it, is the visitor); not when another trigger follows ("invited
 * Y to visit Paris", "à se rendre à Paris": that one tells the visit).
 */
function invitationHits(ctx: ExtractionContext, cues: EventCues, s: Span, sentenceIndex: number): TriggerHit[] {
  const visit = ctx.lexicon.events.find((e) => e.type === "Visit");
  if (!visit) return [];
  const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
  const places = mentions.filter((m) => {
    const type = typeOf(ctx, m.entityId);
    return (type === "Country" || type === "Place") && m.source !== "demonym";
  });
  // A guest the sentence names: an unnamed counterpart ("a invité son homologue suédois à Paris") is no visitor to tell.
  const guests = mentions.filter((m) => typeOf(ctx, m.entityId) === "Person");
  const out: TriggerHit[] = [];
  for (const verb of findWordsIn(cues.invitationVerbs, ctx.text, s.start, s.end)) {
    for (const p of findWordsIn(ctx.lexicon.locativePrepositions, ctx.text, verb.end, s.end)) {
      const gap = ctx.text.slice(verb.end, p.start);
      if (/[,;:.!?()«»"“”]/u.test(gap) || wordCount(gap) > INVITATION_TO_PLACE_WORDS) break;
      const guest = guests.some((g) => g.start >= verb.end && /^\s+$/u.test(ctx.text.slice(g.end, p.start)));
      const place = places.some((m) => m.start >= p.end && PREPOSITION_TO_PLACE.test(ctx.text.slice(p.end, m.start)));
      if (guest && place) {
        out.push({ start: p.start, end: p.end, lexicon: visit, phrase: foldForMatch(p.phrase) });
        break;
      }
    }
  }
  return out;
}

/** Most words between a verb of joining and the group joined ("join her EU counterparts", "rejoindre jeudi ses homologues"). */
const JOIN_TO_GROUP_WORDS = 3;

/**
 * "X is expected to join her counterparts in Brussels on Thursday", "X rejoindra jeudi ses homologues européens à
 * Bruxelles", "X will join NATO defence ministers": a verb of joining and a group that meets a few words after it (the
 * sentence's dates read as no word) tell a meeting with the group; the trigger runs from the verb to the group.
 * Not joining in an act ("joined her counterparts in condemning …").
 */
function joiningHits(ctx: ExtractionContext, cues: EventCues, s: Span, dates: readonly Span[]): TriggerHit[] {
  const meeting = ctx.lexicon.events.find((e) => e.type === "Meeting");
  if (!meeting) return [];
  const out: TriggerHit[] = [];
  for (const verb of findWordsIn(cues.joinVerbs, ctx.text, s.start, s.end)) {
    if (/^\p{L}/u.test(ctx.text.slice(verb.end, verb.end + 1))) continue;
    const group = findWordsIn(cues.joinedGroups, ctx.text, verb.end, Math.min(s.end, verb.end + 80)).find((g) => {
      const gap = blankSpans(ctx.text, verb.end, g.start, dates);
      return !/[,;:.!?()«»"“”]/u.test(gap) && wordCount(gap) <= JOIN_TO_GROUP_WORDS;
    });
    if (!group || /^\p{L}/u.test(ctx.text.slice(group.end, group.end + 1))) continue;
    if (cues.joinedInAct.some((r) => r.test(ctx.text.slice(group.end, s.end)))) continue;
    out.push({ start: verb.start, end: group.end, lexicon: meeting, phrase: foldForMatch(verb.phrase), joining: true });
  }
  return out;
}

/**
 * "Les deux pays ont conclu une lettre d'intention", "the two sides agreed on a roadmap": a verb of concluding whose
 * object is an agreement's noun is a signing (read on the sentence with its dates and adverbs blanked out).
 */
function concludingHits(
  ctx: ExtractionContext,
  s: Span,
  masked: string | null,
  blanked: readonly Span[],
  sentenceIndex: number | undefined,
): TriggerHit[] {
  const signing = ctx.lexicon.events.find((e) => e.type === "Signing");
  const cues = relationCuesFor(ctx.language);
  if (!signing || !cues) return [];
  // Most sentences hold no verb of concluding: with the words of the blanked sentence among the sentence's own (every
  // word token, plainWordsOf), a verb missing from these is missing from the tokens, and the sentence is not tokenized.
  if (
    sentenceIndex !== undefined &&
    (masked === null || blanksKeepWords(ctx.text, s, blanked)) &&
    !cues.concludingVerbs.mayOccurIn(plainWordsOf(ctx, sentenceIndex))
  )
    return [];
  const tokens = wordTokens(masked ?? ctx.text.slice(s.start, s.end), s.start);
  const out: TriggerHit[] = [];
  for (const hit of cues.concludingVerbs.findAll(tokens)) {
    const first = tokens[hit.start];
    const last = tokens[hit.end - 1];
    if (!first || !last || !concludedObjectAt(cues, tokens, hit.end)) continue;
    out.push({ start: first.start, end: last.end, lexicon: signing, phrase: foldForMatch(ctx.text.slice(first.start, last.end)) });
  }
  return out;
}

/**
 * The triggers of sentence `s`; `dates` are its temporal expressions, which a trigger may hold ("attendu lundi à");
 * with the sentence's index, presence over a span of days too (presenceHits).
 */
export function triggerHits(
  ctx: ExtractionContext,
  s: Span,
  cues: EventCues = eventCues(ctx.language),
  dates: readonly Span[] = [],
  sentenceIndex?: number,
): TriggerHit[] {
  const hits: TriggerHit[] =
    sentenceIndex === undefined ? [] : [...presenceHits(ctx, cues, s, sentenceIndex), ...invitationHits(ctx, cues, s, sentenceIndex)];
  hits.push(...joiningHits(ctx, cues, s, dates));
  const inner = innerWords(ctx, cues, s, dates);
  const masked = withoutInnerWords(ctx, s, inner);
  hits.push(...concludingHits(ctx, s, masked, inner, sentenceIndex));
  for (const lexicon of ctx.lexicon.events) {
    for (const h of hitsOf(ctx, lexicon.triggers, s, masked)) {
      if (isNounUse(ctx, cues, s, h)) continue;
      if (lexicon.type === "Visit" && isRiseToOffice(ctx, cues, s, h)) continue;
      if (lexicon.type === "Signing" && (isDomesticAct(ctx, cues, s, h, masked) || isDomesticActSigned(ctx, cues, s, h))) continue;
      if (lexicon.type === "Meeting" && takesAThing(ctx, cues, s, h, dates)) continue;
      if (urgesRatherThanMeets(ctx, cues, s, h, dates)) continue;
      hits.push({ start: h.start, end: h.end, phrase: foldForMatch(h.phrase), lexicon });
    }
  }
  // A longer trigger of another type wins ("entretien téléphonique" is a Call, not a Meeting).
  const kept = hits.filter((h) => !hits.some((o) => o !== h && contains(o, h) && o.end - o.start > h.end - h.start));
  return [...kept, ...ellipses(ctx, cues, s, kept), ...signedItems(ctx, cues, s, kept)].sort((a, b) => a.start - b.start);
}

/** Most words between an item word and the agent marker after its topic: "a third, on civil-service training, by". */
const ITEM_TOPIC_WORDS = 12;

/**
 * "The MoU on X was signed by A and B, and a third, on Y, by C and D", "Trois protocoles ont été signés : le premier, sur
 * X, par A et B ; le deuxième, sur Y, par C et D": an item word, its topic and the agent marker, no verb of their own,
 * tell another signing of the verb before. The trigger spans the item and its topic (the agreement it holds is the one
 * signed); the signers are those after the marker.
 */
function signedItems(ctx: ExtractionContext, cues: EventCues, s: Span, hits: readonly TriggerHit[]): TriggerHit[] {
  const relations = relationCuesFor(ctx.language);
  const signings = hits.filter((h) => h.lexicon.type === "Signing");
  if (!relations || signings.length === 0) return [];
  const tokens = wordTokens(ctx.text.slice(s.start, s.end), s.start);
  const out: TriggerHit[] = [];
  for (const item of relations.agreementItemWords.findAll(tokens)) {
    const first = tokens[item.start];
    const last = tokens[item.end - 1];
    const verb = signings.filter((h) => first && h.end <= first.start).at(-1);
    if (!first || !last || !verb) continue;
    const topicAt = tokens[item.end]?.norm === "," ? item.end + 1 : item.end;
    if (relations.topicIntroducers.matchAt(tokens, topicAt) < 0) continue;
    const marker = findIn(cues.agentMarkers, ctx.text, last.end, s.end)[0];
    if (!marker) continue;
    const gap = ctx.text.slice(last.end, marker.start);
    if (/[;:()«»"“”]/u.test(gap) || wordCount(gap) > ITEM_TOPIC_WORDS) continue;
    // "one on ports, signed by …": a verb of its own.
    if (hits.some((h) => h.start >= last.end && h.end <= marker.start)) continue;
    const end = last.end + gap.replace(/[\s,]+$/u, "").length;
    out.push({ start: first.start, end, lexicon: verb.lexicon, phrase: verb.phrase, ellipsis: true });
  }
  return out;
}

/** "la visite de X à Rome, puis celle de Y à Madrid": the pronoun tells another event of the kind of the trigger before it. */
function ellipses(ctx: ExtractionContext, cues: EventCues, s: Span, hits: readonly TriggerHit[]): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (const p of findIn(cues.ellipsisPronouns, ctx.text, s.start, s.end)) {
    const before = hits.filter((h) => h.end <= p.start && p.start - h.end <= 80).at(-1);
    // Joined to the first event: ", puis celle de", "et celui de", "then that of", "as well as that of".
    const joint = /(?:[,;]|\b(?:et|puis|ainsi que|and|then|as well as|while)\b)\s*$/iu.test(
      ctx.text.slice(Math.max(s.start, p.start - 14), p.start),
    );
    if (!joint) continue;
    // The pronoun keeps its "de"/"of": the agent rules read it as the noun's complement.
    const word = /^\S+/u.exec(ctx.text.slice(p.start, p.end))?.[0] ?? "";
    if (before) out.push({ start: p.start, end: p.start + word.length, lexicon: before.lexicon, phrase: before.phrase, ellipsis: true });
  }
  return out;
}

/** Triggers of one type at most 20 characters apart make one cluster. */
export function triggerClusters(hits: readonly TriggerHit[]): TriggerHit[][] {
  const clusters: TriggerHit[][] = [];
  for (const h of hits) {
    const cluster = h.ellipsis
      ? undefined
      : clusters.find((c) => !c[0]?.ellipsis && c[0]?.lexicon.type === h.lexicon.type && h.start - (c.at(-1) as TriggerHit).end <= 20);
    if (cluster) cluster.push(h);
    else clusters.push([h]);
  }
  return clusters;
}
