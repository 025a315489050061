/**
 * Lists of participants in a sentence: the subject of a verb with the names coordinated with
 * it ("Airbus et l'OCCAr (OCCAr) ont signé", "Japan and its key ally, the United States, held
 * talks"), and the list after an agent marker ("signée par l'Allemagne, la Belgique … et le
 * Royaume-Uni", "jointly signed by X, Minister of …; Y and Z").
 */
import type { ExtractionContext } from "../context.js";
import { blankSpans, findIn, isLinkingGap, overlaps, uniq, type Span } from "../spans.js";
import { eventCues } from "./cues.js";

export interface Candidate extends Span {
  id: string;
}

/** Parenthesised asides in [start, end) ("(OCCAr)", "(who also signed …)"), as spans a gap may be read past. */
function parentheses(text: string, start: number, end: number): Span[] {
  return [...text.slice(start, end).matchAll(/\([^()]*\)|;/g)].map((m) => ({ start: start + m.index, end: start + m.index + m[0].length }));
}

const WORDS = /[\p{L}\p{N}'’-]+/gu;
const words = (text: string) => text.match(WORDS) ?? [];

/** "and its key ally, the United States": a coordinated apposition joining two names. */
const COORDINATED_APPOSITION =
  /^\s*,?\s*(?:and|et)\s+(?:its|their|his|her|son|sa|ses|leur|leurs)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s*,\s*(?:the|la|le|les|l['’])?\s*$/iu;

/**
 * Whether two candidates of a list are joined: commas, semicolons, coordinators, link words,
 * parentheses, titles and other mentions between; or a coordinated apposition.
 */
function joined(ctx: ExtractionContext, a: Span, b: Span, allowed: readonly Span[]): boolean {
  if (b.start < a.end || b.start - a.end > 120) return false;
  const cues = eventCues(ctx.language);
  // "signed by X, on behalf of Acme, and Y": the body X signs for is read as one of the list (a party).
  const behalf = findIn(cues.behalfMarkers, ctx.text, a.end, b.start);
  const inGap = [...allowed.filter((x) => x.start >= a.end && x.end <= b.start), ...parentheses(ctx.text, a.end, b.start), ...behalf];
  // "signé par X, et par Y", "signed by X and by Y": the agent marker said again after the coordinator, maybe after
  // X's own title ("par X, PDG de Naval Group, et par Y").
  const from = againAfter(ctx, a, b, allowed) ?? a.end;
  // "X and Saudi Defence Minister Prince Y": a style before the next name is part of its title.
  const allowedPhrases = cues.honorificStyles;
  if (
    isLinkingGap(ctx.text, from, b.start, {
      allowedSpans: inGap,
      allowedPhrases,
      allowCoordinator: true,
      allowLinkWords: true,
      maxLength: 120,
    })
  )
    return true;
  if (COORDINATED_APPOSITION.test(ctx.text.slice(a.end, b.start))) return true;
  // "par X, et par le directeur de l'agence de l'armement, Y": after the marker said again, the next name may
  // follow a description of its own that no title list knows, and a title of its own ("…, le général Y").
  const ownTitle = allowed.find((t) => t.start >= from && t.end <= b.start && /^\s*$/u.test(ctx.text.slice(t.end, b.start)));
  const described = from > a.end ? DESCRIBED_AGENT.exec(ctx.text.slice(from, ownTitle ? ownTitle.start : b.start)) : null;
  return described !== null && words(described[0]).length <= 10;
}

const COORDINATED_AGENT = /,?\s*(?:et|and)\s+(?:par|by)\s+/iu;

/** Where the gap between a and b goes on after the agent marker said again, only titles, names and link words before it. */
function againAfter(ctx: ExtractionContext, a: Span, b: Span, allowed: readonly Span[]): number | null {
  const again = COORDINATED_AGENT.exec(ctx.text.slice(a.end, b.start));
  if (!again) return null;
  const at = a.end + again.index;
  const inGap = allowed.filter((x) => x.start >= a.end && x.end <= at);
  return isLinkingGap(ctx.text, a.end, at, { allowedSpans: inGap, allowLinkWords: true }) ? at + again[0].length : null;
}
/**
 * A description opened by a determiner and closed by a comma, nothing else but the determiner of the name's own
 * title: "le directeur de l'agence, ", "le directeur de l'armement, le ".
 */
const DESCRIBED_AGENT = /^(?:the|its|his|her|their|le|la|les|l['’]|son|sa|ses|leur)\s*[^,;:.()«»"“”]+,\s*(?:(?:the|le|la|l['’])\s*)?$/iu;

/** ", head of the procurement agency, and ": a description of the name before between commas, then the coordinator (and the agent marker again). */
const DESCRIBED_BETWEEN = /^\s*,\s*([^,;:.()«»"“”]+),\s*(?:and|et)\s+(?:(?:by|par)\s+)?/iu;

/** Most words of a description told between two names of a list. */
const DESCRIPTION_WORDS = 10;

/**
 * "signed by X, head of the procurement agency, and Y", "signé par X, directeur de l'agence, et Y": in an agent's
 * list, a name described between commas (by words no title list knows) and the next name, after the coordinator
 * with only titles, names and link words before it.
 */
function describedBetween(ctx: ExtractionContext, a: Span, b: Span, allowed: readonly Span[]): boolean {
  const gap = DESCRIBED_BETWEEN.exec(ctx.text.slice(a.end, b.start));
  if (!gap || words(gap[1] ?? "").length > DESCRIPTION_WORDS) return false;
  const rest = a.end + gap[0].length;
  const inRest = allowed.filter((x) => x.start >= rest && x.end <= b.start);
  return isLinkingGap(ctx.text, rest, b.start, {
    allowedSpans: inRest,
    allowedPhrases: eventCues(ctx.language).honorificStyles,
    allowLinkWords: true,
  });
}

/** The list a name opens: it and the names joined after it ("que devaient effectuer le ministre X et la secrétaire d'État Y"). */
export function listFrom(
  ctx: ExtractionContext,
  candidates: readonly Candidate[],
  first: Candidate,
  allowed: readonly Span[] = [],
): string[] {
  const chain = [first];
  for (const c of [...candidates].filter((x) => x.start >= first.end).sort((x, y) => x.start - y.start)) {
    const last = chain[chain.length - 1] ?? first;
    if (overlaps(c, last)) continue;
    if (!joined(ctx, last, c, allowed)) break;
    chain.push(c);
  }
  return uniq(chain.map((c) => c.id));
}

/**
 * The subject list of a verb: the candidate nearest before it (an aside between commas, a
 * parenthesis, a few adverbs between) and those joined to it.
 */
export function subjectList(ctx: ExtractionContext, candidates: readonly Candidate[], verb: Span, allowed: readonly Span[] = []): string[] {
  const before = candidates.filter((c) => c.end <= verb.start).sort((x, y) => x.start - y.start);
  const last = before.at(-1);
  if (!last) return [];
  const blank = (t: string) => t.replace(/\([^()]*\)/g, (m) => " ".repeat(m.length));
  const gap = blank(ctx.text.slice(last.end, verb.start)).replace(/,[^,]*,/g, " ");
  const chain = [last];
  for (let k = before.length - 2; k >= 0; k--) {
    const c = before[k];
    const next = chain[0];
    if (overlaps(c, next)) continue;
    // "l'Organisation conjointe … (OCCAr)": a name and its acronym in parentheses are one.
    if (c.id === next.id && /^\s*\(?\s*$/.test(ctx.text.slice(c.end, next.start))) {
      chain[0] = c;
      continue;
    }
    if (!joined(ctx, c, next, allowed)) break;
    chain.unshift(c);
  }
  // An apposition closing before the verb: "…, the United States, held talks", "Les ministres, X, Y et Z, ont signé".
  // Read from the title before the list's first name, if any ("…, Foreign Minister Cho Tae-yul, signed").
  // The apposition may be the last name ("…, the United States, held talks") or the whole list ("…, X, Y et Z, ont signé").
  const titleBefore = (c: Candidate) =>
    allowed.find((t) => t.end <= c.start && t.start < c.start && /^[\s,]*$/.test(ctx.text.slice(t.end, c.start)));
  const opensApposition = (head: number) =>
    /,\s*(?:(?:and|et)\s+)?(?:the|la|le|les|l['’]|son|sa|ses|his|her|its|their|leur)?\s*$/i.test(
      ctx.text.slice(Math.max(0, head - 12), head),
    );
  // Or the title heading the list opens the sentence: "Le ministre de la Défense, X, a signé".
  const opensSentence = (head: number) =>
    /(?:^|[.!?»"”]\s+|\n\s*)(?:the|la|le|les|l['’])?\s*$/i.test(ctx.text.slice(Math.max(0, head - 12), head));
  // "…, Dr. Ama Owusu, signed": the name's honorific style heads it.
  const styled = (c: Candidate): Candidate => {
    const style = eventCues(ctx.language)
      .honorificStyles.findInRange(ctx.text, Math.max(0, c.start - 30), c.start)
      .filter((h) => /^\.?\s+$/u.test(ctx.text.slice(h.end, c.start)))
      .at(-1);
    return style ? { ...c, start: style.start } : c;
  };
  const heads = [last, chain[0] ?? last].map(styled).flatMap((c) => {
    const title = titleBefore(c);
    return title
      ? [
          { at: title.start, titled: true },
          { at: c.start, titled: false },
        ]
      : [{ at: c.start, titled: false }];
  });
  const closesApposition = /^\s*,/.test(gap) && heads.some((h) => opensApposition(h.at) || (h.titled && opensSentence(h.at)));
  const rest = closesApposition ? gap.replace(/^\s*,/, " ") : gap;
  if (/[,;:]/.test(rest) || words(rest).length > 4) return [];
  return [...new Set(chain.map((c) => c.id))];
}

/**
 * Whether the first name of a list follows its marker closely: a few words at most ("signée ce lundi par
 * l'Allemagne"), or only titles, names and link words, the name in apposition ("signed by the chief executive
 * of Acme, X", "signé par le PDG de Naval Group, X").
 */
function opensList(ctx: ExtractionContext, marker: Span, first: Span, allowed: readonly Span[]): boolean {
  if (words(ctx.text.slice(marker.end, first.start).replace(/\([^()]*\)/g, " ")).length <= 4) return true;
  const inGap = allowed.filter((x) => x.start >= marker.end && x.end <= first.start);
  return (
    /,\s*$/u.test(ctx.text.slice(marker.end, first.start)) &&
    (isLinkingGap(ctx.text, marker.end, first.start, { allowedSpans: inGap, allowLinkWords: true, maxLength: 120 }) ||
      titledApposition(ctx, marker, first, inGap))
  );
}

/** Most words of an office's complement no list knows, before the name in apposition ("des douanes béninoises"). */
const TITLE_COMPLEMENT_WORDS = 4;

/**
 * "par le directeur général des douanes béninoises, X", "by the director general of the customs service, X": an office
 * right after the marker (an article before it at most), a few words of its complement, then the name after a comma.
 */
function titledApposition(ctx: ExtractionContext, marker: Span, first: Span, inGap: readonly Span[]): boolean {
  const titles = ctx.titlesBySentence.flat().filter((t) => t.start >= marker.end && t.end <= first.start);
  const title = titles.sort((a, b) => a.start - b.start)[0];
  if (!title || words(ctx.text.slice(marker.end, title.start)).length > 1) return false;
  const complement = blankSpans(ctx.text, title.end, first.start, inGap).replace(/,\s*$/u, "");
  return !/[,;:()]/u.test(complement) && words(complement).length <= TITLE_COMPLEMENT_WORDS;
}

/**
 * The list after an agent marker or a list verb: the first candidate right after it, and
 * those joined to it (";" too, and past relative clauses, which are skipped with what they hold).
 */
export function listAfter(
  ctx: ExtractionContext,
  candidates: readonly Candidate[],
  marker: Span,
  end: number,
  allowed: readonly Span[],
  skipped: readonly Span[],
): string[] {
  const after = candidates
    .filter((c) => c.start >= marker.end && c.end <= end && !skipped.some((x) => x.start <= c.start && c.end <= x.end))
    .sort((x, y) => x.start - y.start);
  const first = after[0];
  if (!first || !opensList(ctx, marker, first, allowed)) return [];
  const chain = [first];
  for (let k = 1; k < after.length; k++) {
    const c = after[k];
    const previous = chain.at(-1) as Candidate;
    if (overlaps(previous, c) || (c.id === previous.id && /^\s*\(?\s*$/.test(ctx.text.slice(previous.end, c.start)))) continue;
    const between = [...allowed, ...skipped.filter((x) => x.start >= previous.end && x.end <= c.start)];
    if (joined(ctx, previous, c, between)) {
      chain.push(c);
      continue;
    }
    // "by X, head of Lithuania's procurement agency, and Y": the next of the list after X's description, the names inside it read past.
    const next = after.slice(k).findIndex((d) => describedBetween(ctx, previous, d, allowed));
    if (next < 0) break;
    chain.push(after[k + next]);
    k += next;
  }
  return [...new Set(chain.map((c) => c.id))];
}
