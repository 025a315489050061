/**
 * The tense a sentence (or clause) speaks in, from its verb forms: enough to tell whether
 * "samedi" is the Saturday before publication or the one after. Reporting clauses
 * ("a annoncé Bruxelles", "he said") are discounted: they are past even when the news is not.
 */

export type Tense = "past" | "future" | "present";

/** Auxiliaries that make a past with any participle: avoir, être in the imperfect, reflexive être. */
const FR_AUX = "(?:ai|as|a|avons|avez|ont|avait|avaient|était|étaient|s['’]est|se sont|s['’]étaient|s['’]était)";
/** Être in the present: a past only with a verb conjugated with être ("est arrivé"); otherwise a passive or a state ("est situé"). */
const FR_ETRE_PRESENT = "(?:suis|es|est|sommes|êtes|sont)";
const FR_ETRE_VERB =
  "(?:(?:arriv|all|rest|entr|rentr|tomb|retourn|mont|remont|pass|décéd|demeur)ée?s?|(?:ven|reven|deven|parven|interven|surven|appar|descend)ue?s?|(?:parti|reparti|sorti)e?s?|née?s?|morte?s?)";
const FR_PARTICIPLE =
  "(?:\\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ert|erte|ort|orte|eint|eints|aint|ait|aite|uit|uite)|été|eu|fait|dit|pris|mis|vu|su|dû|pu|voulu|venu|tenu|obtenu|convenu|reçu)";
/** Words after avoir/être that look like participles but are not: "a lieu", "a plus de", "a du mal". */
const FR_NOT_PARTICIPLE =
  "(?!(?:du|plus|tous|lieu|peu|feu|jeu|enjeu|nous|vous|sous|eux|ceux|mieux|milieu|bus|virus|bonus|consensus|processus|campus)(?![\\p{L}]))";
const FR_PAST = new RegExp(
  `(?:^|[^\\p{L}])(?:${FR_AUX}(?:\\s+(?:[\\p{L}'’-]+\\s+){0,3}?)\\s*${FR_NOT_PARTICIPLE}${FR_PARTICIPLE}|${FR_ETRE_PRESENT}(?:\\s+(?:[\\p{L}'’-]+\\s+){0,3}?)\\s*${FR_ETRE_VERB}|\\p{L}{2,}(?<!r)(?:ait|aient)|\\p{L}{2,}(?:èrent|irent|urent))(?=$|[^\\p{L}])`,
  "giu",
);
/** "prochain" next to a time or an event noun ("la semaine prochaine", "le prochain sommet"), not a future office ("le prochain président"). */
const FR_NEXT_NOUNS =
  "(?:semaines?|mois|ann[ée]es?|ans?|fois|jours?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|étapes?|sommets?|visites?|réunions?|rencontres?|rendez-vous|printemps|été|automne|hiver|sessions?|éditions?|voyages?|déplacements?)";
const FR_NEXT = `(?:${FR_NEXT_NOUNS}\\s+prochaine?s?|prochaine?s?\\s+${FR_NEXT_NOUNS})`;
const FR_FUTURE = new RegExp(
  `(?:^|[^\\p{L}])(?:\\p{Ll}+[eidrvu]r(?:a|ai|as|ons|ez|ont|ait|aient)|prévue?s?|attendue?s?|programmée?s?|envisagée?s?|sera|seront|aura|auront|ira|iront|fera|feront|devra|devront|devrait|devraient|pourrait|pourraient|doit|doivent|va|vont|prévoit|prévoient|compte|comptent|envisage|envisagent|entend|entendent|invitée?s?\\s+à|invitation\\s+à|s['’]apprête|s['’]apprêtent|projette|projettent|${FR_NEXT}|à venir|d['’]ici)(?=$|[^\\p{L}])`,
  "gu",
);
const FR_REPORTING =
  /(?:,|^)\s*(?:a|ont|avait)\s+(?:annoncé|déclaré|indiqué|précisé|affirmé|ajouté|expliqué|souligné|estimé|rapporté|confirmé|assuré)(?![\p{L}])[^,.;]*?(?=[,.;]|$)|,\s*selon\s[^,.;]*/giu;

/** Participles after a present "is/are": a passive or a state ("is located", "are held"), not a past. */
const EN_PAST =
  /(?<!\b(?:is|are|am)\s+(?:(?:not|now|still|also|already|currently|[a-z]+ly)\s+)?(?:[a-z]+(?:ed|en)\s*,?\s+(?:and|or)\s+)?)\b(?:was|were|had|did|met|held|signed|said|agreed|visited|went|came|made|took|gave|told|began|announced|saw|spoke|flew|left|sent|won|lost|sought|brought|found|became|chose|wrote|led|hosted|[a-z]{3,}ed)\b(?<!\b(?:indeed|need|speed|feed|seed|breed|hundred|kindred|sacred|naked|wicked|rugged|embed|united|based)\b)/gu;
const EN_FUTURE =
  /\b(?:will|shall|won['’]t|(?:is|are|am)\s+(?:going|expected|set|scheduled|due|to)\b|plans?\s+to|intends?\s+to|invit(?:ed|ation)\s+to|would|next\s+(?:weeks?|months?|years?|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|summit|meeting|visit|round|session|spring|summer|autumn|fall|winter|few|step|stage|trip)|upcoming|later\s+this|by\s+the\s+end|planned|scheduled|expected)\b/giu;
const EN_REPORTING =
  /,\s*(?:[\p{L}'’.-]+\s+){1,4}(?:said|told|announced|added|stated|wrote|noted|confirmed)\b[^,.;]*|,\s*(?:said|told|announced|added)\s[^,.;]*|,\s*according to\s[^,.;]*/gu;

function count(pattern: RegExp, text: string): number {
  return text.match(pattern)?.length ?? 0;
}

/** Past, future or present from the verb forms of `text`, reporting verbs included. */
export function clauseTense(text: string, language: string): Tense {
  if (typeof text !== "string" || text.length === 0) return "present";
  const english = language === "en";
  const past = count(english ? EN_PAST : FR_PAST, text);
  const future = count(english ? EN_FUTURE : FR_FUTURE, text);
  if (future > 0 && future >= past) return "future";
  if (past > 0) return "past";
  return "present";
}

/**
 * Past, future or present of a sentence: its reporting clauses ("a annoncé Bruxelles",
 * "officials said") set aside, future forms win over past ones unless outnumbered.
 */
export function sentenceTense(text: string, language: string): Tense {
  if (typeof text !== "string" || text.length === 0) return "present";
  const withoutReporting = text.replace(language === "en" ? EN_REPORTING : FR_REPORTING, " ");
  return clauseTense(withoutReporting, language);
}
