/**
 * English cues for recognising names: words and phrases that show what a capitalised word is
 * (a connective, a place, a rank, a news agency …). Plain constants, as the text writes them;
 * ingest/recognize/name-cues.ts folds them for matching.
 */

/** Sentence adverbs and connectives that open a sentence with a capital and are never a name. */
/** People named by their group at a sentence's start ("Leaders of the X met …"): the group noun is no part of the name after it. */
export const OPENING_GROUP_PHRASES: readonly string[] = [
  "Leaders of",
  "Ministers of",
  "Foreign ministers of",
  "Defence ministers of",
  "Defense ministers of",
  "Officials of",
  "Members of",
  "Delegates of",
  "Delegations of",
  "Representatives of",
  "Envoys of",
  "Heads of state of",
  "Heads of",
  "Diplomats of",
  "Troops of",
  "Forces of",
  "Citizens of",
  "Negotiators of",
];

export const SENTENCE_CONNECTIVES: readonly string[] = [
  "Accordingly",
  "Additionally",
  "Afterwards",
  "Besides",
  "Consequently",
  "Earlier",
  "Finally",
  "Furthermore",
  "Hence",
  "Indeed",
  "Instead",
  "Later",
  "Likewise",
  "Moreover",
  "Neither",
  "Either",
  "Nor",
  "Nevertheless",
  "Nonetheless",
  "Notably",
  "Otherwise",
  "Overall",
  "Separately",
  "Similarly",
  "Still",
  "Subsequently",
  "Thereafter",
  "Thus",
];

/** Nouns of a state's official style: "the Republic of Kenya", "the Kingdom of Morocco", "the State of Qatar". */
export const STATE_STYLE_NOUNS: readonly string[] = [
  "Republic",
  "Kingdom",
  "State",
  "Sultanate",
  "Emirate",
  "Principality",
  "Grand Duchy",
  "Federation",
  "Confederation",
  "Commonwealth",
];

/** Words between a state's style noun and its name: "Republic of the Philippines". */
export const STATE_STYLE_LINKS: readonly string[] = ["of", "of the"];

/** Prefixes that make a demonym a region's adjective, not the country's: "South-American", "pan-African", "sub-Saharan". */
export const REGIONAL_DEMONYM_PREFIXES: readonly string[] = [
  "north",
  "south",
  "east",
  "west",
  "central",
  "latin",
  "inter",
  "pan",
  "sub",
  "trans",
];

/** Prepositions after which a bare demonym is a language: "in Portuguese", "into English". */
export const LANGUAGE_PREPOSITIONS: readonly string[] = ["in", "into", "from"];

/** Words after a title in apposition that lead to the organisation it serves: "X, a professor at Keio University, said". */
export const TITLE_OWNER_LINKS: readonly string[] = ["of", "at", "with"];

/** Words after a diplomat's title before the place where they serve, not an owner: "envoy in Kandahar". */
export const DIPLOMAT_POSTING_LINKS: readonly string[] = ["in", "at", "to"];

/** Words that make a country's name its same-named city: "the city of Kuwait". */
export const CITY_BEFORE: readonly string[] = ["city of"];

/** Words a city's name takes that its country's does not: "Luxembourg City", "Kuwait City". */
export const CITY_WORDS: readonly string[] = ["city"];

/** Endings of a sentence-opening adverb or participle ("Furthermore", "Greeting Ruto, …"): never the first word of a name. */
export const OPENER_ENDINGS: readonly string[] = ["ly", "ing"];

/** Honorifics and styles before a name, also chained ("His Highness Sheikh …", "H.E. Mr. …"); the name is what follows. */
export const HONORIFIC_STYLES: readonly string[] = [
  "His Highness",
  "Her Highness",
  "His Royal Highness",
  "Her Royal Highness",
  "His Majesty",
  "Her Majesty",
  "His Excellency",
  "Her Excellency",
  "His Holiness",
  "H.E.",
  "H.H.",
  "H.M.",
  "H.R.H.",
  "HRH",
  "Sheikh",
  "Sheikha",
  "Sayyid",
  "Sayyida",
  "Senior",
  "Prince",
  "Princess",
  "Dr",
  "Prof",
  "Rt Hon",
  "Rt. Hon.",
  "Right Hon.",
  "Right Honourable",
  "Right Honorable",
  "Honourable",
  "Honorable",
];

/** Lower-case descriptions right before a name that give its type: "the town of X", "news agency X". */
export const DESCRIPTORS_BEFORE: Readonly<Record<"Place" | "Organization", readonly string[]>> = {
  Place: [
    "town of",
    "city of",
    "village of",
    "region of",
    "province of",
    "state of",
    "district of",
    "county of",
    "governorate of",
    "prefecture of",
    "oblast of",
    "port of",
    "island of",
    "islands of",
    "suburb of",
  ],
  Organization: [
    "news agency",
    "press agency",
    "broadcaster",
    "state television",
    "state TV",
    "newspaper",
    "daily",
    "firm",
    "company",
    "contractor",
    "carmaker",
    "automaker",
    "planemaker",
    "chipmaker",
    "maker",
    "manufacturer",
    "supplier",
    "conglomerate",
    "shipbuilder",
    "shipyard",
    "party",
  ],
};

/** Descriptions right after a name that give its type: "the official IRNA news agency", "the Asahi newspaper". */
export const DESCRIPTORS_AFTER: Readonly<Record<"Place" | "Organization", readonly string[]>> = {
  Place: [],
  Organization: ["news agency", "press agency", "newspaper", "daily", "broadcaster"],
};

/** A legislature named by its head noun alone, capitalised: "asked Congress", "the Senate voted". */
/**
 * Institutions written in lower case before the place that names them ("the university of Salamanca"): an organisation,
 * the place part of its name; and the links between the two.
 */
export const LOWERCASE_INSTITUTION_HEADS: readonly string[] = ["university"];
export const INSTITUTION_NAME_LINKS: readonly string[] = ["of"];

export const LEGISLATURES: readonly string[] = ["Senate", "Congress", "Parliament", "House of Representatives"];

/**
 * Prepositions after which a name with no sign of a person is a place: "in Jeddah", "near Tartus";
 * and "to" after a word of travel: "a visit to Abidjan", "travelled to Oyo".
 */
export const LOCATIVE_PREPOSITIONS: readonly string[] = [
  "in",
  "near",
  "outside",
  "visit to",
  "visits to",
  "trip to",
  "travel to",
  "travels to",
  "travelled to",
  "traveled to",
  "travelling to",
  "traveling to",
  "flew to",
  "fly to",
  "flies to",
  "headed to",
  "heads to",
];

/** Verbs whose object after a locative preposition is a person, not a place (none in English: "succeeded X" takes no preposition). */
export const PERSON_OBJECT_VERBS_BEFORE_LOCATIVE: readonly string[] = [];

/** Compass words that open a region's name: "East Java", "North Kivu", "Western Cape". */
export const COMPASS_WORDS: readonly string[] = [
  "North",
  "South",
  "East",
  "West",
  "Central",
  "Northern",
  "Southern",
  "Eastern",
  "Western",
  "Upper",
  "Lower",
];

/** Whether an adjective comes before the noun it qualifies (English: 'European projects'). */
export const ADJECTIVE_BEFORE_NOUN: boolean = true;

/** Words after a title that qualify the office, before the name: "Prime Minister designate X". */
export const TITLE_QUALIFIERS_AFTER: readonly string[] = ["designate", "elect"];

/**
 * Words right before an office (or its owner: "acting Australian defence minister") that say it is not
 * held now: held before, held for the time being, or not yet taken. A single word also counts joined by
 * a hyphen ("then-Defense Minister", "ex-minister").
 */
export const TENURE_BEFORE_TITLE: Readonly<Record<"former" | "acting" | "designated", readonly string[]>> = {
  former: ["former", "ex", "then", "one-time", "erstwhile", "until recently", "formerly"],
  acting: ["acting", "interim", "caretaker", "performing the duties of", "performing the duties of the"],
  designated: ["incoming", "future"],
};

/** Words right after an office that say the same ("prime minister-designate", "president-elect", "foreign minister at the time"). */
export const TENURE_AFTER_TITLE: Readonly<Record<"former" | "acting" | "designated", readonly string[]>> = {
  former: ["at the time", "at that time"],
  acting: ["ad interim"],
  designated: ["designate", "elect"],
};

/** Nouns that make a title of "<noun> of <organisation>": "the head of the agency", "the boss of Airbus". */
export const HEAD_OF_ORGANIZATION: readonly string[] = ["head", "chief", "boss"];

/**
 * Nouns of a country's armed force, written after the country or its demonym: with it they name the
 * force, an organisation, where the KB does not list it ("the Pakistan army", "the Indonesian air force").
 */
export const NATIONAL_FORCE_NOUNS: readonly string[] = [
  "navy",
  "army",
  "air force",
  "coast guard",
  "coastguard",
  "marine corps",
  "marines",
  "armed forces",
  "space force",
  "ground forces",
  "ground force",
  "naval forces",
];

/** Style words of a force's own name before its country's demonym: "the Royal Norwegian Navy", "the Royal Thai Air Force". */
export const NATIONAL_FORCE_STYLES: readonly string[] = ["royal"];

/**
 * Geographic features named after a country ("the Gulf of Mexico", "Lake Chad", "the Bay of Bengal"):
 * the words before the country's name, which then names the feature, a place, not the country.
 */
export const FEATURE_NAME_LEADS: readonly string[] = ["gulf of", "sea of", "strait of", "straits of", "bay of", "lake"];

/**
 * Offices abbreviated in capitals before a name ("DG Ana Reyes", "FM Wang Yi", "MP Jane Doe") and letters after it
 * ("Jane Doe OBE", "John Roe USN"). Never a family name written in capitals (see the name rule capitalSurnameFirst).
 */
export const ABBREVIATED_OFFICES: readonly string[] = [
  ..."DG ADG SG DSG USG ASG SRSG FM DM PM DPM VP MP MEP EAM NSA CDS COAS CNS CAS CJCS CEO CFO COO CTO MD GM HE OBE CBE MBE KBE GBE QC KC USN USMC USAF RN".split(
    " ",
  ),
];

/**
 * Adjectives of an administrative level that, alone with a head noun, make no name but a description: "the Federal
 * Office", "the Regional Council" (many such bodies). Read with the head noun alone, not in a longer name.
 */
export const GENERIC_ADJECTIVES_WITH_HEAD: readonly string[] = ["federal", "regional", "municipal", "local", "provincial", "district"];

/**
 * Nouns of an office written after the organisation's head noun: "Army Chief", "Party Secretary", "Navy Commander".
 * The run is an office, no organisation's name.
 */
export const OFFICE_NOUNS_AFTER_HEAD: readonly string[] = [
  "secretary",
  "chief",
  "commander",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "minister",
  "leader",
  "chairman",
  "chairwoman",
  "chair",
  "boss",
  "official",
  "officials",
];

/**
 * Nouns of a place or a building named after someone, written before the name: "Camp General Emilio Aguinaldo",
 * "Fort Bonifacio". The whole is a place, the person's name in it no person.
 */
export const PLACE_NOUNS_BEFORE_NAME: readonly string[] = ["camp", "fort", "air base", "naval base", "base", "port"];

/** Nouns of a place named after someone, written after the name: "Quezon City", "Rizal Avenue", "Ninoy Aquino International Airport". */
export const PLACE_NOUNS_AFTER_NAME: readonly string[] = [
  "city",
  "street",
  "avenue",
  "boulevard",
  "road",
  "square",
  "airport",
  "international airport",
  "air base",
  "airbase",
  "naval base",
  "station",
  "stadium",
  "bridge",
  "shipyard",
  "shipyards",
];

/** Nouns and prefixes of vessels: the name after them is a ship's ("the frigate John Paul Jones", "USS Ronald Reagan"). */
export const VESSEL_NOUNS: readonly string[] = [
  "frigate",
  "ship",
  "vessel",
  "warship",
  "aircraft carrier",
  "submarine",
  "destroyer",
  "corvette",
  "cruiser",
  "tanker",
  "USS",
  "HMS",
  "HMAS",
  "HMCS",
  "HMNZS",
  "INS",
];

/**
 * Common nouns that head a capitalised phrase with an acronym that names no organisation: a
 * commodity, a weapon, a zone, a programme of sales ("Liquefied Natural Gas (LNG)", "Exclusive
 * Economic Zone (EEZ)", "Foreign Military Sales (FMS)").
 */
export const COMMON_NOUN_HEADS: readonly string[] = [
  "gas",
  "oil",
  "fuel",
  "product",
  "products",
  "zone",
  "zones",
  "sales",
  "assistance",
  "aid",
  "goals",
  "weapon",
  "weapons",
  "missile",
  "missiles",
  "vehicle",
  "vehicles",
  "aircraft",
  "drone",
  "drones",
  "rocket",
  "rockets",
  "capability",
  "capabilities",
  "technology",
  "technologies",
  "warhead",
  "warheads",
  "reactor",
  "reactors",
  "energy",
  "index",
  "rate",
  "growth",
  "emissions",
  "corridor",
];

/** British and American spellings of one word: a name written either way is one name ("Organisation"/"Organization"). */
export const SPELLING_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ["Organisation", "Organization"],
  ["Defence", "Defense"],
  ["Centre", "Center"],
  ["Co-operation", "Cooperation"],
  ["Programme", "Program"],
  ["Labour", "Labor"],
];

/** Words right after a name (a comma between allowed) that only a person takes: "Amara Keita, who chairs …". */
export const PERSON_AFTER: readonly string[] = ["who", "whose", "whom"];

/**
 * Verbs right after two or more capitalised words that make them a person's name when the given name is
 * unknown: "Abdeltif Loudiyi travelled to Dakar", "Staffan Lindqvist met …". Not "said": an outlet, an office
 * says too ("Daily Maverick said", "Cheong Wa Dae said"); a speech verb counts only before the name.
 */
export const PERSON_VERBS_AFTER: readonly string[] = [
  "met",
  "visited",
  "travelled",
  "traveled",
  "flew",
  "arrived",
  "was received",
  "was appointed",
  "was elected",
  "was sworn in",
  "resigned",
  "will travel",
  "will visit",
  "will meet",
];

/**
 * Nouns of an office that close an apposition right after a name, before the body served or the comma
 * that ends it: "Chaminda Dias, Secretary to the Ministry of Ports, signed", "Ruta Valaitis, acting director
 * of the agency,". Such an apposition makes the words before the comma a person's name, whatever the given
 * name; an office a place or a company never holds alone.
 */
export const APPOSITION_OFFICE_NOUNS: readonly string[] = [
  "secretary",
  "undersecretary",
  "under-secretary",
  "director",
  "director-general",
  "chairman",
  "chairwoman",
  "chairperson",
  "president",
  "vice-president",
  "chief",
  "head",
  "governor",
  "minister",
  "ambassador",
  "envoy",
  "commander",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "adviser",
  "advisor",
  "officer",
  "executive",
  "manager",
  "deputy",
  "founder",
  "mayor",
  "CEO",
  "attaché",
  "consul",
  "commissioner",
];

/** Words after such an office noun that lead to what it serves: "Secretary to the Ministry", "director of the agency". */
export const APPOSITION_OFFICE_LINKS: readonly string[] = ["of", "to", "at", "for", "with", "in"];

/**
 * The agent of a passive signing before two or more capitalised words: "the memorandum was signed by Tharindu
 * Wickramage and Oskaras Valaitis". With the names coordinated with it, a person's name whatever the given name
 * (an organisation that signs is named by its head or known to the knowledge base).
 */
export const SIGNING_AGENT_BEFORE: readonly string[] = ["signed by", "countersigned by", "initialled by", "initialed by", "inked by"];

/** Speech verbs before a name, a quote's inverted attribution: "“…,” said Staffan Lindqvist" (not "told": "told Daily Maverick"). */
export const PERSON_VERBS_BEFORE: readonly string[] = ["said", "says", "added", "insisted", "stressed"];

/**
 * Verbs right before two or more capitalised words whose object is a person — one meets, calls on, talks with
 * someone — when the name ends the clause (MEETING_OBJECT_CLOSERS): "the minister also met Besnik Kola on
 * Thursday", "he held talks with Ilir Dervishi, whom …". Not before a noun that goes on ("met Lockheed Martin
 * executives"); an organisation the knowledge base or a head noun types comes first.
 */
export const MEETING_OBJECT_VERBS: readonly string[] = [
  "met",
  "meets",
  "to meet",
  "will meet",
  "met with",
  "meeting with",
  "meetings with",
  "talks with",
  "called on",
  "calls on",
  "spoke with",
  "spoke to",
  "phoned",
  "telephoned",
  "conferred with",
  "sat down with",
  "hosted",
  "welcomed",
];

/** What ends a country's genitive before the person it owns: "alongside Norway's Ola Berntsen". */
export const COUNTRY_GENITIVE_MARKERS: readonly string[] = ["'s", "’s"];

/** Articles before a nationality noun naming a person: none in English ("the Norwegian Ola Berntsen" is rare). */
export const NATIONALITY_NOUN_ARTICLES: readonly string[] = [];

/** Words that may stand between a meeting verb and its object (English puts them elsewhere: "met X on Monday"). */
export const MEETING_OBJECT_INSERTS: readonly string[] = ["separately", "privately"];

/** What may follow a name that ends the object of a meeting verb: a clause's preposition, a time word, a relative pronoun. */
export const MEETING_OBJECT_CLOSERS: readonly string[] = [
  "on",
  "in",
  "at",
  "and",
  "who",
  "whom",
  "during",
  "for",
  "last",
  "this",
  "earlier",
  "later",
  "yesterday",
  "today",
  "here",
  "there",
  "after",
  "before",
  "ahead",
  "while",
];

/** Nouns after a place's or a building's name that make the whole a named agreement: "the Trinity House agreement", "the Minsk accords". */
export const AGREEMENT_NAME_HEADS: readonly string[] = [
  "agreement",
  "agreements",
  "accord",
  "accords",
  "treaty",
  "treaties",
  "pact",
  "declaration",
  "protocol",
];

/** Phrases before a place's or a building's name that make the whole a named agreement ("l'accord de Trinity House"); none in English. */
export const AGREEMENT_NAME_LEADS: readonly string[] = [];

/** Ranks that are adjectives elsewhere, a rank only after a determiner (French "la générale"; none in English: "General" keeps its capital). */
export const ADJECTIVE_RANKS: readonly string[] = [];

/** The noun of a capital named by its country's demonym: "the South Korean capital" (Seoul). */
export const CAPITAL_NOUNS: readonly string[] = ["capital"];

/** Titles that are given names too, written with a capital inside a sentence (none in English: "Pope" keeps its capital). */
export const TITLES_ALSO_GIVEN_NAMES: readonly string[] = [];

/** Title words that are common words too ("a chair"): a title only with its owner ("chair of the Senate Armed Services Committee"). */
export const TITLES_NEEDING_OWNER: readonly string[] = ["chair", "co-chair"];

/** Determiners that make an adjective rank a rank (none in English). */
export const RANK_DETERMINERS: readonly string[] = [];

/** Qualifiers in parentheses after a rank, before the name: "Lt Gen (retd) X", "(ret.)", "(rtd)", "(retired)". */
export const RANK_QUALIFIERS: readonly string[] = ["retd", "retd.", "ret", "ret.", "rtd", "rtd.", "retired", "R"];

/** Qualifiers written without parentheses after a rank, before the name ("General retired X" is rare: English writes "retired General X"). */
export const RANK_QUALIFIERS_UNBRACKETED: readonly string[] = [];

/** Qualifiers right before a rank: "the defence minister, retired Lieutenant General X". */
export const RANK_QUALIFIERS_BEFORE: readonly string[] = ["retired", "ret."];

/** Words that attach a junior office to a minister's ("ministre délégué auprès du ministre des Armées"); English names the portfolio instead: none. */
export const JUNIOR_OFFICE_ATTACHMENTS: readonly string[] = [];

/** Words after an office that make its deputy's office of it (English puts "Deputy" before: none). */
export const DEPUTY_AFTER_TITLE: readonly string[] = [];

/** Prepositions that open an office's remit before an article and a portfolio (none in English: "for" is a remit marker). */
export const REMIT_PREPOSITIONS: readonly string[] = [];

/**
 * Nouns that close a remit written in lower case after "for" ("the deputy prime minister for defence affairs"): English
 * writes a remit capitalised otherwise ("for Digital Affairs").
 */
export const LOWERCASE_REMIT_HEADS: readonly string[] = ["affairs"];

/** Head nouns that make a title with the words after a demonym (French "secrétaire mexicaine à l'Énergie"; English puts the demonym first: none). */
export const TITLE_HEADS_BEFORE_DEMONYM: readonly string[] = [];

/** Endings of adjectives that open a capitalised portfolio and need the noun after them: "Minister of State for the Armed Forces", "Minister for Digital Affairs". */
export const PORTFOLIO_ADJECTIVE_ENDINGS: readonly string[] = ["al", "ed", "ic", "ive"];

/**
 * Nouns that end a capitalised portfolio and are no one's name: "Minister for Veterans Affairs of Canada", "the Minister
 * for Defence Industry, was", "Deputy Prime Minister for Defence Production".
 */
export const PORTFOLIO_NOUNS: readonly string[] = [
  "Affairs",
  "Industry",
  "Industries",
  "Procurement",
  "Production",
  "Readiness",
  "Personnel",
  "Development",
  "Cooperation",
  "Co-operation",
  "Infrastructure",
  "Planning",
  "Policy",
  "Resources",
];
