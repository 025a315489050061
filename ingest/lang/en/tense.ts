/**
 * English verb forms that tell the tense of a clause (ingest/dates/tense.ts): enough to tell whether
 * "on Saturday" is the Saturday before publication or the one after. Reporting clauses
 * (", officials said", ", according to X") are past even when the news is not, so they are set aside first.
 */

/**
 * A past form; participles after a present "is/are" or a bare "be" are a passive or a state ("is located", "are held", "to
 * be held"), not a past; "was due to", "were to" tell a plan (FUTURE), not a past.
 */
export const PAST =
  /(?<!\b(?:is|are|am|be)\s+(?:(?:not|now|still|also|already|currently|[a-z]+ly)\s+)?(?:[a-z]+(?:ed|en)\s*,?\s+(?:and|or)\s+)?)\b(?:(?:was|were)(?!\s+(?:(?:going|expected|set|scheduled|due|supposed|slated)\s+)?to\s+\p{L})|had|did|met|held|signed|said|agreed|visited|went|came|made|took|gave|told|began|announced|saw|spoke|flew|left|sent|won|lost|sought|brought|found|became|chose|wrote|led|hosted|sat|stood|shook|laid|struck|kept|drew|built|sold|bought|paid|fought|thought|felt|heard|ran|swore|broke|rose|fell|[a-z]{3,}ed)\b(?<!\b(?:indeed|need|speed|feed|seed|breed|hundred|kindred|sacred|naked|wicked|rugged|embed|united|based)\b)/gu;

/**
 * A future form, a plan or an expectation ("will", "is expected to", "next week", "upcoming", "to be held", a plan told in
 * the past: "was due to", "were to make"); a meeting agreed on for later ("agreed to meet again in the spring": the infinitive's dates are the meeting's, still to come,
 * while the agreeing is past).
 */
export const FUTURE =
  /(?<=\b(?:agreed|decided|pledged|promised|resolved|arranged|vowed)(?:\s+[\p{L}\d]+,?){0,4}\s+)to\s+(?:meet|hold|reconvene|convene|gather|host|visit|travel)\b|\b(?:will|shall|won['’]t|(?:is|are|am)\s+(?:going|expected|set|scheduled|due|to)\b|(?:was|were)\s+(?:(?:going|expected|set|scheduled|due|supposed|slated)\s+)?to(?=\s+\p{L})|plans?\s+to|intends?\s+to|invit(?:ed|ation)\s+to|would|next\s+(?:weeks?|months?|years?|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|summit|meeting|visit|round|session|spring|summer|autumn|fall|winter|few|step|stage|trip)|upcoming|later\s+this|to\s+be\s+(?:held|hosted|signed|launched|convened|organi[sz]ed|attended)|by\s+the\s+end|planned|scheduled|expected)\b/giu;

/** A reporting clause: ", X said", ", according to Y". */
export const REPORTING =
  /,\s*(?:[\p{L}'’.-]+\s+){1,4}(?:said|told|announced|added|stated|wrote|noted|confirmed)\b[^,.;]*|,\s*(?:said|told|announced|added)\s[^,.;]*|,\s*according to\s[^,.;]*/gu;

/**
 * A participle opening the sentence, the clause it heads hanging on the main one ("Speaking in Ankara
 * on Tuesday, the minister said …", "Gathered in Brussels on Monday, EU ministers agreed …"): that
 * clause has no tense of its own.
 */
export const OPENING_PARTICIPLE = /^\s*[A-Z][a-z]{2,}(?:ing|ed)(?=[\s,])/u;

/**
 * A determiner opening the sentence: the clause it heads may be the sentence's subject, a noun phrase with its date
 * ("The talks on Sunday and Monday, hosted by X, brought …"), whose tense is the main clause's after the comma.
 */
export const OPENING_DETERMINER = /^\s*(?:The|These|Those|This|That|Their|His|Her|Its)\s/u;

/** Words that open another clause, subordinate or coordinate: after the comma, the verb they govern is not the subject's ("…, a week after X met Y", "…, but it will"). */
export const CLAUSE_OPENERS =
  /(?<![\p{L}])(?:and|but|or|yet|after|before|since|when|while|as|because|although|though|until|once|where|which|who|whom|whose|that|if)(?![\p{L}])/iu;

/**
 * A present form of travelling or meeting, as a schedule states the day's programme ("On Tuesday he travels to
 * Riga", "Today the minister meets her counterpart"): dated to the publication day, an event still to come.
 */
export const SCHEDULED_PRESENT =
  /\b(?:travels|travel|flies|fly|heads|head|visits|meets|meet|hosts|host|holds|hold|receives|receive|signs|sign|arrives|arrive|welcomes|welcome|goes|go)\b/giu;
