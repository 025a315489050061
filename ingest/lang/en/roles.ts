/**
 * English cues for attaching offices to people: what may stand between a name and its title, the
 * verbs that make one the other, the words that give each person of a list their own owner.
 * Plain constants, as the text writes them; ingest/extract/role-cues.ts compiles them.
 */

/** Adverbs inside an apposition: "X, also the party's leader", "X, now foreign minister". */
export const APPOSITION_ADVERBS: readonly string[] = ["also", "now", "then", "currently", "still"];

/** Verbs that make a person the holder of the title after them: "X became the U.S. president". Present and past only. */
export const COPULAS: readonly string[] = [
  "is",
  "was",
  "became",
  "becomes",
  "has been",
  "had been",
  "has become",
  "had become",
  "remains",
  "remained",
  "was appointed",
  "has been appointed",
  "was named",
  "has been named",
  "was elected",
  "has been elected",
  "was re-elected",
  "was sworn in as",
  "has been sworn in as",
  "took office as",
  "takes office as",
  "was confirmed as",
];

/** Words after which a person belongs to the delegation of the person before them: "X, accompanied by Minister Y". */
export const DELEGATION_CUES: readonly string[] = ["accompanied by", "along with", "flanked by", "joined by"];

/** The word that gives each person of a list their own owner: "the presidents …, X for A and Y for B". */
export const OWNER_PER_PERSON: readonly string[] = ["for"];

/** Words between a name and its owner in a royal or formal style: "King X of Bahrain". */
export const OWNER_AFTER_NAME: readonly string[] = ["of", "of the"];

/** Personal honorifics and abbreviated ranks that may stand between a title and the name: "Deputy Prime Minister Mr X", "deputy defence minister, Lt. Gen. X". */
export const PERSONAL_HONORIFICS: readonly string[] = [
  "Mr",
  "Mrs",
  "Ms",
  "Messrs",
  "Sir",
  "Dame",
  "Lord",
  "Lady",
  "Gen",
  "Lt",
  "Col",
  "Adm",
  "Capt",
  "Maj",
  "Brig",
  "Cmdr",
];

/** Verbs of a relative clause that give the person an office of the organisation after them: "X, who chairs the African Union". */
export const OFFICE_VERBS: Readonly<Record<string, readonly string[]>> = {
  Chairperson: ["who chairs", "who chaired", "who currently chairs", "who holds the rotating chair of", "who holds the chair of"],
  Head: ["who heads", "who headed", "who leads", "who led", "who runs"],
};
