/**
 * Recognition: every span of a prepared document that names an entity or an office, before
 * linking. Knowledge-base names, demonyms and capitals come from the dictionary matcher; names
 * outside the KB from their shape; titles with their qualifiers. Boilerplate zones are never
 * read; in title-case lines ("Renforcement Stratégique de la Coopération") only the KB counts.
 */
import type { PreparedDocument, Sentence } from "../../src/model/document.js";
import type { TitleMention } from "../../src/model/mentions.js";
import type { KbContent, KbMatch, KbMatcher } from "../../src/kb/matcher.js";
import { entityIdFor, foldForMatch } from "../../src/kb/normalize.js";
import { parseDateline } from "../dates/publication.js";
import { isGovernmentUse } from "./government-use.js";
import { indexKnowledgeBase, type KbIndex } from "./kb-index.js";
import { FUNCTION_WORDS } from "./lexicon.js";
import {
  findAcronymDefinitions,
  findCodedProgrammes,
  findCommittees,
  findLowercaseInstitutions,
  findMinistries,
  findMinistriesInTitles,
  findNamedAgreements,
  findNames,
  findPlaceNamedAgreements,
  type NameContext,
} from "./names.js";
import { nameCuesFor, type NameCues } from "./name-cues.js";
import { sequenceAt } from "./name-context.js";
import { refineMatches } from "./match-rules.js";
import { defaultPersonNames } from "./person-names.js";
import { findCounterparts, findTitles, titlesOpeningKbNames } from "./titles.js";
import { organizationsNamedInTitles } from "./title-organizations.js";
import { findNationalForces } from "./national-forces.js";
import { SentenceView, SpanIndex } from "./spans.js";
import { isTitleCase, tokenize, type Token } from "./tokens.js";
import type { RawMention, RecognizedDocument } from "./types.js";

export type { RecognizedDocument } from "./types.js";

const URL = /(?:https?:\/\/|www\.)[^\s"'<>«»]+/giu;

/** The sentence with its URLs blanked out (same length, so offsets hold): a link's slug is no prose. */
function withoutUrls(text: string): string {
  return text.includes("http") || text.includes("www.") ? text.replace(URL, (url) => " ".repeat(url.length)) : text;
}

const OWNER_LINK = new Set(["de", "d'", "du", "des", "la", "l'", "of", "the"]);

function rawMention(
  m: { start: number; end: number; text: string },
  sentenceIndex: number,
  fields: Pick<RawMention, "source" | "type" | "kbId"> & Partial<RawMention>,
): RawMention {
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    sentenceIndex,
    name: m.text,
    acronymOf: null,
    contextual: false,
    honorific: false,
    needsAntecedent: false,
    ...fields,
  };
}

/** Mentions from knowledge-base matches: one span may give a place and, used as a government, its country. */
function kbMentions(view: SentenceView, sentenceIndex: number, index: KbIndex): RawMention[] {
  const { matches, tokens } = view;
  const out: RawMention[] = [];
  const spans = new Map<string, KbMatch[]>();
  for (const m of matches) {
    const key = `${m.start}:${m.end}`;
    spans.set(key, [...(spans.get(key) ?? []), m]);
  }
  for (const group of spans.values()) {
    const span = group[0];
    const of = (kind: KbMatch["kind"]): KbMatch[] => group.filter((m) => m.kind === kind && index.record(m.targetId) !== undefined);
    const aliases = of("alias");
    const capitals = of("capital");
    const metonyms = of("metonym");
    if (capitals.length || metonyms.length) {
      const country = capitals.length ? index.country(capitals[0].targetId) : undefined;
      const placeAlias = aliases.find((a) => index.record(a.targetId)?.type === "Place");
      const placeId = country?.capital && index.record(country.capital) ? country.capital : (placeAlias?.targetId ?? null);
      const otherAlias = aliases.find((a) => index.record(a.targetId)?.type !== "Place");
      if (otherAlias && !capitals.length) {
        out.push(
          rawMention(span, sentenceIndex, { source: "kb", type: index.record(otherAlias.targetId)!.type, kbId: otherAlias.targetId }),
        );
        continue;
      }
      if (placeId || capitals.length) {
        out.push(rawMention(span, sentenceIndex, { source: "kb", type: "Place", kbId: placeId }));
      }
      const first = view.firstTokenFrom(span.start);
      const last = view.tokenEndingAt(span.end);
      if (first >= 0 && last >= first && isGovernmentUse(tokens, first, last)) {
        const target = metonyms[0]?.targetId ?? capitals[0].targetId;
        out.push(rawMention(span, sentenceIndex, { source: "capital", type: index.record(target)!.type, kbId: target }));
      }
      continue;
    }
    const alias = aliases[0];
    if (alias) {
      out.push(rawMention(span, sentenceIndex, { source: "kb", type: index.record(alias.targetId)!.type, kbId: alias.targetId }));
      continue;
    }
    const demonym = of("demonym")[0];
    if (demonym) {
      out.push(rawMention(span, sentenceIndex, { source: "demonym", type: "Country", kbId: demonym.targetId }));
      continue;
    }
    const contextual = of("contextual")[0];
    if (contextual) {
      out.push(
        rawMention(span, sentenceIndex, {
          source: "kb",
          type: index.record(contextual.targetId)!.type,
          kbId: contextual.targetId,
          contextual: true,
        }),
      );
    }
  }
  return out;
}

/** Removes in place the items that `drop` selects. */
function removeWhere<T>(items: T[], drop: (item: T) => boolean): void {
  let kept = 0;
  for (const item of items) if (!drop(item)) items[kept++] = item;
  items.length = kept;
}

/** `target.push(...items)` without the spread, which overflows the stack on very long documents. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/**
 * What an organisation's head title runs on to past the organisation's name, when a comma follows
 * (the name in apposition comes next): a country written right after it, which names its branch
 * there ("the head of Leonardo UK, Norman Bone"), or its acronym between brackets ("le patron de la
 * Banque africaine de développement (BAD), Sidi Ould Tah"). The end offset, or the name's own end.
 */
function titleEndPastOrganization(view: SentenceView, org: RawMention, countries: ReadonlyMap<number, RawMention>): number {
  const { tokens } = view;
  const next = view.firstTokenFrom(org.end);
  if (next < 0) return org.end;
  const commaAt = (k: number) => tokens[k]?.text === ",";
  const country = tokens[next].start === org.end + 1 ? countries.get(tokens[next].start) : undefined;
  if (country) {
    const after = view.firstTokenFrom(country.end);
    return after >= 0 && commaAt(after) ? country.end : org.end;
  }
  const acronym = tokens[next + 1];
  const bracketed = tokens[next].text === "(" && acronym !== undefined && /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(acronym.text);
  return bracketed && tokens[next + 2]?.text === ")" && commaAt(next + 3) ? tokens[next + 2].end : org.end;
}

const openingWords = new WeakMap<ReadonlyArray<readonly string[]>, ReadonlySet<string> | null>();
/**
 * The first words of token sequences: a sequence matches at a token only if it opens with the token's folded word, so
 * a token holding none of them starts none. Null when one sequence is empty (it would match at any token).
 */
function openingWordsOf(sequences: ReadonlyArray<readonly string[]>): ReadonlySet<string> | null {
  let words = openingWords.get(sequences);
  if (words === undefined) {
    words = sequences.some((n) => n.length === 0) ? null : new Set(sequences.map((n) => n[0] ?? ""));
    openingWords.set(sequences, words);
  }
  return words;
}

/**
 * "le patron d'Airbus", "chef du Parti communiste du Vietnam", "the head of the agency": a noun of
 * the language's list before an organisation is a title, that organisation's ("Head"; "Party
 * Leader" for a party). Nouns the KB knows as titles are left to it.
 */
function headOfOrganizationTitles(
  view: SentenceView,
  organizations: readonly RawMention[],
  cues: NameCues,
  text: string,
  sentenceIndex: number,
  known: readonly TitleMention[],
): TitleMention[] {
  const { tokens } = view;
  const byStart = new Map(organizations.filter((o) => o.type === "Organization").map((o) => [o.start, o]));
  const countries = new Map(organizations.filter((o) => o.type === "Country" && o.source === "kb").map((o) => [o.start, o]));
  const taken = new SpanIndex(known);
  const out: TitleMention[] = [];
  const opening = openingWordsOf(cues.headOfOrganization);
  tokens.forEach((t, i) => {
    if (opening !== null && !opening.has(t.folded)) return;
    const noun = cues.headOfOrganization.find((n) => sequenceAt(tokens, i, n));
    if (!noun || taken.overlapping(t.start, t.end)) return;
    let j = i + noun.length;
    const from = j;
    while (j < from + 2 && tokens[j] && OWNER_LINK.has(tokens[j].folded)) j++;
    const org = j > from && tokens[j] ? byStart.get(tokens[j].start) : undefined;
    if (!org) return;
    const party = /\b(?:parti|party)\b/u.test(foldForMatch(org.name));
    const end = titleEndPastOrganization(view, org, countries);
    out.push({
      start: t.start,
      end,
      text: text.slice(t.start, end),
      sentenceIndex,
      titleId: party ? "title:party-leader" : null,
      title: party ? "Party Leader" : "Head",
      kind: party ? "party" : "other",
      ofEntityId: org.kbId ?? entityIdFor(org.type, org.name),
      tenure: "current",
      counterpart: false,
    });
  });
  if (cues.adjectiveBeforeNoun)
    for (const title of headAfterOrganization(view, [...byStart.values()], cues, text, sentenceIndex, taken)) out.push(title);
  return out;
}

/**
 * "the NATO chief, Mark Rutte,", "Airbus boss X", "Pakistan army chief General X": in a language whose
 * modifiers come before the noun, the noun right after the organisation is its head's title. Only before a
 * name, a rank, punctuation or a function word: "the NATO chief of staff", "the army chief executive" are other offices.
 */
function headAfterOrganization(
  view: SentenceView,
  organizations: readonly RawMention[],
  cues: NameCues,
  text: string,
  sentenceIndex: number,
  taken: SpanIndex<TitleMention>,
): TitleMention[] {
  const { tokens } = view;
  const out: TitleMention[] = [];
  for (const org of organizations) {
    const i = view.tokenStartingAt(org.end + 1);
    if (i < 0 || text.charAt(org.end) !== " ") continue;
    const noun = cues.headOfOrganization.find((n) => sequenceAt(tokens, i, n));
    if (!noun) continue;
    const last = tokens[i + noun.length - 1];
    const next = tokens[i + noun.length];
    // "the navy chief on Monday" still; "chief of staff", "chief for Asia", "chief negotiator" are other offices.
    if (next?.word && !next.capitalized && (!FUNCTION_WORDS.has(next.folded) || OWNER_LINK.has(next.folded) || next.folded === "for"))
      continue;
    if (taken.overlapping(tokens[i].start, last.end) || /^['’]/u.test(next?.text ?? "")) continue;
    out.push({
      start: org.start,
      end: last.end,
      text: text.slice(org.start, last.end),
      sentenceIndex,
      titleId: null,
      title: "Head",
      kind: "other",
      ofEntityId: org.kbId ?? entityIdFor(org.type, org.name),
      tenure: "current",
      counterpart: false,
    });
  }
  return out;
}

/** "leader du Parti travailliste": the owner is an organisation found by its shape. */
function attachOrganizationOwners(titles: TitleMention[], names: readonly RawMention[], view: SentenceView, text: string): void {
  const { tokens } = view;
  const organizations = new Map(names.filter((n) => n.type === "Organization").map((n) => [n.start, n]));
  for (const title of titles) {
    if (title.ofEntityId !== null) continue;
    // An organisation whose head closes the title form ("leader du Parti travailliste").
    const straddling = names.find((n) => n.type === "Organization" && n.start > title.start && n.start < title.end && n.end > title.end);
    if (straddling) {
      title.ofEntityId = straddling.kbId ?? entityIdFor(straddling.type, straddling.name);
      title.end = straddling.end;
      title.text = text.slice(title.start, title.end);
      continue;
    }
    let i = view.firstTokenFrom(title.end);
    if (i < 0) continue;
    const from = i;
    while (i < from + 2 && tokens[i] && OWNER_LINK.has(tokens[i].folded)) i++;
    if (i === from || !tokens[i]) continue;
    const org = organizations.get(tokens[i].start);
    if (!org) continue;
    title.ofEntityId = org.kbId ?? entityIdFor(org.type, org.name);
    title.end = org.end;
    title.text = text.slice(title.start, title.end);
    chairOfCommittee(title, org);
  }
}

/** The office that chairs a committee, whatever word the text gives it. */
const COMMITTEE_CHAIR = { titleId: "title:chairperson", title: "Chairperson", kind: "other" } as const;

/**
 * "le président de la commission de la Défense", "la présidente de la commission des Affaires étrangères du Sénat": a head
 * of state's word over a parliamentary committee (a lower-case committee found by its shape) chairs it; it is no
 * president of a country, whose office the same word names elsewhere in the story.
 */
function chairOfCommittee(title: TitleMention, org: RawMention): void {
  if (org.rule !== "lowercaseCommittee" || title.kind !== "head-of-state") return;
  Object.assign(title, COMMITTEE_CHAIR);
}

/** The generic staff title whose holder, over one force, is that force's chief of staff. */
const DEFENCE_STAFF_TITLE = "title:chief-of-defence-staff";

/**
 * "chef d'état-major de la marine grecque", "commandant de l'armée de terre pakistanaise": a force (an
 * organisation) named at the end of a military office is the office's owner — not the country of its demonym —
 * and the staff title over one force is its Chief of Staff, not the Chief of the Defence Staff.
 */
function forcesCommanded(titles: TitleMention[], mentions: readonly RawMention[], text: string): void {
  for (const title of titles) {
    if (title.kind !== "military") continue;
    const force = mentions.find((m) => m.type === "Organization" && m.start > title.start && m.start < title.end && m.end >= title.end);
    if (!force) continue;
    title.ofEntityId = force.kbId ?? entityIdFor(force.type, force.name);
    title.end = force.end;
    title.text = text.slice(title.start, title.end);
    if (title.titleId === DEFENCE_STAFF_TITLE) {
      title.title = "Chief of Staff";
      title.titleId = null;
    }
  }
}

export function recognizeMentions(
  doc: PreparedDocument,
  kb: KbContent,
  matcher: KbMatcher,
  personNameWords: ReadonlySet<string> = defaultPersonNames(),
): RecognizedDocument {
  const index = indexKnowledgeBase(kb);
  const cues = nameCuesFor(doc.language);
  const mentions: RawMention[] = [];
  const titles: TitleMention[] = [];
  const acronyms = new Map<string, RawMention>();
  const read: Array<{ sentenceIndex: number; tokens: Token[] }> = [];
  let lastOwnTitle: TitleMention | undefined; // the last title of the sentences read, for "homologue"

  const documentTokens = tokenize(withoutUrls(doc.text));
  const lowercaseWords = new Set(documentTokens.filter((t) => t.word && /^\p{Ll}/u.test(t.text)).map((t) => t.folded));
  const capitalizedAfter = new Map<string, string[]>();
  documentTokens.forEach((t, i) => {
    if (!t.word || !t.capitalized) return;
    const uses = capitalizedAfter.get(t.folded) ?? [];
    uses.push(documentTokens[i - 1]?.folded ?? "");
    capitalizedAfter.set(t.folded, uses);
  });

  const datelines: RawMention[] = [];
  doc.sentences.forEach((sentence, sentenceIndex) => {
    if (sentence.zone === "metadata" && datelines.length === 0 && sentenceIndex < DATELINE_REACH) {
      const dateline = datelineMention(sentence, sentenceIndex, index, matcher);
      if (dateline) {
        datelines.push(dateline);
        mentions.push(dateline);
        // Its country, as a capital names its government: the owner of the offices the story leaves unqualified.
        const country = dateline.kbId ? index.record(dateline.kbId) : undefined;
        const countryId = country && "country" in country && typeof country.country === "string" ? country.country : null;
        if (countryId && index.record(countryId)) mentions.push({ ...dateline, source: "capital", type: "Country", kbId: countryId });
      }
    }
    if (sentence.zone === "boilerplate" || sentence.zone === "metadata") return;
    const prose = withoutUrls(sentence.text);
    const tokens = tokenize(prose, sentence.start);
    const kbMatches = matcher
      .match(prose, doc.language)
      .map((m) => ({ ...m, start: m.start + sentence.start, end: m.end + sentence.start }));
    const matches = refineMatches({ text: doc.text, tokens, index, cues }, kbMatches);
    const view = new SentenceView(tokens, matches);
    read.push({ sentenceIndex, tokens });
    const titleCase = isTitleCase(tokens, FUNCTION_WORDS, (t) => view.matchOver(t) !== undefined);
    const kbFound = kbMentions(view, sentenceIndex, index);
    append(mentions, kbFound);

    const base = { text: doc.text, sentenceIndex, tokens, view, index, matcher, cues, personNameWords };
    const found = [...findTitles(base), ...titlesOpeningKbNames(base, kbFound)].sort((a, b) => a.start - b.start);
    const sentenceTitles = [...found, ...findCounterparts(base, found, lastOwnTitle)].sort((a, b) => a.start - b.start);
    lastOwnTitle = [...found].reverse()[0] ?? lastOwnTitle;

    // Written out rather than spread from `base`: V8 adds properties to an object spread from another one on a slow path.
    const ctx: NameContext = {
      text: doc.text,
      sentenceIndex,
      tokens,
      view,
      index,
      cues,
      personNameWords,
      titles: sentenceTitles,
      titleCase,
      lowercaseWords,
      capitalizedAfter,
    };
    const definitions = titleCase ? [] : findAcronymDefinitions(ctx);
    const placeNamed = titleCase ? [] : findPlaceNamedAgreements(ctx);
    const institutions = titleCase ? [] : findLowercaseInstitutions(ctx);
    const agreements = titleCase
      ? []
      : [
          ...findNamedAgreements(ctx),
          ...placeNamed,
          ...institutions,
          ...findMinistries(ctx),
          ...findCommittees(ctx),
          ...findCodedProgrammes(ctx),
          ...findNationalForces(view, kbFound, cues, doc.text, sentenceIndex),
        ];
    // "Le patron de la BAD, Sidi Ould Tah,": the head of an organisation the KB knows is a title before the
    // names are read, so that the name in apposition to it is a person's. Not when a capitalised word follows
    // the organisation: in "the head of NATO Allied Command Transformation" those are a body of it, no one.
    const headedKnown = (titleCase ? [] : headOfOrganizationTitles(view, kbFound, cues, doc.text, sentenceIndex, sentenceTitles)).filter(
      (title) => !/^\s+\p{Lu}/u.test(doc.text.slice(title.end, title.end + 2)),
    );
    if (headedKnown.length) {
      append(sentenceTitles, headedKnown);
      sentenceTitles.sort((a, b) => a.start - b.start);
    }
    // A place the knowledge base knows inside such a name ("les accords de Minsk") is the agreement's word, not a place of the story.
    // So is a place inside the name of an institution written in lower case ("l'université de Grenade").
    const namedAfterPlaces = [...placeNamed, ...institutions];
    if (namedAfterPlaces.length > 0)
      removeWhere(mentions, (m) => m.sentenceIndex === sentenceIndex && namedAfterPlaces.some((a) => a.start <= m.start && m.end <= a.end));
    const claimed = [...definitions.flatMap((d) => [d.expansion, d.acronym]), ...agreements];
    const claimedSpans = new SpanIndex(claimed);
    const names = findNames(ctx).filter((n) => claimedSpans.overlapping(n.start, n.end) === undefined);
    for (const d of definitions) acronyms.set(d.acronym.text, d.acronym);
    if (!titleCase) append(claimed, findMinistriesInTitles(ctx, sentenceTitles));
    attachOrganizationOwners(sentenceTitles, [...names, ...claimed], view, doc.text);
    forcesCommanded(sentenceTitles, [...kbFound, ...names, ...claimed], doc.text);
    // "chair of the Senate Armed Services Committee": a title word that is a common word too ("a chair") is one only with its owner.
    removeWhere(
      sentenceTitles,
      (t) => t.ofEntityId === null && cues.titlesNeedingOwner.has(foldForMatch(t.text).split(/\s+/u).at(-1) ?? ""),
    );
    const headed = headOfOrganizationTitles(view, [...kbFound, ...names, ...claimed], cues, doc.text, sentenceIndex, sentenceTitles);
    if (headed.length) {
      append(sentenceTitles, headed);
      sentenceTitles.sort((a, b) => a.start - b.start);
    }
    // An organisation named inside a title ("European Council President") is mentioned there; a lone
    // capitalised word that only a later full name could confirm ("European") gives way to it.
    for (const inTitle of organizationsNamedInTitles(sentenceTitles, index, doc.text, sentence.start)) {
      const inside = (m: RawMention) => m.start < inTitle.end && inTitle.start < m.end;
      if ([...kbFound, ...claimed, ...names].some((m) => inside(m) && !m.needsAntecedent)) continue;
      removeWhere(names, inside);
      names.push(rawMention(inTitle, sentenceIndex, { source: "kb", type: "Organization", kbId: inTitle.organizationId }));
    }
    // The longer name wins: a person's name the KB knows only as a place ("princesse héritière Victoria"), a
    // name that goes on past a KB name ("the Federal Security Council") hide the KB names inside them; a
    // country inside a name ("the Australia-Indonesia Defence Agreement") is still named there.
    const overPlace = (rule: string | undefined) =>
      rule === "titledNameOverPlace" || rule === "givenNameOverPlace" || rule === "placeAsGivenName";
    const longer = new SpanIndex(names.filter((n) => overPlace(n.rule) || n.rule === "longerName"));
    if (longer.size)
      removeWhere(mentions, (m) => {
        const over = m.sentenceIndex === sentenceIndex && m.source === "kb" ? longer.overlapping(m.start, m.end) : undefined;
        return over !== undefined && (m.type !== "Country" || overPlace(over.rule));
      });
    append(mentions, claimed);
    append(mentions, names);
    append(titles, sentenceTitles);
  });

  // An acronym defined in the document means its expansion there, whatever else the KB says it means
  // ("Armed Forces of the Philippines (AFP)" is not the news agency); later uses follow the definition.
  if (acronyms.size) {
    const shadowed = (m: RawMention): boolean => m.source === "kb" && acronyms.has(m.text) && m.kbId !== acronyms.get(m.text)?.kbId;
    const kept = mentions.filter((m) => !shadowed(m));
    mentions.length = 0;
    append(mentions, kept);
    const taken = new SpanIndex(kept);
    for (const { sentenceIndex, tokens } of read) {
      for (const t of tokens) {
        const def = acronyms.get(t.text);
        if (!def || taken.overlapping(t.start, t.end)) continue;
        mentions.push({ ...def, start: t.start, end: t.end, text: t.text, sentenceIndex });
      }
    }
  }

  // One mention per span and referent (an acronym's expansion may also be a KB match).
  const seen = new Set<string>();
  const unique = mentions.filter((m) => {
    const key = `${m.start}:${m.end}:${m.type}:${m.kbId ?? m.name}:${m.source === "capital"}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => a.start - b.start || b.end - a.end);
  titles.sort((a, b) => a.start - b.start);
  return { document: doc, mentions: unique, titles, datelinePlace: datelines[0]?.kbId ?? null };
}

/** How far into a document a dateline split off as its own metadata line is looked for. */
const DATELINE_REACH = 6;

/**
 * The place a dateline names, as a mention: "SINGAPORE --", "CANBERRA, Dec 2 (Reuters) -", "Paris (AFP) -".
 * Layout splits such a line off its story as metadata, where nothing else is read; its place is still
 * named there, and tells where the story is told from. The KB's place (a capital is its city), else a
 * place by its shape, named in title case when the line writes it in capitals.
 */
function datelineMention(sentence: Sentence, sentenceIndex: number, index: KbIndex, matcher: KbMatcher): RawMention | null {
  // The line as it stood before its story: a capital after the dash.
  const dateline = parseDateline(`${sentence.text} A`);
  const place = dateline?.place;
  if (!dateline || !place) return null;
  const offset = sentence.text.indexOf(place);
  if (offset < 0) return null;
  const span = { start: sentence.start + offset, end: sentence.start + offset + place.length, text: place };
  const whole = matcher.match(place).filter((m) => m.start === 0 && m.end === place.length && index.record(m.targetId) !== undefined);
  const typed = (id: string) => index.record(id)?.type;
  const placeAlias = whole.find((m) => m.kind === "alias" && typed(m.targetId) === "Place");
  const capital = whole.find((m) => m.kind === "capital");
  const countryAlias = whole.find((m) => m.kind === "alias" && typed(m.targetId) === "Country");
  const kbId =
    placeAlias?.targetId ?? (capital ? (index.country(capital.targetId)?.capital ?? null) : null) ?? countryAlias?.targetId ?? null;
  if (kbId) return rawMention(span, sentenceIndex, { source: "kb", type: typed(kbId) === "Country" ? "Country" : "Place", kbId });
  if (whole.length > 0 || place.split(/\s+/u).length > 4) return null;
  // "UPDATE: …", "EXCLUSIVE: …": a colon after a word alone closes a label as often as a dateline.
  if (dateline.colon && dateline.agency === null && dateline.date === null && dateline.day === null) return null;
  const name = place === place.toUpperCase() ? place.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase()) : place;
  return rawMention(span, sentenceIndex, { source: "pattern", type: "Place", kbId: null, name, rule: "datelinePlace" });
}
