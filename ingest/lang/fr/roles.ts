/**
 * French cues for attaching offices to people: what may stand between a name and its title, the
 * verbs that make one the other, the words that give each person of a list their own owner.
 * Plain constants, as the text writes them; ingest/extract/role-cues.ts compiles them.
 */
import { REPRESENTED_BY } from "./event-references.js";

/** Adverbs inside an apposition: "X, également chef du parti", "X, désormais ministre". */
export const APPOSITION_ADVERBS: readonly string[] = [
  "également",
  "aussi",
  "désormais",
  "alors",
  "actuellement",
  "toujours",
  "par ailleurs",
];

/** Taking an office, said of its holder: in the copulas and in relative clauses alike (« X, qui a été nommé … »). */
const APPOINTMENTS: readonly string[] = [
  "a été nommé",
  "a été nommée",
  "a été élu",
  "a été élue",
  "a été réélu",
  "a été réélue",
  "a été désigné",
  "a été désignée",
];

/** Verbs that make a person the holder of the title after them: "X est devenu le président du …". Present and past only. */
export const COPULAS: readonly string[] = [
  "est",
  "était",
  "fut",
  "a été",
  "avait été",
  "devient",
  "est devenu",
  "est devenue",
  "était devenu",
  "était devenue",
  "reste",
  "demeure",
  "a été investi",
  "a été investie",
  ...APPOINTMENTS,
];

/** Words after which a person belongs to the delegation of the person before them: "X, accompagné du ministre Y", "X est accompagné, lors de ce voyage, par Y". */
export const DELEGATION_CUES: readonly string[] = ["accompagné", "accompagnée", "accompagnés", "entouré de", "entourée de", "aux côtés de"];

/**
 * Words after a country that name the person after them as the one who speaks for it: "la Serbie était représentée
 * par le Premier ministre X" (the office after them is that country's).
 */
export const REPRESENTATIVE_LINKS: readonly string[] = [
  ...REPRESENTED_BY,
  "est représenté par",
  "est représentée par",
  "représenté par",
  "représentée par",
];

/** Nouns of a group that speaks for a country when the country qualifies them: "la délégation malienne", "une mission du Mali". */
export const DELEGATION_NOUNS: readonly string[] = ["délégation", "délégations", "mission", "équipe"];

/** Verbs of one who goes with a guest, not one who receives them : « X, ministre de la Défense, l'accompagnait ». */
export const COMPANION_VERBS: readonly string[] = [
  "accompagnait",
  "accompagne",
  "accompagnaient",
  "accompagnent",
  "a accompagné",
  "ont accompagné",
  "était du voyage",
  "étaient du voyage",
  "est du voyage",
  "faisait partie de la délégation",
];

/** Between such a group and its country written after it: "la délégation du Mali", "une délégation de la Côte d'Ivoire". */
export const DELEGATION_COUNTRY_LINKS: readonly string[] = ["du", "de la", "de l'", "des", "de", "d'"];

/** Words between such a group and the person at its head: "La délégation malienne était conduite par le ministre X". */
export const DELEGATION_LEADER_LINKS: readonly string[] = [
  "conduite par",
  "était conduite par",
  "est conduite par",
  "sera conduite par",
  "dirigée par",
  "était dirigée par",
  "est dirigée par",
  "sera dirigée par",
  "menée par",
  "était menée par",
  "emmenée par",
  "était emmenée par",
  "présidée par",
  "était présidée par",
];

/** Arriver quelque part, dit d'un hôte : « X est arrivé lundi à Niamey », « À Niamey, X est arrivé » (le lieu est celui où il est reçu). */
export const ARRIVAL_WORDS: readonly string[] = [
  "est arrivé",
  "est arrivée",
  "sont arrivés",
  "sont arrivées",
  "arrivé",
  "arrivée",
  "arrivera",
  "a atterri",
];

/** Entre le mot d'un voyage et le voyageur écrit après lui : « la visite du ministre X à Dakar », « la visite de X à Niamey ». */
export const TRAVELLER_LINKS: readonly string[] = ["du", "de la", "de l'", "de", "d'"];

/** Avant le mot d'un voyage, un temps d'avant le voyage : « Avant sa visite à Dakar, X s'est entretenu avec le Premier ministre ». */
export const BEFORE_TRIP_WORDS: readonly string[] = [
  "avant",
  "avant de",
  "à la veille de",
  "en prévision de",
  "en amont de",
  "en préparation de",
];

/** Un voyage fini : les personnes rencontrées après ces mots le sont au retour (« À son retour, il a reçu le président X »). */
export const TRIP_OVER_WORDS: readonly string[] = [
  "de retour",
  "à son retour",
  "dès son retour",
  "après son retour",
  "est rentré",
  "est rentrée",
  "sont rentrés",
  "rentré à",
  "rentrée à",
  "a regagné",
  "ont regagné",
];

/** Words that add one more person to a list of people who share an office: "ainsi que l'Allemand X, le Britannique Y et l'Italien Z". */
export const LIST_JOINERS: readonly string[] = ["ainsi que", "ainsi qu'", "de même que", "et"];

/** Possessives before an office that make it the office of the sentence's subject: « Le Mali a dépêché son ministre de la Défense, X ». */
export const SUBJECT_POSSESSIVES: readonly string[] = ["son", "sa", "ses"];

/** The word that gives each person of a list their own owner: "les présidents …, X pour A et Y pour B". */
export const OWNER_PER_PERSON: readonly string[] = ["pour"];

/**
 * Words before the city, country or region where an office serves, between the title and its holder: "l'ambassadeur de
 * Chine à Nairobi, X", "le représentant spécial de l'UE pour le Sahel, Y".
 */
export const POSTING_LINKS: readonly string[] = [
  "à",
  "au",
  "aux",
  "en",
  "auprès de",
  "auprès du",
  "auprès des",
  "pour",
  "pour le",
  "pour la",
  "pour l'",
  "pour les",
];

/** Words between a title in apposition after a name and the organisation it serves: "X, chercheuse à l'Institut Y, estime". */
export const APPOSITION_OWNER_LINKS: readonly string[] = [
  "de",
  "du",
  "des",
  "d'",
  "de la",
  "de l'",
  "à",
  "à l'",
  "à la",
  "au",
  "aux",
  "chez",
];

/** Avant le domaine d'un enseignant ou d'un chercheur, entre son titre et le lien vers l'employeur : « professeure de science politique à Y ». */
export const FIELD_OF_WORK_LINKS: readonly string[] = ["de", "d'", "en"];

/** Words between a name and its owner in a royal or formal style: "Victoria de Suède". */
export const OWNER_AFTER_NAME: readonly string[] = ["de", "du", "d'", "des"];

/** Personal honorifics that may stand between a title and the name: "le président M. X". */
export const PERSONAL_HONORIFICS: readonly string[] = ["M", "MM", "Mme", "Mmes", "Mlle", "Gén", "Gal", "Col", "Lt", "Cdt"];

/** Verbs of a relative clause that give the person an office of the organisation after them: "X, qui préside l'Union africaine". */
export const OFFICE_VERBS: Readonly<Record<string, readonly string[]>> = {
  Chairperson: ["qui préside", "qui présidait", "qui assure la présidence de", "qui assure la présidence tournante de"],
  Head: ["qui dirige", "qui dirigeait"],
};

/**
 * Une fonction dite par ce que la personne dirige ou garde, par le titre du KB qu'elle désigne : « X conserve le
 * portefeuille de la Défense », « X, qui dirigeait la diplomatie gabonaise ». Lue après un des PERIPHRASIS_VERBS (un article entre).
 */
export const OFFICE_PERIPHRASES: Readonly<Record<string, readonly string[]>> = {
  "title:foreign-minister": ["diplomatie", "portefeuille des Affaires étrangères", "ministère des Affaires étrangères"],
  "title:defence-minister": ["portefeuille de la Défense", "portefeuille des Armées", "ministère de la Défense", "ministère des Armées"],
  "title:finance-minister": ["portefeuille des Finances", "ministère des Finances"],
  "title:economy-minister": ["portefeuille de l'Économie", "portefeuille de l'Economie"],
  "title:interior-minister": ["portefeuille de l'Intérieur", "ministère de l'Intérieur"],
  "title:justice-minister": ["portefeuille de la Justice", "ministère de la Justice"],
};

/** Verbes avant une telle périphrase, par la durée qu'ils donnent : « conserve », « qui dirige », « à la tête de » (tenue), « qui dirigeait » (passée). */
export const PERIPHRASIS_VERBS: Readonly<Record<"current" | "former", readonly string[]>> = {
  current: [
    "conserve",
    "garde",
    "hérite de",
    "hérite du",
    "récupère",
    "obtient",
    "dirige",
    "qui dirige",
    "à la tête de",
    "à la tête du",
    "prend la tête de",
    "prend la tête du",
  ],
  former: [
    "qui dirigeait",
    "dirigeait",
    "qui a dirigé",
    "avait dirigé",
    "qui avait dirigé",
    "qui était à la tête de",
    "qui était à la tête du",
  ],
};

/** Pronoms relatifs qui ouvrent une proposition sur la personne nommée avant : « X, qui est aussi vice-président du Conseil ». */
export const RELATIVE_PRONOUNS: readonly string[] = ["qui"];

/**
 * Verbes d'une telle proposition qui font de la personne la titulaire de la fonction qui suit, adverbes
 * mis à part (« qui est aussi », « qui occupe désormais le poste de »). Présent, passé composé de la prise
 * de fonction (la fonction est toujours occupée) ; pas « était », qui peut dire une fonction passée.
 */
export const RELATIVE_OFFICE_VERBS: readonly string[] = [
  "est",
  "est devenu",
  "est devenue",
  "devient",
  "reste",
  "demeure",
  "occupe le poste de",
  "occupe la fonction de",
  "occupe les fonctions de",
  "exerce les fonctions de",
  "assure les fonctions de",
  "assume les fonctions de",
  "cumule les fonctions de",
  "fait office de",
  ...APPOINTMENTS,
];

/** Quitter la fonction nommée ensuite (« X a démissionné de son poste de ministre ») : elle est passée. */
const QUITTE_LE_POSTE_DE: readonly string[] = [
  "a démissionné de son poste de",
  "a démissionné de ses fonctions de",
  "a quitté son poste de",
  "a quitté ses fonctions de",
  "a quitté le poste de",
  "a été démis de ses fonctions de",
  "a été démise de ses fonctions de",
  "a été limogé de son poste de",
  "a été limogée de son poste de",
];

/**
 * Verbes d'une proposition principale, juste après le nom, qui donnent la fonction qui suit avec sa durée : « X a
 * quitté ses fonctions de ministre », « X deviendra chef d'état-major ». Pas les copules (« X était ministre »), lues
 * comme une fonction tenue.
 */
export const TENURE_VERBS: Readonly<Record<"former" | "acting" | "designated", readonly string[]>> = {
  former: QUITTE_LE_POSTE_DE,
  acting: [
    "assure l'intérim de",
    "assure l'intérim du",
    "assurera l'intérim de",
    "assurera l'intérim du",
    "assure par intérim les fonctions de",
  ],
  designated: ["deviendra", "doit devenir", "va devenir", "devrait devenir", "prendra ses fonctions de"],
};

/**
 * Entre une fonction et la personne qui l'occupe pour un temps : « le poste, occupé par intérim par le ministre de la
 * Justice, X » : cette personne l'occupe par intérim (sa propre fonction reste la sienne).
 */
export const HELD_AS_ACTING_BY: readonly string[] = [
  "occupé par intérim par",
  "occupée par intérim par",
  "assuré par intérim par",
  "assurée par intérim par",
  "dont l'intérim est assuré par",
  "confié par intérim à",
  "confiée par intérim à",
];

/**
 * Départ, juste après une personne dite avec sa fonction (« Le ministre kényan de la Défense, X, a démissionné lundi »,
 * « le directeur, qui a démissionné en mai ») : la fonction est passée.
 */
export const RESIGNATION_VERBS: readonly string[] = [
  "a démissionné",
  "vient de démissionner",
  "a été limogé",
  "a été limogée",
  "a été démis de ses fonctions",
  "a été démise de ses fonctions",
  "a quitté ses fonctions",
  "a été remercié",
  "a été remerciée",
];

/**
 * Verbes d'une telle proposition qui donnent la fonction qui suit avec sa durée : tenue avant (« qui était
 * alors ministre »), pour un temps (« qui assure l'intérim de »), ou pas encore (« qui deviendra »).
 */
export const RELATIVE_TENURE_VERBS: Readonly<Record<"former" | "acting" | "designated", readonly string[]>> = {
  former: ["était", "était alors", "fut", "avait été", "a été", "a longtemps été", ...QUITTE_LE_POSTE_DE],
  acting: ["assure l'intérim de", "assure l'intérim du", "assure l'intérim des", "assure par intérim les fonctions de"],
  designated: ["deviendra", "sera", "prendra ses fonctions de", "doit devenir", "va devenir"],
};

/**
 * Prise de fonctions à venir, dite de la personne nommée (« X a été nommé ministre et prendra ses fonctions
 * vendredi », « Il prendra ses fonctions le 1er janvier ») : la fonction n'est pas encore tenue.
 */
export const TAKES_OFFICE_LATER: readonly string[] = [
  "prendra ses fonctions",
  "prendra officiellement ses fonctions",
  "entrera en fonctions",
  "entrera en fonction",
  "prendra son poste",
  "prendra ses nouvelles fonctions",
  "doit prendre ses fonctions",
];

/**
 * Mots avant la date d'effet d'une nomination (« nommé ministre de la Défense à compter du 1er mars », « avec effet au
 * 1er janvier ») : avec une date à venir, la fonction n'est pas encore tenue.
 */
export const TAKES_EFFECT_FROM: readonly string[] = [
  "à compter du",
  "à compter de",
  "à partir du",
  "à partir de",
  "avec effet au",
  "avec effet à",
  "avec effet le",
  "avec effet du",
];

/** Noms, avec le possessif qui renvoie au successeur, de la personne qui occupait avant lui sa fonction : « son prédécesseur, X ». */
export const PREDECESSOR_NOUNS: readonly string[] = ["son prédécesseur", "sa prédécesseure", "son prédécesseur à ce poste"];

/**
 * Succession à venir (« X succédera à Y », « Y sera remplacé par X ») : le successeur est désigné, le
 * prédécesseur occupe encore la fonction. Lu à côté de SUCCESSION_VERBS et SUCCESSION_PASSIVE_VERBS.
 */
export const SUCCESSION_FUTURE_VERBS: readonly string[] = [
  "succédera à",
  "doit succéder à",
  "va succéder à",
  "devrait succéder à",
  "remplacera",
  "doit remplacer",
  "va remplacer",
  "devrait remplacer",
  "prendra la suite de",
  "sera remplacé par",
  "sera remplacée par",
  "doit être remplacé par",
  "doit être remplacée par",
];

/** Verbes après lesquels la personne nommée ensuite occupait la fonction avant la personne nommée avant : « X a succédé à Y au ministère des Armées ». */
export const SUCCESSION_VERBS: readonly string[] = [
  "a succédé à",
  "succède à",
  "succédant à",
  "qui succède à",
  "a remplacé",
  "remplace",
  "remplaçant",
  "en remplacement de",
  "prend la suite de",
  "a pris la suite de",
  ...SUCCESSION_FUTURE_VERBS.filter((verb) => !verb.includes(" par")),
];

/** La même chose au passif : « Y est remplacé par X ». */
export const SUCCESSION_PASSIVE_VERBS: readonly string[] = [
  "est remplacé par",
  "est remplacée par",
  "a été remplacé par",
  "a été remplacée par",
  "remplacé par",
  "remplacée par",
  ...SUCCESSION_FUTURE_VERBS.filter((verb) => verb.includes(" par")),
];

/** Entre le prédécesseur et la fonction : « … Y au poste de ministre », « … Y comme chef d'état-major », « … Y à la tête de la marine ». */
export const SUCCESSION_OFFICE_LINKS: readonly string[] = [
  "au poste de",
  "comme",
  "en tant que",
  "à la tête de",
  "à la tête du",
  "à la tête des",
];

/** Verbes qui donnent à la personne qui suit la fonction après « comme » : « Tinubu a nommé X au poste de ministre ». */
/**
 * Noms d'organes d'un État qui ne disent à qui ils sont qu'avec leur pays (« Conseil des ministres »), lus comme une
 * fonction du pays plutôt que d'une organisation de ce nom.
 */
export const STATE_BODIES: readonly string[] = [
  "Conseil des ministres",
  "gouvernement",
  "Parlement",
  "Assemblée nationale",
  "Sénat",
  "Cour suprême",
  "Cour constitutionnelle",
  "Banque centrale",
  "forces armées",
  "présidence",
  "ministère des Affaires étrangères",
  "ministère de la Défense",
];

export const APPOINTMENT_VERBS: readonly string[] = [
  "a nommé",
  "nomme",
  "a désigné",
  "désigne",
  "nommant",
  "la nomination de",
  "la nomination d'",
  "la nomination du",
  "la désignation de",
  "la désignation d'",
  "la désignation du",
];

/**
 * Ce qu'est la personne nommée, écrit entre le verbe de la nomination et son nom (un article peut l'ouvrir) : « la
 * nomination du diplomate X au poste de … », « a nommé l'économiste Y ». Des métiers seulement, jamais une fonction.
 */
export const APPOINTEE_DESCRIPTORS: readonly string[] = [
  "diplomate",
  "diplomate de carrière",
  "économiste",
  "avocat",
  "avocate",
  "universitaire",
  "juriste",
  "haut fonctionnaire",
  "haute fonctionnaire",
  "homme d'affaires",
  "femme d'affaires",
  "technocrate",
  "journaliste",
];

/**
 * Une organisation redite par un mot qui la désigne, après une fonction (« secrétaire général adjoint de l'organisation »,
 * « directeur de l'agence ») : l'organisation nommée en dernier avant. Les possessifs (« son directeur ») sont ambigus
 * en français (la personne ou l'organisation) et ne sont pas lus ici.
 */
export const ORGANIZATION_ANAPHORS: Readonly<Record<"before" | "after", readonly string[]>> = {
  before: [],
  after: [
    "de l'organisation",
    "du bloc",
    "de l'alliance",
    "de l'Alliance",
    "de l'agence",
    "de l'institution",
    "de la banque",
    "du fonds",
    "de l'organisme",
    "de l'entreprise",
    "du groupe",
  ],
};

/** Entre la personne nommée et la fonction : « a nommé X au poste de ministre de la Défense ». */
export const APPOINTMENT_LINKS: readonly string[] = [
  "au poste de",
  "comme",
  "comme nouveau",
  "comme nouvelle",
  "en tant que",
  "en tant que nouveau",
  "en tant que nouvelle",
];

/**
 * Devant le titre d'un souverain, les mots qui font parler ou agir le sujet de la phrase en son nom : « le ministre
 * jordanien s'est exprimé au nom du roi X », « l'envoyé japonais a remis un message de l'empereur X » (le souverain
 * est celui du pays du sujet). Le titre suit la contraction : « du roi », « de la reine », « de l'empereur ».
 */
export const ON_BEHALF_OF: readonly string[] = [
  "au nom du",
  "au nom de la",
  "au nom de l'",
  "de la part du",
  "de la part de la",
  "de la part de l'",
  "un message du",
  "un message de la",
  "un message de l'",
  "une lettre du",
  "une lettre de la",
  "une lettre de l'",
  "une invitation du",
  "une invitation de la",
  "une invitation de l'",
];

/**
 * Une organisation redite par son nom de tête, après une fonction (« le commandant de la force », « le chef de la
 * mission ») : la seule organisation nommée avant dont le nom a ce mot (« la Force multinationale d'observation »). Le
 * nom est le dernier mot de l'expression.
 */
export const HEAD_NOUN_ANAPHORS: Readonly<Record<"before" | "after", readonly string[]>> = {
  before: [],
  after: ["de la force", "de la mission"],
};

/**
 * Entre le prédécesseur et le ministère dont la fonction de ministre change de titulaire : « Il succède à Y au ministère
 * des Armées », « X a succédé à Y à la tête du ministère de la Défense ».
 */
export const MINISTRY_LINKS: readonly string[] = ["au", "à la tête du", "à la tête de l'"];

/** Le mot du ministère vers celui de son ministre: "ministère des Armées" → "ministre des Armées". */
export const MINISTER_OF_MINISTRY: Readonly<Record<string, string>> = { ministère: "ministre" };
