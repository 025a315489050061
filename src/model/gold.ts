/**
 * The gold annotation format (`<article>.gold.json`): what an annotator says an article states —
 * its entities, events, roles and relations — against which `entente eval` scores an extraction.
 * docs/gold.schema.json is generated from these schemas (`npx tsx scripts/gold-schema.ts`); docs/annotating.md
 * explains how to write one. Unknown keys are refused so that a misspelt `optinal` cannot pass.
 */
import { z } from "zod";
import { EntityType, EventStatus, IsoDate } from "./extraction.js";

const Note = z.string().describe("Free text for other annotators: why, the trap, the sentence. Not scored.");
const Optional = z.boolean().describe("May be found without being required: counts for precision, never against recall.");
const Evidence = z.string().min(1).describe("The sentence of the article that states it, shown when the extractor misses it.");
/** A name used in events, roles and relations: an entity's name or one of its aliases. */
const EntityReference = z.string().min(1);

export const GoldEntity = z
  .strictObject({
    name: z.string().min(1).describe("Canonical name, in English where one exists."),
    type: EntityType,
    altTypes: z
      .array(EntityType)
      .optional()
      .describe("Other types that also count as right (a palace named for its government: Place or Organization)."),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe("Every other form the article or a reader may use: French and English names, acronyms, surname alone."),
    optional: Optional.optional(),
    note: Note.optional(),
  })
  .describe("A person, country, organisation, programme, agreement or place the article names.");
export type GoldEntity = z.infer<typeof GoldEntity>;

export const GoldEvent = z
  .strictObject({
    type: z
      .string()
      .min(1)
      .describe("Meeting, Visit or Signing are scored; any other type (Exercise, Delivery) is documentation and should be optional."),
    participants: z
      .array(EntityReference)
      .describe(
        "Who takes part, as entity names; for a Visit the visitor and the destination. Every one must be among the extraction's participants or place.",
      ),
    date: z
      .union([IsoDate, z.array(IsoDate).min(1)])
      .nullable()
      .optional()
      .describe(
        "As precise as the text allows (2026, 2026-01, 2026-01-31); a list when two readings are defensible. A more precise extracted date inside it counts as right.",
      ),
    status: EventStatus.default("occurred"),
    optional: Optional.optional(),
    note: Note.optional(),
    evidence: Evidence.optional(),
  })
  .describe("A meeting, visit or signing the article reports, announces or calls off.");
export type GoldEvent = z.infer<typeof GoldEvent>;

export const GoldRole = z
  .strictObject({
    person: EntityReference.describe("The office holder, as an entity name."),
    titles: z
      .array(z.string().min(1))
      .min(1)
      .describe("Accepted titles, French and English: the extracted title must contain one of them or be contained in one."),
    of: EntityReference.nullable()
      .optional()
      .describe("The country or organisation of the office, as an entity name; leave out when the text gives none."),
    optional: Optional.optional(),
    note: Note.optional(),
    evidence: Evidence.optional(),
  })
  .describe("An office the article gives a person.");
export type GoldRole = z.infer<typeof GoldRole>;

/** The relation types `entente eval` scores; PARTICIPATES_IN, PARTY_TO and MEMBER_OF stand in for one another. */
export const GOLD_RELATION_TYPES = ["PARTICIPATES_IN", "PARTY_TO", "MEMBER_OF", "SIGNED"] as const;
export const GoldRelationType = z.enum(GOLD_RELATION_TYPES);
export type GoldRelationType = z.infer<typeof GoldRelationType>;

export const GoldRelation = z
  .strictObject({
    type: GoldRelationType,
    source: EntityReference.describe("The member, party, participant or signatory, as an entity name."),
    target: EntityReference.describe("The organisation, agreement or programme, as an entity name."),
    optional: Optional.optional(),
    note: Note.optional(),
    evidence: Evidence.optional(),
  })
  .describe("Membership of an organisation, party to an agreement, participation in a programme, or a person's signature.");
export type GoldRelation = z.infer<typeof GoldRelation>;

export const GoldFile = z
  .strictObject({
    document: z
      .string()
      .min(1)
      .describe("The article's file name in the corpus folder, or for a .jsonl record the URL the extractor reports as its source."),
    title: z.string().min(1).optional().describe("The article's title: finds the article when neither file name nor URL does."),
    published: IsoDate.nullable().optional(),
    language: z.string().optional(),
    note: Note.optional(),
    entities: z.array(GoldEntity).default([]),
    events: z.array(GoldEvent).default([]),
    roles: z.array(GoldRole).default([]),
    relations: z.array(GoldRelation).default([]),
  })
  .describe("Gold annotations of one article, for `entente eval`.");
export type GoldFile = z.infer<typeof GoldFile>;
/** A gold file as written, before defaults are applied. */
export type GoldFileInput = z.input<typeof GoldFile>;

/** docs/gold.schema.json: the gold format as JSON Schema (draft 2020-12), for annotators' editors and other tools. */
export function goldJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(GoldFile, { io: "input", target: "draft-2020-12" });
  return { $schema: schema.$schema, title: "Entente gold annotations", ...schema };
}
