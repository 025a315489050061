/**
 * What recognition hands to linking: mentions before they are grouped into entities.
 */
import type { PreparedDocument } from "../../src/model/document.js";
import type { EntityType } from "../../src/model/extraction.js";
import type { MentionSource, TitleMention } from "../../src/model/mentions.js";

/** A span that names (or stands for) an entity, before linking decides which one. */
export interface RawMention {
  start: number;
  end: number;
  text: string; // === document text.slice(start, end)
  sentenceIndex: number;
  source: MentionSource;
  type: EntityType;
  /** Knowledge-base id when the span is a KB name, demonym, capital or metonym. */
  kbId: string | null;
  /** The name as a name: the span without articles, titles or honorifics ("Guido Crosetto"). */
  name: string;
  /** Set on an acronym defined in parentheses: the name of the expansion it abbreviates. */
  acronymOf: string | null;
  /** A generic description ("futur avion de combat") that denotes the KB entity only in context. */
  contextual: boolean;
  /** Found by an honorific ("M. Starmer", "Mme Takaichi"): a surname that must be a person. */
  honorific: boolean;
  /** A lone capitalised word with no title or honorific: kept only as a back-reference to a name seen in full. */
  needsAntecedent: boolean;
  /** For a candidate back-reference: the type it takes when no person of the document has that name ("à Toulon" → Place). */
  fallbackType?: EntityType;
  /** The shape rule that found it (name-rules.ts, acronyms.ts, shaped-names.ts …); absent for KB matches. */
  rule?: string;
}

export interface RecognizedDocument {
  document: PreparedDocument;
  mentions: RawMention[]; // sorted by start, then by end descending
  titles: TitleMention[]; // sorted by start
  /** The KB id of the place a dateline names ("JAKARTA (Reuters) -"), null when none or unknown. */
  datelinePlace: string | null;
}
