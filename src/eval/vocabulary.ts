/**
 * What `entente eval` scores and which names count as the same kind: the entity types, the event
 * types an extractor may use for a meeting, a visit or a signing, the relation types, and the
 * documents whose spans can be checked against the file.
 */
import type { EntityType } from "../model/extraction.js";
import { GOLD_RELATION_TYPES, type GoldRelationType } from "../model/gold.js";
import { normalizeName } from "./names.js";

/** Entity types scored for precision; a Topic is never wrong, nor ever required. */
const SCORED_ENTITY_TYPES: ReadonlySet<EntityType> = new Set(["Person", "Country", "Organization", "Program", "Agreement", "Place"]);

export function isScoredEntityType(type: string): boolean {
  return (SCORED_ENTITY_TYPES as ReadonlySet<string>).has(type);
}

export type ScoredEventType = "Meeting" | "Visit" | "Signing";

/** Extracted event types, normalised and without spaces, and the gold type each one is. */
const EVENT_TYPE_SYNONYMS: ReadonlyMap<string, ScoredEventType> = new Map([
  ["meeting", "Meeting"],
  ["summit", "Meeting"],
  ["talks", "Meeting"],
  ["conference", "Meeting"],
  ["visit", "Visit"],
  ["statevisit", "Visit"],
  ["signing", "Signing"],
  ["agreementsigning", "Signing"],
]);

/** The gold event type an extracted event type stands for ("State visit" → Visit), or null when it is not scored (Call, Statement…). */
export function scoredEventType(extractedType: string): ScoredEventType | null {
  return EVENT_TYPE_SYNONYMS.get(normalizeName(extractedType).replace(/ /g, "")) ?? null;
}

export function isScoredRelationType(type: string): type is GoldRelationType {
  return (GOLD_RELATION_TYPES as readonly string[]).includes(type);
}

/** Membership of a programme, an agreement or an organisation: the gold names the likely type, any of the three counts. */
const MEMBERSHIP_TYPES: ReadonlySet<string> = new Set(["PARTICIPATES_IN", "PARTY_TO", "MEMBER_OF"]);

export function sameRelationType(extracted: string, gold: string): boolean {
  return extracted === gold || (MEMBERSHIP_TYPES.has(extracted) && MEMBERSHIP_TYPES.has(gold));
}

/**
 * Whether the extraction's offsets index the file itself: true for .txt and .md. Those of an
 * .html page index its readable text, and those of a .jsonl record its text field, which only the
 * extractor holds.
 */
export function isGroundable(document: string): boolean {
  return /\.(txt|md)$/i.test(document);
}
