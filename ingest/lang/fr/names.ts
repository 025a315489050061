/**
 * French cues for recognising names: words and phrases that show what a capitalised word is
 * (a connective, a place, a rank, a news agency …). Plain constants, as the text writes them;
 * ingest/recognize/name-cues.ts folds them for matching.
 */
import { WEEKDAYS } from "./calendar.js";

/** Sentence adverbs and connectives that open a sentence with a capital and are never a name. */
/** Personnes désignées par leur groupe en tête de phrase ("Dirigeants de la X …", titres) : le nom de groupe n'est pas du nom qui suit. */
export const OPENING_GROUP_PHRASES: readonly string[] = [
  "Dirigeants de",
  "Dirigeants du",
  "Dirigeants des",
  "Ministres de",
  "Ministres du",
  "Ministres des",
  "Responsables de",
  "Responsables du",
  "Responsables des",
  "Membres de",
  "Membres du",
  "Membres des",
  "Délégués de",
  "Délégués du",
  "Délégations de",
  "Représentants de",
  "Représentants du",
  "Chefs d'État de",
  "Chefs de",
  "Diplomates de",
  "Négociateurs de",
];

export const SENTENCE_CONNECTIVES: readonly string[] = [
  "Ainsi",
  "Alors",
  "Auparavant",
  "Cependant",
  "Certes",
  "D'abord",
  "D'ailleurs",
  "Dorénavant",
  "Désormais",
  "Également",
  "Enfin",
  "Ensuite",
  "Entre-temps",
  "Néanmoins",
  "Notamment",
  "Outre",
  "Parallèlement",
  "Par ailleurs",
  "Pourtant",
  "Puis",
  "Toutefois",
];

/** Nouns of a state's official style: "la République du Kenya", "le Royaume du Maroc", "l'État du Qatar". */
export const STATE_STYLE_NOUNS: readonly string[] = [
  "République",
  "Royaume",
  "État",
  "Sultanat",
  "Émirat",
  "Principauté",
  "Grand-Duché",
  "Fédération",
  "Confédération",
  "Commonwealth",
];

/** Words between a state's style noun and its name: "République islamique d'Iran", "République-Unie de Tanzanie". */
export const STATE_STYLE_LINKS: readonly string[] = ["de", "du", "d'", "des", "de la", "de l'"];

/** Prefixes that make a demonym a region's adjective, not the country's: "sud-américain", "nord-africain", "latino-américain". */
export const REGIONAL_DEMONYM_PREFIXES: readonly string[] = [
  "nord",
  "sud",
  "est",
  "ouest",
  "centre",
  "latino",
  "méso",
  "ibéro",
  "inter",
  "pan",
  "sub",
  "trans",
];

/** Prepositions after which a bare masculine demonym is a language: "en espagnol", "du portugais vers l'anglais". */
export const LANGUAGE_PREPOSITIONS: readonly string[] = ["en"];

/** Words after a title in apposition that lead to the organisation it serves: "X, chercheuse à l'Institut Y, estime". */
export const TITLE_OWNER_LINKS: readonly string[] = ["de", "du", "des", "d'", "à", "au", "aux", "chez"];

/** Words after a diplomat's title before the place where they serve, not an owner: "consul à Tamanrasset". */
export const DIPLOMAT_POSTING_LINKS: readonly string[] = ["à", "au", "aux", "en"];

/** Words that make a country's name its same-named city: "à Luxembourg" (the country takes "au"), "la ville de Djibouti". */
export const CITY_BEFORE: readonly string[] = ["à", "ville de"];

/** Words a city's name takes that its country's does not: "Luxembourg-Ville", "Ville de Djibouti". */
export const CITY_WORDS: readonly string[] = ["ville", "ville de"];

/** Endings of a sentence-opening adverb ("Finalement", "Récemment"): never the first word of a name. */
export const OPENER_ENDINGS: readonly string[] = ["ment"];

/** Honorifics and styles before a name, also chained ("Son Altesse cheikh …"); the name is what follows. */
export const HONORIFIC_STYLES: readonly string[] = [
  "Son Altesse",
  "Son Altesse royale",
  "Sa Majesté",
  "Son Excellence",
  "S.E.",
  "S.A.",
  "S.M.",
  "S.A.R.",
  "cheikh",
  "cheikha",
  "sayyid",
  "prince",
  "princesse",
  "Dr",
  "Pr",
  "Me",
];

/**
 * Lower-case descriptions right before a name that give its type: "la ville de X", "au large
 * d'X", "l'agence de presse X", "la télévision publique X". Written with their article when the
 * article is part of the cue.
 */
export const DESCRIPTORS_BEFORE: Readonly<Record<"Place" | "Organization", readonly string[]>> = {
  Place: [
    "ville de",
    "ville d'",
    "commune de",
    "commune d'",
    "village de",
    "village d'",
    "localité de",
    "localité d'",
    "région de",
    "région du",
    "région d'",
    "province de",
    "province du",
    "province d'",
    "district de",
    "district d'",
    "département de",
    "département du",
    "gouvernorat de",
    "wilaya de",
    "oblast de",
    "port de",
    "port d'",
    "large de",
    "large d'",
    "île de",
    "île d'",
    "archipel de",
    "archipel des",
    "base de",
    "base navale de",
    "base aérienne de",
    "quartier de",
    "banlieue de",
  ],
  Organization: [
    "agence de presse",
    "agence",
    "télévision publique",
    "télévision d'État",
    "télévision",
    "chaîne",
    "radio",
    "quotidien",
    "journal",
    "hebdomadaire",
    "site d'information",
    "groupe",
    "société",
    "entreprise",
    "constructeur",
    "constructeur naval",
    "chantier naval",
    "fabricant",
    "motoriste",
    "équipementier",
    "avionneur",
    "fournisseur",
    "conglomérat",
    "industriel",
    "compagnie",
    "parti",
    "mouvement",
    "syndicat",
    "ONG",
    "organisation patronale",
  ],
};

/** Descriptions right after a name that give its type ("X news agency" in English; none in French). */
export const DESCRIPTORS_AFTER: Readonly<Record<"Place" | "Organization", readonly string[]>> = { Place: [], Organization: [] };

/**
 * Établissements écrits en minuscules devant le lieu qui les nomme (« l'université de Salamanque ») : une organisation, le
 * lieu compris dans son nom ; et les liens entre les deux.
 */
export const LOWERCASE_INSTITUTION_HEADS: readonly string[] = ["université"];
export const INSTITUTION_NAME_LINKS: readonly string[] = ["de", "d'", "du", "de la", "de l'"];

/** A legislature named by its head noun alone, capitalised: "au Sénat", "le Parlement a voté". */
export const LEGISLATURES: readonly string[] = ["Sénat", "Parlement", "Congrès", "Assemblée", "Chambre des députés"];

/** Prepositions after which a name with no sign of a person is a place: "à Toulon", "à Rio de Janeiro". */
export const LOCATIVE_PREPOSITIONS: readonly string[] = ["à", "près de", "près d'"];

/** Verbs whose object after « à » is a person, not a place: « succède à Dorin Recean », « a répondu à X ». */
export const PERSON_OBJECT_VERBS_BEFORE_LOCATIVE: readonly string[] = [
  "succède",
  "succèdent",
  "succédé",
  "succéder",
  "succédera",
  "succédant",
  "répondu",
  "répond",
  "téléphoné",
  "écrit",
  "remis",
  "adressé",
  "serré la main",
  "rendu hommage",
];

/** Compass words that open a region's name (English order; French puts them after: "Java oriental"). */
export const COMPASS_WORDS: readonly string[] = [];

/** Whether an adjective comes before the noun it qualifies (French puts it after: 'projets européens'). */
export const ADJECTIVE_BEFORE_NOUN: boolean = false;

/** Words after a title that qualify the office, before the name: "Premier ministre démissionnaire X", "président sortant X". */
export const TITLE_QUALIFIERS_AFTER: readonly string[] = [
  "démissionnaire",
  "sortant",
  "sortante",
  "intérimaire",
  "par intérim",
  "désigné",
  "désignée",
  "élu",
  "élue",
  "nouvellement élu",
  "nouvellement élue",
  "en exercice",
  "en fonctions",
];

/**
 * Mots juste avant une fonction (ou son gentilé) qui disent qu'elle n'est pas tenue aujourd'hui : tenue
 * avant, tenue pour un temps, ou pas encore prise. Un mot seul compte aussi joint par un trait d'union
 * (« l'ex-ministre »).
 */
export const TENURE_BEFORE_TITLE: Readonly<Record<"former" | "acting" | "designated", readonly string[]>> = {
  former: [
    "ancien",
    "ancienne",
    "anciens",
    "anciennes",
    "ex",
    "alors",
    "à l'époque",
    "jusqu'alors",
    "jusqu'ici",
    "jusque-là",
    "jusqu'à présent",
  ],
  acting: ["faisant fonction de", "faisant fonction d'"],
  designated: ["futur", "future", "futurs", "futures", "prochain", "prochaine"],
};

/** Mots juste après une fonction qui disent de même (« ministre par intérim », « Premier ministre désigné », « ministre de l'époque »). */
export const TENURE_AFTER_TITLE: Readonly<Record<"former" | "acting" | "designated", readonly string[]>> = {
  former: ["de l'époque", "d'alors", "à l'époque"],
  acting: ["par intérim", "intérimaire", "démissionnaire", "chargé des affaires courantes", "chargée des affaires courantes"],
  designated: ["désigné", "désignée", "élu", "élue"],
};

/** Nouns that make a title of "<noun> de <organisation>": "le patron d'Airbus", "chef du Parti communiste". */
export const HEAD_OF_ORGANIZATION: readonly string[] = ["chef", "cheffe", "patron", "patronne", "responsable", "numéro un"];

/**
 * Noms de la force armée d'un pays, suivis du gentilé : avec lui ils nomment la force, une organisation,
 * là où la base ne la connaît pas ("la marine philippine", "l'armée de terre pakistanaise").
 */
export const NATIONAL_FORCE_NOUNS: readonly string[] = [
  "marine",
  "armée",
  "armée de terre",
  "armée de l'air",
  "armée de l'air et de l'espace",
  "garde côtière",
  "garde-côtes",
  "forces armées",
  "forces navales",
  "forces aériennes",
  "force aérienne",
  "forces terrestres",
];

/** Style words of a force's own name between its noun and the demonym: "la Marine royale norvégienne", "l'armée de l'air royale thaïlandaise". */
export const NATIONAL_FORCE_STYLES: readonly string[] = ["royale"];

/** Nouns of vessels: the name after them is a ship's ("la frégate Jean Bart"), not a person's or a place's. */
export const VESSEL_NOUNS: readonly string[] = [
  "frégate",
  "navire",
  "bâtiment",
  "porte-avions",
  "porte-hélicoptères",
  "sous-marin",
  "destroyer",
  "corvette",
  "croiseur",
  "patrouilleur",
  "pétrolier",
];

/**
 * Geographic features named after a country ("le golfe de Guinée", "la mer du Japon", "le lac Tchad"):
 * the words before the country's name, which then names the feature, a place, not the country.
 */
export const FEATURE_NAME_LEADS: readonly string[] = [
  "golfe de",
  "golfe du",
  "golfe d'",
  "mer de",
  "mer du",
  "mer d'",
  "détroit de",
  "détroit du",
  "détroit d'",
  "baie de",
  "baie du",
  "canal de",
  "canal du",
  "lac",
];

/** Fonctions abrégées en capitales devant un nom : « PDG Ana Reyes », « DG Jean Dupont ». Jamais un nom de famille en capitales. */
export const ABBREVIATED_OFFICES: readonly string[] = [..."DG DGA PDG SG SE VP".split(" ")];

/**
 * Adjectifs d'un échelon administratif qui, seuls avec le nom de tête, ne font aucun nom mais une description :
 * « l'Office fédéral », « le Conseil municipal » (il y en a beaucoup). Lus avec le nom de tête seul, pas dans un nom
 * plus long (« l'Office fédéral de l'armement »).
 */
export const GENERIC_ADJECTIVES_WITH_HEAD: readonly string[] = [
  "fédéral",
  "fédérale",
  "fédéraux",
  "fédérales",
  "régional",
  "régionale",
  "régionaux",
  "municipal",
  "municipale",
  "municipaux",
  "départemental",
  "départementale",
  "cantonal",
  "cantonale",
  "local",
  "locale",
  "locaux",
  "provincial",
  "provinciale",
  "compétent",
  "compétente",
];

/** Noms d'une fonction écrits après le nom de l'organisation (aucun en français : « secrétaire du Parti »). */
export const OFFICE_NOUNS_AFTER_HEAD: readonly string[] = [];

/**
 * Noms d'un lieu ou d'un bâtiment baptisé d'après quelqu'un, écrits avant le nom : « lycée Jean Moulin », « hôpital
 * Georges-Pompidou », « rue de la Paix », « fort de Brégançon ». Le tout est un lieu, le nom de la personne n'en
 * fait aucune personne. Pas « camp » (« le camp Biden ») ni « base » seul (« sur la base de la Charte »).
 */
export const PLACE_NOUNS_BEFORE_NAME: readonly string[] = [
  "rue",
  "avenue",
  "boulevard",
  "place",
  "quai",
  "allée",
  "impasse",
  "esplanade",
  "pont",
  "pont international",
  "square",
  "lycée",
  "collège",
  "école",
  "hôpital",
  "clinique",
  "aéroport",
  "aéroport international",
  "chantier naval",
  "chantiers navals",
  "gare",
  "stade",
  "musée",
  "caserne",
  "fort",
  "base aérienne",
  "base navale",
  "port",
];

/** Noms d'un lieu écrits après le nom (aucun en français : « Quezon City » vient de l'anglais, que lit le pack anglais). */
export const PLACE_NOUNS_AFTER_NAME: readonly string[] = ["city"];

/**
 * Common nouns that head a capitalised phrase with an acronym that names no organisation: a
 * commodity, a weapon, a zone ("Gaz Naturel Liquéfié (GNL)", "Zone Économique Exclusive (ZEE)").
 */
export const COMMON_NOUN_HEADS: readonly string[] = [
  "gaz",
  "pétrole",
  "carburant",
  "produit",
  "zone",
  "zones",
  "missile",
  "missiles",
  "véhicule",
  "véhicules",
  "drone",
  "drones",
  "arme",
  "armes",
  "roquette",
  "roquettes",
  "capacité",
  "capacités",
  "technologie",
  "technologies",
  "réacteur",
  "réacteurs",
  "énergie",
  "indice",
  "taux",
  "croissance",
  "émissions",
  "corridor",
];

/** Spellings of one word that name the same thing (none in French so far: "Organisation" is the only form). */
export const SPELLING_VARIANTS: ReadonlyArray<readonly [string, string]> = [];

/** Words right after a name (a comma between allowed) that only a person takes ("qui" also takes things). */
export const PERSON_AFTER: readonly string[] = ["lui-même", "elle-même"];

/**
 * Verbs right after two or more capitalised words that make them a person's name when the given name is
 * unknown: "Amparo Valcarce a rencontré …", "Abdeltif Loudiyi s'est rendu à Dakar". Verbs an organisation
 * rarely takes (an organisation "annonce", "signe", "a reçu", "a déclaré" too: a speech verb counts only before
 * the name).
 */
export const PERSON_VERBS_AFTER: readonly string[] = [
  "s'est rendu",
  "s'est rendue",
  "s'est entretenu",
  "s'est entretenue",
  "s'est exprimé",
  "s'est exprimée",
  "s'est félicité",
  "s'est félicitée",
  "s'est dit",
  "s'est dite",
  "a rencontré",
  "a téléphoné",
  "a été reçu",
  "a été reçue",
  "a été nommé",
  "a été nommée",
  "a été élu",
  "a été élue",
  "a démissionné",
  "doit se rendre",
  "se rendra",
  "rencontrera",
];

/**
 * Noms d'une fonction qui ferment une apposition juste après un nom, avant l'organisme servi ou la virgule
 * qui la clôt : « Chaminda Dias, secrétaire du ministère des Ports, a signé », « Ruta Valaitis, directrice
 * par intérim de l'agence, ». Une telle apposition fait des mots avant la virgule le nom d'une personne,
 * quel que soit le prénom.
 */
export const APPOSITION_OFFICE_NOUNS: readonly string[] = [
  "secrétaire",
  "directeur",
  "directrice",
  "président",
  "présidente",
  "vice-président",
  "vice-présidente",
  "PDG",
  "patron",
  "patronne",
  "chef",
  "cheffe",
  "gouverneur",
  "gouverneure",
  "ministre",
  "ambassadeur",
  "ambassadrice",
  "envoyé",
  "envoyée",
  "commandant",
  "porte-parole",
  "conseiller",
  "conseillère",
  "responsable",
  "fondateur",
  "fondatrice",
  "maire",
  "délégué",
  "déléguée",
  "administrateur",
  "administratrice",
  "commissaire",
  "consul",
];

/** Mots après ce nom de fonction qui mènent à ce qu'il sert : « secrétaire du ministère », « directrice de l'agence ». */
export const APPOSITION_OFFICE_LINKS: readonly string[] = ["de", "d'", "du", "des", "à", "au", "aux", "auprès", "chez", "par"];

/**
 * L'agent d'une signature au passif avant deux mots capitalisés ou plus : « le mémorandum a été signé par Tharindu
 * Wickramage et Oskaras Valaitis ». Avec les noms coordonnés, le nom d'une personne quel que soit le prénom.
 */
export const SIGNING_AGENT_BEFORE: readonly string[] = [
  "signé par",
  "signée par",
  "signés par",
  "signées par",
  "paraphé par",
  "paraphée par",
  "contresigné par",
  "contresignée par",
];

/** Speech verbs before a name, a quote's inverted attribution: "« … », a déclaré Amparo Valcarce". */
export const PERSON_VERBS_BEFORE: readonly string[] = [
  "a déclaré",
  "a estimé",
  "a affirmé",
  "a souligné",
  "a ajouté",
  "a assuré",
  "a expliqué",
  "a insisté",
  "a indiqué",
  "a précisé",
  "a martelé",
  "a réagi",
  "déclare",
  "affirme",
  "souligne",
  "ajoute",
  "explique",
];

/**
 * Verbs right before two or more capitalised words whose object is a person — on rencontre quelqu'un, on
 * s'entretient avec lui, on le reçoit — when the name ends the clause (MEETING_OBJECT_CLOSERS): "le ministre a
 * rencontré Besnik Kola jeudi", "il a été reçu par Ilir Dervishi, qui …". An organisation the knowledge base or a
 * head noun types comes first.
 */
export const MEETING_OBJECT_VERBS: readonly string[] = [
  "rencontré",
  "rencontrée",
  "rencontrera",
  "rencontrer",
  "rencontre avec",
  "rencontres avec",
  "entretenu avec",
  "entretenue avec",
  "entretenus avec",
  "entretenues avec",
  "entretiendra avec",
  "entretenir avec",
  "entretien avec",
  "entretiens avec",
  "reçu par",
  "reçue par",
  "reçus par",
  "reçues par",
  "accueilli par",
  "accueillie par",
];

/** What ends a country's genitive before the person it owns: none in French. */
export const COUNTRY_GENITIVE_MARKERS: readonly string[] = [];

/** Articles before a capitalised nationality noun naming a person: "aux côtés du Norvégien Ola Berntsen", "et de la Slovène Ana Kralj". */
export const NATIONALITY_NOUN_ARTICLES: readonly string[] = ["le", "la", "l'", "du", "de la", "de l'", "au", "à la", "à l'"];

/** Words that may stand between a meeting verb and its object: "a rencontré jeudi X", "a également rencontré hier X". */
export const MEETING_OBJECT_INSERTS: readonly string[] = ["hier", "aussi", "également", "ensuite", "notamment", ...Object.keys(WEEKDAYS)];

/** What may follow a name that ends the object of a meeting verb: a clause's preposition, a day, a relative pronoun. */
export const MEETING_OBJECT_CLOSERS: readonly string[] = [
  "à",
  "au",
  "aux",
  "en",
  "et",
  "le",
  "lors",
  "qui",
  "dont",
  "que",
  "qu'",
  "pour",
  "hier",
  "ce",
  "cette",
  "avant",
  "après",
  "pendant",
  ...Object.keys(WEEKDAYS),
];

/** Nouns after a name that make the whole a named agreement; French puts the name after ("l'accord de Minsk"). */
export const AGREEMENT_NAME_HEADS: readonly string[] = [];

/** Phrases before a place's or a building's name that make the whole a named agreement: "l'accord de Trinity House", "les accords de Minsk". */
export const AGREEMENT_NAME_LEADS: readonly string[] = [
  "accord de",
  "accord d'",
  "accords de",
  "accords d'",
  "traité de",
  "traité d'",
  "traités de",
  "pacte de",
  "déclaration de",
  "protocole de",
];

/** Ranks that are adjectives elsewhere: a rank only right after a determiner ("la générale Awa Diallo", not "l'Assemblée générale"). */
export const ADJECTIVE_RANKS: readonly string[] = ["générale"];

/** The noun of a capital named by its country's demonym: « la capitale ukrainienne » (Kyiv). */
export const CAPITAL_NOUNS: readonly string[] = ["capitale"];

/** Titles that are given names too, written with a capital inside a sentence: « l'ambassadeur Pape Momar Diagne » (the office: « le pape »). */
export const TITLES_ALSO_GIVEN_NAMES: readonly string[] = ["pape"];

/** Mots de fonction qui sont aussi des mots courants (anglais « chair ») : aucun en français. */
export const TITLES_NEEDING_OWNER: readonly string[] = [];

/** Determiners that make an adjective rank a rank: "la générale", "une générale", "sa générale". */
export const RANK_DETERMINERS: readonly string[] = ["la", "une", "sa", "cette", "notre", "votre", "leur"];

/** Qualifiers in parentheses after a rank, before the name: "le général (2S) X" (deuxième section), "(CR)", "(ER)", "(r)". */
export const RANK_QUALIFIERS: readonly string[] = ["2S", "2e S", "CR", "ER", "r", "retraité", "retraitée", "e.r."];

/** Qualifiers written without parentheses after a rank, before the name: « le général à la retraite X », « le colonel retraité Y ». */
export const RANK_QUALIFIERS_UNBRACKETED: readonly string[] = [
  "à la retraite",
  "en retraite",
  "retraité",
  "retraitée",
  "de réserve",
  "en deuxième section",
  "de la deuxième section",
  "en 2e section",
];

/** Qualifiers right before a rank (le français les met après : « le général à la retraite ») : aucun. */
export const RANK_QUALIFIERS_BEFORE: readonly string[] = [];

/** Mots après une fonction qui en font celle de l'adjoint : « secrétaire d'État adjoint », « secrétaire générale adjointe ». */
export const DEPUTY_AFTER_TITLE: readonly string[] = ["adjoint", "adjointe", "adjoints", "adjointes"];

/** Mots qui rattachent une fonction de ministre délégué à celle d'un ministre : « ministre délégué auprès du ministre des Armées ». */
export const JUNIOR_OFFICE_ATTACHMENTS: readonly string[] = ["auprès du", "auprès de la", "auprès de l'"];

/** Prépositions qui ouvrent le domaine d'une fonction, devant un article et un portefeuille à majuscule : « secrétaire d'État à la Défense », « ministre délégué aux Armées ». */
export const REMIT_PREPOSITIONS: readonly string[] = ["à", "au", "aux"];

/** Noms qui ferment une attribution écrite en minuscules après « for » en anglais ; le français lit la sienne (« chargé des affaires européennes ») : aucun. */
export const LOWERCASE_REMIT_HEADS: readonly string[] = [];

/** Noms qui ne sont pas une fonction seuls mais en forment une avec les mots après un gentilé : « la secrétaire mexicaine à l'Énergie » (« secrétaire à l'Énergie »). */
export const TITLE_HEADS_BEFORE_DEMONYM: readonly string[] = ["secrétaire", "secrétaires"];

/** Terminaisons d'adjectifs qui ouvrent un portefeuille en capitales avant son nom (anglais « Armed Forces ») ; le français met l'adjectif après : aucune. */
export const PORTFOLIO_ADJECTIVE_ENDINGS: readonly string[] = [];

/** Noms qui terminent un portefeuille en capitales (anglais « Veterans Affairs ») ; le français les écrit après « chargé de » : aucun. */
export const PORTFOLIO_NOUNS: readonly string[] = [];
