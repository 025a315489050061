/**
 * The language cues of the event rules (the language pack's modality, event references, event
 * triggers and dating modules), compiled into phrase finders once per language. A language
 * without a pack gets every pack's cues together, as the lexicon does.
 */
import { allPacks, packFor, type LanguagePack } from "../../lang/registry.js";
import type { EventReferenceCues, EventTriggerCues, ModalityCues } from "../../lang/types.js";
import { phraseFinder, type PhraseFinder } from "../lexicon.js";
import { foldForMatch } from "../../../src/kb/normalize.js";
import type { KbTitle } from "../../../src/model/kb.js";

type TitleKind = KbTitle["kind"];

/** Each pack's office group nouns with the title kinds they name. */
function officeGroups(packs: readonly LanguagePack[]): Array<[string, readonly TitleKind[]]> {
  return packs.flatMap((p) => {
    const c = p.eventReferences;
    const lists: Array<[readonly string[], readonly TitleKind[]]> = [
      [c.MINISTER_GROUP_NOUNS, ["minister"]],
      [c.HEAD_OF_GOVERNMENT_GROUP_NOUNS, ["head-of-government"]],
      [c.HEAD_OF_STATE_GROUP_NOUNS, ["head-of-state"]],
      [c.LEADER_GROUP_NOUNS, ["head-of-state", "head-of-government"]],
      [c.EXECUTIVE_GROUP_NOUNS, ["other"]],
    ];
    return lists.flatMap(([nouns, kinds]) => nouns.map((n): [string, readonly TitleKind[]] => [foldForMatch(n), kinds]));
  });
}

export interface EventCues {
  otherDatedNouns: PhraseFinder;
  /** "dès", "as early as": before a date still to come, the earliest the event may be held. */
  earliestMarkers: PhraseFinder;
  /** "host", "accueillera": a relative clause with one qualifies the event before it. */
  hostingVerbs: PhraseFinder;
  verbOnlyTriggers: PhraseFinder;
  /** Adverbs read through inside a trigger of several words ("travelled together to", "s'est ensuite rendu"). */
  adverbsInsideTriggers: PhraseFinder;
  /** "was in", "se trouvait au": being somewhere, a visit when a place and a span of days follow. */
  presenceVerbs: PhraseFinder;
  nounMarkers: PhraseFinder;
  summitNouns: PhraseFinder;
  /** "council", "conseil": the head word of a body that is its own meeting. */
  meetingBodyHeads: PhraseFinder;
  /** "lors du", "during the": right before such a body, the occasion it is. */
  occasionPrepositions: PhraseFinder;
  ellipsisPronouns: PhraseFinder;
  personGroupNouns: PhraseFinder;
  /** Group nouns that say their people's office ("ministers", "les deux présidents"). */
  officeGroupNouns: PhraseFinder;
  /** Folded office group noun → the kinds of title its people hold. */
  officeGroupKinds: ReadonlyMap<string, readonly TitleKind[]>;
  soilBeforeDemonym: PhraseFinder;
  /** Prepositions that open a phrase fronted before the subject ("lors de", "during"). */
  frontedPhraseOpeners: PhraseFinder;
  /** Participles before a fronted phrase ("Speaking after …", "S'exprimant après …"). */
  frontedPhraseParticiples: PhraseFinder;
  /** The word opening a meeting's sides right after its noun ("between", "entre"). */
  sidesBetween: PhraseFinder;
  /** "blocs", "organisations": after "between the two", the organisations already named. */
  blocNouns: PhraseFinder;
  /** "such a", "une telle": right before an event's noun, the one just told about. */
  suchDeterminers: PhraseFinder;
  /** "the last … to visit", "le premier … à se rendre": one singled out of a kind. */
  firstOrLast: PhraseFinder;
  /** "… was X", "… était X": who that one was. */
  identityCopulas: PhraseFinder;
  /** Words between two countries a trip goes to ("and", "et en", "puis au"). */
  destinationLinks: PhraseFinder;
  /** "des": definite after a noun ("l'issue des"), indefinite elsewhere ("pour des"). */
  contractedDeterminers: PhraseFinder;
  nounArticles: PhraseFinder;
  deHeadsWithoutArticle: PhraseFinder;
  /** Royal and honorific styles before a name ("Prince", "Sheikh", "His Excellency"): no break in a list of names. */
  honorificStyles: PhraseFinder;
  /** "X said that the visit …", "X hailed the signing": who comments on an event told by its noun. */
  commentingVerbs: PhraseFinder;
  /** "X skipped the meeting", "X a boudé la réunion": who stays away from an event told right after. */
  absenceVerbs: PhraseFinder;
  /** "was represented by", "s'est fait représenter par": the subject stays away from the sentence's event. */
  representedBy: PhraseFinder;
  /** "on behalf of", "au nom du": the person named after it is not at the event. */
  onBehalfOf: PhraseFinder;
  /** "on behalf of", "au nom de" (the relations' ON_BEHALF_OF): the body a signer signs for, named right after the signer. */
  behalfMarkers: PhraseFinder;
  /** "signé", "paraphée", "signed" (the relations' SIGNED_PARTICIPLES): the participles of signing. */
  signedParticiples: PhraseFinder;
  /** "a signé", "signent", "signed", "inked" (the relations' SIGN_VERBS): the finite verbs of signing. */
  signVerbs: PhraseFinder;
  /** "that", "que": opening a reported clause after a verb of saying. */
  reportedClauseOpeners: PhraseFinder;
  /** "then", "puis": opening a trip's later stop ("… to Tokyo on Monday, then to Osaka on Wednesday"). */
  stopLinks: PhraseFinder;
  /** "leg", "étape": a trip's nouns whose place before them or as their complement is the destination. */
  stopNouns: PhraseFinder;
  /** Stop nouns naming one leg of a longer trip ("leg", "étape"). */
  legNouns: PhraseFinder;
  /** "de": joins a stop noun to the place after it ("l'étape de Bamako"). */
  stopComplementLinks: PhraseFinder;
  /** "accompanied by", "en compagnie du": who goes with a participant takes part too. */
  companionCues: PhraseFinder;
  /** "It was attended by", "Étaient également présents": before the attendees of an event told before. */
  attendeeLeads: PhraseFinder;
  /** "it", "il", "y": the event as the subject of such a lead. */
  attendanceEventPronouns: PhraseFinder;
  /** "in the presence of", "en présence de": before attendees, anywhere in a sentence that names no one before. */
  attendanceMarkers: PhraseFinder;
  /** "also attended", "y ont pris part": after the attendees of an event told before. */
  attendingVerbs: PhraseFinder;
  /** "the opening session", "la séance d'ouverture": the event's parts an attending verb may name. */
  attendedOccasions: PhraseFinder;
  /** "in the", "à la": between an attending verb and the part it names. */
  attendedOccasionLinks: PhraseFinder;
  /** "also", "instead", "à sa place": adverbs around an attending verb or lead. */
  attendanceAdverbs: PhraseFinder;
  /** "X attended the signing", "X a assisté à la signature": who watches a signing told right after. */
  signingSpectatorVerbs: PhraseFinder;
  /** "in the presence of X", "sous le regard de X": who watches a signing, named right after. */
  signingSpectatorMarkers: PhraseFinder;
  /** "his invitation to visit": the possessor invites, the visitor is someone else. */
  invitationNouns: PhraseFinder;
  /** "X invited Y to visit Z": the object travels, not the subject. */
  invitationVerbs: PhraseFinder;
  /** "join", "rejoindra": joining a group that meets ("join her counterparts in Brussels"). */
  joinVerbs: PhraseFinder;
  /** The groups joined: the leaders' groups and "counterparts", "homologues". */
  joinedGroups: PhraseFinder;
  /** Right after the group: joining in an act, not a meeting ("joined her counterparts in condemning"). */
  joinedInAct: readonly RegExp[];
  /** "welcomed", "a accueilli": a host receiving the visitor, in the place after it. */
  hostVerbs: PhraseFinder;
  /** "sera reçu", "will be received": a guest received, the host left unsaid or after "par"/"by". */
  passiveReceptions: PhraseFinder;
  /** Pronouns that mark a man, a woman ("il", "le", "lui"; "she", "her"). */
  masculinePronouns: PhraseFinder;
  femininePronouns: PhraseFinder;
  /** A person met, told by a pronoun: before the verb ("l'avait reçu"), right after it ("met him"), after a link ("avec elle", "with her"). */
  objectPronounsBeforeVerb: PhraseFinder;
  objectPronounsAfterVerb: PhraseFinder;
  objectPronounsAfterLink: PhraseFinder;
  objectPronounLinks: PhraseFinder;
  /** Verb forms a pronoun before them is the object of ("reçu", "recevra"; not the noun "rencontre"). */
  verbsAfterObjectPronoun: PhraseFinder;
  /** "M.", "Mr", "le"; "Mme", "Ms", "la": right before a name or title, the person's gender. */
  masculineMarkers: PhraseFinder;
  feminineMarkers: PhraseFinder;
  /** "met her in Rome": after "her", words that make it an object, not a possessive. */
  afterObjectHer: PhraseFinder;
  /** "who is visiting", "qui effectue": a relative clause telling what goes on now. */
  ongoingForms: PhraseFinder;
  soilAfterDemonym: PhraseFinder;
  notATripAfter: PhraseFinder;
  /** "called on", "a appelé": meeting or call triggers that are also verbs of urging ("called on Y to step down"). */
  urgingTriggers: PhraseFinder;
  /** Of those, the ones that tell an event only with the names of whom right after them. */
  urgingTriggersNamingWhom: PhraseFinder;
  /** "to", "for", "à": right after whom such a verb names, what makes it urging. */
  urgingComplements: PhraseFinder;
  /** "the", "and", "on", "le", "et": words that may join the names after such a verb. */
  nameListWords: PhraseFinder;
  /** "to", "au", "chez": before the person a visit is paid to ("a rendu une visite de courtoisie au président Y"). */
  personVisitPrepositions: PhraseFinder;
  /** "the", "son": between that preposition and the person's title or name. */
  personVisitDeterminers: PhraseFinder;
  /** "on the sidelines of", "en marge du": before another event's noun, the occasion an event was held at (and so its place). */
  occasionOpeners: PhraseFinder;
  /** "here", "ici": in an article opened by a dateline, its place. */
  hereWords: PhraseFinder;
  /** "À", "In" opening a sentence before a place and a comma: the place of the paragraph's scene. */
  sceneOpeners: PhraseFinder;
  /** "y" (« Il y a rencontré Y »): the place just named, before the event's verb. */
  placePronounsBeforeVerb: PhraseFinder;
  /** "there", « sur place »: the place just named, after the event's verb. */
  placeAdverbsAfterVerb: PhraseFinder;
  /** "there was": right after such an adverb, no place. */
  notAPlaceAfterAdverb: PhraseFinder;
  /** "from there": right before such an adverb, no place. */
  notAPlaceBeforeAdverb: PhraseFinder;
  /** "also", "ensuite": in a paragraph's first sentence, the story just told goes on. */
  storyContinuations: PhraseFinder;
  /** "on", "sur": before a landmark named as a place ("sur le pont international de Tienditas"), where the event is. */
  landmarkPrepositions: PhraseFinder;
  /** The names pack's place nouns ("pont", "bridge"): a place whose name opens or closes with one is a landmark. */
  landmarkNouns: PhraseFinder;
  /** "a delegation that includes", "une délégation comprenant": between a companion cue and the companions of a party. */
  companyWords: PhraseFinder;
  notASigningAfter: PhraseFinder;
  /** "also signed", "ont par ailleurs signé": another signing than those told before. */
  anotherSigningCues: PhraseFinder;
  /** "Il a été paraphé", "It was signed": a pronoun standing for the agreement of the sentence before. */
  agreementPronounPassives: PhraseFinder;
  /** "was", "a été": the passive's auxiliary before a signed participle. */
  passiveAuxiliaries: PhraseFinder;
  /** "be", "être": the passive's infinitive after a modal ("should be signed"). */
  infinitivePassiveAuxiliaries: PhraseFinder;
  /** "y" right before the passive's auxiliary, "there" right after the participle: the occasion told before. */
  occasionBeforeAuxiliary: PhraseFinder;
  occasionAfterSigning: PhraseFinder;
  /** "welcomed X's decision", "a reçu le soutien de X": objects that make a meeting verb no meeting. */
  notAMeetingObjects: PhraseFinder;
  /** "support", "soutien": after one, the country "to"/"à" names receives it and is no place ("le soutien de la France à l'Ukraine"). */
  beneficiaryNouns: PhraseFinder;
  /** "had", "s'étaient": the pluperfect, an event before the story's ("the two had met in Rome"). */
  pluperfectAuxiliaries: PhraseFinder;
  beneficiaryPrepositions: PhraseFinder;
  objectDeterminers: ReadonlySet<string>;
  /** "welcomed it": pronouns that stand for a thing, never a person, as a meeting verb's object. */
  thingPronouns: ReadonlySet<string>;
  objectAdverbs: PhraseFinder;
  objectAdverbEndings: readonly string[];
  negation: PhraseFinder;
  /** "ne … pas" around the verb: the part before, and the part after. */
  negationBeforeVerb: PhraseFinder;
  negationAfterVerb: PhraseFinder;
  /** "ne se rendra plus", "ne … finalement pas", "not … after all": a negated plan called off. */
  callingOffNegation: PhraseFinder;
  /** "will no longer travel": a plan called off, right before the trigger. */
  callingOffBefore: PhraseFinder;
  cancellation: PhraseFinder;
  contrast: PhraseFinder;
  purpose: PhraseFinder;
  /** "for", "pour": before an event's noun, the purpose of a trip ("to travel to Riga for talks"). */
  purposeOfNoun: PhraseFinder;
  postponement: PhraseFinder;
  /** "instead", "finalement": a change of plan, with a holding verb next to it ("will instead be held"). */
  reschedulingAdverbs: PhraseFinder;
  /** "à", "until": between a postponement verb and the new date before the noun. */
  postponedTo: PhraseFinder;
  /** "held", "take place", "aura lieu": the verb telling the new date of an event whose plan changed. */
  rescheduledHolding: PhraseFinder;
  /** "it", "elle": the event as the subject of the clause that gives its new date. */
  rescheduledSubjects: PhraseFinder;
  auxiliaries: PhraseFinder;
  /** "discussed", "ont évoqué": a verb of proposal before an event's noun. */
  proposals: PhraseFinder;
  /** "a", "holding a", "d'un éventuel": between a verb of proposal and the noun of a proposed event. */
  proposedEventOpeners: PhraseFinder;
  modality: PhraseFinder;
  /** "wants to", "souhaite": a wish, no event at all when no date is given (noDateGiven). */
  wishes: PhraseFinder;
  /** "sans avancer de date", "no date has been set". */
  noDateGiven: PhraseFinder;
  /** "is being considered", "n'est pas exclue": after the noun, the event only possible. */
  possibilityAfter: PhraseFinder;
  /** "sont convenus de", "agreed to": right before a weak trigger, an agreement on a meeting. */
  agreementToMeet: PhraseFinder;
  plannedAdjectives: PhraseFinder;
  /** "ready to", "prêt à": right before a hosting verb, an offer to host. */
  offers: PhraseFinder;
  /** "prévu", "scheduled": right after an event's noun, the participle telling when and where it was to be held. */
  plannedParticiples: PhraseFinder;
  /** "before", "avant": before an event's noun, that event comes after the one told before the word. */
  beforeEvent: PhraseFinder;
  aheadOf: PhraseFinder;
  pluralEventNouns: PhraseFinder;
  habit: PhraseFinder;
  possessivesSingular: PhraseFinder;
  possessivesPlural: PhraseFinder;
  possessivesFirstPlural: PhraseFinder;
  subjectPronouns: PhraseFinder;
  /** "il y a", "il faut": a subject pronoun that stands for no one. */
  impersonalSubjectPhrases: PhraseFinder;
  agentMarkers: PhraseFinder;
  /** "brought together", "a réuni": after an event's noun, the sides listed after it take part. */
  gatheringVerbs: PhraseFinder;
  /** Between a passive verb and its agent: the circumstances of time and place it may be read past (signing.ts). */
  circumstanceWords: CircumstanceWords;
  countryNouns: PhraseFinder;
  organizationNouns: PhraseFinder;
  leaderGroups: PhraseFinder;
  indefiniteArticles: PhraseFinder;
  leaderNouns: PhraseFinder;
  countWords: PhraseFinder;
  /** Folded count word → its number. */
  countWordValues: ReadonlyMap<string, number>;
  countryGroupNouns: PhraseFinder;
  memberListVerbs: PhraseFinder;
  /** "the two", "both", "les deux" right before a verb: the participants of the event told. */
  bareGroupSubjects: PhraseFinder;
  /** "and", "et", "puis": a verb joined to the one before, sharing its subject. */
  sharedSubjectLinks: PhraseFinder;
  /** "then", "puis": another meeting of the same subject, its verb left out ("…, puis avec Z"). */
  nextCounterpartLinks: PhraseFinder;
  /** "and also", "avant de": another meeting of the same subject when a meeting verb follows. */
  nextMeetingLinks: PhraseFinder;
  /** "on the sidelines of", "en marge de": the phrase of an event another takes place beside. */
  sidelineOpeners: PhraseFinder;
  /** "separately", "tour à tour": next to a meeting verb, each counterpart meets the subject apart. */
  separateMeetingAdverbs: PhraseFinder;
  /** "and", "et avec": after such an adverb, the link to the next counterpart. */
  separateCounterpartLinks: PhraseFinder;
  /** "with whom", "avec qui": the person before is a partner of the verb after. */
  partnerRelatives: PhraseFinder;
  /** "effectuer", "make": the verb of a relative clause on a trip's noun ("la visite que devait effectuer X"). */
  tripMakingVerbs: PhraseFinder;
  /** "à", "to": before a place the relative clause's verb takes ("que devaient effectuer à Rome les ministres X et Y"). */
  tripPlacePrepositions: PhraseFinder;
  /** "que", "that": the object relative pronoun opening that clause. */
  objectRelatives: PhraseFinder;
  /** "dont": before a name or a number, a list of those included ("des représentants, dont Mme X"), no relative clause. */
  includingPronouns: PhraseFinder;
}

/** The words that tell a phrase of time or place from another verb's, lowercased; folded where accents do not matter. */
export interface CircumstanceWords {
  /** Folded words that open a phrase of time or place ("on", "au"). */
  openers: ReadonlySet<string>;
  /** Folded words that open another clause ("and", "qui"). */
  breakers: ReadonlySet<string>;
  /** Lowercased endings of a participle ("ed", "ée"): the accents tell them. */
  participleEndings: readonly string[];
  /** Lowercased participles of another ending ("held", "tenue"). */
  irregularParticiples: ReadonlySet<string>;
  /** Lowercased nouns of a participle's ending ("armée"). */
  nounsOfParticipleEndings: ReadonlySet<string>;
}

function circumstanceWords(packs: readonly LanguagePack[]): CircumstanceWords {
  const folded = (pick: (c: EventReferenceCues) => readonly string[]) =>
    new Set(packs.flatMap((p) => pick(p.eventReferences).map((w) => foldForMatch(w).replace(/’/gu, "'"))));
  const lower = (pick: (c: EventReferenceCues) => readonly string[]) =>
    packs.flatMap((p) => pick(p.eventReferences).map((w) => w.toLowerCase()));
  return {
    openers: folded((c) => c.CIRCUMSTANCE_OPENERS),
    breakers: folded((c) => c.CIRCUMSTANCE_BREAKERS),
    participleEndings: lower((c) => c.PARTICIPLE_ENDINGS),
    irregularParticiples: new Set(lower((c) => c.IRREGULAR_PARTICIPLES)),
    nounsOfParticipleEndings: new Set(lower((c) => c.NOUNS_OF_PARTICIPLE_ENDINGS)),
  };
}

function compile(packs: readonly LanguagePack[]): EventCues {
  const m = (pick: (c: ModalityCues) => readonly string[]) => phraseFinder(packs.flatMap((p) => pick(p.modality)));
  const r = (pick: (c: EventReferenceCues) => readonly string[]) => phraseFinder(packs.flatMap((p) => pick(p.eventReferences)));
  const t = (pick: (c: EventTriggerCues) => readonly string[]) => phraseFinder(packs.flatMap((p) => pick(p.eventTriggers)));
  return {
    otherDatedNouns: phraseFinder(packs.flatMap((p) => p.dating.OTHER_DATED_NOUNS)),
    earliestMarkers: phraseFinder(packs.flatMap((p) => p.dating.EARLIEST_MARKERS)),
    hostingVerbs: phraseFinder(packs.flatMap((p) => p.dating.HOSTING_VERBS)),
    verbOnlyTriggers: t((c) => c.VERB_ONLY_TRIGGERS),
    adverbsInsideTriggers: t((c) => c.ADVERBS_INSIDE_TRIGGERS),
    presenceVerbs: t((c) => c.PRESENCE_VERBS),
    nounMarkers: t((c) => c.NOUN_MARKERS),
    summitNouns: t((c) => c.SUMMIT_NOUNS),
    meetingBodyHeads: t((c) => c.MEETING_BODY_HEADS),
    occasionPrepositions: t((c) => c.OCCASION_PREPOSITIONS),
    ellipsisPronouns: t((c) => c.ELLIPSIS_PRONOUNS),
    personGroupNouns: r((c) => c.PERSON_GROUP_NOUNS),
    officeGroupNouns: phraseFinder(officeGroups(packs).map(([n]) => n)),
    officeGroupKinds: new Map(officeGroups(packs)),
    soilBeforeDemonym: r((c) => c.SOIL_BEFORE_DEMONYM),
    frontedPhraseOpeners: r((c) => c.FRONTED_PHRASE_OPENERS),
    frontedPhraseParticiples: r((c) => c.FRONTED_PHRASE_PARTICIPLES),
    sidesBetween: r((c) => c.SIDES_BETWEEN),
    blocNouns: r((c) => c.BLOC_NOUNS),
    suchDeterminers: r((c) => c.SUCH_DETERMINERS),
    firstOrLast: r((c) => c.FIRST_OR_LAST),
    identityCopulas: r((c) => c.IDENTITY_COPULAS),
    destinationLinks: r((c) => c.DESTINATION_LINKS),
    contractedDeterminers: r((c) => c.CONTRACTED_DETERMINERS),
    nounArticles: r((c) => c.NOUN_ARTICLES),
    deHeadsWithoutArticle: r((c) => c.DE_HEADS_WITHOUT_ARTICLE),
    commentingVerbs: r((c) => c.COMMENTING_VERBS),
    absenceVerbs: r((c) => c.ABSENCE_VERBS),
    representedBy: r((c) => c.REPRESENTED_BY),
    onBehalfOf: r((c) => c.ON_BEHALF_OF),
    behalfMarkers: phraseFinder(packs.flatMap((p) => p.relations.ON_BEHALF_OF)),
    signedParticiples: phraseFinder(packs.flatMap((p) => p.relations.SIGNED_PARTICIPLES)),
    signVerbs: phraseFinder(packs.flatMap((p) => p.relations.SIGN_VERBS)),
    reportedClauseOpeners: r((c) => c.REPORTED_CLAUSE_OPENERS),
    honorificStyles: phraseFinder(packs.flatMap((p) => p.names.HONORIFIC_STYLES)),
    stopLinks: r((c) => c.STOP_LINKS),
    companionCues: r((c) => c.COMPANION_CUES),
    companyWords: r((c) => c.COMPANY_WORDS),
    attendeeLeads: r((c) => c.ATTENDEE_LEADS),
    attendanceEventPronouns: r((c) => c.ATTENDANCE_EVENT_PRONOUNS),
    attendanceMarkers: r((c) => c.ATTENDANCE_MARKERS),
    attendingVerbs: r((c) => c.ATTENDING_VERBS),
    attendedOccasions: r((c) => c.ATTENDED_OCCASIONS),
    attendedOccasionLinks: r((c) => c.ATTENDED_OCCASION_LINKS),
    attendanceAdverbs: r((c) => c.ATTENDANCE_ADVERBS),
    signingSpectatorVerbs: r((c) => c.SIGNING_SPECTATOR_VERBS),
    signingSpectatorMarkers: r((c) => c.SIGNING_SPECTATOR_MARKERS),
    stopNouns: r((c) => c.STOP_NOUNS),
    legNouns: r((c) => c.LEG_NOUNS),
    stopComplementLinks: r((c) => c.STOP_COMPLEMENT_LINKS),
    invitationNouns: r((c) => c.INVITATION_NOUNS),
    invitationVerbs: r((c) => c.INVITATION_VERBS),
    joinVerbs: r((c) => c.JOIN_VERBS),
    joinedGroups: r((c) => [...c.JOINED_GROUPS, ...c.LEADER_GROUPS]),
    joinedInAct: packs.map((p) => p.eventReferences.JOINED_IN_ACT),
    hostVerbs: r((c) => c.HOST_VERBS),
    passiveReceptions: r((c) => c.PASSIVE_RECEPTIONS),
    masculinePronouns: r((c) => c.MASCULINE_PRONOUNS),
    femininePronouns: r((c) => c.FEMININE_PRONOUNS),
    objectPronounsBeforeVerb: r((c) => c.OBJECT_PRONOUNS_BEFORE_VERB),
    objectPronounsAfterVerb: r((c) => c.OBJECT_PRONOUNS_AFTER_VERB),
    objectPronounsAfterLink: r((c) => c.OBJECT_PRONOUNS_AFTER_LINK),
    objectPronounLinks: r((c) => c.OBJECT_PRONOUN_LINKS),
    verbsAfterObjectPronoun: r((c) => c.VERBS_AFTER_OBJECT_PRONOUN),
    masculineMarkers: r((c) => c.MASCULINE_MARKERS),
    feminineMarkers: r((c) => c.FEMININE_MARKERS),
    afterObjectHer: r((c) => c.AFTER_OBJECT_HER),
    ongoingForms: r((c) => c.ONGOING_FORMS),
    soilAfterDemonym: r((c) => c.SOIL_AFTER_DEMONYM),
    notATripAfter: t((c) => c.NOT_A_TRIP_AFTER),
    urgingTriggers: t((c) => c.URGING_TRIGGERS),
    urgingTriggersNamingWhom: t((c) => c.URGING_TRIGGERS_NAMING_WHOM),
    urgingComplements: t((c) => c.URGING_COMPLEMENTS),
    nameListWords: t((c) => c.NAME_LIST_WORDS),
    personVisitPrepositions: t((c) => c.PERSON_VISIT_PREPOSITIONS),
    personVisitDeterminers: t((c) => c.PERSON_VISIT_DETERMINERS),
    occasionOpeners: t((c) => c.OCCASION_OPENERS),
    hereWords: t((c) => c.HERE_WORDS),
    sceneOpeners: t((c) => c.SCENE_OPENERS),
    placePronounsBeforeVerb: t((c) => c.PLACE_PRONOUNS_BEFORE_VERB),
    placeAdverbsAfterVerb: t((c) => c.PLACE_ADVERBS_AFTER_VERB),
    notAPlaceAfterAdverb: t((c) => c.NOT_A_PLACE_AFTER_ADVERB),
    notAPlaceBeforeAdverb: t((c) => c.NOT_A_PLACE_BEFORE_ADVERB),
    storyContinuations: t((c) => c.STORY_CONTINUATION_WORDS),
    landmarkPrepositions: t((c) => c.LANDMARK_PREPOSITIONS),
    landmarkNouns: phraseFinder(packs.flatMap((p) => [...p.names.PLACE_NOUNS_BEFORE_NAME, ...p.names.PLACE_NOUNS_AFTER_NAME])),
    notASigningAfter: t((c) => c.NOT_A_SIGNING_AFTER),
    anotherSigningCues: t((c) => c.ANOTHER_SIGNING_CUES),
    agreementPronounPassives: t((c) => c.AGREEMENT_PRONOUN_PASSIVES),
    passiveAuxiliaries: t((c) => c.PASSIVE_AUXILIARIES),
    infinitivePassiveAuxiliaries: t((c) => c.INFINITIVE_PASSIVE_AUXILIARIES),
    occasionBeforeAuxiliary: t((c) => c.OCCASION_BEFORE_AUXILIARY),
    occasionAfterSigning: t((c) => c.OCCASION_AFTER_SIGNING),
    notAMeetingObjects: t((c) => c.NOT_A_MEETING_OBJECTS),
    beneficiaryNouns: t((c) => c.BENEFICIARY_NOUNS),
    pluperfectAuxiliaries: t((c) => c.PLUPERFECT_AUXILIARIES),
    beneficiaryPrepositions: t((c) => c.BENEFICIARY_PREPOSITIONS),
    objectDeterminers: new Set(packs.flatMap((p) => p.eventTriggers.OBJECT_DETERMINERS.map((w) => foldForMatch(w)))),
    thingPronouns: new Set(packs.flatMap((p) => p.eventTriggers.THING_PRONOUNS.map((w) => foldForMatch(w)))),
    objectAdverbs: t((c) => c.OBJECT_ADVERBS),
    objectAdverbEndings: packs.flatMap((p) => p.eventTriggers.OBJECT_ADVERB_ENDINGS),
    negation: m((c) => c.NEGATION),
    negationBeforeVerb: m((c) => c.NEGATION_BEFORE_VERB),
    negationAfterVerb: m((c) => c.NEGATION_AFTER_VERB),
    callingOffNegation: m((c) => c.CALLING_OFF_NEGATION),
    callingOffBefore: m((c) => c.CALLING_OFF_BEFORE),
    cancellation: m((c) => c.CANCELLATION),
    contrast: m((c) => c.CONTRAST),
    purpose: m((c) => c.PURPOSE),
    purposeOfNoun: m((c) => c.PURPOSE_OF_NOUN),
    postponement: m((c) => c.POSTPONEMENT),
    reschedulingAdverbs: m((c) => c.RESCHEDULING_ADVERBS),
    postponedTo: m((c) => c.POSTPONED_TO),
    rescheduledHolding: m((c) => c.RESCHEDULED_HOLDING),
    rescheduledSubjects: m((c) => c.RESCHEDULED_SUBJECTS),
    auxiliaries: m((c) => c.AUXILIARIES),
    modality: m((c) => c.MODALITY),
    wishes: m((c) => c.WISHES),
    noDateGiven: m((c) => c.NO_DATE_GIVEN),
    possibilityAfter: m((c) => c.POSSIBILITY_AFTER),
    proposals: m((c) => c.PROPOSALS),
    proposedEventOpeners: m((c) => c.PROPOSED_EVENT_OPENERS),
    agreementToMeet: m((c) => c.AGREEMENT_TO_MEET),
    plannedAdjectives: m((c) => c.PLANNED_ADJECTIVES),
    offers: m((c) => c.OFFERS),
    plannedParticiples: m((c) => c.PLANNED_PARTICIPLES),
    aheadOf: m((c) => c.AHEAD_OF),
    beforeEvent: m((c) => c.BEFORE_EVENT),
    pluralEventNouns: m((c) => c.PLURAL_EVENT_NOUNS),
    habit: m((c) => c.HABIT),
    possessivesSingular: r((c) => c.POSSESSIVES_SINGULAR),
    possessivesPlural: r((c) => c.POSSESSIVES_PLURAL),
    possessivesFirstPlural: r((c) => c.POSSESSIVES_FIRST_PLURAL),
    subjectPronouns: r((c) => c.SUBJECT_PRONOUNS),
    impersonalSubjectPhrases: r((c) => c.IMPERSONAL_SUBJECT_PHRASES),
    agentMarkers: r((c) => c.AGENT_MARKERS),
    gatheringVerbs: r((c) => c.GATHERING_VERBS),
    circumstanceWords: circumstanceWords(packs),
    countryNouns: r((c) => c.COUNTRY_NOUNS),
    organizationNouns: r((c) => c.ORGANIZATION_NOUNS),
    leaderGroups: r((c) => c.LEADER_GROUPS),
    indefiniteArticles: r((c) => c.INDEFINITE_ARTICLES),
    leaderNouns: r((c) => c.LEADER_NOUNS),
    countWords: phraseFinder(packs.flatMap((p) => Object.keys(p.eventReferences.COUNT_WORDS))),
    countWordValues: new Map(packs.flatMap((p) => Object.entries(p.eventReferences.COUNT_WORDS))),
    countryGroupNouns: r((c) => c.COUNTRY_GROUP_NOUNS),
    memberListVerbs: r((c) => c.MEMBER_LIST_VERBS),
    bareGroupSubjects: r((c) => c.BARE_GROUP_SUBJECTS),
    sharedSubjectLinks: r((c) => c.SHARED_SUBJECT_LINKS),
    partnerRelatives: r((c) => c.PARTNER_RELATIVES),
    tripMakingVerbs: r((c) => c.TRIP_MAKING_VERBS),
    tripPlacePrepositions: r((c) => c.TRIP_PLACE_PREPOSITIONS),
    objectRelatives: r((c) => c.OBJECT_RELATIVES),
    includingPronouns: r((c) => c.INCLUDING_PRONOUNS),
    nextCounterpartLinks: r((c) => c.NEXT_COUNTERPART_LINKS),
    nextMeetingLinks: r((c) => c.NEXT_MEETING_LINKS),
    sidelineOpeners: r((c) => c.SIDELINE_OPENERS),
    separateMeetingAdverbs: r((c) => c.SEPARATE_MEETING_ADVERBS),
    separateCounterpartLinks: r((c) => c.SEPARATE_COUNTERPART_LINKS),
  };
}

const cache = new Map<string, EventCues>();

/** The event cues of a language (every pack's together for a language without one). */
export function eventCues(language: string): EventCues {
  const own = packFor(language);
  const key = own ? own.code : "any";
  let cues = cache.get(key);
  if (!cues) {
    cues = compile(own ? [own] : allPacks());
    cache.set(key, cues);
  }
  return cues;
}
