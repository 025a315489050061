/**
 * The peer benchmark's scoring, without I/O: spaCy's entities turned into an extraction that
 * `entente eval`'s own scorer (src/eval) reads, and the entity scores of either system, typed (the
 * scorer as it is) or by name only (every type made one on both sides).
 */
import type { DocumentExtraction, DocumentMeta, EntityType, ExtractedEntity } from "../../src/model/extraction.js";
import type { GoldDocument } from "../../src/eval/evaluate.js";
import { evaluate } from "../../src/eval/evaluate.js";
import { nameKeys, normalizeName, shareAName, type NameKeys } from "../../src/eval/names.js";
import { isScoredEntityType } from "../../src/eval/vocabulary.js";
import type { Detection } from "../../src/eval/tally.js";
import type { KbCountry } from "../../src/model/kb.js";

/** One entity as spaCy gives it: the span's text, its label, UTF-16 offsets into the document's text. */
export interface SpacyEntity {
  readonly text: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/**
 * spaCy's French labels (WikiNER: PER, LOC, ORG, MISC) as Entente's entity types. LOC is one
 * label for countries and for cities, regions and buildings: a LOC whose name is a country's name
 * or alias in the knowledge base is a Country, any other a Place. MISC (nationalities, events,
 * works, titles, some programmes and agreements) has no counterpart; it is a Topic, which the
 * scorer neither counts against precision nor requires, as it does Entente's own Topics. The
 * name-only score counts MISC like any other label.
 */
const LABEL_TYPES: Readonly<Record<string, EntityType>> = {
  PER: "Person",
  LOC: "Place",
  ORG: "Organization",
  MISC: "Topic",
};

/** Name keys of every country of the knowledge base: its name and aliases (not its demonyms or capitals). */
export function countryKeys(countries: readonly KbCountry[]): NameKeys {
  return nameKeys(countries.flatMap((country) => [country.name, ...country.aliases, ...(country.caseSensitiveAliases ?? [])]));
}

/** The Entente type of a spaCy entity; an unknown label is a Topic (unscored). */
export function entityTypeOf(label: string, name: string, countries: NameKeys): EntityType {
  const type = LABEL_TYPES[label] ?? "Topic";
  return type === "Place" && shareAName(nameKeys([name]), countries) ? "Country" : type;
}

/**
 * A leading article or contracted one is not part of a name ("la France", "l'Union européenne",
 * "du Japon", "de la Chine", "the Philippines"): spaCy's French model often takes it into the span,
 * the gold never writes it. The span's own text stays a mention, so this only adds a name.
 */
const LEADING_ARTICLE = /^(?:(?:le|la|les|du|des|de|au|aux|the)\s+|[ld]['’]\s*)(?=\S)/iu;

export function withoutArticle(text: string): string {
  let name = text;
  for (let stripped = name.replace(LEADING_ARTICLE, ""); stripped !== name; stripped = name.replace(LEADING_ARTICLE, "")) name = stripped;
  return name;
}

/** The one type every entity gets in the name-only score: any scored type would do, both sides get the same. */
const NAME_ONLY: EntityType = "Organization";

/**
 * spaCy's entities of one document as an extraction of it (no events, no relations): one entity
 * per type and name (normalised as the scorer does), its mentions every span of that name. spaCy
 * links no mentions, so "Macron" and "Emmanuel Macron" are two entities, each right when the gold
 * knows that name. `nameOnly`: every label, MISC included, is one scored type.
 */
export function spacyExtraction(
  document: DocumentMeta,
  entities: readonly SpacyEntity[],
  countries: NameKeys,
  nameOnly = false,
): DocumentExtraction {
  const byKey = new Map<string, ExtractedEntity>();
  for (const entity of entities) {
    const name = withoutArticle(entity.text.trim());
    if (normalizeName(name) === "") continue;
    const type = nameOnly ? NAME_ONLY : entityTypeOf(entity.label, name, countries);
    const key = `${type}|${normalizeName(name)}`;
    const mention = { start: entity.start, end: entity.end, text: entity.text };
    const known = byKey.get(key);
    if (known) known.mentions.push(mention);
    else byKey.set(key, { id: `spacy:${byKey.size}`, name, type, aliases: [], mentions: [mention] });
  }
  return { document, entities: [...byKey.values()], events: [], relations: [] };
}

/** Entente's extraction for the name-only score: every scored type made one; Topics stay unscored. */
export function nameOnlyExtraction(extraction: DocumentExtraction): DocumentExtraction {
  return {
    ...extraction,
    entities: extraction.entities.map((entity) => (isScoredEntityType(entity.type) ? { ...entity, type: NAME_ONLY } : entity)),
  };
}

/** The gold for the name-only score: every entity of the one type, no other accepted (optional ones stay optional). */
export function nameOnlyGold(golds: readonly GoldDocument[]): GoldDocument[] {
  return golds.map(({ file, gold }) => ({
    file,
    gold: { ...gold, entities: gold.entities.map((entity) => ({ ...entity, type: NAME_ONLY, altTypes: [] })) },
  }));
}

export interface EntityScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Right of extracted, found of required. */
  readonly counts: Detection;
}

/** The entity scores of `entente eval` (src/eval) over these gold files: nothing but entities is looked at. */
export function entityScore(golds: readonly GoldDocument[], extraction: readonly DocumentExtraction[]): EntityScore {
  const report = evaluate(golds, extraction, new Map());
  return { precision: report.metrics.entityP, recall: report.metrics.entityR, f1: report.metrics.entityF1, counts: report.counts.entities };
}
