/**
 * The extraction contract (shared/contract/extraction.schema.json) as zod schemas: the one
 * source of the types that leave the ingest pipeline and enter the graph store.
 */
import { z } from "zod";
import { EVENT_AND_PROVENANCE_TYPES } from "./graph-types.js";

/** ISO 8601 calendar date, full (2026-01-31) or partial (2024-11, 2026). */
export const IsoDate = z.string().regex(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/, "expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
export type IsoDate = z.infer<typeof IsoDate>;

/** A verbatim span: text === documentText.slice(start, end), UTF-16 offsets. */
export const Evidence = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string().min(1),
});
export type Evidence = z.infer<typeof Evidence>;

const ENTITY_TYPES = ["Person", "Country", "Organization", "Program", "Agreement", "Place", "Topic"] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

const DocumentMeta = z.object({
  id: z.string(),
  source: z.string(),
  title: z.string().nullable().optional(),
  published: IsoDate.nullable().optional(),
  publisher: z.string().nullable().optional(),
  language: z.string(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

export const ExtractedEntity = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  aliases: z.array(z.string()),
  wikidata: z
    .string()
    .regex(/^Q[0-9]+$/)
    .nullable()
    .optional(),
  mentions: z.array(Evidence).min(1),
});
export type ExtractedEntity = z.infer<typeof ExtractedEntity>;

/** occurred; planned (announced, intended, invited); cancelled (called off, or postponed without a new date). */
export const EventStatus = z.enum(["occurred", "planned", "cancelled"]);
export type EventStatus = z.infer<typeof EventStatus>;

export const ExtractedEvent = z.object({
  id: z.string(),
  type: z.string(),
  title: z.string().nullable().optional(),
  date: IsoDate.nullable(),
  endDate: IsoDate.nullable().optional(),
  status: EventStatus,
  participants: z.array(z.string()),
  place: z.string().nullable().optional(),
  topics: z.array(z.string()).optional(),
  /** CAMEO code (GDELT), when the event type maps to one. */
  cameo: z.string().optional(),
  evidence: z.array(Evidence).min(1),
});
export type ExtractedEvent = z.infer<typeof ExtractedEvent>;

export const ExtractedRelation = z.object({
  type: z
    .string()
    .regex(/^[A-Z][A-Z_]*$/, "relation types are UPPER_SNAKE")
    .refine(
      (type) => !EVENT_AND_PROVENANCE_TYPES.includes(type),
      "a relation type may not be one of the graph's event and provenance types",
    ),
  source: z.string(),
  target: z.string(),
  properties: z.record(z.string(), z.unknown()).optional(),
  confidence: z.number().min(0).max(1).optional(),
  evidence: z.array(Evidence).min(1),
});
export type ExtractedRelation = z.infer<typeof ExtractedRelation>;

export const DocumentExtraction = z.object({
  document: DocumentMeta,
  entities: z.array(ExtractedEntity),
  events: z.array(ExtractedEvent),
  relations: z.array(ExtractedRelation),
});
export type DocumentExtraction = z.infer<typeof DocumentExtraction>;

export const ExtractionOutput = z.object({ documents: z.array(DocumentExtraction) });
export type ExtractionOutput = z.infer<typeof ExtractionOutput>;
