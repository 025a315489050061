/**
 * The cues role attachment reads, for one language: the pack's role lists (ingest/lang/<language>/roles.ts,
 * and the honorific styles of names.ts, asked through the registry) compiled into phrase finders. A language without cues gets
 * finders that find nothing.
 */
import { allPacks } from "../lang/registry.js";
import type { NameCueLists, RoleCueLists } from "../lang/types.js";
import { phraseFinder, type PhraseFinder } from "./lexicon.js";
import { foldForMatch } from "../../src/kb/normalize.js";
import type { SuccessionCues } from "./succession.js";
import type { Tenure } from "../../src/model/mentions.js";

export interface RoleCues {
  /** Adverbs and honorific styles that may stand between a title and its holder ("également", "His Highness Sheikh"). */
  gapPhrases: PhraseFinder;
  /** Copulas: "est devenu", "became". */
  copulas: PhraseFinder;
  /** Delegation cues: "accompagné par", "accompanied by". */
  delegation: PhraseFinder;
  /** "pour", "for". */
  ownerPerPerson: PhraseFinder;
  /** "de", "of". */
  ownerAfterName: PhraseFinder;
  /** "at", "à", "of": between a title in apposition after a name and what it serves ("X, a professor at Y University"). */
  appositionOwnerLinks: PhraseFinder;
  /** "of", "de", "en": before the field of a title in apposition ("a professor of history at Y"), which may stand before the owner's link. */
  fieldOfWorkLinks: PhraseFinder;
  /** "in", "à": before the city or country where an office serves ("the ambassador in Nairobi, X"). */
  postingLinks: PhraseFinder;
  /** "who", "qui": the pronoun that opens a relative clause about the person before it. */
  relativePronouns: PhraseFinder;
  /** Verbs of a relative clause that give the person the title after them: "who is also", "qui occupe le poste de". */
  relativeOfficeVerbs: PhraseFinder;
  /** Relative-clause verbs that give the title after them with a tenure: "who was … at the time", "qui deviendra". */
  relativeTenureVerbs: ReadonlyArray<{ tenure: Exclude<Tenure, "current">; finder: PhraseFinder }>;
  /** Main-clause verbs right after a name that give the title after them with a tenure: "X stepped down as", "X deviendra". */
  tenureVerbs: ReadonlyArray<{ tenure: Exclude<Tenure, "current">; finder: PhraseFinder }>;
  /** "occupé par intérim par", "held in an acting capacity by": between an office and who fills it for the time being. */
  heldAsActingBy: PhraseFinder;
  /** "resigned", "a démissionné": leaving office, right after a person told with their title. */
  resignationVerbs: PhraseFinder;
  /** Relative-clause verbs by the office they give: "qui préside" → Chairperson, "who heads" → Head. */
  officeVerbs: ReadonlyArray<{ title: string; finder: PhraseFinder }>;
  /** Office periphrases by the KB title they stand for ("the defence portfolio", "la diplomatie"), and the verbs before them by tenure. */
  officePeriphrases: ReadonlyArray<{ titleId: string; finder: PhraseFinder }>;
  periphrasisVerbs: ReadonlyArray<{ tenure: "current" | "former"; finder: PhraseFinder }>;
  /** "X succeeded Y as …", "Y est remplacé par X", and the links before the office. */
  succession: SuccessionCues;
  /** "named X as defence minister": the verbs and the links before the office. */
  appointmentVerbs: PhraseFinder;
  appointmentLinks: PhraseFinder;
  /** "diplomat", "l'économiste": what an appointee is, between the appointment's verb and the name. */
  appointeeDescriptors: PhraseFinder;
  /** "its", "the bloc's" before an office, "de l'organisation", "of the alliance" after it: the organisation named before. */
  organizationAnaphorsBefore: PhraseFinder;
  organizationAnaphorsAfter: PhraseFinder;
  /** "the force commander", "de la mission": an organisation told by its head noun, before an office or after it. */
  /** "Council of Ministers", "Parliament": a state's organs, named whole, that are offices of their country. */
  stateBodies: PhraseFinder;
  headNounAnaphorsBefore: PhraseFinder;
  headNounAnaphorsAfter: PhraseFinder;
  /** "prendra ses fonctions", "will take office": an office given now but taken up later. */
  takesOfficeLater: PhraseFinder;
  /** "effective", "à compter du": before the date an appointment takes effect. */
  takesEffectFrom: PhraseFinder;
  /** "ainsi que", "as well as", "et", "and": one more person of a list that shares an office. */
  listJoiners: PhraseFinder;
  /** "was represented by", "était représentée par": the person after them speaks for the country before. */
  representedBy: PhraseFinder;
  /** "son", "sa", "its": before an office, the subject's. */
  subjectPossessives: PhraseFinder;
  /** "on behalf of", "au nom du": before a sovereign's title, whom the sentence's subject speaks for. */
  onBehalfOf: PhraseFinder;
  /** "delegation", "délégation": a group a country qualifies ("the Emirati delegation"). */
  delegationNouns: PhraseFinder;
  /** "l'accompagnait", "travelled with him": verbs of one who goes with a guest, no host. */
  companionVerbs: PhraseFinder;
  /** "from", "du": between such a group and its country after it ("a delegation from Mali"). */
  delegationCountryLinks: PhraseFinder;
  /** "was led by", "était conduite par": between such a group and the person at its head. */
  delegationLeaderLinks: PhraseFinder;
  /** "arrived", "est arrivé": a guest reaching the place where they are received. */
  arrivalWords: PhraseFinder;
  /** "of", "du": between a trip's word and its traveller written after it ("the visit of X to Hanoi"). */
  travellerLinks: PhraseFinder;
  /** "back home", "à son retour": a trip told over. */
  tripOverWords: PhraseFinder;
  /** "ahead of", "avant": before a trip's word, a time before the trip. */
  beforeTripWords: PhraseFinder;
}

/** A style as written and with its abbreviation dot ("Dr" and "Dr."). */
const withDots = (styles: readonly string[]): string[] => styles.flatMap((s) => (s.endsWith(".") ? [s] : [s, `${s}.`]));

function compile(roles: RoleCueLists, names: NameCueLists): RoleCues {
  return {
    gapPhrases: phraseFinder([...roles.APPOSITION_ADVERBS, ...withDots(names.HONORIFIC_STYLES), ...withDots(roles.PERSONAL_HONORIFICS)]),
    copulas: phraseFinder(roles.COPULAS),
    delegation: phraseFinder(roles.DELEGATION_CUES),
    ownerPerPerson: phraseFinder(roles.OWNER_PER_PERSON),
    ownerAfterName: phraseFinder(roles.OWNER_AFTER_NAME),
    postingLinks: phraseFinder(roles.POSTING_LINKS),
    appositionOwnerLinks: phraseFinder(roles.APPOSITION_OWNER_LINKS),
    fieldOfWorkLinks: phraseFinder(roles.FIELD_OF_WORK_LINKS),
    relativePronouns: phraseFinder(roles.RELATIVE_PRONOUNS),
    relativeOfficeVerbs: phraseFinder(roles.RELATIVE_OFFICE_VERBS),
    relativeTenureVerbs: (["former", "acting", "designated"] as const).map((tenure) => ({
      tenure,
      finder: phraseFinder(roles.RELATIVE_TENURE_VERBS[tenure]),
    })),
    tenureVerbs: (["former", "acting", "designated"] as const).map((tenure) => ({
      tenure,
      finder: phraseFinder(roles.TENURE_VERBS[tenure]),
    })),
    resignationVerbs: phraseFinder(roles.RESIGNATION_VERBS),
    heldAsActingBy: phraseFinder(roles.HELD_AS_ACTING_BY),
    officeVerbs: Object.entries(roles.OFFICE_VERBS).map(([title, forms]) => ({ title, finder: phraseFinder(forms) })),
    officePeriphrases: Object.entries(roles.OFFICE_PERIPHRASES).map(([titleId, forms]) => ({ titleId, finder: phraseFinder(forms) })),
    periphrasisVerbs: (["current", "former"] as const).map((tenure) => ({ tenure, finder: phraseFinder(roles.PERIPHRASIS_VERBS[tenure]) })),
    succession: {
      verbs: phraseFinder(roles.SUCCESSION_VERBS),
      ministryLinks: phraseFinder(roles.MINISTRY_LINKS),
      ministerOfMinistry: new Map(Object.entries(roles.MINISTER_OF_MINISTRY).map(([k, v]) => [foldForMatch(k), foldForMatch(v)])),
      passiveVerbs: phraseFinder(roles.SUCCESSION_PASSIVE_VERBS),
      futureVerbs: phraseFinder(roles.SUCCESSION_FUTURE_VERBS),
      officeLinks: phraseFinder(roles.SUCCESSION_OFFICE_LINKS),
      predecessorNouns: phraseFinder(roles.PREDECESSOR_NOUNS),
    },
    appointmentVerbs: phraseFinder(roles.APPOINTMENT_VERBS),
    appointmentLinks: phraseFinder(roles.APPOINTMENT_LINKS),
    appointeeDescriptors: phraseFinder(roles.APPOINTEE_DESCRIPTORS),
    organizationAnaphorsBefore: phraseFinder(roles.ORGANIZATION_ANAPHORS.before),
    organizationAnaphorsAfter: phraseFinder(roles.ORGANIZATION_ANAPHORS.after),
    stateBodies: phraseFinder(roles.STATE_BODIES),
    headNounAnaphorsBefore: phraseFinder(roles.HEAD_NOUN_ANAPHORS.before),
    headNounAnaphorsAfter: phraseFinder(roles.HEAD_NOUN_ANAPHORS.after),
    listJoiners: phraseFinder(roles.LIST_JOINERS),
    takesOfficeLater: phraseFinder(roles.TAKES_OFFICE_LATER),
    representedBy: phraseFinder(roles.REPRESENTATIVE_LINKS),
    delegationNouns: phraseFinder(roles.DELEGATION_NOUNS),
    companionVerbs: phraseFinder(roles.COMPANION_VERBS),
    delegationCountryLinks: phraseFinder(roles.DELEGATION_COUNTRY_LINKS),
    delegationLeaderLinks: phraseFinder(roles.DELEGATION_LEADER_LINKS),
    arrivalWords: phraseFinder(roles.ARRIVAL_WORDS),
    travellerLinks: phraseFinder(roles.TRAVELLER_LINKS),
    tripOverWords: phraseFinder(roles.TRIP_OVER_WORDS),
    beforeTripWords: phraseFinder(roles.BEFORE_TRIP_WORDS),
    takesEffectFrom: phraseFinder(roles.TAKES_EFFECT_FROM),
    subjectPossessives: phraseFinder(roles.SUBJECT_POSSESSIVES),
    onBehalfOf: phraseFinder(roles.ON_BEHALF_OF),
  };
}

const NONE = phraseFinder([]);
const EMPTY: RoleCues = {
  gapPhrases: NONE,
  copulas: NONE,
  delegation: NONE,
  ownerPerPerson: NONE,
  ownerAfterName: NONE,
  postingLinks: NONE,
  appositionOwnerLinks: NONE,
  fieldOfWorkLinks: NONE,
  relativePronouns: NONE,
  relativeOfficeVerbs: NONE,
  relativeTenureVerbs: [],
  tenureVerbs: [],
  resignationVerbs: NONE,
  heldAsActingBy: NONE,
  officeVerbs: [],
  officePeriphrases: [],
  periphrasisVerbs: [],
  succession: {
    verbs: NONE,
    ministryLinks: NONE,
    ministerOfMinistry: new Map(),
    passiveVerbs: NONE,
    futureVerbs: NONE,
    officeLinks: NONE,
    predecessorNouns: NONE,
  },
  appointmentVerbs: NONE,
  appointmentLinks: NONE,
  appointeeDescriptors: NONE,
  organizationAnaphorsBefore: NONE,
  organizationAnaphorsAfter: NONE,
  stateBodies: NONE,
  headNounAnaphorsBefore: NONE,
  headNounAnaphorsAfter: NONE,
  listJoiners: NONE,
  takesOfficeLater: NONE,
  representedBy: NONE,
  delegationNouns: NONE,
  companionVerbs: NONE,
  delegationCountryLinks: NONE,
  delegationLeaderLinks: NONE,
  arrivalWords: NONE,
  travellerLinks: NONE,
  tripOverWords: NONE,
  beforeTripWords: NONE,
  takesEffectFrom: NONE,
  subjectPossessives: NONE,
  onBehalfOf: NONE,
};
const byLanguage = new Map<string, RoleCues>(allPacks().map((pack) => [pack.code, compile(pack.roles, pack.names)]));

/** The role cues of `language`; cues that find nothing for a language Entente has none for. */
export function roleCuesFor(language: string): RoleCues {
  return byLanguage.get(language) ?? EMPTY;
}
