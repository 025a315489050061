/**
 * The extraction stage: a linked document in, the contract's DocumentExtraction out.
 * roles → agreements → event mentions → event coreference → relations → names of unnamed agreements → emit. Pure.
 */
import type { DocumentExtraction } from "../../src/model/extraction.js";
import type { LinkedDocument } from "../../src/model/mentions.js";
import { buildContext, type ExtractionKnowledge, type TemporalTools } from "./context.js";
import { defaultLexicon, type CompiledLexicon } from "./lexicon.js";
import { extractRoles } from "./roles.js";
import { findAgreements, nameUnnamedByParties } from "./agreements.js";
import { findEventMentions } from "./events.js";
import { resolveEvents } from "./coreference-of-events.js";
import { extractRelations } from "./relations.js";
import { emitExtraction } from "./emit.js";

export type { ExtractionKnowledge, TemporalTools } from "./context.js";

export interface ExtractOptions {
  /** The compiled lexicon; default: data/kb/event-triggers.json for the document's language. */
  lexicon?: CompiledLexicon;
}

export function extractFromLinked(
  linked: LinkedDocument,
  kb: ExtractionKnowledge,
  tools: TemporalTools,
  options: ExtractOptions = {},
): DocumentExtraction {
  const lexicon = options.lexicon ?? defaultLexicon(linked.document.language);
  const ctx = buildContext(linked, kb, lexicon, tools);
  const roles = extractRoles(ctx);
  const agreements = findAgreements(ctx);
  const mentions = findEventMentions(ctx, roles, agreements.mentions);
  const events = resolveEvents(ctx, mentions, roles.roles);
  const named = nameUnnamedByParties(ctx, agreements, extractRelations(ctx, roles.roles, events, agreements.mentions));
  return emitExtraction(ctx, events, named.relations, named.agreements.newEntities, named.agreements.mentions);
}

/**
 * A document in a language without a pack: the knowledge base's entities named in it and nothing
 * else. Reading roles, events and relations takes the language's cues; guessing them from another
 * language's would make facts up.
 */
export function extractKnownEntitiesOnly(linked: LinkedDocument, kb: ExtractionKnowledge, tools: TemporalTools): DocumentExtraction {
  const known = new Set(linked.entities.filter((entity) => entity.fromKb).map((entity) => entity.id));
  const kbOnly: LinkedDocument = {
    document: linked.document,
    entities: linked.entities.filter((entity) => known.has(entity.id)),
    mentions: linked.mentions.filter((mention) => known.has(mention.entityId)),
    titles: [],
  };
  const ctx = buildContext(kbOnly, kb, defaultLexicon(linked.document.language), tools);
  return emitExtraction(ctx, [], [], [], []);
}
