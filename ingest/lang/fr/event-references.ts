/**
 * French cues for who takes part in an event and where (ingest/extract/events/): possessives
 * and pronouns that stand for a person already named, agents after a passive or an event
 * noun, nouns that stand for a country or an organisation already named, groups of leaders
 * and counted groups of countries. Plain phrase lists, matched folded at word boundaries.
 */
import { NUMBER_WORDS_TO_TWENTY } from "./numbers.js";

/** Right before an event noun: whose event it is ("sa visite", "leur entretien"). */
export const POSSESSIVES_SINGULAR = ["son", "sa", "ses"] as const;
export const POSSESSIVES_PLURAL = ["leur", "leurs"] as const;
/** Inside a quote: the speaker's side ("notre sommet"). */
export const POSSESSIVES_FIRST_PLURAL = ["notre", "nos"] as const;

/** A clause subject standing for one person already named. */
export const SUBJECT_PRONOUNS = ["il", "elle"] as const;
/**
 * « il » that stands for no one: a need, a plan (« il est prévu que »). « Il y a deux jours » is a date (the date
 * stage reads it); « il y a reçu X » is a person's.
 */
export const IMPERSONAL_SUBJECT_PHRASES = [
  "il faut",
  "il fallait",
  "il faudra",
  "il s'agit",
  "il s'agissait",
  "il semble",
  "il est prévu",
  "il était prévu",
  "il a été convenu",
  "il a été décidé",
  "il est question",
  "il était question",
] as const;

/**
 * Pronouns standing for one person already named, by the gender they mark: subjects (« il sera reçu »), objects
 * before the verb (« Y le recevra », « Y la recevra » ; « l' » marks none) and after a link word (« avec lui »,
 * « avec elle »). French puts no person's pronoun right after the verb.
 */
export const MASCULINE_PRONOUNS = ["il", "le", "lui"] as const;
export const FEMININE_PRONOUNS = ["elle", "la"] as const;
export const OBJECT_PRONOUNS_BEFORE_VERB = ["l'", "le", "la"] as const;
export const OBJECT_PRONOUNS_AFTER_VERB = [] as const;
export const OBJECT_PRONOUNS_AFTER_LINK = ["lui", "elle"] as const;
/** Between a verb of meeting and the person met: « s'est entretenu avec elle ». */
export const OBJECT_PRONOUN_LINKS = ["avec"] as const;
/**
 * Verb forms of a meeting whose object may be a pronoun right before them, auxiliaries and adverbs between (« Y l'avait
 * reçu », « Y la recevra », « Y l'a rencontré ») — not the noun « la rencontre », « l'entretien ».
 */
export const VERBS_AFTER_OBJECT_PRONOUN = [
  "reçu",
  "reçue",
  "reçoit",
  "recevra",
  "recevait",
  "recevoir",
  "accueilli",
  "accueillie",
  "accueille",
  "accueillera",
  "accueillait",
  "accueillir",
  "rencontré",
  "rencontrée",
  "rencontrera",
  "rencontrait",
  "rencontrer",
  "retrouvé",
  "retrouvée",
  "retrouvera",
  "retrouver",
] as const;
/** Right before a person's name or title, what marks the person's gender (« M. Costa », « la présidente »). */
export const MASCULINE_MARKERS = ["M.", "le"] as const;
export const FEMININE_MARKERS = ["Mme", "Mlle", "la"] as const;
/** After "her" (English only): words that make it the verb's object ("met her in Rome"), not a possessive ("her counterpart"). */
export const AFTER_OBJECT_HER = [] as const;

/** Après le nom d'un événement, son verbe de rassemblement : les parties nommées ensuite y prennent part (« Le sommet a réuni l'Équateur et le Pérou »). */
export const GATHERING_VERBS = [
  "réuni",
  "réunir",
  "réunit",
  "réunissait",
  "réunira",
  "réunissant",
  "rassemblé",
  "rassembler",
  "rassemble",
  "rassemblait",
  "rassemblera",
  "rassemblant",
] as const;

/** After a passive verb or an event noun: who did it ("signée par", "la signature par"). */
export const AGENT_MARKERS = ["par"] as const;

/**
 * Entre un verbe au passif et son agent, ce qui ouvre un complément de temps ou de lieu : « paraphé lundi au siège du
 * ministère à Jakarta par X ». Les dates et les lieux eux-mêmes sont sautés tels que les trouvent les lecteurs de dates et de lieux.
 */
export const CIRCUMSTANCE_OPENERS = ["à", "au", "aux", "en", "dans", "lors", "pendant", "durant", "sur", "ce", "cette", "hier"] as const;
/** Ce qui ouvre une autre proposition : le « par » qui suit n'est pas l'agent du verbe (« signé à Rome et salué par X »). */
export const CIRCUMSTANCE_BREAKERS = ["et", "mais", "qui", "que", "qu'", "où", "puis", "après", "avant", "tandis", "comme"] as const;
/** Terminaisons d'un participe, dont le « par » qui suit introduit l'agent (« lors d'une cérémonie présidée par X »). */
export const PARTICIPLE_ENDINGS = ["é", "ée", "és", "ées"] as const;
/** Participes d'une autre terminaison (« lors d'une réunion tenue à Rome par X »). */
export const IRREGULAR_PARTICIPLES = [
  "tenu",
  "tenue",
  "conduit",
  "conduite",
  "mis",
  "mise",
  "réuni",
  "réunie",
  "offert",
  "offerte",
  "ouvert",
  "ouverte",
] as const;
/** Noms de ces terminaisons (« au siège de l'armée »). */
export const NOUNS_OF_PARTICIPLE_ENDINGS = [
  "année",
  "armée",
  "journée",
  "soirée",
  "matinée",
  "assemblée",
  "musée",
  "lycée",
  "entrée",
  "comité",
  "société",
  "université",
  "cité",
  "communauté",
] as const;

/** Prépositions d'un lieu complément du verbe de la relative : « que devaient effectuer ce jeudi à Rome les ministres X et Y ». */
export const TRIP_PLACE_PREPOSITIONS = ["à", "au", "aux", "en", "dans"] as const;

/**
 * Verbes qui font d'un nom de voyage l'objet d'une relative : « la visite que devait effectuer le ministre X »,
 * « le voyage que X comptait faire à Rome » (le sujet de la relative est le visiteur).
 */
export const TRIP_MAKING_VERBS = [
  "effectuer",
  "effectue",
  "effectuait",
  "effectuera",
  "effectuerait",
  "effectué",
  "effectuée",
  "faire",
  "fait",
  "faisait",
  "fera",
  "ferait",
  "faite",
  "mener",
  "mène",
  "menait",
  "mènera",
  "menée",
  "entreprendre",
] as const;

/** Pronoms relatifs objets qui ouvrent cette relative. */
export const OBJECT_RELATIVES = ["que", "qu'"] as const;

/**
 * Relatifs qui, suivis d'un nom propre ou d'un nombre, ouvrent une liste et non une relative : « des représentants
 * de la société civile, dont Mme X et M. Y » (X et Y en sont, ils ne sont pas mis à part).
 */
export const INCLUDING_PRONOUNS = ["dont"] as const;

/** A definite noun standing for a country already named ("le royaume", "le pays andin"). */
export const COUNTRY_NOUNS = ["le pays", "ce pays", "le royaume", "la république", "l'archipel", "l'émirat", "la principauté"] as const;

/** A definite noun standing for an organisation already named ("l'organisation sud-américaine", "le bloc"). */
export const ORGANIZATION_NOUNS = [
  "l'organisation",
  "cette organisation",
  "le bloc",
  "ce bloc",
  "l'alliance",
  "l'union",
  "la communauté",
  "le forum",
  "le groupe",
  "le regroupement",
] as const;

/** Plural office holders: "les dirigeants du G20", "les ministres de l'UE". */
export const LEADER_GROUPS = [
  "dirigeants",
  "dirigeantes",
  "chefs d'état",
  "chefs d'état et de gouvernement",
  "chefs de gouvernement",
  "chefs de la diplomatie",
  "ministres",
  "présidents",
  "leaders",
  "représentants",
] as const;

/** An indefinite leader of a country ("d'un dirigeant vietnamien", "a Colombian president"): article, then the noun and the demonym in either order. */
export const INDEFINITE_ARTICLES = ["un", "une", "d'un", "d'une"] as const;
export const LEADER_NOUNS = [
  "dirigeant",
  "dirigeante",
  "président",
  "présidente",
  "chef d'état",
  "chef de gouvernement",
  "premier ministre",
  "première ministre",
  "ministre",
  "leader",
] as const;

/** Counted groups of countries: "neuf pays européens", "les quinze États". */
export const COUNT_WORDS = NUMBER_WORDS_TO_TWENTY;
export const COUNTRY_GROUP_NOUNS = ["pays", "états", "nations", "gouvernements", "membres", "signataires", "partenaires"] as const;
/** What introduces the members of a counted group: "Les quinze pays sont …", "… comprennent …". */
export const MEMBER_LIST_VERBS = ["sont", "comprennent", "incluent", "regroupent", "rassemblent", "à savoir", "dont"] as const;

/** Counted groups of people that stand for the participants of the event told ("les trois dirigeants", "the two men"). */
export const PERSON_GROUP_NOUNS = [
  "dirigeants",
  "dirigeantes",
  "hommes",
  "femmes",
  "ministres",
  "présidents",
  "chefs d'état",
  "chefs de gouvernement",
  "responsables",
  "leaders",
  "pdg",
  "patrons",
  "directeurs généraux",
] as const;

/** Noms de groupe qui disent la fonction de leurs membres : « les deux ministres » ont un titre de ministre (coreference-of-events.ts). */
export const MINISTER_GROUP_NOUNS = ["ministres", "chefs de la diplomatie", "chefs de la défense"] as const;
export const HEAD_OF_GOVERNMENT_GROUP_NOUNS = [
  "premiers ministres",
  "premières ministres",
  "chefs de gouvernement",
  "chanceliers",
] as const;
export const HEAD_OF_STATE_GROUP_NOUNS = ["présidents", "présidentes", "chefs d'état"] as const;
/** Chefs d'État ou de gouvernement (« dirigeants » ne dit rien : chefs d'institution, de parti, d'entreprise en sont aussi). */
export const LEADER_GROUP_NOUNS = ["chefs d'état et de gouvernement"] as const;
/** Dirigeants d'entreprise (titres de genre « other »). */
export const EXECUTIVE_GROUP_NOUNS = ["pdg", "patrons", "directeurs généraux"] as const;

/** A country as the ground under someone's feet: "sur le sol français" (then a demonym). */
export const SOIL_BEFORE_DEMONYM = ["sur le sol", "sur son sol", "sur le territoire"] as const;
export const SOIL_AFTER_DEMONYM: readonly string[] = [];

/** Prépositions qui ouvrent un groupe placé avant le sujet de la phrase ("Lors d'un déplacement à Abidjan, X …"). */
export const FRONTED_PHRASE_OPENERS = [
  "lors de",
  "lors d'",
  "lors du",
  "pendant",
  "durant",
  "au cours de",
  "au cours d'",
  "au cours du",
  "à l'occasion de",
  "à l'occasion d'",
  "à l'occasion du",
  "en marge de",
  "en marge d'",
  "en marge du",
  "après",
  "avant",
  "à l'issue de",
  "à l'issue d'",
  "à l'issue du",
  "en visite",
] as const;

/** Un groupe sans nom qui représente les participants de l'événement raconté, juste avant son verbe (« où les deux ont signé »). */
export const BARE_GROUP_SUBJECTS = ["les deux"] as const;

/** Mots qui joignent un verbe au précédent, dont il partage le sujet (« X a rencontré Y et a signé … », « … puis a signé »). */
export const SHARED_SUBJECT_LINKS = ["et", "puis", "et ensuite"] as const;

/**
 * Mots qui passent, dans la phrase d'une rencontre, à une autre rencontre du même sujet, sans verbe (« s'est
 * entretenu avec Y, puis avec Z », « a rencontré Y puis, à Paris, Z ») ou avec un verbe de rencontre juste après.
 */
export const NEXT_COUNTERPART_LINKS = ["puis", "ensuite", "et ensuite"] as const;

/** Ouvrent le groupe d'un événement en marge duquel un autre a lieu (« en marge du sommet de mercredi, X a rencontré Y »). */
export const SIDELINE_OPENERS = ["en marge de", "en marge d'", "en marge du", "en marge des"] as const;

/** À côté d'un verbe de rencontre, adverbes qui donnent à chaque interlocuteur sa rencontre (« s'est entretenu séparément avec Y et Z »). */
export const SEPARATE_MEETING_ADVERBS = ["séparément", "tour à tour", "successivement", "individuellement", "l'un après l'autre"] as const;

/** Après un tel adverbe, le lien vers l'interlocuteur suivant (« et », « et avec »). */
export const SEPARATE_COUNTERPART_LINKS = ["et", "et avec", "ainsi qu'avec", "ainsi que"] as const;

/** Mots qui ouvrent une autre rencontre du même sujet quand un verbe de rencontre les suit (« et a également rencontré Z », « avant de s'entretenir avec Z »). */
export const NEXT_MEETING_LINKS = [
  "puis",
  "ensuite",
  "et ensuite",
  "avant de",
  "avant d'",
  "et a également",
  "et a aussi",
  "et a ensuite",
  "et s'est également",
  "et s'est aussi",
  "et s'est ensuite",
  // « …, un jour après s'être entretenu par téléphone avec Z », « après avoir rencontré Z » : une rencontre plus tôt, la sienne.
  "après avoir",
  "après s'être",
  "après s’être",
  "après être",
] as const;

/** Pronoms relatifs qui font de la personne nommée avant eux un partenaire du verbe qui suit (« X a rencontré Y, avec qui il a signé … »). */
export const PARTNER_RELATIVES = [
  "avec qui",
  "avec lequel",
  "avec laquelle",
  "avec lesquels",
  "avec lesquelles",
  "aux côtés de qui",
] as const;

/** Participes qui peuvent précéder un groupe placé en tête : « S'exprimant après un entretien avec X, Y a déclaré ». */
export const FRONTED_PHRASE_PARTICIPLES = [
  "s'exprimant",
  "parlant",
  "intervenant",
  "s'adressant à la presse",
  "s'adressant aux journalistes",
  "s'exprimant devant la presse",
  "s'exprimant devant les journalistes",
  "s'exprimant en conférence de presse",
  "s'exprimant lors d'une conférence de presse",
] as const;

/** Le mot qui ouvre les parties d'une rencontre juste après son nom : « des pourparlers entre Kiev et Moscou ». */
export const SIDES_BETWEEN = ["entre"] as const;

/** Après « entre les deux », les organisations déjà nommées : « une réunion entre les deux blocs ». */
export const BLOC_NOUNS = ["blocs", "organisations", "alliances", "communautés"] as const;

/** Juste avant le nom d'un événement, qui renvoie à celui dont on vient de parler : « une telle rencontre ». */
export const SUCH_DETERMINERS = ["une telle", "un tel", "de telles", "de tels", "une pareille", "un pareil", "pareille", "pareil"] as const;

/** Mots qui désignent un seul d'une série avant un infinitif : « le dernier dirigeant colombien à s'être rendu au Venezuela était X ». */
export const FIRST_OR_LAST = ["premier", "première", "dernier", "dernière", "seul", "seule"] as const;

/** Verbes qui disent qui il était : « … à s'être rendu au Venezuela était X ». */
export const IDENTITY_COPULAS = ["était", "est", "fut", "a été", "sera", "avait été"] as const;

/** Mots qui peuvent séparer deux pays où va un voyage : « en Serbie et en Hongrie », « au Japon, puis en Corée du Sud ». */
export const DESTINATION_LINKS = [
  "et",
  "puis",
  "ainsi qu'",
  "ainsi que",
  "avant",
  "en",
  "au",
  "aux",
  "à",
  "la",
  "le",
  "les",
  "l'",
] as const;

/**
 * Déterminants définis seulement après un nom ou un mot qui régit « de » (« à l'issue des entretiens »,
 * « lors des pourparlers »), article indéfini ailleurs (« pour des entretiens », « Des pourparlers ont eu lieu »).
 */
export const CONTRACTED_DETERMINERS = ["des"] as const;
/** Articles qui font du mot avant ce déterminant un nom (« l'issue des », « au cours des »). */
export const NOUN_ARTICLES = [
  "le",
  "la",
  "l'",
  "les",
  "un",
  "une",
  "son",
  "sa",
  "ses",
  "leur",
  "leurs",
  "ce",
  "cet",
  "cette",
  "ces",
  "au",
  "aux",
  "du",
] as const;
/** Mots qui régissent « de » sans article (« lors des », « en marge des »). */
export const DE_HEADS_WITHOUT_ARTICLE = ["lors", "marge", "près", "autour", "suite", "partir", "issue"] as const;

/** Noms dont le possesseur invite au lieu de voyager : « a accepté son invitation à se rendre à Téhéran ». */
/**
 * Verbes de commentaire : « X a déclaré que la visite … », « X a salué la signature », « X a qualifié le sommet
 * de … » : qui commente un événement dit par son nom n'y prend pas part.
 */
export const COMMENTING_VERBS = [
  "a déclaré",
  "a dit",
  "a estimé",
  "a affirmé",
  "a souligné",
  "a jugé",
  "a qualifié",
  "a salué",
  "a dénoncé",
  "a critiqué",
  "a condamné",
  "a indiqué",
  "a assuré",
  "a ajouté",
  "a expliqué",
  "a averti",
  "déclare",
  "estime",
  "juge",
  "salue",
  "dénonce",
  "qualifie",
] as const;

/** « X a boudé la réunion », « X n'a pas assisté au sommet » : qui se tient à l'écart d'un événement dit juste après. */
export const ABSENCE_VERBS = [
  "a boudé",
  "boude",
  "boudera",
  "a séché",
  "sèche",
  "séchera",
  "a snobé",
  "snobe",
  "snobera",
  "a boycotté",
  "boycotte",
  "boycottera",
  "a fait l'impasse sur",
  "fait l'impasse sur",
  "fera l'impasse sur",
  "n'a pas assisté à",
  "n'a pas assisté au",
  "n'a pas assisté aux",
  "n'assistera pas à",
  "n'assistera pas au",
  "n'a pas participé à",
  "n'a pas participé au",
  "ne participera pas à",
  "ne participera pas au",
  "n'a pas pris part à",
  "n'a pas pris part au",
  "était absent de",
  "était absente de",
  "était absent du",
  "était absente du",
] as const;

/** « X a présidé le sommet au nom du roi Y » : celui au nom de qui un événement est tenu n'y est pas. */
export const ON_BEHALF_OF = ["au nom de", "au nom du", "au nom d'", "de la part de", "de la part du", "représentant"] as const;

/** « X s'est fait représenter par son adjoint Y à la réunion » : qui se fait représenter ne prend pas part à l'événement de la phrase. */
export const REPRESENTED_BY = [
  "s'est fait représenter par",
  "se fait représenter par",
  "se fera représenter par",
  "s'était fait représenter par",
  "était représenté par",
  "était représentée par",
  "sera représenté par",
  "sera représentée par",
  "a été représenté par",
  "a été représentée par",
] as const;

/** Mots qui ouvrent une proposition rapportée après un verbe de parole (« X a indiqué que Y … »). */
export const REPORTED_CLAUSE_OPENERS = ["que", "qu'"] as const;

/** « … lundi au Japon, puis mercredi en Corée » : mots qui ouvrent une étape suivante d'un voyage. */
export const STOP_LINKS = ["puis", "et enfin", "ensuite", "et ensuite"] as const;

/** Noms d'un voyage ou d'une de ses étapes dont le lieu est le complément (« l'étape de Bamako », « la visite de Gao ») : la destination. */
export const STOP_NOUNS = ["visite", "étape", "escale", "tournée", "déplacement"] as const;

/** Les noms d'étape qui nomment un moment d'un voyage plus long : celui du voyageur même quand la phrase ne nomme personne (« L'étape de Riga est prévue dimanche »). */
export const LEG_NOUNS = ["étape", "escale"] as const;

/** Ce qui relie le nom d'étape à son lieu quand il le suit (« l'étape de Bamako », « une escale à Riga », « la visite au Caire »). */
export const STOP_COMPLEMENT_LINKS = ["de", "d'", "à", "au", "en"] as const;

export const INVITATION_NOUNS = ["invitation"] as const;

/** Verbes pour rejoindre un groupe qui se réunit : « X doit rejoindre jeudi ses homologues à Bruxelles ». */
export const JOIN_VERBS = [
  "rejoindre",
  "rejoindra",
  "rejoindront",
  "rejoint",
  "rejoignent",
  "rejoignait",
  "rejoindrait",
  "rejoignaient",
] as const;

/** Groupes qui se réunissent, outre ceux des dirigeants, après un verbe pour les rejoindre (« rejoindre ses homologues »). */
export const JOINED_GROUPS = ["homologues", "collègues", "alliés"] as const;

/** Juste après le groupe rejoint : se joindre à un acte, pas à une réunion (« rejoint ses homologues pour dénoncer … »). */
export const JOINED_IN_ACT = /^\s+(?:pour|afin de|dans)\s/u;

/** Verbes d'un hôte qui invite : « X a invité Y à se rendre à Z » (Y se déplace, pas X). */
export const INVITATION_VERBS = ["a invité", "avait invité", "invite", "invitera", "a convié", "avait convié"] as const;

/** Verbes d'un hôte qui reçoit : « X a accueilli mardi à Paris Y pour une visite » (la visite de l'invité est au lieu où l'hôte le reçoit). */
/**
 * Verbes de qui regarde une signature dite juste après, sans signer : « X a assisté à la signature », « X a présidé
 * la cérémonie de signature ».
 */
export const SIGNING_SPECTATOR_VERBS = [
  "a assisté",
  "ont assisté",
  "assistait",
  "assistaient",
  "assistera",
  "assisteront",
  "a présidé",
  "ont présidé",
  "présidait",
  "présidera",
  "a supervisé",
] as const;

/** Avant ceux qui regardent une signature sans signer : « en présence de X », « sous le regard de X ». */
export const SIGNING_SPECTATOR_MARKERS = [
  "en présence de",
  "en présence du",
  "en présence des",
  "en présence d'",
  "sous le regard de",
  "sous le regard du",
  "sous le regard des",
  "sous le regard d'",
  "sous les yeux de",
  "sous les yeux du",
  "sous les yeux des",
  "sous les yeux d'",
  "sous la présidence de",
  "sous la présidence du",
  "sous la présidence d'",
] as const;

/** Qui va avec un participant : « X, accompagné du ministre Y, a visité Z » (Y y prend part aussi). */
export const COMPANION_CUES = [
  "accompagné de",
  "accompagnée de",
  "accompagnés de",
  "accompagnées de",
  "accompagné du",
  "accompagnée du",
  "accompagnés du",
  "accompagnées du",
  "accompagné des",
  "accompagnée des",
  "accompagné par",
  "accompagnée par",
  "accompagné d'",
  "accompagnée d'",
  "en compagnie de",
  "en compagnie du",
  "en compagnie des",
  "en compagnie d'",
  "aux côtés de",
  "aux côtés du",
  "aux côtés des",
  "entouré de",
  "entourée de",
] as const;

export const HOST_VERBS = [
  "a accueilli",
  "accueille",
  "accueillera",
  "accueillait",
  "a reçu",
  "reçoit",
  "recevra",
  "recevait",
  "a été accueilli",
  "a été accueillie",
  "a été reçu",
  "a été reçue",
  "est accueilli",
  "est accueillie",
  "est reçu",
  "est reçue",
  "accueillir",
  "recevoir",
] as const;

/**
 * Un invité reçu, au passif : « X sera reçu à Paris », « Il a été accueilli à Rome » — sans hôte nommé, c'est la visite
 * de l'invité au lieu où il est reçu.
 */
export const PASSIVE_RECEPTIONS = [
  "sera reçu",
  "sera reçue",
  "seront reçus",
  "seront reçues",
  "serait reçu",
  "serait reçue",
  "être reçu",
  "être reçue",
  "a été reçu",
  "a été reçue",
  "ont été reçus",
  "ont été reçues",
  "avait été reçu",
  "avait été reçue",
  "est reçu",
  "est reçue",
  "sera accueilli",
  "sera accueillie",
  "seront accueillis",
  "être accueilli",
  "être accueillie",
  "a été accueilli",
  "a été accueillie",
  "ont été accueillis",
] as const;

/** Formes qui disent, dans une relative, ce qui se passe en ce moment : « X, qui effectue une visite à Hanoï » est le voyage de l'article. */
export const ONGOING_FORMS = [
  "effectue",
  "effectuait",
  "effectuent",
  "effectuaient",
  "est en visite",
  "était en visite",
  "sont en visite",
  "se trouve",
  "se trouvait",
  "est actuellement",
  "était actuellement",
] as const;

/**
 * Noms d'une suite qui voyage avec quelqu'un, et mots qui en ouvrent les membres après un indice de compagnie : « Il est
 * accompagné d'une délégation comprenant le vice-ministre Y » (Y prend part à la visite dite avant).
 */
export const COMPANY_WORDS = [
  "une",
  "le",
  "la",
  "les",
  "l'",
  "sa",
  "son",
  "délégation",
  "délégation de haut niveau",
  "équipe",
  "suite",
  "comprenant",
  "composée de",
  "composée du",
  "composée des",
  "dont",
  "qui comprend",
  "qui compte",
  "comptant",
  "parmi lesquels",
] as const;

/**
 * Avant les personnes qui ont assisté à un événement dit avant, dans une phrase qui n'en dit pas d'autre : « Étaient
 * également présents X et Y », « Il réunissait X et Y », « Y participaient notamment X ». Seuls un pronom mis pour
 * l'événement (ATTENDANCE_EVENT_PRONOUNS), des auxiliaires et des adverbes peuvent les précéder.
 */
export const ATTENDEE_LEADS = [
  "présents",
  "présentes",
  "présent",
  "présente",
  "réunissait",
  "a réuni",
  "avait réuni",
  "réunira",
  "rassemblait",
  "a rassemblé",
  "rassemblera",
  "participaient",
  "assistaient",
  "parmi les participants figuraient",
  "parmi les participants figurait",
  "parmi les présents figuraient",
  "on notait la présence de",
  "on notait la présence du",
  "on notait la présence des",
  "on notait la présence d'",
  "on notait notamment la présence de",
  "on notait notamment la présence du",
  "on notait notamment la présence des",
  "on notait notamment la présence d'",
] as const;

/** L'événement comme sujet d'une telle tournure (« Il réunissait X », « Y participaient X »). */
export const ATTENDANCE_EVENT_PRONOUNS = ["il", "elle", "celui-ci", "celle-ci", "y"] as const;

/**
 * Avant les personnes présentes à un événement dit avant, n'importe où dans une phrase qui ne nomme personne avant et
 * ne dit pas d'événement : « La séance d'ouverture s'est déroulée en présence de X », « Le dîner était présidé par Y ».
 */
export const ATTENDANCE_MARKERS = [
  "en présence de",
  "en présence du",
  "en présence des",
  "en présence d'",
  "sous la présidence de",
  "sous la présidence du",
  "sous la présidence d'",
  "présidé par",
  "présidée par",
  "coprésidé par",
  "coprésidée par",
] as const;

/**
 * Après les personnes qui ont assisté à un événement dit avant, leur verbe, dans une phrase qui n'en dit pas
 * d'autre : « X et Y y ont également pris part », « X était aussi présent », « X a assisté à la séance d'ouverture ».
 * Pas nié (« X n'y a pas pris part » : ABSENCE_VERBS).
 */
export const ATTENDING_VERBS = [
  "pris part",
  "participé",
  "assisté",
  "présent",
  "présente",
  "présents",
  "présentes",
  "fait le déplacement",
] as const;

/** Ce qu'un tel verbe peut nommer, les parties de l'événement même : « a assisté à la séance d'ouverture ». */
export const ATTENDED_OCCASIONS = [
  "séance d'ouverture",
  "cérémonie d'ouverture",
  "séance de clôture",
  "cérémonie de clôture",
  "séance plénière",
  "cérémonie",
  "séance",
  "session",
  "travaux",
  "photo de famille",
] as const;

/** Entre ce verbe et la partie qu'il nomme : « à la », « au », « aux ». */
export const ATTENDED_OCCASION_LINKS = ["à la", "au", "aux", "à l'", "y"] as const;

/** Adverbes autour d'un tel verbe (« y ont également pris part », « était présent à sa place »). */
export const ATTENDANCE_ADVERBS = ["également", "aussi", "notamment", "à sa place", "à leur place", "de même"] as const;
