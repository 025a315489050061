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
