/**
 * Agreements the text does not name: instruments told by their kind ("une lettre d'intention",
 * "the Treaty of Accession", "a memorandum of understanding") and generic nouns ("the treaty",
 * "un traité historique", "the new pact", "an arms transfer pact").
 *
 * Each head is first described by small named describers (what kind, about what, dated, with
 * which description), then resolved by the first resolver that applies, in order:
 *   accessionInstrument  "le traité accordant au pays l'adhésion à la CAE", "le protocole d'adhésion du pays andin"
 *                        → "Treaty of Accession of Somalia to the East African Community" (the acceding country is a party)
 *   topicInstrument      "une lettre d'intention en ce sens" (the initiative just named), "a MoU relating to the A400M"
 *                        → "European Intervention Initiative letter of intent" (its parties take part in the topic)
 *   datedInstrument      "the November 2010 treaty", "le traité de novembre 2010" → named as written, its own entity
 *   namedReferent        "le traité", "the pact", "un traité historique" (signed): the article's named agreement
 *                        (same sentence, else same kind, else the only one, else the latest when definite)
 *   earlierUnnamed       "the pact" after "an arms transfer pact": the unnamed agreement already found
 *   newDescribed         an instrument or a described noun in a signing sentence ("a pact allowing …", "arms transfer pact")
 *                        → named by its description, prefixed by its two parties once the relations know them
 * That is how a gold annotator names an agreement the text leaves unnamed: kind, then what it is
 * about (accession of whom to what, which programme), else its parties; the words of the text stay
 * its mentions, so any reader's name for it matches one of them.
 */
import type { LinkedEntity } from "../../src/model/mentions.js";
import { entityIdFor, foldForMatch } from "../../src/kb/normalize.js";
import type { ExtractionContext } from "./context.js";
import type { AgreementMention } from "./agreement-mention.js";
import type { RelationCues } from "./relation-cues.js";
import { isAdverb, PhraseSet, plainWordsOf, SentenceTokens, wordTokens, type Token } from "./sentence-tokens.js";
import { overlaps, type Span } from "./spans.js";

/** What the describers find about one agreement head. */
export interface AgreementHead extends Span {
  sentenceIndex: number;
  /** Token indices of the head phrase. */
  first: number;
  last: number;
  /** English kind: "Treaty", "Letter of Intent", "Treaty of Accession". */
  kind: string;
  /** The head's own words, folded ("traite", "letter of intent"). */
  word: string;
  /** Told by its instrument kind ("lettre d'intention"), not by a generic noun. */
  instrument: boolean;
  /** A noun that only refers back ("le texte", "the document"): never a new agreement. */
  referring: boolean;
  /** Who accedes to what; `guessed` when the text does not say who (the salient country). */
  accession: { country: string | null; organization: string | null; guessed: boolean } | null;
  topicId: string | null;
  date: string | null;
  /** Words that say what it is ("arms transfer", "de coopération renforcée"), as written. */
  described: boolean;
  /** The end of a topic told in words ("… allowing the transfer of …"): part of a new agreement's mention. */
  topicEnd: number | null;
  /** Parties named by a compound adjective ("l'accord franco-italien", "the Franco-British treaty"). */
  partyIds: string[];
  definite: boolean;
  /** "comparable deals", "d'autres accords": not this article's agreement. */
  other: boolean;
  /**
   * One of several agreements announced just before, told by an item word and its topic ("Three MoUs were signed:
   * one on ports, a second on …", "le deuxième, sur la pêche"): the singular noun that names each of them.
   */
  itemOf: string | null;
}

interface Context {
  ctx: ExtractionContext;
  cues: RelationCues;
  tokens: SentenceTokens;
  named: readonly AgreementMention[];
}

const isEntityToken = (t: Token | undefined, ...types: string[]): t is Token & { entityId: string } =>
  !!t && t.kind === "entity" && !!t.entityId && t.source !== "demonym" && (types.length === 0 || types.includes(t.entityType ?? ""));

const typeOf = (c: Context, id: string) => c.ctx.entityById.get(id)?.type ?? null;

// ---------------------------------------------------------------------------------------------
// Describers

type Describer = { name: string; describe(c: Context, h: AgreementHead): void };

const otherAgreement: Describer = {
  name: "otherAgreement",
  describe(c, h) {
    // "another, on training, by …", "un autre, sur la pêche": one of the agreements announced, not another's.
    if (h.itemOf !== null) return;
    const tokens = c.tokens.of(h.sentenceIndex);
    const set = c.cues.otherAgreementAdjectives;
    h.other = set.findAll(tokens, Math.max(0, h.first - 3), h.first).length > 0 || set.matchAt(tokens, h.last + 1) > 0;
    // "though no contract was signed", "aucun accord": denied, no agreement at all.
    h.other ||= c.cues.negativeDeterminers.findAll(tokens, Math.max(0, h.first - 2), h.first).length > 0;
  },
};

const definiteness: Describer = {
  name: "definiteness",
  describe(c, h) {
    const tokens = c.tokens.of(h.sentenceIndex);
    for (let k = h.first - 1; k >= Math.max(0, h.first - 5); k--) {
      if (c.cues.definiteDeterminers.matchAt(tokens, k) > 0) {
        h.definite = true;
        return;
      }
      const t = tokens[k];
      if (!t || t.kind !== "word" || c.cues.indefiniteArticles.matchAt(tokens, k) > 0) return;
    }
  },
};

/** "the November 2010 treaty" (a date right before, English), "le traité de novembre 2010" (after "de"). */
const datedHead: Describer = {
  name: "datedHead",
  describe(c, h) {
    const tokens = c.tokens.of(h.sentenceIndex);
    const valueOf = (t: Token) => c.ctx.temporal(h.sentenceIndex).find((x) => x.start === t.start)?.date ?? t.norm;
    const before = tokens[h.first - 1];
    if (before?.kind === "date" && c.cues.language === "en") {
      h.date = valueOf(before);
      h.start = before.start;
      return;
    }
    const of = tokens[h.last + 1];
    const after = tokens[h.last + 2];
    if (of && /^(?:de|du|d'|of)$/.test(of.norm) && after?.kind === "date") {
      h.date = valueOf(after);
      h.end = after.end;
    }
  },
};

/** A preposition, coordinator or pronoun: not part of a noun compound ("Signature of cooperation agreement"). */
function isLinkWord(c: Context, tokens: readonly Token[], k: number): boolean {
  const sets = [
    c.cues.ofWords,
    c.cues.topicIntroducers,
    c.cues.listFillers,
    c.cues.agentPrepositions,
    c.cues.locatives,
    c.cues.relativePronouns,
  ];
  return sets.some((set) => set.matchAt(tokens, k) > 0);
}

/** English noun compounds before the head ("arms transfer pact", "defence cooperation agreement"). */
const compoundModifiers: Describer = {
  name: "compoundModifiers",
  describe(c, h) {
    if (h.instrument || c.cues.language !== "en") return;
    const tokens = c.tokens.of(h.sentenceIndex);
    let k = h.first - 1;
    while (k >= 0) {
      const t = tokens[k];
      if (isEntityToken(t, "Topic") && /^\p{Ll}/u.test(c.ctx.text.slice(t.start, t.end))) {
        k--; // "defence cooperation agreement": a subject the knowledge base knows
        continue;
      }
      if (!t || t.kind !== "word" || !/^\p{Ll}[\p{Ll}-]+$/u.test(c.ctx.text.slice(t.start, t.end))) break;
      if (c.cues.definiteDeterminers.matchAt(tokens, k) > 0 || c.cues.evaluativeAdjectives.matchAt(tokens, k) > 0) break;
      if (c.cues.indefiniteArticles.matchAt(tokens, k) > 0 || c.cues.otherAgreementAdjectives.matchAt(tokens, k) > 0) break;
      if (c.cues.signVerbs.matchAt(tokens, k) > 0 || isLinkWord(c, tokens, k)) break;
      // "a second memorandum": which of the agreements told, not what it is about.
      if (c.cues.agreementItemWords.endsAt(tokens, k + 1, 3) >= 0) break;
      // "a $600 million contract": an amount, not what it is about.
      if (c.cues.amountWords.matchAt(tokens, k) > 0) break;
      k--;
    }
    if (k + 1 < h.first) {
      h.start = tokens[k + 1]?.start ?? h.start;
      h.described = true;
    }
  },
};

/** Its value: "un contrat d'une valeur de 2 milliards d'euros", "a contract worth 3 billion dollars" (the amount told in full). */
const valueComplement: Describer = {
  name: "valueComplement",
  describe(c, h) {
    if (h.instrument) return;
    const tokens = c.tokens.of(h.sentenceIndex);
    let k = c.cues.valueComplements.matchAt(tokens, h.last + 1);
    if (k < 0) return;
    let end = -1;
    for (; k < tokens.length; k++) {
      const t = tokens[k];
      const decimal = /^[.,]$/.test(t?.norm ?? "") && /^\d/.test(tokens[k - 1]?.norm ?? "") && /^\d/.test(tokens[k + 1]?.norm ?? "");
      if (!t || !(/^\d[\d.,]*$/.test(t.norm) || decimal || c.cues.amountWords.matchAt(tokens, k) > 0)) break;
      if (/^\d/.test(t.norm) || !["de", "d'"].includes(t.norm)) end = t.end;
    }
    if (end < 0) return;
    h.end = end;
    h.described = true;
  },
};

/** French complements of the head: "traité de coopération renforcée", "accord de défense". */
const nounComplement: Describer = {
  name: "nounComplement",
  describe(c, h) {
    if (h.instrument || c.cues.language !== "fr" || h.date || h.described) return;
    const tokens = c.tokens.of(h.sentenceIndex);
    const of = tokens[h.last + 1];
    if (!of || !/^(?:de|d')$/.test(of.norm)) return;
    let k = h.last + 2;
    let end = -1;
    while (k < tokens.length && k - h.last <= 4) {
      const t = tokens[k];
      if (isEntityToken(t, "Topic") && /^\p{Ll}/u.test(c.ctx.text.slice(t.start, t.end))) {
        end = t.end; // "accord de coopération militaire": a subject the knowledge base knows
        k++;
        continue;
      }
      if (!t || t.kind !== "word" || !/^\p{Ll}/u.test(c.ctx.text.slice(t.start, t.end))) break;
      if (/^\d/.test(t.norm) || c.cues.definiteDeterminers.matchAt(tokens, k) > 0 || c.cues.coordinators.matchAt(tokens, k) > 0) break;
      if (c.cues.relativePronouns.matchAt(tokens, k) > 0 || c.cues.topicIntroducers.matchAt(tokens, k) > 0) break;
      if (c.cues.clauseBreaks.matchAt(tokens, k) > 0) break;
      // "un contrat de douze hélicoptères a été conclu": the sentence's verb ends it.
      if ([c.cues.copulas, c.cues.signVerbs, c.cues.signedParticiples, c.cues.modalPassives].some((verbs) => verbs.matchAt(tokens, k) > 0))
        break;
      if (compoundCountries(c, tokens, k, k + 1)) break; // "franco-italien" names the parties
      end = t.end;
      k++;
    }
    if (end > 0) {
      h.end = end;
      h.described = true;
    }
  },
};

const demonymCache = new WeakMap<Context["ctx"]["kb"], Map<string, string>>();

/** Folded demonym → country id, from the knowledge base ("italien" → country:IT). */
function demonymsOf(c: Context): Map<string, string> {
  let map = demonymCache.get(c.ctx.kb);
  if (!map) {
    map = new Map();
    for (const entry of c.ctx.kb.byId.values()) if ("iso2" in entry) for (const d of entry.demonyms) map.set(foldForMatch(d), entry.id);
    demonymCache.set(c.ctx.kb, map);
  }
  return map;
}

/** The countries of a compound adjective made of tokens [from, to): "franco" "-" <italien>, or one word "franco-italien". */
function compoundCountries(c: Context, tokens: readonly Token[], from: number, to: number): string[] | null {
  const countries: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t) return null;
    if (t.norm === "-") continue;
    if (t.kind === "entity" && t.source === "demonym" && t.entityType === "Country" && t.entityId) {
      countries.push(t.entityId);
      continue;
    }
    if (t.kind !== "word") return null;
    const parts = t.norm.split("-");
    for (const part of parts) {
      const id = c.cues.combiningForms.get(part) ?? (part === parts[parts.length - 1] ? demonymsOf(c).get(part) : undefined);
      if (!id) return null;
      countries.push(id);
    }
  }
  return countries.length >= 2 ? [...new Set(countries)] : null;
}

/** "l'accord franco-italien" (after the head), "the Franco-British treaty" (before it): the parties, when the text names them. */
const adjectivalParties: Describer = {
  name: "adjectivalParties",
  describe(c, h) {
    const tokens = c.tokens.of(h.sentenceIndex);
    const known = (ids: string[]) => ids.filter((id) => c.ctx.entityById.has(id));
    const at = (offset: number) => tokens.findIndex((t) => t.start >= offset);
    if (c.cues.language === "fr") {
      const from = at(h.end);
      for (let to = Math.min(tokens.length, from + 3); to > from; to--) {
        const countries = from >= 0 ? compoundCountries(c, tokens, from, to) : null;
        const last = tokens[to - 1];
        if (countries && last && tokens[from]?.start === h.end + 1) {
          h.partyIds = known(countries);
          h.end = last.end;
          h.described = true;
          return;
        }
      }
      return;
    }
    const to = at(h.start);
    for (let from = Math.max(0, to - 3); from < to; from++) {
      const countries = compoundCountries(c, tokens, from, to);
      const first = tokens[from];
      if (countries && first) {
        h.partyIds = known(countries);
        h.start = first.start;
        h.described = true;
        return;
      }
    }
  },
};

/** The last programme or organisation named in sentence i. */
function lastTopicIn(c: Context, i: number): string | null {
  const tokens = c.tokens.of(i);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (isEntityToken(t, "Program", "Organization")) return t.entityId;
  }
  return null;
}

/** "training 1,500 civil servants", "1.500 fonctionnaires": a comma or a point between digits written together, no break. */
function separatesDigits(tokens: readonly Token[], k: number): boolean {
  const [before, mark, after] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  return (
    before !== undefined &&
    mark !== undefined &&
    after !== undefined &&
    /^\d+$/u.test(before.norm) &&
    /^\d{3}$/u.test(after.norm) &&
    before.end === mark.start &&
    mark.end === after.start
  );
}

/** Whether an agreement's noun starts at token k, maybe after an article or a determiner ("une lettre d'intention", "a memorandum"). */
function opensAgreement(c: Context, tokens: readonly Token[], k: number): boolean {
  const article = Math.max(c.cues.indefiniteArticles.matchAt(tokens, k), c.cues.definiteDeterminers.matchAt(tokens, k));
  return headSetsOf(c.cues).matchAt(tokens, article > 0 ? article : k) > 0;
}

/**
 * The end of a topic clause: punctuation, a relative pronoun, a conjunction of time or cause,
 * a preposition that opens another complement ("… technology to Jakarta", "… with Japan"), or the
 * sentence's verb ("a memorandum on critical minerals was signed", "un accord sur X a été signé").
 */
function topicEnd(c: Context, tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length) {
    const t = tokens[k];
    if (!t || (/^[,;:.()«»"“”]$/.test(t.norm) && !separatesDigits(tokens, k)) || t.kind === "date") break;
    if (k > from && (c.cues.relativePronouns.matchAt(tokens, k) > 0 || c.cues.clauseBreaks.matchAt(tokens, k) > 0)) break;
    if (
      k > from &&
      [c.cues.copulas, c.cues.signVerbs, c.cues.signedParticiples, c.cues.modalPassives].some((verbs) => verbs.matchAt(tokens, k) > 0)
    )
      break;
    // "a letter of intent on training and agreed an arrangement …": the coordinator opens another verb.
    const coordinated = c.cues.coordinators.matchAt(tokens, k);
    if (k > from && coordinated > 0 && c.cues.signVerbs.matchAt(tokens, coordinated) > 0) break;
    // "un mémorandum sur la formation et une lettre d'intention sur …": the coordinator opens another agreement.
    if (k > from && coordinated > 0 && opensAgreement(c, tokens, coordinated)) break;
    // A city after one word of topic is where it was signed ("an agreement on defence in London"); a
    // country after one word may be the topic's ("an agreement on investment in Kenya").
    if (k > from && c.cues.locatives.matchAt(tokens, k) > 0 && isEntityToken(tokens[k + 1], "Place")) break;
    if (k > from + 1 && c.cues.locatives.matchAt(tokens, k) > 0 && isEntityToken(tokens[k + 1], "Place", "Country")) break;
    if (k > from + 1 && /^(?:to|a|au|aux)$/.test(t.norm) && isEntityToken(tokens[k + 1], "Place", "Country")) break;
    k++;
  }
  return k;
}

/** What the instrument is about: "en ce sens" (what the sentence before named), "relating to …", "accordant … l'adhésion à la CAE". */
const topicClause: Describer = {
  name: "topicClause",
  describe(c, h) {
    const tokens = c.tokens.of(h.sentenceIndex);
    let k = h.last + 1;
    // "a third, on civil-service training", "the first MoU, on port logistics", "le premier protocole, relatif à …": the
    // topic of one of the agreements told, after a comma.
    const ordinal = h.itemOf !== null || c.cues.agreementItemWords.endsAt(tokens, h.first, 3) >= 0;
    if (ordinal && tokens[k]?.norm === ",") k++;
    if (tokens[k]?.norm === "(") {
      const close = tokens.findIndex((t, j) => j > k && t.norm === ")");
      if (close > 0) k = close + 1;
    }
    // "une lettre d'intention en ce sens": the topic of the previous sentence.
    if (c.cues.topicBackReferences.matchAt(tokens, k) > 0) {
      h.topicId = lastTopicIn(c, h.sentenceIndex - 1);
      return;
    }
    const intro = c.cues.topicIntroducers.matchAt(tokens, k);
    if (intro < 0) return;
    const end = topicEnd(c, tokens, intro);
    const accession = c.cues.accessionNouns.findAll(tokens, intro, end)[0];
    if (accession) {
      h.accession = { country: null, organization: null, guessed: false };
      for (let j = intro; j < end; j++) {
        const t = tokens[j];
        if (isEntityToken(t, "Organization")) h.accession.organization ??= t.entityId;
        if (isEntityToken(t, "Country")) h.accession.country ??= t.entityId;
      }
      // "accordant au pays l'adhésion": the country stood for by "au pays".
      h.accession.country ??= countryAnaphorIn(c, h.sentenceIndex, tokens, intro, end);
      return;
    }
    for (let j = intro; j < end; j++) {
      const t = tokens[j];
      if (isEntityToken(t, "Program", "Organization")) {
        h.topicId = t.entityId;
        return;
      }
    }
    // "a pact allowing the transfer of Japanese military equipment and technology": what it is about, in its words;
    // never someone ("on the directives of King X") nor on whose behalf.
    const last = tokens[end - 1];
    const someone = tokens.slice(intro, end).some((t) => t.kind === "title" || isEntityToken(t, "Person"));
    const behalf = c.cues.representedCues.matchAt(tokens, k) > 0 || c.cues.onBehalfOf.matchAt(tokens, k) > 0;
    if (end > intro && last && !h.date && !someone && !behalf) h.topicEnd = last.end;
  },
};

/** "le pays", "au pays", "the country" between two tokens: the country it stands for. */
function countryAnaphorIn(c: Context, i: number, tokens: readonly Token[], from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const det = c.cues.definiteDeterminers.matchAt(tokens, k);
    const nounAt = det > 0 ? det : /^(?:au|du|aux)$/.test(tokens[k]?.norm ?? "") ? k + 1 : -1;
    if (nounAt > 0 && c.cues.countryAnaphors.matchAt(tokens, nounAt) > 0) return salientCountry(c, i, tokens[k]?.start ?? 0);
  }
  return null;
}

/** The country "le pays" stands for: the nearest named before in the sentence, else a recent sentence subject, else the most mentioned. */
function salientCountry(c: Context, i: number, before: number): string | null {
  const here = c.tokens
    .of(i)
    .filter((t) => t.end <= before && isEntityToken(t, "Country"))
    .pop();
  if (here?.entityId) return here.entityId;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = c.tokens.of(j).find((x) => x.kind === "entity" && x.source !== "demonym");
    if (isEntityToken(t, "Country")) return t.entityId;
  }
  return mostMentioned(c, "Country");
}

function mostMentioned(c: Context, type: string): string | null {
  const counts = new Map<string, number>();
  for (const m of c.ctx.linked.mentions)
    if (m.source !== "demonym" && typeOf(c, m.entityId) === type) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = id;
  return best;
}

/** An accession instrument by kind ("protocole d'adhésion du pays andin … pour devenir membre du Mercosur"): who accedes to what. */
const accessionKind: Describer = {
  name: "accessionKind",
  describe(c, h) {
    if (!h.accession && !/Accession/.test(h.kind)) return;
    const tokens = c.tokens.of(h.sentenceIndex);
    h.accession ??= { country: null, organization: null, guessed: false };
    const of = tokens[h.last + 1];
    if (!h.accession.country && of && /^(?:de|du|d'|of)$/.test(of.norm)) {
      const t = tokens[h.last + 2];
      h.accession.country = isEntityToken(t, "Country") ? t.entityId : countryAnaphorIn(c, h.sentenceIndex, tokens, h.last + 1, h.last + 3);
    }
    if (!h.accession.organization) {
      const org = tokens.slice(h.last + 1).find((t) => isEntityToken(t, "Organization") && !isNational(c, t.entityId));
      h.accession.organization = org?.entityId ?? null;
    }
    if (!h.accession.country) {
      // Not said here: the country the story is about (a recent subject, else the most mentioned), not a place nearby.
      h.accession.country = salientCountry(c, h.sentenceIndex, c.ctx.sentences[h.sentenceIndex]?.start ?? 0);
      h.accession.guessed = true;
    }
    h.accession.organization ??= salientOrganization(c);
  },
};

/** An organisation of one country (a ministry, a firm): not one a country accedes to. */
function isNational(c: Context, id: string): boolean {
  const kb = c.ctx.kb.byId.get(id);
  return !!kb && !("iso2" in kb) && !!kb.country;
}

function salientOrganization(c: Context): string | null {
  const counts = new Map<string, number>();
  for (const m of c.ctx.linked.mentions)
    if (typeOf(c, m.entityId) === "Organization" && !isNational(c, m.entityId)) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = id;
  return best;
}

/** The describers, in order. */
const AGREEMENT_DESCRIBERS: readonly Describer[] = [
  otherAgreement,
  definiteness,
  datedHead,
  compoundModifiers,
  valueComplement,
  nounComplement,
  adjectivalParties,
  topicClause,
  accessionKind,
];

// ---------------------------------------------------------------------------------------------
// Resolvers

/** An unnamed agreement found in this document. */
export interface UnnamedAgreement {
  id: string;
  name: string;
  kind: string;
  key: string;
  partyIds: string[];
  topicId: string | null;
  /** Its name is a description; prefix it with its two parties once known. */
  byParties: boolean;
  /** Told by what it is about in words ("the MoU on hydrography"): a noun told by another topic is another one. */
  topical?: boolean;
}

interface Resolution {
  /** An agreement already named (KB or by shape) that this head stands for. */
  referTo?: string;
  /** Or an unnamed agreement, by its coreference key. */
  unnamed?: Omit<UnnamedAgreement, "id">;
}

interface ResolverInput {
  c: Context;
  h: AgreementHead;
  text: string;
  signing: boolean;
  found: ReadonlyMap<string, UnnamedAgreement>;
  latestUnnamed: (kind: string | null) => UnnamedAgreement | null;
  /** In the headline: the agreement the story signs (named or not), if any. */
  storySigned: () => string | null;
  /** Agreement mentions before this head, named or resolved, in text order. */
  earlier: () => AgreementMention[];
  /** The name of an agreement entity, named or unnamed. */
  nameOfAny: (id: string) => string | null;
}

type Resolver = { name: string; resolve(x: ResolverInput): Resolution | null };

const nameOf = (c: Context, id: string | null): string | null => (id ? (c.ctx.entityById.get(id)?.name ?? null) : null);

const accessionInstrument: Resolver = {
  name: "accessionInstrument",
  resolve({ c, h, found }) {
    if (!h.accession?.country || !h.accession.organization) return null;
    const kind = /Accession/.test(h.kind) ? h.kind : `${h.kind} of Accession`;
    const family = kind.replace(/ of Accession$/, "");
    // "la signature du Traité d'adhésion" after "le traité accordant au pays l'adhésion": the same one.
    const same = h.accession.guessed ? [...found.values()].find((u) => u.key.startsWith(`accession|${family}|`)) : undefined;
    if (same) return { unnamed: same };
    const { country, organization } = h.accession;
    return {
      unnamed: {
        name: `${kind} of ${nameOf(c, country) ?? country} to ${nameOf(c, organization) ?? organization}`,
        kind,
        key: `accession|${family}|${country}|${organization}`,
        partyIds: [country],
        topicId: organization,
        byParties: false,
      },
    };
  },
};

const topicInstrument: Resolver = {
  name: "topicInstrument",
  resolve({ c, h }) {
    if (!h.topicId || !h.instrument) return null;
    return {
      unnamed: {
        name: `${nameOf(c, h.topicId) ?? h.topicId} ${h.kind.toLowerCase()}`,
        kind: h.kind,
        key: `topic|${h.kind}|${h.topicId}`,
        partyIds: [],
        topicId: h.topicId,
        byParties: false,
      },
    };
  },
};

/**
 * Whether a date is one the story told before (an event of the article): "l'accord du 3 mars" after
 * the meeting "le 3 mars" (the same day, even when tense resolved the two to different years).
 */
function storyDate(c: Context, i: number, date: string): boolean {
  const sameDay = (d: string) => d === date || (d.length === 10 && date.length === 10 && d.slice(5) === date.slice(5));
  for (let j = 0; j < i; j++) if (c.ctx.temporal(j).some((t) => sameDay(t.date))) return true;
  return false;
}

/** "a treaty establishing the X Union", "an agreement on the Y programme", signed or definite: named by its topic. */
const topicGeneric: Resolver = {
  name: "topicGeneric",
  resolve(x) {
    if (x.h.instrument || !x.h.topicId || (!x.signing && !x.h.definite)) return null;
    return topicInstrument.resolve({ ...x, h: { ...x.h, instrument: true } });
  },
};

const datedInstrument: Resolver = {
  name: "datedInstrument",
  resolve({ c, h, text }) {
    // A date of the story's own events names what they produced, not another instrument.
    if (!h.date || storyDate(c, h.sentenceIndex, h.date)) return null;
    return { unnamed: { name: text, kind: h.kind, key: `dated|${h.kind}|${h.date}`, partyIds: [], topicId: null, byParties: false } };
  },
};

/** Whether a name holds the head's kind or its word ("Quirinal Treaty" or "traité d'Otrante" for "le traité"). */
const sameKind = (name: string, h: AgreementHead): boolean => {
  const folded = foldForMatch(name);
  return folded.includes(foldForMatch(h.kind)) || folded.includes(h.word);
};

/** A headline's agreement is the one the story signs: "Japan, Indonesia sign arms transfer pact" → the pact of the body. */
const headlineReferent: Resolver = {
  name: "headlineReferent",
  resolve({ c, h, storySigned }) {
    if (c.ctx.sentences[h.sentenceIndex]?.zone !== "title") return null;
    const id = storySigned();
    return id ? { referTo: id } : null;
  },
};

/** The countries a sentence names, by name or demonym. */
function countriesIn(c: Context, i: number): Set<string> {
  return new Set(
    (c.ctx.mentionsBySentence[i] ?? []).filter((m) => c.ctx.entityById.get(m.entityId)?.type === "Country").map((m) => m.entityId),
  );
}

/**
 * "X and Y signed the agreement … India and France inked a deal": an indefinite noun whose sentence
 * names countries, none of them named where the earlier agreement was told, is another agreement.
 */
function namesOtherCountries(c: Context, h: AgreementHead, id: string, before: readonly AgreementMention[]): boolean {
  if (h.definite) return false;
  // "X a signé un accord avec Y, tandis que Z a signé un traité avec W": the object of another verb of signing of the
  // same sentence is another agreement.
  const tokens = c.tokens.of(h.sentenceIndex);
  const signedAgain = (a: AgreementMention) =>
    c.cues.signVerbs.findAll(tokens).some((v) => (tokens[v.start]?.start ?? 0) >= a.end && (tokens[v.end - 1]?.end ?? 0) <= h.start);
  if (before.some((a) => a.entityId === id && a.sentenceIndex === h.sentenceIndex && signedAgain(a))) return true;
  const here = countriesIn(c, h.sentenceIndex);
  const there = new Set(before.flatMap((a) => (a.entityId === id ? [...countriesIn(c, a.sentenceIndex)] : [])));
  return here.size > 0 && there.size > 0 && ![...here].some((country) => there.has(country));
}

/**
 * Kinds that never stand for an agreement of another kind: "the contract" after a treaty or an arrangement
 * between governments is the sale that goes with it, not that text.
 */
const KINDS_OF_THEIR_OWN: ReadonlySet<string> = new Set(["Contract", "Roadmap"]);

/** Kinds that are an agreement only where their sentence signs or adopts them: "élaborer une feuille de route" is a plan. */
const SIGNED_ONLY_KINDS: ReadonlySet<string> = new Set(["Roadmap"]);

/**
 * Whether an indefinite noun's sentence and the sentence of an agreement told elsewhere give different dates: "In 2024
 * the two countries signed a defence agreement. On Tuesday the ministers signed an agreement …" tells another one.
 */
function toldOnAnotherDate(c: Context, h: AgreementHead, a: { sentenceIndex: number }): boolean {
  if (h.definite || a.sentenceIndex === h.sentenceIndex) return false;
  const datesOf = (i: number) => c.ctx.temporal(i).map((t) => t.date);
  const here = datesOf(h.sentenceIndex);
  const there = datesOf(a.sentenceIndex);
  return here.length > 0 && there.length > 0 && !here.some((x) => there.some((y) => x.startsWith(y) || y.startsWith(x)));
}

const namedReferent: Resolver = {
  name: "namedReferent",
  resolve({ c, h, text, signing, earlier, nameOfAny, found }) {
    if (h.instrument || (!h.definite && !signing)) return null;
    // Named in the same sentence: before it, or after it when the noun says nothing more ("the agreement … RCEP").
    const here = c.named.filter((a) => a.sentenceIndex === h.sentenceIndex);
    const hereBefore = here.filter((a) => a.end <= h.start).pop();
    if (hereBefore) return { referTo: hereBefore.entityId };
    if (here[0] && !h.described) return { referTo: here[0].entityId };
    const told = earlier().filter((a) => !toldOnAnotherDate(c, h, a));
    const before = told.filter((a) => !namesOtherCountries(c, h, a.entityId, told));
    const ofKind = (a: AgreementMention) => sameKind(nameOfAny(a.entityId) ?? a.text, h) || sameKind(a.text, h);
    // Of the same kind ("le traité" → "le traité du Quirinal"): the latest before, else one named later,
    // unless that one is told as background ("…, which they signed in 2022").
    // An indefinite noun that says what it is about is not an unnamed one told before with other words
    // ("un accord sur la coopération navale … un accord sur la coopération spatiale").
    // Nor, definite, one told by another topic ("The MoU on hydrography … The MoU on digital identity").
    const unnamedElsewhere = (a: AgreementMention) =>
      (!h.definite || (h.topicEnd !== null && toldByTopic(found, a.entityId))) &&
      h.described &&
      !c.named.some((n) => n.entityId === a.entityId) &&
      !sameDescription(text, nameOfAny(a.entityId) ?? a.text);
    const sameBefore = before.filter((a) => ofKind(a) && !unnamedElsewhere(a)).pop();
    if (sameBefore) return { referTo: sameBefore.entityId };
    const after = c.named.find((a) => a.start > h.end && ofKind(a) && !signedInRelativeClause(c, a) && !toldOnAnotherDate(c, h, a));
    if (after) return { referTo: after.entityId };
    // Of another kind named later, what the story signs ("ont signé un vaste accord … Borrell a signé vendredi le partenariat"):
    // an indefinite noun in a lead, not "le document" that refers back.
    if (signing && !h.definite) {
      const later = c.named.find((a) => a.start > h.end && signedInMainClause(c, a) && !toldOnAnotherDate(c, h, a));
      if (later) return { referTo: later.entityId };
    }
    if (h.described || KINDS_OF_THEIR_OWN.has(h.kind)) return null;
    // "The pact, announced this month, …", "the treaty": the latest agreement told before, or the only one.
    if (h.definite && before.length > 0) return { referTo: before[before.length - 1]?.entityId };
    if (new Set(before.map((a) => a.entityId)).size === 1) return { referTo: before[0]?.entityId };
    return null;
  },
};

/** The signing verbs of a sentence, each told in a relative clause ("which Japan and Australia signed in 2022") or not. */
function signings(c: Context, i: number): boolean[] {
  const tokens = c.tokens.of(i);
  const hits = [...c.cues.signVerbs.findAll(tokens), ...c.cues.signedParticiples.findAll(tokens)];
  const told = hits.map((hit) => c.cues.relativePronouns.findAll(tokens, Math.max(0, hit.start - 5), hit.start).length > 0);
  // "the signature by A and B of a MoU": a signing told by a noun is the story's.
  return [...told, ...c.cues.signingNouns.findAll(tokens).map(() => false)];
}

/** Whether the sentence of an agreement's mention signs it in a main clause. */
const signedInMainClause = (c: Context, a: { sentenceIndex: number }): boolean =>
  signings(c, a.sentenceIndex).some((relative) => !relative);

/**
 * Whether the sentence of an agreement's mention tells of its signing only in a relative clause: background. A
 * participle right after the name is one too ("the Trinity House agreement signed by the two countries in October
 * 2024", "l'accord de Lancaster House signé en 2010").
 */
const signedInRelativeClause = (c: Context, a: Span & { sentenceIndex: number }): boolean => {
  const tokens = c.tokens.of(a.sentenceIndex);
  const next = tokens.findIndex((t) => t.start >= a.end);
  if (next >= 0 && c.cues.signedParticiples.findAll(tokens, next, Math.min(tokens.length, next + 3)).some((hit) => hit.start === next))
    return true;
  const all = signings(c, a.sentenceIndex);
  return all.length > 0 && all.every((relative) => relative);
};

const earlierUnnamed: Resolver = {
  name: "earlierUnnamed",
  resolve({ c, h, text, latestUnnamed, found, signing, earlier }) {
    if (h.instrument) {
      // "une lettre d'intention sur la formation … une lettre d'intention sur la fiscalité": an indefinite instrument
      // told by what it is about, other than the one already found, is another one.
      // Definite, told by another topic than the one found ("the letter of intent on taxation"): another one too.
      const same = [...found.values()]
        .reverse()
        .find(
          (u) =>
            u.kind === h.kind &&
            ((h.definite && !(u.topical && h.topicEnd !== null)) || h.topicEnd === null || sameDescription(text, u.name)),
        );
      return same ? { unnamed: same } : null;
    }
    if (!h.definite && !signing) return null;
    // "the deal", "the agreement": the latest unnamed one of the same kind, else of any kind.
    const latest = latestUnnamed(h.kind) ?? (KINDS_OF_THEIR_OWN.has(h.kind) ? null : latestUnnamed(null));
    if (!latest) return null;
    // "A memorandum on critical minerals was signed … An agreement on defence cooperation was signed": an
    // indefinite noun that says what it is about, other than the latest, is another agreement.
    // Likewise an indefinite noun described by its own words ("agreed a government-to-government arrangement").
    if (!h.definite && (h.topicEnd !== null || h.described) && !sameDescription(text, latest.name)) return null;
    // "The MoU on hydrography was signed by … The MoU on digital identity was signed by …": a definite noun told by
    // another topic than the latest's is another agreement too.
    if (h.definite && h.topicEnd !== null && latest.topical && !sameDescription(text, latest.name)) return null;
    // Told only on another date than this indefinite noun's sentence: another one.
    const toldOf = earlier().filter((a) => a.entityId === latest.id);
    if (toldOf.length > 0 && toldOf.every((a) => toldOnAnotherDate(c, h, a))) return null;
    return namesOtherCountries(c, h, latest.id, earlier()) ? null : { unnamed: latest };
  },
};

/** Whether an agreement is an unnamed one found here told by what it is about. */
const toldByTopic = (found: ReadonlyMap<string, UnnamedAgreement>, id: string): boolean =>
  [...found.values()].some((u) => u.id === id && u.topical === true);

/** Whether a description is the one an unnamed agreement is known by (its name may lead with its parties: "Japan-India memorandum …"). */
function sameDescription(text: string, name: string): boolean {
  const folded = (x: string) => foldForMatch(x).replace(/^(?:an?|the|une?|l['’]|les?|la|des?)\s+/u, "");
  const own = folded(text);
  return own.length > 0 && folded(name).endsWith(own);
}

const newDescribed: Resolver = {
  name: "newDescribed",
  resolve({ h, text, signing }) {
    if (!signing && h.partyIds.length === 0) return null;
    const key = `described|${h.kind}|${text.toLowerCase()}`;
    // "accord franco-italien" names its parties already.
    return {
      unnamed: {
        name: text,
        kind: h.kind,
        key,
        partyIds: h.partyIds,
        topicId: null,
        byParties: h.partyIds.length === 0,
        topical: h.topicEnd !== null,
      },
    };
  },
};

/**
 * "Three MoUs were signed: one on ports, …, and a third, on civil-service training, by …", "le deuxième, sur la pêche
 * artisanale, par …": each item a new agreement, named by the announced noun's singular and its topic.
 */
const announcedItem: Resolver = {
  name: "announcedItem",
  resolve({ c, h }) {
    if (h.itemOf === null || h.topicEnd === null) return null;
    const topic = c.ctx.text.slice(h.end, h.topicEnd).replace(/^[\s,]+/u, "");
    const name = `${h.itemOf} ${topic}`;
    return {
      unnamed: {
        name,
        kind: h.kind,
        key: `item|${h.kind}|${name.toLowerCase()}`,
        partyIds: h.partyIds,
        topicId: null,
        byParties: h.partyIds.length === 0,
        topical: true,
      },
    };
  },
};

/** For nouns that only refer back ("le texte"): the agreements already told. */
const REFERRING_RESOLVERS: readonly Resolver[] = [namedReferent, earlierUnnamed];

/** The resolvers, in order: the first that answers decides. */
const AGREEMENT_RESOLVERS: readonly Resolver[] = [
  announcedItem,
  accessionInstrument,
  topicInstrument,
  datedInstrument,
  headlineReferent,
  namedReferent,
  earlierUnnamed,
  topicGeneric,
  newDescribed,
];

// ---------------------------------------------------------------------------------------------

/** The heads of sentence i: instrument kinds first, then generic nouns not inside them. */
const headSets = new WeakMap<RelationCues, PhraseSet>();
/** Every phrase an agreement's head noun may be, in one set. */
function headSetsOf(cues: RelationCues): PhraseSet {
  let set = headSets.get(cues);
  if (!set) {
    set = PhraseSet.union([
      ...cues.agreementKinds.map((k) => k.phrases),
      ...cues.genericAgreementHeads.map((g) => g.phrases),
      cues.referringAgreementNouns,
    ]);
    headSets.set(cues, set);
  }
  return set;
}

/** The cue sets that tell a signing. */
const signingCueSets = (cues: RelationCues): PhraseSet[] => [cues.signVerbs, cues.signedParticiples, cues.signingNouns, cues.ratifyVerbs];

const signingSets = new WeakMap<RelationCues, PhraseSet>();
/** Every phrase that tells a signing, in one set. */
function signingSetOf(cues: RelationCues): PhraseSet {
  let set = signingSets.get(cues);
  if (!set) {
    set = PhraseSet.union(signingCueSets(cues));
    signingSets.set(cues, set);
  }
  return set;
}

/** Whether a sentence's plain words hold any agreement noun: a sentence read fully (names, dates) only if so. */
function mayHoldHeads(c: Context, i: number): boolean {
  const s = c.ctx.sentences[i];
  if (!s) return false;
  const plain = plainWordsOf(c.ctx, i);
  // "the first, on port security, by …": an item word stands for one of the agreements announced before.
  const items = c.cues.agreementItemWords.mayOccurIn(plain);
  if (!items && !headSetsOf(c.cues).mayOccurIn(plain)) return false;
  const words = wordTokens(c.ctx.text.slice(s.start, s.end), s.start);
  return (
    (items && c.cues.agreementItemWords.findAll(words).length > 0) ||
    c.cues.agreementKinds.some((k) => k.phrases.findAll(words).length > 0) ||
    c.cues.genericAgreementHeads.some((g) => g.phrases.findAll(words).length > 0) ||
    c.cues.referringAgreementNouns.findAll(words).length > 0
  );
}

function headsOf(c: Context, i: number): AgreementHead[] {
  // Reading a sentence fully only hides words behind names and dates: no noun in its plain words, none at all.
  if (!mayHoldHeads(c, i)) return [];
  const tokens = c.tokens.of(i);
  const heads: AgreementHead[] = [];
  const taken = (first: number, last: number) => heads.some((h) => first <= h.last && h.first <= last);
  // "trois protocoles d'accord", "several treaties of friendship": the complement of a plural agreement noun names no one agreement.
  const ofPlural = (first: number) => {
    const of = c.cues.ofWords.endsAt(tokens, first, 3);
    return of > 0 && c.cues.pluralAgreementNouns.endsAt(tokens, of, 2) >= 0;
  };
  const add = (
    first: number,
    end: number,
    kind: string,
    instrument: boolean,
    accession: boolean,
    referring = false,
    itemOf: string | null = null,
  ) => {
    const last = end - 1;
    if (taken(first, last) || ofPlural(first)) return;
    const a = tokens[first];
    const b = tokens[last];
    if (!a || !b) return;
    heads.push({
      start: a.start,
      end: b.end,
      sentenceIndex: i,
      first,
      last,
      kind,
      referring,
      word: tokens
        .slice(first, end)
        .map((t) => t.norm)
        .join(" "),
      instrument,
      accession: accession ? { country: null, organization: null, guessed: false } : null,
      topicId: null,
      date: null,
      described: false,
      topicEnd: null,
      partyIds: [],
      definite: false,
      other: false,
      itemOf,
    });
  };
  for (const k of c.cues.agreementKinds) for (const hit of k.phrases.findAll(tokens)) add(hit.start, hit.end, k.kind, true, k.accession);
  // "ils sont d'accord", "they were in agreement": a meeting of minds, no agreement.
  const idiom = (hit: { end: number }) => c.cues.agreementIdioms.endsAt(tokens, hit.end, 6) >= 0;
  for (const g of c.cues.genericAgreementHeads)
    for (const hit of g.phrases.findAll(tokens)) if (!idiom(hit)) add(hit.start, hit.end, g.kind, false, false);
  for (const hit of c.cues.referringAgreementNouns.findAll(tokens)) add(hit.start, hit.end, "Agreement", false, false, true);
  for (const hit of c.cues.agreementItemWords.findAll(tokens)) {
    const announced = topicAfterItem(c, tokens, hit.end) ? agreementNounBefore(c, i, tokens[hit.start]?.start ?? 0) : null;
    if (announced) add(hit.start, hit.end, announced.kind, true, false, false, announced.singular);
  }
  return heads.sort((x, y) => x.start - y.start);
}

/** Whether a topic follows an item word, maybe after a comma: "one on maritime security", "le deuxième, sur la formation". */
function topicAfterItem(c: Context, tokens: readonly Token[], at: number): boolean {
  const k = tokens[at]?.norm === "," ? at + 1 : at;
  return c.cues.topicIntroducers.matchAt(tokens, k) > 0;
}

/**
 * The agreement noun an item word stands for: the latest told before it in its sentence, else in the sentence before in
 * its paragraph; a plural one ("Three MoUs were exchanged") named by its singular, a singular one as written ("The MoU
 * on digital identity was signed by A and C, and a third, on …").
 */
function agreementNounBefore(c: Context, i: number, before: number): { singular: string; kind: string } | null {
  const sentence = c.ctx.sentences[i];
  const previous = c.ctx.sentences[i - 1];
  const here = latestAgreementNoun(c, i, before);
  if (here || !sentence || !previous || previous.paragraph !== sentence.paragraph) return here;
  return latestAgreementNoun(c, i - 1, previous.end);
}

function latestAgreementNoun(c: Context, i: number, before: number): { singular: string; kind: string } | null {
  const s = c.ctx.sentences[i];
  if (!s) return null;
  const words = wordTokens(c.ctx.text.slice(s.start, Math.min(s.end, before)), s.start);
  const nouns: Array<{ at: number; end: number; singular: string; kind: string }> = [];
  const consider = (hit: { start: number; end: number }, kind: string, singular?: string) => {
    const a = words[hit.start];
    const b = words[hit.end - 1];
    if (a && b) nouns.push({ at: a.start, end: b.end, kind, singular: singular ?? c.ctx.text.slice(a.start, b.end) });
  };
  for (const n of c.cues.announcedAgreementNouns) for (const hit of n.phrases.findAll(words)) consider(hit, n.kind, n.singular);
  for (const k of c.cues.agreementKinds) for (const hit of k.phrases.findAll(words)) consider(hit, k.kind);
  for (const g of c.cues.genericAgreementHeads) for (const hit of g.phrases.findAll(words)) consider(hit, g.kind);
  // The latest, not a word inside a longer one ("accord" in "protocoles d'accord"); of two starting together, the longer
  // phrase found first ("memorandums of understanding", not "memorandums").
  const whole = nouns.filter((n) => !nouns.some((o) => o !== n && o.at <= n.at && n.end <= o.end && o.end - o.at > n.end - n.at));
  const latest = whole.reduce<(typeof nouns)[number] | null>((x, y) => (!x || y.at > x.at ? y : x), null);
  return latest ? { singular: latest.singular, kind: latest.kind } : null;
}

function signingSentence(c: Context, i: number): boolean {
  const cues = signingCueSets(c.cues);
  // Its plain words first: most sentences sign nothing, and reading one fully (its names and dates) costs.
  const s = c.ctx.sentences[i];
  if (!s) return false;
  const plain = plainWordsOf(c.ctx, i);
  if (signingSetOf(c.cues).mayOccurIn(plain)) {
    const words = wordTokens(c.ctx.text.slice(s.start, s.end), s.start);
    const tokens = c.tokens.of(i);
    // "un accord pourrait être conclu", "a contract is expected to be signed": only possible, nothing signed.
    const told = (hit: { start: number }) => c.cues.modalPassives.endsAt(tokens, hit.start) < 0;
    if (cues.some((set) => set.findAll(words).length > 0) && cues.some((set) => set.findAll(tokens).some(told))) return true;
  }
  if (!c.cues.concludingVerbs.mayOccurIn(plain)) return false;
  const tokens = c.tokens.of(i);
  return c.cues.concludingVerbs.findAll(tokens).some((hit) => concludedObjectAt(c.cues, tokens, hit.end));
}

/**
 * "Les deux pays ont conclu une lettre d'intention", "the sides agreed on a roadmap", "ont adopté une feuille de route":
 * a verb of concluding whose object is an agreement's noun (dates and adverbs, a determiner and at most one word between)
 * tells a signing; "a conclu sa visite", "agreed to meet", "agreed that a deal …" do not.
 */
export function concludedObjectAt(cues: RelationCues, tokens: readonly Token[], verbEnd: number): boolean {
  let k = verbEnd;
  while (tokens[k]?.kind === "date" || isAdverb(tokens[k])) k++;
  const afterDeterminer = cues.concludedObjectDeterminers.matchAt(tokens, k);
  if (afterDeterminer < 0) return false;
  const heads = headSetsOf(cues);
  return (
    heads.matchAt(tokens, afterDeterminer) > 0 ||
    (tokens[afterDeterminer]?.kind === "word" && heads.matchAt(tokens, afterDeterminer + 1) > 0)
  );
}

export interface UnnamedAgreements {
  mentions: AgreementMention[];
  agreements: UnnamedAgreement[];
}

/** Unnamed agreements and generic mentions of named ones, sentence by sentence in the main story. */
export function findUnnamedAgreements(ctx: ExtractionContext, cues: RelationCues, named: readonly AgreementMention[]): UnnamedAgreements {
  const c: Context = { ctx, cues, tokens: new SentenceTokens(ctx, named), named };
  const found = new Map<string, UnnamedAgreement>();
  const created: UnnamedAgreement[] = [];
  const mentions: AgreementMention[] = [];
  const docKey = ctx.linked.document.id.replace(/^doc:/, "").slice(0, 8);
  const storySigned = (): string | null => {
    const all = [...named, ...mentions].filter((a) => ctx.sentences[a.sentenceIndex]?.zone === "body").sort((a, b) => a.start - b.start);
    return all.find((a) => signedInMainClause(c, a))?.entityId ?? null;
  };
  // The headline last: it sums up what the body tells.
  const order = [...ctx.sentences.keys()].filter((i) => ctx.sentences[i]?.zone === "body");
  order.push(...[...ctx.sentences.keys()].filter((i) => ctx.sentences[i]?.zone === "title"));
  for (const i of order) {
    const signing = signingSentence(c, i);
    for (const h of headsOf(c, i)) {
      for (const d of AGREEMENT_DESCRIBERS) d.describe(c, h);
      if (h.other || named.some((a) => a.sentenceIndex === i && overlaps(a, h))) continue;
      if (h.referring && !(h.definite && signing)) continue;
      // An item word without a topic of its own ("one of them", "the other") names nothing.
      if (h.itemOf !== null && h.topicEnd === null) continue;
      if (SIGNED_ONLY_KINDS.has(h.kind) && !signing) continue;
      if (h.topicEnd !== null) h.described = true;
      // "the first MoU, on port logistics": named without the comma before its topic.
      const text = ctx.text.slice(h.start, h.end) + ctx.text.slice(h.end, h.topicEnd ?? h.end).replace(/^\s*,\s*/u, " ");
      const input: ResolverInput = {
        c,
        h,
        text,
        signing,
        found,
        latestUnnamed: (kind) => [...created].reverse().find((u) => kind === null || u.kind === kind) ?? null,
        storySigned,
        earlier: () => [...named, ...mentions].filter((a) => a.start < h.start).sort((a, b) => a.start - b.start),
        nameOfAny: (id) => nameOf(c, id) ?? created.find((u) => u.id === id)?.name ?? null,
      };
      let resolution: Resolution | null = null;
      for (const r of h.referring ? REFERRING_RESOLVERS : AGREEMENT_RESOLVERS) {
        resolution = r.resolve(input);
        if (resolution) break;
      }
      if (!resolution) continue;
      let entityId = resolution.referTo ?? null;
      let topicId: string | null = null;
      let partyIds: string[] = [];
      if (resolution.unnamed) {
        let u = found.get(resolution.unnamed.key);
        if (!u) {
          // A description alone names nothing across articles: its id carries the document.
          const idName = resolution.unnamed.byParties ? `${resolution.unnamed.name} ${docKey}` : resolution.unnamed.name;
          u = { ...resolution.unnamed, id: entityIdFor("Agreement", idName) };
          found.set(u.key, u);
          created.push(u);
        }
        entityId = u.id;
        topicId = u.topicId;
        partyIds = u.partyIds;
      }
      if (!entityId) continue;
      // A named agreement's mention is its noun; a new one's carries the words that describe it.
      const end = resolution.unnamed ? (h.topicEnd ?? h.end) : h.end;
      const generic = !h.instrument && !h.date && (resolution.unnamed ? !h.described : end === h.end && !h.described);
      mentions.push({
        start: h.start,
        end,
        text: ctx.text.slice(h.start, end),
        entityId,
        sentenceIndex: i,
        partyIds: [...new Set([...partyIds, ...h.partyIds])],
        topicId: topicId ?? h.topicId,
        generic,
        ...(h.itemOf !== null ? { item: true } : {}),
      });
    }
  }
  return { mentions: mentions.sort((a, b) => a.start - b.start), agreements: created };
}

/** The unnamed agreements as entities (their names final once `namesByParties` has run). */
export function unnamedEntities(agreements: readonly UnnamedAgreement[]): LinkedEntity[] {
  return agreements.map((a) => ({ id: a.id, name: a.name, type: "Agreement" as const, aliases: [], wikidata: null, fromKb: false }));
}

/** The most parties an agreement is named by: past four, a list of names is no name. */
const MAX_NAMING_PARTIES = 4;

/**
 * "arms transfer pact" with two parties → "Japan-Indonesia arms transfer pact"; a "treaty" signed by
 * three → "Japan-United Kingdom-Italy treaty" (the parties in the order the text gives them).
 */
export function nameByParties(a: UnnamedAgreement, parties: readonly string[], nameOfEntity: (id: string) => string | null): string {
  if (!a.byParties || parties.length < 2 || parties.length > MAX_NAMING_PARTIES) return a.name;
  const names = parties.map(nameOfEntity);
  if (names.some((n) => !n)) return a.name;
  return `${names.join("-")} ${a.name}`;
}
