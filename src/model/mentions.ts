/**
 * What recognition and linking produce (ingest/recognize → ingest/link), consumed by the
 * extraction of roles, events and relations (ingest/extract). Offsets are UTF-16 indices
 * into PreparedDocument.text; `sentenceIndex` indexes PreparedDocument.sentences.
 */
import type { EntityType } from "./extraction.js";
import type { KbTitle } from "./kb.js";
import type { PreparedDocument } from "./document.js";

/** How a mention was found: useful for confidence and for debugging. */
export type MentionSource =
  | "kb" // a knowledge-base alias ("Japon", "OTAN", "Takaichi Sanae")
  | "demonym" // an adjective or noun of nationality ("japonaise", "British")
  | "capital" // a capital used for its government ("Tokyo a annoncé")
  | "pattern" // a name found by shape (title + name, "M. X", capitalised multi-word name)
  | "acronym" // an acronym defined in parentheses, or its later uses
  | "coreference"; // a back-reference: a surname, a pronoun-like title ("le Premier ministre britannique")

/**
 * When the text places the office: held now ("current"), held before ("former": "ancien", "former",
 * "then-", "à l'époque"), held for the time being by someone standing in ("acting": "acting", "par
 * intérim", "démissionnaire chargé des affaires courantes"), or not yet taken ("designated":
 * "designate", "futur", "élu", "will take over as").
 */
export type Tenure = "current" | "former" | "acting" | "designated";

export interface EntityMention {
  start: number;
  end: number;
  text: string; // === document text.slice(start, end)
  sentenceIndex: number;
  entityId: string;
  source: MentionSource;
}

/** An office title in the text ("la Première ministre japonaise", "chef de la politique étrangère de l'UE"). */
export interface TitleMention {
  start: number;
  end: number;
  text: string; // the verbatim title span, qualifier included when adjacent
  sentenceIndex: number;
  titleId: string | null; // KB title id; null for an unknown title found by shape
  title: string; // English title ("Prime Minister"); refined when the text says more ("Minister of State for Economic Security")
  kind: KbTitle["kind"];
  /** Country or organisation the office belongs to, from a demonym or "de l'UE"/"du Japon"/"au Royaume-Uni". */
  ofEntityId: string | null;
  tenure: Tenure;
  counterpart: boolean; // "homologue", "counterpart": the office follows from the other side's
}

export interface LinkedEntity {
  id: string; // KB id, or a stable id derived from the normalised name ("person:jane-doe")
  name: string; // canonical display name
  type: EntityType;
  aliases: string[]; // other surface forms seen in this document (and KB aliases)
  wikidata: string | null;
  fromKb: boolean;
}

export interface LinkedDocument {
  document: PreparedDocument;
  entities: LinkedEntity[];
  mentions: EntityMention[]; // sorted by start
  titles: TitleMention[]; // sorted by start
  /** The KB id of the place a dateline names ("CANBERRA, Dec 2 (Reuters) -": the capital), null when none or unknown. */
  datelinePlace?: string | null;
}
