/**
 * French verb forms that tell the tense of a clause (ingest/dates/tense.ts): enough to tell whether
 * "samedi" is the Saturday before publication or the one after. Reporting clauses ("a annoncé
 * Bruxelles", ", selon X") are past even when the news is not, so they are set aside first.
 */

/** Auxiliaries that make a past with any participle: avoir, être in the imperfect, reflexive être. */
const AUX = "(?:ai|as|a|avons|avez|ont|avait|avaient|était|étaient|s['’]est|se sont|s['’]étaient|s['’]était)";
/** Être in the present: a past only with a verb conjugated with être ("est arrivé"); otherwise a passive or a state ("est situé"). */
const ETRE_PRESENT = "(?:suis|es|est|sommes|êtes|sont)";
const ETRE_VERB =
  "(?:(?:arriv|all|rest|entr|rentr|tomb|retourn|mont|remont|pass|décéd|demeur)ée?s?|(?:ven|reven|deven|parven|interven|surven|appar|descend|conven)ue?s?|(?:parti|reparti|sorti)e?s?|née?s?|morte?s?)";
const PARTICIPLE =
  "(?:\\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ert|erte|ort|orte|eint|eints|aint|ait|aite|uit|uite)|été|eu|fait|dit|pris|mis|vu|su|dû|pu|voulu|venu|tenu|obtenu|convenu|reçu)";
/** Words after avoir/être that look like participles but are not: "a lieu", "a plus de", "a du mal". */
const NOT_PARTICIPLE =
  "(?!(?:du|plus|tous|lieu|peu|feu|jeu|enjeu|nous|vous|sous|eux|ceux|mieux|milieu|bus|virus|bonus|consensus|processus|campus)(?![\\p{L}]))";

/** A past form: passé composé, plus-que-parfait, imparfait, passé simple. */
export const PAST = new RegExp(
  `(?:^|[^\\p{L}])(?:${AUX}(?:\\s+(?:[\\p{L}'’-]+\\s+){0,3}?)\\s*${NOT_PARTICIPLE}${PARTICIPLE}|${ETRE_PRESENT}(?:\\s+(?:[\\p{L}'’-]+\\s+){0,3}?)\\s*${ETRE_VERB}|\\p{L}{2,}(?<!r)(?:ait|aient)|\\p{L}{2,}(?:èrent|irent|urent))(?=$|[^\\p{L}])`,
  "giu",
);

/** "prochain" next to a time or an event noun ("la semaine prochaine", "le prochain sommet"), not a future office ("le prochain président"). */
const NEXT_NOUNS =
  "(?:semaines?|mois|ann[ée]es?|ans?|fois|jours?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|étapes?|sommets?|visites?|réunions?|rencontres?|rendez-vous|printemps|été|automne|hiver|sessions?|éditions?|voyages?|déplacements?)";
const NEXT = `(?:${NEXT_NOUNS}\\s+prochaine?s?|prochaine?s?\\s+${NEXT_NOUNS})`;

/**
 * A meeting agreed on for later: the infinitive after "convenu de", "décidé de" ("sont convenus de se retrouver au
 * printemps"), whose dates are the meeting's, still to come, while the agreeing is past.
 */
const AGREED_MEETING =
  "(?<=(?:convenue?s?|décidée?s?|engagée?s?|promis)(?:\\s+[\\p{L}\\d]+,?){0,4}\\s+)d[e'’]\\s*(?:se\\s+(?:retrouver|revoir|réunir|rencontrer|parler)|tenir|organiser|rencontrer|recevoir|accueillir|réunir)";

/**
 * A plan told in the past, "devait" or "devaient" before its infinitive ("la visite que devaient effectuer ce jeudi les
 * ministres", "il devait se rendre vendredi à Oslo"): its dates are the plan's, still to come when it was made.
 */
const PLAN_IN_PAST =
  "dev(?:ait|aient)\\s+(?:(?:\\p{L}+ment|ensuite|alors|encore|aussi|bien|déjà|toujours|y|en|lui|leur|nous|vous|se|le|la|les)\\s+|[sl]['’]\\s*){0,3}\\p{L}+(?:er|ir|re|oir)";

/** A future form, a plan or an expectation ("sera", "devrait", "prévue", "la semaine prochaine", "devait se rendre"). */
export const FUTURE = new RegExp(
  `(?:^|[^\\p{L}])(?:${AGREED_MEETING}|${PLAN_IN_PAST}|\\p{Ll}+[eidrvu]r(?:a|ai|as|ons|ez|ont|ait|aient)|prévue?s?|attendue?s?|programmée?s?|envisagée?s?|sera|seront|aura|auront|ira|iront|fera|feront|devra|devront|devrait|devraient|pourrait|pourraient|doit|doivent|va|vont|prévoit|prévoient|compte|comptent|envisage|envisagent|entend|entendent|invitée?s?\\s+à|invitation\\s+à|s['’]apprête|s['’]apprêtent|projette|projettent|${NEXT}|à venir|d['’]ici)(?=$|[^\\p{L}])`,
  "gu",
);

/** A reporting clause: ", a annoncé X", ", selon Y". */
export const REPORTING =
  /(?:,|^)\s*(?:a|ont|avait)\s+(?:annoncé|déclaré|indiqué|précisé|affirmé|ajouté|expliqué|souligné|estimé|rapporté|confirmé|assuré)(?![\p{L}])[^,.;]*?(?=[,.;]|$)|,\s*selon\s[^,.;]*/giu;

/**
 * A participle opening the sentence, the clause it heads hanging on the main one ("Réunis mardi à
 * Bruxelles, les ministres ont …", "Arrivée jeudi à Hanoï, la ministre a …", "Reçu à l'Élysée, …"):
 * that clause has no tense of its own.
 */
export const OPENING_PARTICIPLE = /^\s*\p{Lu}\p{Ll}{2,}(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues|it|ite|its|ites|ant)(?=[\s,])/u;

/**
 * Un déterminant en tête de phrase : le groupe qu'il ouvre peut être le sujet, un groupe nominal avec sa date
 * ("Les pourparlers de dimanche et lundi, organisés par X, ont permis …"), au temps de la principale après la virgule.
 */
export const OPENING_DETERMINER = /^\s*(?:Les|Le|La|L['’]|Ces|Ce|Cet|Cette|Leurs?|Ses|Sa|Son)(?:\s|(?<=['’]))/u;

/** Les mots qui ouvrent une autre proposition, subordonnée ou coordonnée : après la virgule, le verbe qu'ils gouvernent n'est pas celui du sujet ("…, une semaine après que X a rencontré Y", "…, mais sa mise en œuvre sera"). */
export const CLAUSE_OPENERS =
  /(?<![\p{L}])(?:et|mais|ou|or|après|avant|depuis|quand|lorsque|lorsqu['’]|alors|tandis|puisque|parce|bien|si|où|qui|que|qu['’]|dont|lequel|laquelle|lesquels|lesquelles)(?![\p{L}])/iu;

/**
 * Un présent de déplacement ou de rencontre, comme un programme annonce la journée (« Ce mardi, il se rend à Riga »,
 * « Le ministre reçoit aujourd'hui son homologue ») : daté du jour de la publication, un événement encore à venir.
 */
export const SCHEDULED_PRESENT =
  /(?<![\p{L}])(?:se\s+rend(?:ent)?|s['’]envole(?:nt)?|rencontre(?:nt)?|reçoi(?:t|vent)|accueille(?:nt)?|signe(?:nt)?|s['’]entretien(?:t|nent)|effectue(?:nt)?|entame(?:nt)?|arrive(?:nt)?)(?![\p{L}])/giu;
