/**
 * French cues for relations (membership, parties, signatories, participation) and for naming
 * agreements that have no proper name. Plain phrases, matched on folded words (case and accents
 * do not matter); the English twin is ingest/lang/en/relations.ts, with the same exports.
 */
import { NUMBER_WORDS_TO_TWENTY } from "./numbers.js";

/** Nouns for a member of an organisation. */
export const MEMBER_NOUNS = ["membre", "membres", "État membre", "États membres", "pays membre", "pays membres", "nation membre"];

/** Words that may come between a copula and a member noun: "le huitième membre", "un membre à part entière". */
export const MEMBER_PRE_MODIFIERS = [
  "le",
  "la",
  "l'",
  "un",
  "une",
  "les",
  "des",
  "désormais",
  "tous",
  "toutes",
  "aussi",
  "également",
  "toujours",
  "déjà",
  "officiellement",
  "ainsi",
  "nouveau",
  "nouvel",
  "nouvelle",
  "dernier",
  "premier",
  "principal",
  "seul",
  "plus",
  "récent",
  "jeune",
  "grand",
  "deuxième",
  "second",
  "seconde",
  "troisième",
  "quatrième",
  "cinquième",
  "sixième",
  "septième",
  "huitième",
  "neuvième",
  "dixième",
];

/** Words after a member noun that keep it a full membership: "membre à part entière", "membre fondateur". */
export const MEMBER_POST_MODIFIERS = [
  "à part entière",
  "de plein droit",
  "fondateur",
  "fondatrice",
  "fondateurs",
  "fondatrices",
  "permanent",
  "permanente",
  "permanents",
  "non permanent",
  "non permanente",
  "non permanents",
  "actif",
  "effectif",
  "le plus récent",
];

/** Qualifiers that make a "membre" something less than a member: observers, associates, candidates, former members. */
export const NON_MEMBER_QUALIFIERS = [
  "observateur",
  "observatrice",
  "observateurs",
  "associé",
  "associée",
  "associés",
  "associées",
  "État associé",
  "candidat",
  "candidate",
  "ancien",
  "ancienne",
  "ex",
  "non membre",
  "partenaire",
];

/** Copulas that attribute a membership to the subject ("X est membre de Y", "X devient …"). */
export const COPULAS = [
  "est",
  "était",
  "sont",
  "étaient",
  "a été",
  "ont été",
  "avait été",
  "devient",
  "deviennent",
  "est devenu",
  "est devenue",
  "sont devenus",
  "reste",
  "demeure",
  "restent",
];

/** "X as a member of Y": the member right before. */
export const AS_WORDS = ["comme", "en tant que"];

/** Participles opening an apposition that gives a membership ("la Suède, devenue le 32e membre"). */
export const APPOSITION_PARTICIPLES = ["devenu", "devenue", "devenus", "devenues", "désormais"];

/** Finite verbs of joining: the subject becomes a member, a participant or a party. */
export const JOIN_VERBS = [
  "a rejoint",
  "a rejointe",
  "ont rejoint",
  "ont rejointe",
  "avait rejoint",
  "rejoint",
  "rejoignent",
  "a officiellement rejoint",
  "rejoint officiellement",
  "a adhéré à",
  "ont adhéré à",
  "adhère à",
  "a intégré",
  "ont intégré",
  "intègre",
  "est entré dans",
  "est entrée dans",
  "sont entrés dans",
  "a fait son entrée dans",
];

/** Finite verbs of joining again after leaving: "le Maroc, qui avait quitté l'UA en 1984, l'a réintégrée en 2017". */
export const REJOIN_VERBS = [
  "a réintégré",
  "a réintégrée",
  "ont réintégré",
  "ont réintégrée",
  "réintègre",
  "a réadhéré à",
  "est revenu dans",
  "est revenue dans",
  "a rejoint de nouveau",
];

/** Pronouns standing for the organisation just named, as the object of a verb of joining: "l'a rejointe". */
export const OBJECT_PRONOUNS = ["l'", "y"];

/** Short adverbs that may sit inside a verb phrase ("avaient déjà fondé", "a aussi rejoint"). */
export const INNER_ADVERBS = [
  "déjà",
  "aussi",
  "également",
  "désormais",
  "enfin",
  "encore",
  "ainsi",
  "bien",
  "alors",
  "officiellement",
  "conjointement",
];

/** Nouns of joining: "l'adhésion de X à Y", "l'entrée de X dans Y". */
export const ACCESSION_NOUNS = ["adhésion", "entrée", "intégration", "admission"];

/** Prepositions between an accession noun and the organisation joined. */
export const ACCESSION_PREPOSITIONS = [
  "à",
  "au",
  "aux",
  "dans",
  "à la",
  "à l'",
  "dans la",
  "dans le",
  "dans l'",
  "au sein de",
  "au sein du",
  "au sein de la",
  "au sein de l'",
];

/** Nouns before an accession noun that make it a wish or a process, not a membership: "sa demande d'adhésion". */
export const ACCESSION_NOT_YET = [
  "demande",
  "candidature",
  "négociations",
  "négociation",
  "pourparlers",
  "perspective",
  "projet",
  "volonté",
  "souhait",
  "chemin",
  "vue",
];

/** An organisation taking members in: "le Forum a accepté en son sein X et Y". */
export const ADMIT_VERBS = [
  "a accepté en son sein",
  "ont accepté en son sein",
  "accepte en son sein",
  "a accueilli en son sein",
  "accueille en son sein",
  "a admis",
  "admet",
  "a intégré",
  "intègre",
  "a accueilli",
  "a accepté",
];

/** Passive admission: "X et Y ont été admises comme membres à part entière du Z". */
export const ADMITTED_PASSIVE = [
  "a été admis",
  "a été admise",
  "ont été admis",
  "ont été admises",
  "admis",
  "admise",
  "admises",
  "a été acceptée",
  "a été accepté",
  "ont été acceptés",
  "ont été acceptées",
];

/** What may follow an admit verb before the organisation: "comme membres à part entière de". */
export const ADMITTED_AS = [
  "comme",
  "en tant que",
  "au sein de",
  "au sein du",
  "au sein de la",
  "au sein de l'",
  "à",
  "au",
  "dans",
  "dans le",
  "dans la",
  "dans l'",
];

/** After an organisation, cues that list its members: "le Triangle de Weimar, qui réunit A, B et C". */
export const GROUPING_CUES = [
  "qui réunit",
  "qui rassemble",
  "qui regroupe",
  "qui comprend",
  "qui compte",
  "qui inclut",
  "qui englobe",
  "qui réunit également",
  "qui comprend également",
  "qui compte également",
  "qui regroupe également",
  "regroupant",
  "réunissant",
  "rassemblant",
  "comprenant",
  "composé de",
  "composée de",
  "dont font partie",
  "dont les membres sont",
  "dont les autres membres sont",
];

/** Verbs that, after a group of members as subject, introduce the list: "les autres États partenaires sont A et B". */
export const LIST_VERBS = ["sont", "étaient", "comprennent", "incluent", "à savoir", "soit"];

/** "autres" before a member noun: the list adds to a member already named. */
export const OTHER_WORDS = ["autres"];

/** Participles of founding, before "par" and the founders: "créé en 1991 par A et B". */
export const FOUNDING_PARTICIPLES = [
  "créé",
  "créée",
  "créés",
  "fondé",
  "fondée",
  "fondés",
  "cofondé",
  "cofondée",
  "établi",
  "établie",
  "institué",
  "instituée",
  "mis en place",
  "mise en place",
  "lancé",
  "lancée",
  "constitué",
  "constituée",
];

/** Finite verbs of founding, founders before and the organisation after: "A et B ont fondé Y". */
export const FOUNDING_VERBS = [
  "ont fondé",
  "ont créé",
  "ont établi",
  "ont institué",
  "ont mis en place",
  "ont lancé",
  "ont cofondé",
  "ont constitué",
  "fondent",
  "créent",
  "instituent",
  "avaient fondé",
  "avaient créé",
  "avaient fondée",
  "avaient créée",
  "ont fondée",
  "ont créée",
];

/** A relative pronoun and a subject pronoun before a founding verb: "l'AES, qu'ils avaient fondée" (founded by the subjects of the sentence). */
export const FOUNDED_BY_THEM = ["qu'ils", "qu'elles", "que ces pays", "que les trois pays"];

/** Prepositions of place: "signée à Luxembourg par …" names where, not who. */
export const LOCATIVES = ["à", "en", "au", "aux", "dans"];

/** The preposition of the agent after a passive participle. */
export const AGENT_PREPOSITIONS = ["par"];

/** Finite active verbs of signing: the subject signs the object. */
export const SIGN_VERBS = [
  "a signé",
  "ont signé",
  "avait signé",
  "avaient signé",
  "signe",
  "signent",
  "a paraphé",
  "ont paraphé",
  "a conclu",
  "ont conclu",
  "ont scellé",
  "a scellé",
  "avons signé",
  "ont cosigné",
  "a cosigné",
  // Infinitive and future: a signing to come ("doivent signer un accord", "signeront un traité"); the modality cues keep
  // it from making parties (the future forms are modality cues too).
  "signer",
  "signera",
  "signeront",
  "parapher",
  "paraphera",
  "parapheront",
];

/** Passive participles of signing, before "par" and the signatories. */
export const SIGNED_PARTICIPLES = [
  "signé",
  "signée",
  "signés",
  "signées",
  "paraphé",
  "paraphée",
  "conclu",
  "conclue",
  "cosigné",
  "cosignée",
];

/**
 * Verbs of concluding, which sign only when an agreement's noun is their object ("les deux pays ont conclu une lettre
 * d'intention", "ont adopté une feuille de route", "sont parvenus à un accord"), never alone ("a conclu sa visite").
 */
export const CONCLUDING_VERBS = [
  "conclu",
  "conclue",
  "adopté",
  "adoptée",
  "trouvé",
  "parvenus à",
  "parvenues à",
  "parvenu à",
  "entendus sur",
  "entendues sur",
];

/**
 * A possibility or an expectation in the passive, right before a signed participle: "un accord pourrait être conclu",
 * "le contrat devrait être signé". A deal told so is no agreement signed, nor yet one found.
 */
export const MODAL_PASSIVES = [
  "pourrait être",
  "pourraient être",
  "pourra être",
  "pourront être",
  "devrait être",
  "devraient être",
  "devra être",
  "devront être",
  "doit être",
  "doivent être",
];

/** Determiners opening the object of a verb of concluding: "conclu une lettre d'intention", "adopté leur feuille de route". */
export const CONCLUDED_OBJECT_DETERMINERS = ["un", "une", "le", "la", "l'", "leur", "ce", "cet", "cette", "son", "sa"];

/** Nouns of signing, before "par" and the signatories: "la signature par A et B de …". */
export const SIGNING_NOUNS = ["signature"];

/** Passive participles of ratifying: "ratifié par les Parlements de A et B". */
export const RATIFIED_PARTICIPLES = ["ratifié", "ratifiée", "ratifiés", "ratifiées", "approuvé", "approuvée"];

/** Finite verbs of ratifying: the subject becomes a party. */
export const RATIFY_VERBS = ["a ratifié", "ont ratifié", "ratifie", "ratifient", "avait ratifié", "avaient ratifié"];

/** "au nom de X": X is bound by what the subject signs. */
export const ON_BEHALF_OF = ["au nom de", "au nom du", "au nom des", "pour le compte de", "pour le compte du"];

/** Before a person: that person is represented, not the one who signs ("qui représentait le président X"). */
export const REPRESENTED_CUES = [
  "représentait",
  "représentant",
  "qui représentait",
  "représenté par",
  "au nom de",
  "au nom du",
  "sur instruction de",
  "sur instruction du",
  "sur les instructions de",
  "sur les instructions du",
  "sur ordre de",
  "sur ordre du",
  "sur les directives de",
  "sur les directives du",
];

/** Verbs of telling: their subject tells of a signing, it does not sign. */
export const ANNOUNCE_VERBS = [
  "a annoncé",
  "annonce",
  "ont annoncé",
  "a salué",
  "salue",
  "s'est félicité",
  "s'est félicitée",
  "a confirmé",
  "a déclaré",
  "a dévoilé",
];

/** "A et B sont liés par le traité" : les sujets en sont parties. */
export const BOUND_BY_CUES = [
  "sont liés par",
  "sont liées par",
  "est lié par",
  "est liée par",
  "restent liés par",
  "restent liées par",
  "étaient liés par",
  "étaient liées par",
];

/** "entre A et B", "qui lie A et B": the parties of the agreement before. */
export const BETWEEN_CUES = ["entre", "qui lie", "liant", "qui unit", "unissant"];

/** "avec Z" after a signing verb and its object: the other party. */
export const WITH_CUES = ["avec"];

/** Pronouns standing for other agreements of the same kind before a participle: "après ceux signés avec Z". */
export const OTHER_AGREEMENT_PRONOUNS = ["ceux", "celui", "celles", "celle"];

/** A complement giving an agreement's value: "un contrat d'une valeur de 2 milliards d'euros" is told by its amount. */
export const VALUE_COMPLEMENTS = ["d'une valeur de", "d'une valeur d'", "d'un montant de", "d'un montant d'"];

/** Words of an amount after a value complement: numbers are read apart. */
export const AMOUNT_WORDS = ["million", "millions", "milliard", "milliards", "de", "d'", "euros", "dollars", "livres", "€", "$", "environ"];

/** Determiners that deny an agreement: "aucun contrat n'a été signé", "repartis sans accord". */
export const NEGATIVE_DETERMINERS = ["aucun", "aucune", "pas de", "pas d'", "sans"];

/**
 * Phrases ending with an agreement's noun that tell a meeting of minds, not a text: "ils sont d'accord", "se sont mis
 * d'accord pour …", "sont tombés d'accord". Never "un projet d'accord", "un protocole d'accord".
 */
export const AGREEMENT_IDIOMS = [
  ...["suis", "es", "est", "sommes", "êtes", "sont", "étais", "était", "étions", "étaient", "être", "serait", "seraient"].map(
    (verb) => `${verb} d'accord`,
  ),
  ...["sera", "seront", "soit", "soient", "été", "mis", "mise", "mises", "mettre", "mettent", "met", "mettront"].map(
    (verb) => `${verb} d'accord`,
  ),
  ...["tombé", "tombés", "tombée", "tombées", "tomber", "tombent", "tout à fait", "parfaitement", "plutôt"].map(
    (word) => `${word} d'accord`,
  ),
];

/** Adjectives of an agreement noun that make it another agreement: "des accords comparables avec Z". */
export const OTHER_AGREEMENT_ADJECTIVES = [
  "similaire",
  "similaires",
  "comparable",
  "comparables",
  "semblable",
  "semblables",
  "analogue",
  "analogues",
  "autre",
  "autres",
  "d'autres",
  "distinct",
  "distincts",
  "équivalent",
  "équivalents",
  "tel",
  "tels",
  "pareil",
  "pareils",
];

/** Mots d'achat et de vente juste avant le nom d'un programme : l'acheteur n'y participe pas (« l'achat de 26 Rafale »). */
export const PURCHASE_WORDS = [
  "achat",
  "achats",
  "acquisition",
  "acquérir",
  "acheter",
  "commande",
  "commandes",
  "vente",
  "ventes",
  "livraison",
  "livraisons",
];

/** Verbs of leaving: after them the subject is no longer a member or a party ("s'est retiré", "a été suspendu"). */
export const WITHDRAWAL_VERBS = [
  "s'est retiré",
  "s'est retirée",
  "se retire",
  "se sont retirés",
  "a quitté",
  "ont quitté",
  "quitte",
  "a été suspendu",
  "a été suspendue",
  "ont été suspendus",
  "est suspendu",
  "est suspendue",
  "suspendu",
  "suspendue",
  "a été exclu",
  "a été exclue",
  "exclu",
  "exclue",
  "a claqué la porte",
];

/** After a withdrawal verb, the words that make it about membership: "s'est retiré de". */
export const WITHDRAWAL_PARTICLES = ["de", "du", "des", "d'"];

/** Cues that make what follows a wish, a plan or a possibility, not a fact. */
export const MODALITY_CUES = [
  "pourrait",
  "pourraient",
  "devrait",
  "devraient",
  "doit",
  "doivent",
  "devra",
  "devront",
  "va",
  "vont",
  "veut",
  "veulent",
  "souhaite",
  "souhaitent",
  "espère",
  "espèrent",
  "envisage",
  "envisagent",
  "compte",
  "comptent",
  "entend",
  "entendent",
  "projette",
  "candidate",
  "candidat",
  "possibilité",
  "réfléchit",
  "réfléchissent",
  "demande",
  "rejoindra",
  "rejoindront",
  "adhérera",
  "signera",
  "signeront",
  "paraphera",
  "parapheront",
  "ratifiera",
  "ratifieront",
  "pour rejoindre",
  "de rejoindre",
  "à rejoindre",
  "d'adhérer",
  "pour adhérer",
];

/** More cues of a prospect: what is considered, discussed or possible is not done. */
export const PROSPECT_CUES = [
  "envisager",
  "d'envisager",
  "considérer",
  "évoqué",
  "évoque",
  "éventuelle",
  "éventuel",
  "possible",
  "future",
  "futur",
  "prochaine",
];

/** Indefinite articles: "une adhésion du Brésil" is a prospect, "l'adhésion de la Suède" a fact. */
export const INDEFINITE_ARTICLES = ["un", "une"];

/** Negation words. */
export const NEGATIONS = ["ne", "n'", "jamais", "aucun", "aucune"];

/** Nouns for a set of countries, organisations or firms, after a count: "quatre clients de lancement", "les 15 membres". */
export const GROUP_NOUNS = [
  "pays",
  "États",
  "Etats",
  "nations",
  "membres",
  "États membres",
  "pays membres",
  "partenaires",
  "pays partenaires",
  "États partenaires",
  "signataires",
  "parties",
  "clients",
  "clients de lancement",
  "pays clients",
  "nations clientes",
  "alliés",
  "gouvernements",
  "économies",
  "participants",
  "pays participants",
];

/** Group nouns that point at a programme (customers and partners of a programme). */
export const PROGRAM_GROUP_NOUNS = [
  "clients",
  "clients de lancement",
  "pays clients",
  "nations clientes",
  "participants",
  "pays participants",
  "pays partenaires",
];

/** Group nouns that point at an agreement. */
export const AGREEMENT_GROUP_NOUNS = ["signataires", "parties"];

/** Group nouns that point at an organisation. */
export const ORGANIZATION_GROUP_NOUNS = ["membres", "États membres", "pays membres", "États partenaires"];

/** Number words, value by form. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...NUMBER_WORDS_TO_TWENTY,
  trente: 30,
  quarante: 40,
  cinquante: 50,
};

/** Subordinate "dont X": a member of the group before ("neuf pays dont la Belgique"). */
export const INCLUDING_CUES = ["dont", "parmi lesquels", "parmi lesquelles", "notamment", "y compris"];

/** Nouns standing for an organisation already named: "l'Alliance", "le bloc". */
export const ORGANIZATION_ANAPHORS = [
  "alliance",
  "bloc",
  "organisation",
  "communauté",
  "union",
  "forum",
  "groupe",
  "groupement",
  "club",
  "institution",
  "ensemble",
];

/** Nouns standing for a country already named: "le pays". */
export const COUNTRY_ANAPHORS = ["pays", "nation", "royaume", "république", "archipel"];

/** Possessives standing for the country of the person before: "son pays". */
export const POSSESSIVE_COUNTRY = ["son pays", "leur pays", "sa nation"];

/** Nouns standing for a programme already named: "le programme", "l'initiative". */
export const PROGRAM_ANAPHORS = ["programme", "projet", "initiative", "mécanisme", "dispositif"];

/** Determiners before an anaphoric noun. */
export const DEFINITE_DETERMINERS = [
  "le",
  "la",
  "l'",
  "les",
  "ce",
  "cet",
  "cette",
  "du",
  "de la",
  "de l'",
  "au",
  "à la",
  "à l'",
  "son",
  "sa",
  "ses",
];

/** Phrases that point back at what the previous sentence named: "une lettre d'intention en ce sens". */
export const TOPIC_BACK_REFERENCES = [
  "en ce sens",
  "dans ce sens",
  "à cet effet",
  "à cette fin",
  "en ce domaine",
  "dans ce but",
  "dans ce cadre",
];

/** Words allowed between the items of a list of countries or organisations. */
export const LIST_FILLERS = [
  "son",
  "sa",
  "ses",
  "leur",
  "leurs",
  ",",
  "et",
  "ainsi que",
  "de même que",
  "ou",
  "la",
  "le",
  "les",
  "l'",
  "de",
  "du",
  "des",
  "d'",
  "par",
  "celui",
  "celle",
  "ceux",
  "celles",
  "république",
  "république-unie",
  "royaume",
  "sultanat",
  "principauté",
  "grand-duché",
  "fédération",
  "état",
  "parlement",
  "parlements",
  "gouvernement",
  "gouvernements",
  "fin",
  "début",
  "mi",
  "en",
];

/** Coordinators before the last item of a list: after it, a comma ends the list. */
export const COORDINATORS = ["et", "ainsi que", "ainsi qu'", "de même que", "de même qu'", "ou"];

/** Month names: a date inside a list ("et fin novembre par B"). */
export const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** Combining forms of country names in compound adjectives ("franco-italien", "germano-polonais"), by ISO code. */
export const COMBINING_FORMS: Readonly<Record<string, string>> = {
  franco: "FR",
  germano: "DE",
  italo: "IT",
  anglo: "GB",
  britannico: "GB",
  hispano: "ES",
  luso: "PT",
  russo: "RU",
  sino: "CN",
  nippo: "JP",
  indo: "IN",
  austro: "AT",
  belgo: "BE",
  helvético: "CH",
  gréco: "GR",
  turco: "TR",
  polono: "PL",
  israélo: "IL",
  palestino: "PS",
  irano: "IR",
  saoudo: "SA",
  syro: "SY",
  libano: "LB",
  égypto: "EG",
  algéro: "DZ",
  tuniso: "TN",
  maroco: "MA",
  sénégalo: "SN",
  ivoiro: "CI",
  rwando: "RW",
  canado: "CA",
  américano: "US",
  australo: "AU",
  coréano: "KR",
  vietnamo: "VN",
  indonéso: "ID",
  brésilo: "BR",
  argentino: "AR",
  mexicano: "MX",
  néerlando: "NL",
  dano: "DK",
  suédo: "SE",
  norvégo: "NO",
  finno: "FI",
  ukraino: "UA",
  roumano: "RO",
  hungaro: "HU",
  tchéco: "CZ",
  slovaco: "SK",
  serbo: "RS",
  croato: "HR",
};

/** Kinds of agreement instruments, by the phrase that names them, with their English kind name. */
export const AGREEMENT_KINDS: ReadonlyArray<{ phrase: string; kind: string; accession?: boolean }> = [
  { phrase: "traité d'adhésion", kind: "Treaty of Accession", accession: true },
  { phrase: "protocole d'adhésion", kind: "Protocol of Accession", accession: true },
  { phrase: "acte d'adhésion", kind: "Act of Accession", accession: true },
  { phrase: "lettre d'intention", kind: "Letter of Intent" },
  { phrase: "déclaration d'intention", kind: "Declaration of Intent" },
  { phrase: "protocole d'accord", kind: "Memorandum of Understanding" },
  { phrase: "protocole d'entente", kind: "Memorandum of Understanding" },
  { phrase: "mémorandum d'entente", kind: "Memorandum of Understanding" },
  { phrase: "mémorandum d'accord", kind: "Memorandum of Understanding" },
  { phrase: "accord-cadre", kind: "Framework Agreement" },
  { phrase: "déclaration commune", kind: "Joint Declaration" },
  { phrase: "déclaration conjointe", kind: "Joint Declaration" },
  { phrase: "arrangement technique", kind: "Technical Arrangement" },
];

/** Head nouns of an agreement without a proper name, with their English kind name. */
export const GENERIC_AGREEMENT_HEADS: ReadonlyArray<{ phrase: string; kind: string }> = [
  { phrase: "traité", kind: "Treaty" },
  { phrase: "accord", kind: "Agreement" },
  { phrase: "pacte", kind: "Pact" },
  { phrase: "protocole", kind: "Protocol" },
  { phrase: "convention", kind: "Convention" },
  { phrase: "mémorandum", kind: "Memorandum" },
  { phrase: "charte", kind: "Charter" },
  { phrase: "contrat", kind: "Contract" },
  { phrase: "arrangement", kind: "Arrangement" },
  { phrase: "feuille de route", kind: "Roadmap" },
];

/** Plural agreement nouns: several agreements, never the article's one ("similar agreements with A and B"). */
export const PLURAL_AGREEMENT_NOUNS = [
  "accords",
  "traités",
  "pactes",
  "protocoles",
  "conventions",
  "mémorandums",
  "contrats",
  "arrangements",
];

/**
 * Noms pluriels d'accords qui en annoncent plusieurs, dits un à un ensuite (« Trois protocoles d'accord ont été signés :
 * le premier, sur …, le deuxième, sur … »), avec le singulier qui nomme chacun et leur type.
 */
export const ANNOUNCED_AGREEMENT_NOUNS: ReadonlyArray<{ plural: string; singular: string; kind: string }> = [
  { plural: "protocoles d'accord", singular: "protocole d'accord", kind: "Memorandum of Understanding" },
  { plural: "protocoles d'entente", singular: "protocole d'entente", kind: "Memorandum of Understanding" },
  { plural: "mémorandums d'entente", singular: "mémorandum d'entente", kind: "Memorandum of Understanding" },
  { plural: "mémorandums d'accord", singular: "mémorandum d'accord", kind: "Memorandum of Understanding" },
  { plural: "lettres d'intention", singular: "lettre d'intention", kind: "Letter of Intent" },
  { plural: "accords-cadres", singular: "accord-cadre", kind: "Framework Agreement" },
  { plural: "mémorandums", singular: "mémorandum", kind: "Memorandum" },
  { plural: "accords", singular: "accord", kind: "Agreement" },
  { plural: "traités", singular: "traité", kind: "Treaty" },
  { plural: "protocoles", singular: "protocole", kind: "Protocol" },
  { plural: "conventions", singular: "convention", kind: "Convention" },
  { plural: "contrats", singular: "contrat", kind: "Contract" },
  { plural: "arrangements", singular: "arrangement", kind: "Arrangement" },
];

/** Mots qui désignent l'un des accords dits juste avant, suivis de leur objet : « le deuxième, sur la formation ». */
export const AGREEMENT_ITEM_WORDS = [
  "l'un",
  "l'une",
  "le premier",
  "la première",
  "le deuxième",
  "la deuxième",
  "un deuxième",
  "une deuxième",
  "le second",
  "la seconde",
  "un second",
  "une seconde",
  "le troisième",
  "la troisième",
  "un troisième",
  "une troisième",
  "le quatrième",
  "la quatrième",
  "un quatrième",
  "une quatrième",
  "le cinquième",
  "un cinquième",
  "le dernier",
  "la dernière",
  "l'autre",
  "un autre",
  "une autre",
];

/** Nouns that stand for an agreement only when they refer back to one in a signing ("le texte a été paraphé par …"). */
export const REFERRING_AGREEMENT_NOUNS = ["texte", "document"];

/** Adjectives of a generic agreement noun that say nothing of what it is: "le nouvel accord", "un traité historique". */
export const EVALUATIVE_ADJECTIVES = [
  "nouveau",
  "nouvel",
  "nouvelle",
  "historique",
  "important",
  "majeur",
  "premier",
  "vaste",
  "ambitieux",
  "bilatéral",
  "multilatéral",
  "définitif",
  "final",
  "initial",
  "inédit",
];

/** Words that end the topic of an unnamed agreement: another complement or a clause begins. */
export const CLAUSE_BREAKS = ["alors", "tandis", "lors", "après", "avant", "car", "depuis", "quand", "avec", "entre", "par", "pendant"];

/** Words that open the topic of an unnamed agreement: "un protocole relatif au soutien". */
export const TOPIC_INTRODUCERS = [
  "sur",
  "relatif à",
  "relatif au",
  "relative à",
  "relative au",
  "portant sur",
  "concernant",
  "en matière de",
  "pour",
  "visant à",
  "accordant",
  "permettant",
  "instituant",
  "créant",
  "établissant",
  "portant création de",
  "portant création du",
  "lançant",
];

/** Honorifics and courtesy words before a name: part of a signatory's designation, not a clause of their own. */
export const HONORIFICS = ["son", "sa", "altesse", "majesté", "excellence", "cheikh", "m", "mme", "dr", "prince", "roi", "reine", "émir"];

/** Relative pronouns: a clause they open after a signatory tells of someone else ("qui représentait le président X"). */
export const RELATIVE_PRONOUNS = ["qui", "que", "dont", "lequel", "laquelle"];

/** Relatifs prépositionnels : le programme « auquel X participe » est celui que la relative suit, pas un autre de la phrase. */
export const PREPOSITIONAL_RELATIVES = [
  "dans lequel",
  "dans laquelle",
  "auquel",
  "à laquelle",
  "auxquels",
  "auxquelles",
  "duquel",
  "dont",
  "où",
  "pour lequel",
  "pour laquelle",
];

/** Little words after a noun before its complement: "membre de l'", "membres du". */
export const OF_WORDS = ["de", "du", "des", "d'", "de la", "de l'", "au sein de", "au sein du", "au sein de la", "au sein de l'"];
