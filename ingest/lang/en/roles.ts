/**
 * English cues for attaching offices to people: what may stand between a name and its title, the
 * verbs that make one the other, the words that give each person of a list their own owner.
 * Plain constants, as the text writes them; ingest/extract/role-cues.ts compiles them.
 */
import { REPRESENTED_BY } from "./event-references.js";

/** Adverbs inside an apposition: "X, also the party's leader", "X, now foreign minister". */
export const APPOSITION_ADVERBS: readonly string[] = ["also", "now", "then", "currently", "still"];

/** Taking an office, said of its holder: in the copulas and in relative clauses alike ("X, who was appointed …"). */
const APPOINTMENTS: readonly string[] = [
  "took office as",
  "was appointed",
  "has been appointed",
  "was named",
  "has been named",
  "was elected",
  "has been elected",
  "was sworn in as",
];

/** Verbs that make a person the holder of the title after them: "X became the U.S. president". Present and past only. */
export const COPULAS: readonly string[] = [
  "is",
  "was",
  "became",
  "becomes",
  "has been",
  "had been",
  "has become",
  "had become",
  "remains",
  "remained",
  "was re-elected",
  "has been sworn in as",
  "takes office as",
  "was confirmed as",
  ...APPOINTMENTS,
];

/** Words after which a person belongs to the delegation of the person before them: "X, accompanied by Minister Y". */
export const DELEGATION_CUES: readonly string[] = ["accompanied by", "along with", "flanked by", "joined by"];

/**
 * Words after a country that name the person after them as the one who speaks for it: "Serbia was represented by
 * Prime Minister X" (the office after them is that country's).
 */
export const REPRESENTATIVE_LINKS: readonly string[] = [...REPRESENTED_BY, "represented by"];

/** Nouns of a group that speaks for a country when the country qualifies them: "the Emirati delegation", "a delegation from Mali". */
export const DELEGATION_NOUNS: readonly string[] = ["delegation", "delegations", "team", "mission"];

/** Verbs of one who goes with a guest, not one who receives them: "X, the defence minister, accompanied him". */
export const COMPANION_VERBS: readonly string[] = [
  "accompanied",
  "accompanies",
  "accompanying",
  "travelled with",
  "traveled with",
  "travelling with",
  "traveling with",
  "was part of the delegation",
  "joined him",
  "joined her",
];

/** Between such a group and its country written after it: "a delegation from Mali", "the delegation of the UAE". */
export const DELEGATION_COUNTRY_LINKS: readonly string[] = ["from", "from the", "of", "of the"];

/** Words between such a group and the person at its head: "The Emirati delegation was led by Vice President X". */
export const DELEGATION_LEADER_LINKS: readonly string[] = [
  "led by",
  "headed by",
  "was led by",
  "was headed by",
  "is led by",
  "is headed by",
  "will be led by",
  "will be headed by",
];

/** Arriving somewhere, said of a guest: "X arrived here", "X arrived in Colombo" (the place is where the guest is received). */
export const ARRIVAL_WORDS: readonly string[] = ["arrived", "arrives", "arriving", "arrival", "landed", "has arrived", "will arrive"];

/** Between a trip's word and its traveller written after it: "the visit of Defence Minister X to Hanoi", "a visit by X to Accra". */
export const TRAVELLER_LINKS: readonly string[] = ["of", "of the", "by", "by the"];

/** Before a trip's word, a time before the trip: "Ahead of his visit to Hanoi, X met President Y" meets Y at home. */
export const BEFORE_TRIP_WORDS: readonly string[] = [
  "before",
  "ahead of",
  "prior to",
  "in the run-up to",
  "in preparation for",
  "on the eve of",
];

/** A trip told over: the people met after these words are met back home ("On his return, he briefed President X"). */
export const TRIP_OVER_WORDS: readonly string[] = [
  "back home",
  "returned home",
  "returning home",
  "flew home",
  "flew back",
  "returned to",
  "after returning",
  "on his return",
  "on her return",
  "upon his return",
  "upon her return",
  "back in",
];

/** Words that add one more person to a list of people who share an office: "as well as the Briton X and the Italian Y". */
export const LIST_JOINERS: readonly string[] = ["as well as", "along with", "and"];

/** Possessives before an office that make it the office of the sentence's subject: "Bamako was represented by its defence minister, X". */
export const SUBJECT_POSSESSIVES: readonly string[] = ["its"];

/** The word that gives each person of a list their own owner: "the presidents …, X for A and Y for B". */
export const OWNER_PER_PERSON: readonly string[] = ["for"];

/** Words before the city or country where an office serves, between the title and its holder: "the Indian ambassador in Nairobi, X". */
export const POSTING_LINKS: readonly string[] = ["in", "at", "to"];

/** Words between a title in apposition after a name and the organisation it serves: "X, a professor at Keio University, said". */
export const APPOSITION_OWNER_LINKS: readonly string[] = ["of", "of the", "at", "at the", "with", "with the"];

/** Before the field a teacher or researcher works in, between their title and the link to the owner: "a professor of history at Y". */
export const FIELD_OF_WORK_LINKS: readonly string[] = ["of", "in"];

/** Words between a name and its owner in a royal or formal style: "King X of Bahrain". */
export const OWNER_AFTER_NAME: readonly string[] = ["of", "of the"];

/** Personal honorifics and abbreviated ranks that may stand between a title and the name: "Deputy Prime Minister Mr X", "deputy defence minister, Lt. Gen. X". */
export const PERSONAL_HONORIFICS: readonly string[] = [
  "Mr",
  "Mrs",
  "Ms",
  "Messrs",
  "Sir",
  "Dame",
  "Lord",
  "Lady",
  "Gen",
  "Lt",
  "Col",
  "Adm",
  "Capt",
  "Maj",
  "Brig",
  "Cmdr",
];

/** Verbs of a relative clause that give the person an office of the organisation after them: "X, who chairs the African Union". */
export const OFFICE_VERBS: Readonly<Record<string, readonly string[]>> = {
  Chairperson: ["who chairs", "who chaired", "who currently chairs", "who holds the rotating chair of", "who holds the chair of"],
  Head: ["who heads", "who headed", "who leads", "who led", "who runs"],
};

/**
 * An office told by what its holder runs or keeps, by the KB title it stands for: "X keeps the defence portfolio", "X, who
 * headed the foreign ministry". Read after one of PERIPHRASIS_VERBS (an article between aside).
 */
export const OFFICE_PERIPHRASES: Readonly<Record<string, readonly string[]>> = {
  "title:foreign-minister": ["foreign affairs portfolio", "foreign portfolio", "foreign ministry", "country's diplomacy"],
  "title:defence-minister": ["defence portfolio", "defense portfolio", "defence ministry", "defense ministry"],
  "title:finance-minister": ["finance portfolio", "finance ministry"],
  "title:interior-minister": ["interior portfolio", "interior ministry"],
  "title:justice-minister": ["justice portfolio", "justice ministry"],
};

/** Verbs before an office periphrasis, by the tenure they give: "keeps", "who heads" (held now), "who headed", "previously held" (before). */
export const PERIPHRASIS_VERBS: Readonly<Record<"current" | "former", readonly string[]>> = {
  current: [
    "keeps",
    "kept",
    "retains",
    "retained",
    "holds",
    "who holds",
    "heads",
    "who heads",
    "takes over",
    "took over",
    "who runs",
    "runs",
  ],
  former: ["who headed", "who held", "who ran", "previously held", "previously headed", "had held", "had headed"],
};

/** Relative pronouns that open a clause about the person named before them: "X, who is also national security adviser". */
export const RELATIVE_PRONOUNS: readonly string[] = ["who"];

/**
 * Verbs of such a clause that make the person the holder of the title after them, the clause's adverbs
 * aside ("who is also", "who now serves as"). Present, perfect, and the past of taking office (the office
 * is still held); not "was", which may tell a former office.
 */
export const RELATIVE_OFFICE_VERBS: readonly string[] = [
  "is",
  "has been",
  "became",
  "has become",
  "remains",
  "serves as",
  "is serving as",
  "has served as",
  "acts as",
  "is acting",
  "doubles as",
  "holds the post of",
  "holds the office of",
  "holds the position of",
  "occupies the post of",
  ...APPOINTMENTS,
];

/** Leaving the office named after them ("X stepped down as defence minister", "X, who resigned as …"): it is a past one. */
const STEPPED_DOWN_AS: readonly string[] = [
  "stepped down as",
  "has stepped down as",
  "resigned as",
  "has resigned as",
  "quit as",
  "was dismissed as",
  "was sacked as",
  "was removed as",
];

/**
 * Verbs of a main clause, right after the name, that give the title after them with its tenure: "X stepped down as
 * defence minister", "X will take over as chief of staff". Not the copulas ("X was defence minister"), read as held.
 */
export const TENURE_VERBS: Readonly<Record<"former" | "acting" | "designated", readonly string[]>> = {
  former: [...STEPPED_DOWN_AS, "previously served as", "formerly served as"],
  acting: ["is acting as", "will act as", "is standing in as", "is filling in as"],
  designated: [
    "will take over as",
    "is to take over as",
    "is due to take over as",
    "is set to take over as",
    "is expected to take over as",
    "will become",
    "is to become",
    "is due to become",
    "is set to become",
  ],
};

/**
 * Between an office and the person who fills it for the time being: "the post, held in an acting capacity by the justice
 * minister, X": that person holds the office as acting (their own office stays theirs).
 */
export const HELD_AS_ACTING_BY: readonly string[] = [
  "held in an acting capacity by",
  "held on an interim basis by",
  "filled on an interim basis by",
  "filled in an acting capacity by",
  "held ad interim by",
];

/**
 * Leaving office, right after a person told with their title ("Kenya's defence minister, X, resigned on Monday",
 * "Defence Minister X stepped down", "the director, who stepped down in May"): the office is a past one.
 */
export const RESIGNATION_VERBS: readonly string[] = [
  "resigned",
  "has resigned",
  "stepped down",
  "has stepped down",
  "was dismissed",
  "was sacked",
  "was fired",
  "was ousted",
];

/**
 * Verbs of such a clause that give the title after them with its tenure: held before ("who was foreign
 * minister at the time"), for the time being ("who is acting as"), or not yet ("who will take over as").
 */
export const RELATIVE_TENURE_VERBS: Readonly<Record<"former" | "acting" | "designated", readonly string[]>> = {
  former: ["was", "was then", "had been", "served as", "then served as", "was serving as", "previously served as", ...STEPPED_DOWN_AS],
  acting: ["is acting as", "is standing in as", "is filling in as", "is serving as interim", "is performing the duties of"],
  designated: [
    "will take over as",
    "is to take over as",
    "is due to take over as",
    "is set to take over as",
    "will become",
    "is to become",
    "is due to become",
    "is set to become",
    "will serve as",
  ],
};

/**
 * Taking up an office later, said of the person just named or appointed ("X was named defence minister and
 * will take office on Friday", "He will take up the post on January 1"): the office is not yet held.
 */
export const TAKES_OFFICE_LATER: readonly string[] = [
  "will take office",
  "will take up the post",
  "will take up his post",
  "will take up her post",
  "will take up his duties",
  "will take up her duties",
  "will take up the role",
  "will assume office",
  "will assume the post",
  "will assume his duties",
  "will assume her duties",
  "is due to take office",
  "is set to take office",
];

/**
 * Words before the date an appointment takes effect ("named X defence minister, effective March 1", "with effect from
 * January 1"): with a date still to come, the office is not yet held.
 */
export const TAKES_EFFECT_FROM: readonly string[] = [
  "effective",
  "effective from",
  "effective as of",
  "with effect from",
  "as of",
  "as from",
];

/** Nouns, with the possessive that points back to the successor, naming the person who held the successor's office before: "his predecessor, X". */
export const PREDECESSOR_NOUNS: readonly string[] = ["his predecessor", "her predecessor", "their predecessor"];

/**
 * A succession still to come ("X will succeed Y", "Y will be replaced by X"): the successor is designated and
 * the predecessor still holds the office. Read beside SUCCESSION_VERBS and SUCCESSION_PASSIVE_VERBS.
 */
export const SUCCESSION_FUTURE_VERBS: readonly string[] = [
  "will succeed",
  "is to succeed",
  "is set to succeed",
  "is due to succeed",
  "is expected to succeed",
  "was chosen to succeed",
  "was named to succeed",
  "will replace",
  "is to replace",
  "is set to replace",
  "is due to replace",
  "will take over from",
  "is to take over from",
  "is set to take over from",
  "will be replaced by",
  "is to be replaced by",
  "will be succeeded by",
];

/** Verbs after which the person named next held the office before the person named before them: "X succeeded Y as defence minister". */
export const SUCCESSION_VERBS: readonly string[] = [
  "succeeded",
  "succeeds",
  "succeeding",
  "replaced",
  "replaces",
  "replacing",
  "took over from",
  "takes over from",
  "taking over from",
  ...SUCCESSION_FUTURE_VERBS.filter((verb) => !verb.includes(" by")),
];

/** The same told in the passive: "Y was replaced by X", "Y is succeeded by X". */
export const SUCCESSION_PASSIVE_VERBS: readonly string[] = [
  "was replaced by",
  "is replaced by",
  "has been replaced by",
  "was succeeded by",
  "is succeeded by",
  "has been succeeded by",
  ...SUCCESSION_FUTURE_VERBS.filter((verb) => verb.includes(" by")),
];

/** Between the predecessor and the office they held: "… Y as defence minister", "… Y at the head of the navy". */
export const SUCCESSION_OFFICE_LINKS: readonly string[] = ["as", "at the head of", "at the helm of", "in the post of"];

/** Verbs that give the person after them the office after "as": "Tinubu named X as defence minister". */
export const APPOINTMENT_VERBS: readonly string[] = [
  "named",
  "appointed",
  "nominated",
  "designated",
  "appoints",
  "names",
  "nominates",
  "appointment of",
  "nomination of",
  "designation of",
];

/**
 * What an appointee is, written between the appointment's verb and the name (an article may open it): "the appointment of
 * diplomat X as …", "named veteran economist Y as …". Occupations only, never an office (the appointee's own titles are
 * read as titles).
 */
export const APPOINTEE_DESCRIPTORS: readonly string[] = [
  "diplomat",
  "veteran diplomat",
  "career diplomat",
  "senior diplomat",
  "economist",
  "veteran economist",
  "lawyer",
  "academic",
  "politician",
  "veteran politician",
  "businessman",
  "businesswoman",
  "technocrat",
  "journalist",
  "civil servant",
  "senior civil servant",
];

/**
 * An organisation told again by a word that stands for it, before an office ("its director, X", "the bloc's assistant
 * secretary-general") or after it ("the secretary-general of the alliance"): the organisation named last before.
 * "its" stands for a country too.
 */
export const ORGANIZATION_ANAPHORS: Readonly<Record<"before" | "after", readonly string[]>> = {
  before: [
    "its",
    "the bloc's",
    "the alliance's",
    "the organisation's",
    "the organization's",
    "the agency's",
    "the group's",
    "the union's",
    "the body's",
    "the bank's",
    "the fund's",
    "the institution's",
    "the company's",
    "the firm's",
  ],
  after: [
    "of the bloc",
    "of the alliance",
    "of the organisation",
    "of the organization",
    "of the agency",
    "of the group",
    "of the body",
    "of the bank",
    "of the fund",
    "of the company",
  ],
};

/**
 * Names of a state's organs that say whose they are only with their country: "chair of Bosnia's Council of Ministers" is an
 * office of Bosnia, not of an organisation called "Council of Ministers" (a genitive's organisation owns the office otherwise).
 */
export const STATE_BODIES: readonly string[] = [
  "Council of Ministers",
  "Cabinet",
  "Government",
  "Parliament",
  "National Assembly",
  "Senate",
  "Supreme Court",
  "Constitutional Court",
  "Central Bank",
  "Armed Forces",
  "Presidency",
  "Foreign Ministry",
  "Defence Ministry",
  "Defense Ministry",
  "Ministry of Defence",
  "Ministry of Defense",
  "Ministry of Foreign Affairs",
];

/** Between an appointee and the office given: "named X as defence minister". */
export const APPOINTMENT_LINKS: readonly string[] = ["as", "as the new", "as new", "to be", "to be the new", "to the post of"];

/**
 * Before a sovereign's title, words that make the sentence's subject speak or act for them: "the Saudi foreign minister
 * spoke on behalf of King X", "the Japanese envoy carried a message from Emperor X" (the sovereign is the subject's
 * country's).
 */
export const ON_BEHALF_OF: readonly string[] = [
  "on behalf of",
  "in the name of",
  "a message from",
  "a letter from",
  "an invitation from",
  "greetings from",
];

/**
 * An organisation told again by its head noun, before an office ("the force commander", "the mission's head") or after
 * it ("the commander of the force"): the one organisation named before whose name has that noun ("the United Nations
 * Interim Force in Lebanon"). The noun is the phrase's last word.
 */
export const HEAD_NOUN_ANAPHORS: Readonly<Record<"before" | "after", readonly string[]>> = {
  before: ["the force", "the force's", "the mission", "the mission's"],
  after: ["of the force", "of the mission"],
};

/**
 * Between a predecessor and the ministry whose minister's office changes hands: "She replaces Y at the defence
 * ministry", "X succeeded Y at the head of the Ministry of Defence" (an article may follow).
 */
export const MINISTRY_LINKS: readonly string[] = ["at", "at the head of", "at the helm of", "as head of"];

/** The ministry's word to its minister's: "defence ministry" → "defence minister". */
export const MINISTER_OF_MINISTRY: Readonly<Record<string, string>> = { ministry: "minister" };
