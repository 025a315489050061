/**
 * Changes of office told as one person taking another's place, as ordered named rules:
 *   successorFirst   "X succeeded Y as defence minister", "X, who replaced Y", "X a succédé à Y au poste de …",
 *                    "named X as defence minister, replacing Y", "She succeeds Y" (the previous sentence's first person)
 *   passive          "Y was replaced by X", "Y est remplacé par X", "Il est remplacé par X" (the previous sentence's first person)
 *   predecessorNoun  "X met his predecessor, Y", "Y, son prédécesseur" (the possessive's person is the last one named before)
 * Each finds the successor, the predecessor and the office when the text names it right after the
 * predecessor ("as …", "au poste de …"), and whether the change is still to come ("will succeed", "succédera à");
 * ./roles.ts makes the roles (done: the successor's current, the predecessor's former; to come: the successor's
 * designated, the predecessor's current), taking the office from the document when the sentence does not name it.
 */
import type { EntityMention, TitleMention } from "../../src/model/mentions.js";
import type { ExtractionContext } from "./context.js";
import type { PhraseFinder } from "./lexicon.js";
import { blankSpans, findIn, type Span } from "./spans.js";
import { titlesWrittenAs } from "./kb-titles.js";
import { foldForMatch } from "../../src/kb/normalize.js";

export interface SuccessionCues {
  verbs: PhraseFinder;
  /** "au", "at the": between a predecessor and the ministry whose minister's office changes hands. */
  ministryLinks: PhraseFinder;
  /** Folded ministry words to the minister's ("ministere" → "ministre", "ministry" → "minister"). */
  ministerOfMinistry: ReadonlyMap<string, string>;
  passiveVerbs: PhraseFinder;
  /** "will succeed", "sera remplacé par": the verbs (active or passive) of a succession still to come. */
  futureVerbs: PhraseFinder;
  officeLinks: PhraseFinder;
  /** "his predecessor", "son prédécesseur". */
  predecessorNouns: PhraseFinder;
}

export interface Succession {
  successor: string;
  predecessor: string;
  /** The office named after the predecessor ("as defence minister"), else null. */
  office: TitleMention | null;
  sentenceIndex: number;
  /** The verb's span: what the roles cite when the office is not named. */
  cue: Span;
  /** Told as still to come ("X will succeed Y"): the successor is designated, the predecessor still holds the office. */
  future: boolean;
}

interface SuccessionRule {
  name: string;
  find(ctx: ExtractionContext, cues: SuccessionCues, i: number): Succession[];
}

/** Most characters between a name and the verb, or the verb and a name: a title, an apposition between commas. */
const REACH = 60;

const isPersonMention = (ctx: ExtractionContext, m: EntityMention): boolean => ctx.entityById.get(m.entityId)?.type === "Person";

function peopleOf(ctx: ExtractionContext, i: number): EntityMention[] {
  return (ctx.mentionsBySentence[i] ?? []).filter((m) => isPersonMention(ctx, m));
}

/**
 * The office right after the predecessor: a title after a link word ("as", "au poste de"), or after a comma and an
 * article; else the minister's office of a ministry named there ("au ministère des Armées", "at the defence ministry").
 */
function officeAfter(ctx: ExtractionContext, cues: SuccessionCues, i: number, predecessor: EntityMention): TitleMention | null {
  return titleAfter(ctx, cues, i, predecessor) ?? ministryAfter(ctx, cues, i, predecessor);
}

/**
 * "Il succède à Y au ministère des Armées", "She replaces Y at the defence ministry": a ministry right after the
 * predecessor and a link of the pack's MINISTRY_LINKS stands for its minister's office, the KB title written as the
 * ministry's name with the minister's word for the ministry's ("ministre des Armées", "defence minister"). Its owner
 * is the title's country, else the ministry's. Null when the KB has no such title.
 */
function ministryAfter(ctx: ExtractionContext, cues: SuccessionCues, i: number, predecessor: EntityMention): TitleMention | null {
  const ministry = (ctx.mentionsBySentence[i] ?? []).find(
    (m) => m.start > predecessor.end && m.start - predecessor.end <= 30 && ctx.entityById.get(m.entityId)?.type === "Organization",
  );
  if (!ministry) return null;
  const link = findIn(cues.ministryLinks, ctx.text, predecessor.end, ministry.start).find(
    (h) => /^\s*$/u.test(ctx.text.slice(predecessor.end, h.start)) && /^\s*(?:the\s+)?$/iu.test(ctx.text.slice(h.end, ministry.start)),
  );
  if (!link) return null;
  const folded = foldForMatch(ctx.text.slice(ministry.start, ministry.end)).split(/\s+/u);
  const written = folded.map((w) => cues.ministerOfMinistry.get(w) ?? w);
  if (written.every((w, k) => w === folded[k])) return null;
  // "ministère de la Défense du Maroc": the longest title the name opens with; the words after it may name the country.
  let words = written.length;
  let title = titlesWrittenAs(ctx.kb.titles, written.join(" ")).find((t) => t.kind === "minister");
  while (!title && words > 2) {
    words--;
    title = titlesWrittenAs(ctx.kb.titles, written.slice(0, words).join(" ")).find((t) => t.kind === "minister");
  }
  if (!title) return null;
  const record = ctx.kb.byId.get(ministry.entityId);
  const ministryCountry = (record && !("iso2" in record) ? record.country : undefined) ?? countryNamed(ctx, written.slice(words));
  return {
    start: ministry.start,
    end: ministry.end,
    text: ministry.text,
    sentenceIndex: i,
    titleId: title.id,
    title: title.title,
    kind: title.kind,
    ofEntityId: title.defaultOf?.startsWith("country:") ? title.defaultOf : ministryCountry,
    tenure: "current",
    counterpart: false,
  };
}

/** Words that link a ministry's portfolio to its country: "du Maroc", "of Jordan". */
const COUNTRY_LINK = new Set(["de", "d'", "du", "des", "la", "l'", "of", "the"]);

/** The KB country that `words` (folded, link words first) name, or null. */
function countryNamed(ctx: ExtractionContext, words: readonly string[]): string | null {
  let k = 0;
  while (k < words.length && COUNTRY_LINK.has(words[k])) k++;
  if (k === 0 || k === words.length) return null;
  const name = words.slice(k).join(" ");
  for (const entry of ctx.kb.byId.values())
    if ("iso2" in entry && [entry.name, ...entry.aliases].some((n) => foldForMatch(n) === name)) return entry.id;
  return null;
}

/** A title right after the predecessor, after a link word ("as", "au poste de"), or after a comma and an article. */
function titleAfter(ctx: ExtractionContext, cues: SuccessionCues, i: number, predecessor: EntityMention): TitleMention | null {
  const title = (ctx.titlesBySentence[i] ?? []).find((t) => t.start >= predecessor.end && t.start - predecessor.end <= 40);
  if (!title) return null;
  const gap = ctx.text.slice(predecessor.end, title.start);
  const link = findIn(cues.officeLinks, ctx.text, predecessor.end, title.start)[0];
  // "as Nigeria's defence minister": the owner may stand before the title.
  const owners = (ctx.mentionsBySentence[i] ?? []).filter((m) => m.start >= (link?.end ?? predecessor.end) && m.end <= title.start);
  const rest = blankSpans(ctx.text, link ? link.end : predecessor.end, title.start, owners).replace(/['’]s(?![\p{L}])/gu, "  ");
  const onlyArticle = /^\s*(?:(?:the|le|la|les|l['’]|a|an|un|une|de|d['’]|du)\s*)*$/iu;
  return (link && /^\s*$/u.test(ctx.text.slice(predecessor.end, link.start))) || /^\s*$/u.test(gap)
    ? onlyArticle.test(rest)
      ? title
      : null
    : null;
}

/** Whether only a title, an apposition or a relative pronoun stands between a name and the verb ("X, who succeeded", "X, 54 ans, a succédé"). */
function nearBefore(ctx: ExtractionContext, m: EntityMention, cue: Span): boolean {
  return m.end <= cue.start && cue.start - m.end <= REACH && !/[.;:!?]/u.test(ctx.text.slice(m.end, cue.start));
}

const successorFirst: SuccessionRule = {
  name: "successorFirst",
  find(ctx, cues, i) {
    const s = ctx.sentences[i];
    if (!s) return [];
    const people = peopleOf(ctx, i);
    const out: Succession[] = [];
    const passives = findIn(cues.passiveVerbs, ctx.text, s.start, s.end);
    for (const cue of findIn(cues.verbs, ctx.text, s.start, s.end)) {
      // "est remplacé par": the passive's, read by the next rule.
      if (passives.some((p) => p.start < cue.end && cue.start < p.end)) continue;
      const predecessor = people.find((p) => p.start >= cue.end && p.start - cue.end <= 40 && onlyTitlesBetween(ctx, i, cue.end, p.start));
      const successor =
        [...people].reverse().find((p) => nearBefore(ctx, p, cue) && p.entityId !== predecessor?.entityId)?.entityId ??
        pronounSubject(ctx, i, cue);
      if (!predecessor || !successor || successor === predecessor.entityId) continue;
      out.push({
        successor,
        predecessor: predecessor.entityId,
        office: officeAfter(ctx, cues, i, predecessor),
        sentenceIndex: i,
        cue,
        future: isFuture(ctx, cues, cue),
      });
    }
    return out;
  },
};

/**
 * Between a succession verb and the predecessor's name: the predecessor's title, its owner, an article or a
 * personal honorific ("succeeded Defence Minister Y", "a remplacé le général Y", "replaces Mr. Y"); not a
 * clause ("succeeded in persuading Y", "a réussi à convaincre Y").
 */
function onlyTitlesBetween(ctx: ExtractionContext, i: number, start: number, end: number): boolean {
  const spans: Span[] = [
    ...(ctx.titlesBySentence[i] ?? []).filter((t) => t.start >= start && t.end <= end),
    ...(ctx.mentionsBySentence[i] ?? []).filter((m) => m.start >= start && m.end <= end && !isPersonMention(ctx, m)),
  ];
  const gap = blankSpans(ctx.text, start, end, spans).replace(/['’]s(?![\p{L}])/gu, "  ");
  return /^\s*(?:(?:the|le|la|l['’]|mr|mrs|ms|dr|m|mme)\.?\s*)*$/iu.test(gap);
}

/** Whether the succession verb is one of a change still to come ("will succeed", "sera remplacé par", whose "remplacé par" too). */
function isFuture(ctx: ExtractionContext, cues: SuccessionCues, cue: Span): boolean {
  return findIn(cues.futureVerbs, ctx.text, Math.max(0, cue.start - FUTURE_AUXILIARY_REACH), cue.end).some(
    (h) => h.start <= cue.start && h.end >= cue.end,
  );
}

/** Most characters a future form may reach before the verb it holds ("doit être remplacé par"). */
const FUTURE_AUXILIARY_REACH = 20;

/**
 * "He", "Il", "Elle" opening the sentence: the one person the sentence before names. With two or more there ("X
 * confirmed that Y will take over …. He succeeds Z") the pronoun's person is not known: none.
 */
function pronounSubject(ctx: ExtractionContext, i: number, cue: Span): string | null {
  const s = ctx.sentences[i];
  if (!s || !/^\s*(?:il|elle|he|she)\s*$/iu.test(ctx.text.slice(s.start, cue.start))) return null;
  const people = new Set(peopleOf(ctx, i - 1).map((p) => p.entityId));
  return people.size === 1 ? [...people][0] : null;
}

const passive: SuccessionRule = {
  name: "passive",
  find(ctx, cues, i) {
    const s = ctx.sentences[i];
    if (!s) return [];
    const people = peopleOf(ctx, i);
    const out: Succession[] = [];
    for (const cue of findIn(cues.passiveVerbs, ctx.text, s.start, s.end)) {
      const successor = people.find(
        (p) => p.start >= cue.end && p.start - cue.end <= 40 && !/[,;:.]/u.test(ctx.text.slice(cue.end, p.start)),
      );
      const before = [...people].reverse().find((p) => nearBefore(ctx, p, cue));
      const predecessor = before?.entityId ?? pronounSubject(ctx, i, cue);
      if (!successor || !predecessor || predecessor === successor.entityId) continue;
      // "Y was replaced as defence minister by X" has its office between; "Y, replaced by X as …" after.
      const office = before ? officeAfter(ctx, cues, i, before) : null;
      out.push({
        successor: successor.entityId,
        predecessor,
        office: office ?? officeAfter(ctx, cues, i, successor),
        sentenceIndex: i,
        cue,
        future: isFuture(ctx, cues, cue),
      });
    }
    return out;
  },
};

/**
 * "X met his predecessor, Y", "X a reçu son prédécesseur Y", "X and Y, his predecessor": the person named
 * right after the noun (a comma between at most), else right before it after a comma, held the office of
 * the person named last before them in the sentence (whom the possessive points back to).
 */
const predecessorNoun: SuccessionRule = {
  name: "predecessorNoun",
  find(ctx, cues, i) {
    const s = ctx.sentences[i];
    if (!s) return [];
    const people = peopleOf(ctx, i);
    const out: Succession[] = [];
    for (const cue of findIn(cues.predecessorNouns, ctx.text, s.start, s.end)) {
      const after = people.find((p) => p.start >= cue.end && /^\s*,?\s*$/u.test(ctx.text.slice(cue.end, p.start)));
      const before = [...people].reverse().find((p) => p.end <= cue.start && /^\s*,\s*$/u.test(ctx.text.slice(p.end, cue.start)));
      const predecessor = after ?? before;
      if (!predecessor) continue;
      const successor = [...people]
        .reverse()
        .find((p) => p.end <= Math.min(cue.start, predecessor.start) && p.entityId !== predecessor.entityId);
      if (!successor) continue;
      out.push({ successor: successor.entityId, predecessor: predecessor.entityId, office: null, sentenceIndex: i, cue, future: false });
    }
    return out;
  },
};

/** Succession rules, in the order they run on each sentence. */
const SUCCESSION_RULES: readonly SuccessionRule[] = [successorFirst, passive, predecessorNoun];

/** Every change of office the document tells. */
export function findSuccessions(ctx: ExtractionContext, cues: SuccessionCues): Succession[] {
  const out: Succession[] = [];
  ctx.sentences.forEach((_, i) => {
    for (const rule of SUCCESSION_RULES) out.push(...rule.find(ctx, cues, i));
  });
  return out;
}
