/**
 * What a pronoun, a possessive or a generic noun stands for, near an event trigger:
 *   the subject of a sentence     the first person named outside a prepositional phrase
 *   "il", "he"                    the subject of its own sentence before it, else of the sentence before
 *   "sa visite", "his trip"       the same person as "il"/"he"
 *   "le royaume", "the country"   the latest country named before (not the visitor's own)
 *   "l'organisation", "the bloc"  the latest organisation named before
 */
import { isStorySentence, type ExtractionContext } from "../context.js";
import type { PersonReference, RoleExtraction } from "../roles.js";
import { blankSpans, clauseAround, findIn, findWordsIn, wordCount, type Span } from "../spans.js";
import type { PhraseFinder } from "../lexicon.js";
import { eventCues, type EventCues } from "./cues.js";
import { packFor } from "../../lang/registry.js";
import { roleCuesFor } from "../role-cues.js";
import { antecedentOf, peopleIn, relativeClauses, typeOf, type TriggerScope } from "./scope.js";
import { personalSubjectPronouns } from "./pronouns.js";

/** Words that make a person named after them in the clause an object or an agent, not the subject. */
const NOT_SUBJECT =
  /(?:^|[\s'’])(?:par|by|avec|with|to|à|au|aux|pour|for|from|auprès|envers|towards?|après|after|avant|before|than|accueillir|welcoming|greeting|meeting|rencontrer|between|entre)(?=[\s'’]|$)/iu;
/** A complement right before the person ("la visite de M. X", "the visit of Mr X"). */
const COMPLEMENT_OF = /(?:^|[\s'’])(?:de|du|des|d|of)(?:\s+|['’])(?:(?:le|la|les|l['’]|the|M\.|Mr\.?|Mme|Ms\.?|Mrs\.?)\s*)?$/iu;

/** A title's complement naming nothing (lower-case nouns), then the comma before the name in apposition: " de la ville, ", " of the city, ". */
const UNNAMED_TITLE_COMPLEMENT =
  /^\s+(?:de|du|des|d['’]|of)\s*(?:(?:la|le|les|l['’]|the)\s*)?\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?\s*,\s*$/u;

/**
 * Where the phrase naming a person opens: at the title right before the name ("le président italien Marco Bellini"),
 * or before a comma and maybe a style when that title is the person's ("le président italien, Marco Bellini", "le
 * Premier ministre, M. Luca Ferrante"), or after the title's complement when it names nothing ("le maire de la ville,
 * Ilija Stojanov"); else at the name.
 */
function personPhraseStart(ctx: ExtractionContext, roles: RoleExtraction, p: PersonReference, titles: readonly Span[]): number {
  const styles = roleCuesFor(ctx.language).gapPhrases;
  const title = titles.find((t) => {
    if (t.end > p.start) return false;
    const gap = ctx.text.slice(t.end, p.start);
    if (/^\s*$/u.test(gap)) return true;
    const rest = blankSpans(ctx.text, t.end, p.start, findWordsIn(styles, ctx.text, t.end, p.start));
    const holder = roles.attachedTitles.get(t.start);
    if (/^\s*,[\s,]*$/u.test(rest)) return holder === p.personId;
    // "le maire de la ville, Ilija Stojanov", "the mayor of the city, X": a complement naming no one's, held by no one else.
    return holder === undefined && UNNAMED_TITLE_COMPLEMENT.test(rest);
  });
  return title ? title.start : p.start;
}

/** Whether the person reference is the subject of its clause: no preposition before it in the clause. */
function isSubject(ctx: ExtractionContext, s: Span, p: PersonReference, titles: readonly Span[]): boolean {
  // Start from its title when the title comes first ("par le président Emmanuel Macron").
  const title = titles.find((t) => t.end <= p.start && /^[\s,]*$/.test(ctx.text.slice(t.end, p.start)));
  const from = title ? title.start : p.start;
  const clause = clauseAround(ctx.text, s.start, s.end, from);
  const before = ctx.text.slice(clause.start, from);
  return !NOT_SUBJECT.test(before) && !COMPLEMENT_OF.test(before);
}

/** The subject of a story sentence: the first person named there as a clause subject. */
export function sentenceSubject(ctx: ExtractionContext, roles: RoleExtraction, k: number, before = Infinity): PersonReference | undefined {
  const sentence = ctx.sentences[k];
  if (!sentence) return undefined;
  const s = { start: sentence.start, end: sentence.end };
  const titles = ctx.titlesBySentence[k] ?? [];
  return peopleIn(ctx, roles, k).find((p) => p.end <= before && isSubject(ctx, s, p, titles));
}

/**
 * A subject pronoun of sentence k before `before` that stands for someone ("Samedi, il a rencontré X", not "Il y a deux
 * jours, X a rencontré Y"), when it comes before the sentence's named subject in that subject's clause, or the sentence
 * names none: X after it is its object, not the subject.
 */
function leadingSubjectPronoun(ctx: ExtractionContext, roles: RoleExtraction, k: number, before: number): Span | undefined {
  const sentence = ctx.sentences[k];
  if (!sentence) return undefined;
  const end = Math.min(sentence.end, before);
  // "Il y a deux jours, X a rencontré Y": a date, not a pronoun.
  const pronouns = personalSubjectPronouns(ctx, sentence.start, end);
  const subject = sentenceSubject(ctx, roles, k, before);
  if (!subject) return pronouns[0];
  // "Il a rencontré le président italien, Marco Bellini": the name in apposition is in its title's clause.
  const from = personPhraseStart(ctx, roles, subject, ctx.titlesBySentence[k] ?? []);
  const clause = clauseAround(ctx.text, sentence.start, sentence.end, from);
  return pronouns.find((p) => p.start >= clause.start && p.end <= from);
}

/** How many sentences back a chain of subject pronouns is followed ("X arrived. He met Y. Later, he met Z."). */
const PRONOUN_CHAIN_SENTENCES = 6;

/**
 * The subject of the nearest story sentence before sentence i that has one (two sentences back at most); a sentence
 * whose subject is a pronoun ("On Saturday he called on Y") passes on the person that pronoun stands for.
 */
function previousSubject(ctx: ExtractionContext, roles: RoleExtraction, i: number, chain = 0): PersonReference | undefined {
  for (let k = i - 1, seen = 0; k >= 0 && seen < 2; k--) {
    const sk = ctx.sentences[k];
    if (!sk || !isStorySentence(sk)) continue;
    seen++;
    if (chain < PRONOUN_CHAIN_SENTENCES && leadingSubjectPronoun(ctx, roles, k, Infinity)) return previousSubject(ctx, roles, k, chain + 1);
    const subject = sentenceSubject(ctx, roles, k);
    if (subject) return subject;
    // "Ce déplacement fait suite à … Il s'inscrit dans …": the sentence before opens on a thing, which the pronoun stands for.
    if (seen === 1 && opensOnThing(ctx, k)) return undefined;
  }
  return undefined;
}

/** Sentence k opens on a determiner and a common noun that is no title ("Ce déplacement", "The trip"): a thing as its subject. */
function opensOnThing(ctx: ExtractionContext, k: number): boolean {
  const sentence = ctx.sentences[k];
  const determiner = packFor(ctx.language)?.tense.OPENING_DETERMINER;
  if (!sentence || !determiner) return false;
  const opening = determiner.exec(ctx.text.slice(sentence.start, sentence.end));
  if (!opening) return false;
  const nounStart = sentence.start + opening[0].length;
  const noun = /^\s*(\p{Ll}[\p{L}-]*)/u.exec(ctx.text.slice(nounStart, nounStart + 40));
  if (!noun) return false;
  return !(ctx.titlesBySentence[k] ?? []).some((t) => t.start <= nounStart + noun[0].length && t.end > nounStart);
}

/** A cue ending right before `at`, with at most `maxWords` words between ("sa première visite officielle"). */
export function cueBefore(ctx: ExtractionContext, finder: PhraseFinder, s: Span, at: number, maxWords: number): Span | undefined {
  const from = Math.max(s.start, at - 60);
  return findIn(finder, ctx.text, from, at)
    .reverse()
    .find((h) => {
      const gap = ctx.text.slice(h.end, at);
      if (/[,;:.!?()«»"“”]/.test(gap)) return false;
      return wordCount(gap) <= maxWords;
    });
}

/**
 * The phrase that opens sentence `s` before its subject and holds `at`: a preposition of the pack
 * ("Lors d'un …", "After talks …"), maybe after a participle ("Speaking after …", "S'exprimant
 * après …"), at most four words before `at`, and a comma closing it; or the phrase `at` itself opens
 * ("Arrivé mardi à Hanoï, …", "Arriving in Hanoi on Monday, …"). Null when `at` is elsewhere.
 */
export function frontedPhraseAround(
  ctx: ExtractionContext,
  cues: Pick<EventCues, "frontedPhraseOpeners" | "frontedPhraseParticiples">,
  s: Span,
  at: Span,
): Span | null {
  const clause = clauseAround(ctx.text, s.start, s.end, at.start);
  if (clause.start !== s.start || ctx.text[clause.end] !== ",") return null;
  const opensSentence = (from: number) => /^[\s«"“]*$/u.test(ctx.text.slice(s.start, from));
  // The opener may hold the trigger itself ("En visite à Pékin, …"), or the trigger open the sentence itself,
  // a participle ("Arrivé mardi à Hanoï, le ministre …", "Arriving in Hanoi on Monday, the minister …").
  const opener = findIn(cues.frontedPhraseOpeners, ctx.text, s.start, at.end).find((o) => o.start <= at.start);
  if (!opener) return opensSentence(at.start) ? { start: s.start, end: clause.end } : null;
  const participle = findIn(cues.frontedPhraseParticiples, ctx.text, s.start, opener.start)[0];
  const led =
    opensSentence(opener.start) ||
    (participle !== undefined && opensSentence(participle.start) && /^\s+$/.test(ctx.text.slice(participle.end, opener.start)));
  if (!led || wordCount(ctx.text.slice(Math.min(opener.end, at.start), at.start)) > 4) return null;
  return { start: s.start, end: clause.end };
}

/** The person a singular pronoun or possessive at `at` stands for: the subject before it in its sentence, else the previous subject. */
export function personAt(ctx: ExtractionContext, roles: RoleExtraction, i: number, at: number): string | null {
  // "Samedi, il a rencontré X, puis il s'est entretenu avec Y": the first pronoun's person, not X.
  if (leadingSubjectPronoun(ctx, roles, i, at)) return previousSubject(ctx, roles, i)?.personId ?? null;
  const own = sentenceSubject(ctx, roles, i, at);
  if (own) return own.personId;
  // A fronted clause ("Quelques heures après son arrivée, le Premier ministre a été accueilli"): the sentence's subject.
  const later = sentenceSubject(ctx, roles, i);
  const sentence = ctx.sentences[i];
  const laterStart = later ? personPhraseStart(ctx, roles, later, ctx.titlesBySentence[i] ?? []) : at;
  // "Il a rencontré des élus, dont le maire, X": a name of the list the object opens, not a subject after a fronted clause.
  const included = findWordsIn(eventCues(ctx.language).includingPronouns, ctx.text, at, laterStart).length > 0;
  if (later && sentence && !included && clauseAround(ctx.text, sentence.start, sentence.end, at).end <= laterStart) return later.personId;
  return previousSubject(ctx, roles, i)?.personId ?? null;
}

/**
 * The person a subject pronoun at `at` in sentence i stands for ("Il y a été accueilli par le général Y": not Y): a
 * subject named before it in its sentence, else the subject of the sentence before.
 */
export function subjectPronounReferent(ctx: ExtractionContext, roles: RoleExtraction, i: number, at: number): string | null {
  return (sentenceSubject(ctx, roles, i, at) ?? previousSubject(ctx, roles, i))?.personId ?? null;
}

/**
 * "il effectuait une visite", "On Wednesday, he held talks with X": the person a subject pronoun
 * before the trigger, in its clause or just before it, stands for — none when a person is named
 * between the pronoun and the trigger.
 */
export function pronounSubjectOf(scope: TriggerScope): string | null {
  const { ctx, roles, cues, i, s, trigger, people } = scope;
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  const pronoun = personalSubjectPronouns(ctx, Math.max(s.start, clause.start - 40), trigger.start).at(-1);
  if (!pronoun || people.some((p) => p.start >= pronoun.end && p.end <= trigger.start)) return null;
  // "A welcomed X, who visited Portsmouth where he met Y", "A a accueilli X, qui s'est rendu à Toulon où il a
  // rencontré Y": inside a relative clause, the pronoun stands for the clause's antecedent, not the sentence's subject.
  const inClause = relativeClauses(ctx, s, pronoun)
    .filter((c) => c.start <= pronoun.start && pronoun.end <= c.end)
    .sort((a, b) => b.start - a.start);
  // "X a rencontré Y, avec lequel il a signé", "Y, with whom he signed": after a partner's relative pronoun, the
  // subject pronoun is the main clause's subject, the antecedent its partner.
  const partner = findIn(cues.partnerRelatives, ctx.text, Math.max(s.start, pronoun.start - 24), pronoun.start).find((r) =>
    /^\s*$/u.test(ctx.text.slice(r.end, pronoun.start)),
  );
  if (partner) {
    // The main clause's subject may be a pronoun itself ("Il y a rencontré Y, avec lequel il a signé"): the person before it.
    const main = personalSubjectPronouns(ctx, s.start, partner.start)[0];
    const at = main && !people.some((p) => p.end <= main.start) ? main.start : partner.start;
    return subjectPronounReferent(ctx, roles, i, at);
  }
  for (const c of inClause) {
    const antecedent = antecedentOf(ctx, people, c);
    if (antecedent) return antecedent.personId;
  }
  return personAt(ctx, roles, i, pronoun.start);
}

/** The latest mention of an entity of `type` before `at` (this sentence, then earlier ones), skipping `exclude`. */
export function latestBefore(
  ctx: ExtractionContext,
  i: number,
  at: number,
  type: string,
  exclude: ReadonlySet<string> = new Set(),
): string | null {
  for (let k = i; k >= 0; k--) {
    const list = (ctx.mentionsBySentence[k] ?? []).filter(
      (m) => (k < i || m.end <= at) && typeOf(ctx, m.entityId) === type && m.source !== "demonym" && !exclude.has(m.entityId),
    );
    const last = list.at(-1);
    if (last) return last.entityId;
  }
  return null;
}

/** Words that make a country named after them in the clause an object or a complement, not the subject. */
const NOT_SUBJECT_COUNTRY =
  /(?:^|[\s'’])(?:par|by|avec|with|to|à|au|aux|en|in|pour|for|from|de|du|des|d|of|que|than|entre|between|contre|against)(?=[\s'’]|$)/iu;

/**
 * The country a sentence before `at` is about: the first country named as a clause subject in
 * this sentence before `at`, else in the two story sentences before ("La Bolivie quant à elle
 * était …. Le pays andin avait signé …").
 */
export function previousSubjectCountry(ctx: ExtractionContext, i: number, at: number): string | null {
  for (let k = i, seen = 0; k >= 0 && seen < 3; k--) {
    const sk = ctx.sentences[k];
    if (!sk || !isStorySentence(sk)) continue;
    seen++;
    const s = { start: sk.start, end: sk.end };
    const subject = (ctx.mentionsBySentence[k] ?? []).find((m) => {
      if ((k === i && m.end > at) || typeOf(ctx, m.entityId) !== "Country" || m.source === "demonym") return false;
      const clause = clauseAround(ctx.text, s.start, s.end, m.start);
      return !NOT_SUBJECT_COUNTRY.test(ctx.text.slice(clause.start, m.start));
    });
    if (subject) return subject.entityId;
  }
  return null;
}

/** The grammatical gender of a person or a pronoun: "m", "f". */
type Gender = "m" | "f";

/** Whether `finder` matches the whole of `text` ("elle", not "elles"). */
function wholeMatch(finder: PhraseFinder, text: string): boolean {
  return finder.findAll(text).some((h) => h.start === 0 && h.end === text.length);
}

/** The gender a pronoun marks ("il", "la", "him", "she"), or null ("l'"). */
function pronounGender(ctx: ExtractionContext, cues: EventCues, pronoun: Span): Gender | null {
  const text = ctx.text.slice(pronoun.start, pronoun.end);
  return wholeMatch(cues.masculinePronouns, text) ? "m" : wholeMatch(cues.femininePronouns, text) ? "f" : null;
}

/**
 * The gender the document marks for a person: an honorific or an article right before one of their names or
 * titles ("M. Costa", "Ms Berg", "la présidente de la Commission, X", "Le président ukrainien"); null when it marks
 * none, or both.
 */
function personGender(ctx: ExtractionContext, roles: RoleExtraction, personId: string): Gender | null {
  const cues = eventCues(ctx.language);
  const spans: Span[] = [
    ...ctx.mentionsBySentence.flat().filter((m) => m.entityId === personId),
    ...roles.roles.filter((r) => r.personId === personId).map((r) => r.titleSpan),
    ...roles.titleReferences.flat().filter((r) => r.personId === personId),
  ];
  const found = new Set<Gender>();
  for (const span of spans) {
    const marked = (finder: PhraseFinder) =>
      findWordsIn(finder, ctx.text, Math.max(0, span.start - 6), span.start).some((h) => /^\s*$/u.test(ctx.text.slice(h.end, span.start)));
    if (marked(cues.masculineMarkers)) found.add("m");
    if (marked(cues.feminineMarkers)) found.add("f");
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** Most characters between an object pronoun and the verb of meeting it is the object of ("l'avait pourtant reçu"). */
const OBJECT_PRONOUN_REACH = 40;

/**
 * The pronoun a meeting's verb takes as its object: before it ("Y l'avait reçu", "Y la recevra", "doit le recevoir":
 * auxiliaries and adverbs between, a verb form of the pack, not the noun "la rencontre"), right after it ("met him in
 * Rome"; "her" only where no noun follows, not "met her counterpart"), or after a link word ("s'est entretenu avec
 * elle", "held talks with her").
 */
function objectPronounOf(scope: TriggerScope): Span | null {
  const { ctx, cues, s, trigger } = scope;
  const verb = findWordsIn(cues.verbsAfterObjectPronoun, ctx.text, trigger.start, trigger.end).at(-1);
  if (verb) {
    const from = Math.max(s.start, verb.start - OBJECT_PRONOUN_REACH);
    const between = [
      ...findIn(cues.auxiliaries, ctx.text, from, verb.start),
      ...findIn(cues.adverbsInsideTriggers, ctx.text, from, verb.start),
    ];
    const before = findWordsIn(cues.objectPronounsBeforeVerb, ctx.text, from, verb.start)
      .reverse()
      .find((p) => /^\s*$/u.test(blankSpans(ctx.text, p.end, verb.start, between)));
    if (before) return before;
  }
  const clause = clauseAround(ctx.text, s.start, s.end, trigger.start);
  const to = Math.min(clause.end, trigger.end + 30);
  const adverbs = findIn(cues.adverbsInsideTriggers, ctx.text, trigger.end, to);
  const right = (from: number, finder: PhraseFinder) =>
    findWordsIn(finder, ctx.text, from, to).find((p) => /^\s*$/u.test(blankSpans(ctx.text, from, p.start, adverbs)));
  const link = right(trigger.end, cues.objectPronounLinks);
  const after = link ? right(link.end, cues.objectPronounsAfterLink) : right(trigger.end, cues.objectPronounsAfterVerb);
  if (!after) return null;
  // "met her counterpart": a possessive, unless what follows is no noun ("met her in Rome", "met her.").
  if (pronounGender(ctx, cues, after) === "f" && cues.possessivesSingular.test(ctx.text.slice(after.start, after.end))) {
    const next = /^\s*([\p{L}]+)/u.exec(ctx.text.slice(after.end, s.end))?.[1];
    if (next !== undefined && !wholeMatch(cues.afterObjectHer, next)) return null;
  }
  return after;
}

/**
 * "De Wever réclame des garanties. … Merz l'avait reçu à Berlin", "X met him in Rome", "Y s'était entretenu avec elle":
 * the person a pronoun object of a meeting's verb stands for. The candidates are the people named in its sentence
 * before it and in the nearest story sentence before that names someone (two back at most), less the meeting's own
 * people (`taken`); of those whose gender the pronoun allows, the only one, else the only one the document marks with
 * the pronoun's gender. Null otherwise: no guess between two.
 */
export function pronounObjectOf(scope: TriggerScope, taken: readonly string[]): string | null {
  const { ctx, roles, cues, i } = scope;
  const pronoun = objectPronounOf(scope);
  if (!pronoun) return null;
  const gender = pronounGender(ctx, cues, pronoun);
  const open = (p: PersonReference) => !taken.includes(p.personId);
  const here = peopleIn(ctx, roles, i).filter((p) => p.end <= pronoun.start && open(p));
  let earlier: PersonReference[] = [];
  for (let k = i - 1, seen = 0; k >= 0 && seen < 2 && earlier.length === 0; k--) {
    const sk = ctx.sentences[k];
    if (!sk || !isStorySentence(sk)) continue;
    seen++;
    earlier = peopleIn(ctx, roles, k).filter(open);
  }
  const candidates = [...new Set([...earlier, ...here].map((p) => p.personId))];
  const allowed = candidates.filter((id) => gender === null || (personGender(ctx, roles, id) ?? gender) === gender);
  if (allowed.length === 1) return allowed[0] ?? null;
  const marked = gender === null ? [] : allowed.filter((id) => personGender(ctx, roles, id) === gender);
  return marked.length === 1 ? (marked[0] ?? null) : null;
}
