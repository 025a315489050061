/**
 * English cues for relations (membership, parties, signatories, participation) and for naming
 * agreements that have no proper name. Plain phrases, matched on folded words (case and accents
 * do not matter); the French twin is ingest/lang/fr/relations.ts, with the same exports.
 */
import { NUMBER_WORDS_TO_TWENTY } from "./numbers.js";

/** Nouns for a member of an organisation. */
export const MEMBER_NOUNS = [
  "member",
  "members",
  "member state",
  "member states",
  "member country",
  "member countries",
  "member nation",
  "member nations",
];

/** Words that may come between a copula and a member noun: "a full member", "the alliance's newest member". */
export const MEMBER_PRE_MODIFIERS = [
  "a",
  "an",
  "the",
  "its",
  "their",
  "one",
  "of",
  "now",
  "both",
  "all",
  "also",
  "still",
  "already",
  "officially",
  "formally",
  "newest",
  "latest",
  "new",
  "full",
  "fully",
  "fledged",
  "full-fledged",
  "founding",
  "leading",
  "permanent",
  "non-permanent",
  "elected",
  "key",
  "largest",
  "biggest",
  "smallest",
  "youngest",
  "oldest",
  "only",
  "other",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
];

/** Words after a member noun that keep it a full membership: none in English ("founding member" comes before). */
export const MEMBER_POST_MODIFIERS: string[] = [];

/** Qualifiers that make a "member" something less than a member: observers, associates, candidates, former members. */
export const NON_MEMBER_QUALIFIERS = [
  "observer",
  "observers",
  "observer state",
  "associate",
  "associated",
  "associate member",
  "candidate",
  "aspiring",
  "prospective",
  "would-be",
  "former",
  "ex",
  "non-member",
  "partner",
  "dialogue partner",
];

/** Copulas that attribute a membership to the subject ("X is a member of Y", "X became …"). */
export const COPULAS = [
  "is",
  "was",
  "are",
  "were",
  "has been",
  "have been",
  "had been",
  "became",
  "becomes",
  "has become",
  "have become",
  "remains",
  "remained",
];

/** "X as a member of Y": the member right before. */
export const AS_WORDS = ["as"];

/** Participles opening an apposition that gives a membership ("Sweden, now the 32nd member"). */
export const APPOSITION_PARTICIPLES = ["now", "having become", "which became", "who became"];

/** Finite verbs of joining: the subject becomes a member, a participant or a party. */
export const JOIN_VERBS = [
  "joined",
  "has joined",
  "have joined",
  "had joined",
  "joins",
  "officially joined",
  "formally joined",
  "acceded to",
  "has acceded to",
  "accedes to",
  "became a member of",
  "entered",
];

/** Finite verbs of joining again after leaving: "Morocco, which left the AU in 1984, rejoined it in 2017". */
export const REJOIN_VERBS = ["rejoined", "has rejoined", "have rejoined", "re-joined", "returned to", "has returned to", "rejoins"];

/** Pronouns standing for the organisation just named, as the object of a verb of joining: "rejoined it". */
export const OBJECT_PRONOUNS = ["it"];

/** Short adverbs that may sit inside a verb phrase ("had already founded", "has also joined"). */
export const INNER_ADVERBS = ["already", "also", "now", "since", "just", "still", "finally", "then", "jointly", "officially", "formally"];

/** Nouns of joining: "X's accession to Y", "the admission of X into Y". */
export const ACCESSION_NOUNS = ["accession", "admission", "entry", "membership", "integration"];

/** Prepositions between an accession noun and the organisation joined. */
export const ACCESSION_PREPOSITIONS = ["to", "into", "in", "of"];

/** Nouns before an accession noun that make it a wish or a process, not a membership: "its bid for membership". */
export const ACCESSION_NOT_YET = [
  "bid",
  "application",
  "request",
  "candidacy",
  "talks",
  "negotiations",
  "hopes",
  "path",
  "quest",
  "aspirations",
  "push",
];

/** An organisation taking members in: "the forum admitted X and Y". */
export const ADMIT_VERBS = [
  "admitted",
  "has admitted",
  "have admitted",
  "accepted",
  "has accepted",
  "welcomed",
  "has welcomed",
  "took in",
  "integrated",
];

/** Passive admission: "X and Y were admitted as full members of Z". */
export const ADMITTED_PASSIVE = [
  "was admitted",
  "were admitted",
  "has been admitted",
  "have been admitted",
  "admitted",
  "was accepted",
  "were accepted",
];

/** What may follow an admit verb before the organisation: "as full members of". */
export const ADMITTED_AS = [
  "as",
  "as a",
  "as full",
  "as a full",
  "as full members of",
  "as a full member of",
  "as members of",
  "as a member of",
  "to",
  "into",
  "in",
];

/** After an organisation, cues that list its members: "the CSTO, which also includes A, B and C". */
export const GROUPING_CUES = [
  "which includes",
  "which also includes",
  "that comprises",
  "that groups",
  "which comprises",
  "which also comprises",
  "which brings together",
  "which groups",
  "which gathers",
  "bringing together",
  "grouping",
  "comprising",
  "made up of",
  "composed of",
  "whose members are",
  "whose members include",
  "whose other members are",
  "that includes",
  "that also includes",
  "that brings together",
  "which counts",
  "which unites",
  "uniting",
];

/** Verbs that, after a group of members as subject, introduce the list: "the other members are A and B". */
export const LIST_VERBS = ["are", "were", "include", "includes", "included", "comprise", "comprises", "being", "namely"];

/** "other" before a member noun: the list adds to a member already named. */
export const OTHER_WORDS = ["other", "remaining", "fellow"];

/** Participles of founding, before "by" and the founders: "founded in 1991 by A and B". */
export const FOUNDING_PARTICIPLES = [
  "founded",
  "co-founded",
  "created",
  "established",
  "set up",
  "formed",
  "launched",
  "instituted",
  "initiated",
];

/** Finite verbs of founding, founders before and the organisation after: "A and B founded Y". */
export const FOUNDING_VERBS = [
  "founded",
  "co-founded",
  "created",
  "established",
  "set up",
  "formed",
  "launched",
  "have founded",
  "have created",
  "have established",
  "have set up",
  "have launched",
];

/** A relative pronoun and a subject pronoun before a founding verb: "the bloc, which they founded" (founded by the subjects of the sentence). */
export const FOUNDED_BY_THEM = ["which they", "that they", "which they had", "that they had"];

/** Prepositions of place: "signée à Luxembourg par …" names where, not who. */
export const LOCATIVES = ["in", "at"];

/** The preposition of the agent after a passive participle. */
export const AGENT_PREPOSITIONS = ["by"];

/** Finite active verbs of signing: the subject signs the object. */
export const SIGN_VERBS = [
  "signed",
  "has signed",
  "have signed",
  "had signed",
  "jointly signed",
  "sign",
  "signs",
  "inked",
  "have inked",
  "has inked",
  "sealed",
  "have sealed",
  "concluded",
  "have concluded",
  "initialled",
  "initialed",
  // "agreed" signs only with its object: "agreed a defence cooperation arrangement", never "agreed to meet".
  "agreed a",
  "agreed an",
  "have agreed a",
  "has agreed a",
];

/** Passive participles of signing, before "by" and the signatories. */
export const SIGNED_PARTICIPLES = ["signed", "jointly signed", "co-signed", "inked", "concluded", "initialled", "initialed", "endorsed"];

/**
 * Verbs of concluding, which sign only when an agreement's noun is their object ("the two countries concluded a letter
 * of intent", "the sides agreed on a roadmap", "struck a deal"), never alone ("agreed to meet", "concluded his visit").
 */
export const CONCLUDING_VERBS = [
  "concluded",
  "adopted",
  "agreed",
  "agreed on",
  "agreed upon",
  "reached",
  "struck",
  "finalised",
  "finalized",
];

/**
 * A possibility or an expectation in the passive, right before a signed participle: "a deal could be concluded", "the
 * contract is expected to be signed". A deal told so is no agreement signed, nor yet one found.
 */
export const MODAL_PASSIVES = [
  "could be",
  "might be",
  "may be",
  "would be",
  "should be",
  "could soon be",
  "is expected to be",
  "are expected to be",
  "is likely to be",
  "are likely to be",
];

/** Determiners opening the object of a verb of concluding: "concluded a letter of intent", "adopted their roadmap". */
export const CONCLUDED_OBJECT_DETERMINERS = ["a", "an", "the", "their", "its", "this"];

/** Nouns of signing, before "by" and the signatories: "the signature by A and B of …". */
export const SIGNING_NOUNS = ["signature", "signing"];

/** Passive participles of ratifying: "ratified by the parliaments of A and B". */
export const RATIFIED_PARTICIPLES = ["ratified", "approved", "endorsed"];

/** Finite verbs of ratifying: the subject becomes a party. */
export const RATIFY_VERBS = ["ratified", "has ratified", "have ratified", "approved", "has approved", "have approved"];

/** "on behalf of X": X is bound by what the subject signs. */
export const ON_BEHALF_OF = ["on behalf of", "in the name of"];

/** Before a person: that person is represented, not the one who signs ("who represented President X"). */
export const REPRESENTED_CUES = [
  "represented",
  "representing",
  "who represented",
  "on behalf of",
  "on the directives of",
  "on the directive of",
  "on the instructions of",
  "on the instruction of",
  "at the direction of",
  "on the orders of",
  "under the guidance of",
];

/** Verbs of telling: their subject tells of a signing, it does not sign. */
export const ANNOUNCE_VERBS = [
  "announced",
  "has announced",
  "have announced",
  "announces",
  "welcomed",
  "hailed",
  "praised",
  "reported",
  "said",
  "confirmed",
  "unveiled",
];

/** "A and B are bound by the treaty": the subjects are its parties. */
export const BOUND_BY_CUES = ["are bound by", "is bound by", "remain bound by", "remains bound by", "were bound by", "was bound by"];

/** "between A and B", "linking A and B": the parties of the agreement before. */
export const BETWEEN_CUES = ["between", "linking", "binding", "that binds", "which binds", "that links", "which links", "uniting"];

/** "with Z" after a signing verb and its object: the other party. */
export const WITH_CUES = ["with"];

/** Pronouns standing for other agreements of the same kind before a participle: "after those signed with Z". */
export const OTHER_AGREEMENT_PRONOUNS = ["those", "the ones", "the one"];

/** A complement giving an agreement's value: "a contract worth $2 billion" is told by its amount. */
export const VALUE_COMPLEMENTS = ["worth", "valued at"];

/** Words of an amount after a value complement: numbers are read apart. */
export const AMOUNT_WORDS = ["million", "billion", "euros", "dollars", "pounds", "€", "$", "£", "about", "around", "some"];

/** Determiners that deny an agreement: "though no contract was signed", "left without a deal". */
export const NEGATIVE_DETERMINERS = ["no", "without a", "without an", "without any"];

/** Phrases ending with an agreement's noun that tell a meeting of minds, not a text: "the two sides were in agreement". */
export const AGREEMENT_IDIOMS = [
  "in agreement",
  "in broad agreement",
  "in full agreement",
  "in complete agreement",
  "in general agreement",
];

/** Adjectives before an agreement noun that make it another agreement: "comparable deals with Z". */
export const OTHER_AGREEMENT_ADJECTIVES = [
  "similar",
  "comparable",
  "such",
  "other",
  "parallel",
  "separate",
  "analogous",
  "equivalent",
  "like",
];

/** Words of buying and selling right before a programme's name: its buyer does not take part in it ("the purchase of 26 Rafale"). */
export const PURCHASE_WORDS = [
  "purchase",
  "purchases",
  "purchasing",
  "acquisition",
  "acquire",
  "acquiring",
  "buy",
  "buying",
  "order",
  "orders",
  "sale",
  "sales",
  "delivery",
  "deliveries",
];

/** Verbs of leaving: after them the subject is no longer a member or a party ("withdrew", "pulled out"). */
export const WITHDRAWAL_VERBS = [
  "withdrew",
  "has withdrawn",
  "have withdrawn",
  "had withdrawn",
  "withdrawn",
  "pulled out",
  "has pulled out",
  "pulled",
  "left",
  "has left",
  "quit",
  "exited",
  "was suspended",
  "has been suspended",
  "had been suspended",
  "were suspended",
  "suspended",
  "was expelled",
  "has been expelled",
  "expelled",
  "dropped out",
  "walked away",
];

/** After a withdrawal verb, the words that make it about membership: "withdrew from", "pulled X out of". */
export const WITHDRAWAL_PARTICLES = ["from", "of", "out", "out of"];

/** Cues that make what follows a wish, a plan or a possibility, not a fact. */
export const MODALITY_CUES = [
  "will",
  "would",
  "could",
  "may",
  "might",
  "should",
  "want to",
  "wants to",
  "wanted to",
  "wish to",
  "wishes to",
  "hope to",
  "hopes to",
  "seek to",
  "seeks to",
  "plan to",
  "plans to",
  "intend to",
  "intends to",
  "aim to",
  "aims to",
  "is due to",
  "are due to",
  "is set to",
  "are set to",
  "is expected to",
  "are expected to",
  "bid to",
  "applied to",
  "apply to",
  "considering",
  "consider",
  "possibility",
  "undecided",
  "yet to",
  "to join",
  "to sign",
  "to ratify",
];

/** More cues of a prospect: what is considered, discussed or possible is not done. */
export const PROSPECT_CUES = [
  "consider",
  "considering",
  "to consider",
  "explore",
  "exploring",
  "discuss",
  "discussed",
  "possible",
  "potential",
  "eventual",
  "future",
];

/** Indefinite articles: "une adhésion du Brésil" is a prospect, "l'adhésion de la Suède" a fact. */
export const INDEFINITE_ARTICLES = ["a", "an"];

/** Negation words. */
export const NEGATIONS = ["not", "never", "no longer", "n't", "neither", "nor"];

/** Nouns for a set of countries, organisations or firms, after a count: "Seven client countries", "the 15 members". */
export const GROUP_NOUNS = [
  "countries",
  "nations",
  "states",
  "members",
  "member states",
  "member countries",
  "partners",
  "partner countries",
  "partner nations",
  "signatories",
  "parties",
  "clients",
  "client countries",
  "client nations",
  "customers",
  "launch customers",
  "allies",
  "governments",
  "economies",
  "participants",
  "participating countries",
];

/** Group nouns that point at a programme (customers and partners of a programme). */
export const PROGRAM_GROUP_NOUNS = [
  "clients",
  "client countries",
  "client nations",
  "customers",
  "launch customers",
  "partner countries",
  "partner nations",
  "participating countries",
  "participants",
];

/** Group nouns that point at an agreement. */
export const AGREEMENT_GROUP_NOUNS = ["signatories", "parties"];

/** Group nouns that point at an organisation. */
export const ORGANIZATION_GROUP_NOUNS = ["members", "member states", "member countries"];

/** Number words, value by form. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...NUMBER_WORDS_TO_TWENTY,
  thirty: 30,
  forty: 40,
  fifty: 50,
  both: 2,
};

/** Subordinate "including X": a member of the group before ("nine countries including Belgium"). */
export const INCLUDING_CUES = ["including", "among them", "among which", "such as"];

/** Nouns standing for an organisation already named: "the alliance", "the bloc". */
export const ORGANIZATION_ANAPHORS = [
  "alliance",
  "bloc",
  "organisation",
  "organization",
  "grouping",
  "union",
  "forum",
  "community",
  "group",
  "body",
  "club",
  "pact",
];

/** Nouns standing for a country already named: "the country", "the nation". */
export const COUNTRY_ANAPHORS = ["country", "nation", "kingdom", "republic", "island nation", "archipelago"];

/** Possessives standing for the country of the person before: "his country". */
export const POSSESSIVE_COUNTRY = ["his country", "her country", "their country", "his nation", "her nation"];

/** Nouns standing for a programme already named: "the programme", "the initiative". */
export const PROGRAM_ANAPHORS = ["programme", "program", "project", "initiative", "scheme", "mechanism"];

/** Determiners before an anaphoric noun. */
export const DEFINITE_DETERMINERS = ["the", "this", "that", "its", "their"];

/** Phrases that point back at what the previous sentence named: "a letter of intent to that end". */
export const TOPIC_BACK_REFERENCES = [
  "to that end",
  "to this end",
  "in that direction",
  "for that purpose",
  "for this purpose",
  "in that regard",
  "to that effect",
];

/** Words allowed between the items of a list of countries or organisations. */
export const LIST_FILLERS = [
  "his",
  "her",
  ",",
  "and",
  "as",
  "well",
  "as well as",
  "along with",
  "together with",
  "plus",
  "the",
  "of",
  "by",
  "that",
  "those",
  "its",
  "their",
  "in",
  "republic",
  "kingdom",
  "state",
  "sultanate",
  "principality",
  "grand",
  "duchy",
  "federation",
  "federal",
  "democratic",
  "people's",
  "united",
  "parliament",
  "parliaments",
  "legislature",
  "legislatures",
  "government",
  "governments",
  "end",
  "early",
  "late",
  "mid",
];

/** Coordinators before the last item of a list: after it, a comma ends the list. */
export const COORDINATORS = ["and", "as well as", "along with", "together with", "plus"];

/** Month names: a date inside a list ("and in November by B"). */
export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Combining forms of country names in compound adjectives ("Franco-British", "Sino-Russian"), by ISO code. */
export const COMBINING_FORMS: Readonly<Record<string, string>> = {
  franco: "FR",
  german: "DE",
  germano: "DE",
  italo: "IT",
  anglo: "GB",
  british: "GB",
  hispano: "ES",
  spanish: "ES",
  luso: "PT",
  russo: "RU",
  russian: "RU",
  sino: "CN",
  chinese: "CN",
  japanese: "JP",
  indo: "IN",
  indian: "IN",
  austro: "AT",
  belgo: "BE",
  swiss: "CH",
  greco: "GR",
  turko: "TR",
  turkish: "TR",
  polish: "PL",
  israeli: "IL",
  palestinian: "PS",
  iranian: "IR",
  saudi: "SA",
  syrian: "SY",
  lebanese: "LB",
  egyptian: "EG",
  american: "US",
  us: "US",
  australian: "AU",
  korean: "KR",
  vietnamese: "VN",
  indonesian: "ID",
  brazilian: "BR",
  mexican: "MX",
  canadian: "CA",
  dutch: "NL",
  ukrainian: "UA",
};

/** Kinds of agreement instruments, by the phrase that names them, with their English kind name. */
export const AGREEMENT_KINDS: ReadonlyArray<{ phrase: string; kind: string; accession?: boolean }> = [
  { phrase: "treaty of accession", kind: "Treaty of Accession", accession: true },
  { phrase: "accession treaty", kind: "Treaty of Accession", accession: true },
  { phrase: "protocol of accession", kind: "Protocol of Accession", accession: true },
  { phrase: "accession protocol", kind: "Protocol of Accession", accession: true },
  { phrase: "instrument of accession", kind: "Instrument of Accession", accession: true },
  { phrase: "letter of intent", kind: "Letter of Intent" },
  { phrase: "declaration of intent", kind: "Declaration of Intent" },
  { phrase: "memorandum of understanding", kind: "Memorandum of Understanding" },
  { phrase: "memorandum of cooperation", kind: "Memorandum of Cooperation" },
  { phrase: "framework agreement", kind: "Framework Agreement" },
  { phrase: "joint declaration", kind: "Joint Declaration" },
  { phrase: "joint statement", kind: "Joint Statement" },
  { phrase: "technical arrangement", kind: "Technical Arrangement" },
];

/** Head nouns of an agreement without a proper name, with their English kind name. */
export const GENERIC_AGREEMENT_HEADS: ReadonlyArray<{ phrase: string; kind: string }> = [
  { phrase: "treaty", kind: "Treaty" },
  { phrase: "agreement", kind: "Agreement" },
  { phrase: "accord", kind: "Accord" },
  { phrase: "pact", kind: "Pact" },
  { phrase: "deal", kind: "Agreement" },
  { phrase: "protocol", kind: "Protocol" },
  { phrase: "convention", kind: "Convention" },
  { phrase: "memorandum", kind: "Memorandum" },
  { phrase: "mou", kind: "Memorandum of Understanding" },
  { phrase: "charter", kind: "Charter" },
  { phrase: "contract", kind: "Contract" },
  { phrase: "arrangement", kind: "Arrangement" },
  { phrase: "roadmap", kind: "Roadmap" },
  { phrase: "road map", kind: "Roadmap" },
];

/** Plural agreement nouns: several agreements, never the article's one ("similar agreements with A and B"). */
export const PLURAL_AGREEMENT_NOUNS = [
  "agreements",
  "treaties",
  "pacts",
  "deals",
  "accords",
  "memoranda",
  "protocols",
  "contracts",
  "arrangements",
];

/**
 * Plural agreement nouns that announce several agreements told one by one after them ("Three MoUs were exchanged: one
 * on …, a second on …"), with the singular that names each of them and its kind.
 */
export const ANNOUNCED_AGREEMENT_NOUNS: ReadonlyArray<{ plural: string; singular: string; kind: string }> = [
  { plural: "memorandums of understanding", singular: "memorandum of understanding", kind: "Memorandum of Understanding" },
  { plural: "memoranda of understanding", singular: "memorandum of understanding", kind: "Memorandum of Understanding" },
  { plural: "mous", singular: "MoU", kind: "Memorandum of Understanding" },
  { plural: "letters of intent", singular: "letter of intent", kind: "Letter of Intent" },
  { plural: "memoranda", singular: "memorandum", kind: "Memorandum" },
  { plural: "memorandums", singular: "memorandum", kind: "Memorandum" },
  { plural: "agreements", singular: "agreement", kind: "Agreement" },
  { plural: "accords", singular: "accord", kind: "Accord" },
  { plural: "treaties", singular: "treaty", kind: "Treaty" },
  { plural: "protocols", singular: "protocol", kind: "Protocol" },
  { plural: "conventions", singular: "convention", kind: "Convention" },
  { plural: "contracts", singular: "contract", kind: "Contract" },
  { plural: "arrangements", singular: "arrangement", kind: "Arrangement" },
];

/** Words that stand for one of the agreements told just before, with their topic after them: "a third, on training". */
export const AGREEMENT_ITEM_WORDS = [
  "one",
  "the first",
  "the second",
  "a second",
  "the third",
  "a third",
  "the fourth",
  "a fourth",
  "the fifth",
  "a fifth",
  "the last",
  "the other",
  "another",
];

/** Nouns that stand for an agreement only when they refer back to one in a signing ("le texte a été paraphé par …"). */
export const REFERRING_AGREEMENT_NOUNS = ["text", "document"];

/** Adjectives before a generic agreement noun that say nothing of what it is: "the new pact", "a historic treaty". */
export const EVALUATIVE_ADJECTIVES = [
  "new",
  "historic",
  "landmark",
  "major",
  "first",
  "key",
  "important",
  "broad",
  "wide-ranging",
  "sweeping",
  "final",
  "current",
  "proposed",
  "draft",
  "long-awaited",
  "ambitious",
  "bilateral",
  "multilateral",
  "initial",
  "formal",
  "latest",
];

/** Words that end the topic of an unnamed agreement: another complement or a clause begins. */
export const CLAUSE_BREAKS = ["as", "while", "amid", "after", "before", "because", "since", "when", "with", "between", "by", "during"];

/** Words that open the topic of an unnamed agreement: "a memorandum relating to in-service support". */
export const TOPIC_INTRODUCERS = [
  "on",
  "relating to",
  "related to",
  "concerning",
  "regarding",
  "about",
  "for",
  "covering",
  "allowing",
  "to",
  "establishing",
  "creating",
  "setting up",
  "founding",
  "launching",
];

/** Honorifics and courtesy words before a name: part of a signatory's designation, not a clause of their own. */
export const HONORIFICS = [
  "his",
  "her",
  "highness",
  "majesty",
  "excellency",
  "royal",
  "sheikh",
  "sheik",
  "dr",
  "mr",
  "mrs",
  "ms",
  "h",
  "e",
  "hh",
  "h.h",
  "h.e",
  "sir",
  "prince",
  "king",
  "queen",
  "emir",
];

/** Relative pronouns: a clause they open after a signatory tells of someone else ("who represented President X"). */
export const RELATIVE_PRONOUNS = ["who", "which", "whom", "whose", "that"];

/** Relative pronouns after a preposition: a programme "in which X takes part" is the one the clause follows, not another of the sentence. */
export const PREPOSITIONAL_RELATIVES = ["in which", "to which", "of which", "under which", "through which", "for which", "where"];

/** Little words after a noun before its complement: "member of", "members of the". */
export const OF_WORDS = ["of", "of the", "in", "in the", "to", "to the"];
