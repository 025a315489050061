/**
 * Names that only a lower-case noun next to them reveals: an agreement closed by a pair of
 * parties ("pacte de coopération industrielle Japon-Italie"), a ministry written in lower case
 * ("le ministère japonais des Affaires étrangères"), a programme's code name ("the LAND 4100
 * programme", "le programme ORCA-2").
 */
import { ADJECTIVE_ENDING, AGREEMENT_NOUNS, FUNCTION_WORDS, HEAD_TYPES, NON_NAMES } from "./lexicon.js";
import { CONNECTORS, mention, sequenceAt, type NameContext } from "./name-context.js";
import type { Token } from "./tokens.js";
import type { RawMention } from "./types.js";
import type { TitleMention } from "../../src/model/mentions.js";
import { entityIdFor, foldForMatch } from "../../src/kb/normalize.js";

/** "partenariat de sécurité et de défense Japon-UE": an agreement noun closed by a pair of KB names. */
export function findNamedAgreements(ctx: NameContext): RawMention[] {
  const { tokens, view, index } = ctx;
  const out: RawMention[] = [];
  tokens.forEach((t, i) => {
    if (!AGREEMENT_NOUNS.has(t.folded) || !t.word) return;
    for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
      const c = tokens[k];
      if (!c.word) return;
      if (!c.text.includes("-")) continue;
      const parts = view.matchesWithin(c.start, c.end).filter((m) => m.kind === "alias");
      const owners = parts.filter((m) => {
        const type = index.record(m.targetId)?.type;
        return type === "Country" || type === "Organization";
      });
      if (owners.length >= 2 && owners[0].start === c.start && owners[owners.length - 1].end === c.end) {
        out.push(mention(ctx, t, c, "Agreement", "pairedAgreement"));
      }
      return;
    }
  });
  return out;
}

/** Most capitalised words in the name of a place-named agreement ("Trinity House", "Good Friday"). */
const MAX_AGREEMENT_NAME_WORDS = 4;

/**
 * "the Trinity House agreement", "the Minsk accords", "l'accord de Trinity House", "les accords de
 * Minsk": a definite agreement noun with a place's or a building's name before it (English) or after
 * "de" (French) is a named agreement, the name with it. The name's words may be a place or a capital
 * the knowledge base knows, never a country, an organisation, a demonym or a title (those are
 * parties: "the Japan agreement", "l'accord de la France").
 */
export function findPlaceNamedAgreements(ctx: NameContext): RawMention[] {
  const { tokens, view, index, cues } = ctx;
  const out: RawMention[] = [];
  const nameWord = (t: Token | undefined): t is Token =>
    !!t &&
    t.word &&
    t.capitalized &&
    !FUNCTION_WORDS.has(t.folded) &&
    view
      .matchesOver(t)
      .every((m) => m.kind === "capital" || m.kind === "metonym" || (m.kind === "alias" && index.record(m.targetId)?.type === "Place"));
  const definite = (t: Token | undefined) => !!t && /^(?:the|l'|le|la|les)$/u.test(t.folded);
  tokens.forEach((t, i) => {
    // English: "the" + the name + the noun.
    if (t.word && !t.capitalized && cues.agreementNameHeads.has(t.folded)) {
      let first = i;
      while (first > 0 && i - first < MAX_AGREEMENT_NAME_WORDS && nameWord(tokens[first - 1])) first--;
      if (first < i && definite(tokens[first - 1])) out.push(mention(ctx, tokens[first], t, "Agreement", "placeNamedAgreement"));
      return;
    }
    // French: the article + "accord de" + the name.
    if (!definite(tokens[i - 1])) return;
    const lead = cues.agreementNameLeads.find((words) => sequenceAt(tokens, i, words));
    if (!lead) return;
    const from = i + lead.length;
    let last = from - 1;
    while (last + 1 < tokens.length && last + 1 - from < MAX_AGREEMENT_NAME_WORDS && nameWord(tokens[last + 1])) last++;
    if (last >= from) out.push(mention(ctx, t, tokens[last], "Agreement", "placeNamedAgreement"));
  });
  return out;
}

const MINISTRY = new Set(["ministere", "ministry"]);
const MINISTRY_LINK = new Set(["de", "d'", "du", "des", "la", "l'", "of", "the", "for"]);

/**
 * "le ministère japonais des Affaires étrangères", "the ministry of Defence": a ministry
 * written in lower case is still an organisation when a capitalised portfolio follows.
 */
export function findMinistries(ctx: NameContext): RawMention[] {
  const { tokens, view } = ctx;
  const out: RawMention[] = [];
  tokens.forEach((t, i) => {
    if (!MINISTRY.has(t.folded) || t.capitalized) return;
    let j = i + 1;
    const demonym = tokens[j] && view.matchesStartingAt(tokens[j].start).find((m) => m.kind === "demonym");
    if (demonym) j = view.firstTokenFrom(demonym.end);
    if (j < 0) return;
    const from = j;
    while (j < from + 2 && tokens[j] && MINISTRY_LINK.has(tokens[j].folded)) j++;
    if (j === from || !tokens[j]?.capitalized || !tokens[j].word) return;
    let k = j;
    while (
      k < j + 5 &&
      tokens[k]?.word &&
      (tokens[k].capitalized || ADJECTIVE_ENDING.test(tokens[k].folded) || (CONNECTORS.has(tokens[k].folded) && tokens[k + 1]?.capitalized))
    )
      k++;
    out.push(mention(ctx, t, tokens[k - 1], "Organization", "lowercaseMinistry"));
  });
  return out;
}

/** A lower-case parliamentary committee: "la commission de la Défense", "la commission des Affaires étrangères du Sénat". */
const COMMITTEE = new Set(["commission"]);
const COMMITTEE_LINK = new Set(["de", "d'", "du", "des", "la", "l'"]);
const COMMITTEE_JOINERS = new Set(["et"]);

/**
 * "la commission de la Défense de l'Assemblée nationale", "la commission des Affaires étrangères du Sénat": a committee
 * written in lower case is an organisation when a capitalised portfolio the KB does not name follows ("la commission
 * de l'UA" is the AU's commission, no committee); the chamber after it (a legislature of the pack's list, with "de"/"du")
 * is part of its name.
 */
export function findCommittees(ctx: NameContext): RawMention[] {
  const { tokens, view, cues } = ctx;
  const out: RawMention[] = [];
  tokens.forEach((t, i) => {
    if (!COMMITTEE.has(t.folded) || t.capitalized) return;
    let j = i + 1;
    while (j < i + 3 && tokens[j] && COMMITTEE_LINK.has(tokens[j].folded)) j++;
    const first = tokens[j];
    if (j === i + 1 || !first?.word || !first.capitalized || view.matchOver(first) !== undefined) return;
    let k = j + 1;
    for (;;) {
      const c = tokens[k];
      if (c?.word && !c.capitalized && ADJECTIVE_ENDING.test(c.folded) && !FUNCTION_WORDS.has(c.folded)) k++;
      else if (c?.word && c.capitalized && view.matchOver(c) === undefined && !FUNCTION_WORDS.has(c.folded)) k++;
      // "et des Forces armées": a second portfolio joined to the first.
      else if (c && COMMITTEE_JOINERS.has(c.folded) && COMMITTEE_LINK.has(tokens[k + 1]?.folded ?? "") && tokens[k + 2]?.capitalized)
        k += 3;
      else break;
    }
    // The chamber: "de l'Assemblée nationale", "du Sénat".
    let chamber = k;
    while (chamber < k + 2 && tokens[chamber] && COMMITTEE_LINK.has(tokens[chamber].folded)) chamber++;
    const legislature = chamber > k ? cues.legislatures.find((l) => sequenceAt(tokens, chamber, l)) : undefined;
    if (legislature) {
      k = chamber + legislature.length;
      if (tokens[k]?.word && !tokens[k].capitalized && ADJECTIVE_ENDING.test(tokens[k].folded)) k++;
    }
    out.push(mention(ctx, t, tokens[k - 1], "Organization", "lowercaseCommittee"));
  });
  return out;
}

/** Most capitalised words of the place that names an institution written in lower case: "Castilla-La Mancha", "Saint-Louis". */
const INSTITUTION_PLACE_WORDS = 3;

/**
 * "l'université de Salamanque", "l'université du Québec", "the university of Salamanca": an institution written in lower case
 * (a head of the pack's LOWERCASE_INSTITUTION_HEADS, a link of its INSTITUTION_NAME_LINKS) is an organisation named with the
 * place after it, whose words are its name's, not a place or a country of the story ("l'université de Grenade" is no
 * mention of Grenada). The caller drops the knowledge base's mentions inside it.
 */
export function findLowercaseInstitutions(ctx: NameContext): RawMention[] {
  const { tokens, cues } = ctx;
  const out: RawMention[] = [];
  tokens.forEach((t, i) => {
    if (!t.word || t.capitalized || !cues.lowercaseInstitutionHeads.has(t.folded)) return;
    const link = cues.institutionNameLinks.find((words) => sequenceAt(tokens, i + 1, words));
    if (!link) return;
    const from = i + 1 + link.length;
    let k = from;
    while (k < from + INSTITUTION_PLACE_WORDS && tokens[k]?.word && tokens[k].capitalized && !FUNCTION_WORDS.has(tokens[k].folded)) k++;
    if (k > from) out.push(mention(ctx, t, tokens[k - 1], "Organization", "lowercaseInstitution"));
  });
  return out;
}

/** Words between an office and the ministry it serves: "Secretary of the Ministry", "Secretary to the Ministry", "in the Ministry". */
const OFFICE_TO_MINISTRY = new Set(["of", "to", "in", "the", "de", "du", "d'", "la", "l'", "au"]);

/**
 * "Secretary of the Ministry of Public Administration John Reed", "the Permanent Secretary of the Ministry of Defence,
 * X", "Kenya's Principal Secretary of the Ministry of Health": a ministry named (with its portfolio) inside an office's
 * words is an organisation, and the office's owner, not lost in the title's text nor replaced by a country. The title
 * keeps its span (the ministry's mention lies inside it, as after "secrétaire général du ministère de l'Intérieur"); its
 * office is the words before the ministry ("Secretary"). The titles are updated in place; the ministries returned.
 */
export function findMinistriesInTitles(ctx: NameContext, titles: readonly TitleMention[]): RawMention[] {
  const { tokens, view, index } = ctx;
  const out: RawMention[] = [];
  for (const title of titles) {
    if (title.ofEntityId !== null && index.record(title.ofEntityId)?.type === "Organization") continue;
    const first = view.firstTokenFrom(title.start);
    const last = view.tokenEndingAt(title.end);
    if (first < 0 || last < 0) continue;
    let k = first + 1;
    while (k < last && !MINISTRY.has(tokens[k].folded)) k++;
    // The ministry and its portfolio, capitalised ("Ministry of Defence"), after the office and its linking words.
    if (k >= last || !tokens[last].capitalized) continue;
    let j = k - 1;
    while (j > first && OFFICE_TO_MINISTRY.has(tokens[j].folded)) j--;
    if (j === k - 1) continue;
    const ministry = mention(ctx, tokens[k], tokens[last], "Organization", "ministryInTitle");
    const known = view.matchesWithin(ministry.start, ministry.end).find((m) => m.start === ministry.start && m.end === ministry.end);
    const kbId = known && index.record(known.targetId)?.type === "Organization" ? known.targetId : null;
    out.push({ ...ministry, source: kbId ? "kb" : "pattern", kbId });
    title.ofEntityId = kbId ?? entityIdFor("Organization", ministry.name);
    const at = title.title.lastIndexOf(ministry.text);
    if (at > 0) {
      const words = title.title.slice(0, at).trim().split(/\s+/u);
      while (words.length > 1 && OFFICE_TO_MINISTRY.has(foldForMatch(words[words.length - 1] ?? ""))) words.pop();
      title.title = words.join(" ");
    }
  }
  return out;
}

const PROGRAMME_NOUNS = new Set(["programme", "program", "projet", "project", "initiative"]);

/** A word of a programme's code name: an acronym ("SCAF", "SEA"), a code with digits ("3000", "F-35"), or a capitalised word. */
function codeWord(t: Token): "code" | "capitalized" | null {
  if (!t.word || FUNCTION_WORDS.has(t.folded) || NON_NAMES.has(t.folded)) return null;
  if (/\p{N}/u.test(t.text) || (t.text.length >= 2 && /\p{Lu}/u.test(t.text) && t.text === t.text.toUpperCase())) return "code";
  // An inner capital: "GlobalEye", "SkyShield".
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text)) return "code";
  return t.capitalized ? "capitalized" : null;
}

/**
 * "Australia's SEA 3000 programme", "le programme SCAF", "the F-35 program": a programme noun in
 * lower case next to a code name outside the knowledge base. The code name (up to three words,
 * one at least an acronym, a code with digits or a word with an inner capital) is the Program;
 * the noun is not part of it.
 * English puts the code before the noun, French after it.
 */
export function findCodedProgrammes(ctx: NameContext): RawMention[] {
  const { tokens, view } = ctx;
  const out: RawMention[] = [];
  const usable = (t: Token | undefined): t is Token =>
    t !== undefined &&
    view.matchOver(t) === undefined &&
    (codeWord(t) === "code" || (codeWord(t) === "capitalized" && !HEAD_TYPES.has(t.folded)));
  const push = (words: Token[]) => {
    // One word at least is a code, and one has letters: "the 2024 programme" names no programme.
    if (!words.some((w) => codeWord(w) === "code") || !words.some((w) => /\p{L}/u.test(w.text))) return;
    const first = words[0];
    const last = words[words.length - 1];
    // A sentence-initial capital is no evidence, unless the word is a code.
    if (first.index === 0 && codeWord(first) !== "code" && words.length === 1) return;
    out.push(mention(ctx, first, last, "Program", "codedProgramme"));
  };
  tokens.forEach((t, i) => {
    if (!PROGRAMME_NOUNS.has(t.folded) || t.capitalized) return;
    const before: Token[] = [];
    for (let k = i - 1; k >= Math.max(0, i - 3) && usable(tokens[k]); k--) before.unshift(tokens[k]);
    if (before.length) {
      push(before);
      return;
    }
    const after: Token[] = [];
    for (let k = i + 1; k <= i + 3 && usable(tokens[k]); k++) after.push(tokens[k]);
    if (after.length) push(after);
  });
  return out;
}
