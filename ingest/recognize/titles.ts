/**
 * Office titles in a sentence: the KB title form, widened to its adjacent qualifiers —
 * "ancien"/"former"/"ex-" before, a demonym ("japonaise", "British"), a complement ("de l'UE",
 * "du Japon", "au Royaume-Uni", "of Japan", "Japan's") and a remit ("chargée de la sécurité
 * économique" → "… for Economic Security") — plus "homologue"/"counterpart", whose office is
 * the other side's.
 */
import type { TitleMention } from "../../src/model/mentions.js";
import type { KbMatch, KbMatcher } from "../../src/kb/matcher.js";
import { foldForMatch } from "../../src/kb/normalize.js";
import type { KbIndex } from "./kb-index.js";
import { ADJECTIVE_ENDING, COUNTERPART, FORMER, HEAD_TYPES } from "./lexicon.js";
import type { SentenceView } from "./spans.js";
import type { Token } from "./tokens.js";

/** Prepositions that attach an owner to a title: "ministre de la Défense du Japon", "chef de l'opposition au Royaume-Uni". */
const OWNER_LINK = new Set(["de", "d'", "du", "des", "la", "l'", "au", "aux", "of", "the"]);
const REMIT_MARKERS = new Set(["charge", "chargee", "charges", "chargees", "for", "in", "responsable"]);
const REMIT_LINK = new Set(["de", "d'", "du", "des", "la", "l'", "le", "les", "of", "the"]);
const COORDINATION = new Set(["et", "and"]);
/** Words before a title that make another office of it: "Deputy Defence Minister", "Acting President". */
const TITLE_MODIFIERS = new Set(["deputy", "acting", "shadow", "junior", "interim"]);

interface Context {
  text: string; // document text
  sentenceIndex: number;
  tokens: readonly Token[];
  view: SentenceView; // tokens and KB matches of this sentence, document offsets
  index: KbIndex;
  matcher: KbMatcher;
}

/** Country or organisation id a KB match names as an owner (not a person, place or topic). */
function ownerOf(match: KbMatch, index: KbIndex): string | null {
  if (match.kind === "title" || match.kind === "contextual") return null;
  const r = index.record(match.targetId);
  if (!r) return null;
  if (match.kind === "demonym") return r.type === "Country" ? r.id : null;
  if (match.kind === "capital" || match.kind === "metonym") return null;
  return r.type === "Country" || r.type === "Organization" ? r.id : null;
}

function matchStartingAt(view: SentenceView, offset: number, accept: (m: KbMatch) => boolean): KbMatch | undefined {
  return view.matchesStartingAt(offset).find(accept);
}

const PORTFOLIO_LINK = new Set(["de", "d'", "du", "des", "la", "l'", "for", "of", "the"]);

/**
 * The title that the words before a demonym and the words after it form together
 * ("ministre" + "de la Défense" → "ministre de la Défense"), with its end in the document.
 */
function completeAcrossDemonym(ctx: Context, title: KbMatch, demonymEnd: number): { titleId: string; end: number } | null {
  const sentenceEnd = ctx.tokens[ctx.tokens.length - 1]?.end ?? demonymEnd;
  // A title form is short: look a little way past the demonym, not to the end of a long sentence.
  const rest = ctx.text.slice(demonymEnd, Math.min(sentenceEnd, demonymEnd + 160));
  const trimmed = rest.trimStart();
  const lead = rest.length - trimmed.length;
  const joined = `${title.text} ${trimmed}`;
  const longer = ctx.matcher.match(joined).find((x) => x.kind === "title" && x.start === 0 && x.end > title.text.length + 1);
  if (!longer) return null;
  return { titleId: longer.targetId, end: demonymEnd + lead + (longer.end - title.text.length - 1) };
}

export function findTitles(ctx: Context): TitleMention[] {
  const { tokens, view, index, text } = ctx;
  const tokenAt = (offset: number): number => view.tokenStartingAt(offset);
  const tokenEndingAt = (offset: number): number => view.tokenEndingAt(offset);
  const titles: TitleMention[] = [];
  const titleMatches = view.matches.filter((m) => m.kind === "title");
  const isOwner = (m: KbMatch): boolean => ownerOf(m, index) !== null;

  for (const m of titleMatches) {
    const kbTitle = index.title(m.targetId);
    if (!kbTitle) continue;
    let start = m.start;
    let end = m.end;
    let of: string | null = null;
    let title = kbTitle.title;
    let titleId: string | null = kbTitle.id;
    let kind = kbTitle.kind;
    let former = false;

    // ancien / former / ex-
    const first = tokenAt(m.start);
    const prev = first > 0 ? tokens[first - 1] : undefined;
    if (prev && FORMER.has(prev.folded) && prev.word) {
      former = true;
      start = prev.start;
    } else if (/ex[-‐‑]$/i.test(text.slice(Math.max(0, m.start - 3), m.start))) {
      former = true;
      start = m.start - 3;
    }

    // "Deputy Defence Minister", "Acting President": the modifier is part of the title.
    let before = first > 0 ? first - 1 : -1;
    if (prev && TITLE_MODIFIERS.has(prev.folded) && prev.word) {
      title = `${prev.text[0].toUpperCase()}${prev.text.slice(1)} ${title}`;
      titleId = null; // another office than the KB's
      start = prev.start;
      before = first - 2;
      const earlier = tokens[before];
      if (earlier && FORMER.has(earlier.folded)) {
        former = true;
        start = earlier.start;
      }
    }
    // "vice-ministre", "vice-président" when the KB has no such form.
    if (/(?:^|[^\p{L}])vice[-‐‑]$/iu.test(text.slice(Math.max(0, start - 6), start)) && titleId !== null) {
      title = `Vice ${title}`;
      titleId = null;
      start -= 5;
      before = tokenAt(start) - 1;
    }
    const ownerToken = before >= 0 ? tokens[before] : undefined;

    // English order: "British Prime Minister", "Japan's Foreign Minister", "EU foreign policy chief".
    if (ownerToken && !former) {
      const apostrophe = tokens[before - 1];
      const possessive = ownerToken.folded === "s" && apostrophe?.folded === "'" && apostrophe.end === ownerToken.start;
      const ownerEnd = possessive ? apostrophe.start : ownerToken.end;
      const owner = view.matchesEndingAt(ownerEnd).find(isOwner);
      if (owner) {
        of = ownerOf(owner, index);
        start = owner.start;
        // "former British Prime Minister"
        const formerWord = tokens[tokenAt(owner.start) - 1];
        if (formerWord && FORMER.has(formerWord.folded)) {
          former = true;
          start = formerWord.start;
        }
      }
    }

    // After the title: demonym, then owner complement, then remit.
    let i = tokenEndingAt(m.end) + 1;
    if (i > 0) {
      const demonym = tokens[i] ? matchStartingAt(view, tokens[i].start, (x) => x.kind === "demonym") : undefined;
      if (demonym) {
        of = of ?? ownerOf(demonym, index);
        end = demonym.end;
        i = tokenEndingAt(demonym.end) + 1;
        // "ministre italien de la Défense": the portfolio after the demonym may complete a longer title.
        const longer = titleId === null ? null : completeAcrossDemonym(ctx, m, demonym.end);
        if (longer) {
          const t = index.title(longer.titleId);
          if (t) {
            ({ title } = t);
            titleId = t.id;
            kind = t.kind;
            end = longer.end;
            i = tokenEndingAt(longer.end) + 1;
          }
        }
      }
      // An unknown portfolio: "ministre de la Culture", "Minister for Digital Affairs".
      if (kind === "minister" && tokens[i] && PORTFOLIO_LINK.has(tokens[i].folded)) {
        let j = i;
        while (j < i + 2 && tokens[j] && PORTFOLIO_LINK.has(tokens[j].folded)) j++;
        const word = tokens[j];
        const organization = HEAD_TYPES.get(word?.folded ?? "") === "Organization";
        if (word?.word && word.capitalized && !organization && !view.matchesStartingAt(word.start).some(isOwner)) {
          j++;
          while (tokens[j]?.word && !tokens[j].capitalized && ADJECTIVE_ENDING.test(tokens[j].folded)) j++;
          end = tokens[j - 1].end;
          i = j;
        }
      }
      // "de l'UE", "du Japon", "of Japan", "au Royaume-Uni" (at most two linking words)
      if (of === null) {
        let j = i;
        while (j < i + 2 && tokens[j] && OWNER_LINK.has(tokens[j].folded)) j++;
        const owner = j > i && tokens[j] ? matchStartingAt(view, tokens[j].start, (x) => x.kind !== "demonym" && isOwner(x)) : undefined;
        if (owner) {
          of = ownerOf(owner, index);
          end = owner.end;
          i = tokenEndingAt(owner.end) + 1;
        }
      }
      // "chargée de la sécurité économique", "for Economic Security": a KB topic names the remit.
      if (tokens[i] && REMIT_MARKERS.has(tokens[i].folded)) {
        let j = i + 1;
        while (j < i + 4 && tokens[j] && REMIT_LINK.has(tokens[j].folded)) j++;
        const topic = tokens[j]
          ? matchStartingAt(view, tokens[j].start, (x) => x.kind === "alias" && index.record(x.targetId)?.type === "Topic")
          : undefined;
        if (topic) {
          title = `${title} for ${index.record(topic.targetId)!.name}`;
          end = topic.end;
        } else {
          // A remit the KB does not know still belongs to the title's text: "chargée des Armées",
          // "for Digital Affairs" (English: capitalised words only).
          const french = tokens[i].folded.startsWith("charge") || tokens[i].folded === "responsable";
          let k = j;
          while (k < j + 6 && tokens[k]?.word && (french ? true : tokens[k].capitalized || REMIT_LINK.has(tokens[k].folded))) k++;
          while (k > j && REMIT_LINK.has(tokens[k - 1].folded)) k--;
          if (k > j && tokens[j].word && (french || tokens[j].capitalized)) end = tokens[k - 1].end;
        }
      }
    }

    const defaultOf = titleId === null ? undefined : index.title(titleId)?.defaultOf;
    if (of === null && defaultOf && defaultOf !== "country") of = defaultOf;
    titles.push({
      start,
      end,
      text: text.slice(start, end),
      sentenceIndex: ctx.sentenceIndex,
      titleId,
      title,
      kind,
      ofEntityId: of,
      former,
      counterpart: false,
    });
  }

  // Coordinated titles share the owner of the last one: "ministre de la Défense et Premier ministre japonais".
  for (let k = titles.length - 2; k >= 0; k--) {
    const a = titles[k];
    const b = titles[k + 1];
    const between = foldForMatch(text.slice(a.end, b.start)).trim();
    if (a.ofEntityId === null && COORDINATION.has(between) && !b.former) a.ofEntityId = b.ofEntityId;
  }
  return titles;
}

/**
 * "homologue"/"counterpart" tokens: a title whose office is the one held by the other side,
 * the last title seen before it (`sentenceTitles` of this sentence, else `lastEarlier`, the last
 * one of the sentences before); its owner is the adjacent demonym.
 */
export function findCounterparts(
  ctx: Context,
  sentenceTitles: readonly TitleMention[],
  lastEarlier: TitleMention | undefined,
): TitleMention[] {
  const { tokens, view, index, text } = ctx;
  const own = sentenceTitles.filter((t) => !t.counterpart).sort((a, b) => a.start - b.start);
  const out: TitleMention[] = [];
  let next = 0; // first title of the sentence not yet passed
  let other = lastEarlier;
  tokens.forEach((t, i) => {
    if (!COUNTERPART.has(t.folded)) return;
    let start = t.start;
    let end = t.end;
    let of: string | null = null;
    const after = tokens[i + 1] ? matchStartingAt(view, tokens[i + 1].start, (x) => x.kind === "demonym") : undefined;
    const beforeTok = tokens[i - 1];
    const before = beforeTok ? view.matchesEndingAt(beforeTok.end).find((x) => x.kind === "demonym") : undefined;
    if (after) {
      of = ownerOf(after, index);
      end = after.end;
    } else if (before) {
      of = ownerOf(before, index);
      start = before.start;
    }
    while (next < own.length && own[next].end <= start) other = own[next++];
    const otherTitle = other?.titleId ? index.title(other.titleId) : undefined;
    // Only a country's office carries over: the counterpart of an organisation's office is unknown.
    const carries = other !== undefined && otherTitle !== undefined && (!otherTitle.defaultOf || otherTitle.defaultOf === "country");
    out.push({
      start,
      end,
      text: text.slice(start, end),
      sentenceIndex: ctx.sentenceIndex,
      titleId: carries ? otherTitle.id : null,
      title: carries ? otherTitle.title : "Counterpart",
      kind: carries ? otherTitle.kind : "other",
      ofEntityId: of,
      former: false,
      counterpart: true,
    });
  });
  return out;
}
