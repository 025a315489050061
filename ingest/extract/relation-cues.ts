/**
 * The relation cues of a language (its pack's relations, ingest/lang/<language>/relations.ts)
 * compiled once into phrase sets over sentence tokens. A language without a pack gets none: its
 * relations come only from what does not depend on wording (parties named inside an agreement's
 * name, roles).
 */
import { packFor } from "../lang/registry.js";
import type { RelationForms } from "../lang/types.js";
import { PhraseSet, wordTokens } from "./sentence-tokens.js";

export interface AgreementKind {
  phrases: PhraseSet;
  kind: string;
  accession: boolean;
}

export interface RelationCues {
  language: string;
  memberNouns: PhraseSet;
  memberPreModifiers: PhraseSet;
  memberPostModifiers: PhraseSet;
  nonMemberQualifiers: PhraseSet;
  copulas: PhraseSet;
  appositionParticiples: PhraseSet;
  asWords: PhraseSet;
  joinVerbs: PhraseSet;
  rejoinVerbs: PhraseSet;
  objectPronouns: PhraseSet;
  accessionNouns: PhraseSet;
  accessionPrepositions: PhraseSet;
  accessionNotYet: PhraseSet;
  admitVerbs: PhraseSet;
  admittedPassive: PhraseSet;
  admittedAs: PhraseSet;
  groupingCues: PhraseSet;
  listVerbs: PhraseSet;
  otherWords: PhraseSet;
  foundingParticiples: PhraseSet;
  foundingVerbs: PhraseSet;
  foundedByThem: PhraseSet;
  agentPrepositions: PhraseSet;
  locatives: PhraseSet;
  signVerbs: PhraseSet;
  signedParticiples: PhraseSet;
  signingNouns: PhraseSet;
  /** "conclu", "agreed on": signing only with an agreement's noun as object ("ont conclu une lettre d'intention"). */
  concludingVerbs: PhraseSet;
  concludedObjectDeterminers: PhraseSet;
  /** "pourrait être", "could be": before a signed participle, a deal only possible or expected. */
  modalPassives: PhraseSet;
  ratifiedParticiples: PhraseSet;
  ratifyVerbs: PhraseSet;
  onBehalfOf: PhraseSet;
  representedCues: PhraseSet;
  announceVerbs: PhraseSet;
  boundByCues: PhraseSet;
  betweenCues: PhraseSet;
  withCues: PhraseSet;
  otherAgreementAdjectives: PhraseSet;
  /** "sont d'accord", "in agreement": an agreement's noun that tells a meeting of minds, no text. */
  agreementIdioms: PhraseSet;
  negativeDeterminers: PhraseSet;
  valueComplements: PhraseSet;
  amountWords: PhraseSet;
  otherAgreementPronouns: PhraseSet;
  withdrawalVerbs: PhraseSet;
  /** "the purchase of", "l'achat de": right before a programme's name, its buyer takes no part in it. */
  purchaseWords: PhraseSet;
  withdrawalParticles: PhraseSet;
  modalityCues: PhraseSet;
  indefiniteArticles: PhraseSet;
  negations: PhraseSet;
  groupNouns: PhraseSet;
  programGroupNouns: PhraseSet;
  agreementGroupNouns: PhraseSet;
  organizationGroupNouns: PhraseSet;
  /** Folded number word → value. */
  numberWords: ReadonlyMap<string, number>;
  includingCues: PhraseSet;
  organizationAnaphors: PhraseSet;
  countryAnaphors: PhraseSet;
  possessiveCountry: PhraseSet;
  programAnaphors: PhraseSet;
  definiteDeterminers: PhraseSet;
  topicBackReferences: PhraseSet;
  listFillers: PhraseSet;
  coordinators: PhraseSet;
  months: PhraseSet;
  /** Folded combining form → country id: "franco" → country:FR. */
  combiningForms: ReadonlyMap<string, string>;
  agreementKinds: AgreementKind[];
  genericAgreementHeads: Array<{ phrases: PhraseSet; kind: string }>;
  referringAgreementNouns: PhraseSet;
  pluralAgreementNouns: PhraseSet;
  /** Plural nouns announcing several agreements told one by one, with the singular naming each. */
  announcedAgreementNouns: Array<{ phrases: PhraseSet; singular: string; kind: string }>;
  agreementItemWords: PhraseSet;
  evaluativeAdjectives: PhraseSet;
  topicIntroducers: PhraseSet;
  clauseBreaks: PhraseSet;
  honorifics: PhraseSet;
  relativePronouns: PhraseSet;
  prepositionalRelatives: PhraseSet;
  ofWords: PhraseSet;
}

const fold = (word: string): string =>
  wordTokens(word)
    .map((t) => t.norm)
    .join(" ");

function compile(language: string, f: RelationForms): RelationCues {
  const adverbs = new Set(f.INNER_ADVERBS.map(fold));
  const set = (forms: readonly string[]) => new PhraseSet(forms, adverbs);
  return {
    language,
    memberNouns: set(f.MEMBER_NOUNS),
    memberPreModifiers: set(f.MEMBER_PRE_MODIFIERS),
    memberPostModifiers: set(f.MEMBER_POST_MODIFIERS),
    nonMemberQualifiers: set(f.NON_MEMBER_QUALIFIERS),
    copulas: set(f.COPULAS),
    appositionParticiples: set(f.APPOSITION_PARTICIPLES),
    asWords: set(f.AS_WORDS),
    joinVerbs: set(f.JOIN_VERBS),
    rejoinVerbs: set(f.REJOIN_VERBS),
    objectPronouns: set(f.OBJECT_PRONOUNS),
    accessionNouns: set(f.ACCESSION_NOUNS),
    accessionPrepositions: set(f.ACCESSION_PREPOSITIONS),
    accessionNotYet: set(f.ACCESSION_NOT_YET),
    admitVerbs: set(f.ADMIT_VERBS),
    admittedPassive: set(f.ADMITTED_PASSIVE),
    admittedAs: set(f.ADMITTED_AS),
    groupingCues: set(f.GROUPING_CUES),
    listVerbs: set(f.LIST_VERBS),
    otherWords: set(f.OTHER_WORDS),
    foundingParticiples: set(f.FOUNDING_PARTICIPLES),
    foundingVerbs: set(f.FOUNDING_VERBS),
    foundedByThem: set(f.FOUNDED_BY_THEM),
    agentPrepositions: set(f.AGENT_PREPOSITIONS),
    locatives: set(f.LOCATIVES),
    signVerbs: set(f.SIGN_VERBS),
    signedParticiples: set(f.SIGNED_PARTICIPLES),
    signingNouns: set(f.SIGNING_NOUNS),
    concludingVerbs: set(f.CONCLUDING_VERBS),
    concludedObjectDeterminers: set(f.CONCLUDED_OBJECT_DETERMINERS),
    modalPassives: set(f.MODAL_PASSIVES),
    ratifiedParticiples: set(f.RATIFIED_PARTICIPLES),
    ratifyVerbs: set(f.RATIFY_VERBS),
    onBehalfOf: set(f.ON_BEHALF_OF),
    representedCues: set(f.REPRESENTED_CUES),
    announceVerbs: set(f.ANNOUNCE_VERBS),
    boundByCues: set(f.BOUND_BY_CUES),
    betweenCues: set(f.BETWEEN_CUES),
    withCues: set(f.WITH_CUES),
    otherAgreementAdjectives: set(f.OTHER_AGREEMENT_ADJECTIVES),
    agreementIdioms: set(f.AGREEMENT_IDIOMS),
    negativeDeterminers: set(f.NEGATIVE_DETERMINERS),
    valueComplements: set(f.VALUE_COMPLEMENTS),
    amountWords: set(f.AMOUNT_WORDS),
    otherAgreementPronouns: set(f.OTHER_AGREEMENT_PRONOUNS),
    withdrawalVerbs: set(f.WITHDRAWAL_VERBS),
    purchaseWords: set(f.PURCHASE_WORDS),
    withdrawalParticles: set(f.WITHDRAWAL_PARTICLES),
    modalityCues: set([...f.MODALITY_CUES, ...f.PROSPECT_CUES]),
    indefiniteArticles: set(f.INDEFINITE_ARTICLES),
    negations: set(f.NEGATIONS),
    groupNouns: set(f.GROUP_NOUNS),
    programGroupNouns: set(f.PROGRAM_GROUP_NOUNS),
    agreementGroupNouns: set(f.AGREEMENT_GROUP_NOUNS),
    organizationGroupNouns: set(f.ORGANIZATION_GROUP_NOUNS),
    numberWords: new Map(Object.entries(f.NUMBER_WORDS).map(([word, value]) => [fold(word), value])),
    includingCues: set(f.INCLUDING_CUES),
    organizationAnaphors: set(f.ORGANIZATION_ANAPHORS),
    countryAnaphors: set(f.COUNTRY_ANAPHORS),
    possessiveCountry: set(f.POSSESSIVE_COUNTRY),
    programAnaphors: set(f.PROGRAM_ANAPHORS),
    definiteDeterminers: set(f.DEFINITE_DETERMINERS),
    topicBackReferences: set(f.TOPIC_BACK_REFERENCES),
    listFillers: set(f.LIST_FILLERS),
    coordinators: set(f.COORDINATORS),
    months: set(f.MONTHS),
    combiningForms: new Map(Object.entries(f.COMBINING_FORMS).map(([form, iso]) => [fold(form), `country:${iso}`])),
    agreementKinds: f.AGREEMENT_KINDS.map((k) => ({ phrases: set([k.phrase]), kind: k.kind, accession: k.accession === true })),
    genericAgreementHeads: f.GENERIC_AGREEMENT_HEADS.map((h) => ({ phrases: set([h.phrase]), kind: h.kind })),
    referringAgreementNouns: set(f.REFERRING_AGREEMENT_NOUNS),
    pluralAgreementNouns: set(f.PLURAL_AGREEMENT_NOUNS),
    announcedAgreementNouns: f.ANNOUNCED_AGREEMENT_NOUNS.map((n) => ({ phrases: set([n.plural]), singular: n.singular, kind: n.kind })),
    agreementItemWords: set(f.AGREEMENT_ITEM_WORDS),
    evaluativeAdjectives: set(f.EVALUATIVE_ADJECTIVES),
    topicIntroducers: set(f.TOPIC_INTRODUCERS),
    clauseBreaks: set(f.CLAUSE_BREAKS),
    honorifics: set(f.HONORIFICS),
    relativePronouns: set(f.RELATIVE_PRONOUNS),
    prepositionalRelatives: set(f.PREPOSITIONAL_RELATIVES),
    ofWords: set(f.OF_WORDS),
  };
}

const compiled = new Map<string, RelationCues | null>();

/** The compiled cues of a language, or null when Entente has none for it. */
export function relationCuesFor(language: string): RelationCues | null {
  let cues = compiled.get(language);
  if (cues === undefined) {
    const forms = packFor(language)?.relations;
    cues = forms ? compile(language, forms) : null;
    compiled.set(language, cues);
  }
  return cues;
}
