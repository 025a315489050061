/**
 * English cues for who takes part in an event and where (ingest/extract/events/): possessives
 * and pronouns that stand for a person already named, agents after a passive or an event
 * noun, nouns that stand for a country or an organisation already named, groups of leaders
 * and counted groups of countries. Plain phrase lists, matched folded at word boundaries.
 */
import { NUMBER_WORDS_TO_TWENTY } from "./numbers.js";

/** Right before an event noun: whose event it is ("her visit", "their meeting"). */
export const POSSESSIVES_SINGULAR = ["his", "her"] as const;
export const POSSESSIVES_PLURAL = ["their"] as const;
/** Inside a quote: the speaker's side ("our summit"). */
export const POSSESSIVES_FIRST_PLURAL = ["our"] as const;

/** A clause subject standing for one person already named. */
export const SUBJECT_PRONOUNS = ["he", "she"] as const;
/** A subject pronoun that stands for no one (French has "il y a"; English's "it" is not among the subject pronouns). */
export const IMPERSONAL_SUBJECT_PHRASES = [] as const;

/**
 * Pronouns standing for one person already named, by the gender they mark: subjects ("he will be received"), objects
 * right after the verb ("met him", "received her") or after a link word ("held talks with her"). English puts no
 * person's pronoun before the verb.
 */
export const MASCULINE_PRONOUNS = ["he", "him"] as const;
export const FEMININE_PRONOUNS = ["she", "her"] as const;
export const OBJECT_PRONOUNS_BEFORE_VERB = [] as const;
export const OBJECT_PRONOUNS_AFTER_VERB = ["him", "her"] as const;
export const OBJECT_PRONOUNS_AFTER_LINK = ["him", "her"] as const;
/** Between a verb of meeting and the person met: "held talks with her", "met with him". */
export const OBJECT_PRONOUN_LINKS = ["with"] as const;
/** Verb forms whose object may be a pronoun before them (French only: "Y l'avait reçu"). */
export const VERBS_AFTER_OBJECT_PRONOUN = [] as const;
/** Right before a person's name, what marks the person's gender ("Mr Sandvik", "Ms Berg"). */
export const MASCULINE_MARKERS = ["Mr", "Mr."] as const;
export const FEMININE_MARKERS = ["Ms", "Ms.", "Mrs", "Mrs."] as const;
/** After "her": words that make it the verb's object ("met her in Rome", "received her on Monday"), not a possessive ("her counterpart"). */
export const AFTER_OBJECT_HER = [
  "in",
  "at",
  "on",
  "for",
  "during",
  "last",
  "this",
  "next",
  "yesterday",
  "today",
  "again",
  "and",
  "after",
  "before",
  "twice",
  "briefly",
  "earlier",
  "later",
] as const;

/** After an event's noun, its verb of gathering: the sides listed after it take part ("The summit brought together Ecuador and Peru"). */
export const GATHERING_VERBS = [
  "brought together",
  "brings together",
  "bring together",
  "bringing together",
  "gathered",
  "gathers",
] as const;

/** After a passive verb or an event noun: who did it ("signed by", "the signing by"). */
export const AGENT_MARKERS = ["by"] as const;

/**
 * Between a passive verb and its agent, what opens a phrase of time or place: "signed on Monday at the ministry in Riga
 * by X". Dates and places themselves are read past as the date and place finders give them.
 */
export const CIRCUMSTANCE_OPENERS = ["on", "at", "in", "during", "inside", "aboard", "earlier", "last", "this"] as const;
/** Words that open another clause or verb: the "by" after them is not the passive verb's ("signed in Riga and hailed by X"). */
export const CIRCUMSTANCE_BREAKERS = ["and", "but", "while", "which", "who", "where", "that", "then", "after", "before", "as"] as const;
/** Endings of a participle, whose own agent a "by" after it is ("at a ceremony hosted by X"). */
export const PARTICIPLE_ENDINGS = ["ed"] as const;
/** Participles of no such ending ("at a ceremony held in Riga by X"). */
export const IRREGULAR_PARTICIPLES = [
  "held",
  "led",
  "run",
  "overseen",
  "given",
  "made",
  "built",
  "chosen",
  "seen",
  "shown",
  "won",
] as const;
/** Nouns and adjectives of such an ending ("a hundred", "the red room"). */
export const NOUNS_OF_PARTICIPLE_ENDINGS = ["hundred", "shed", "bed", "red"] as const;

/** Prepositions of a place the relative clause's verb takes: "the trip that ministers X and Y were to make to Rome this week". */
export const TRIP_PLACE_PREPOSITIONS = ["to", "in"] as const;

/**
 * Verbs that make a trip's noun the object of a relative clause: "the visit that Minister X was due to make",
 * "the trip X had planned to make to Rome" (the clause's subject is the visitor).
 */
export const TRIP_MAKING_VERBS = [
  "make",
  "makes",
  "making",
  "made",
  "pay",
  "paying",
  "paid",
  "undertake",
  "undertaking",
  "undertook",
] as const;

/** Object relative pronouns opening such a clause (English may also leave it out). */
export const OBJECT_RELATIVES = ["that", "which"] as const;

/** Relative pronouns that open a list when a name or a number follows (English says "including", no pronoun). */
export const INCLUDING_PRONOUNS: readonly string[] = [];

/** A definite noun standing for a country already named ("the kingdom", "the island nation"). */
export const COUNTRY_NOUNS = [
  "the country",
  "the kingdom",
  "the nation",
  "the island nation",
  "the republic",
  "the emirate",
  "the archipelago",
] as const;

/** A definite noun standing for an organisation already named ("the bloc", "the alliance"). */
export const ORGANIZATION_NOUNS = [
  "the organisation",
  "the organization",
  "the bloc",
  "the regional bloc",
  "the alliance",
  "the grouping",
  "the group",
  "the union",
  "the forum",
  "the body",
] as const;

/** Plural office holders: "EU leaders", "G7 finance ministers", "the leaders of ASEAN". */
export const LEADER_GROUPS = [
  "leaders",
  "heads of state",
  "heads of state and government",
  "heads of government",
  "ministers",
  "foreign ministers",
  "defence ministers",
  "defense ministers",
  "finance ministers",
  "presidents",
  "representatives",
] as const;

/** An indefinite leader of a country ("a Colombian president", "an Indian minister"): article, demonym, noun. */
export const INDEFINITE_ARTICLES = ["a", "an"] as const;
export const LEADER_NOUNS = [
  "leader",
  "president",
  "head of state",
  "head of government",
  "prime minister",
  "premier",
  "minister",
  "foreign minister",
  "chancellor",
] as const;

/** Counted groups of countries: "fifteen countries", "the 15 members". */
export const COUNT_WORDS = NUMBER_WORDS_TO_TWENTY;
export const COUNTRY_GROUP_NOUNS = [
  "countries",
  "states",
  "nations",
  "governments",
  "members",
  "signatories",
  "partners",
  "economies",
] as const;
/** What introduces the members of a counted group: "The 15 countries include …". */
export const MEMBER_LIST_VERBS = ["include", "includes", "are", "comprise", "namely", "including"] as const;

/** Counted groups of people that stand for the participants of the event told ("les trois dirigeants", "the two men"). */
export const PERSON_GROUP_NOUNS = [
  "leaders",
  "men",
  "women",
  "ministers",
  "presidents",
  "heads of state",
  "heads of government",
  "officials",
  "chief executives",
  "executives",
  "ceos",
] as const;

/**
 * Group nouns that say which office their people hold: "the two ministers" are people the story gives a
 * minister's title, not the two chief executives who just signed (coreference-of-events.ts: officeHolders).
 */
export const MINISTER_GROUP_NOUNS = [
  "ministers",
  "foreign secretaries",
  "defence secretaries",
  "defense secretaries",
  "top diplomats",
] as const;
export const HEAD_OF_GOVERNMENT_GROUP_NOUNS = ["prime ministers", "premiers", "heads of government", "chancellors"] as const;
export const HEAD_OF_STATE_GROUP_NOUNS = ["presidents", "heads of state"] as const;
/** Heads of state or government, either ("leaders" says nothing: heads of institutions, of parties, of companies are leaders too). */
export const LEADER_GROUP_NOUNS = ["heads of state and government"] as const;
/** Heads of companies (titles of kind "other"). */
export const EXECUTIVE_GROUP_NOUNS = ["chief executives", "executives", "ceos"] as const;

/** A group with no noun that stands for the participants of the event told, right before its verb ("where the two signed", "both signed"). */
export const BARE_GROUP_SUBJECTS = ["the two", "both"] as const;

/** Words that join a verb to the one before it, whose subject it shares ("X met Y and signed …", "… and then signed"). */
export const SHARED_SUBJECT_LINKS = ["and", "and then", "then"] as const;

/**
 * Words that move on, in a meeting's sentence, to another meeting of the same subject, with no verb ("spoke with
 * Y, then with Z", "met Y on Monday and then Z") or with a meeting verb right after them.
 */
export const NEXT_COUNTERPART_LINKS = ["then", "and then", "and later", "and on"] as const;

/** Open the phrase of an event on whose fringes another takes place ("on the sidelines of Wednesday's summit, X met Y"). */
export const SIDELINE_OPENERS = [
  "on the sidelines of",
  "on the margins of",
  "in the margins of",
  "on the fringes of",
  "on the fringe of",
] as const;

/** Next to a meeting verb, adverbs that make each counterpart's meeting its own ("met separately with Y and Z"). */
export const SEPARATE_MEETING_ADVERBS = [
  "separately",
  "individually",
  "in turn",
  "successively",
  "one after the other",
  "one by one",
] as const;

/** After such an adverb, the link to the next counterpart ("and", "and with"). */
export const SEPARATE_COUNTERPART_LINKS = ["and", "and with", "as well as", "as well as with"] as const;

/** Words that open another meeting of the same subject when a meeting verb follows them ("and also spoke with Z", "before meeting Z"). */
export const NEXT_MEETING_LINKS = [
  "then",
  "and then",
  "later",
  "and later",
  "and also",
  "before",
  "and afterwards",
  "after which he",
  "after which she",
  // "…, a day after speaking by phone with Z", "after meeting Z": an earlier meeting, with a counterpart of its own.
  "after speaking",
  "after talking",
  "after meeting",
  "after holding",
  "after having",
] as const;

/** Relative pronouns that make the person before them a partner of the verb after them ("X met Y, with whom he signed …"). */
export const PARTNER_RELATIVES = ["with whom", "alongside whom", "together with whom"] as const;

/** A country as the ground under someone's feet: "on French soil" (a demonym, then "soil"). */
export const SOIL_BEFORE_DEMONYM: readonly string[] = [];
export const SOIL_AFTER_DEMONYM = ["soil", "territory"] as const;

/** Prepositions that open a phrase fronted before the sentence's subject ("During a visit to Oyo, X …"). */
export const FRONTED_PHRASE_OPENERS = ["during", "on", "after", "before", "ahead of", "while on", "at the end of", "following"] as const;

/** Participles that may come before a fronted phrase: "Speaking after a meeting with X, Y said", "Speaking to reporters after meeting X, Y said". */
export const FRONTED_PHRASE_PARTICIPLES = [
  "speaking",
  "talking",
  "writing",
  "speaking to reporters",
  "speaking to journalists",
  "speaking to the press",
  "talking to reporters",
  "talking to journalists",
  "addressing reporters",
  "addressing journalists",
  "speaking at a news conference",
  "speaking at a press conference",
  "speaking at a joint news conference",
  "speaking at a joint press conference",
] as const;

/** The word that opens the sides of a meeting right after its noun: "talks between Kyiv and Moscow". */
export const SIDES_BETWEEN = ["between"] as const;

/** After "between the two", the organisations already named: "a meeting between the two blocs". */
export const BLOC_NOUNS = ["blocs", "organizations", "organisations", "alliances", "groupings"] as const;

/** Right before an event's noun, referring back to the one just told about: "such a meeting". */
export const SUCH_DETERMINERS = ["such a", "such an", "such"] as const;

/** Words that single out one of a kind before an infinitive event: "the last Colombian leader to visit Venezuela was X". */
export const FIRST_OR_LAST = ["first", "last", "only", "latest"] as const;

/** Verbs that say who that one was: "… to visit Venezuela was X". */
export const IDENTITY_COPULAS = ["was", "is", "will be", "has been", "had been"] as const;

/** Words that may stand between two countries a trip goes to: "to Serbia and Hungary", "to Japan, then to South Korea". */
export const DESTINATION_LINKS = ["and", "then", "as well as", "before", "to", "the"] as const;

/**
 * Determiners that are definite only after a noun or a word that takes "de" (French "des": "à l'issue
 * des entretiens", "lors des pourparlers") and an indefinite article elsewhere ("pour des entretiens").
 * English has none.
 */
export const CONTRACTED_DETERMINERS: readonly string[] = [];
/** Articles that mark the word before such a determiner as a noun ("l'issue des", "au cours des"). */
export const NOUN_ARTICLES: readonly string[] = [];
/** Words that take "de" with no article of their own ("lors des", "en marge des"). */
export const DE_HEADS_WITHOUT_ARTICLE: readonly string[] = [];

/** Nouns whose possessor invites rather than travels: "accepted his invitation to visit Tehran" (the visitor accepted). */
/**
 * Verbs of comment: "X said that the visit …", "X called the signing a cornerstone", "X hailed the summit": the
 * one who comments on an event told by its noun is not one of its participants.
 */
export const COMMENTING_VERBS = [
  "said",
  "says",
  "told",
  "added",
  "noted",
  "stressed",
  "insisted",
  "argued",
  "warned",
  "called",
  "hailed",
  "praised",
  "described",
  "welcomed",
  "criticised",
  "criticized",
  "condemned",
  "denounced",
] as const;

/** "X skipped the meeting", "X did not attend the talks": who stays away from an event told right after. */
export const ABSENCE_VERBS = [
  "skipped",
  "skips",
  "will skip",
  "missed",
  "will miss",
  "boycotted",
  "boycotts",
  "will boycott",
  "snubbed",
  "snubs",
  "will snub",
  "shunned",
  "shuns",
  "will shun",
  "sat out",
  "sits out",
  "will sit out",
  "to skip",
  "to snub",
  "to boycott",
  "to shun",
  "to sit out",
  "stayed away from",
  "stays away from",
  "did not attend",
  "didn't attend",
  "does not attend",
  "will not attend",
  "won't attend",
  "did not take part in",
  "will not take part in",
  "was absent from",
  "were absent from",
  "declined to attend",
  "pulled out of",
] as const;

/** "X chaired the summit on behalf of King Y": the one in whose name an event is held or attended is not there. */
export const ON_BEHALF_OF = ["on behalf of", "in the name of", "representing"] as const;

/** "X was represented by his deputy Y at the meeting": the one represented stays away from the event of the sentence. */
export const REPRESENTED_BY = [
  "was represented by",
  "were represented by",
  "is represented by",
  "will be represented by",
  "had himself represented by",
  "had herself represented by",
] as const;

/** Words that may open a reported clause right after a verb of saying ("X said that Y …"). */
export const REPORTED_CLAUSE_OPENERS = ["that"] as const;

/** "… to Tokyo on Monday, then to Osaka on Wednesday": words opening a trip's later stop. */
export const STOP_LINKS = ["then", "and then", "and finally"] as const;

/** Who goes with a participant: "X, accompanied by Y, visited Z" (Y takes part too). */
/**
 * Verbs of one who watches a signing told right after them, not one who signs: "X attended the signing",
 * "X looked on as Y and Z signed", "X presided over the signing ceremony".
 */
export const SIGNING_SPECTATOR_VERBS = [
  "attended",
  "attends",
  "will attend",
  "was attending",
  "witnessed",
  "witnesses",
  "will witness",
  "looked on",
  "looks on",
  "watched",
  "watches",
  "presided over",
  "presides over",
  "oversaw",
  "oversees",
] as const;

/** Before the people who watch a signing, not sign it: "in the presence of X", "witnessed by X". */
export const SIGNING_SPECTATOR_MARKERS = [
  "in the presence of",
  "witnessed by",
  "watched by",
  "observed by",
  "under the gaze of",
  "under the eyes of",
  "presided over by",
  "chaired by",
] as const;

export const COMPANION_CUES = [
  "accompanied by",
  "along with",
  "alongside",
  "together with",
  "joined by",
  "flanked by",
  "in the company of",
] as const;

/**
 * Nouns of a trip or of one of its stops whose place is told right before them ("the Jakarta leg", "the Tokyo
 * visit") or as their complement ("la visite de Bamako"): the destination.
 */
export const STOP_NOUNS = ["visit", "trip", "tour", "leg", "stop", "stopover"] as const;

/** The stop nouns that name one leg of a longer trip: a traveller's even when the sentence names no one and calls nothing off ("The Riga leg is planned for Sunday"). */
export const LEG_NOUNS = ["leg", "stop", "stopover"] as const;

/** What joins a stop noun to its place when the place follows ("a stop in Riga", "the visit to Gdansk"). */
export const STOP_COMPLEMENT_LINKS: readonly string[] = ["in", "to", "at"];

export const INVITATION_NOUNS = ["invitation", "invite"] as const;

/** Verbs of joining a group that meets: "X is expected to join her counterparts in Brussels on Thursday". */
export const JOIN_VERBS = ["join", "joins", "joined", "joining", "rejoin", "rejoined"] as const;

/** Groups that meet, besides the leaders' groups, after a verb of joining ("join her counterparts", "joined his colleagues"). */
export const JOINED_GROUPS = ["counterparts", "colleagues", "fellow ministers", "fellow leaders", "allies"] as const;

/** Right after the group joined: joining in an act, not a meeting ("joined her counterparts in condemning …"). */
export const JOINED_IN_ACT = /^\s+in\s+\p{L}+ing\b/u;

/** Verbs of a host inviting a guest: "X invited Y to visit Z" (Y travels, not X). */
export const INVITATION_VERBS = ["invited", "invites", "will invite"] as const;

/** Verbs of a host receiving a guest: "X welcomed Y to Paris for a state visit" (the guest's visit is to the place the host received them in). */
export const HOST_VERBS = [
  "welcomed",
  "welcomes",
  "will welcome",
  "received",
  "receives",
  "will receive",
  "hosted",
  "hosts",
  "will host",
  "greeted",
  "greets",
  "host",
  "to host",
] as const;

/** A guest received, in the passive: "X will be received in Paris" — with no host named, the guest's visit to where they are received. */
export const PASSIVE_RECEPTIONS = [
  "will be received",
  "would be received",
  "to be received",
  "was received",
  "were received",
  "is received",
  "has been received",
  "will be welcomed",
  "was welcomed",
  "to be welcomed",
  "will be hosted",
  "was hosted",
  "to be hosted",
] as const;

/** Forms that tell, in a relative clause, what is going on now: "X, who is visiting Hanoi" is the story's trip, not background. */
export const ONGOING_FORMS = [
  "is visiting",
  "was visiting",
  "are visiting",
  "were visiting",
  "is making",
  "was making",
  "is paying",
  "was paying",
  "is on",
  "was on",
  "are on",
  "were on",
] as const;

/**
 * Nouns of a party travelling with someone, and the words that open its members after a companion cue: "He is
 * accompanied by a delegation that includes Deputy Minister Y" (Y takes part in the visit told before).
 */
export const COMPANY_WORDS = [
  "a",
  "an",
  "the",
  "his",
  "her",
  "delegation",
  "high-level delegation",
  "team",
  "entourage",
  "that",
  "which",
  "includes",
  "included",
  "including",
  "comprising",
  "made up of",
  "of",
  "among them",
] as const;

/**
 * Before the people who attended an event told before, in a sentence that tells no event of its own: "It was attended
 * by X and Y", "Also present were X", "Among those attending were X", "It brought together X and Y". Only a pronoun
 * standing for the event (ATTENDANCE_EVENT_PRONOUNS), auxiliaries and adverbs may come before.
 */
export const ATTENDEE_LEADS = [
  "attended by",
  "present were",
  "present was",
  "in attendance were",
  "attending were",
  "taking part were",
  "participating were",
  "participants included",
  "participants were",
  "among those present were",
  "among those attending were",
  "among those taking part were",
  "among the participants were",
  "among the attendees were",
  "attendees included",
  "brought together",
  "brings together",
  "will bring together",
] as const;

/** The event as the subject of an attendee lead ("It was attended by X", "It brought together X"). */
export const ATTENDANCE_EVENT_PRONOUNS = ["it"] as const;

/**
 * Before the people who attend an event told before, anywhere in a sentence that names no one before it and tells no
 * event of its own: "The opening session was held in the presence of X", "The dinner was chaired by Y".
 */
export const ATTENDANCE_MARKERS = ["in the presence of", "chaired by", "co-chaired by", "presided over by", "hosted by"] as const;

/**
 * After the people who attended an event told before, their verb, in a sentence that tells no event of its own: "X, Y
 * and Z also attended", "X and Y were also present", "X took part in the opening session". Not negated ("X did not
 * attend" is no attendance: ABSENCE_VERBS).
 */
export const ATTENDING_VERBS = ["attended", "took part", "present", "in attendance", "participated"] as const;

/**
 * What an attending verb may name as its object, the event's own parts: "X attended the opening session", "Y took
 * part in the closing ceremony"; any other object ("X attended a university") is no attendance of the event.
 */
export const ATTENDED_OCCASIONS = [
  "opening",
  "opening session",
  "opening ceremony",
  "closing session",
  "closing ceremony",
  "ceremony",
  "session",
  "sessions",
  "proceedings",
  "deliberations",
  "gathering",
  "plenary",
  "plenary session",
  "family photo",
] as const;

/** Between an attending verb and the occasion it names: prepositions and articles ("took part in the", "attended the"). */
export const ATTENDED_OCCASION_LINKS = ["the", "in the", "at the", "in", "at", "its", "both", "on"] as const;

/** Adverbs around an attending verb or lead ("also attended", "attended instead", "were present too"). */
export const ATTENDANCE_ADVERBS = ["also", "too", "as well", "instead", "in his place", "in her place", "likewise"] as const;
