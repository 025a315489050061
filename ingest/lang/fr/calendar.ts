/**
 * Mois et jours de la semaine, valeur par forme (mois 1–12, jours 0 = dimanche), read by the
 * date recognisers (ingest/dates/vocabulary.ts). Forms are lower case, with and without accents
 * where the press writes both.
 */

/** Les mois écrits en entier. */
export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
};

/** Les mois abrégés, lus avec ou sans point ("janv.", "sept"). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  janv: 1,
  févr: 2,
  fév: 2,
  avr: 4,
  juil: 7,
  sept: 9,
  oct: 10,
  nov: 11,
  déc: 12,
};

/** Les jours de la semaine. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
};

/**
 * Une semaine par sa distance en semaines à celle de la publication ("la semaine prochaine" : 1), seule ou
 * après une partie de la semaine ("en fin de semaine prochaine"). "Cette semaine" et la semaine nue ("en fin
 * de semaine") diffèrent : la nue suit le temps du verbe quand sa partie est déjà passée ou encore à venir.
 */
export const WEEKS: Readonly<Record<string, number>> = {
  "cette semaine": 0,
  "la semaine prochaine": 1,
  "semaine prochaine": 1,
  "la semaine à venir": 1,
  "la semaine dernière": -1,
  "semaine dernière": -1,
  "la semaine passée": -1,
  "semaine passée": -1,
};

/** La semaine elle-même, seulement après une partie de la semaine ("en fin de semaine", "plus tard dans la semaine"). */
export const BARE_WEEK = ["semaine", "la semaine"] as const;

/** Les premiers jours, lundi et mardi ("en début de semaine prochaine", "au début de la semaine"). */
export const WEEK_START_WORDS = ["en début de", "au début de", "début de", "dès le début de"] as const;

/** Le milieu, de mardi à jeudi ("en milieu de semaine", "au milieu de la semaine prochaine"). */
export const WEEK_MIDDLE_WORDS = ["en milieu de", "au milieu de", "milieu de"] as const;

/** Les derniers jours, de jeudi à dimanche ("en fin de semaine", "à la fin de la semaine dernière"). */
export const WEEK_END_WORDS = ["en fin de", "à la fin de", "fin de"] as const;

/** La fin de la semaine comme échéance, après la publication ("d'ici la fin de la semaine"). */
export const WEEK_DEADLINE_WORDS = [
  "d'ici la fin de",
  "d’ici la fin de",
  "avant la fin de",
  "jusqu'à la fin de",
  "jusqu’à la fin de",
] as const;

/** Les jours de cette semaine avant la publication ("plus tôt cette semaine", "plus tôt dans la semaine"). */
export const EARLIER_IN_WEEK_WORDS = ["plus tôt", "plus tôt dans"] as const;

/** Les jours de cette semaine après la publication ("plus tard cette semaine", "plus tard dans la semaine", "dans la semaine"). */
export const LATER_IN_WEEK_WORDS = ["plus tard", "plus tard dans", "dans le courant de", "dans"] as const;

/** Le milieu de cette semaine, en un mot. */
export const MIDWEEK_WORDS = [] as const;

/** Les mots qui font du jour de la semaine qui les suit une échéance, après la publication quel que soit le temps ("d'ici vendredi"). */
export const WEEKDAY_DEADLINE_WORDS = ["d'ici", "d’ici"] as const;

/** "Jusqu'à" : une échéance seulement quand un but suit le jour ("ont jusqu'à vendredi pour répondre"). */
export const UNTIL_WORDS = ["jusqu'à", "jusqu’à"] as const;

/** Les mots de ce but, juste après le jour. */
export const UNTIL_PURPOSE_WORDS = ["pour"] as const;

/** Les mots après une durée dont ce que l'article raconte au présent vient après ou avant ("intervient deux mois après la visite de X"). */
export const SPAN_AFTER_WORDS = ["après"] as const;
export const SPAN_BEFORE_WORDS = ["avant"] as const;
/**
 * Juste après « deux jours après », un verbe à l'infinitif passé : l'événement qu'il dit est compté depuis le jour de
 * la phrase (« a rencontré Y samedi, un jour après s'être entretenu avec Z » : l'entretien, la veille).
 */
export const SPAN_NON_FINITE_OPENERS = ["avoir", "s'être", "s’être", "être", "s'y être", "s’y être"] as const;
/** La fin de mot d'un tel verbe : le français n'en a pas. */
export const SPAN_NON_FINITE_ENDINGS = [] as const;

/** Les jours comptés depuis un événement que l'article nomme ("la veille du sommet", "le lendemain de la signature"). */
export const DAY_OF_EVENT_WORDS = ["l'avant-veille", "l’avant-veille", "la veille", "le lendemain", "le surlendemain"] as const;
/** Entre ces mots et le nom de l'événement. */
export const DAY_OF_EVENT_LINKS = ["de la", "de l'", "de l’", "du", "des", "de sa", "de son", "de leur"] as const;

/** Les suffixes qui renvoient un mot de temps au temps du récit, non à celui de la publication ("cette semaine-là", "ce mardi-là"). */
export const THAT_TIME_SUFFIXES = ["-là"] as const;

/** Les moments du jour même de la publication ("ce matin", "ce soir") : la presse nomme ainsi le jour où elle paraît. */
export const TODAY_PARTS = ["ce matin", "cet après-midi", "ce soir"] as const;
