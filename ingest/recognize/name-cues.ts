/**
 * The language cues the name rules read, for one language: the pack's name lists
 * (ingest/lang/<language>/names.ts, asked through the registry), folded as the matcher folds. A language without cues (German,
 * say) gets empty ones: its names come from the knowledge base and the language-neutral shapes only.
 */
import { foldForMatch } from "../../src/kb/normalize.js";
import { tokenize } from "./tokens.js";
import { allPacks } from "../lang/registry.js";
import type { NameCueLists } from "../lang/types.js";
import type { Tenure } from "../../src/model/mentions.js";

export interface NameCues {
  /** Folded sentence-opening adverbs and connectives ("furthermore", "toutefois"). */
  connectives: ReadonlySet<string>;
  /** A group of people opening a sentence before a name ("leaders of", "ministres de"), as folded token sequences. */
  openingGroupPhrases: ReadonlyArray<readonly string[]>;
  /** Folded nouns of a state's official style ("republique", "kingdom"), hyphenated ones included ("grand-duche"). */
  stateStyleNouns: ReadonlySet<string>;
  /** Folded link words between a style noun and the state's name, as word sequences ("of the" → ["of", "the"]). */
  stateStyleLinks: ReadonlyArray<readonly string[]>;
  /** Folded prefixes that make a demonym regional ("sud" in "sud-américain"). */
  regionalPrefixes: ReadonlySet<string>;
  /** Folded prepositions after which a bare demonym is a language ("en", "in"). */
  languagePrepositions: ReadonlySet<string>;
  /** Word sequences before a name that make it a city, in lower case but with their accents ("à", "ville de"). */
  cityBefore: ReadonlyArray<readonly string[]>;
  /** Words after a title in apposition before the organisation it serves, in lower case with their accents ("at", "à", "d'"). */
  titleOwnerLinks: ReadonlySet<string>;
  /** Words after a diplomat's title before the place of their posting, in lower case with their accents ("in", "à"). */
  diplomatPostingLinks: ReadonlySet<string>;
  /** Folded endings of sentence-opening adverbs and participles ("ly", "ing", "ment"). */
  openerEndings: readonly string[];
  /** Honorific styles as folded token sequences ("his highness", "h . e ."), longest first. */
  honorificStyles: ReadonlyArray<readonly string[]>;
  /** Folded descriptor sequences before a name, longest first, with the type they give. */
  descriptorsBefore: ReadonlyArray<{ words: readonly string[]; type: "Place" | "Organization" }>;
  /** Folded descriptor sequences after a name, longest first, with the type they give. */
  descriptorsAfter: ReadonlyArray<{ words: readonly string[]; type: "Place" | "Organization" }>;
  /** Legislatures named by their head alone, as folded token sequences ("senat", "house of representatives"). */
  legislatures: ReadonlyArray<readonly string[]>;
  /** Folded heads of an institution written in lower case before its place ("universite"), and the links after them ("de"). */
  lowercaseInstitutionHeads: ReadonlySet<string>;
  institutionNameLinks: ReadonlyArray<readonly string[]>;
  /** Locative prepositions as lower-case token sequences with their accents ("à", "près de", "in"). */
  locatives: ReadonlyArray<readonly string[]>;
  /** Verbs, as lower-case token sequences, whose object after a locative is a person ("succède" in "succède à X"). */
  personObjectVerbs: ReadonlyArray<readonly string[]>;
  /** Folded compass words that open a region's name ("east", "northern"). */
  compassWords: ReadonlySet<string>;
  /** An adjective comes before its noun (English), so a capitalised word before a lower-case noun may be one. */
  adjectiveBeforeNoun: boolean;
  /** Folded qualifiers after a title, as token sequences ("demissionnaire", "par interim"), longest first. */
  titleQualifiers: ReadonlyArray<readonly string[]>;
  /** Folded nouns of "<noun> of <organisation>" titles, as token sequences ("patron", "numero un"). */
  headOfOrganization: ReadonlyArray<readonly string[]>;
  /** Folded nouns of a country's armed force, as token sequences, longest first ("air force", "armee de terre"). */
  nationalForceNouns: ReadonlyArray<readonly string[]>;
  /** Folded style words of a force's own name around its demonym ("royal", "royale"). */
  nationalForceStyles: ReadonlySet<string>;
  /** Folded vessel nouns and prefixes, as token sequences ("fregate", "aircraft carrier", "uss"). */
  vesselNouns: ReadonlyArray<readonly string[]>;
  /** Folded words before a country's name that make it a geographic feature's ("golfe de", "gulf of"), as token sequences, longest first. */
  featureNameLeads: ReadonlyArray<readonly string[]>;
  /** Folded nouns of a place named after someone, before its name ("rue", "camp", "base aerienne"), as token sequences, longest first. */
  placeNounsBeforeName: ReadonlyArray<readonly string[]>;
  /** Folded nouns of a place named after someone, after its name ("city", "air base"), as token sequences, longest first. */
  placeNounsAfterName: ReadonlyArray<readonly string[]>;
  /** Folded nouns of an office after an organisation's head noun ("secretary" in "Army Secretary"). */
  officeNounsAfterHead: ReadonlySet<string>;
  /** Folded offices abbreviated in capitals before a name ("dg", "fm"): never a family name in capitals. */
  abbreviatedOffices: ReadonlySet<string>;
  /** Folded adjectives of an administrative level that make no name with a head noun alone ("federal", "federale"). */
  genericAdjectivesWithHead: ReadonlySet<string>;
  /** Folded common nouns that head a capitalised phrase naming no organisation ("gas", "zone"). */
  commonNounHeads: ReadonlySet<string>;
  /** Folded words right after a name that only a person takes ("who"). */
  personAfter: ReadonlySet<string>;
  /** Verbs after a name that make it a person's ("a rencontré", "said"), as folded token sequences, longest first. */
  personVerbsAfter: ReadonlyArray<readonly string[]>;
  /** The agent markers of a passive signing, as folded token sequences ("signed by", "signé par"). */
  signingAgentBefore: ReadonlyArray<readonly string[]>;
  /** Folded nouns of an office that close an apposition after a name ("secretary", "directrice"). */
  appositionOfficeNouns: ReadonlySet<string>;
  /** Words after such a noun that lead to what it serves, in lower case with their accents ("to", "auprès"). */
  appositionOfficeLinks: ReadonlySet<string>;
  /** Speech verbs before a name, an inverted attribution ("a déclaré", "said"), as folded token sequences. */
  personVerbsBefore: ReadonlyArray<readonly string[]>;
  /** Verbs whose object is a person ("met", "s'est entretenu avec"), as folded token sequences. */
  meetingObjectVerbs: ReadonlyArray<readonly string[]>;
  /** Folded words that may follow a name ending such a verb's object ("on", "jeudi", "whom"). */
  meetingObjectClosers: ReadonlySet<string>;
  /** Folded words that may stand between such a verb and its object ("jeudi", "également"). */
  meetingObjectInserts: ReadonlySet<string>;
  /** What ends a country's genitive before a person's name ("'s"), as folded token sequences. */
  countryGenitiveMarkers: ReadonlyArray<readonly string[]>;
  /** Articles before a capitalised nationality noun before a person's name ("du", "de l'"), as folded token sequences. */
  nationalityNounArticles: ReadonlyArray<readonly string[]>;
  /** Copulas as folded token sequences ("became", "est devenu"): "X became the … minister" makes X a person. */
  copulas: ReadonlyArray<readonly string[]>;
  /** Folded nouns after a name that make a named agreement of the whole ("agreement", "accords"). */
  agreementNameHeads: ReadonlySet<string>;
  /** Folded token sequences before a name that make a named agreement of the whole ("accord de", "traite d'"), longest first. */
  agreementNameLeads: ReadonlyArray<readonly string[]>;
  /** Folded rank forms that are adjectives elsewhere ("generale"): a rank only after one of `rankDeterminers`. */
  adjectiveRanks: ReadonlySet<string>;
  /** Folded nouns of a capital named by its country's demonym ("capitale", "capital"). */
  capitalNouns: ReadonlySet<string>;
  /** Folded titles that are given names too when capitalised inside a sentence ("pape"). */
  titlesAlsoGivenNames: ReadonlySet<string>;
  /** Folded title words that are common words too ("chair"): titles only with an owner. */
  titlesNeedingOwner: ReadonlySet<string>;
  /** Folded determiners that make an adjective rank a rank ("la", "une"). */
  rankDeterminers: ReadonlySet<string>;
  /** Links between a person and the country they act for in a list ("pour", "for"), as folded token sequences, longest first. */
  ownerPerPerson: ReadonlyArray<readonly string[]>;
  /** Qualifiers in parentheses after a rank ("2s", "retd"), as folded token sequences, longest first. */
  rankQualifiers: ReadonlyArray<readonly string[]>;
  /** Qualifiers after a rank with no parentheses ("a la retraite"), as folded token sequences, longest first. */
  rankQualifiersUnbracketed: ReadonlyArray<readonly string[]>;
  /** Qualifiers right before a rank ("retired"), as folded token sequences, longest first. */
  rankQualifiersBefore: ReadonlyArray<readonly string[]>;
  /** Folded words after an office that make its deputy's office of it ("adjoint"). */
  deputyAfterTitle: ReadonlySet<string>;
  /** Words that attach a junior office to a minister's ("aupres du"), as folded token sequences, longest first. */
  juniorOfficeAttachments: ReadonlyArray<readonly string[]>;
  /** Folded prepositions that open a junior office's remit before an article and a capitalised portfolio ("a", "aux"). */
  remitPrepositions: ReadonlySet<string>;
  /** Folded nouns that close a lower-case remit after "for" ("affairs" in "for defence affairs"). */
  lowercaseRemitHeads: ReadonlySet<string>;
  /** Folded head nouns that make a title with the words after a demonym ("secretaire" in "secrétaire mexicaine à l'Énergie"). */
  titleHeadsBeforeDemonym: ReadonlySet<string>;
  /** Folded endings of adjectives that open a capitalised portfolio and need the noun after them ("Armed" Forces, "Digital" Affairs). */
  portfolioAdjectiveEndings: readonly string[];
  /** Folded nouns that end a capitalised portfolio and are no one's name ("Affairs", "Industry"). */
  portfolioNouns: ReadonlySet<string>;
  /** Words right before an office that say it is not held now ("former", "par intérim"…), as folded token sequences, longest first. */
  tenureBefore: ReadonlyArray<TenureCue>;
  /** Words right after an office that say the same ("designate", "par intérim"), longest first. */
  tenureAfter: ReadonlyArray<TenureCue>;
}

/** A word sequence that tells an office's tenure. */
export interface TenureCue {
  words: readonly string[];
  tenure: Exclude<Tenure, "current">;
}

const folded = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => foldForMatch(w)));

/** Folded word sequences, longest first, so that "de la" is tried before "de". */
const sequences = (list: readonly string[]): Array<readonly string[]> =>
  list.map((p) => foldForMatch(p).replace(/'/g, "' ").split(/\s+/).filter(Boolean)).sort((a, b) => b.length - a.length);

/** Folded token sequences as the tokenizer cuts the phrases ("H.E." → h . e .; "d'" stays one token), longest first. */
const tokenSequences = (list: readonly string[]): Array<readonly string[]> =>
  list.map((p) => phraseTokens(p).map((t) => t.folded)).sort((a, b) => b.length - a.length);

/** The tokens of a cue phrase; a phrase ending on an elided particle ("près d'") keeps it whole, as before a word. */
function phraseTokens(phrase: string): ReturnType<typeof tokenize> {
  const elided = /['’]$/u.test(phrase);
  const tokens = tokenize(elided ? `${phrase}x` : phrase);
  return elided ? tokens.slice(0, -1) : tokens;
}

const tenureCues = (lists: Readonly<Record<Exclude<Tenure, "current">, readonly string[]>>): TenureCue[] =>
  (["former", "acting", "designated"] as const)
    .flatMap((tenure) => tokenSequences(lists[tenure]).map((words) => ({ words, tenure })))
    .sort((a, b) => b.words.length - a.words.length);

const typed = (
  lists: Readonly<Record<"Place" | "Organization", readonly string[]>>,
): Array<{ words: readonly string[]; type: "Place" | "Organization" }> =>
  (["Place", "Organization"] as const)
    .flatMap((type) => tokenSequences(lists[type]).map((words) => ({ words, type })))
    .sort((a, b) => b.words.length - a.words.length);

function compile(module: NameCueLists, copulas: readonly string[], ownerPerPerson: readonly string[]): NameCues {
  return {
    connectives: folded(module.SENTENCE_CONNECTIVES),
    openingGroupPhrases: tokenSequences(module.OPENING_GROUP_PHRASES),
    stateStyleNouns: folded(module.STATE_STYLE_NOUNS),
    stateStyleLinks: sequences(module.STATE_STYLE_LINKS),
    regionalPrefixes: folded(module.REGIONAL_DEMONYM_PREFIXES),
    languagePrepositions: folded(module.LANGUAGE_PREPOSITIONS),
    cityBefore: module.CITY_BEFORE.map((p) => p.toLowerCase().split(/\s+/)),
    titleOwnerLinks: new Set(module.TITLE_OWNER_LINKS.map((p) => p.toLowerCase())),
    diplomatPostingLinks: new Set(module.DIPLOMAT_POSTING_LINKS.map((p) => p.toLowerCase())),
    openerEndings: module.OPENER_ENDINGS.map((e) => foldForMatch(e)),
    honorificStyles: tokenSequences(module.HONORIFIC_STYLES),
    descriptorsBefore: typed(module.DESCRIPTORS_BEFORE),
    descriptorsAfter: typed(module.DESCRIPTORS_AFTER),
    legislatures: tokenSequences(module.LEGISLATURES),
    lowercaseInstitutionHeads: folded(module.LOWERCASE_INSTITUTION_HEADS),
    institutionNameLinks: tokenSequences(module.INSTITUTION_NAME_LINKS),
    locatives: module.LOCATIVE_PREPOSITIONS.map((p) => phraseTokens(p).map((t) => t.text.toLowerCase())),
    personObjectVerbs: module.PERSON_OBJECT_VERBS_BEFORE_LOCATIVE.map((p) => phraseTokens(p).map((t) => t.text.toLowerCase())),
    compassWords: folded(module.COMPASS_WORDS),
    adjectiveBeforeNoun: module.ADJECTIVE_BEFORE_NOUN,
    titleQualifiers: tokenSequences(module.TITLE_QUALIFIERS_AFTER),
    headOfOrganization: tokenSequences(module.HEAD_OF_ORGANIZATION),
    nationalForceNouns: tokenSequences(module.NATIONAL_FORCE_NOUNS),
    nationalForceStyles: folded(module.NATIONAL_FORCE_STYLES),
    vesselNouns: tokenSequences(module.VESSEL_NOUNS),
    featureNameLeads: tokenSequences(module.FEATURE_NAME_LEADS),
    placeNounsBeforeName: tokenSequences(module.PLACE_NOUNS_BEFORE_NAME),
    placeNounsAfterName: tokenSequences(module.PLACE_NOUNS_AFTER_NAME),
    officeNounsAfterHead: folded(module.OFFICE_NOUNS_AFTER_HEAD),
    abbreviatedOffices: folded(module.ABBREVIATED_OFFICES),
    genericAdjectivesWithHead: folded(module.GENERIC_ADJECTIVES_WITH_HEAD),
    commonNounHeads: folded(module.COMMON_NOUN_HEADS),
    personAfter: folded(module.PERSON_AFTER),
    personVerbsAfter: tokenSequences(module.PERSON_VERBS_AFTER),
    personVerbsBefore: tokenSequences(module.PERSON_VERBS_BEFORE),
    meetingObjectVerbs: tokenSequences(module.MEETING_OBJECT_VERBS),
    meetingObjectClosers: folded(module.MEETING_OBJECT_CLOSERS),
    meetingObjectInserts: folded(module.MEETING_OBJECT_INSERTS),
    signingAgentBefore: tokenSequences(module.SIGNING_AGENT_BEFORE),
    appositionOfficeNouns: folded(module.APPOSITION_OFFICE_NOUNS),
    appositionOfficeLinks: new Set(module.APPOSITION_OFFICE_LINKS.map((p) => p.toLowerCase())),
    countryGenitiveMarkers: tokenSequences(module.COUNTRY_GENITIVE_MARKERS),
    nationalityNounArticles: tokenSequences(module.NATIONALITY_NOUN_ARTICLES),
    copulas: tokenSequences(copulas),
    agreementNameHeads: folded(module.AGREEMENT_NAME_HEADS),
    agreementNameLeads: tokenSequences(module.AGREEMENT_NAME_LEADS),
    adjectiveRanks: folded(module.ADJECTIVE_RANKS),
    rankDeterminers: folded(module.RANK_DETERMINERS),
    titlesAlsoGivenNames: folded(module.TITLES_ALSO_GIVEN_NAMES),
    titlesNeedingOwner: folded(module.TITLES_NEEDING_OWNER),
    capitalNouns: folded(module.CAPITAL_NOUNS),
    ownerPerPerson: tokenSequences(ownerPerPerson),
    rankQualifiers: tokenSequences(module.RANK_QUALIFIERS),
    rankQualifiersUnbracketed: tokenSequences(module.RANK_QUALIFIERS_UNBRACKETED),
    rankQualifiersBefore: tokenSequences(module.RANK_QUALIFIERS_BEFORE),
    deputyAfterTitle: folded(module.DEPUTY_AFTER_TITLE),
    juniorOfficeAttachments: tokenSequences(module.JUNIOR_OFFICE_ATTACHMENTS),
    remitPrepositions: folded(module.REMIT_PREPOSITIONS),
    lowercaseRemitHeads: folded(module.LOWERCASE_REMIT_HEADS),
    titleHeadsBeforeDemonym: folded(module.TITLE_HEADS_BEFORE_DEMONYM),
    portfolioAdjectiveEndings: module.PORTFOLIO_ADJECTIVE_ENDINGS.map((e) => foldForMatch(e)),
    portfolioNouns: folded(module.PORTFOLIO_NOUNS),
    tenureBefore: tenureCues(module.TENURE_BEFORE_TITLE),
    tenureAfter: tenureCues(module.TENURE_AFTER_TITLE),
  };
}

const EMPTY: NameCues = {
  connectives: new Set(),
  openingGroupPhrases: [],
  stateStyleNouns: new Set(),
  stateStyleLinks: [],
  regionalPrefixes: new Set(),
  languagePrepositions: new Set(),
  cityBefore: [],
  titleOwnerLinks: new Set(),
  diplomatPostingLinks: new Set(),
  openerEndings: [],
  honorificStyles: [],
  descriptorsBefore: [],
  descriptorsAfter: [],
  legislatures: [],
  lowercaseInstitutionHeads: new Set(),
  institutionNameLinks: [],
  locatives: [],
  personObjectVerbs: [],
  compassWords: new Set(),
  adjectiveBeforeNoun: false,
  titleQualifiers: [],
  headOfOrganization: [],
  nationalForceNouns: [],
  nationalForceStyles: new Set(),
  vesselNouns: [],
  featureNameLeads: [],
  placeNounsBeforeName: [],
  placeNounsAfterName: [],
  officeNounsAfterHead: new Set(),
  abbreviatedOffices: new Set(),
  genericAdjectivesWithHead: new Set(),
  commonNounHeads: new Set(),
  personAfter: new Set(),
  personVerbsAfter: [],
  personVerbsBefore: [],
  meetingObjectVerbs: [],
  meetingObjectClosers: new Set(),
  meetingObjectInserts: new Set(),
  signingAgentBefore: [],
  appositionOfficeNouns: new Set(),
  appositionOfficeLinks: new Set(),
  countryGenitiveMarkers: [],
  nationalityNounArticles: [],
  copulas: [],
  agreementNameHeads: new Set(),
  agreementNameLeads: [],
  adjectiveRanks: new Set(),
  rankDeterminers: new Set(),
  titlesAlsoGivenNames: new Set(),
  titlesNeedingOwner: new Set(),
  capitalNouns: new Set(),
  ownerPerPerson: [],
  rankQualifiers: [],
  rankQualifiersUnbracketed: [],
  rankQualifiersBefore: [],
  deputyAfterTitle: new Set(),
  juniorOfficeAttachments: [],
  remitPrepositions: new Set(),
  lowercaseRemitHeads: new Set(),
  titleHeadsBeforeDemonym: new Set(),
  portfolioAdjectiveEndings: [],
  portfolioNouns: new Set(),
  tenureBefore: [],
  tenureAfter: [],
};
const byLanguage = new Map<string, NameCues>(
  allPacks().map((pack) => [pack.code, compile(pack.names, pack.roles.COPULAS, pack.roles.OWNER_PER_PERSON)]),
);

/** The cues of `language` ("fr", "en"); empty cues for a language Entente has none for. */
export function nameCuesFor(language: string): NameCues {
  return byLanguage.get(language) ?? EMPTY;
}
