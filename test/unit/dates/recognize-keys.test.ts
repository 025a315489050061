import { describe, expect, it } from "vitest";
import { recognizeExpressions } from "../../../ingest/dates/recognize.js";

/**
 * Sentences for every rule of ingest/dates/recognize.ts, those a key lets pass over among them: a month's name after a
 * hyphen or an apostrophe, in capitals, a count and its unit, a week, a season, a year's words.
 */
const SENTENCES = [
  "Le sommet se tiendra du 28 au 31 mars 2026 à Bruxelles.",
  "The talks run from 2 to 4 December in Geneva.",
  "Les réunions auront lieu entre le 3 et le 5 avril.",
  "Les ministres se retrouveront les 2 et 3 décembre, puis les mardi 2 et mercredi 3 décembre.",
  "They met on 2, 3 and 4 December and again the 2nd and 3rd of December.",
  "Les négociations se tiendront du lundi au mercredi, de lundi à mercredi prochain.",
  "The delegation stays Monday through Friday, then on Sunday and Monday.",
  "The forum runs March 3-5, 2026, and from April 28 to May 2.",
  "Il est arrivé le mardi 14 janvier 2025 et repartira le 20 février prochain.",
  "He arrived on Tuesday, January 14, 2025, and leaves next March 3.",
  "La réunion du 14 courant est annulée; the 14th inst. too.",
  "D'ici mi-mars, la commission rendra son avis; avant fin avril, début de mai, à la mi-juin, in early July.",
  "Le texte sera voté fin du mois prochain, at the end of next month, à la fin de ce mois.",
  "In August last year, on March 3 next year, en mars de l'année dernière, en mars l'an prochain.",
  "Il viendra en janvier, au mois d'avril, courant du mois de mai, jusqu'en juin 2027, since September.",
  "Octobre dernier, November 2024, décembre prochain.",
  "Les travaux finiront fin 2025, mi-2026, early 2027, d'ici la mi-2030.",
  "Au premier semestre 2027, in the first half of 2027, second quarter of 2027, Q3 2027.",
  "Au printemps, l'été prochain, cet automne, in the winter, by spring 2026, l'hiver dernier, a été, prices fall.",
  "En 2025, d'ici 2030, depuis 2019, since 2020, l'année 2024, jusqu'en 2028.",
  "Avant la fin de l'année, by the end of the year, début de l'an prochain, la mi-année.",
  "Plus tard cette année, later this year, earlier this year.",
  "Deferred until the new year, reporté après le nouvel an, pour la nouvelle année.",
  "L'an prochain, l'année dernière, next year, last year, l'an passé.",
  "Avant-hier, hier, aujourd'hui, demain, après-demain; yesterday, today, tomorrow.",
  "Ce matin, this morning, tonight, cet après-midi.",
  "La veille, le lendemain, le surlendemain, later that day, the next day, the day before, dans la soirée.",
  "La veille du sommet, the day after the signing.",
  "The talks come two weeks after X met Y; Ce déplacement intervient deux mois après la visite; trois semaines avant le sommet.",
  "Il est reparti deux jours plus tard; three days later; cinq jours auparavant.",
  "Le mois dernier, l'année prochaine, last month, ce mois-ci, next month.",
  "La semaine prochaine, later this week, en fin de semaine, early next week, midweek, the week of talks, la semaine du 7.",
  "Il y a deux semaines, three years ago, dans huit jours, in 10 days, dans quinze jours, IN TWO MONTHS.",
  "Dans les prochains jours, prochainement, in the coming weeks.",
  "Jeudi 5, Thursday the 5th, lundi 12 à 10 h.",
  "Ce week-end, le week-end dernier, over the weekend, next weekend.",
  "By Friday, d'ici vendredi, gave Tehran until Friday to respond, ont jusqu'à vendredi pour répondre.",
  "Samedi, last Monday, this coming Tuesday, mardi prochain, on Wednesday 12.",
  "PUBLIÉ LE 3 MARS 2025; MI-AVRIL; D’AVRIL; SEPT. 2024; Sept 12; the 12th of Sept.",
  "Cette semaine-là, ce mardi-là, that same day.",
  "He was a mayor in the market of Decatur; separately, the Junta sepulchre.",
  "Aucune date ici, seulement des mots: dans, sans, ans, an.",
  "",
];

describe("recognizeExpressions: the rules' keys", () => {
  it("finds what every rule finds read without keys", () => {
    for (const text of SENTENCES) expect(recognizeExpressions(text), text).toEqual(recognizeExpressions(text, true));
  });
  it("finds expressions in the sentences above (the comparison is not between two empty lists)", () => {
    const found = SENTENCES.filter((text) => recognizeExpressions(text).length > 0);
    expect(found.length).toBeGreaterThan(SENTENCES.length - 5);
  });
});
