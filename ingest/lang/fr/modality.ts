/**
 * French cues for the status of an event (ingest/extract/events/status.ts): what negates it,
 * calls it off, makes it a wish, an intention or a possibility, or a habit rather than one
 * event. Plain phrase lists, matched folded (no case, no accents) at word boundaries; a
 * trailing * stands for any letters.
 */

/** La négation en deux parties autour du verbe : « ne rencontrera pas », « ne le recevra jamais ». */
export const NEGATION_BEFORE_VERB: readonly string[] = ["ne", "n'", "n’"];
export const NEGATION_AFTER_VERB: readonly string[] = ["pas", "jamais", "plus", "point", "guère", "nullement"];

/**
 * A negated plan that calls the plan off rather than saying it never was: « ne se rendra plus », « ne se
 * rendra finalement pas ». The second part of the negation, or an adverb between the verb and it.
 */
export const CALLING_OFF_NEGATION: readonly string[] = ["plus", "finalement", "désormais"];

/** Right before the trigger, a plan called off: « a renoncé à se rendre », « n'envisage plus de rencontrer ». */
export const CALLING_OFF_BEFORE: readonly string[] = [
  "a renoncé à",
  "ont renoncé à",
  "renonce à",
  "a dû renoncer à",
  "ont dû renoncer à",
  "n'envisage plus de",
  "n'envisagent plus de",
];

/** Right before the trigger (a few words at most): the event did not take place. */
export const NEGATION = [
  "n'a pas",
  "n'ont pas",
  "n'avait pas",
  "n'avaient pas",
  "n'a jamais",
  "n'ont jamais",
  "ne s'est pas",
  "ne se sont pas",
  "ne s'est jamais",
  "ne se sont jamais",
  "ne s'était pas",
  "ne va pas",
  "ne vont pas",
  "ne pas",
  "n'est pas",
  "ne sera pas",
  "ne seront pas",
  "aucun",
  "aucune",
  "pas de",
  "pas d'",
] as const;

/** A few words before the event noun, or after it past auxiliaries: the event was called off. */
export const CANCELLATION = [
  "annulé",
  "annulée",
  "annulés",
  "annulées",
  "annule",
  "annulent",
  "annulation",
  // L'infinitif et le participe présent : "a décidé d'annuler sa visite", "annulant sa visite".
  "annuler",
  "annulant",
  "a renoncé à",
  "ont renoncé à",
  "renonce à",
  "n'a pas eu lieu",
  "n'aura pas lieu",
  "n'a jamais eu lieu",
  "n'auront pas lieu",
  "n'a finalement pas eu lieu",
  "n'ont finalement pas eu lieu",
  "n'aura finalement pas lieu",
  "n'auront finalement pas lieu",
  "n'aura donc pas lieu",
  "n'auront donc pas lieu",
  "n'a pas pu avoir lieu",
  "ne se tiendra pas",
  "ne se tiendront pas",
  "ne se tiendra finalement pas",
  "ne se tiendront finalement pas",
  "ne s'est pas tenu",
  "ne s'est pas tenue",
  "ne se sont pas tenus",
  "ne se sont pas tenues",
  "abandonné",
  "abandonnée",
  "abandonnés",
  "abandonnées",
  "tombé à l'eau",
  "tombée à l'eau",
  "tombés à l'eau",
  "tombées à l'eau",
] as const;

/** Words that may stand between an event noun and the verb that calls it off ("la visite a finalement été annulée"). */
export const AUXILIARIES = [
  "a",
  "ont",
  "avait",
  "avaient",
  "été",
  "est",
  "sont",
  "était",
  "étaient",
  "sera",
  "seront",
  "serait",
  "aura",
  "auront",
  "finalement",
  "officiellement",
  "de nouveau",
  "à nouveau",
  "encore",
  "également",
  "aussi",
  "déjà",
  "donc",
  "ainsi",
  "pour l'instant",
  "en revanche",
  "pour sa part",
  "quant à elle",
  "quant à lui",
  "sine die",
  "purement et simplement",
] as const;

/**
 * Right after an event's noun, a participle that tells when and where it was to be held ("le sommet prévu en
 * février a été annulé", "la rencontre, initialement programmée à Lomé, a été reportée").
 */
export const PLANNED_PARTICIPLES = [
  "prévu",
  "prévue",
  "prévus",
  "prévues",
  "programmé",
  "programmée",
  "programmés",
  "programmées",
  "fixé",
  "fixée",
  "fixés",
  "fixées",
  "envisagé",
  "envisagée",
  "envisagés",
  "envisagées",
  "annoncé",
  "annoncée",
  "annoncés",
  "annoncées",
  "initialement",
] as const;

/** In the trigger's clause: put off; with a new date after it, the event is planned for that date. */
export const POSTPONEMENT = [
  "reporté",
  "reportée",
  "reportés",
  "reportées",
  "report",
  "repoussé",
  "repoussée",
  "repoussés",
  "repoussées",
  "différé",
  "différée",
  "ajourné",
  "ajournée",
  "ajournés",
  "ajournées",
  "reprogrammé",
  "reprogrammée",
  "reprogrammés",
  "reprogrammées",
  "décalé",
  "décalée",
  "décalés",
  "décalées",
  "remis à plus tard",
  "remise à plus tard",
  "remis à une date ultérieure",
  "remise à une date ultérieure",
  // L'infinitif et le participe présent : "a décidé de reporter sa visite", "reportant le sommet".
  "reporter",
  "reportant",
  "repousser",
  "repoussant",
] as const;

/** Between a postponement verb and the new date it gives before the event's noun (« a reporté à mars sa visite », « reporté au 3 mars le sommet »). */
export const POSTPONED_TO = ["à", "au", "aux", "jusqu'à", "jusqu'au", "en"] as const;

/**
 * Later in the sentence of an event told as planned, the adverb of a change of plan, next to a verb of holding
 * (RESCHEDULED_HOLDING) or a plan's participle: the date after them is the event's new one (« la réunion devait se
 * tenir en décembre mais aura finalement lieu début 2027 », « … se tiendra plutôt le 3 mars »).
 */
export const RESCHEDULING_ADVERBS = ["finalement", "plutôt", "désormais", "maintenant", "à la place"] as const;
/** The event told again as the subject of the clause that gives its new date (« mais elle aura finalement lieu … »). */
export const RESCHEDULED_SUBJECTS = ["il", "elle", "ils", "elles"] as const;
export const RESCHEDULED_HOLDING = [
  "lieu",
  "se tenir",
  "se tiendra",
  "se tiendront",
  "se déroulera",
  "se dérouleront",
  "organisé",
  "organisée",
  "organisés",
  "organisées",
] as const;

/**
 * Après le nom de l'événement, son complément et les auxiliaires passés : l'événement n'est que possible, souhaité ou
 * à l'étude (« une rencontre entre X et Y n'est pas exclue », « une visite de X à Y est à l'étude », « pourrait avoir
 * lieu ») : planned, comme le veulent les conventions de l'annotation (docs/annotating.md).
 */
export const POSSIBILITY_AFTER = [
  "n'est pas exclu",
  "n'est pas exclue",
  "ne sont pas exclus",
  "ne sont pas exclues",
  "n'est plus exclu",
  "n'est plus exclue",
  "à l'étude",
  "envisagé",
  "envisagée",
  "envisagés",
  "envisagées",
  "est possible",
  "reste possible",
  "pourrait avoir lieu",
  "pourraient avoir lieu",
  "pourrait se tenir",
  "pourraient se tenir",
] as const;

/** Before the trigger in its clause: a wish, an intention, an invitation or a possibility, not a fact. */
/** « Lomé est prêt à accueillir une réunion » : une offre, pas un fait ; qui la fait n'y prend pas part pour autant. */
export const OFFERS = ["prêt à", "prête à", "prêts à", "prêtes à", "disposé à", "disposée à", "disposés à", "disposées à"] as const;

/** « ont évoqué une rencontre », « ont discuté d'un éventuel sommet » : un événement dont on parle, pas qui a eu lieu. */
export const PROPOSALS = [
  "ont évoqué",
  "a évoqué",
  "évoque",
  "évoquent",
  "ont discuté",
  "a discuté",
  "ont proposé",
  "a proposé",
  "propose",
  "proposent",
  "ont suggéré",
  "a suggéré",
  "ont envisagé",
  "a envisagé",
  "envisagent",
  "envisage",
] as const;

/** Entre le verbe de proposition et le nom de l'événement : l'événement est proposé (« une », « d'un », « la tenue d'un »). */
export const PROPOSED_EVENT_OPENERS = [
  "un",
  "une",
  "d'un",
  "d'une",
  "la tenue d'un",
  "la tenue d'une",
  "éventuel",
  "éventuelle",
  "possible",
] as const;

/** Devant le déclencheur, un souhait (un sous-ensemble de MODALITY) : avec NO_DATE_GIVEN, aucun événement, même prévu. */
export const WISHES = [
  "souhaite",
  "souhaitent",
  "souhaitait",
  "souhaitaient",
  "souhaiterait",
  "souhaiteraient",
  "veut",
  "veulent",
  "voulait",
  "voudrait",
  "voudraient",
  "espère",
  "espèrent",
  "espérait",
  "aimerait",
  "aimeraient",
] as const;

/** Dans la phrase d'un souhait : aucune date dite, ce n'est qu'un souhait (« souhaitait rencontrer Y, sans avancer de date »). */
export const NO_DATE_GIVEN = [
  "sans avancer de date",
  "sans fixer de date",
  "sans préciser de date",
  "sans donner de date",
  "sans calendrier",
  "sans date",
  "aucune date n'a été",
  "aucune date n'est",
  "pas de date",
] as const;

export const MODALITY = [
  "devait",
  "devaient",
  "était censé",
  "était censée",
  "étaient censés",
  "étaient censées",
  "avait prévu de",
  "avaient prévu de",
  "veut",
  "veulent",
  "voulait",
  "voudrait",
  "voudraient",
  "souhaite",
  "souhaitent",
  "souhaitait",
  "souhaiterait",
  "espère",
  "espèrent",
  "espérait",
  "aimerait",
  "aimeraient",
  "pourrait",
  "pourraient",
  "pourra",
  "pourront",
  "peut",
  "peuvent",
  "envisage de",
  "envisagent de",
  "envisageait de",
  "a l'intention de",
  "ont l'intention de",
  "projette de",
  "propose de",
  "a proposé de",
  "ont proposé de",
  "invité à",
  "invitée à",
  "a invité",
  "avait invité",
  "invités à",
  "invitation à",
  "invitation de",
  "l'invitation",
  "accepté de",
  "a accepté",
  // « Ils sont convenus de se retrouver à Londres », « ont convenu de se réunir en mai » : un accord sur une rencontre à venir.
  "convenu de",
  "convenue de",
  "convenus de",
  "convenues de",
  "conviennent de",
  "est attendu",
  "est attendue",
  "sont attendus",
  "sont attendues",
  "appelle à",
  "appellent à",
  "a appelé à",
  "plaide pour",
  ...OFFERS,
  "possibilité",
  "éventuel",
  "éventuelle",
  "éventuellement",
  "n'exclut pas",
  "chercher à",
  "cherche à",
  "compte",
  "comptent",
] as const;

/** Juste avant un déclencheur à l'infinitif : l'événement est le but d'un autre (« … devait se rendre à Nairobi pour rencontrer Ruto »). */
export const PURPOSE = ["pour", "afin de", "en vue de"] as const;

/** Devant le nom d'un événement, le but d'un voyage : « devait se rendre à Riga pour des entretiens avec Y ». */
export const PURPOSE_OF_NOUN = ["pour"] as const;

/** Ouvrant une proposition suivante de la phrase qui annule l'événement : « …, mais cette étape a été annulée ». */
export const CONTRAST = ["mais", "cependant", "toutefois", "or"] as const;

/** Planned-markers that are adjectives: they make planned only the noun they qualify ("le prochain sommet", not "le prochain président"). */
export const PLANNED_ADJECTIVES = ["prochain", "prochaine", "prochains", "prochaines", "à venir"] as const;

/** Avant le nom d'un événement, à quelques mots : cet événement vient après celui raconté avant (« a rencontré Y lundi avant le sommet de Bruxelles »). */
export const BEFORE_EVENT = ["avant"] as const;

/** Juste avant le déclencheur : l'événement est encore à venir au moment raconté ("en prévision du sommet", "en amont de la réunion"). */
export const AHEAD_OF = [
  "en prévision de",
  "en prévision du",
  "en prévision des",
  "en amont de",
  "en amont du",
  "en vue de",
  "en vue du",
  "dans la perspective de",
  "dans la perspective du",
  "à l'approche de",
  "à l'approche du",
] as const;

/** Plural event nouns: with a habit cue next to them they tell a practice, not an event. */
export const PLURAL_EVENT_NOUNS = [
  "visites",
  "voyages",
  "déplacements",
  "rencontres",
  "réunions",
  "sommets",
  "entretiens",
  "signatures",
  "tournées",
] as const;

/** Habit cues: "des visites régulières", "des rencontres annuelles", "chaque année". */
export const HABIT = [
  "régulier",
  "réguliers",
  "régulière",
  "régulières",
  "régulièrement",
  "fréquent",
  "fréquents",
  "fréquente",
  "fréquentes",
  "fréquemment",
  "annuels",
  "annuelles",
  "périodiques",
  "habituels",
  "habituelles",
  "chaque année",
  "chaque mois",
  "tous les ans",
  "de temps en temps",
  "réciproques",
] as const;

/**
 * Juste avant un déclencheur faible (« se retrouver ») : un accord sur une rencontre, qui en fait une
 * réunion à part entière (« ils sont convenus de se retrouver à Londres »).
 */
export const AGREEMENT_TO_MEET = ["convenu de", "convenue de", "convenus de", "convenues de", "conviennent de", "convenir de"] as const;
