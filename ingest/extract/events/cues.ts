/**
 * The language cues of the event rules (ingest/lang/<language>/modality.ts and
 * event-references.ts), compiled into phrase finders once per language. A language without
 * its own cues gets the French and English ones together, as the lexicon does.
 */
import * as enModality from "../../lang/en/modality.js";
import * as enReferences from "../../lang/en/event-references.js";
import * as frModality from "../../lang/fr/modality.js";
import * as frReferences from "../../lang/fr/event-references.js";
import * as frTriggers from "../../lang/fr/event-triggers.js";
import * as enTriggers from "../../lang/en/event-triggers.js";
import * as frDating from "../../lang/fr/dating.js";
import * as enDating from "../../lang/en/dating.js";
import { phraseFinder, type PhraseFinder } from "../lexicon.js";

type Modality = typeof frModality | typeof enModality;
type References = typeof frReferences | typeof enReferences;
type Triggers = typeof frTriggers | typeof enTriggers;
type Dating = typeof frDating | typeof enDating;
interface LanguageCues {
  dating: Dating;
  modality: Modality;
  references: References;
  triggers: Triggers;
}

const BY_LANGUAGE: Readonly<Record<string, LanguageCues>> = {
  fr: { modality: frModality, references: frReferences, triggers: frTriggers, dating: frDating },
  en: { modality: enModality, references: enReferences, triggers: enTriggers, dating: enDating },
};

export interface EventCues {
  otherDatedNouns: PhraseFinder;
  verbOnlyTriggers: PhraseFinder;
  nounMarkers: PhraseFinder;
  summitNouns: PhraseFinder;
  ellipsisPronouns: PhraseFinder;
  personGroupNouns: PhraseFinder;
  soilBeforeDemonym: PhraseFinder;
  soilAfterDemonym: PhraseFinder;
  notATripAfter: PhraseFinder;
  negation: PhraseFinder;
  cancellation: PhraseFinder;
  postponement: PhraseFinder;
  auxiliaries: PhraseFinder;
  modality: PhraseFinder;
  plannedAdjectives: PhraseFinder;
  pluralEventNouns: PhraseFinder;
  habit: PhraseFinder;
  possessivesSingular: PhraseFinder;
  possessivesPlural: PhraseFinder;
  possessivesFirstPlural: PhraseFinder;
  subjectPronouns: PhraseFinder;
  agentMarkers: PhraseFinder;
  countryNouns: PhraseFinder;
  organizationNouns: PhraseFinder;
  leaderGroups: PhraseFinder;
  indefiniteArticles: PhraseFinder;
  leaderNouns: PhraseFinder;
  countWords: PhraseFinder;
  /** Folded count word → its number. */
  countWordValues: ReadonlyMap<string, number>;
  countryGroupNouns: PhraseFinder;
  memberListVerbs: PhraseFinder;
}

function compile(packs: readonly LanguageCues[]): EventCues {
  const m = (pick: (c: Modality) => readonly string[]) => phraseFinder(packs.flatMap((p) => pick(p.modality)));
  const r = (pick: (c: References) => readonly string[]) => phraseFinder(packs.flatMap((p) => pick(p.references)));
  const t = (pick: (c: Triggers) => readonly string[]) => phraseFinder(packs.flatMap((p) => pick(p.triggers)));
  return {
    otherDatedNouns: phraseFinder(packs.flatMap((p) => p.dating.OTHER_DATED_NOUNS)),
    verbOnlyTriggers: t((c) => c.VERB_ONLY_TRIGGERS),
    nounMarkers: t((c) => c.NOUN_MARKERS),
    summitNouns: t((c) => c.SUMMIT_NOUNS),
    ellipsisPronouns: t((c) => c.ELLIPSIS_PRONOUNS),
    personGroupNouns: r((c) => c.PERSON_GROUP_NOUNS),
    soilBeforeDemonym: r((c) => c.SOIL_BEFORE_DEMONYM),
    soilAfterDemonym: r((c) => c.SOIL_AFTER_DEMONYM),
    notATripAfter: t((c) => c.NOT_A_TRIP_AFTER),
    negation: m((c) => c.NEGATION),
    cancellation: m((c) => c.CANCELLATION),
    postponement: m((c) => c.POSTPONEMENT),
    auxiliaries: m((c) => c.AUXILIARIES),
    modality: m((c) => c.MODALITY),
    plannedAdjectives: m((c) => c.PLANNED_ADJECTIVES),
    pluralEventNouns: m((c) => c.PLURAL_EVENT_NOUNS),
    habit: m((c) => c.HABIT),
    possessivesSingular: r((c) => c.POSSESSIVES_SINGULAR),
    possessivesPlural: r((c) => c.POSSESSIVES_PLURAL),
    possessivesFirstPlural: r((c) => c.POSSESSIVES_FIRST_PLURAL),
    subjectPronouns: r((c) => c.SUBJECT_PRONOUNS),
    agentMarkers: r((c) => c.AGENT_MARKERS),
    countryNouns: r((c) => c.COUNTRY_NOUNS),
    organizationNouns: r((c) => c.ORGANIZATION_NOUNS),
    leaderGroups: r((c) => c.LEADER_GROUPS),
    indefiniteArticles: r((c) => c.INDEFINITE_ARTICLES),
    leaderNouns: r((c) => c.LEADER_NOUNS),
    countWords: phraseFinder(packs.flatMap((p) => Object.keys(p.references.COUNT_WORDS))),
    countWordValues: new Map(packs.flatMap((p) => Object.entries(p.references.COUNT_WORDS))),
    countryGroupNouns: r((c) => c.COUNTRY_GROUP_NOUNS),
    memberListVerbs: r((c) => c.MEMBER_LIST_VERBS),
  };
}

const cache = new Map<string, EventCues>();

/** The event cues of a language (French and English together for any other). */
export function eventCues(language: string): EventCues {
  const key = language in BY_LANGUAGE ? language : "any";
  let cues = cache.get(key);
  if (!cues) {
    const own = BY_LANGUAGE[key];
    cues = compile(own ? [own] : Object.values(BY_LANGUAGE));
    cache.set(key, cues);
  }
  return cues;
}
