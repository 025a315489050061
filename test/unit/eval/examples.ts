/**
 * Tiny hand-made extractions and gold files for the scorer's unit tests: an article about a
 * fictional meeting, built in a line or two per case.
 */
import type { DocumentExtraction, ExtractedEntity, ExtractedEvent, ExtractedRelation } from "../../../src/model/extraction.js";
import { GoldFile, type GoldFileInput } from "../../../src/model/gold.js";

/** An extracted entity whose mentions are the given texts (offsets meaningless unless a test sets them). */
export function entity(id: string, name: string, type: ExtractedEntity["type"], ...mentionTexts: string[]): ExtractedEntity {
  const texts = mentionTexts.length ? mentionTexts : [name];
  return { id, name, type, aliases: [], mentions: texts.map((text) => ({ start: 0, end: text.length, text })) };
}

export function event(type: string, participants: string[], more: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    id: `event:${type}:${participants.join("+")}`,
    type,
    date: null,
    status: "occurred",
    participants,
    evidence: [{ start: 0, end: 20, text: `A sentence about the ${type.toLowerCase()}.` }],
    ...more,
  };
}

export function relation(type: string, source: string, target: string, properties?: Record<string, unknown>): ExtractedRelation {
  return {
    type,
    source,
    target,
    ...(properties ? { properties } : {}),
    evidence: [{ start: 0, end: 20, text: `A sentence stating ${type}.` }],
  };
}

export function extraction(source: string, parts: Partial<Omit<DocumentExtraction, "document">> = {}, title?: string): DocumentExtraction {
  return {
    document: { id: `doc:${source}`, source, language: "en", ...(title ? { title } : {}) },
    entities: parts.entities ?? [],
    events: parts.events ?? [],
    relations: parts.relations ?? [],
  };
}

export type GoldEventInput = NonNullable<GoldFileInput["events"]>[number];
export type GoldRoleInput = NonNullable<GoldFileInput["roles"]>[number];

/** A gold file as an annotator writes it, with the defaults the reader applies. */
export function gold(document: string, parts: Omit<GoldFileInput, "document"> = {}): GoldFile {
  return GoldFile.parse({ document, ...parts });
}
