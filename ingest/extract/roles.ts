/**
 * Roles: which office each person holds, from the titles around their names.
 *   title before the name      "La Première ministre japonaise Takaichi Sanae", "UK Prime Minister Keir Starmer"
 *   title, comma, name         "le chef de la politique étrangère de l'UE, Josep Borrell"
 *   apposition after the name  "Keir Starmer, le leader du Parti travailliste et chef de l'opposition au Royaume-Uni"
 *   coordinated titles         "L'ancien ministre de la Défense et Premier ministre japonais nouvellement élu, Ishiba Shigeru"
 *   counterparts               "son homologue britannique Keir Starmer" (the office follows from the other side's)
 *   respectively               "X, Y et Z, respectivement ministres de la Défense du Japon, du Royaume-Uni et de l'Italie"
 *   tenure by a verb           "X will take over as …" (designated), "X a quitté ses fonctions de …" (former),
 *                              "Kenya's defence minister, X, resigned" (former), "named X defence minister, effective March 1" (designated)
 * Also resolves a title standing alone ("Le Premier ministre britannique doit …") to the person
 * of the document who holds that office, so events can count that person as a participant.
 */
import type { IsoDate } from "../../src/model/extraction.js";
import type { KbTitle } from "../../src/model/kb.js";
import type { EntityMention, Tenure, TitleMention } from "../../src/model/mentions.js";
import { foldForMatch } from "../../src/kb/normalize.js";
import { ADJECTIVE_ENDING, FUNCTION_WORDS } from "../recognize/lexicon.js";
import { isStorySentence, type ExtractionContext } from "./context.js";
import type { PhraseFinder, PhraseHit } from "./lexicon.js";
import { roleCuesFor, type RoleCues } from "./role-cues.js";
import { blankSpans, findIn, findWordsIn, isLinkingGap, overlaps, type Span } from "./spans.js";
import { findSuccessions } from "./succession.js";
import { titlesWrittenAs } from "./kb-titles.js";
import { eventCues } from "./events/cues.js";

export interface RoleClaim {
  personId: string;
  targetId: string; // Country or Organization id
  title: string; // English
  titleText: string; // verbatim
  titleId: string | null;
  titleKind: KbTitle["kind"];
  /** Held now, before, for the time being, or not yet (the graph's HOLDS_ROLE `tenure`). */
  tenure: Tenure;
  asOf: IsoDate | null;
  sentenceIndex: number;
  titleSpan: Span;
  confidence: number;
}

/** A span that stands for a person: a name, or a title standing alone resolved to its holder. */
export interface PersonReference extends Span {
  personId: string;
  sentenceIndex: number;
  viaTitle: boolean;
}

export interface RoleExtraction {
  roles: RoleClaim[];
  /** Titles standing alone resolved to a person, by sentence. */
  titleReferences: PersonReference[][];
  /** Titles attached to a person (either side), by the title's start offset. */
  attachedTitles: ReadonlyMap<number, string>;
}

const isPerson = (ctx: ExtractionContext, m: EntityMention): boolean => ctx.entityById.get(m.entityId)?.type === "Person";
const isCountryOrOrg = (ctx: ExtractionContext, id: string | null | undefined): id is string => {
  const type = id ? (ctx.entityById.get(id)?.type ?? typeFromKb(ctx, id)) : null;
  return type === "Country" || type === "Organization";
};
function typeFromKb(ctx: ExtractionContext, id: string): string | null {
  const entry = ctx.kb.byId.get(id);
  if (!entry) return null;
  return "iso2" in entry ? "Country" : entry.type;
}

/** The KB's titles by a key, the first title with a key winning (as a scan in order finds): built once per title list. */
function firstTitleByKey(
  cache: WeakMap<readonly KbTitle[], ReadonlyMap<string, KbTitle>>,
  titles: readonly KbTitle[],
  keyOf: (t: KbTitle) => string,
): ReadonlyMap<string, KbTitle> {
  let byKey = cache.get(titles);
  if (!byKey) {
    const first = new Map<string, KbTitle>();
    for (const t of titles) if (!first.has(keyOf(t))) first.set(keyOf(t), t);
    byKey = first;
    cache.set(titles, first);
  }
  return byKey;
}
const titleByEnglish = new WeakMap<readonly KbTitle[], ReadonlyMap<string, KbTitle>>();
const titleById = new WeakMap<readonly KbTitle[], ReadonlyMap<string, KbTitle>>();

function kbTitleByEnglish(ctx: ExtractionContext, english: string): KbTitle | undefined {
  return firstTitleByKey(titleByEnglish, ctx.kb.titles, (t) => t.title.toLowerCase()).get(english.toLowerCase());
}

function kbTitleById(ctx: ExtractionContext, id: string | null): KbTitle | undefined {
  return id ? firstTitleByKey(titleById, ctx.kb.titles, (t) => t.id).get(id) : undefined;
}

/** Whether a KB office ({title, of}) is the office a title mention names. */
function officeMatches(ctx: ExtractionContext, officeTitle: string, t: { titleId: string | null; title: string }): boolean {
  if (t.titleId && officeTitle === t.titleId) return true;
  const english = officeTitle.startsWith("title:") ? kbTitleById(ctx, officeTitle)?.title : officeTitle;
  return !!english && english.toLowerCase() === t.title.toLowerCase();
}

/** The country or organisation a title belongs to when the text does not say: the KB title's default, or the person's KB office. */
function fallbackOf(ctx: ExtractionContext, t: TitleMention, personId: string | null): string | null {
  const kbTitle = kbTitleById(ctx, t.titleId);
  // "Defense Secretary Gilberto Teodoro": a title another country uses too is not the default country's for a person the KB places elsewhere.
  const person = personId ? ctx.kb.byId.get(personId) : undefined;
  const elsewhere =
    person !== undefined &&
    !("iso2" in person) &&
    !!person.country &&
    kbTitle?.defaultOf?.startsWith("country:") === true &&
    person.country !== kbTitle.defaultOf;
  if (kbTitle?.defaultOf && kbTitle.defaultOf !== "country" && !elsewhere && isCountryOrOrg(ctx, kbTitle.defaultOf))
    return kbTitle.defaultOf;
  if (personId) {
    const person = ctx.kb.byId.get(personId);
    if (person && !("iso2" in person)) {
      const office = (person.offices ?? []).find((o) => officeMatches(ctx, o.title, t));
      if (office && isCountryOrOrg(ctx, office.of)) return office.of;
    }
  }
  return null;
}

/** Where a title's complement begins: "of", "de", "du", "des", "d'" ("President of the Council of Ministers"). */
const TITLE_COMPLEMENT = /(?<![\p{L}])(?:of|de|du|des|d['’])(?![\p{L}])/iu;

/**
 * A title written in the plural: a plural title word in its head, before its complement ("foreign ministers",
 * "ministres de la Défense", "heads of government"), not inside the complement ("President of the Council of
 * Ministers", "président du Conseil des ministres" is one person).
 */
export function isPluralTitle(ctx: ExtractionContext, t: { text: string }): boolean {
  const complement = TITLE_COMPLEMENT.exec(t.text);
  const head = complement ? t.text.slice(0, complement.index) : t.text;
  return ctx.lexicon.pluralTitleWords.test(head);
}

function isPlural(ctx: ExtractionContext, t: TitleMention): boolean {
  return isPluralTitle(ctx, t);
}

function asOfFor(ctx: ExtractionContext, sentenceIndex: number): IsoDate | null {
  const dated = ctx.temporal(sentenceIndex)[0];
  return dated?.date ?? ctx.published;
}

/** Country/organisation mentions in [start, end): the complements a gap may hold. */
function complementSpans(ctx: ExtractionContext, mentions: EntityMention[], start: number, end: number): EntityMention[] {
  return mentions.filter((m) => m.start >= start && m.end <= end && isCountryOrOrg(ctx, m.entityId));
}

interface Attachment {
  title: TitleMention;
  personId: string;
  of: string | null; // complement found beside the title when the title mention has none
  confidence: number;
  /** A counterpart listed after another ("… ainsi que l'Allemand Y"): that one's title, before which the other side is named. */
  sideOf?: Span;
  /** The office told by a verb of its holder ("X conserve le portefeuille de la Défense"), as surely as by a title beside the name. */
  statedByVerb?: boolean;
  /** The appointment's verb that gives the office ("President X named Y defence minister"): whoever appoints stands before it. */
  appointment?: Span;
}

/** Both finders' hits, for a gap that may hold either's phrases. */
function eitherPhrase(a: PhraseFinder, b: PhraseFinder): PhraseFinder {
  const findAll = (text: string): PhraseHit[] => [...a.findAll(text), ...b.findAll(text)];
  return {
    findAll,
    test: (text) => findAll(text).length > 0,
    findInRange: (text, start, end) => [...a.findInRange(text, start, end), ...b.findInRange(text, start, end)],
  };
}

/** "(RDC)", "(UK)": an acronym in parentheses between a title and its holder. */
function parentheticals(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  for (const m of text.slice(start, end).matchAll(/\(\s*[\p{Lu}\p{N}][\p{L}\p{N}.&-]{0,11}\s*\)/gu))
    out.push({ start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

/**
 * "l'ambassadeur de Chine à Nairobi, X", "India's High Commissioner in Dhaka, X": the city or country where an office
 * serves, after a posting link ("à", "in": the pack's POSTING_LINKS), inside [start, end) — the link and the place's span.
 */
function postingPlaces(ctx: ExtractionContext, cues: RoleCues, mentions: readonly EntityMention[], start: number, end: number): Span[] {
  const out: Span[] = [];
  for (const m of mentions) {
    if (m.start < start || m.end > end || m.source === "demonym") continue;
    const type = ctx.entityById.get(m.entityId)?.type ?? typeFromKb(ctx, m.entityId);
    if (type !== "Place" && type !== "Country") continue;
    const before = ctx.text.slice(start, m.start);
    const link = cues.postingLinks.findAll(before).find((h) => /^\s*$/u.test(before.slice(h.end)));
    if (link) out.push({ start: start + link.start, end: m.end });
  }
  return out;
}

/** What may stand between a title and its holder besides link words: qualifiers, adverbs, honorifics. */
const gapPhrases = (ctx: ExtractionContext, cues: RoleCues): PhraseFinder => eitherPhrase(ctx.lexicon.titleModifiers, cues.gapPhrases);

/**
 * Groups titles into chains that one person holds: joined by "et"/"and" ("ancien ministre de la
 * Défense et Premier ministre japonais"), or stacked appositions before the name ("l'actuel
 * président de l'EAC, le président du Soudan du Sud, X").
 */
function titleChains(ctx: ExtractionContext, cues: RoleCues, titles: TitleMention[], mentions: EntityMention[]): TitleMention[][] {
  const chains: TitleMention[][] = [];
  for (const t of titles) {
    const last = chains.at(-1);
    const prev = last?.at(-1);
    // "le commandant de la force, le général X": the head noun the command is of belongs to it.
    const command = prev !== undefined && isRank(ctx, prev) ? headNounCommand(ctx, cues, prev) : null;
    const between = prev ? ctx.text.slice(command?.end ?? prev.end, t.start) : "";
    const joined =
      prev !== undefined &&
      isLinkingGap(ctx.text, prev.end, t.start, {
        allowCoordinator: true,
        allowLinkWords: true,
        allowedSpans: complementSpans(ctx, mentions, prev.end, t.start),
        allowedPhrases: gapPhrases(ctx, cues),
        maxLength: 60,
      }) &&
      (/\b(et|and)\b|&/.test(foldForMatch(between).replace(/[^\s\p{L}&]/gu, " ")) || STACKED_APPOSITION.test(between));
    // "Pakistan army chief General X", "the head of the navy, Rear Admiral X": a rank right after an office, the same person's.
    // "the commander of the fleet, Vice Admiral X": a command (a rank word with its owner after it) is an office too.
    const office = prev !== undefined && (!isRank(ctx, prev) || commandOfNamedOwner(ctx, prev) || command !== null);
    const rankAfterOffice = office && isRank(ctx, t) && (/^\s*,?\s*$/u.test(between) || STACKED_APPOSITION.test(between));
    // "X, director of the agency, and Acme Chief Executive Y": the apposition closed, the list goes on to another person.
    const nextPerson = last !== undefined && CLOSED_THEN_COORDINATED.test(between) && inAppositionAfterName(ctx, mentions, last[0]);
    if (last && (joined || rankAfterOffice) && !nextPerson) last.push(t);
    else chains.push([t]);
  }
  return chains;
}

/** A comma, then "and"/"et": what comes after is the next item of a list, not more of the title before. */
const CLOSED_THEN_COORDINATED = /,\s*(?:and|et)\s/iu;

/** Whether a title opens an apposition to the person named right before it ("X, director of …"). */
function inAppositionAfterName(ctx: ExtractionContext, mentions: EntityMention[], t: TitleMention): boolean {
  const before = [...mentions].reverse().find((m) => m.end <= t.start);
  return before !== undefined && isPerson(ctx, before) && APPOSITION.test(ctx.text.slice(before.end, t.start));
}

/** A military rank ("General", "Rear Admiral"), which its holder wears beside an office. */
function isRank(ctx: ExtractionContext, t: TitleMention): boolean {
  return kbTitleById(ctx, t.titleId)?.rank === true;
}

/** A link word that opens a title's complement: "commander of the …", "commandant des forces …". */
const COMPLEMENT_LINK = /(?:^|[^\p{L}])(?:of|de|du|des|d['’])(?=[\s'’])/iu;

/**
 * "commander of the Hellenic Navy", "commandant des forces terrestres françaises": a rank word with its owner named in a
 * complement after it (past the rank's own KB form: "général de division nigérien" has none) is a command, an office
 * of that owner. "le général nigérien X", "British Air Chief Marshal Y", "General X": a rank is a grade its holder
 * wears, no office of a country, and makes no role.
 */
function commandOfNamedOwner(ctx: ExtractionContext, t: TitleMention): boolean {
  if (t.ofEntityId === null) return false;
  const owner = (ctx.mentionsBySentence[t.sentenceIndex] ?? []).find(
    (m) => m.entityId === t.ofEntityId && m.start > t.start && m.end <= t.end,
  );
  if (!owner) return false;
  const written = foldForMatch(ctx.text.slice(t.start, owner.start));
  const rankForm = (kbTitleById(ctx, t.titleId)?.forms ?? [])
    .map(foldForMatch)
    .filter((f) => written.startsWith(f))
    .reduce((longest, f) => (f.length > longest.length ? f : longest), "");
  return COMPLEMENT_LINK.test(written.slice(rankForm.length));
}

/** ", le ", ", the ": a second title in apposition to the first, before the name they both describe. */
const STACKED_APPOSITION = /,\s*(?:le|la|l['’]|the)\s*$/iu;

/** The complement right before a title ("UK Prime Minister", "Japan's Defence Minister"). */
function complementBefore(ctx: ExtractionContext, mentions: EntityMention[], t: TitleMention): string | null {
  const before = [...mentions].reverse().find((m) => m.end <= t.start && isCountryOrOrg(ctx, m.entityId));
  if (!before) return null;
  return /^(?:'s|’s|s')?\s*$/.test(ctx.text.slice(before.end, t.start)) ? before.entityId : null;
}

/**
 * Titles and the names beside them: the name after the title ("le président français X", "the
 * head of the agency, X", "UAE President His Highness Sheikh X"), or before it in apposition
 * ("X, ministre de …", "X, également chef du parti"); coordinated and stacked titles go together.
 */
function titlesAndNames(ctx: ExtractionContext, cues: RoleCues, sentenceIndex: number): Attachment[] {
  const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
  const titles = ctx.titlesBySentence[sentenceIndex] ?? [];
  const people = mentions.filter((m) => isPerson(ctx, m));
  const phrases = gapPhrases(ctx, cues);
  const out: Attachment[] = [];
  for (const chain of titleChains(ctx, cues, titles, mentions)) {
    const first = chain[0];
    const last = chain.at(-1) as TitleMention;
    if (chain.every((t) => isPlural(ctx, t))) continue; // "les ministres de la Défense": handled with "respectivement"
    const gapAfter = (p: EntityMention) =>
      isLinkingGap(ctx.text, last.end, p.start, {
        allowLinkWords: true,
        allowedSpans: [
          ...complementSpans(ctx, mentions, last.end, p.start),
          ...parentheticals(ctx.text, last.end, p.start),
          ...postingPlaces(ctx, cues, mentions, last.end, p.start),
        ],
        // "a professor at Keio University, X", "un chercheur chez Y, X": the link to the owner between the title and the name.
        allowedPhrases: eitherPhrase(phrases, cues.appositionOwnerLinks),
        maxLength: 80,
      });
    const after = people.find((p) => p.start >= last.end && gapAfter(p));
    const before = [...people].reverse().find((p) => p.end <= first.start);
    const apposition =
      before !== undefined &&
      APPOSITION.test(blankPhrases(ctx.text.slice(before.end, first.start), cues.gapPhrases)) &&
      !subjectAfterFrontedPhrase(ctx, before, chain);
    // Nothing but honorifics between the title and the name ("Qatar's Emir Sheikh Tamim"): the name is the title's, whatever came before.
    const tight = after !== undefined && /^\s*$/.test(blankPhrases(ctx.text.slice(last.end, after.start), cues.gapPhrases));
    const person = tight
      ? after
      : apposition &&
          !titleOpensNextApposition(ctx, out, { start: first.start, end: last.end, ofEntityId: first.ofEntityId }, before, after)
        ? before
        : after;
    if (!person) continue;
    const gapEnd = person === after ? person.start : first.start;
    const gapStart = person === after ? last.end : person.end;
    // "the ambassador to Japan, X": a country after "to" is where the office serves, not whose it is; so is a
    // diplomat's country after "in", "à" ("l'ambassadeur à Tokyo et au Japon, X").
    const posted = last.kind === "diplomat" ? postingPlaces(ctx, cues, mentions, gapStart, gapEnd) : [];
    const gapComplement =
      complementSpans(ctx, mentions, gapStart, gapEnd).find(
        (m) => !/(?:^|\s)to\s+(?:the\s+)?$/iu.test(ctx.text.slice(gapStart, m.start)) && !posted.some((x) => overlaps(x, m)),
      )?.entityId ?? null;
    for (const t of chain) {
      out.push({
        title: t,
        personId: person.entityId,
        of:
          t.ofEntityId ??
          complementBefore(ctx, mentions, t) ??
          (person === after ? gapComplement : ownerAfterApposition(ctx, cues, mentions, t)) ??
          ownerAfterName(ctx, cues, person, t),
        confidence: tight ? 0.95 : 0.85,
      });
    }
  }
  return out;
}

/** After a title, what closes an apposition: a comma, a stop, a bracket, a dash, or the sentence's end. */
const APPOSITION_CLOSED = /^\s*(?:[,;:.)—–]|$)/u;

/**
 * "After meeting X, the defence minister of Serbia said …", "Après avoir rencontré X, le ministre de la Défense a déclaré
 * …": a name closing a phrase fronted before the subject (one of the pack's FRONTED_PHRASE_OPENERS opens the sentence, and
 * the comma after the name is the sentence's first), then a definite title (a chain of them) the sentence goes on after
 * without a comma: the title is the subject of the main clause, no apposition to the name. "After meeting X, the defence
 * minister of Serbia, the president said" keeps it: the apposition is closed.
 */
function subjectAfterFrontedPhrase(ctx: ExtractionContext, person: EntityMention, chain: readonly TitleMention[]): boolean {
  const first = chain[0];
  const s = first ? ctx.sentences[first.sentenceIndex] : undefined;
  if (!first || !s || !DEFINITE_OFFICE_LEAD.test(ctx.text.slice(Math.max(s.start, first.start - 6), first.start))) return false;
  const opener = findIn(eventCues(ctx.language).frontedPhraseOpeners, ctx.text, s.start, person.start)[0];
  if (!opener || !/^[\s«"“]*$/u.test(ctx.text.slice(s.start, opener.start))) return false;
  if (ctx.text.slice(s.start, person.start).includes(",")) return false;
  // "the defence minister of Serbia, the president said": a title of the chain closed by a comma closes the apposition.
  return !chain.some((t) => APPOSITION_CLOSED.test(ctx.text.slice(t.end, s.end)));
}

/**
 * "X, le président américain, Donald Trump, a répondu", "son homologue allemand Boris Pistorius, la
 * ministre française des Armées, Catherine Vautrin, …": a title between two names, a comma on each
 * side, describes the name after it when the name before already has its own office (attached from
 * an earlier title of the sentence), or is known to hold office for another country than the title's.
 */
function titleOpensNextApposition(
  ctx: ExtractionContext,
  attached: readonly Attachment[],
  chain: Span & { ofEntityId: string | null },
  before: EntityMention | undefined,
  after: EntityMention | undefined,
): boolean {
  if (!before || !after) return false;
  // Between the title and the name after it: a comma, the title's country aside ("le président [américain], X", "la ministre de la [France], X").
  const owners = (ctx.mentionsBySentence[after.sentenceIndex] ?? []).filter((m) => isCountryOrOrg(ctx, m.entityId));
  const gap = blankSpans(ctx.text, chain.end, after.start, owners).replace(OWNER_LINK, "");
  if (!/^\s*,\s*$/.test(gap)) return false;
  if (attached.some((a) => a.personId === before.entityId && a.title.end <= before.start)) return true;
  const country = chain.ofEntityId;
  const known = country ? knownCountries(ctx, before.entityId) : [];
  return known.length > 0 && !known.includes(country ?? "") && !knownCountries(ctx, after.entityId).some((c) => c !== country);
}

const OWNER_LINK = /^\s*(?:de la|de l['’]|du|des|de|d['’]|of the|of)(?=\s|$)/iu;

/** The countries the knowledge base says a person holds or held office for, or is from. */
function knownCountries(ctx: ExtractionContext, personId: string): string[] {
  const entry = ctx.kb.byId.get(personId);
  if (!entry || "iso2" in entry) return [];
  const countries = (entry.offices ?? [])
    .map((o) => o.of)
    .filter((of) => ctx.kb.byId.get(of) !== undefined && "iso2" in (ctx.kb.byId.get(of) ?? {}));
  if (entry.country) countries.push(entry.country);
  return [...new Set(countries)];
}

/** ", le ", ", son ", ", the " …: a comma and maybe a determiner between a name and the title that describes it. */
const APPOSITION = /^\s*,\s*(?:(?:le|la|l'|l’|the|an?|un|une|son|sa|his|her)\s+|l['’])?$/i;

/** The text with the finder's phrases taken out (and the spaces around them folded into one). */
function blankPhrases(text: string, finder: PhraseFinder): string {
  let out = text;
  for (const hit of [...finder.findAll(text)].sort((a, b) => b.start - a.start)) out = `${out.slice(0, hit.start)} ${out.slice(hit.end)}`;
  return out.replace(/\s+/g, " ");
}

/**
 * "X, a professor at Keio University, said", "X, chercheuse à l'Institut Y, estime", "X, executive vice president of
 * Acme Motors,": in an apposition after the name, the organisation or country right after the title, past one of the
 * pack's APPOSITION_OWNER_LINKS and nothing else, is the office's owner.
 */
function ownerAfterApposition(ctx: ExtractionContext, cues: RoleCues, mentions: readonly EntityMention[], t: TitleMention): string | null {
  const next = mentions.find((m) => m.start >= t.end);
  if (!next || next.source === "demonym" || !isCountryOrOrg(ctx, next.entityId)) return null;
  const link = withoutFieldOfWork(cues, ctx.text.slice(t.end, next.start).trim(), t);
  const whole = (finder: PhraseFinder) => finder.findAll(link).some((h) => h.start === 0 && h.end === link.length);
  // "X, ambassadeur au Japon", "Y, a former ambassador to China": where a diplomat serves, not whose they are.
  if (t.kind === "diplomat" && whole(cues.postingLinks)) return null;
  return link.length > 0 && whole(cues.appositionOwnerLinks) ? next.entityId : null;
}

/** Most words of a field of work: "history", "science politique", "international political economy". */
const FIELD_OF_WORK_WORDS = 3;

/**
 * The words between a title and its owner past the field of work a title of kind "other" may name first ("of history at
 * the" → "at the", "de science politique à l'" → "à l'"): a field link, then one to three lower-case words that are no
 * function words. The gap as it is when there is none.
 */
function withoutFieldOfWork(cues: RoleCues, gap: string, t: TitleMention): string {
  if (t.kind !== "other") return gap;
  const link = cues.fieldOfWorkLinks.findAll(gap).find((h) => h.start === 0);
  if (!link) return gap;
  const words = [...gap.slice(link.end).matchAll(/\S+/gu)];
  for (let k = 0; k < Math.min(FIELD_OF_WORK_WORDS, words.length - 1); k++) {
    const word = words[k]?.[0] ?? "";
    if (!/^\p{Ll}[\p{L}-]*$/u.test(word) || FUNCTION_WORDS.has(foldForMatch(word))) break;
    const rest = gap.slice(link.end + (words[k + 1]?.index ?? gap.length)).trim();
    if (cues.appositionOwnerLinks.findAll(rest).some((h) => h.start === 0 && h.end === rest.length)) return rest;
  }
  return gap;
}

/**
 * "la princesse héritière Victoria de Suède", "King X of Bahrain": with the title right before
 * the name, a country right after it ("de", "of") is the office's owner.
 */
function ownerAfterName(ctx: ExtractionContext, cues: RoleCues, person: EntityMention, t: TitleMention): string | null {
  if (t.end > person.start || !/^[\s\p{L}.]*$/u.test(ctx.text.slice(t.end, person.start))) return null;
  const next = (ctx.mentionsBySentence[person.sentenceIndex] ?? []).find((m) => m.start > person.end && m.start <= person.end + 8);
  if (!next || !isCountryOrOrg(ctx, next.entityId) || next.source === "demonym") return null;
  const link = ctx.text.slice(person.end, next.start).trim();
  return cues.ownerAfterName.findAll(link).some((h) => h.start === 0 && h.end === link.length) ? next.entityId : null;
}

/**
 * A plural title the recogniser left out ("ministres de la Défense", "defence ministers of"):
 * the longest KB title form that the text starts with once its words are made singular.
 */
function pluralTitleIn(ctx: ExtractionContext, sentenceIndex: number, start: number, end: number): TitleMention | null {
  const raw = ctx.text.slice(start, end);
  const lead = raw.match(/^[\s,]*(?:(?:les|the|des|de|respectivement|respectively)\s+)*/i)?.[0].length ?? 0;
  const singular = singularWords(foldForMatch(raw.slice(lead)));
  // The longest form that the singular words start with (forms come longest first), its words made singular too.
  const found = foldedTitleForms(ctx.kb.titles, singular.split(" ")[0] ?? "").find(
    ({ folded }) => singular === folded || singular.startsWith(`${folded} `),
  );
  if (!found) return null;
  const best = { title: found.title };
  // Map the singular form back onto the text: as many words as the form has.
  const formWords = found.folded.split(" ").length;
  const tokens = [...raw.slice(lead).matchAll(/[^\s,;:]+/g)].slice(0, formWords);
  const last = tokens.at(-1);
  if (!last || last.index === undefined) return null;
  const titleStart = start + lead;
  const titleEnd = titleStart + last.index + last[0].length;
  // Written as a singular form ("ministre des Affaires étrangères"): no plural title.
  const written = foldForMatch(ctx.text.slice(titleStart, titleEnd));
  if (best.title.forms.some((form) => foldForMatch(form) === written)) return null;
  return {
    start: titleStart,
    end: titleEnd,
    text: ctx.text.slice(titleStart, titleEnd),
    sentenceIndex,
    titleId: best.title.id,
    title: best.title.title,
    kind: best.title.kind,
    ofEntityId: null,
    tenure: "current",
    counterpart: false,
  };
}

/** "X, Y et Z, respectivement ministres de la Défense du Japon, du Royaume-Uni et de l'Italie". */
function respectively(ctx: ExtractionContext, sentenceIndex: number): Attachment[] {
  const s = ctx.sentences[sentenceIndex];
  if (!s) return [];
  const marker = findIn(ctx.lexicon.respectively, ctx.text, s.start, s.end)[0];
  if (!marker) return [];
  const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
  const persons = mentions.filter((m) => isPerson(ctx, m));
  // People come first; the title and the list of countries follow them (the marker before or after).
  const firstPerson = persons[0];
  if (!firstPerson) return [];
  const peopleBlock: EntityMention[] = [firstPerson];
  for (const p of persons.slice(1)) {
    const prev = peopleBlock.at(-1) as EntityMention;
    if (isLinkingGap(ctx.text, prev.end, p.start, { allowCoordinator: true, maxLength: 8 })) peopleBlock.push(p);
    else break;
  }
  const lastPerson = peopleBlock.at(-1) as EntityMention;
  const titles = ctx.titlesBySentence[sentenceIndex] ?? [];
  const people = [...new Set(peopleBlock.map((m) => m.entityId))];
  // One title per person: "respectivement ministre de l'Europe … et ministre des Affaires extérieures de l'Inde".
  const listed = titles.filter((t) => t.start >= lastPerson.end).slice(0, people.length);
  if (people.length >= 2 && listed.length === people.length) {
    // An elided office takes the last one's: "ministre sud-coréen et ministre japonais des Affaires étrangères".
    const last = listed.at(-1) as TitleMention;
    const generic = (t: TitleMention) =>
      t.kind === last.kind && t.title.toLowerCase() === "minister" && last.title.toLowerCase() !== "minister";
    return people.map((personId, i) => {
      const own = listed[i];
      const title = generic(own) ? { ...own, title: last.title, titleId: last.titleId } : own;
      return { title, personId, of: own.ofEntityId, confidence: 0.8 };
    });
  }
  const complements: EntityMention[] = mentions.filter(
    (m) => m.start >= lastPerson.end && isCountryOrOrg(ctx, m.entityId) && m.source !== "demonym",
  );
  const firstComplement = complements[0];
  if (!firstComplement) return [];
  const title =
    titles.find((t) => t.start >= lastPerson.end && t.start < firstComplement.start) ??
    pluralTitleIn(ctx, sentenceIndex, lastPerson.end, firstComplement.start);
  if (!title) return [];
  const countries = [...new Set(complements.map((m) => m.entityId))];
  if (people.length < 2 || countries.length < people.length) return [];
  return people.map((personId, i) => ({ title, personId, of: countries[i] ?? null, confidence: 0.8 }));
}

/** The other side of a counterpart: the nearest person before, in the sentence or earlier. */
function otherSide(ctx: ExtractionContext, t: TitleMention, personId: string): string | null {
  for (let i = t.sentenceIndex; i >= Math.max(0, t.sentenceIndex - 3); i--) {
    const people = (ctx.mentionsBySentence[i] ?? []).filter((m) => isPerson(ctx, m) && m.entityId !== personId && m.end <= t.start);
    const nearest = people.at(-1);
    if (nearest) return nearest.entityId;
  }
  return null;
}

function claimFrom(ctx: ExtractionContext, a: Attachment, fields: Partial<RoleClaim> = {}): RoleClaim | null {
  const targetId = fields.targetId ?? a.of ?? fallbackOf(ctx, a.title, a.personId);
  if (!targetId || !isCountryOrOrg(ctx, targetId) || targetId === a.personId) return null;
  return {
    personId: a.personId,
    targetId,
    title: fields.title ?? a.title.title,
    titleText: a.title.text,
    titleId: fields.titleId !== undefined ? fields.titleId : a.title.titleId,
    titleKind: fields.titleKind ?? a.title.kind,
    tenure: a.title.tenure,
    asOf: asOfFor(ctx, a.title.sentenceIndex),
    sentenceIndex: a.title.sentenceIndex,
    titleSpan: { start: a.title.start, end: a.title.end },
    confidence: fields.confidence ?? a.confidence,
  };
}

/** An office as the counterpart rule reads it: the other side's, told in the document or known to the KB. */
type OfficeHeld = Pick<RoleClaim, "title" | "titleId" | "targetId" | "titleKind">;

/**
 * "Catherine Vautrin retrouve son homologue polonais X": the other side's office when the document gives them
 * none — the one office the KB says they hold on the sentence's date (begun by then, not ended), of a country.
 */
function currentKbOffice(ctx: ExtractionContext, personId: string, sentenceIndex: number): OfficeHeld | undefined {
  const person = ctx.kb.byId.get(personId);
  const date = asOfFor(ctx, sentenceIndex);
  if (!person || "iso2" in person || !date) return undefined;
  const current = (person.offices ?? []).filter(
    (o) => (!o.from || o.from <= date) && (!o.to || o.to > date) && (ctx.entityById.get(o.of)?.type ?? typeFromKb(ctx, o.of)) === "Country",
  );
  const office = current.length === 1 ? current[0] : undefined;
  const kbTitle = office
    ? office.title.startsWith("title:")
      ? kbTitleById(ctx, office.title)
      : kbTitleByEnglish(ctx, office.title)
    : undefined;
  if (!office || !kbTitle) return undefined;
  return { title: kbTitle.title, titleId: kbTitle.id, targetId: office.of, titleKind: kbTitle.kind };
}

/**
 * Which of the other side's offices a counterpart shares: the one the counterpart's KB offices
 * confirm, else the portfolio (a minister's office over a deputy head of government's), else the latest stated.
 */
function counterpartOffice(ctx: ExtractionContext, roles: readonly RoleClaim[], other: string, a: Attachment): RoleClaim | undefined {
  const candidates = roles.filter((r) => r.personId === other && r.tenure === "current" && r.titleSpan.start < a.title.start);
  const all = candidates.length ? candidates : roles.filter((r) => r.personId === other && r.tenure === "current");
  if (all.length <= 1) return all[0];
  const kbPerson = ctx.kb.byId.get(a.personId);
  if (kbPerson && !("iso2" in kbPerson)) {
    const confirmed = all.find((r) =>
      (kbPerson.offices ?? []).some((o) =>
        officeMatches(ctx, o.title, { titleId: r.titleId, title: ctx.lexicon.counterpartOffices.get(r.title.toLowerCase()) ?? r.title }),
      ),
    );
    if (confirmed) return confirmed;
  }
  return all.find((r) => r.titleKind === "minister" && !deputyHeadOfGovernment(ctx, r)) ?? all.at(-1);
}

/** "Deputy Prime Minister", "vice-Premier ministre": a minister's title that is a head of government's with a modifier, no portfolio. */
function deputyHeadOfGovernment(ctx: ExtractionContext, r: RoleClaim): boolean {
  const title = r.title.toLowerCase();
  return ctx.kb.titles.some(
    (t) => t.kind === "head-of-government" && title !== t.title.toLowerCase() && title.endsWith(` ${t.title.toLowerCase()}`),
  );
}

/** A rule that attaches titles to the people of one sentence. */
interface AttachmentRule {
  name: string;
  attach(ctx: ExtractionContext, cues: RoleCues, sentenceIndex: number): Attachment[];
}

interface FoldedTitleForm {
  title: KbTitle;
  /** The form folded, each word made singular as a plural title's words are ("ministre des affaire etrangere"). */
  folded: string;
}

/** Folded words made singular the way a plural title's are: a final s or x off words of four letters or more. */
function singularWords(folded: string): string {
  return folded
    .split(/[\s,;:]+/)
    .map((w) => (w.length > 3 && /[sx]$/.test(w) ? w.slice(0, -1) : w))
    .join(" ");
}

const foldedForms = new WeakMap<readonly KbTitle[], ReadonlyMap<string, readonly FoldedTitleForm[]>>();

/**
 * Every form of every KB title, folded once per knowledge base and filed under its first word;
 * each list longest first (ties in KB order).
 */
function foldedTitleForms(titles: readonly KbTitle[], firstWord: string): readonly FoldedTitleForm[] {
  let byFirstWord = foldedForms.get(titles);
  if (!byFirstWord) {
    const sorted = titles
      .flatMap((title) => title.forms.map((form) => ({ title, folded: singularWords(foldForMatch(form)) })))
      .map((form, order) => ({ ...form, order }))
      .sort((a, b) => b.folded.length - a.folded.length || a.order - b.order);
    const map = new Map<string, FoldedTitleForm[]>();
    for (const { title, folded } of sorted) {
      const first = folded.split(" ")[0] ?? "";
      map.set(first, [...(map.get(first) ?? []), { title, folded }]);
    }
    byFirstWord = map;
    foldedForms.set(titles, byFirstWord);
  }
  return byFirstWord.get(firstWord) ?? [];
}

/**
 * The nearest plural title (a KB form made plural: "présidents", "foreign ministers") among the
 * words before `end` in the sentence; with `adjacent`, only one that ends right before `end`.
 */
function pluralTitleBefore(ctx: ExtractionContext, sentenceIndex: number, end: number, adjacent = true): TitleMention | null {
  const s = ctx.sentences[sentenceIndex];
  if (!s) return null;
  const from = Math.max(s.start, end - 80);
  const starts = [...ctx.text.slice(from, end).matchAll(/(?<![\p{L}\p{N}'’])\p{L}/gu)].map((m) => from + m.index);
  // The title nearest the end; of two ending there, the longer ("Foreign Ministers", not "Ministers").
  let best: TitleMention | null = null;
  for (const start of starts) {
    const t = pluralTitleIn(ctx, sentenceIndex, start, end);
    if (!t || !writtenPlural(ctx, t)) continue;
    if (adjacent && !/^\s*$/.test(ctx.text.slice(t.end, end))) continue;
    // "des ministres des Affaires étrangères et de la Défense": two offices, whose is whose unknown — the shared head only.
    if (COORDINATED_OFFICE.test(ctx.text.slice(t.end, t.end + 20))) continue;
    if (!best || t.end > best.end) best = t;
  }
  return best;
}

/**
 * Whether a title read by pluralTitleIn is written in the plural: its last word ("foreign ministers", "présidents") or
 * its head, a plural title word ("ministres de la Défense").
 */
function writtenPlural(ctx: ExtractionContext, t: TitleMention): boolean {
  if (/[sx]$/iu.test(t.text)) return true;
  const head = ctx.lexicon.pluralTitleWords.findAll(t.text)[0];
  return head !== undefined && head.start === 0;
}

/** Right after an office's complement, another one: "… étrangères et de la Défense", "foreign and defence ministers" aside. */
const COORDINATED_OFFICE = /^\s+(?:et|and)\s+(?:de\s+la|de\s+l['’]|du|des|of|of\s+the)\s/iu;

/** A plural title of the sentence before, which names every one of `owners` ("The defence ministers of Japan, Britain and Italy signed …"). */
function pluralTitleClosing(ctx: ExtractionContext, sentenceIndex: number, owners: readonly string[]): TitleMention | null {
  const previous = sentenceIndex - 1;
  const named = new Set((ctx.mentionsBySentence[previous] ?? []).map((m) => m.entityId));
  const sentence = ctx.sentences[previous];
  if (!sentence || !owners.every((o) => named.has(o))) return null;
  const recognised = (ctx.titlesBySentence[previous] ?? []).find((t) => isPlural(ctx, t));
  if (recognised) return recognised;
  // The recogniser leaves plural titles out ("The defence ministers of …"): the first one the sentence starts a word with.
  for (const word of ctx.text.slice(sentence.start, sentence.end).matchAll(/(?<![\p{L}\p{N}'’])\p{L}/gu)) {
    const t = pluralTitleIn(ctx, previous, sentence.start + word.index, sentence.end);
    if (t && writtenPlural(ctx, t)) return t;
  }
  return null;
}

/** The mention right after `m` in its sentence, if only spaces part them. */
function tightlyAfter(ctx: ExtractionContext, mentions: readonly EntityMention[], m: EntityMention): EntityMention | undefined {
  const next = mentions.find((x) => x.start >= m.end);
  return next && /^\s*$/.test(ctx.text.slice(m.end, next.start)) ? next : undefined;
}

/**
 * "Les présidents français X et vietnamien Y": a plural title, then pairs of a demonym and a
 * name; each person holds the office of their own country.
 */
const distributiveDemonyms: AttachmentRule = {
  name: "distributiveDemonyms",
  attach(ctx, _cues, sentenceIndex) {
    const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
    const out: Attachment[] = [];
    let title: TitleMention | null = null;
    let lastPerson: EntityMention | null = null;
    for (const d of mentions) {
      if (d.source !== "demonym") continue;
      const p = tightlyAfter(ctx, mentions, d);
      if (!p || !isPerson(ctx, p)) continue;
      const continues = title !== null && lastPerson !== null && /^\s*(?:,|et|and|&)\s*$/iu.test(ctx.text.slice(lastPerson.end, d.start));
      if (!continues) title = pluralTitleBefore(ctx, sentenceIndex, d.start);
      if (!title) continue;
      out.push({ title: { ...title, ofEntityId: d.entityId }, personId: p.entityId, of: d.entityId, confidence: 0.8 });
      lastPerson = p;
    }
    return out.length >= 2 ? out : [];
  },
};

/**
 * "his Norwegian and Swedish counterparts, X and Y", "ses homologues norvégien et suédois, X et Y",
 * "the French and German foreign ministers, X and Y": demonyms coordinated around a title, then as
 * many names after a comma — each name the office of its demonym's country, in order.
 */
const demonymsThenNames: AttachmentRule = {
  name: "demonymsThenNames",
  attach(ctx, _cues, sentenceIndex) {
    const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
    const demonyms = mentions.filter((m) => m.source === "demonym");
    const joined = (a: Span, b: Span) => /^\s*(?:,|and|et|&)\s*$/iu.test(ctx.text.slice(a.end, b.start));
    for (const t of ctx.titlesBySentence[sentenceIndex] ?? []) {
      // The demonyms touching the title, in a coordinated run: inside it, right before it or right after it.
      const near = demonyms.filter((d) => d.start >= t.start - 40 && d.end <= t.end + 40);
      const touching = near.findIndex(
        (d) => overlaps(d, t) || /^\s*$/.test(ctx.text.slice(d.end, t.start)) || /^\s*$/.test(ctx.text.slice(t.end, d.start)),
      );
      if (touching < 0) continue;
      let first = touching;
      while (first > 0 && joined(near[first - 1], near[first])) first--;
      let last = touching;
      while (last < near.length - 1 && joined(near[last], near[last + 1])) last++;
      const run = near.slice(first, last + 1);
      if (run.length < 2) continue;
      const from = Math.max(t.end, (run[run.length - 1] as Span).end);
      const people: EntityMention[] = [];
      let at = from;
      for (const p of mentions.filter((m) => m.start >= from && isPerson(ctx, m))) {
        const gap = ctx.text.slice(at, p.start);
        if (people.length === 0 ? !/^\s*,\s*$/.test(gap) : !/^\s*(?:,|and|et|&|,\s*and|,\s*et)\s*$/iu.test(gap)) break;
        people.push(p);
        at = p.end;
      }
      if (people.length !== run.length) continue;
      return people.map((p, k) => {
        const country = run[k].entityId;
        return { title: { ...t, ofEntityId: country }, personId: p.entityId, of: country, confidence: 0.85 };
      });
    }
    return [];
  },
};

/** An article before a nationality noun in a list: "l'Allemand", "le Britannique", "du Polonais", "the German". */
const NATIONALITY_NOUN_ARTICLE = /(?:^|[\s,])(?:l['’]|le|la|du|de\s+l['’]|de\s+la|the)\s*$/iu;

/**
 * Between one person of a list and the next: a comma or a joiner ("ainsi que", "et", "as well as"), and the
 * next one's article; the previous person's apposition (titles, adverbs) left out.
 */
function listContinues(ctx: ExtractionContext, cues: RoleCues, start: number, end: number): boolean {
  const titles = (ctx.titlesBySentence[ctx.sentences.findIndex((s) => s.start <= start && start < s.end)] ?? []).filter(
    (t) => t.start >= start && t.end <= end,
  );
  const gap = blankPhrases(blankSpans(ctx.text, start, end, titles), cues.gapPhrases);
  const article = NATIONALITY_NOUN_ARTICLE.exec(gap);
  if (!article) return false;
  const beforeArticle = gap.slice(0, article.index + (/^[\s,]/u.test(article[0]) ? 1 : 0));
  const joiner = cues.listJoiners.findAll(beforeArticle).find((h) => /^\s*$/u.test(beforeArticle.slice(h.end)));
  const rest = joiner ? beforeArticle.slice(0, joiner.start) : beforeArticle;
  return /^[\s,]*$/u.test(rest) && (joiner !== undefined || rest.includes(","));
}

/**
 * An apposition right after a person that says what they are ("Y, présidente de …", "Y, attaquant du club", "Y,
 * the club's striker"): a comma, maybe an article, then a word in lower case — the person's own function.
 */
function ownApposition(ctx: ExtractionContext, person: EntityMention): boolean {
  const comma = /^\s*,\s*/u.exec(ctx.text.slice(person.end, person.end + 40));
  if (!comma) return false;
  const rest = ctx.text.slice(person.end + comma[0].length, person.end + 40).replace(/^(?:(?:le|la|les|the|an?|un|une)\s+|l['’])/iu, "");
  return /^\p{Ll}/u.test(rest);
}

/**
 * "son homologue polonais X, ainsi que l'Allemand Y, le Britannique Z et l'Italien W", "entouré de son homologue
 * X et du Polonais Y": nationality nouns listed after a counterpart's name, each right before a name, are
 * counterparts too, each of the office of their own country (the other side named before the first). Not a name
 * with an office of its own after it ("le Brésilien Y, attaquant …" is no counterpart), nor a list with no counterpart.
 */
const nationalityNounsAfterCounterpart: AttachmentRule = {
  name: "nationalityNounsAfterCounterpart",
  attach(ctx, cues, sentenceIndex) {
    const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
    const out: Attachment[] = [];
    for (const t of ctx.titlesBySentence[sentenceIndex] ?? []) {
      if (!t.counterpart || isPlural(ctx, t)) continue;
      let previous = mentions.find((m) => m.start >= t.end && isPerson(ctx, m));
      if (!previous || !/^\s*,?\s*$/u.test(ctx.text.slice(t.end, previous.start))) continue;
      for (;;) {
        const from: EntityMention = previous;
        const noun = mentions.find((m) => m.start >= from.end && m.source === "demonym");
        const person = noun ? tightlyAfter(ctx, mentions, noun) : undefined;
        if (!noun || !person || !isPerson(ctx, person) || !/^\p{Lu}/u.test(ctx.text.slice(noun.start, noun.end))) break;
        if (!listContinues(ctx, cues, from.end, noun.start) || ownApposition(ctx, person)) break;
        const title: TitleMention = {
          ...t,
          start: noun.start,
          end: noun.end,
          text: ctx.text.slice(noun.start, noun.end),
          ofEntityId: noun.entityId,
        };
        out.push({ title, personId: person.entityId, of: noun.entityId, confidence: 0.75, sideOf: t });
        previous = person;
      }
    }
    return out;
  },
};

/**
 * "The Polish foreign minister and his Ukrainian counterpart, X and Y", "le ministre polonais des Affaires
 * étrangères et son homologue ukrainien, X et Y": a title, its counterpart, then two names after a comma — the
 * first name holds the title, the second the same office (the lexicon's counterpart office) of the counterpart's country.
 */
const titleAndCounterpartThenNames: AttachmentRule = {
  name: "titleAndCounterpartThenNames",
  attach(ctx, cues, sentenceIndex) {
    const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
    const titles = ctx.titlesBySentence[sentenceIndex] ?? [];
    for (let k = 1; k < titles.length; k++) {
      const own = titles[k - 1];
      const counterpart = titles[k];
      if (!counterpart.counterpart || own.counterpart || own.tenure !== "current" || isPlural(ctx, own) || !counterpart.ofEntityId)
        continue;
      if (!COUNTERPART_AFTER_TITLE.test(ctx.text.slice(own.end, counterpart.start))) continue;
      const [first, second] = mentions.filter((m) => m.start >= counterpart.end);
      if (!first || !second || !isPerson(ctx, first) || !isPerson(ctx, second)) continue;
      if (!/^\s*,\s*$/u.test(ctx.text.slice(counterpart.end, first.start))) continue;
      const joiner = cues.listJoiners.findAll(ctx.text.slice(first.end, second.start))[0];
      if (
        !joiner ||
        !/^\s*,?\s*$/u.test(ctx.text.slice(first.end, first.end + joiner.start)) ||
        !/^\s*$/u.test(ctx.text.slice(first.end + joiner.end, second.start))
      )
        continue;
      const mapped = ctx.lexicon.counterpartOffices.get(own.title.toLowerCase());
      const kbTitle = mapped ? kbTitleByEnglish(ctx, mapped) : kbTitleById(ctx, own.titleId);
      const office: TitleMention = {
        ...counterpart,
        counterpart: false,
        title: mapped ?? own.title,
        titleId: kbTitle?.id ?? (mapped ? null : own.titleId),
        kind: kbTitle?.kind ?? own.kind,
      };
      return [
        { title: own, personId: first.entityId, of: own.ofEntityId, confidence: 0.8 },
        { title: office, personId: second.entityId, of: counterpart.ofEntityId, confidence: 0.8 },
      ];
    }
    return [];
  },
};

/** Between a title and its counterpart: "and his", "et son". */
const COUNTERPART_AFTER_TITLE = /^\s*(?:and|et)\s+(?:(?:his|her|their|its|son|sa|leur)\s+)?$/iu;

/**
 * "les présidents des deux territoires, X pour A et Y pour B": a title (plural or not) before a
 * list where each name has its own owner after "pour"/"for". With a plural title, "X of A and Y of
 * B" and "X (A) et Y (B)" too, and the title may close the sentence before ("The defence ministers
 * of Japan and Italy signed … X of Japan and Y of Italy put their names to it").
 */
const ownerPerPerson: AttachmentRule = {
  name: "ownerPerPerson",
  attach(ctx, cues, sentenceIndex) {
    const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
    const pairs: Array<{ person: EntityMention; owner: string; perPerson: boolean }> = [];
    mentions.forEach((p, k) => {
      if (!isPerson(ctx, p)) return;
      const owner = mentions.slice(k + 1).find((m) => m.start > p.end && isCountryOrOrg(ctx, m.entityId) && m.source !== "demonym");
      if (!owner || owner.start - p.end > 16) return;
      const gap = ctx.text.slice(p.end, owner.start);
      const article = /^\s*(?:(?:la|le|les|the|l['’])\s*)?$/iu;
      const link = blankPhrases(gap, cues.ownerPerPerson);
      if (link !== gap.replace(/\s+/g, " ") && article.test(link)) pairs.push({ person: p, owner: owner.entityId, perPerson: true });
      else if (article.test(blankPhrases(gap, cues.ownerAfterName)) && blankPhrases(gap, cues.ownerAfterName) !== gap.replace(/\s+/g, " "))
        pairs.push({ person: p, owner: owner.entityId, perPerson: false });
      else if (/^\s*\(\s*$/.test(gap) && /^\s*\)/.test(ctx.text.slice(owner.end)))
        pairs.push({ person: p, owner: owner.entityId, perPerson: false });
    });
    if (pairs.length < 2) return [];
    const first = pairs[0].person;
    // "…, le général à la retraite X pour A et Y pour B": a rank before the first name is that person's grade, not the list's office.
    const titles = (ctx.titlesBySentence[sentenceIndex] ?? []).filter((t) => t.end <= first.start && !isRank(ctx, t));
    const plural =
      pluralTitleBefore(ctx, sentenceIndex, first.start, false) ??
      pluralTitleClosing(
        ctx,
        sentenceIndex,
        pairs.map((x) => x.owner),
      );
    // "of"/"(…)" says whose office only after a plural title ("Foreign Ministers X of A and Y of B").
    const title = pairs.every((x) => x.perPerson) ? (titles.at(-1) ?? plural) : plural;
    if (!title) return [];
    return pairs.map(({ person, owner }) => ({
      title: { ...title, ofEntityId: owner },
      personId: person.entityId,
      of: owner,
      confidence: 0.8,
    }));
  },
};

/** "X became the U.S. president", "X est devenu le président de …": a copula between a name and a title. */
const copulaTitle: AttachmentRule = {
  name: "copulaTitle",
  attach(ctx, cues, sentenceIndex) {
    const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
    const out: Attachment[] = [];
    for (const t of ctx.titlesBySentence[sentenceIndex] ?? []) {
      const person = [...mentions].reverse().find((m) => m.end <= t.start && isPerson(ctx, m));
      if (!person) continue;
      if (!cues.copulas.test(ctx.text.slice(person.end, t.start))) continue;
      // "a été nommé mercredi chef d'état-major", "was appointed on Monday …": the date of the appointment may stand between.
      const dates = ctx.temporal(sentenceIndex).filter((d) => d.start >= person.end && d.end <= t.start);
      const linking = isLinkingGap(ctx.text, person.end, t.start, {
        allowLinkWords: true,
        allowedSpans: [...complementSpans(ctx, mentions, person.end, t.start), ...dates],
        allowedPhrases: cues.copulas,
        maxLength: 60,
      });
      if (!linking) continue;
      out.push({ title: notYetTakenUp(ctx, cues, t), personId: person.entityId, of: t.ofEntityId, confidence: 0.8 });
    }
    return out;
  },
};

/** A pronoun opening a sentence, standing for the person the sentence before named. */
const OPENING_PRONOUN = /^\s*(?:il|elle|he|she)\s+$/iu;

/**
 * An office given by an appointment or a copula whose holder takes it up later ("X a été nommé chef
 * d'état-major ; il prendra ses fonctions le 1er janvier", "X was named defence minister and will take office
 * on Friday"): the cue after the title in its sentence, or opening the next one after a pronoun. The title,
 * designated then.
 */
function notYetTakenUp(ctx: ExtractionContext, cues: RoleCues, t: TitleMention): TitleMention {
  if (t.tenure !== "current") return t;
  const s = ctx.sentences[t.sentenceIndex];
  if (!s) return t;
  const later = findIn(cues.takesOfficeLater, ctx.text, t.end, s.end).length > 0 || takesEffectLater(ctx, cues, t, s.end);
  const next = ctx.sentences[t.sentenceIndex + 1];
  const nextOpens =
    next !== undefined &&
    findIn(cues.takesOfficeLater, ctx.text, next.start, next.end).some((h) => OPENING_PRONOUN.test(ctx.text.slice(next.start, h.start)));
  return later || nextOpens ? { ...t, tenure: "designated" } : t;
}

/**
 * "X a été nommé ministre de la Défense, à compter du 1er mars", "named X ambassador, effective March 1": a date
 * still to come right after an effect cue, after the title in its sentence.
 */
function takesEffectLater(ctx: ExtractionContext, cues: RoleCues, t: TitleMention, end: number): boolean {
  const cuesAfter = findIn(cues.takesEffectFrom, ctx.text, t.end, end);
  if (cuesAfter.length === 0) return false;
  return ctx
    .temporal(t.sentenceIndex)
    .some(
      (d) =>
        (d.future || yearlessDay(d.text)) &&
        d.start >= t.end &&
        cuesAfter.some((c) => c.end <= d.start && /^[\s,]*$/u.test(ctx.text.slice(c.end, d.start))),
    );
}

/**
 * "effective Feb. 1" told in the past ("welcomed the appointment …, effective Feb. 1"): a day of a month with no year after
 * an effect cue is the next one to come, whatever the tense made of it.
 */
const yearlessDay = (text: string): boolean => /\d/u.test(text) && !/\d{4}/u.test(text);

/** Between a relative clause's verb and its title: determiners and a possessive ("who is also the …", "who is Italy's …"). */
const RELATIVE_TITLE_LEAD = /^\s*(?:(?:the|a|an|le|la|les|l['’]|un|une|['’]s)\s*)*$/iu;

/**
 * "X, who is also national security adviser", "X, who now serves as Germany's defence minister", "X, qui
 * occupe désormais le poste de ministre des Armées": a relative clause right after the name gives the person
 * the title it names, and a title coordinated after it ("… and deputy prime minister"). Not a title that
 * names another person ("X, who is Prime Minister Y's adviser").
 */
const relativeClauseOffice: AttachmentRule = {
  name: "relativeClauseOffice",
  attach(ctx, cues, sentenceIndex) {
    const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
    const phrases = gapPhrases(ctx, cues);
    const out: Attachment[] = [];
    for (const t of ctx.titlesBySentence[sentenceIndex] ?? []) {
      if (isPlural(ctx, t) || namesAnotherPerson(ctx, cues, mentions, t)) continue;
      const previous = out.at(-1);
      if (previous && /^\s*,?\s*(?:and|et)\s+(?:(?:the|le|la|l['’])\s*)?$/iu.test(ctx.text.slice(previous.title.end, t.start))) {
        out.push({ ...previous, title: t, of: t.ofEntityId ?? previous.of });
        continue;
      }
      const person = [...mentions].reverse().find((m) => m.end <= t.start && isPerson(ctx, m));
      if (!person || t.start - person.end > 80) continue;
      const owners = complementSpans(ctx, mentions, person.end, t.start);
      const gap = blankPhrases(blankSpans(ctx.text, person.end, t.start, owners), phrases);
      const comma = /^\s*,\s*/u.exec(gap);
      if (!comma) continue;
      const pronoun = cues.relativePronouns.findAll(gap).find((h) => h.start === comma[0].length);
      if (!pronoun) continue;
      const rest = gap.slice(pronoun.end);
      const space = /^\s+/u.exec(rest)?.[0].length ?? -1;
      const verb = cues.relativeOfficeVerbs.findAll(rest).find((h) => h.start === space);
      const of = t.ofEntityId ?? owners[0]?.entityId ?? null;
      if (verb && RELATIVE_TITLE_LEAD.test(rest.slice(verb.end))) {
        out.push({ title: t, personId: person.entityId, of, confidence: 0.8 });
        continue;
      }
      // "X, who was foreign minister at the time", "X, who will take over as chief executive": the verb tells the tenure
      // (read with the words that qualify a title kept: "who was appointed" is no past office).
      const tenured = relativeTenureVerb(cues, blankPhrases(blankSpans(ctx.text, person.end, t.start, owners), cues.gapPhrases));
      if (tenured)
        out.push({ title: { ...t, tenure: t.tenure === "current" ? tenured : t.tenure }, personId: person.entityId, of, confidence: 0.75 });
    }
    return out;
  },
};

/**
 * "X stepped down as defence minister", "X will take over as chief of staff", "X a quitté ses fonctions de ministre",
 * "X deviendra chef d'état-major": a main-clause verb right after the name gives the title after it with its tenure
 * (TENURE_VERBS; the copulas, "X was defence minister", are copulaTitle's).
 */
const tenureVerbTitle: AttachmentRule = {
  name: "tenureVerbTitle",
  attach(ctx, cues, sentenceIndex) {
    const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
    const out: Attachment[] = [];
    for (const t of ctx.titlesBySentence[sentenceIndex] ?? []) {
      if (isPlural(ctx, t) || namesAnotherPerson(ctx, cues, mentions, t)) continue;
      const person = [...mentions].reverse().find((m) => m.end <= t.start && isPerson(ctx, m));
      if (!person || t.start - person.end > 80) continue;
      const owners = complementSpans(ctx, mentions, person.end, t.start);
      const gap = blankPhrases(blankSpans(ctx.text, person.end, t.start, owners), cues.gapPhrases);
      const space = /^\s+/u.exec(gap)?.[0].length ?? -1;
      for (const { tenure, finder } of cues.tenureVerbs) {
        const verb = finder.findAll(gap).find((h) => h.start === space);
        if (!verb || !RELATIVE_TITLE_LEAD.test(gap.slice(verb.end))) continue;
        const title = { ...t, tenure: t.tenure === "current" ? tenure : t.tenure };
        out.push({ title, personId: person.entityId, of: t.ofEntityId ?? owners[0]?.entityId ?? null, confidence: 0.75 });
        break;
      }
    }
    return out;
  },
};

/**
 * "Le poste de ministre des Affaires étrangères, occupé par intérim par le ministre de la Justice, X", "the foreign
 * ministry post, held in an acting capacity by X": the person named after the cue (past their own title in apposition)
 * holds the office named before it, within the sentence, as acting.
 */
const heldAsActing: AttachmentRule = {
  name: "heldAsActing",
  attach(ctx, cues, sentenceIndex) {
    const s = ctx.sentences[sentenceIndex];
    if (!s) return [];
    const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
    const titles = ctx.titlesBySentence[sentenceIndex] ?? [];
    const out: Attachment[] = [];
    for (const cue of findIn(cues.heldAsActingBy, ctx.text, s.start, s.end)) {
      const office = [...titles].reverse().find((t) => t.end <= cue.start && cue.start - t.end <= 60);
      if (!office || isPlural(ctx, office) || office.tenure !== "current") continue;
      // Only its owner, a comma, "the post" between the office and the cue ("ministre des Affaires étrangères, occupé …").
      const owners = complementSpans(ctx, mentions, office.end, cue.start);
      if (!/^[\s,]*$/u.test(blankSpans(ctx.text, office.end, cue.start, owners).replace(OWNER_LINK, ""))) continue;
      const person = mentions.find((m) => m.start >= cue.end && m.start - cue.end <= 80 && isPerson(ctx, m));
      if (!person) continue;
      // Their own office in apposition between ("par le ministre de la Justice, X"), or nothing but an article.
      const own = titles.filter((t) => t.start >= cue.end && t.end <= person.start);
      const between = blankSpans(ctx.text, cue.end, person.start, [...own, ...complementSpans(ctx, mentions, cue.end, person.start)]);
      if (!/^\s*(?:(?:the|le|la|l['’])\s*)?[\s,]*$/iu.test(between)) continue;
      out.push({
        title: { ...office, tenure: "acting" },
        personId: person.entityId,
        // The post's owner, else their own office's: one government's minister fills in for another's post.
        of: office.ofEntityId ?? owners[0]?.entityId ?? own.find((t) => t.ofEntityId)?.ofEntityId ?? null,
        confidence: 0.7,
      });
    }
    return out;
  },
};

/**
 * "Kenya's defence minister, X, resigned on Monday", "Defence Minister X has stepped down", "le directeur, qui a
 * démissionné en mai", "Le ministre de la Défense, X, a été limogé": leaving office right after a person told with
 * their title (RESIGNATION_VERBS) makes that office a past one. Not "resigned as party leader": the office named
 * after it is the one left (tenureVerbTitle).
 */
function leftOffice(ctx: ExtractionContext, cues: RoleCues, a: Attachment): Attachment {
  if (a.title.tenure !== "current") return a;
  const t = a.title;
  const person = (ctx.mentionsBySentence[t.sentenceIndex] ?? []).find(
    (m) => m.entityId === a.personId && (m.start >= t.end ? m.start - t.end <= 80 : t.start - m.end <= 80),
  );
  if (!person) return a;
  // "ministre de la Défense du Kenya, qui a démissionné": past the title's owner named after it.
  const owner = (ctx.mentionsBySentence[t.sentenceIndex] ?? []).find(
    (m) => m.entityId === (t.ofEntityId ?? a.of) && m.start >= t.end && OWNER_LINK.test(ctx.text.slice(t.end, m.start) || " "),
  );
  const end = Math.max(person.end, t.end, owner && owner.start - t.end <= 12 ? owner.end : 0);
  const s = ctx.sentences[t.sentenceIndex];
  if (!s) return a;
  const lead = /^\s*,?\s*/u.exec(ctx.text.slice(end, s.end))?.[0] ?? "";
  const pronoun = findIn(cues.relativePronouns, ctx.text, end + lead.length, s.end).find((h) => h.start === end + lead.length);
  const at = pronoun ? pronoun.end + (/^\s*/u.exec(ctx.text.slice(pronoun.end))?.[0].length ?? 0) : end + lead.length;
  const verb = findIn(cues.resignationVerbs, ctx.text, at, s.end).find((h) => h.start === at);
  if (!verb || /^\s+(?:as|comme)\s/iu.test(ctx.text.slice(verb.end, verb.end + 8))) return a;
  return { ...a, title: { ...t, tenure: "former" } };
}

/** Between a title ending on its owner and what the owner's genitive qualifies: "director of Estonia['s ]Defence Investment Centre". */
const GENITIVE_AFTER_OWNER = /^['’]s?\s+$/u;
/** After the organisation a genitive qualifies, the end of the title's phrase: a comma, a stop, a bracket, or the sentence's end. */
const PHRASE_END = /^\s*(?:[,;:.()]|$)/u;

/**
 * "the acting director of Estonia's Defence Investment Centre, X", "X, chair of Bosnia and Herzegovina's Council of
 * Ministers,": a title whose complement ends on a country in the genitive is the office of the organisation that
 * genitive qualifies, named right after it and closing the phrase; not the country's. "the defence minister of
 * Estonia's NATO ally, Latvia" keeps its owner: the organisation does not close the phrase.
 */
function organizationInGenitive(ctx: ExtractionContext, cues: RoleCues, a: Attachment): Attachment {
  const t = a.title;
  if (t.ofEntityId === null || a.of !== t.ofEntityId) return a;
  const mentions = ctx.mentionsBySentence[t.sentenceIndex] ?? [];
  if (!mentions.some((m) => m.entityId === t.ofEntityId && m.end === t.end && m.start > t.start)) return a;
  const next = mentions.find((m) => m.start >= t.end);
  const type = next ? (ctx.entityById.get(next.entityId)?.type ?? typeFromKb(ctx, next.entityId)) : null;
  if (!next || type !== "Organization" || !GENITIVE_AFTER_OWNER.test(ctx.text.slice(t.end, next.start))) return a;
  // "Bosnia's Council of Ministers": a state's organ, named whole, is the country's.
  const name = ctx.text.slice(next.start, next.end);
  if (cues.stateBodies.findAll(name).some((h) => h.start === 0 && h.end === name.length)) return a;
  const after = mentions.find((m) => m.start >= next.end);
  const closed =
    PHRASE_END.test(ctx.text.slice(next.end, next.end + 3)) ||
    (after?.entityId === a.personId && /^\s+$/u.test(ctx.text.slice(next.end, after.start)));
  return closed ? { ...a, of: next.entityId, title: { ...t, ofEntityId: next.entityId } } : a;
}

/** The tenure the verb of a relative clause (the gap ", who was …" between a name and a title) gives the title after it, or null. */
function relativeTenureVerb(cues: RoleCues, gap: string): Exclude<Tenure, "current"> | null {
  const comma = /^\s*,\s*/u.exec(gap);
  const pronoun = comma ? cues.relativePronouns.findAll(gap).find((h) => h.start === comma[0].length) : undefined;
  if (!pronoun) return null;
  const rest = gap.slice(pronoun.end);
  const space = /^\s+/u.exec(rest)?.[0].length ?? -1;
  for (const { tenure, finder } of cues.relativeTenureVerbs) {
    const verb = finder.findAll(rest).find((h) => h.start === space);
    if (verb && RELATIVE_TITLE_LEAD.test(rest.slice(verb.end))) return tenure;
  }
  return null;
}

/** A title right before another person's name or a possessive ("Prime Minister Y", "the minister's"): that person's, not the clause's subject's. */
function namesAnotherPerson(ctx: ExtractionContext, cues: RoleCues, mentions: readonly EntityMention[], t: TitleMention): boolean {
  if (/^['’]s?(?![\p{L}])/u.test(ctx.text.slice(t.end, t.end + 3))) return true;
  const next = mentions.find((m) => m.start >= t.end);
  return next !== undefined && isPerson(ctx, next) && /^\s*$/u.test(blankPhrases(ctx.text.slice(t.end, next.start), cues.gapPhrases));
}

/** "X, who chairs the African Union", "X, qui dirige l'agence": a relative clause gives the person an office of what follows. */
const officeVerb: AttachmentRule = {
  name: "officeVerb",
  attach(ctx, cues, sentenceIndex) {
    const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
    const out: Attachment[] = [];
    mentions.forEach((p, k) => {
      if (!isPerson(ctx, p)) return;
      const owner = mentions.slice(k + 1).find((m) => m.start > p.end && m.start - p.end <= 60);
      if (!owner || !isCountryOrOrg(ctx, owner.entityId) || owner.source === "demonym") return;
      const gap = ctx.text.slice(p.end, owner.start);
      for (const { title, finder } of cues.officeVerbs) {
        const hit = finder.findAll(gap)[0];
        if (!hit || !/^\s*,?\s*$/.test(gap.slice(0, hit.start)) || !/^\s*(?:(?:the|le|la|les|l['’])\s*)?$/iu.test(gap.slice(hit.end)))
          continue;
        const span = { start: p.end + hit.start, end: p.end + hit.end };
        const t: TitleMention = {
          ...span,
          text: ctx.text.slice(span.start, span.end),
          sentenceIndex,
          titleId: null,
          title,
          kind: "other",
          ofEntityId: owner.entityId,
          tenure: "current",
          counterpart: false,
        };
        out.push({ title: t, personId: p.entityId, of: owner.entityId, confidence: 0.75 });
        break;
      }
    });
    return out;
  },
};

/** Between a periphrasis verb and the periphrasis: an article ("keeps the", "dirige la", "à la tête de la"). */
const PERIPHRASIS_ARTICLE = /^\s*(?:(?:the|le|la|les)\s+|l['’]\s*)?$/iu;
/** Between the holder and the periphrasis verb: nothing, a comma, a relative pronoun's comma ("X, qui dirigeait", "X, à la tête de"). */
const PERIPHRASIS_LEAD = /^\s*,?\s*$/u;

/**
 * "X conserve le portefeuille de la Défense", "X, qui dirigeait la diplomatie gabonaise depuis trois ans", "X, à la tête de
 * la diplomatie gabonaise", "X keeps the defence portfolio", "X, who headed the foreign ministry": an office told by what its
 * holder runs or keeps (the pack's OFFICE_PERIPHRASES, after one of its PERIPHRASIS_VERBS, which gives the tenure) is the
 * KB title it stands for; its owner the demonym or the country right after it ("la diplomatie gabonaise", "du Gabon"), a
 * country, else one the owner rules find.
 */
const officePeriphrasis: AttachmentRule = {
  name: "officePeriphrasis",
  attach(ctx, cues, sentenceIndex) {
    const s = ctx.sentences[sentenceIndex];
    if (!s) return [];
    const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
    const out: Attachment[] = [];
    for (const { titleId, finder } of cues.officePeriphrases) {
      const kbTitle = kbTitleById(ctx, titleId);
      if (!kbTitle) continue;
      for (const hit of findIn(finder, ctx.text, s.start, s.end)) {
        const verbs = cues.periphrasisVerbs.flatMap(({ tenure, finder: verbFinder }) =>
          findIn(verbFinder, ctx.text, Math.max(s.start, hit.start - 40), hit.start).map((v) => ({ ...v, tenure })),
        );
        const verb = verbs.filter((v) => PERIPHRASIS_ARTICLE.test(ctx.text.slice(v.end, hit.start))).sort((a, b) => a.start - b.start)[0];
        if (!verb) continue;
        const person = [...mentions].reverse().find((m) => m.end <= verb.start);
        if (!person || !isPerson(ctx, person) || !PERIPHRASIS_LEAD.test(ctx.text.slice(person.end, verb.start))) continue;
        const owner = mentions.find(
          (m) =>
            m.start >= hit.end &&
            countryNamedBy(ctx, m.entityId) === m.entityId &&
            (m.source === "demonym" ? /^\s+$/u : OWNER_LINK_ONLY).test(ctx.text.slice(hit.end, m.start)),
        );
        // "the defence portfolio of the shadow cabinet", "la diplomatie de l'entreprise": another body's, not a government's.
        if (!owner && OWNER_LINK.test(ctx.text.slice(hit.end, hit.end + 8))) continue;
        const end = owner?.end ?? hit.end;
        const title: TitleMention = {
          start: hit.start,
          end,
          text: ctx.text.slice(hit.start, end),
          sentenceIndex,
          titleId: kbTitle.id,
          title: kbTitle.title,
          kind: kbTitle.kind,
          ofEntityId: owner?.entityId ?? null,
          tenure: verb.tenure,
          counterpart: false,
        };
        out.push({ title, personId: person.entityId, of: owner?.entityId ?? null, confidence: 0.7, statedByVerb: true });
      }
    }
    return out;
  },
};

/** Only a link to an owner: "de", "du", "of". */
const OWNER_LINK_ONLY = /^\s*(?:de la|de l['’]|du|des|de|d['’]|of the|of)\s*$/iu;

/**
 * "Tinubu named X as defence minister", "a nommé X au poste de ministre de la Défense": the appointee takes the office after
 * the link; "le président a nommé X ministre des Affaires étrangères", "appointed X defence minister": right after the name.
 * Designated when taken up later ("… et prendra ses fonctions lundi", "effective March 1").
 */
const appointedAs: AttachmentRule = {
  name: "appointedAs",
  attach(ctx, cues, sentenceIndex) {
    const s = ctx.sentences[sentenceIndex];
    if (!s) return [];
    const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
    const out: Attachment[] = [];
    // "appointed Rear Admiral X as …", "a nommé mardi le contre-amiral X comme …", "the appointment of diplomat X as …": the
    // appointee's rank or occupation (with its article) and the date may stand between the verb and the name.
    const verbs = findIn(cues.appointmentVerbs, ctx.text, s.start, s.end);
    // Dates are read only where an appointment verb is (reading them costs: most sentences have none).
    if (verbs.length === 0) return out;
    const qualifiers = [
      ...(ctx.titlesBySentence[sentenceIndex] ?? []).filter((t) => isRank(ctx, t)),
      ...findWordsIn(cues.appointeeDescriptors, ctx.text, s.start, s.end),
    ];
    const beforeName = [...qualifiers, ...ctx.temporal(sentenceIndex)];
    const qualifierArticle = /^\s*(?:(?:the|le|la|l['’])\s*)?$/iu;
    for (const verb of verbs) {
      const person = mentions.find((m) => {
        if (m.start < verb.end) return false;
        const gap = blankSpans(ctx.text, verb.end, m.start, beforeName);
        return /^\s*$/u.test(gap) || (qualifiers.some((r) => r.start >= verb.end && r.end <= m.start) && qualifierArticle.test(gap));
      });
      if (!person || !isPerson(ctx, person)) continue;
      const link = findIn(cues.appointmentLinks, ctx.text, person.end, Math.min(s.end, person.end + 20)).find((l) =>
        /^\s*,?\s*$/u.test(ctx.text.slice(person.end, l.start)),
      );
      // "a nommé X ministre de la Défense", "appointed X Kenya's defence minister": the title right after the name, no link.
      const from = link?.end ?? person.end;
      const title = (ctx.titlesBySentence[sentenceIndex] ?? []).find((t) => t.start >= from && t.start - from <= 30);
      if (!title || (!link && namesAnotherPerson(ctx, cues, mentions, title))) continue;
      const owners = complementSpans(ctx, mentions, from, title.start);
      // "as the bloc's assistant secretary-general": an organisation told again, whose the office is (organizationAnaphor).
      const anaphors = findIn(cues.organizationAnaphorsBefore, ctx.text, from, title.start);
      const gap = blankSpans(ctx.text, from, title.start, [...owners, ...anaphors]).replace(/['’]s\b/gu, " ");
      if (!(link ? /^\s*(?:(?:the|its|le|la|l['’]|de|du)\s*)*$/iu : /^\s+$/u).test(gap)) continue;
      out.push({
        title: notYetTakenUp(ctx, cues, title),
        personId: person.entityId,
        of: title.ofEntityId ?? owners[0]?.entityId ?? null,
        confidence: 0.8,
        appointment: verb,
      });
    }
    return out;
  },
};

/** A person of a list with the owner told right before the name: "la Colombienne Ana Ruiz", "Ecuador's Pablo Mena". */
interface OwnedName {
  /** The nationality noun or the possessive country. */
  marker: EntityMention;
  person: EntityMention;
  owner: string;
}

/**
 * The owned name a mention opens: a nationality noun ("la Colombienne X", "Ecuadorian Y"; capitalised, as a
 * noun is) or a country with "'s" ("Ecuador's Y"), a person's name right after it. Null otherwise.
 */
function ownedNameAt(ctx: ExtractionContext, mentions: readonly EntityMention[], marker: EntityMention): OwnedName | null {
  if (!isCountryOrOrg(ctx, marker.entityId) || countryNamedBy(ctx, marker.entityId) === null) return null;
  let end = marker.end;
  if (marker.source === "demonym") {
    if (!/^\p{Lu}/u.test(marker.text)) return null;
  } else {
    const possessive = /^['’]s?(?![\p{L}])/u.exec(ctx.text.slice(marker.end, marker.end + 3));
    if (!possessive) return null;
    end += possessive[0].length;
  }
  const person = mentions.find((m) => m.start >= end);
  if (!person || !isPerson(ctx, person) || !/^\s+$/u.test(ctx.text.slice(end, person.start))) return null;
  return { marker, person, owner: marker.entityId };
}

/** Between two owned names of a list: a comma, "et"/"and" or both, and the next one's article ("et l'Équatorien", ", the Colombian"). */
const OWNED_NAME_JOINER = /^\s*(?:,\s*(?:(?:and|et)\s+)?|(?:and|et|&)\s+)(?:(?:le|la|the)\s+|l['’])?$/iu;

/** Between a title and the list it opens: a comma and the first name's article ("ministres …, la Colombienne X"). */
const OWNED_LIST_LEAD = /\s*,\s*(?:(?:le|la|the)\s+|l['’])?$/iu;

/** The owned names that follow `from` in a list, each joined to the one before by OWNED_NAME_JOINER. */
function ownedNamesAfter(ctx: ExtractionContext, mentions: readonly EntityMention[], from: EntityMention): OwnedName[] {
  const out: OwnedName[] = [];
  let previous = from;
  for (;;) {
    const at = previous.end;
    const marker = mentions.find((m) => m.start >= at);
    if (!marker || !OWNED_NAME_JOINER.test(ctx.text.slice(at, marker.start))) break;
    const item = ownedNameAt(ctx, mentions, marker);
    if (!item) break;
    out.push(item);
    previous = item.person;
  }
  return out;
}

/**
 * "leurs ministres des Affaires étrangères, la Colombienne X et l'Équatorien Y", "the foreign ministers,
 * Colombia's X and Ecuador's Y": a plural title, a comma, then a list of names each with its owner right
 * before it (a nationality noun, a country's "'s"); each person holds the office of their own country.
 */
const pluralTitleOverOwnedNames: AttachmentRule = {
  name: "pluralTitleOverOwnedNames",
  attach(ctx, _cues, sentenceIndex) {
    const s = ctx.sentences[sentenceIndex];
    if (!s) return [];
    const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
    for (const marker of mentions) {
      const first = ownedNameAt(ctx, mentions, marker);
      if (!first) continue;
      const lead = OWNED_LIST_LEAD.exec(ctx.text.slice(s.start, marker.start));
      if (!lead) continue;
      const title = pluralTitleBefore(ctx, sentenceIndex, marker.start - lead[0].length);
      if (!title) continue;
      const items = [first, ...ownedNamesAfter(ctx, mentions, first.person)];
      if (items.length < 2) continue;
      return items.map(({ person, owner }) => ({
        title: { ...title, ofEntityId: owner },
        personId: person.entityId,
        of: owner,
        confidence: 0.8,
      }));
    }
    return [];
  },
};

/** Between a plural title and the owners after it: "of", "of the", "de", "du", "de la", "de l'", "des". */
const OWNERS_LINK = /^\s*(?:of(?:\s+the)?|du|des|de\s+la|de\s+l['’]|de|d['’])\s*$/iu;
/** Between two owners of such a list: a comma or "and"/"et", with French's article ("du Japon et de l'Australie"). */
const OWNERS_JOINER = /^\s*(?:,\s*(?:(?:and|et)\s+)?|(?:and|et|&)\s+)(?:(?:the|du|des|de\s+la|de\s+l['’]|de|d['’])\s*)?$/iu;
/** Between two names of the list after it. */
const NAMES_JOINER = /^\s*(?:,\s*(?:(?:and|et)\s+)?|(?:and|et|&)\s+)$/iu;

/**
 * "the defence ministers of Japan and Australia, X and Y", "les ministres de la Défense du Japon et de l'Australie,
 * X et Y": a plural title with its owners, then as many names after a comma — each the office of the owner in
 * the same place of its list (as "respectively" says). Not when the numbers differ.
 */
const pluralTitleOfOwnersThenNames: AttachmentRule = {
  name: "pluralTitleOfOwnersThenNames",
  attach(ctx, _cues, sentenceIndex) {
    const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
    const owners = mentions.filter((m) => m.source !== "demonym" && isCountryOrOrg(ctx, m.entityId));
    for (let k = 0; k < owners.length; k++) {
      const first = owners[k];
      const link = /(?:of(?:\s+the)?|du|des|de\s+la|de\s+l['’]|de|d['’])\s*$/iu.exec(
        ctx.text.slice(Math.max(0, first.start - 12), first.start),
      );
      if (!link || !OWNERS_LINK.test(link[0])) continue;
      const title = pluralTitleBefore(ctx, sentenceIndex, first.start - link[0].length);
      if (!title) continue;
      const run = [first];
      while (k + run.length < owners.length) {
        const next = owners[k + run.length];
        const previous = run.at(-1) as EntityMention;
        if (!OWNERS_JOINER.test(ctx.text.slice(previous.end, next.start))) break;
        run.push(next);
      }
      if (run.length < 2) continue;
      const people: EntityMention[] = [];
      let at = (run.at(-1) as EntityMention).end;
      for (const p of mentions.filter((m) => m.start >= at)) {
        const gap = ctx.text.slice(at, p.start);
        if (!isPerson(ctx, p) || !(people.length === 0 ? /^\s*,\s*$/u.test(gap) : NAMES_JOINER.test(gap))) break;
        people.push(p);
        at = p.end;
      }
      if (people.length !== run.length) continue;
      return people.map((p, i) => {
        const owner = run[i].entityId;
        return { title: { ...title, ofEntityId: owner }, personId: p.entityId, of: owner, confidence: 0.8 };
      });
    }
    return [];
  },
};

/**
 * "Kosovo's Prime Minister X, North Macedonia's Y and Montenegro's Z", "le Premier ministre kosovar X, le
 * Macédonien Y et le Monténégrin Z": a title told once, before the first name, is also the office of each
 * name after it that has no title of its own but its owner right before it (a country's "'s", a nationality
 * noun) — of that owner. Only a title any country has (not "ministre des Armées"), owned by a country, not
 * for a person the KB gives another office, nor one with their own apposition after ("Y, the army chief").
 */
const elidedTitleInList: AttachmentRule = {
  name: "elidedTitleInList",
  attach(ctx, cues, sentenceIndex) {
    const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
    const out: Attachment[] = [];
    for (const t of ctx.titlesBySentence[sentenceIndex] ?? []) {
      if (t.counterpart || t.tenure !== "current" || isPlural(ctx, t) || isRank(ctx, t) || !NATIONAL_KINDS.has(t.kind)) continue;
      if (kbTitleById(ctx, t.titleId)?.defaultOf !== undefined) continue;
      const owner = t.ofEntityId ?? complementBefore(ctx, mentions, t);
      if (!owner || countryNamedBy(ctx, owner) !== owner || listedAfterAnother(ctx, mentions, t)) continue;
      // The holder right after the title, its owner aside ("le Premier ministre [kosovar] X").
      const holder = mentions.find((m) => m.start >= t.end && isPerson(ctx, m));
      if (!holder) continue;
      const gap = blankSpans(ctx.text, t.end, holder.start, complementSpans(ctx, mentions, t.end, holder.start));
      if (!/^\s*$/u.test(blankPhrases(gap, cues.gapPhrases))) continue;
      for (const item of ownedNamesAfter(ctx, mentions, holder)) {
        if (item.owner === owner || ownApposition(ctx, item.person) || holdsOtherOffice(ctx, item.person.entityId, t)) break;
        const title: TitleMention = { ...t, start: item.marker.start, end: item.marker.end, ofEntityId: item.owner };
        out.push({ title, personId: item.person.entityId, of: item.owner, confidence: 0.7 });
      }
    }
    return out;
  },
};

/**
 * Whether a title (with its owner before it: "Montenegro's President") is an item of a list that began with
 * another person ("X, Montenegro's President Y and Serbia's Z"): whose office Z's is, is then unsure.
 */
/** Between two items of a list of names: a comma, "and"/"et"/"&", or both. */
const LIST_JOINER = /^\s*(?:,\s*(?:(?:and|et|&)\s+)?|(?:and|et|&)\s+)$/iu;

function listedAfterAnother(ctx: ExtractionContext, mentions: readonly EntityMention[], t: TitleMention): boolean {
  const ownerBefore = [...mentions].reverse().find((m) => m.end <= t.start && /^(?:['’]s?)?\s*$/u.test(ctx.text.slice(m.end, t.start)));
  const start = ownerBefore?.start ?? t.start;
  const previous = [...mentions].reverse().find((m) => m.end <= start);
  // Only a list's joiner between them: "X, who sat alongside Kosovo's Prime Minister Y, …" opens no list with X.
  return previous !== undefined && isPerson(ctx, previous) && LIST_JOINER.test(ctx.text.slice(previous.end, start));
}

/** Whether the KB gives a person offices of countries, none of them the title's. */
function holdsOtherOffice(ctx: ExtractionContext, personId: string, t: TitleMention): boolean {
  const person = ctx.kb.byId.get(personId);
  if (!person || "iso2" in person) return false;
  const national = (person.offices ?? []).filter((o) => countryNamedBy(ctx, o.of) === o.of);
  return national.length > 0 && !national.some((o) => officeMatches(ctx, o.title, t));
}

/** Attachment rules, in the order they run on each sentence; a title one rule attached is not offered to the next. */
export const ATTACHMENT_RULES: readonly AttachmentRule[] = [
  { name: "respectively", attach: (ctx, _cues, i) => respectively(ctx, i) },
  pluralTitleOfOwnersThenNames,
  distributiveDemonyms,
  pluralTitleOverOwnedNames,
  demonymsThenNames,
  titleAndCounterpartThenNames,
  nationalityNounsAfterCounterpart,
  ownerPerPerson,
  elidedTitleInList,
  relativeClauseOffice,
  tenureVerbTitle,
  { name: "titlesAndNames", attach: titlesAndNames },
  copulaTitle,
  appointedAs,
  officeVerb,
  officePeriphrasis,
  heldAsActing,
];

/** A rule that finds the owner of an office the sentence leaves without one. */
interface OwnerRule {
  name: string;
  /** How sure a role with the owner it finds is (0.7 when not said). */
  confidence?: number;
  owner(ctx: ExtractionContext, cues: RoleCues, a: Attachment, found: DocumentRoles): string | null;
}

interface DocumentRoles {
  roles: readonly RoleClaim[];
  /** Titles attached to a person, by the title's start offset. */
  attachedTitles: ReadonlyMap<number, string>;
}

const sameOffice = (x: { titleId: string | null; title: string }, y: { titleId: string | null; title: string }): boolean =>
  x.titleId && y.titleId ? x.titleId === y.titleId : x.title.toLowerCase() === y.title.toLowerCase();

/**
 * "Foreign Minister X held talks … Iran's foreign minister has met …": the same office, owned,
 * elsewhere in the document and held by no one else there, is this person's.
 */
const sameOfficeElsewhere: OwnerRule = {
  name: "sameOfficeElsewhere",
  owner(ctx, _cues, a, found) {
    // "la directrice, X" … "le directeur de Thales": an office many bodies have (a director's, a professor's) is no one office of the document.
    if (a.title.kind === "other") return null;
    const owners = new Set<string>();
    const heldByOthers = new Set<string>();
    for (const t of ctx.linked.titles) {
      if (t.start === a.title.start || t.ofEntityId === null || t.counterpart || t.tenure !== "current" || !sameOffice(t, a.title))
        continue;
      const holder = found.attachedTitles.get(t.start);
      // Held by another, or named beside the person in the same sentence: two offices of one sentence are two people's.
      const another = holder !== undefined ? holder !== a.personId : t.sentenceIndex === a.title.sentenceIndex;
      (another ? heldByOthers : owners).add(t.ofEntityId);
    }
    // "The British Prime Minister will meet Prime Minister Li Qiang": an office another person holds is not this one's.
    for (const owner of heldByOthers) owners.delete(owner);
    return owners.size === 1 ? [...owners][0] : null;
  },
};

/** "X est accompagné par le vice-Premier ministre Y": a member of a delegation serves the country of the person they accompany. */
const delegationCompanion: OwnerRule = {
  name: "delegationCompanion",
  owner(ctx, cues, a, found) {
    const s = ctx.sentences[a.title.sentenceIndex];
    if (!s) return null;
    const cue = findIn(cues.delegation, ctx.text, s.start, a.title.start).at(-1);
    if (!cue) return null;
    const leader = (ctx.mentionsBySentence[a.title.sentenceIndex] ?? [])
      .filter((m) => m.end <= cue.start && isPerson(ctx, m) && m.entityId !== a.personId)
      .at(-1);
    return leader ? countryOfPerson(ctx, found.roles, leader.entityId) : null;
  },
};

const NATIONAL_KINDS = new Set<KbTitle["kind"]>(["head-of-state", "head-of-government", "minister", "diplomat", "legislature", "military"]);

/** "le dirigeant travailliste": a French title narrowed by an adjective after it (a party's, a movement's) is not the nation's office. */
function qualifiedAfter(ctx: ExtractionContext, title: TitleMention): boolean {
  if (ctx.language !== "fr") return false;
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(ctx.text.slice(title.end, title.end + 40))?.[1];
  if (next === undefined) return false;
  const folded = foldForMatch(next);
  return !FUNCTION_WORDS.has(folded) && ADJECTIVE_ENDING.test(folded);
}

/** A national office of a person the KB knows: the person's country. */
const knownPersonsCountry: OwnerRule = {
  name: "knownPersonsCountry",
  owner(ctx, _cues, a) {
    const person = ctx.kb.byId.get(a.personId);
    if (!person || "iso2" in person || !person.country || !NATIONAL_KINDS.has(a.title.kind)) return null;
    if (qualifiedAfter(ctx, a.title)) return null;
    return isCountryOrOrg(ctx, person.country) ? person.country : null;
  },
};

/** Most mentions of the document's second country against its first for the first to be the story's home. */
const HOME_COUNTRY_MARGIN = 2;
/** Fewest mentions of the document's first country for it to be the story's home. */
const HOME_COUNTRY_MENTIONS = 3;

/** The country a story is told from, and whether its dateline says so. */
interface HomeCountry {
  id: string;
  fromDateline: boolean;
}

const homeCountryByContext = new WeakMap<ExtractionContext, HomeCountry | null>();

/** The country an entity names: a country itself, or a place the KB puts in one ("Canberra": Australia); null otherwise. */
function countryNamedBy(ctx: ExtractionContext, id: string): string | null {
  if ((ctx.entityById.get(id)?.type ?? typeFromKb(ctx, id)) === "Country") return id;
  const entry = ctx.kb.byId.get(id);
  return entry && !("iso2" in entry) && entry.type === "Place" && entry.country ? entry.country : null;
}

/**
 * The country a story is told from: its dateline's ("PORT-LOUIS —", "JAKARTA (Reuters) -", on the story's
 * first line or split off as a metadata line), else the country it names most, at least three times and
 * twice as often as any other. Null when neither.
 */
export function homeCountry(ctx: ExtractionContext): HomeCountry | null {
  if (homeCountryByContext.has(ctx)) return homeCountryByContext.get(ctx) ?? null;
  const typeOf = (id: string) => ctx.entityById.get(id)?.type ?? typeFromKb(ctx, id);
  let home: string | null = ctx.linked.datelinePlace ? countryNamedBy(ctx, ctx.linked.datelinePlace) : null;
  const story = ctx.sentences.findIndex(isStorySentence);
  const first = story < 0 ? undefined : (ctx.mentionsBySentence[story] ?? [])[0];
  const sentence = story < 0 ? undefined : ctx.sentences[story];
  if (!home && first && sentence && first.start === sentence.start) {
    const word = ctx.text.slice(first.start, first.end);
    const dateline = word.length >= 3 && word === word.toUpperCase() && /^\s*[,(—–-]/u.test(ctx.text.slice(first.end, first.end + 4));
    if (dateline) home = countryNamedBy(ctx, first.entityId);
  }
  const fromDateline = home !== null;
  if (!home) {
    const counts = new Map<string, number>();
    ctx.sentences.forEach((sn, i) => {
      if (!isStorySentence(sn)) return;
      for (const m of ctx.mentionsBySentence[i] ?? [])
        if (typeOf(m.entityId) === "Country") counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    });
    const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
    if (top && top[1] >= HOME_COUNTRY_MENTIONS && top[1] >= HOME_COUNTRY_MARGIN * (second?.[1] ?? 0)) home = top[0];
  }
  const found = home === null ? null : { id: home, fromDateline };
  homeCountryByContext.set(ctx, found);
  return found;
}

/**
 * "à Djibouti, où elle doit rencontrer le président X": the sentence names another country than the story's (or a place of
 * one), outside `aside` (where a diplomat of the story's country is posted).
 */
function otherCountryNamed(ctx: ExtractionContext, a: Attachment, home: string, aside: readonly Span[] = []): boolean {
  return (ctx.mentionsBySentence[a.title.sentenceIndex] ?? []).some((m) => {
    if (aside.some((x) => overlaps(x, m))) return false;
    const country = countryNamedBy(ctx, m.entityId);
    return country !== null && country !== home;
  });
}

/** "Prime Minister X", "le ministre de la Défense X": the title right before its holder's name (`gap` between them). */
function titleBeforeName(ctx: ExtractionContext, a: Attachment, gap = /^\s+$/u): boolean {
  const next = (ctx.mentionsBySentence[a.title.sentenceIndex] ?? []).find((m) => m.start >= a.title.end);
  return next?.entityId === a.personId && gap.test(ctx.text.slice(a.title.end, next.start));
}

/**
 * "X a été nommé mercredi chef d'état-major des armées", "X was appointed Chief of the Defence Staff": the
 * title right after its holder's name and a copula (the appointment's date may stand between).
 */
function appointedTo(ctx: ExtractionContext, cues: RoleCues, a: Attachment): boolean {
  const before = (ctx.mentionsBySentence[a.title.sentenceIndex] ?? []).filter((m) => m.end <= a.title.start).at(-1);
  if (before?.entityId !== a.personId) return false;
  const dates = ctx.temporal(a.title.sentenceIndex).filter((d) => d.start >= before.end && d.end <= a.title.start);
  const gap = blankSpans(ctx.text, before.end, a.title.start, dates);
  const copula = cues.copulas.findAll(gap).at(-1);
  return copula !== undefined && /^\s*$/u.test(gap.slice(0, copula.start)) && /^\s*$/u.test(gap.slice(copula.end));
}

/**
 * "Le Premier ministre, Navin Ramgoolam,", "The defence minister, Sjafrie Sjamsoeddin,": a national office
 * the text gives no country, definite and in apposition, is the story's home country's (homeCountry), with less confidence.
 * Under a dateline, "Prime Minister X" and "X was appointed Prime Minister" too: a wire story names its own
 * country's officials so and qualifies a foreign one ("CANBERRA (Reuters) - Prime Minister X", but "Japanese
 * Prime Minister Y"). Ranks ("General X", "the admiral, X,") never come here: a grade is no office (extractRoles).
 */
const storysHomeCountry: OwnerRule = {
  name: "storysHomeCountry",
  confidence: 0.55,
  owner(ctx, cues, a) {
    if (!NATIONAL_KINDS.has(a.title.kind) || a.title.kind === "legislature" || qualifiedAfter(ctx, a.title)) return null;
    // Only the definite office in apposition ("Le Premier ministre, X,"), as one writes of the home
    // government; "Prime Minister X" is written of any country's.
    const home = homeCountry(ctx);
    // "Defence Secretary X arrived here": a guest of the home country is no official of it.
    if (!home || travelsTo(ctx, cues, a.personId, home.id)) return null;
    // "À Lomé, le ministre de la Défense, X, …" in a story about Mali: the sentence is told from elsewhere.
    const opening = sceneCountry(ctx, a.title.sentenceIndex);
    if (opening !== null && opening !== home.id) return null;
    const apposition = definiteInApposition(ctx, a);
    // Under a dateline, an appointment too ("PARIS (AFP) - X a été nommé chef d'état-major des armées").
    const stated = titleBeforeName(ctx, a) || appointedTo(ctx, cues, a);
    // "X, a former ambassador to China": the country a diplomat is posted to is not another government named.
    const posted = diplomatsPosting(ctx, cues, a);
    const elsewhere = otherCountryNamed(ctx, a, home.id, posted);
    // An office held before ("X, ancien chef d'état-major de l'armée de Terre") is as often another country's; not a
    // diplomat's posted abroad, whose country is the one the story is told from.
    const current = a.title.tenure === "current" || posted.length > 0;
    // "TOKYO (Kyodo) - X, a former vice foreign minister, said": under a dateline and with no other country in the
    // sentence, a former office in apposition after the name is the dateline country's too.
    const formerUnderDateline = a.title.tenure === "former" && home.fromDateline && appositionAfterName(ctx, a, posted);
    return apposition ||
      (current && (appositionAfterName(ctx, a, posted) || a.statedByVerb === true) && !elsewhere) ||
      (formerUnderDateline && !elsewhere) ||
      (home.fromDateline && stated && !elsewhere)
      ? home.id
      : null;
  },
};

/**
 * "X, a former ambassador to China, said", "Y, ambassadrice au Japon,": the places a diplomat's title says they are
 * posted to, right after it (a posting link and a place or country, up to the apposition's end): no owner of the office.
 */
function diplomatsPosting(ctx: ExtractionContext, cues: RoleCues, a: Attachment): Span[] {
  const s = ctx.sentences[a.title.sentenceIndex];
  if (a.title.kind !== "diplomat" || !s) return [];
  const comma = ctx.text.indexOf(",", a.title.end);
  const end = comma >= 0 && comma < s.end ? comma : s.end;
  const mentions = ctx.mentionsBySentence[a.title.sentenceIndex] ?? [];
  const first = mentions.find((m) => m.start >= a.title.end && m.end <= end);
  return first ? postingPlaces(ctx, cues, [first], a.title.end, first.end) : [];
}

/**
 * "X, ministre de l'Intégration européenne, a salué", "X, the defence minister, said": the title in an apposition
 * closed by a comma right after its holder's name, as one writes of the home government too.
 */
function appositionAfterName(ctx: ExtractionContext, a: Attachment, posted: readonly Span[] = []): boolean {
  const before = (ctx.mentionsBySentence[a.title.sentenceIndex] ?? []).filter((m) => m.end <= a.title.start).at(-1);
  if (before?.entityId !== a.personId) return false;
  // "X, ambassadeur au Japon, a salué": past where a diplomat is posted.
  const end = Math.max(a.title.end, ...posted.map((p) => p.end));
  return APPOSITION.test(ctx.text.slice(before.end, a.title.start)) && /^\s*,/u.test(ctx.text.slice(end, end + 3));
}

/**
 * The few characters after a title, past a rank in apposition with its article ("Le chef d'état-major des armées, le
 * général X": ", X"), so that the name after the rank reads as the title's apposition.
 */
function afterRankInApposition(ctx: ExtractionContext, title: TitleMention): string {
  const rank = (ctx.titlesBySentence[title.sentenceIndex] ?? []).find(
    (t) => t.start > title.end && isRank(ctx, t) && RANK_IN_APPOSITION.test(ctx.text.slice(title.end, t.start)),
  );
  return rank ? `,${ctx.text.slice(rank.end, rank.end + 4)}` : ctx.text.slice(title.end, title.end + 4);
}

/** Between a title and a rank in apposition to it: ", le ", ", the ", ", ". */
const RANK_IN_APPOSITION = /^\s*,\s*(?:(?:le|la|l['’]|the)\s*)?$/iu;

/**
 * "Lithuanian President X and Defence Minister Y", "le président kényan X et le ministre de la Défense Y":
 * a national office coordinated right after another person's owned one is of the same country.
 */
const coordinatedOffice: OwnerRule = {
  name: "coordinatedOffice",
  owner(ctx, _cues, a, found) {
    if (!NATIONAL_KINDS.has(a.title.kind)) return null;
    const i = a.title.sentenceIndex;
    const before = (ctx.mentionsBySentence[i] ?? []).filter((m) => m.end <= a.title.start && isPerson(ctx, m)).at(-1);
    if (!before || before.entityId === a.personId) return null;
    if (!/^\s*(?:,\s*)?(?:and|et)\s+(?:(?:the|le|la|l['’])\s*)?$/iu.test(ctx.text.slice(before.end, a.title.start))) return null;
    const office = found.roles.find(
      (r) => r.personId === before.entityId && r.sentenceIndex === i && r.tenure === "current" && r.titleSpan.end <= before.start,
    );
    if (!office || !NATIONAL_KINDS.has(office.titleKind)) return null;
    const typeOf = ctx.entityById.get(office.targetId)?.type ?? typeFromKb(ctx, office.targetId);
    return typeOf === "Country" ? office.targetId : null;
  },
};

/** "the country's top diplomat", "the kingdom's crown prince", "le chef de la diplomatie du pays": the office of a country told before. */
const COUNTRY_ANAPHOR_BEFORE =
  /(?:^|[^\p{L}])(?:the|this)\s+(?:country|nation|kingdom|emirate|sultanate|republic|island nation|island state)['’]s\s+$/iu;
const COUNTRY_ANAPHOR_AFTER =
  /^\s+(?:du\s+(?:pays|royaume|royaume chérifien|sultanat)|de\s+l['’](?:émirat|archipel)|de\s+la\s+république|of\s+the\s+(?:country|kingdom|emirate|republic))(?![\p{L}])/iu;

/**
 * "In Cairo, X met President Y and the country's top diplomat, Z", "le chef de la diplomatie du pays, Z": the
 * country the office belongs to is the last one named before it (a country, a demonym, a capital), in its
 * sentence or the two before.
 */
const countryAnaphor: OwnerRule = {
  name: "countryAnaphor",
  owner(ctx, _cues, a) {
    const before = ctx.text.slice(Math.max(0, a.title.start - 40), a.title.start);
    const after = ctx.text.slice(a.title.end, a.title.end + 40);
    if (!COUNTRY_ANAPHOR_BEFORE.test(before) && !COUNTRY_ANAPHOR_AFTER.test(after)) return null;
    const i = a.title.sentenceIndex;
    for (let k = i; k >= Math.max(0, i - 2); k--) {
      const mentions = (ctx.mentionsBySentence[k] ?? []).filter((m) => k < i || m.end <= a.title.start);
      for (let j = mentions.length - 1; j >= 0; j--) {
        const country = countryNamedBy(ctx, mentions[j]?.entityId ?? "");
        if (country) return country;
      }
    }
    return null;
  },
};

/** Sentences before an office's own where the organisation an anaphor stands for may be named. */
const ORGANIZATION_ANAPHOR_REACH = 1;

/**
 * "The agency has been in turmoil since its director, X, resigned", "welcomed the appointment of X as the bloc's assistant
 * secretary-general", "secrétaire général adjoint de l'organisation": a word standing for an organisation right before the
 * office or right after it (the pack's ORGANIZATION_ANAPHORS) makes it the office of the organisation named last before
 * it, in its sentence or the one before ("its": of a country too).
 */
/** "the procurement agency", "the ministry": a definite common noun, which a possessive "its" after it may stand for. */
const DEFINITE_COMMON_NOUN = /(?:^|[^\p{L}])the\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*/u;

const organizationAnaphor: OwnerRule = {
  name: "organizationAnaphor",
  owner(ctx, cues, a) {
    const t = a.title;
    const s = ctx.sentences[t.sentenceIndex];
    if (!s) return null;
    const before = findIn(cues.organizationAnaphorsBefore, ctx.text, Math.max(s.start, t.start - 30), t.start).find((h) =>
      /^\s*$/u.test(ctx.text.slice(h.end, t.start)),
    );
    const after = findIn(cues.organizationAnaphorsAfter, ctx.text, t.end, Math.min(s.end, t.end + 30)).find((h) =>
      /^\s*$/u.test(ctx.text.slice(t.end, h.start)),
    );
    const anaphor = before ?? after;
    if (!anaphor) return null;
    const countryToo = /^its$/iu.test(ctx.text.slice(anaphor.start, anaphor.end));
    // "X has led the procurement agency since its director, Y, resigned": "its" stands for the noun told before it in
    // its own sentence, which no mention names; only a sentence without such a noun reaches back to an earlier one.
    const nounBefore = countryToo && DEFINITE_COMMON_NOUN.test(ctx.text.slice(s.start, anaphor.start));
    for (let k = t.sentenceIndex; k >= Math.max(0, t.sentenceIndex - (nounBefore ? 0 : ORGANIZATION_ANAPHOR_REACH)); k--) {
      const typeOf = (m: EntityMention) => ctx.entityById.get(m.entityId)?.type ?? typeFromKb(ctx, m.entityId);
      const last = (ctx.mentionsBySentence[k] ?? [])
        .filter((m) => m.end <= Math.min(t.start, anaphor.start) && m.source !== "demonym")
        .filter((m) => typeOf(m) === "Organization" || (countryToo && typeOf(m) === "Country"))
        .at(-1);
      if (last) return last.entityId;
    }
    return null;
  },
};

/** Most characters between a head-noun anaphor and the office it stands beside: "the force's", "de la mission". */
const HEAD_NOUN_REACH = 20;

/**
 * "The force commander, X", "le commandant de la force, le général X", "the head of the mission, X": the organisation a
 * head-noun anaphor (the pack's HEAD_NOUN_ANAPHORS) right before or right after an office stands for, the one
 * organisation mentioned before it with the noun as a word of its name ("the United Nations Interim Force in Lebanon",
 * "la Force multinationale d'observation"). Null with no anaphor, with an adjective after it that makes it another
 * noun ("de la force aérienne"), or with none or several such organisations.
 */
function organizationByHeadNoun(ctx: ExtractionContext, cues: RoleCues, t: TitleMention): string | null {
  return headNounCommand(ctx, cues, t)?.owner ?? null;
}

/** The organisation a head-noun anaphor beside an office stands for, and where the office and that anaphor end. */
function headNounCommand(ctx: ExtractionContext, cues: RoleCues, t: TitleMention): { owner: string; end: number } | null {
  const s = ctx.sentences[t.sentenceIndex];
  if (!s) return null;
  // Right before the office or opening it ("the mission head"); right after it or closing it ("chef de la mission").
  const before = findIn(cues.headNounAnaphorsBefore, ctx.text, Math.max(s.start, t.start - HEAD_NOUN_REACH), t.end).find(
    (h) => h.start < t.start && (h.end > t.start || /^\s*$/u.test(ctx.text.slice(h.end, t.start))),
  );
  const after = findIn(cues.headNounAnaphorsAfter, ctx.text, t.start, Math.min(s.end, t.end + HEAD_NOUN_REACH)).find(
    (h) => h.end > t.start && (h.end <= t.end || /^\s*$/u.test(ctx.text.slice(t.end, h.start))),
  );
  const anaphor = before ?? after;
  if (!anaphor) return null;
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(ctx.text.slice(anaphor.end, anaphor.end + 30))?.[1];
  if (after && next !== undefined && !FUNCTION_WORDS.has(foldForMatch(next)) && ADJECTIVE_ENDING.test(foldForMatch(next))) return null;
  const noun = foldForMatch(ctx.text.slice(anaphor.start, anaphor.end))
    .replace(/['’]s$/u, "")
    .split(/\s+/u)
    .at(-1);
  if (!noun) return null;
  const named = new Set<string>();
  for (const m of ctx.linked.mentions) {
    if (m.start >= anaphor.start) break;
    const entity = ctx.entityById.get(m.entityId);
    if (entity?.type !== "Organization") continue;
    const names = [entity.name, ...entity.aliases].map((n) => foldForMatch(n).split(/[^\p{L}]+/u));
    if (names.some((words) => words.includes(noun))) named.add(entity.id);
  }
  const [owner] = named;
  return named.size === 1 && owner ? { owner, end: Math.max(t.end, after?.end ?? t.end) } : null;
}

/** "The force commander, X", "le chef de la mission, X": the organisation named before that the head noun stands for. */
const headNounAnaphor: OwnerRule = {
  name: "headNounAnaphor",
  owner: (ctx, cues, a) => organizationByHeadNoun(ctx, cues, a.title),
};

/**
 * The mentions of a sentence that name another country than `country` (a country, a demonym, a place of one), outside
 * the spans of titles that own them ("le ministre [togolais] des Affaires étrangères" speaks for Togo and leaves the
 * sentence's other offices to the place it is told from).
 */
function otherCountriesFree(ctx: ExtractionContext, sentenceIndex: number, country: string): boolean {
  const titles = ctx.titlesBySentence[sentenceIndex] ?? [];
  return (ctx.mentionsBySentence[sentenceIndex] ?? []).some((m) => {
    const named = countryNamedBy(ctx, m.entityId);
    if (named === null || named === country) return false;
    return !titles.some((t) => t.ofEntityId === named && t.start <= m.start && m.end <= t.end);
  });
}

/** A definite office in apposition ("le Premier ministre, X,") or an office right before its holder's name ("Prime Minister X"). */
function statedBeside(ctx: ExtractionContext, a: Attachment): boolean {
  return definiteInApposition(ctx, a) || titleBeforeName(ctx, a);
}

/** An article before an office: "le", "la", "the". */
const DEFINITE_OFFICE_LEAD = /(?:^|[^\p{L}])(?:le|la|l['’]|the)\s*$/iu;
/** An article joined to a preposition before an office: "la reconduction du Premier ministre, X", "hommage au ministre, X". */
const CONTRACTED_OFFICE_LEAD = /(?:^|[^\p{L}])(?:du|au)\s*$/iu;
/** How far before "du"/"au" another office makes the office after it that office's complement ("chef d'état-major particulier du président"). */
const COMPLEMENT_REACH = 30;

/**
 * "Le Premier ministre, X,", "the defence minister, X,", "la reconduction du Premier ministre, X": a definite office,
 * its holder in apposition. After "du"/"au", only a name right after the comma, and no office just before: in "le chef
 * d'état-major particulier du président de la République, le général X", X holds the first office, not the second.
 */
function definiteInApposition(ctx: ExtractionContext, a: Attachment): boolean {
  const before = ctx.text.slice(Math.max(0, a.title.start - 6), a.title.start);
  if (DEFINITE_OFFICE_LEAD.test(before)) return /^\s*,\s*\p{Lu}/u.test(afterRankInApposition(ctx, a.title));
  if (!CONTRACTED_OFFICE_LEAD.test(before) || !/^\s*,\s*\p{Lu}/u.test(ctx.text.slice(a.title.end, a.title.end + 4))) return false;
  if (!titleBeforeName(ctx, a, /^\s*,\s*$/u)) return false;
  const officeBefore = (ctx.titlesBySentence[a.title.sentenceIndex] ?? []).some(
    (t) => t.end <= a.title.start && t.end >= a.title.start - COMPLEMENT_REACH,
  );
  return !officeBefore;
}

/**
 * "À Bamako, le Premier ministre, X, a reçu …", "In Quito on Monday, Prime Minister X said …": the sentence opens
 * with the place it is told from (a locative preposition and a place or country before the first comma, a date
 * aside); a national office it gives no country, stated beside its holder, is that place's country's — when the
 * sentence names no other country than in the offices that speak for it.
 */
const sentenceOpeningPlace: OwnerRule = {
  name: "sentenceOpeningPlace",
  confidence: 0.6,
  owner(ctx, cues, a) {
    if (!NATIONAL_KINDS.has(a.title.kind) || a.title.kind === "legislature" || qualifiedAfter(ctx, a.title)) return null;
    const i = a.title.sentenceIndex;
    const country = sceneCountry(ctx, i);
    if (!country || !statedBeside(ctx, a) || otherCountriesFree(ctx, i, country) || travelsTo(ctx, cues, a.personId, country)) return null;
    return sceneCountryNamedForAnother(ctx, a, country) ? null : country;
  },
};

/**
 * "À Tirana, le ministre délégué, X, a rencontré la ministre albanaise des Affaires étrangères, Y": another office of
 * the sentence names the scene's country outright; the writer says whose it is where it differs from the
 * unqualified one's, so the unqualified office is not that country's (X is the visitor).
 */
function sceneCountryNamedForAnother(ctx: ExtractionContext, a: Attachment, country: string): boolean {
  return (ctx.titlesBySentence[a.title.sentenceIndex] ?? []).some(
    (t) => t !== a.title && (t.start !== a.title.start || t.end !== a.title.end) && t.ofEntityId === country,
  );
}

/**
 * The country of the place that sets the scene of a sentence: the place it opens with, else the place an earlier
 * sentence of its paragraph opens with ("À Pristina, le ministre a visité un centre. Il s'est ensuite entretenu avec le
 * Premier ministre, M. X"), when no sentence from there to it names another country. Null when none.
 */
function sceneCountry(ctx: ExtractionContext, sentenceIndex: number): string | null {
  const own = openingPlaceCountry(ctx, sentenceIndex);
  if (own) return own;
  const paragraph = ctx.sentences[sentenceIndex]?.paragraph;
  for (let k = sentenceIndex - 1; k >= 0 && ctx.sentences[k]?.paragraph === paragraph; k--) {
    const country = openingPlaceCountry(ctx, k);
    if (!country) continue;
    for (let j = k; j < sentenceIndex; j++) if (otherCountriesFree(ctx, j, country)) return null;
    return country;
  }
  return null;
}

/** The longest opening clause read for a place: "In Bamako on Monday," and the like. */
const OPENING_CLAUSE_LENGTH = 48;

/** The country of the place a sentence opens with ("À Bamako,", "In Quito on Monday,", "Mardi à Lomé,"); null when none. */
function openingPlaceCountry(ctx: ExtractionContext, sentenceIndex: number): string | null {
  const s = ctx.sentences[sentenceIndex];
  if (!s) return null;
  const comma = ctx.text.indexOf(",", s.start);
  if (comma < 0 || comma >= s.end || comma - s.start > OPENING_CLAUSE_LENGTH) return null;
  const inClause = (ctx.mentionsBySentence[sentenceIndex] ?? []).filter((m) => m.start < comma);
  const place = inClause[0];
  if (inClause.length !== 1 || !place || place.source === "demonym") return null;
  const country = countryNamedBy(ctx, place.entityId);
  if (!country) return null;
  const preposition = findIn(ctx.lexicon.locativePrepositions, ctx.text, s.start, place.start).at(-1);
  if (!preposition || !/^\s*(?:(?:le|la|les|l['’]|the)\s*)?$/iu.test(ctx.text.slice(preposition.end, place.start))) return null;
  // Nothing else in the clause but dates: "Mardi à Lomé,", "In Bamako on Monday,".
  const dates = ctx.temporal(sentenceIndex).filter((d) => d.start >= s.start && d.end <= comma);
  const rest = blankSpans(ctx.text, s.start, comma, [...dates, place, preposition]);
  return /^[\s«"“]*$/u.test(rest.replace(/\b(?:on|le|the)\b/giu, "")) ? country : null;
}

/**
 * "Serbia was represented by Prime Minister X", "la Serbie était représentée par le Premier ministre X": the office
 * of the one who speaks for a country, named right before the link, is that country's.
 */
const representedCountry: OwnerRule = {
  name: "representedCountry",
  owner(ctx, cues, a) {
    if (!NATIONAL_KINDS.has(a.title.kind) || qualifiedAfter(ctx, a.title)) return null;
    const i = a.title.sentenceIndex;
    const s = ctx.sentences[i];
    if (!s || !titleBeforeName(ctx, a)) return null;
    const link = findIn(cues.representedBy, ctx.text, s.start, a.title.start).at(-1);
    if (!link || !/^\s*(?:(?:the|its|his|her|le|la|l['’]|son|sa)\s*)?$/iu.test(ctx.text.slice(link.end, a.title.start))) return null;
    // The country right before the link, its subject: "Serbia was represented by", not "X, who was represented by".
    const represented = (ctx.mentionsBySentence[i] ?? []).filter((m) => m.end <= link.start).at(-1);
    if (!represented || !/^\s*$/u.test(ctx.text.slice(represented.end, link.start))) return null;
    const country = countryNamedBy(ctx, represented.entityId);
    return country !== null && country === represented.entityId ? country : null;
  },
};

/** Before a sentence's subject: an article, or an opening clause with no name, closed by a comma ("Lundi, le …", "On Monday, "). */
const BEFORE_SUBJECT = /^\s*(?:[^,;:«"“]{0,40},\s*)?(?:(?:le|la|les|l['’]|the)\s*)?$/iu;

/**
 * "Le Mali a dépêché son ministre de la Défense, X", "N'Djamena a envoyé sa ministre …, X" (Chad), "Bamako was
 * represented by its defence minister, X": an office after a possessive of the pack's list is the subject's, when
 * the subject opens the sentence and is a country or a place the KB puts in one (a capital standing for its
 * country); no person named between them (whose office it would be).
 */
const subjectsPossessive: OwnerRule = {
  name: "subjectsPossessive",
  owner(ctx, cues, a) {
    if (!NATIONAL_KINDS.has(a.title.kind)) return null;
    const i = a.title.sentenceIndex;
    const s = ctx.sentences[i];
    const possessive = s
      ? findIn(cues.subjectPossessives, ctx.text, Math.max(s.start, a.title.start - 8), a.title.start).at(-1)
      : undefined;
    if (!s || !possessive || !/^\s*$/u.test(ctx.text.slice(possessive.end, a.title.start))) return null;
    const mentions = ctx.mentionsBySentence[i] ?? [];
    const subject = mentions[0];
    if (!subject || subject.end > possessive.start || subject.source === "demonym") return null;
    if (!BEFORE_SUBJECT.test(ctx.text.slice(s.start, subject.start))) return null;
    const country = countryNamedBy(ctx, subject.entityId);
    // Between them, no person (whose office it would be) and no other country but a destination ("à Dakar", "to Abuja"):
    // "La France a félicité le Mali et son ministre" is Mali's minister.
    const between = mentions.filter((m) => m.start >= subject.end && m.end <= possessive.start);
    const destination = (m: EntityMention) => {
      const preposition = findIn(ctx.lexicon.locativePrepositions, ctx.text, subject.end, m.start).at(-1);
      return preposition !== undefined && /^\s*(?:(?:le|la|les|l['’]|the)\s*)?$/iu.test(ctx.text.slice(preposition.end, m.start));
    };
    const otherCountry = (m: EntityMention) => {
      const named = countryNamedBy(ctx, m.entityId);
      return (named !== null && named !== country && !destination(m)) || (isCountryOrOrg(ctx, m.entityId) && named !== country);
    };
    if (between.some((m) => isPerson(ctx, m) || otherCountry(m))) return null;
    return country;
  },
};

/**
 * "Le ministre jordanien des Affaires étrangères s'est exprimé au nom du roi X", "The Saudi envoy spoke on behalf of King
 * X": a head of state's title before its holder's name, right after a cue of the pack's ON_BEHALF_OF, is the office of the
 * one country that owns the current titles told before the cue (whom the subject speaks for). None when those titles
 * name no country or several ("The ambassador delivered a message from Emperor X", "au nom du peuple").
 */
const sovereignSpokenFor: OwnerRule = {
  name: "sovereignSpokenFor",
  owner(ctx, cues, a) {
    const t = a.title;
    const s = ctx.sentences[t.sentenceIndex];
    if (!s || t.kind !== "head-of-state" || t.titleId === null || t.counterpart || !titleBeforeName(ctx, a)) return null;
    const cue = findIn(cues.onBehalfOf, ctx.text, Math.max(s.start, t.start - 30), t.start).find((h) =>
      /^\s*$/u.test(ctx.text.slice(h.end, t.start)),
    );
    if (!cue) return null;
    const countries = new Set(
      (ctx.titlesBySentence[t.sentenceIndex] ?? [])
        .filter((o) => o.end <= cue.start && o.tenure === "current" && o.ofEntityId !== null)
        .map((o) => countryNamedBy(ctx, o.ofEntityId!)),
    );
    const [country] = countries;
    return countries.size === 1 && country ? country : null;
  },
};

/** Words that may stand between a leader link and the leader's office, or between the office and the name: articles, "and". */
const LEADER_GAP_WORDS = /^(?:[\s,]|the|its|his|her|and|le|la|l['’]|son|sa|et)*$/iu;

/**
 * The country a group before a leader link speaks for: "the Emirati delegation", "a delegation from Mali", "la délégation
 * malienne", "la mission du Mali": a country (or its demonym) right before the group's noun or right after it (a link such
 * as "from"/"du" between), the noun ending right before the link (a comma aside). Null when none.
 */
function delegationCountry(ctx: ExtractionContext, cues: RoleCues, sentenceIndex: number, link: Span): string | null {
  const s = ctx.sentences[sentenceIndex];
  if (!s) return null;
  const noun = findWordsIn(cues.delegationNouns, ctx.text, s.start, link.start).at(-1);
  if (!noun) return null;
  const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
  const isCountry = (m: EntityMention) => countryNamedBy(ctx, m.entityId) === m.entityId;
  const before = mentions.filter((m) => m.end <= noun.start).at(-1);
  const after = mentions.find((m) => m.start >= noun.end && m.end <= link.start);
  if (after) {
    // "la délégation malienne", "a delegation from Mali": the country after the noun, then the link.
    const lead = ctx.text.slice(noun.end, after.start);
    const linked = findIn(cues.delegationCountryLinks, ctx.text, noun.end, after.start).some((l) =>
      /^\s*$/u.test(ctx.text.slice(l.end, after.start)),
    );
    const close = /^\s*$/u.test(lead) || linked;
    return close && isCountry(after) && /^[\s,]*$/u.test(ctx.text.slice(after.end, link.start)) ? after.entityId : null;
  }
  // "the Emirati delegation was led by": the country before the noun, the noun right before the link.
  if (!before || !isCountry(before) || !/^\s+$/u.test(ctx.text.slice(before.end, noun.start))) return null;
  return /^[\s,]*$/u.test(ctx.text.slice(noun.end, link.start)) ? before.entityId : null;
}

/**
 * "The Emirati delegation was led by Vice President and Deputy Prime Minister Sheikh X", "La délégation malienne était
 * conduite par le ministre de la Défense, X", "an Indian delegation led by Defence Secretary X": the offices of the person
 * at the head of a group a country qualifies are that country's.
 */
const ledDelegation: OwnerRule = {
  name: "ledDelegation",
  owner(ctx, cues, a) {
    if (!NATIONAL_KINDS.has(a.title.kind) || qualifiedAfter(ctx, a.title)) return null;
    const i = a.title.sentenceIndex;
    const s = ctx.sentences[i];
    if (!s) return null;
    const link = findIn(cues.delegationLeaderLinks, ctx.text, s.start, a.title.start).at(-1);
    if (!link) return null;
    // From the link to the name: offices (coordinated: "Vice President and Deputy Prime Minister"), articles, styles.
    const holder = (ctx.mentionsBySentence[i] ?? []).find((m) => m.start >= a.title.end);
    if (holder?.entityId !== a.personId) return null;
    const offices = (ctx.titlesBySentence[i] ?? []).filter((t) => t.start >= link.end && t.end <= holder.start);
    const styles = findIn(cues.gapPhrases, ctx.text, link.end, holder.start);
    if (!LEADER_GAP_WORDS.test(blankSpans(ctx.text, link.end, holder.start, [...offices, ...styles]).trim())) return null;
    return delegationCountry(ctx, cues, i, link);
  },
};

/**
 * "Defence Secretary X", "Foreign Secretary Y": an office the KB gives a default country (the UK's) that the document
 * never names, and whose title does not name it either, is written so of other countries too (India's, Sri Lanka's): the
 * owner rules are asked first, the default is the last resort.
 */
function unnamedDefaultOwner(ctx: ExtractionContext, a: Attachment, claim: RoleClaim): boolean {
  const writtenSo = titlesWrittenAs(ctx.kb.titles, foldForMatch(a.title.text));
  // The KB titles the mention is (its id, or a form written so: "Defence Secretary" is read as the Defence Minister).
  const kbTitles = ctx.kb.titles.filter((t) => t.id === a.title.titleId || writtenSo.includes(t));
  const byDefault = kbTitles.some((t) => t.defaultOf === claim.targetId);

  if (!byDefault || kbTitles.some((t) => t.impliesOwner === true)) return false;
  return countryNamedBy(ctx, claim.targetId) === claim.targetId && !ctx.entityById.has(claim.targetId);
}

/** Offices whose holders appoint a government's members: a head of state's, a head of government's. */
const APPOINTING_KINDS = new Set<KbTitle["kind"]>(["head-of-state", "head-of-government"]);

/**
 * The country whose head appoints, the subject right before an appointment's verb: a person holding a head of state's or
 * government's office of a country (told in the document, or in the KB), or such an office standing alone ("Le président
 * sénégalais a nommé …"). Only dates, or a genitive's "'s", between it and the verb.
 */
function appointingCountry(ctx: ExtractionContext, found: DocumentRoles, sentenceIndex: number, verb: Span): string | null {
  const typeOf = (id: string) => ctx.entityById.get(id)?.type ?? typeFromKb(ctx, id);
  const mention = (ctx.mentionsBySentence[sentenceIndex] ?? []).filter((m) => m.end <= verb.start).at(-1);
  const title = (ctx.titlesBySentence[sentenceIndex] ?? []).filter((t) => t.end <= verb.start).at(-1);
  // "Le président sénégalais a nommé": the office, not the demonym that ends it.
  const subject = title && (!mention || title.end >= mention.end) ? title : mention;
  if (!subject) return null;
  const dates = ctx.temporal(sentenceIndex).filter((d) => d.start >= subject.end && d.end <= verb.start);
  if (!/^(?:['’]s?)?\s*$/u.test(blankSpans(ctx.text, subject.end, verb.start, dates))) return null;
  if (subject === title) {
    const owner = title.ofEntityId;
    return APPOINTING_KINDS.has(title.kind) && title.tenure === "current" && owner && typeOf(owner) === "Country" ? owner : null;
  }
  if (!mention || !isPerson(ctx, mention)) return null;
  const told = found.roles.find(
    (r) =>
      r.personId === mention.entityId && r.tenure === "current" && APPOINTING_KINDS.has(r.titleKind) && typeOf(r.targetId) === "Country",
  );
  if (told) return told.targetId;
  const held = currentKbOffice(ctx, mention.entityId, sentenceIndex);
  return held && APPOINTING_KINDS.has(held.titleKind) && typeOf(held.targetId) === "Country" ? held.targetId : null;
}

/**
 * "Kenyan President X named economist Y as finance minister", "Le président sénégalais a nommé Z ministre des Finances": a
 * national office given by an appointment, its country unsaid, is the country of the head of state or government who
 * appoints (the verb's subject). Not a head of state's office or a speaker's, nor an appointment only welcomed ("X a salué
 * la nomination de Y"): the one who welcomes it is not the verb's subject.
 */
const appointersCountry: OwnerRule = {
  name: "appointersCountry",
  owner(ctx, _cues, a, found) {
    // A head of state is elected, a speaker chosen by the chamber: no head appoints them.
    const kind = a.title.kind;
    if (!a.appointment || !NATIONAL_KINDS.has(kind) || kind === "head-of-state" || kind === "legislature") return null;
    if (qualifiedAfter(ctx, a.title)) return null;
    return appointingCountry(ctx, found, a.title.sentenceIndex, a.appointment);
  },
};

/**
 * A trip a person of the document makes: who travels (named before the trip's word, or after it behind a traveller's link:
 * "the visit of X to Hanoi"; none named in "during his visit to Hanoi"), where to, in which sentence, and where its word ends.
 */
interface Trip {
  sentenceIndex: number;
  travellers: ReadonlySet<string>;
  country: string;
  start: number;
  end: number;
}

const tripsByContext = new WeakMap<ExtractionContext, readonly Trip[]>();

/**
 * "Defence Secretary X arrived in Colombo on Monday", "Le ministre tchadien X est arrivé lundi à Niamey", "X arrived here"
 * (under a dateline), "À Niamey, le ministre X est arrivé lundi": the trips the document tells, each with the people named
 * before the trip's word (not those before a meeting's word in between: "President Y welcomed X, who arrived in Colombo"
 * is X's trip) and the country of the first place or country named after it; an arrival with none there is to the
 * dateline's place ("here") or to the place the sentence opens with.
 */
function tripsOf(ctx: ExtractionContext, cues: RoleCues): readonly Trip[] {
  const cached = tripsByContext.get(ctx);
  if (cached) return cached;
  const trips: Trip[] = [];
  const visit = ctx.lexicon.events.find((e) => e.type === "Visit");
  const meeting = ctx.lexicon.events.find((e) => e.type === "Meeting");
  const here = eventCues(ctx.language).hereWords;
  const home = homeCountry(ctx);
  ctx.sentences.forEach((s, i) => {
    if (!isStorySentence(s)) return;
    const mentions = ctx.mentionsBySentence[i] ?? [];
    const arrivals = findWordsIn(cues.arrivalWords, ctx.text, s.start, s.end);
    const triggers = [...(visit ? findWordsIn(visit.triggers, ctx.text, s.start, s.end) : []), ...arrivals];
    for (const trigger of triggers) {
      const lastMeeting = meeting ? findWordsIn(meeting.triggers, ctx.text, s.start, trigger.start).at(-1) : undefined;
      const from = lastMeeting?.end ?? s.start;
      // The destination: a place or a country, not a demonym ("la visite du ministre malien X à Dakar" is to Senegal).
      const after = mentions.find((m) => m.start >= trigger.end && m.source !== "demonym" && countryNamedBy(ctx, m.entityId) !== null);
      const travellers = new Set(
        [...mentions.filter((m) => m.start >= from && m.end <= trigger.start), ...travellersAfter(ctx, cues, i, trigger, after)]
          .filter((m) => isPerson(ctx, m))
          .map((m) => m.entityId),
      );
      const arrival = arrivals.includes(trigger);
      const hereWord = findWordsIn(here, ctx.text, trigger.end, s.end)[0];
      const country = after
        ? countryNamedBy(ctx, after.entityId)
        : !arrival
          ? null
          : hereWord && home?.fromDateline
            ? home.id
            : openingPlaceCountry(ctx, i);
      if (country) trips.push({ sentenceIndex: i, travellers, country, start: trigger.start, end: trigger.end });
    }
  });
  tripsByContext.set(ctx, trips);
  return trips;
}

/**
 * "the visit of Defence Minister X to Hanoi", "la visite du ministre malien X à Dakar": the mentions between a trip's word and
 * its destination when a traveller's link opens them (offices and names only between).
 */
function travellersAfter(
  ctx: ExtractionContext,
  cues: RoleCues,
  sentenceIndex: number,
  trigger: Span,
  destination: EntityMention | undefined,
): EntityMention[] {
  if (!destination) return [];
  const link = findWordsIn(cues.travellerLinks, ctx.text, trigger.end, destination.start)[0];
  if (!link || !/^\s*$/u.test(ctx.text.slice(trigger.end, link.start))) return [];
  return (ctx.mentionsBySentence[sentenceIndex] ?? []).filter((m) => m.start >= link.end && m.end <= destination.start);
}

/** Whether the document tells a trip of the person to the country: the guest's office is not the host's. */
function travelsTo(ctx: ExtractionContext, cues: RoleCues, personId: string, country: string): boolean {
  return tripsOf(ctx, cues).some((t) => t.country === country && t.travellers.has(personId));
}

/** How many sentences before an office, across paragraphs, the trip whose scene it is in may be told (within its paragraph, any). */
const TRIP_SCENE_REACH = 3;

/**
 * The trip whose scene a sentence is in: the latest trip told in it or before it (in its paragraph, or in the few sentences
 * before), when no sentence from the trip's to this one names another country and none tells the trip over ("on his return",
 * "de retour à"). Null when none, or when the latest sentence with trips tells trips to two countries.
 */
function tripScene(ctx: ExtractionContext, cues: RoleCues, sentenceIndex: number): Trip | null {
  const s = ctx.sentences[sentenceIndex];
  if (!s) return null;
  const trips = tripsOf(ctx, cues);
  for (let k = sentenceIndex; k >= 0; k--) {
    if (sentenceIndex - k > TRIP_SCENE_REACH && ctx.sentences[k]?.paragraph !== s.paragraph) return null;
    const told = trips.filter((t) => t.sentenceIndex === k);
    const trip = told.at(-1);
    if (!trip) continue;
    if (told.some((t) => t.country !== trip.country) || aheadOfTrip(ctx, cues, trip)) return null;
    for (let j = k; j <= sentenceIndex; j++) if (otherCountriesFree(ctx, j, trip.country)) return null;
    return findWordsIn(cues.tripOverWords, ctx.text, trip.end, s.end).length > 0 ? null : trip;
  }
  return null;
}

/** Between a time before a trip and the trip's word: articles, possessives and "de" ("ahead of his visit", "avant sa visite"). */
const BEFORE_TRIP_GAP = /^(?:\s|the|a|his|her|their|its|le|la|l['’]|sa|son|leur|de|d['’])*$/iu;

/** "Ahead of his visit to Hanoi, X met …", "Avant sa visite à Dakar, X a reçu …": the trip is told as not yet begun. */
function aheadOfTrip(ctx: ExtractionContext, cues: RoleCues, trip: Trip): boolean {
  const s = ctx.sentences[trip.sentenceIndex];
  const before = s ? findWordsIn(cues.beforeTripWords, ctx.text, s.start, trip.start).at(-1) : undefined;
  return before !== undefined && BEFORE_TRIP_GAP.test(ctx.text.slice(before.end, trip.start));
}

/** The mention of an attachment's holder nearest its title, in the title's sentence. */
function holderMention(ctx: ExtractionContext, a: Attachment): EntityMention | undefined {
  const distance = (m: EntityMention) => (m.start >= a.title.end ? m.start - a.title.end : a.title.start - m.end);
  return (ctx.mentionsBySentence[a.title.sentenceIndex] ?? [])
    .filter((m) => m.entityId === a.personId)
    .sort((x, y) => distance(x) - distance(y))[0];
}

/**
 * Whether the holder of an office (title and name: `holder`) is on the host's side of a meeting its sentence tells with the
 * trip's traveller: met by the guest ("he met Prime Minister X", "il a été reçu par le Premier ministre, M. X"), or receiving
 * them ("President X received Y", "Prime Minister X met Y", Y a traveller). Not over the phone, and not one who goes with the
 * guest ("accompanied by", "sa délégation" between the meeting's word and the holder).
 */
function hostOfMeeting(ctx: ExtractionContext, cues: RoleCues, trip: Trip, a: Attachment, holder: Span): boolean {
  const i = a.title.sentenceIndex;
  const s = ctx.sentences[i];
  const meeting = ctx.lexicon.events.find((e) => e.type === "Meeting");
  const call = ctx.lexicon.events.find((e) => e.type === "Call");
  if (!s || !meeting || (call && findWordsIn(call.triggers, ctx.text, s.start, s.end).length > 0)) return false;
  const events = eventCues(ctx.language);
  const words = findWordsIn(meeting.triggers, ctx.text, s.start, s.end);
  const passives = findIn(events.passiveReceptions, ctx.text, s.start, s.end);
  const hosting = (w: Span) => findIn(events.hostVerbs, ctx.text, w.start, w.end).length > 0 && !passives.some((p) => overlaps(p, w));
  const persons = (ctx.mentionsBySentence[i] ?? []).filter((m) => isPerson(ctx, m) && m.entityId !== a.personId);
  // A trip told in this sentence with no traveller named ("During his visit to Hanoi, X met …"): its traveller is the subject.
  const anyVisitor = trip.sentenceIndex === i && trip.travellers.size === 0;
  const visiting = (visitors: readonly EntityMention[], unnamed: boolean) =>
    visitors.length === 0 ? unnamed : anyVisitor || visitors.some((m) => trip.travellers.has(m.entityId));
  const before = words.filter((w) => w.end <= holder.start).at(-1);
  const after = words.find((w) => w.start >= holder.end);
  let between: Span;
  if (before && !hosting(before)) {
    // "Y met X", "Y a été reçu par X": the guest is the subject, before the sentence's first meeting word.
    const first = words[0] ?? before;
    if (
      !visiting(
        persons.filter((m) => m.end <= first.start),
        true,
      )
    )
      return false;
    between = { start: before.end, end: holder.start };
  } else if (!before && after && !anyVisitor) {
    // "X received Y", "X met Y": the guest after; only a host's verb may leave them unnamed ("X received him"). Not when the
    // trip's traveller is unnamed: "During his visit to Hanoi, X met Y" is X's trip.
    const next = words.find((w) => w.start >= after.end);
    if (
      !visiting(
        persons.filter((m) => m.start >= after.end && (!next || m.end <= next.start)),
        hosting(after),
      )
    )
      return false;
    between = { start: holder.end, end: after.start };
  } else return false;
  const companions = [cues.delegation, events.companionCues, cues.delegationNouns];
  return !companions.some((finder) => findWordsIn(finder, ctx.text, between.start, between.end).length > 0);
}

/**
 * "Le ministre français s'est rendu jeudi à Belgrade. M. Z, ministre de l'Intégration européenne, a salué la visite", "France's
 * defence minister travelled to Belgrade on Monday. Z, the minister for integration, welcomed the visit": with no meeting word,
 * the holder named first in the sentence right after the trip's (in its paragraph), the title in apposition after the name.
 * Only when the traveller is someone else: named, or told by an office another country qualifies that is not the holder's
 * office ("Le ministre français des Armées … M. X, ministre des Armées," may be the same man). Not one who goes with the guest.
 */
function speaksAfterTrip(ctx: ExtractionContext, cues: RoleCues, trip: Trip, a: Attachment, mention: EntityMention): boolean {
  const i = a.title.sentenceIndex;
  const s = ctx.sentences[i];
  const told = ctx.sentences[trip.sentenceIndex];
  if (!s || !told || trip.sentenceIndex !== i - 1 || told.paragraph !== s.paragraph || mention.end > a.title.start) return false;
  const first = (ctx.mentionsBySentence[i] ?? [])[0];
  if (first?.entityId !== a.personId || blankPhrases(ctx.text.slice(s.start, first.start), cues.gapPhrases).trim() !== "") return false;
  const companions = [cues.delegation, eventCues(ctx.language).companionCues, cues.delegationNouns, cues.companionVerbs];
  if (companions.some((finder) => findWordsIn(finder, ctx.text, s.start, s.end).length > 0)) return false;
  if (trip.travellers.size > 0) return true;
  const guestTitles = (ctx.titlesBySentence[trip.sentenceIndex] ?? []).filter(
    (t) => t.end <= trip.start && t.ofEntityId !== null && t.ofEntityId !== trip.country,
  );
  return guestTitles.length > 0 && guestTitles.every((t) => t.titleId !== a.title.titleId);
}

/**
 * "Le ministre tchadien de la Défense, A, est arrivé lundi à Niamey. Il a été reçu par le Premier ministre, M. Z", "During
 * his visit to Hanoi, A met Prime Minister Z", "La visite du ministre A à Dakar … il s'est entretenu avec la ministre des
 * Affaires étrangères, Mme Y": a national office the text gives no country, held by one the traveller meets in the trip's
 * scene (tripScene) and who is no traveller himself, is the visited country's.
 */
const hostOfTrip: OwnerRule = {
  name: "hostOfTrip",
  confidence: 0.6,
  owner(ctx, cues, a) {
    if (!NATIONAL_KINDS.has(a.title.kind) || qualifiedAfter(ctx, a.title)) return null;
    if (!statedBeside(ctx, a) && !appositionAfterName(ctx, a)) return null;
    const trip = tripScene(ctx, cues, a.title.sentenceIndex);
    const mention = holderMention(ctx, a);
    if (!trip || !mention || trip.travellers.has(a.personId) || travelsTo(ctx, cues, a.personId, trip.country)) return null;
    const holder = { start: Math.min(a.title.start, mention.start), end: Math.max(a.title.end, mention.end) };
    return hostOfMeeting(ctx, cues, trip, a, holder) || speaksAfterTrip(ctx, cues, trip, a, mention) ? trip.country : null;
  },
};

/** Owner rules for offices the sentence leaves without an owner, in the order they are tried. */
export const OWNER_RULES: readonly OwnerRule[] = [
  countryAnaphor,
  organizationAnaphor,
  headNounAnaphor,
  representedCountry,
  subjectsPossessive,
  sovereignSpokenFor,
  ledDelegation,
  appointersCountry,
  coordinatedOffice,
  sameOfficeElsewhere,
  delegationCompanion,
  knownPersonsCountry,
  hostOfTrip,
  sentenceOpeningPlace,
  storysHomeCountry,
];

export function extractRoles(ctx: ExtractionContext): RoleExtraction {
  const cues = roleCuesFor(ctx.language);
  const attachments: Attachment[] = [];
  ctx.sentences.forEach((_, i) => {
    const taken: Span[] = [];
    for (const rule of ATTACHMENT_RULES) {
      const found = rule.attach(ctx, cues, i).filter((a) => !taken.some((t) => t.start < a.title.end && a.title.start < t.end));
      for (const a of found) attachments.push(a);
      for (const a of found) taken.push(a.title);
    }
  });
  const roles: RoleClaim[] = [];
  const push = (claim: RoleClaim | null) => {
    if (!claim) return;
    const same = roles.find(
      (r) =>
        r.personId === claim.personId &&
        r.targetId === claim.targetId &&
        r.title === claim.title &&
        r.sentenceIndex === claim.sentenceIndex,
    );
    if (!same) roles.push(claim);
  };
  const unowned: Attachment[] = [];
  // Claims by an office's default owner the text never names, kept for when no owner rule finds one.
  const byUnnamedDefault = new Map<Attachment, RoleClaim>();
  for (const [k, a] of attachments.entries()) attachments[k] = organizationInGenitive(ctx, cues, leftOffice(ctx, cues, a));
  for (const a of attachments) {
    // A rank commands the force told by its head noun: "the force commander, Major General X".
    const command = (t: TitleMention) => commandOfNamedOwner(ctx, t) || organizationByHeadNoun(ctx, cues, t) !== null;
    if (a.title.counterpart || (isRank(ctx, a.title) && !command(a.title))) continue;
    const claim = claimFrom(ctx, a);
    if (claim && unnamedDefaultOwner(ctx, a, claim)) byUnnamedDefault.set(a, claim);
    if (claim && !byUnnamedDefault.has(a)) push(claim);
    else unowned.push(a);
  }
  // Offices the sentence leaves without an owner: the document, then the KB, may say whose they are.
  const attachedSoFar = new Map<number, string>(attachments.map((a) => [a.title.start, a.personId]));
  for (const a of unowned) {
    const byDefault = byUnnamedDefault.get(a);
    const asFound = byDefault ? { ...a, of: null, title: { ...a.title, ofEntityId: null } } : a;
    let owned = false;
    for (const rule of OWNER_RULES) {
      const owner = rule.owner(ctx, cues, asFound, { roles, attachedTitles: attachedSoFar });
      if (!owner) continue;
      push(claimFrom(ctx, { ...asFound, of: owner }, { confidence: rule.confidence ?? 0.7 }));
      owned = true;
      break;
    }
    if (!owned && byDefault) push(byDefault);
  }
  for (const claim of successionClaims(ctx, cues, roles)) push(claim);
  // Counterparts take the other side's office, with the country the text gives them.
  for (const a of attachments) {
    if (!a.title.counterpart) continue;
    const other = otherSide(ctx, a.sideOf ? { ...a.title, start: a.sideOf.start } : a.title, a.personId);
    const otherRole = other ? (counterpartOffice(ctx, roles, other, a) ?? currentKbOffice(ctx, other, a.title.sentenceIndex)) : undefined;
    if (!otherRole) continue;
    const mapped = ctx.lexicon.counterpartOffices.get(otherRole.title.toLowerCase());
    const office = mapped ?? otherRole.title;
    // The same office on the other side keeps its KB title; a mapped office is looked up by name.
    const kbTitle = mapped ? kbTitleByEnglish(ctx, office) : (kbTitleById(ctx, otherRole.titleId) ?? kbTitleByEnglish(ctx, office));
    const targetId = a.of ?? fallbackOf(ctx, { ...a.title, title: office, titleId: kbTitle?.id ?? null }, a.personId);
    if (!targetId || targetId === otherRole.targetId) continue;
    // An organisation's office has no counterpart in a country ("NATO's Secretary General … his
    // Ukrainian counterpart" is Ukraine's minister, not its Secretary-General) unless the lexicon maps it.
    const typeOf = (id: string) => ctx.entityById.get(id)?.type ?? typeFromKb(ctx, id);
    if (mapped === undefined && typeOf(otherRole.targetId) === "Organization" && typeOf(targetId) === "Country") continue;
    push(
      claimFrom(ctx, a, {
        targetId,
        title: office,
        titleId: kbTitle?.id ?? null,
        titleKind: kbTitle?.kind ?? otherRole.titleKind,
        confidence: 0.75,
      }),
    );
  }
  roles.sort((x, y) => x.titleSpan.start - y.titleSpan.start);

  const attachedTitles = new Map<number, string>(attachments.map((a) => [a.title.start, a.personId]));
  const titleReferences: PersonReference[][] = ctx.sentences.map(() => []);
  for (const t of ctx.linked.titles) {
    if (attachedTitles.has(t.start) || t.counterpart || t.tenure !== "current" || isPlural(ctx, t)) continue;
    const holders = new Set(
      roles
        .filter(
          (r) =>
            r.tenure === "current" && (r.titleId && t.titleId ? r.titleId === t.titleId : r.title.toLowerCase() === t.title.toLowerCase()),
        )
        .filter((r) => !t.ofEntityId || r.targetId === t.ofEntityId)
        .map((r) => r.personId),
    );
    // The plain title of a kind ("le ministre") stands for the one holder of any office of the kind.
    const personId = isPlainTitle(t)
      ? (holderOfKind(ctx, roles, t, titleReferences) ?? nationalLeader(ctx, roles, t))
      : holders.size === 1
        ? [...holders][0]
        : nationalLeader(ctx, roles, t);
    if (!personId) continue;
    titleReferences[t.sentenceIndex]?.push({ start: t.start, end: t.end, personId, sentenceIndex: t.sentenceIndex, viaTitle: true });
  }
  return { roles, titleReferences, attachedTitles };
}

/**
 * "X succeeded Y as defence minister", "Y est remplacé par X" (./succession.ts): the successor holds
 * the office, the predecessor held it; "X will succeed Y", "Y sera remplacé par X": the successor is designated,
 * the predecessor holds it still. The office is the one named after the predecessor, else the
 * one the document gives the successor in that sentence, else the predecessor's, else the successor's.
 */
function successionClaims(ctx: ExtractionContext, cues: RoleCues, roles: readonly RoleClaim[]): RoleClaim[] {
  const out: RoleClaim[] = [];
  for (const f of findSuccessions(ctx, cues.succession)) {
    const claim = (personId: string, title: TitleMention, of: string | null, tenure: Tenure) =>
      claimFrom(ctx, { title: { ...title, tenure }, personId, of, confidence: 0.75 });
    // "X will succeed Y": X is designated and Y still holds the office; done, X holds it and Y held it.
    const successorTenure: Tenure = f.future ? "designated" : "current";
    const predecessorTenure: Tenure = f.future ? "current" : "former";
    if (f.office) {
      const of =
        f.office.ofEntityId ??
        fallbackOf(ctx, f.office, f.predecessor) ??
        (NATIONAL_KINDS.has(f.office.kind)
          ? (countryOfPerson(ctx, roles, f.successor) ?? countryOfPerson(ctx, roles, f.predecessor))
          : null);
      for (const c of [claim(f.successor, f.office, of, successorTenure), claim(f.predecessor, f.office, of, predecessorTenure)])
        if (c) out.push(c);
      continue;
    }
    const current = (personId: string, sameSentence: boolean) =>
      roles.filter((r) => r.personId === personId && r.tenure === "current" && (!sameSentence || r.sentenceIndex === f.sentenceIndex));
    // A successor still to come holds offices of their own: the office is the predecessor's.
    // "X, le ministre, a démissionné. Il est remplacé par Y": the office the predecessor left is the one taken.
    const left = roles.filter((r) => r.personId === f.predecessor && r.tenure === "former").at(-1);
    // "X will take over as EU special representative on Jan. 1. He will succeed Y": the office X is designated to is Y's now.
    const designated = roles.filter((r) => r.personId === f.successor && r.tenure === "designated" && r.sentenceIndex <= f.sentenceIndex);
    const office = f.future
      ? (current(f.predecessor, false).at(-1) ?? designated.at(-1))
      : (current(f.successor, true)[0] ??
        current(f.predecessor, false).at(-1) ??
        left ??
        (current(f.successor, false).length === 1 ? current(f.successor, false)[0] : undefined));
    if (!office) continue;
    const title: TitleMention = {
      start: f.cue.start,
      end: f.cue.end,
      text: office.titleText,
      sentenceIndex: f.sentenceIndex,
      titleId: office.titleId,
      title: office.title,
      kind: office.titleKind,
      ofEntityId: office.targetId,
      tenure: "current",
      counterpart: false,
    };
    for (const c of [
      claim(f.successor, title, office.targetId, successorTenure),
      claim(f.predecessor, title, office.targetId, predecessorTenure),
    ])
      if (c) out.push(c);
  }
  return out;
}

/** The plain title of its kind ("ministre", "minister" for the kind minister), no portfolio said. */
const isPlainTitle = (t: TitleMention): boolean => t.titleId === `title:${t.kind}`;

/** A definite article right before a title ("le ministre", "la ministre", "the minister"). */
const DEFINITE_BEFORE = /(?:^|[\s(«"“])(?:le|la|l['’]|the)\s*$/iu;

/**
 * "Le ministre des Armées, X, … Mardi, le ministre a reçu …": the plain title of a kind ("le ministre", "the
 * minister"), definite, stands for the one person the document gave an office of that kind before it (of the
 * title's country, when it says one). When several were given one, for the story's own: the one named, or
 * referred to by a title before (`earlier`), in more sentences up to it than any other ("X, ministre des Armées, …
 * X a rencontré le ministre des Affaires étrangères Y … le ministre a ensuite visité …" is X; two named as often, no
 * one). Null when none or no one stands out.
 */
function holderOfKind(
  ctx: ExtractionContext,
  roles: readonly RoleClaim[],
  t: TitleMention,
  earlier: readonly (readonly PersonReference[])[],
): string | null {
  if (!DEFINITE_BEFORE.test(ctx.text.slice(Math.max(0, t.start - 8), t.start))) return null;
  const holders = new Set(
    roles
      .filter(
        (r) =>
          r.tenure === "current" && r.titleKind === t.kind && r.titleSpan.start < t.start && (!t.ofEntityId || r.targetId === t.ofEntityId),
      )
      .map((r) => r.personId),
  );
  if (holders.size <= 1) return [...holders][0] ?? null;
  return mostNamedUpTo(ctx, holders, t.sentenceIndex, earlier);
}

/**
 * Of `persons`, the one named (or referred to by a title: `references`) in more of the sentences up to
 * `sentenceIndex` than each other; null on a tie.
 */
function mostNamedUpTo(
  ctx: ExtractionContext,
  persons: ReadonlySet<string>,
  sentenceIndex: number,
  references: readonly (readonly PersonReference[])[],
): string | null {
  const sentencesNaming = new Map<string, number>();
  for (let i = 0; i <= sentenceIndex; i++) {
    const named = [...(ctx.mentionsBySentence[i] ?? []).map((m) => m.entityId), ...(references[i] ?? []).map((r) => r.personId)];
    for (const person of new Set(named.filter((id) => persons.has(id))))
      sentencesNaming.set(person, (sentencesNaming.get(person) ?? 0) + 1);
  }
  const ranked = [...sentencesNaming.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || first[1] > second[1]) ? first[0] : null;
}

/** Titles that name a nation's leader whatever the office ("the Chinese leader", "le dirigeant chinois", "the de facto Saudi ruler"). */
const LEADER_TITLES: ReadonlySet<string> = new Set(["title:leader", "title:party-leader"]);

/**
 * The one person a leader title with a country stands for: the only head of state of that country
 * among the roles told before it, else the only head of government. Null when none or several.
 */
function nationalLeader(ctx: ExtractionContext, roles: readonly RoleClaim[], t: TitleMention): string | null {
  if (!t.titleId || !LEADER_TITLES.has(t.titleId) || !t.ofEntityId) return null;
  // "the Chinese leader", "the de facto Saudi ruler", "le dirigeant chinois" — not "a Chinese leader", "the last Colombian leader to visit".
  const from = Math.max(0, t.start - 30);
  const onlyModifiers = (d: Span) =>
    /^\s*$/.test(blankSpans(ctx.text, d.end, t.start, findIn(ctx.lexicon.titleModifiers, ctx.text, d.end, t.start)));
  if (!findIn(ctx.lexicon.determiners, ctx.text, from, t.start).some(onlyModifiers)) return null;
  const country = t.ofEntityId;
  if ((ctx.entityById.get(country)?.type ?? typeFromKb(ctx, country)) !== "Country") return null;
  const holders = (kind: KbTitle["kind"]) =>
    new Set(
      roles
        .filter((r) => r.tenure === "current" && r.targetId === country && r.titleKind === kind && r.titleSpan.start < t.start)
        .map((r) => r.personId),
    );
  for (const kind of ["head-of-state", "head-of-government"] as const) {
    const found = holders(kind);
    if (found.size === 1) return [...found][0] ?? null;
    if (found.size > 1) return null;
  }
  return null;
}

/** The country a person speaks for in this document: a current role's country, else a KB office's. */
export function countryOfPerson(ctx: ExtractionContext, roles: readonly RoleClaim[], personId: string): string | null {
  const typeOf = (id: string) => ctx.entityById.get(id)?.type ?? typeFromKb(ctx, id);
  const fromRole = roles.find((r) => r.personId === personId && r.tenure === "current" && typeOf(r.targetId) === "Country");
  if (fromRole) return fromRole.targetId;
  const kbPerson = ctx.kb.byId.get(personId);
  if (kbPerson && !("iso2" in kbPerson)) {
    const office =
      (kbPerson.offices ?? []).find((o) => !o.to && typeOf(o.of) === "Country") ??
      (kbPerson.offices ?? []).find((o) => typeOf(o.of) === "Country");
    if (office) return office.of;
    if (kbPerson.country) return kbPerson.country;
  }
  return null;
}
