/**
 * French cues that tell a trigger word from its homonym (ingest/extract/events/triggers.ts).
 * The French triggers are unambiguous so far ("signe" is not a trigger, "signé" is).
 */
import { SIDELINE_OPENERS } from "./event-references.js";

/** Trigger words that are events only as verbs. */
export const VERB_ONLY_TRIGGERS: readonly string[] = [];

/** Words right before such a trigger that make it a noun. */
export const NOUN_MARKERS: readonly string[] = [];

/** Meeting nouns that name a summit: a meeting of an organisation (its leaders), held in a host city. */
export const SUMMIT_NOUNS = ["sommet", "sommets"] as const;

/** Mots de tête d'une instance qui est sa propre réunion ("le Conseil européen des 18 et 19 mars"). */
export const MEETING_BODY_HEADS = ["conseil", "assemblée", "forum", "conférence"] as const;

/** Juste avant une telle instance suivie d'une date, l'occasion qu'elle est ("lors du Conseil européen des 18 et 19 mars"). */
export const OCCASION_PREPOSITIONS = [
  "lors du",
  "lors de la",
  "lors de l'",
  "en marge du",
  "en marge de la",
  "à l'issue du",
  "à l'issue de la",
  "au cours du",
  "pendant le",
  "avant le",
] as const;

/** Right after a visit trigger ("arrivée", "arrival"), these make it a rise to office, not a trip. */
export const NOT_A_TRIP_AFTER = [
  "au pouvoir",
  "à la tête",
  "aux affaires",
  "aux commandes",
  "en fonctions",
  "en poste",
  "en tête",
] as const;

/**
 * Before a signing verb, what makes it another signing than those told before ("ont par ailleurs signé", "ont pour
 * leur part conclu", "a également signé"): it joins none of them unless it signs the same agreement.
 */
export const ANOTHER_SIGNING_CUES = [
  "également",
  "aussi",
  "par ailleurs",
  "en outre",
  "de plus",
  "pour leur part",
  "pour sa part",
  "quant à eux",
  "quant à elles",
  "quant à lui",
  "quant à elle",
  "de leur côté",
  "de son côté",
  "séparément",
  "parallèlement",
] as const;

/**
 * A pronoun subject standing for the agreement of the sentence before, then the auxiliary of the passive, right before
 * a signed participle: "Il a été paraphé par …", "Elle avait été signée par …".
 */
export const AGREEMENT_PRONOUN_PASSIVES = [
  "il a été",
  "elle a été",
  "il avait été",
  "elle avait été",
  "il sera",
  "elle sera",
  "il a ensuite été",
  "elle a ensuite été",
] as const;

/** Auxiliaries of the passive right before a signed participle: "La loi avait été signée par …". */
export const PASSIVE_AUXILIARIES = [
  "a été",
  "avait été",
  "ont été",
  "avaient été",
  "sera",
  "seront",
  "est",
  "sont",
  "a déjà été",
  "avait déjà été",
] as const;

/** L'infinitif du passif après un modal : « Un mémorandum devrait y être signé », « doit être paraphé ». */
export const INFINITIVE_PASSIVE_AUXILIARIES = ["être"] as const;
/** Juste avant l'auxiliaire du passif : l'occasion dite avant (« devrait y être signé », « y sera paraphé »). */
export const OCCASION_BEFORE_AUXILIARY = ["y"] as const;
/** Juste après le participe : à l'occasion dite avant (« sera signé à cette occasion »). */
export const OCCASION_AFTER_SIGNING = ["à cette occasion", "à l'occasion"] as const;

/** Right after a signing trigger, a domestic act signé, not an accord between parties: "a signé un décret", "signé la loi". */
export const NOT_A_SIGNING_AFTER = [
  "un décret",
  "le décret",
  "les décrets",
  "des décrets",
  "une ordonnance",
  "l'ordonnance",
  "l’ordonnance",
  "la loi",
  "une loi",
  "le projet de loi",
  "un projet de loi",
  "le budget",
  "une pétition",
  "la pétition",
] as const;

/**
 * Noms dont le complément après « à » nomme qui reçoit, pas le lieu d'un événement : « a réaffirmé le soutien de la
 * France à l'Ukraine lors d'une réunion à Berlin », « l'aide militaire à Kiev » (l'Ukraine n'est pas le lieu).
 */
export const BENEFICIARY_NOUNS = [
  "soutien",
  "soutiens",
  "aide",
  "aides",
  "appui",
  "assistance",
  "solidarité",
  "engagement",
  "engagements",
  "livraison",
  "livraisons",
  "exportations",
  "vente",
  "ventes",
  "cession",
  "cessions",
  "fourniture",
  "fournitures",
  "transfert",
  "transferts",
  "contribution",
  "contributions",
  "financement",
  "financements",
  "prêt",
  "prêts",
  "don",
  "dons",
] as const;

/** Prépositions qui nomment ce bénéficiaire après un tel nom (« soutien à l'Ukraine », « aide aux Philippines »). */
export const BENEFICIARY_PREPOSITIONS = ["à", "au", "aux"] as const;

/** Auxiliaires du plus-que-parfait : un événement raconté avec l'un d'eux (« ils s'étaient vus à Rome ») précède ceux du récit. */
export const PLUPERFECT_AUXILIARIES = [
  "avait",
  "avaient",
  "était",
  "étaient",
  "s'était",
  "s'étaient",
  "s’était",
  "s’étaient",
  "m'étais",
  "nous étions",
] as const;

/**
 * Things a meeting verb can take as its object instead of a person: "a accueilli favorablement la décision de
 * X", "a reçu le soutien de X". After the verb, such a noun (with its determiner, or after the owner's name)
 * makes it no meeting.
 */
export const NOT_A_MEETING_OBJECTS = [
  "décision",
  "décisions",
  "annonce",
  "annonces",
  "soutien",
  "appui",
  "proposition",
  "propositions",
  "offre",
  "initiative",
  "engagement",
  "engagements",
  "propos",
  "déclaration",
  "déclarations",
  "élection",
  "victoire",
  "nomination",
  "efforts",
  "libération",
  "retour",
  "démission",
  "promesse",
  "promesses",
  "aide",
  "livraison",
  "livraisons",
  "plan",
  "nouvelle",
  "résultat",
  "résultats",
  "accord",
  "cessez-le-feu",
  "trêve",
  "feu vert",
  "signal",
  "geste",
  "message",
  "lettre",
  "félicitations",
  "garanties",
  "assurances",
  "armes",
  "chars",
  "missiles",
  "fonds",
  "financement",
  "prix",
  "distinction",
  "succès",
  "difficultés",
  "problèmes",
  "obstacles",
  "résistance",
  "écho",
  "objectif",
  "objectifs",
] as const;

/** "a salué cela", "a accueilli ceci": a meeting verb whose object is a pronoun for a thing meets no one. */
export const THING_PRONOUNS = ["cela", "ceci", "ça"] as const;

/** Determiners and possessives that open such an object ("la", "son", "cette"); an elided article ("l'annonce") counts too. */
export const OBJECT_DETERMINERS = [
  "le",
  "la",
  "les",
  "l'",
  "un",
  "une",
  "des",
  "du",
  "son",
  "sa",
  "ses",
  "leur",
  "leurs",
  "ce",
  "cet",
  "cette",
  "ces",
  "notre",
  "nos",
  "votre",
  "vos",
] as const;

/** Adverbial phrases that may stand between the verb and such an object ("a accueilli avec satisfaction l'annonce"). */
export const OBJECT_ADVERBS = [
  "avec satisfaction",
  "avec prudence",
  "avec réserve",
  "avec enthousiasme",
  "hier",
  "aussi",
  "également",
] as const;

/** Endings of adverbs that may stand there too ("a accueilli favorablement"). */
export const OBJECT_ADVERB_ENDINGS = ["ment"] as const;

/** After an event noun, a pronoun standing for another event of its kind: "la visite de X à Rome, puis celle de Y à Madrid". */
export const ELLIPSIS_PRONOUNS = [
  "celle de",
  "celui de",
  "celles de",
  "ceux de",
  "celle du",
  "celui du",
  "celle d'",
  "celui d'",
  "celles des",
  "ceux des",
] as const;

/** Adverbes qui peuvent s'insérer dans un déclencheur de plusieurs mots ("s'est ensuite rendu", "se sont également rendus") : lus au travers. */
export const ADVERBS_INSIDE_TRIGGERS = [
  "ensuite",
  "également",
  "aussi",
  "déjà",
  "alors",
  "enfin",
  "d'abord",
  "brièvement",
  "conjointement",
  "notamment",
  "finalement",
  "ensemble",
  "pourtant",
  "toutefois",
  "néanmoins",
] as const;

/**
 * Verbes de présence avec leur préposition : juste avant un pays ou une ville, et suivis d'une période de plusieurs
 * jours, une visite (« X se trouvait au Japon du 2 au 4 décembre ») ; seuls, non (« X était à Paris lundi »).
 */
export const PRESENCE_VERBS = [
  "était en",
  "était au",
  "était aux",
  "était à",
  "se trouvait en",
  "se trouvait au",
  "se trouvait aux",
  "se trouvait à",
  "se trouve en",
  "se trouve au",
  "se trouve aux",
  "se trouve à",
  "sera en",
  "sera au",
  "sera aux",
  "sera à",
  "est en",
  "est au",
  "est aux",
  "est à",
  "séjournait en",
  "séjournait au",
  "séjournait à",
  "a séjourné en",
  "a séjourné au",
  "a séjourné à",
  "séjournera en",
  "séjournera au",
  "séjournera à",
] as const;

/**
 * Déclencheurs de rencontre ou d'appel qui sont aussi des verbes d'exhortation : « X a appelé mardi le président Y » est
 * un appel, « X a appelé le président Y à la retenue » n'en est pas un (ingest/extract/events/triggers.ts).
 */
export const URGING_TRIGGERS = ["a appelé", "avait appelé", "appelle", "appellera"] as const;

/** Parmi eux, ceux qui ne disent une rencontre qu'avec le nom de qui juste après (aucun : « l'a appelé » est un appel). */
export const URGING_TRIGGERS_NAMING_WHOM: readonly string[] = [];

/** Juste après qui ce verbe nomme (ou juste après le verbe), les mots qui en font une exhortation : « à la retenue », « au calme ». */
export const URGING_COMPLEMENTS = ["à", "au", "aux"] as const;

/** Mots qui peuvent joindre les noms de qui après ce verbe : « le président et le Premier ministre ». */
export const NAME_LIST_WORDS = ["le", "la", "les", "l'", "son", "sa", "ses", "leur", "leurs", "et"] as const;

/** Avant la personne à qui une visite est rendue, juste après les mots de la visite : « a rendu une visite de courtoisie au président Y ». */
export const PERSON_VISIT_PREPOSITIONS = ["à", "au", "aux", "chez"] as const;

/** Entre cette préposition et le titre ou le nom de la personne : « à la présidente Y », « à son homologue Y ». */
export const PERSON_VISIT_DETERMINERS = ["la", "l'", "le", "son", "sa", "ses", "leur"] as const;

/** Avant le nom d'un événement, ce qui en fait l'occasion de l'autre événement de la phrase, tenu au même lieu (« En marge du sommet, X a rencontré Y »). */
export const OCCASION_OPENERS = [
  ...SIDELINE_OPENERS,
  "lors de",
  "lors du",
  "lors des",
  "lors d'",
  "au cours de",
  "au cours du",
  "au cours d'",
  "pendant",
  "durant",
  "à l'occasion de",
  "à l'occasion du",
  "à l'occasion d'",
] as const;

/** Dans un article ouvert par une ligne de lieu (« Dakar, 3 déc (AFP) - »), le mot qui dit ce lieu : « a reçu ici Y ». */
export const HERE_WORDS = ["ici"] as const;

/** Le lieu qui vient d'être nommé, devant le verbe de l'événement : « Il y a rencontré Y », « Il s'y est entretenu avec Y ». */
export const PLACE_PRONOUNS_BEFORE_VERB = ["y"] as const;
/** Le lieu qui vient d'être nommé, après le verbe de l'événement dans sa proposition : « Il a rencontré Y sur place ». */
export const PLACE_ADVERBS_AFTER_VERB = ["sur place", "là-bas"] as const;
/** Juste après un tel adverbe, un verbe qui n'en fait pas un lieu : le français n'en a pas. */
export const NOT_A_PLACE_AFTER_ADVERB = [] as const;
/** Juste avant un tel adverbe, un mot qui en fait le lieu d'où l'on vient : « de là-bas ». */
export const NOT_A_PLACE_BEFORE_ADVERB = ["de", "depuis"] as const;

/** En tête de phrase devant un lieu et une virgule, le lieu de la scène que le paragraphe raconte : « À Belgrade, le ministre a … ». */
export const SCENE_OPENERS = ["à", "au", "aux", "en", "dans"] as const;

/**
 * Dans une phrase qui ouvre un paragraphe, les mots qui poursuivent le récit qui vient d'être fait plutôt que d'en
 * ouvrir un autre : « Il a également rencontré Y », « Les deux ministres ont ensuite signé ». Pas « par ailleurs », « de
 * son côté » : ceux-là changent de scène.
 */
export const STORY_CONTINUATION_WORDS = ["ensuite", "également", "aussi", "puis", "par la suite", "dans la foulée"] as const;

/** Avant un lieu nommé par un nom de lieu (un pont, une place : les noms de lieu du pack des noms), la préposition du lieu d'un événement : « a rencontré Y sur le pont international de Tienditas ». */
export const LANDMARK_PREPOSITIONS = ["sur"] as const;
