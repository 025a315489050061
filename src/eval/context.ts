/**
 * The entities of one document on both sides, keyed by their names, and the two look-ups every
 * aspect of the score needs: an extracted entity by id, a gold entity by one of its names.
 */
import type { DocumentExtraction, ExtractedEntity } from "../model/extraction.js";
import type { GoldEntity, GoldFile } from "../model/gold.js";
import { keysOfName, nameKeys, shareAName, type NameKeys } from "./names.js";

export interface KeyedGoldEntity {
  readonly gold: GoldEntity;
  readonly keys: NameKeys;
}

export interface KeyedEntity {
  readonly extracted: ExtractedEntity;
  /** Keys of its name, aliases and every mention's text. */
  readonly keys: NameKeys;
}

export interface MatchContext {
  readonly goldEntities: readonly KeyedGoldEntity[];
  readonly extractedEntities: readonly KeyedEntity[];
  /** The extracted entity with this id (the last one listed, should an id repeat). */
  entityById(id: string): KeyedEntity | undefined;
  /** The first gold entity known under this name (its name or an alias, in any form). */
  goldEntityNamed(name: string): KeyedGoldEntity | undefined;
}

export function matchContext(gold: GoldFile, extraction: DocumentExtraction): MatchContext {
  const goldEntities = gold.entities.map((entity) => ({ gold: entity, keys: nameKeys([entity.name, ...entity.aliases]) }));
  const extractedEntities = extraction.entities.map((entity) => ({
    extracted: entity,
    keys: nameKeys([entity.name, ...entity.aliases, ...entity.mentions.map((mention) => mention.text)]),
  }));
  const byId = new Map(extractedEntities.map((entity) => [entity.extracted.id, entity]));
  return {
    goldEntities,
    extractedEntities,
    entityById: (id) => byId.get(id),
    goldEntityNamed: (name) => {
      const keys = keysOfName(name);
      return goldEntities.find((entity) => shareAName(entity.keys, keys));
    },
  };
}

/** The extracted entity is the gold one: a type the gold accepts, and a name in common. */
export function isSameEntity(extracted: KeyedEntity, gold: KeyedGoldEntity): boolean {
  const typeAccepted = extracted.extracted.type === gold.gold.type || (gold.gold.altTypes ?? []).includes(extracted.extracted.type);
  return typeAccepted && shareAName(extracted.keys, gold.keys);
}

/** An extracted entity's name for reports, or the id itself when the extraction lists no such entity. */
export function entityName(context: MatchContext, id: string): string {
  return context.entityById(id)?.extracted.name ?? id;
}

/** Distinct non-empty texts of some spans, in order. */
export function evidenceTexts(spans: readonly { readonly text: string }[]): string[] {
  return [...new Set(spans.map((span) => span.text))];
}
