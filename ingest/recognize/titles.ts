/**
 * Office titles in a sentence: the KB title form, widened by an ordered list of named rules to
 * its adjacent qualifiers — a tenure ("ancien", "former", "ex-", "acting", "par intérim", "-designate"), a modifier making another office
 * ("Deputy", "vice-"), an owner before it ("Japan's", "British"), a demonym after it
 * ("japonaise"), an unknown portfolio, a complement ("de l'UE", "du Japon", "au Royaume-Uni",
 * "of Japan") and a remit ("chargée de la sécurité économique" → "… for Economic Security") —
 * plus "homologue"/"counterpart", whose office is the other side's. Each rule has its own unit
 * test (test/unit/recognize/recognize.test.ts, "titles").
 */
import type { Tenure, TitleMention } from "../../src/model/mentions.js";
import type { KbTitle } from "../../src/model/kb.js";
import type { KbMatch, KbMatcher } from "../../src/kb/matcher.js";
import { foldForMatch } from "../../src/kb/normalize.js";
import type { KbIndex } from "./kb-index.js";
import type { NameCues, TenureCue } from "./name-cues.js";
import { APPOSITION_ARTICLES, NAME_PARTICLES, sequenceAt, sequenceBefore } from "./name-context.js";
import { ADJECTIVE_ENDING, COUNTERPART, FUNCTION_WORDS, HEAD_TYPES, HONORIFICS, TRAILING_HEADS } from "./lexicon.js";
import type { SentenceView } from "./spans.js";
import type { Token } from "./tokens.js";
import type { RawMention } from "./types.js";

/** Prepositions that attach an owner to a title: "ministre de la Défense du Japon", "chef de l'opposition au Royaume-Uni". */
const OWNER_LINK = new Set(["de", "d'", "du", "des", "la", "l'", "au", "aux", "of", "the"]);
/** Of those, the ones that name where a diplomat is posted, not whose they are: "ambassadeur au Japon", "aux États-Unis". */
const POSTING_LINK = new Set(["au", "aux"]);
const REMIT_MARKERS = new Set(["charge", "chargee", "charges", "chargees", "for", "in", "responsable"]);
const REMIT_LINK = new Set(["de", "d'", "du", "des", "la", "l'", "le", "les", "of", "the"]);
const COORDINATION = new Set(["et", "and"]);
/** Words before a title that make another office of it: "Deputy Defence Minister", "Vice Foreign Minister". */
const TITLE_MODIFIERS = new Set(["deputy", "vice", "assistant", "shadow", "junior"]);
const PORTFOLIO_LINK = new Set(["de", "d'", "du", "des", "la", "l'", "for", "of", "the"]);

export interface TitleContext {
  cues: NameCues;
  text: string; // document text
  sentenceIndex: number;
  tokens: readonly Token[];
  view: SentenceView; // tokens and KB matches of this sentence, document offsets
  index: KbIndex;
  matcher: KbMatcher;
  /** Folded words that open a person's name (data/kb/person-names.json): where a name after a portfolio starts. */
  personNameWords: ReadonlySet<string>;
}

/** A title being widened: where it spans, what it is, whose it is. */
export interface TitleDraft {
  match: KbMatch;
  start: number;
  end: number;
  title: string;
  titleId: string | null;
  kind: KbTitle["kind"];
  of: string | null;
  tenure: Tenure;
  /** Index of the KB form's first token. */
  first: number;
  /** Index of the token before the title and its modifiers, where an English owner would stand (-1: none). */
  before: number;
  /** Index of the first token after the title as widened so far (-1: none). */
  next: number;
  /** Where the office's own words start: the KB form, or a modifier before it ("Deputy", "vice-"); no owner, no "former". */
  officeStart: number;
  /** The owner's words inside the title (a demonym after it, a complement "of Japan", "du Japon"), left out of the office as written. */
  ownerSpans: Array<{ start: number; end: number }>;
  /** A portfolio the KB form does not hold was read on ("Minister for Defence Readiness", "ministre chargé des Anciens combattants"). */
  portfolioWidened: boolean;
  /** Another office the title took in, whose own title is not one of the sentence's ("auprès du ministre des Armées"). */
  absorbsTitle: boolean;
}

/** A widening rule: it reads the words around the draft and updates it in place. */
export interface TitleRule {
  name: string;
  widen(ctx: TitleContext, draft: TitleDraft): void;
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

/**
 * The title that the words before a demonym and the words after it form together
 * ("ministre" + "de la Défense" → "ministre de la Défense"), with its end in the document.
 */
function completeAcrossDemonym(ctx: TitleContext, title: KbMatch, demonymEnd: number): { titleId: string; end: number } | null {
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

/** A single word joined by a hyphen to what follows it: "ex-" in "l'ex-président", "then-" in "then-Japanese Prime Minister". */
const HYPHENED_WORD_BEFORE = /(\p{L}+)[-‐‑]$/u;
/** A single word joined by a hyphen to what precedes it: "-designate" in "prime minister-designate". */
const HYPHENED_WORD_AFTER = /^[-‐‑](\p{L}+)/u;

/**
 * The tenure cue that ends right before `offset` (the start of a title, its modifier or its owner):
 * a listed word sequence ending at the token before, or a single listed word joined by a hyphen.
 * Where the cue starts, and the index of the token before it.
 */
function tenureEndingAt(ctx: TitleContext, offset: number): { tenure: Exclude<Tenure, "current">; start: number; before: number } | null {
  const { tokens, view, text, cues } = ctx;
  const hyphened = HYPHENED_WORD_BEFORE.exec(text.slice(Math.max(0, offset - 12), offset));
  if (hyphened) {
    const word = foldForMatch(hyphened[1]);
    const cue = cues.tenureBefore.find((c) => c.words.length === 1 && c.words[0] === word);
    const start = offset - hyphened[0].length;
    if (cue) return { tenure: cue.tenure, start, before: view.tokenStartingAt(start) - 1 };
  }
  const at = view.tokenStartingAt(offset);
  if (at <= 0) return null;
  for (const cue of cues.tenureBefore) {
    const first = at - cue.words.length;
    if (first < 0 || !cue.words.every((w, k) => tokens[first + k]?.folded === w)) continue;
    // "and then Prime Minister X spoke": "then" after "and" tells what came next, not a past office.
    if (cue.words[0] === "then" && SEQUENCE_BEFORE_THEN.has(tokens[first - 1]?.folded ?? "")) continue;
    return { tenure: cue.tenure, start: tokens[first].start, before: first - 1 };
  }
  return null;
}

/** Words after which "then" tells a sequence of events ("and then", "but then"), not a past office. */
const SEQUENCE_BEFORE_THEN = new Set(["and", "but", "since", "until"]);

/** Sets the draft's tenure from a cue right before `offset`, widening it to the cue. */
function takeTenureBefore(ctx: TitleContext, d: TitleDraft, offset: number): void {
  const cue = tenureEndingAt(ctx, offset);
  if (!cue) return;
  d.tenure = cue.tenure;
  d.start = cue.start;
  d.before = cue.before;
}

/** "ancien ministre", "former Defence Secretary", "l'ex-président", "then-Prime Minister", "acting President", "futur chef d'état-major". */
const tenureBefore: TitleRule = {
  name: "tenureBefore",
  widen(ctx, d) {
    takeTenureBefore(ctx, d, d.match.start);
  },
};

/** The tenure cue starting at token `i`, or right after `end` joined by a hyphen ("-designate"). */
function tenureCueAfter(ctx: TitleContext, i: number): TenureCue | undefined {
  return ctx.cues.tenureAfter.find((c) => sequenceAt(ctx.tokens, i, c.words));
}

/** "ministre par intérim", "Premier ministre désigné", "ministre de l'époque", "prime minister-designate", "president-elect". */
const tenureAfter: TitleRule = {
  name: "tenureAfter",
  widen(ctx, d) {
    if (d.tenure !== "current") return;
    const { tokens, text, cues } = ctx;
    const hyphened = HYPHENED_WORD_AFTER.exec(text.slice(d.end, d.end + 16));
    if (hyphened) {
      const word = foldForMatch(hyphened[1]);
      const cue = cues.tenureAfter.find((c) => c.words.length === 1 && c.words[0] === word);
      if (!cue) return;
      d.tenure = cue.tenure;
      d.end += hyphened[0].length;
      const last = ctx.view.tokenEndingAt(d.end);
      d.next = last >= 0 ? last + 1 : -1;
      return;
    }
    if (d.next < 0) return;
    const cue = tenureCueAfter(ctx, d.next);
    // "le président élu en 2022", "ministre désigné par le Parlement": a participle with its complement tells how the office was taken.
    const after = cue ? tokens[d.next + cue.words.length] : undefined;
    if (!cue || (cue.words.length === 1 && after?.word === true && !after.capitalized && FUNCTION_WORDS.has(after.folded))) return;
    d.tenure = cue.tenure;
    const last = tokens[d.next + cue.words.length - 1];
    d.end = last.end;
    d.next = last.index + 1;
  },
};

/**
 * "Under Secretary of Defense", "Under Secretary of State": "Under" is a modifier only written so and
 * before a secretary's title; elsewhere it is the preposition ("under Defence Minister X's plan").
 */
function isUnderSecretary(prev: Token, d: TitleDraft): boolean {
  return prev.text === "Under" && /^Secretary\b/u.test(d.match.text);
}

/** "Deputy Defence Minister", "Acting President", "Under Secretary of Defense": the modifier makes another office than the KB's. */
const modifiedOffice: TitleRule = {
  name: "modifiedOffice",
  widen(ctx, d) {
    const prev = d.first > 0 ? ctx.tokens[d.first - 1] : undefined;
    if (!prev?.word || !(TITLE_MODIFIERS.has(prev.folded) || isUnderSecretary(prev, d))) return;
    // "Under" names the form's office, not the KB's common title: "Under Secretary of Defense", not "Under Defence Minister".
    const office = isUnderSecretary(prev, d) ? d.match.text : d.title;
    d.title = `${prev.text[0].toUpperCase()}${prev.text.slice(1)} ${office}`;
    d.titleId = null;
    d.start = prev.start;
    d.officeStart = prev.start;
    d.before = d.first - 2;
    if (d.tenure === "current") takeTenureBefore(ctx, d, prev.start);
  },
};

/** "vice-ministre", "vice-président" when the KB has no such form. */
const viceOffice: TitleRule = {
  name: "viceOffice",
  widen(ctx, d) {
    if (d.titleId === null || !/(?:^|[^\p{L}])vice[-‐‑]$/iu.test(ctx.text.slice(Math.max(0, d.start - 6), d.start))) return;
    d.title = `Vice ${d.title}`;
    d.titleId = null;
    d.start -= 5;
    d.officeStart = d.start;
    d.before = ctx.view.tokenStartingAt(d.start) - 1;
    if (d.tenure === "current") takeTenureBefore(ctx, d, d.start);
  },
};

/** English order: "British Prime Minister", "Japan's Foreign Minister", "former British Prime Minister". */
const ownerBefore: TitleRule = {
  name: "ownerBefore",
  widen(ctx, d) {
    const { tokens, view, index } = ctx;
    // "Australia's defence industry minister": up to two words of the portfolio between the owner and a minister's title.
    let before = d.before;
    // "the Philippine Foreign Affairs Undersecretary": before a title written with capitals, the portfolio's words are too.
    const capitalizedTitle = /^\p{Lu}/u.test(d.match.text);
    const portfolioWord = (t: Token | undefined) =>
      t?.word === true &&
      (!t.capitalized || (capitalizedTitle && view.matchOver(t) === undefined)) &&
      t.folded !== "s" &&
      !FUNCTION_WORDS.has(t.folded);
    if (d.kind === "minister") {
      for (let n = 0; n < 2 && portfolioWord(tokens[before]); n++) before--;
      const ownerEnds = (t: Token | undefined) =>
        t !== undefined && view.matchesEndingAt(t.end).some((m) => m.kind === "demonym" && ownerOf(m, index) !== null);
      // After the portfolio, an owner's "'s" ("Australia's"), or with capitals a demonym ("Philippine Foreign Affairs Undersecretary").
      if (before !== d.before && tokens[before]?.folded !== "s" && !(capitalizedTitle && ownerEnds(tokens[before]))) before = d.before;
    }
    const ownerToken = before >= 0 ? tokens[before] : undefined;
    if (!ownerToken) return;
    const apostrophe = tokens[before - 1];
    const possessive = ownerToken.folded === "s" && apostrophe?.folded === "'" && apostrophe.end === ownerToken.start;
    const ownerEnd = possessive ? apostrophe.start : ownerToken.end;
    const owner = view.matchesEndingAt(ownerEnd).find((m) => ownerOf(m, index) !== null);
    if (!owner) return;
    d.of = ownerOf(owner, index);
    d.start = owner.start;
    // "former British Prime Minister", "then-Japanese Prime Minister", "acting Australian defence minister".
    if (d.tenure === "current") takeTenureBefore(ctx, d, owner.start);
  },
};

/** "ministre italien", "ministre italien de la Défense": a demonym after the title, and the longer title it may complete. */
const demonymAfter: TitleRule = {
  name: "demonymAfter",
  widen(ctx, d) {
    const { tokens, view, index } = ctx;
    const demonym = d.next >= 0 && tokens[d.next] ? matchStartingAt(view, tokens[d.next].start, (x) => x.kind === "demonym") : undefined;
    if (!demonym) return;
    d.of = d.of ?? ownerOf(demonym, index);
    d.ownerSpans.push({ start: demonym.start, end: demonym.end });
    d.end = demonym.end;
    d.next = view.tokenEndingAt(demonym.end) + 1;
    const longer = d.titleId === null ? null : completeAcrossDemonym(ctx, d.match, demonym.end);
    const t = longer ? index.title(longer.titleId) : undefined;
    if (!longer || !t) return;
    d.title = t.title;
    d.titleId = t.id;
    d.kind = t.kind;
    d.end = longer.end;
    d.next = view.tokenEndingAt(longer.end) + 1;
  },
};

/**
 * "secrétaire d'État adjoint", "secrétaire général adjointe", "la secrétaire d'État américaine adjointe":
 * a word after the office (the language's list) that makes its deputy's office of it.
 */
const deputyAfter: TitleRule = {
  name: "deputyAfter",
  widen(ctx, d) {
    const word = d.next >= 0 ? ctx.tokens[d.next] : undefined;
    if (!word?.word || word.capitalized || !ctx.cues.deputyAfterTitle.has(word.folded)) return;
    d.title = `Deputy ${d.title}`;
    d.titleId = null;
    d.end = word.end;
    d.next = word.index + 1;
  },
};

/** Whether the words around token `i` are all capitalised, as in a headline ("Minister Of Digital Affairs Visits …"). */
function isTitleCaseAround(tokens: readonly Token[], i: number): boolean {
  const around = tokens.slice(Math.max(0, i - 3), i + 4).filter((t) => t.word);
  return around.every((t) => t.capitalized);
}

/** An unknown portfolio: "ministre de la Culture", "Minister for Digital Affairs". */
const unknownPortfolio: TitleRule = {
  name: "unknownPortfolio",
  widen(ctx, d) {
    const { tokens, view, index } = ctx;
    const i = d.next;
    if (d.kind !== "minister" || i < 0 || !tokens[i] || !PORTFOLIO_LINK.has(tokens[i].folded)) return;
    // "le ministre Du Weiming": a capitalised link word inside a sentence opens a name, not a portfolio.
    if (tokens[i].capitalized && tokens[i + 1]?.capitalized && !/^\p{Lu}+$/u.test(tokens[i].text) && !isTitleCaseAround(tokens, i)) return;
    let j = i;
    while (j < i + 2 && tokens[j] && PORTFOLIO_LINK.has(tokens[j].folded)) j++;
    const word = tokens[j];
    const organization = HEAD_TYPES.get(word?.folded ?? "") === "Organization";
    if (!word?.word || !word.capitalized || organization || view.matchesStartingAt(word.start).some((m) => ownerOf(m, index) !== null))
      return;
    j++;
    while (tokens[j]?.word && !tokens[j].capitalized && ADJECTIVE_ENDING.test(tokens[j].folded)) j++;
    d.end = tokens[j - 1].end;
    d.next = j;
    d.portfolioWidened = true;
  },
};

/** "de l'UE", "du Japon", "of Japan", "au Royaume-Uni": an owner after at most two linking words. */
const ownerComplement: TitleRule = {
  name: "ownerComplement",
  widen(ctx, d) {
    const { tokens, view, index } = ctx;
    const i = d.next;
    if (d.of !== null || i < 0) return;
    let j = i;
    while (j < i + 2 && tokens[j] && OWNER_LINK.has(tokens[j].folded)) j++;
    // "l'ambassadeur au Japon": the country a diplomat serves in, not the one they serve.
    if (d.kind === "diplomat" && POSTING_LINK.has(tokens[i]?.folded ?? "")) return;
    const owner =
      j > i && tokens[j] ? matchStartingAt(view, tokens[j].start, (x) => x.kind !== "demonym" && ownerOf(x, index) !== null) : undefined;
    if (!owner || organizationNameGoesOn(ctx, owner)) return;
    d.of = ownerOf(owner, index);
    d.ownerSpans.push({ start: tokens[i].start, end: owner.end });
    d.end = owner.end;
    d.next = view.tokenEndingAt(owner.end) + 1;
  },
};

/**
 * "Commander of the Australian Fleet", "commandant des forces terrestres françaises": a military office over a force
 * the KB does not name, the force told by its nation's demonym, is an office of that country; the force's words are
 * the title's. At most two words of the force beside the demonym, before the comma or the name.
 */
const forceComplement: TitleRule = {
  name: "forceComplement",
  widen(ctx, d) {
    const { tokens, view, index } = ctx;
    const i = d.next;
    if (d.of !== null || d.kind !== "military" || i < 0) return;
    let j = i;
    while (j < i + 2 && tokens[j] && OWNER_LINK.has(tokens[j].folded)) j++;
    if (j === i) return;
    const forceWord = (t: Token | undefined) => t?.word === true && !FUNCTION_WORDS.has(t.folded) && view.matchOver(t) === undefined;
    // English: the demonym first ("the Australian Fleet"); French: after the force's words ("des forces terrestres françaises").
    let k = j;
    while (k < j + 2 && forceWord(tokens[k]) && !tokens[k].capitalized) k++;
    const demonym = tokens[k]
      ? matchStartingAt(view, tokens[k].start, (x) => x.kind === "demonym" && ownerOf(x, index) !== null)
      : undefined;
    if (!demonym) return;
    let end = view.tokenEndingAt(demonym.end) + 1;
    if (k === j) {
      const from = end;
      while (end < from + 2 && forceWord(tokens[end]) && tokens[end].capitalized) end++;
      if (end === from) return;
    }
    const after = tokens[end];
    if (after !== undefined && after.word && !after.capitalized) return;
    d.of = ownerOf(demonym, index);
    d.end = tokens[end - 1].end;
    d.next = end;
  },
};

/**
 * "PDG d'Airbus Helicopters": a KB organisation followed by a capitalised head that closes a longer
 * organisation's name (a subsidiary's) is no owner of its own; the name read whole owns the title.
 */
function organizationNameGoesOn(ctx: TitleContext, owner: KbMatch): boolean {
  const type = ctx.index.record(owner.targetId)?.type;
  const next = ctx.tokens[ctx.view.tokenEndingAt(owner.end) + 1];
  const free = (t: Token | undefined): t is Token => t !== undefined && t.word && t.capitalized && ctx.view.matchOver(t) === undefined;
  if (!free(next) || next.start !== owner.end + 1) return false;
  if (type === "Organization") return TRAILING_HEADS.has(next.folded);
  return type === "Country" && countryOpensOrganizationName(ctx, next.index);
}

/** Most capitalised words after a country that an organisation's name it opens may have: "Sri Lanka Ports Authority". */
const ORGANIZATION_WORDS_AFTER_COUNTRY = 3;

/**
 * "chairman of the Sri Lanka Ports Authority", "Managing Director of the Kenya Pipeline Company": capitalised words
 * right after a country, the last an organisation's head, make an organisation's name the country opens; the title is
 * that organisation's, not the country's.
 */
function countryOpensOrganizationName(ctx: TitleContext, first: number): boolean {
  const { tokens, view } = ctx;
  for (let k = first; k < first + ORGANIZATION_WORDS_AFTER_COUNTRY; k++) {
    const t = tokens[k];
    if (!t?.word || !t.capitalized || view.matchOver(t) !== undefined || (k > first && t.start !== tokens[k - 1].end + 1)) return false;
    if (HEAD_TYPES.get(t.folded) === "Organization") return true;
  }
  return false;
}

/** Words that open an owner complement after a remit: "de la Roumanie", "of Canada" (not "avec", not "la" alone). */
const OWNER_COMPLEMENT_OPENERS = new Set(["de", "d'", "du", "des", "of"]);

/**
 * Token `k` opens an owner complement, a country or organisation after at most two linking words: "chargé de la Défense
 * [de la Roumanie]", "for Veterans Affairs [of Canada]". The remit ends before it; ownerComplement reads it after.
 */
function ownerComplementAt(ctx: TitleContext, k: number): boolean {
  const { tokens, view, index } = ctx;
  if (!OWNER_COMPLEMENT_OPENERS.has(tokens[k]?.folded ?? "")) return false;
  let j = k;
  while (j < k + 2 && tokens[j] && OWNER_LINK.has(tokens[j].folded)) j++;
  const owner = tokens[j] ? matchStartingAt(view, tokens[j].start, (x) => x.kind !== "demonym" && ownerOf(x, index) !== null) : undefined;
  return owner !== undefined && !organizationNameGoesOn(ctx, owner);
}

/** Whether a KB place or country's name starts at token `i`. */
function placeStartsAt(ctx: TitleContext, i: number): boolean {
  return ctx.view.matchesStartingAt(ctx.tokens[i].start).some((m) => {
    const type = ctx.index.record(m.targetId)?.type;
    return m.kind !== "title" && (type === "Place" || type === "Country");
  });
}

/**
 * "chargée de la sécurité économique", "for Economic Security": a KB topic refines the title; a
 * remit the KB does not know still belongs to the title's text ("chargée des Armées", "for
 * Digital Affairs"; English: capitalised words only).
 */
const remit: TitleRule = {
  name: "remit",
  widen(ctx, d) {
    const { tokens, view, index } = ctx;
    const i = d.next;
    if (i < 0 || !tokens[i] || !REMIT_MARKERS.has(tokens[i].folded)) return;
    let j = i + 1;
    while (j < i + 4 && tokens[j] && REMIT_LINK.has(tokens[j].folded)) j++;
    const topic = tokens[j]
      ? matchStartingAt(view, tokens[j].start, (x) => x.kind === "alias" && index.record(x.targetId)?.type === "Topic")
      : undefined;
    if (topic) {
      d.title = `${d.title} for ${index.record(topic.targetId)!.name}`;
      d.end = topic.end;
      // "chargé du Commerce extérieur,": the topic's lower-case words after it.
      const from = view.tokenEndingAt(topic.end) + 1;
      const tail = lowerCaseTailEnd(ctx, from);
      if (tail > from) d.end = tokens[tail - 1].end;
      return;
    }
    // "Minister in Riyadh": where a minister is, no remit.
    if (tokens[i].folded === "in" && tokens[j] && placeStartsAt(ctx, j)) return;
    const french = tokens[i].folded.startsWith("charge") || tokens[i].folded === "responsable";
    let k = j;
    while (
      k < j + 6 &&
      tokens[k]?.word &&
      (french ? true : tokens[k].capitalized || REMIT_LINK.has(tokens[k].folded)) &&
      !(k > j && ownerComplementAt(ctx, k))
    )
      k++;
    while (k > j && REMIT_LINK.has(tokens[k - 1].folded)) k--;
    // "Minister of State for the Armed Forces Clara Vance": the name after an English remit is not part of it.
    if (!french) k = nameStartIn(ctx, j, k);
    if (k > j && tokens[j].word && (french || tokens[j].capitalized)) {
      d.end = tokens[k - 1].end;
      d.next = k;
      d.portfolioWidened = true;
      return;
    }
    // "the deputy prime minister for defence affairs,": a lower-case remit closed by a noun of the pack's list.
    const head = lowercaseRemitEnd(ctx, j);
    if (!french && head > j) {
      d.end = tokens[head - 1].end;
      d.next = head;
      d.portfolioWidened = true;
    }
  },
};

/** Most lower-case words of an English remit, its closing noun included: "for European and economic affairs". */
const LOWERCASE_REMIT_WORDS = 4;

/**
 * Past the lower-case words of a remit that a noun of the pack's LOWERCASE_REMIT_HEADS closes ("defence affairs",
 * "European and economic affairs": a demonym or "and" may stand among them), the token after it; `from` when none.
 */
function lowercaseRemitEnd(ctx: TitleContext, from: number): number {
  const { tokens } = ctx;
  for (let k = from; k < from + LOWERCASE_REMIT_WORDS && tokens[k]?.word; k++) {
    const t = tokens[k];
    if (ctx.cues.lowercaseRemitHeads.has(t.folded)) return k > from ? k + 1 : from;
    if (t.folded !== "and" && (t.capitalized ? ctx.view.matchOver(t)?.kind !== "demonym" : FUNCTION_WORDS.has(t.folded))) return from;
  }
  return from;
}

/**
 * "ministre délégué auprès du ministre des Armées, chargé des Anciens combattants", "secrétaire d'État auprès du ministre
 * de l'Europe et des Affaires étrangères": a junior minister's office attached to a minister's (the language's
 * JUNIOR_OFFICE_ATTACHMENTS) is one office with it, that minister's government's; the remit after a comma is the
 * office's too. The minister's title is no office of the holder: it is left out of the office as written.
 */
const attachedToMinister: TitleRule = {
  name: "attachedToMinister",
  widen(ctx, d) {
    const { tokens, view, index, cues } = ctx;
    const i = d.next;
    if (d.kind !== "minister" || i < 0 || !tokens[i]) return;
    const link = cues.juniorOfficeAttachments.find((l) => sequenceAt(tokens, i, l));
    const first = link ? tokens[i + link.length] : undefined;
    const minister = first
      ? matchStartingAt(view, first.start, (m) => m.kind === "title" && index.title(m.targetId)?.kind === "minister")
      : undefined;
    if (!minister) return;
    const defaultOf = index.title(minister.targetId)?.defaultOf;
    if (d.of === null && defaultOf?.startsWith("country:")) d.of = defaultOf;
    // The minister's own words: its KB form, and a portfolio joined to it ("des Armées et des Anciens combattants").
    const inner: TitleDraft = { ...draftOf(ctx, minister, index.title(minister.targetId) as KbTitle), ownerSpans: [] };
    coordinatedPortfolio.widen(ctx, inner);
    d.end = inner.end;
    d.next = inner.next;
    d.absorbsTitle = true;
    let attachedEnd = inner.end;
    // ", chargé des Anciens combattants": the remit after a comma.
    if (tokens[d.next]?.text === "," && REMIT_MARKERS.has(tokens[d.next + 1]?.folded ?? "")) {
      const comma = d.next;
      d.next = comma + 1;
      remit.widen(ctx, d);
      if (d.next === comma + 1) {
        d.next = comma;
        d.end = tokens[comma - 1].end;
      } else attachedEnd = tokens[comma + 1].start;
    }
    d.ownerSpans.push({ start: tokens[i].start, end: attachedEnd });
  },
};

/** A minister's office, or another the KB says takes a portfolio ("commissaire européenne à l'Élargissement"). */
function takesPortfolio(ctx: TitleContext, d: TitleDraft): boolean {
  return d.kind === "minister" || ctx.index.title(d.match.targetId)?.takesPortfolio === true;
}

/** Articles after "à" before a portfolio: "à la Défense", "à l'Industrie". */
const REMIT_ARTICLES = new Set(["la", "l'"]);

/**
 * "secrétaire d'État parlementaire à la Défense", "ministre délégué aux Anciens combattants et à la Mémoire": a
 * preposition of the language's list, an article after "à", and a capitalised portfolio the KB does not know (not
 * "au Japon", not "à Berlin") make the office's remit, lower-case words and "et à la …" coordinated portfolios included.
 */
const remitAfterPreposition: TitleRule = {
  name: "remitAfterPreposition",
  widen(ctx, d) {
    const { tokens, view, cues } = ctx;
    const i = d.next;
    if (!takesPortfolio(ctx, d) || i < 0 || !cues.remitPrepositions.has(tokens[i]?.folded ?? "")) return;
    const portfolioAt = (at: number): number => {
      let j = at;
      if (tokens[j] && REMIT_ARTICLES.has(tokens[j].folded)) j++;
      else if (tokens[at - 1]?.folded === "a") return -1; // "à" needs its article: "à Berlin" is a place
      const word = tokens[j];
      return word?.word && word.capitalized && view.matchOver(word) === undefined ? j : -1;
    };
    let j = portfolioAt(i + 1);
    if (j < 0) return;
    let k = j + 1;
    for (;;) {
      const t = tokens[k];
      if (t?.word && !t.capitalized && !FUNCTION_WORDS.has(t.folded)) k++;
      else if (t && COORDINATION.has(t.folded) && cues.remitPrepositions.has(tokens[k + 1]?.folded ?? "") && (j = portfolioAt(k + 2)) >= 0)
        k = j + 1;
      else break;
    }
    d.end = tokens[k - 1].end;
    d.next = k;
    d.portfolioWidened = true;
  },
};

/** French words that join a portfolio to its narrowing complement: "de l'Industrie de haute technologie". */
const PORTFOLIO_COMPLEMENT_LINK = new Set(["de", "d'"]);

/**
 * "ministre de l'Industrie de haute technologie X", "ministre des Transports d'urgence, X": in French, "de" and one
 * to three lower-case words (no article, nothing the KB knows) after a minister's capitalised portfolio narrow it,
 * up to the comma or the name after them. Not "de l'époque", "de la Défense du Japon" (an article, an owner).
 */
const portfolioComplement: TitleRule = {
  name: "portfolioComplement",
  widen(ctx, d) {
    const { tokens, view, cues } = ctx;
    const i = d.next;
    if (cues.adjectiveBeforeNoun || d.kind !== "minister" || i <= 0 || !tokens[i - 1]?.capitalized) return;
    if (!PORTFOLIO_COMPLEMENT_LINK.has(tokens[i]?.folded ?? "")) return;
    const content = (t: Token | undefined) =>
      t?.word === true && !t.capitalized && !FUNCTION_WORDS.has(t.folded) && view.matchOver(t) === undefined;
    let k = i + 1;
    while (k < i + 4 && content(tokens[k])) k++;
    const after = tokens[k];
    if (k === i + 1 || !(after === undefined || after.text === "," || (after.word && after.capitalized))) return;
    d.end = tokens[k - 1].end;
    d.next = k;
    d.portfolioWidened = true;
  },
};

/**
 * "des Anciens combattants,", "du Commerce extérieur,": where a capitalised portfolio's lower-case words end, up to two
 * of them (nothing the KB knows, no function word), when a comma or the sentence's end closes the title after them;
 * `from` when none. Only in a language that puts the adjective after the noun.
 */
function lowerCaseTailEnd(ctx: TitleContext, from: number): number {
  const { tokens, view } = ctx;
  const lowerWord = (t: Token | undefined) =>
    t?.word === true && !t.capitalized && !FUNCTION_WORDS.has(t.folded) && view.matchOver(t) === undefined;
  let k = from;
  while (!ctx.cues.adjectiveBeforeNoun && k < from + 2 && lowerWord(tokens[k])) k++;
  return k > from && (tokens[k] === undefined || !tokens[k].word) ? k : from;
}

/**
 * "Minister of Foreign Affairs and International Cooperation", "Minister for Defence and
 * Veterans": a second portfolio joined to a minister's title belongs to it (not a title, a
 * country or a person of its own).
 */
const coordinatedPortfolio: TitleRule = {
  name: "coordinatedPortfolio",
  widen(ctx, d) {
    const { tokens, view } = ctx;
    const i = d.next;
    if (d.kind !== "minister" || i < 0 || !COORDINATION.has(tokens[i]?.folded ?? "")) return;
    let j = i + 1;
    while (j < i + 3 && tokens[j] && PORTFOLIO_LINK.has(tokens[j].folded) && !tokens[j].capitalized) j++;
    let k = j;
    while (k < j + 4 && tokens[k]?.word && tokens[k].capitalized && view.matchOver(tokens[k]) === undefined) k++;
    const after = tokens[k];
    const closed = after === undefined || !after.word || !after.capitalized;
    if (k === j || !closed) return;
    // "ministre de la Défense et des Anciens combattants,": the portfolio's lower-case words after its capital.
    k = lowerCaseTailEnd(ctx, k);
    d.end = tokens[k - 1].end;
    d.next = k;
  },
};

/** "and", "&": a joiner inside a capitalised portfolio ("Defence Readiness and Industry"). */
const PORTFOLIO_JOINERS = new Set(["and", "&", "et"]);

/** Whether a KB person's name starts at token `i`. */
function personStartsAt(ctx: TitleContext, i: number): boolean {
  const t = ctx.tokens[i];
  return (
    t !== undefined &&
    ctx.view.matchesStartingAt(t.start).some((m) => m.kind !== "title" && ctx.index.record(m.targetId)?.type === "Person")
  );
}

/**
 * Where a person's name starts inside the capitalised run tokens[from, to) that follows a portfolio:
 * at a person the KB knows, at a given name, or else at the last two words of a run whose last part
 * (after "and") has three words or more. `to` when the run holds no name.
 */
function nameStartIn(ctx: TitleContext, from: number, to: number): number {
  const { tokens } = ctx;
  for (let i = from; i < to - 1; i++) if (personStartsAt(ctx, i) || ctx.personNameWords.has(tokens[i].folded)) return i;
  let part = from;
  for (let i = from; i < to; i++) if (PORTFOLIO_JOINERS.has(tokens[i].folded)) part = i + 1;
  return to - part >= 3 ? to - 2 : to;
}

/** Token `k` is a comma opening an apposition that names a person by an honorific: ", the Hon X", ", Mr X", ", M. X". */
function honorificAppositionAt(ctx: TitleContext, k: number): boolean {
  const { tokens } = ctx;
  if (tokens[k]?.text !== ",") return false;
  let j = k + 1;
  if (tokens[j] && APPOSITION_ARTICLES.has(tokens[j].folded)) j++;
  if (!tokens[j] || !HONORIFICS.has(tokens[j].folded)) return false;
  j++;
  if (tokens[j]?.text === ".") j++;
  return tokens[j]?.word === true && tokens[j].capitalized;
}

/** Token `k` is a comma opening an apposition that is a person's name: ", Anne Holloway", ", the Hon X". */
function nameAppositionAt(ctx: TitleContext, k: number): boolean {
  if (honorificAppositionAt(ctx, k)) return true;
  const name = ctx.tokens[k + 1];
  return (
    ctx.tokens[k]?.text === "," &&
    name?.word === true &&
    name.capitalized &&
    (personStartsAt(ctx, k + 1) || ctx.personNameWords.has(name.folded))
  );
}

/** The end (exclusive) of a run of capitalised words from token `from`, "and" between two of them included. */
function capitalizedRunEnd(tokens: readonly Token[], from: number, limit: number): number {
  let k = from;
  const capitalizedWord = (t: Token | undefined) => t?.word === true && t.capitalized && !FUNCTION_WORDS.has(t.folded);
  while (k < from + limit && tokens[k]) {
    if (capitalizedWord(tokens[k])) k++;
    else if (k > from && PORTFOLIO_JOINERS.has(tokens[k].folded) && !tokens[k].capitalized && capitalizedWord(tokens[k + 1])) k++;
    else break;
  }
  return k;
}

/**
 * "Minister for Defence Readiness and Industry Tom Blakeley": capitalised words after a minister's
 * portfolio continue it up to the name that follows (a name the KB knows, a given name, or the last
 * two words of three or more); words joined by "and" with no name after are the portfolio's too
 * ("the Minister for Defence Readiness and Industry said"). A lone capitalised word stays a name
 * ("Minister for Defence Marsh said"); a lower-case word ends the portfolio.
 */
const portfolioBeforeName: TitleRule = {
  name: "portfolioBeforeName",
  widen(ctx, d) {
    const { tokens } = ctx;
    const i = d.next;
    if (d.kind !== "minister" || i < 0 || !tokens[i]?.capitalized || !tokens[i].word) return;
    // The title must end on a portfolio: "Minister for Defence", "Minister of State for the Armed Forces".
    const titleTokens = tokens.slice(d.first, i);
    const portfolio = titleTokens.some((t, k) => PORTFOLIO_LINK.has(t.folded) && titleTokens.slice(k + 1).some((u) => u.capitalized));
    const last = titleTokens[titleTokens.length - 1];
    if (!portfolio || !last?.capitalized) return;
    // "for the Armed Forces", "for Digital Affairs": a portfolio ending on an adjective goes on to its noun.
    const adjective = ctx.cues.portfolioAdjectiveEndings.some((e) => last.folded.length > e.length + 2 && last.folded.endsWith(e));
    if (adjective && !personStartsAt(ctx, i) && !ctx.personNameWords.has(tokens[i].folded)) {
      d.end = tokens[i].end;
      d.next = i + 1;
      d.portfolioWidened = true;
      portfolioBeforeName.widen(ctx, d);
      return;
    }
    const end = capitalizedRunEnd(tokens, i, 8);
    // "Minister for Defence Industry, the Hon Pat Conroy MP", "Secretary of State for Defence Procurement, Anne Holloway":
    // a lone word before a comma and an apposition that names someone is the portfolio's last word, not a name; so is a
    // lone noun of the language's portfolio nouns ("Minister for Veterans Affairs of Canada", "Minister for Defence Industry, was").
    const portfolioNoun = ctx.cues.portfolioNouns.has(tokens[i].folded);
    if (
      end === i + 1 &&
      (portfolioNoun || nameAppositionAt(ctx, i + 1)) &&
      !personStartsAt(ctx, i) &&
      !ctx.personNameWords.has(tokens[i].folded)
    ) {
      d.end = tokens[i].end;
      d.next = i + 1;
      d.portfolioWidened = true;
      return;
    }
    const joined = tokens.slice(i, end).some((t) => PORTFOLIO_JOINERS.has(t.folded));
    const nameStart = nameStartIn(ctx, i, end);
    if (nameStart === i || (nameStart === end && !joined)) return;
    d.end = tokens[nameStart - 1].end;
    d.next = nameStart;
    d.portfolioWidened = true;
  },
};

/**
 * "Premier ministre libanais démissionnaire X", "Président de l'Assemblée nationale congolaise,
 * X": a qualifier after the office (from the language's list, or a French adjective before the
 * name or its comma) is part of the title's text.
 */
const qualifierAfter: TitleRule = {
  name: "qualifierAfter",
  widen(ctx, d) {
    const { tokens, cues } = ctx;
    let k = d.next;
    // "leader du Parti travailliste": an adjective after a capitalised word belongs to the name it ends.
    if (k <= 0 || tokens[k - 1]?.capitalized) return;
    for (let n = 0; n < 2 && tokens[k]?.word && !tokens[k].capitalized; n++) {
      const listed = cues.titleQualifiers.find((q) => sequenceAt(tokens, k, q));
      if (listed) k += listed.length;
      else if (!cues.adjectiveBeforeNoun && ADJECTIVE_ENDING.test(tokens[k].folded) && ctx.view.matchOver(tokens[k]) === undefined) k++;
      else break;
    }
    const after = tokens[k];
    if (k === d.next || !after || !(after.text === "," || (after.word && after.capitalized))) return;
    d.end = tokens[k - 1].end;
    d.next = k;
  },
};

/**
 * "le général (2S) Awa Diallo", "Lt Gen (retd) Mark Dunmore", "le général à la retraite Awa Diallo", "retired General
 * Mark Dunmore": a rank's qualifier in parentheses, one of the language's written bare before a capitalised name, or
 * one before the rank, is part of the rank, so that the name follows the title and the title its office's apposition.
 */
const rankQualifier: TitleRule = {
  name: "rankQualifier",
  widen(ctx, d) {
    const { tokens, cues } = ctx;
    const i = d.next;
    if (d.kind !== "military" || i < 0) return;
    // "the minister, retired General X": the qualifier before the rank, when nothing else widened the title there.
    const before = d.start === d.match.start ? cues.rankQualifiersBefore.find((q) => sequenceBefore(tokens, d.first, q) >= 0) : undefined;
    if (before) {
      d.start = tokens[sequenceBefore(tokens, d.first, before)].start;
      d.before = d.first - before.length - 1;
    }
    // "le général à la retraite X": the qualifier without parentheses, a capitalised name right after it.
    const bare = cues.rankQualifiersUnbracketed.find((q) => sequenceAt(tokens, i, q));
    const named = bare ? tokens[i + bare.length] : undefined;
    if (bare && named?.word && named.capitalized) {
      d.end = tokens[i + bare.length - 1].end;
      d.next = i + bare.length;
      return;
    }
    if (tokens[i]?.text !== "(") return;
    const qualifier = cues.rankQualifiers.find((q) => sequenceAt(tokens, i + 1, q));
    const close = qualifier ? tokens[i + 1 + qualifier.length] : undefined;
    if (!qualifier || close?.text !== ")") return;
    d.end = close.end;
    d.next = close.index + 1;
  },
};

/** Most words of a portfolio written in parentheses after an office: "(Maritime Affairs)", "(Indo-Pacific and Oceania)". */
const PARENTHESIZED_PORTFOLIO_WORDS = 5;

/**
 * "Joint Secretary (Maritime Affairs) X", "Additional Secretary (East Asia), X": a portfolio in parentheses after an
 * office that takes one, capitalised words and link words only, before a capitalised name or a comma, is the office's.
 */
const parenthesizedPortfolio: TitleRule = {
  name: "parenthesizedPortfolio",
  widen(ctx, d) {
    const { tokens } = ctx;
    const i = d.next;
    if (!takesPortfolio(ctx, d) || i < 0 || tokens[i]?.text !== "(" || !tokens[i + 1]?.capitalized) return;
    let k = i + 1;
    while (
      k < i + 1 + PARENTHESIZED_PORTFOLIO_WORDS &&
      tokens[k] &&
      (tokens[k].capitalized || FUNCTION_WORDS.has(tokens[k].folded) || tokens[k].text === "-")
    )
      k++;
    // "(BJP)", "(UK)": a party or a country in parentheses is whose the office is, or the holder's side, no portfolio.
    const owner = tokens.slice(i + 1, k).some((t) => ctx.view.matchesStartingAt(t.start).some((m) => ownerOf(m, ctx.index) !== null));
    const after = tokens[k + 1];
    if (owner || tokens[k]?.text !== ")" || !after || !(after.text === "," || (after.word && after.capitalized))) return;
    d.end = tokens[k].end;
    d.next = k + 1;
  },
};

/** The office's default owner when the text names none ("High Representative" → the EU). */
const defaultOwner: TitleRule = {
  name: "defaultOwner",
  widen(ctx, d) {
    // A modified office ("Deputy Secretary of State", "Under Secretary of Defense") is in the same government as the KB's.
    const defaultOf = ctx.index.title(d.titleId ?? d.match.targetId)?.defaultOf;
    if (d.of !== null || !defaultOf || defaultOf === "country") return;
    // "secrétaire d'État chargé de l'Europe", "Secretary of State for Defence": a portfolio makes another office than
    // the one the KB's default owner has (the United States' Secretary of State).
    if (d.portfolioWidened && d.kind === "minister") return;
    // "Defense Secretary Gilberto Teodoro": the office another country names alike, held by a person the KB places elsewhere.
    const next = ctx.tokens[d.next];
    const holder = next
      ? ctx.view
          .matchesStartingAt(next.start)
          .map((m) => ctx.index.record(m.targetId))
          .find((r) => r?.type === "Person")
      : undefined;
    if (defaultOf.startsWith("country:") && holder?.country && holder.country !== defaultOf) return;
    d.of = defaultOf;
  },
};

/** The office of a nation's leader, whatever its title ("dirigeant", "ruler"). */
const NATIONAL_LEADER = "title:leader";

/**
 * "the Russian leader Vladimir Putin", "le leader chinois": "leader" (a party's in the KB) owned by a country is the
 * nation's leader, not a party's ("Labour leader Keir Starmer" keeps his party's office).
 */
const leaderOfCountry: TitleRule = {
  name: "leaderOfCountry",
  widen(ctx, d) {
    if (d.titleId !== "title:party-leader" || d.of === null || !ctx.index.country(d.of)) return;
    const leader = ctx.index.title(NATIONAL_LEADER);
    if (!leader) return;
    d.titleId = leader.id;
    d.title = leader.title;
    d.kind = leader.kind;
  },
};

/**
 * "Minister for Defence Readiness and Industry", "ministre délégué chargé des Anciens combattants et de la Mémoire",
 * "Secretary of State for Defence Procurement": a minister's portfolio read on past the KB form is another office
 * than the KB's nearest one (not the Defence Minister): the office is the title as written, its owner's words
 * (demonym, complement) left out. A KB topic's remit keeps its English name ("… for Economic Security").
 */
const officeAsWritten: TitleRule = {
  name: "officeAsWritten",
  widen(ctx, d) {
    if (!d.portfolioWidened || d.kind !== "minister") return;
    let written = "";
    let from = d.officeStart;
    for (const owner of [...d.ownerSpans].sort((a, b) => a.start - b.start)) {
      if (owner.start >= from) written += `${ctx.text.slice(from, owner.start)} `;
      from = Math.max(from, owner.end);
    }
    written = `${written}${ctx.text.slice(from, Math.max(from, d.end))}`.replace(/\s+/gu, " ").trim();
    if (!written) return;
    d.title = `${written[0].toUpperCase()}${written.slice(1)}`;
    d.titleId = null;
  },
};

/** Widening rules, in the order they run on each KB title form. */
const TITLE_RULES: readonly TitleRule[] = [
  tenureBefore,
  modifiedOffice,
  viceOffice,
  ownerBefore,
  demonymAfter,
  deputyAfter,
  tenureAfter,
  unknownPortfolio,
  ownerComplement,
  forceComplement,
  tenureAfter,
  remit,
  attachedToMinister,
  remitAfterPreposition,
  coordinatedPortfolio,
  portfolioComplement,
  portfolioBeforeName,
  ownerComplement,
  tenureAfter,
  qualifierAfter,
  rankQualifier,
  parenthesizedPortfolio,
  defaultOwner,
  leaderOfCountry,
  officeAsWritten,
];

function draftOf(ctx: TitleContext, m: KbMatch, kbTitle: KbTitle): TitleDraft {
  const first = ctx.view.tokenStartingAt(m.start);
  return {
    match: m,
    start: m.start,
    end: m.end,
    title: kbTitle.title,
    titleId: kbTitle.id,
    kind: kbTitle.kind,
    of: null,
    tenure: "current",
    first,
    before: first > 0 ? first - 1 : -1,
    next: ctx.view.tokenEndingAt(m.end) >= 0 ? ctx.view.tokenEndingAt(m.end) + 1 : -1,
    officeStart: m.start,
    ownerSpans: [],
    portfolioWidened: false,
    absorbsTitle: false,
  };
}

/**
 * "la secrétaire mexicaine à l'Énergie", "le secrétaire américain au Trésor": a head noun that is no
 * title alone (the language's list) before a demonym, and the words after it, make a KB title form
 * together ("secrétaire à l'Énergie"). The head, read as that title's match, for the rules to widen.
 */
function headsBeforeDemonyms(ctx: TitleContext): KbMatch[] {
  const { tokens, view, text } = ctx;
  const out: KbMatch[] = [];
  for (const demonym of view.matches) {
    if (demonym.kind !== "demonym") continue;
    const head = tokens[view.tokenStartingAt(demonym.start) - 1];
    if (!head?.word || !ctx.cues.titleHeadsBeforeDemonym.has(head.folded) || view.matchOver(head) !== undefined) continue;
    const headMatch: KbMatch = { start: head.start, end: head.end, text: text.slice(head.start, head.end), targetId: "", kind: "title" };
    const longer = completeAcrossDemonym(ctx, headMatch, demonym.end);
    if (longer) out.push({ ...headMatch, targetId: longer.titleId });
  }
  return out;
}

export function findTitles(ctx: TitleContext): TitleMention[] {
  const { view, index, text } = ctx;
  const titles: TitleMention[] = [];
  const titleMatches = [...view.matches.filter((m) => m.kind === "title"), ...headsBeforeDemonyms(ctx)].sort((a, b) => a.start - b.start);
  let absorbedUntil = -1;
  for (const m of titleMatches) {
    const kbTitle = index.title(m.targetId);
    if (!kbTitle || m.start < absorbedUntil) continue;
    const draft = draftOf(ctx, m, kbTitle);
    for (const rule of TITLE_RULES) rule.widen(ctx, draft);
    if (draft.absorbsTitle) absorbedUntil = draft.end;
    titles.push({
      start: draft.start,
      end: draft.end,
      text: text.slice(draft.start, draft.end),
      sentenceIndex: ctx.sentenceIndex,
      titleId: draft.titleId,
      title: draft.title,
      kind: draft.kind,
      ofEntityId: draft.of,
      tenure: draft.tenure,
      counterpart: false,
    });
  }

  // Coordinated titles share the owner of the last one: "ministre de la Défense et Premier ministre japonais".
  const coordinated = (a: TitleMention, b: TitleMention) => COORDINATION.has(foldForMatch(text.slice(a.end, b.start)).trim());
  for (let k = titles.length - 2; k >= 0; k--) {
    const a = titles[k];
    const b = titles[k + 1];
    if (a.ofEntityId === null && coordinated(a, b) && b.tenure === "current") a.ofEntityId = b.ofEntityId;
  }
  // … and an owner before the first is the next ones' too: "Qatar's Prime Minister and Foreign Minister".
  for (let k = 1; k < titles.length; k++) {
    const a = titles[k - 1];
    const b = titles[k];
    if (b.ofEntityId === null && a.ofEntityId !== null && coordinated(a, b) && b.tenure === "current" && a.tenure === "current")
      b.ofEntityId = a.ofEntityId;
  }
  return titles;
}

/** The longest KB title form that is the first words of `name`, a capitalised word after it ("Emperor" in "Emperor Naruhito"). */
function titleOpening(ctx: TitleContext, name: string): KbMatch | undefined {
  const cuts = [...name.matchAll(/\s+(?=\p{Lu})/gu)].map((c) => c.index).reverse();
  for (const cut of cuts) {
    const prefix = name.slice(0, cut);
    const title = ctx.matcher.match(prefix).find((x) => x.kind === "title" && x.start === 0 && x.end === prefix.length);
    if (title) return title;
  }
  return undefined;
}

/**
 * "Emperor Naruhito", "King Charles III", "roi Charles III": a KB person's alias that opens with a KB title form holds
 * the office in its first words. The title is read there (the alias leaves no title match of its own), and the
 * person's mention is cut to the name after it, so that the office and its holder are told apart as elsewhere.
 * The titles found; `mentions` (the sentence's KB mentions) are cut in place.
 */
export function titlesOpeningKbNames(ctx: TitleContext, mentions: RawMention[]): TitleMention[] {
  const out: TitleMention[] = [];
  for (const m of mentions) {
    if (m.source !== "kb" || m.type !== "Person" || m.sentenceIndex !== ctx.sentenceIndex) continue;
    const inner = titleOpening(ctx, m.text);
    const kbTitle = inner ? ctx.index.title(inner.targetId) : undefined;
    if (!inner || !kbTitle) continue;
    const nameStart = m.start + inner.end + (m.text.slice(inner.end).length - m.text.slice(inner.end).trimStart().length);
    out.push({
      start: m.start,
      end: m.start + inner.end,
      text: m.text.slice(0, inner.end),
      sentenceIndex: ctx.sentenceIndex,
      titleId: kbTitle.id,
      title: kbTitle.title,
      kind: kbTitle.kind,
      ofEntityId: null,
      tenure: "current",
      counterpart: false,
    });
    m.text = ctx.text.slice(nameStart, m.end);
    m.name = m.text;
    m.start = nameStart;
  }
  return out;
}

/**
 * "homologue"/"counterpart" tokens: a title whose office is the one held by the other side,
 * the last title seen before it (`sentenceTitles` of this sentence, else `lastEarlier`, the last
 * one of the sentences before); its owner is the adjacent demonym.
 */
export function findCounterparts(
  ctx: TitleContext,
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
    const counterpart = (from: number, to: number, owner: string | null): TitleMention => ({
      start: from,
      end: to,
      text: text.slice(from, to),
      sentenceIndex: ctx.sentenceIndex,
      titleId: carries ? otherTitle.id : null,
      title: carries ? otherTitle.title : "Counterpart",
      kind: carries ? otherTitle.kind : "other",
      ofEntityId: owner,
      tenure: "current",
      counterpart: true,
    });
    out.push(counterpart(start, end, of));
    if (!after) return;
    // "ses homologues allemand Johann Wadephul et polonais Radosław Sikorski": each demonym after a
    // name and "et" (or a comma) opens the same office for that country.
    for (let k = view.tokenEndingAt(after.end) + 1; ;) {
      const named = nameWordsFrom(tokens, k);
      const joiner = tokens[named]?.folded ?? "";
      if (named === k || !(COORDINATION.has(joiner) || joiner === ",") || !tokens[named + 1]) break;
      const shared = matchStartingAt(view, tokens[named + 1].start, (x) => x.kind === "demonym");
      if (!shared) break;
      out.push(counterpart(shared.start, shared.end, ownerOf(shared, index)));
      k = view.tokenEndingAt(shared.end) + 1;
    }
  });
  return out;
}

/** The token after the capitalised words of a name read from token `k` (particles and hyphens between them): `k` when none. */
function nameWordsFrom(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < k + 8 && tokens[j]) {
    const t = tokens[j];
    const joiner = (t.text === "-" || NAME_PARTICLES.has(t.folded)) && j > k && tokens[j + 1]?.capitalized === true;
    if (!(t.word && t.capitalized) && !joiner) break;
    j++;
  }
  return j;
}
