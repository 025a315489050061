/**
 * What a language pack holds: everything the pipeline knows about one language, as chrono-node
 * keeps one locale per language. Stages never test a language code; they ask `packFor(language)`
 * (./registry.ts) and read the cues they need from the pack. A language with no pack gets the
 * knowledge-base-only path (see ingest/pipeline.ts).
 *
 * The cue modules are plain lists (phrases matched folded: no case, no accents, at word
 * boundaries; a trailing * stands for any letters) and regular expressions. Each area's shape is
 * the English module's: a new language's module exports the same names (the compiler checks it
 * when the pack is listed in the registry).
 */
import type { Chrono } from "chrono-node";
import type * as EnglishCalendar from "./en/calendar.js";
import type * as EnglishDating from "./en/dating.js";
import type * as EnglishEventReferences from "./en/event-references.js";
import type * as EnglishEventTriggers from "./en/event-triggers.js";
import type * as EnglishModality from "./en/modality.js";
import type * as EnglishNames from "./en/names.js";
import type * as EnglishNumbers from "./en/numbers.js";
import type * as EnglishRelations from "./en/relations.js";
import type * as EnglishRoles from "./en/roles.js";
import type * as EnglishTense from "./en/tense.js";

/** A module's exports with its lists widened: another language's lists hold other words. */
type CueModule<M> = {
  readonly [K in keyof M]: M[K] extends readonly string[]
    ? readonly string[]
    : M[K] extends Readonly<Record<string, number>>
      ? Readonly<Record<string, number>>
      : M[K];
};

export type CalendarWords = CueModule<typeof EnglishCalendar>;
export type DatingCues = CueModule<typeof EnglishDating>;
export type EventReferenceCues = CueModule<typeof EnglishEventReferences>;
export type EventTriggerCues = CueModule<typeof EnglishEventTriggers>;
export type ModalityCues = CueModule<typeof EnglishModality>;
export type NameCueLists = CueModule<typeof EnglishNames>;
export type NumberWords = CueModule<typeof EnglishNumbers>;
export type RelationForms = CueModule<typeof EnglishRelations>;
export type RoleCueLists = CueModule<typeof EnglishRoles>;
export type TenseCues = CueModule<typeof EnglishTense>;

export interface LanguagePack {
  /** ISO 639-1 code, as the language detector gives it ("fr", "en"). */
  readonly code: string;
  /** The language's name in English, for messages. */
  readonly name: string;
  /** chrono-node's parser for the language's own date expressions. */
  readonly chrono: Chrono;
  /** Locale of Intl.Segmenter's sentence rules. */
  readonly segmenterLocale: string;
  /** Month and weekday names, full and abbreviated (read by ingest/dates/vocabulary.ts). */
  readonly calendar: CalendarWords;
  /** Nouns that carry a date of their own (elections, budgets …). */
  readonly dating: DatingCues;
  /** Words that refer to participants: possessives, pronouns, groups of leaders, counted groups … */
  readonly eventReferences: EventReferenceCues;
  /** The language's half of the event lexicon's helpers: summit nouns, ellipsis pronouns … (triggers are data: data/kb/event-triggers.json). */
  readonly eventTriggers: EventTriggerCues;
  /** Negation, cancellation, postponement, wishes and possibilities, habits. */
  readonly modality: ModalityCues;
  /** What shows what a capitalised word is: connectives, state styles, descriptors, honorifics, city words, spelling variants (compiled by ingest/recognize/name-cues.ts). */
  readonly names: NameCueLists;
  /** Number words up to twenty, a count of one, vague counts ("quelques", "a few"). */
  readonly numbers: NumberWords;
  /** Memberships, parties and signatories, agreement nouns (compiled by ingest/extract/relation-cues.ts). */
  readonly relations: RelationForms;
  /** Role attachment: copulas, delegation cues, honorifics, office verbs (compiled by ingest/extract/role-cues.ts). */
  readonly roles: RoleCueLists;
  /** Past and future verb forms, reporting clauses. */
  readonly tense: TenseCues;
}
