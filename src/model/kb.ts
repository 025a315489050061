/**
 * The knowledge base's file formats (data/kb/*.json). Loaded and validated by src/kb.
 * Names in `aliases` are surface forms as they appear in text, in French and English;
 * the matcher folds case and accents itself, so list each spelling once.
 */
import { z } from "zod";
import { EntityType } from "./extraction.js";

const Wikidata = z
  .string()
  .regex(/^Q[0-9]+$/)
  .nullable()
  .optional();

/** One entry of countries.json. */
export const KbCountry = z.object({
  id: z.string(), // "country:JP" (ISO 3166-1 alpha-2)
  name: z.string(), // English common name: "Japan"
  iso2: z.string().length(2),
  iso3: z.string().length(3).optional(),
  aliases: z.array(z.string()), // "Japon", "Nippon", "JP"? (no ambiguous 2-letter codes)
  /** Demonyms: adjectives and nouns for people, every gender and number, fr and en. */
  demonyms: z.array(z.string()),
  /** Capital city names (fr and en) used metonymically for the government: "Tokyo". */
  capitals: z.array(z.string()).optional(),
  wikidata: Wikidata,
  /** Aliases that must match with their exact case ("US", "UK", "La Réunion"). */
  caseSensitiveAliases: z.array(z.string()).optional(),
  /** Demonyms that are common words in lower case, matched with their exact case ("Polish"). */
  caseSensitiveDemonyms: z.array(z.string()).optional(),
  /** The capital as a Place entity id ("place:tokyo"), whose aliases are the city's names. */
  capital: z.string().optional(),
  /** False for dependent territories (Guadeloupe, Greenland…): ambiguous names prefer sovereign states. */
  sovereign: z.boolean().optional(),
});
export type KbCountry = z.infer<typeof KbCountry>;

/** organisations.json, programmes.json, agreements.json, places.json, topics.json, people.json. */
export const KbEntity = z.object({
  id: z.string(), // "org:nato", "program:gcap", "person:sanae-takaichi", "topic:cybersecurity"
  name: z.string(), // English canonical name
  type: EntityType,
  aliases: z.array(z.string()),
  /** Aliases that must match with their exact case (acronyms such as "UE", "X"). */
  caseSensitiveAliases: z.array(z.string()).optional(),
  /**
   * Acronyms that name the entity only in articles of one language, by ISO 639-1 code, matched with
   * their exact case: French "BAD" is the African Development Bank, English "ADB" the Asian one;
   * French "CPI" is the International Criminal Court, English "CPI" a price index.
   */
  languageAliases: z.record(z.string().regex(/^[a-z]{2,3}$/), z.array(z.string())).optional(),
  wikidata: Wikidata,
  /** Country (id) the entity belongs to: a ministry, an armed force, a party, a city. */
  country: z.string().optional(),
  /** Programmes and organisations: member country or organisation ids. */
  members: z.array(z.string()).optional(),
  /** People: offices held, for disambiguation and as background knowledge (never emitted without evidence). */
  offices: z.array(z.object({ title: z.string(), of: z.string(), from: z.string().optional(), to: z.string().optional() })).optional(),
  description: z.string().optional(),
  /**
   * Names that stand for the entity's decisions by metonymy, never for the entity itself as a
   * place: "Bruxelles"/"Brussels" for the EU, "Pentagon" is an alias not a metonym.
   */
  metonyms: z.array(z.string()).optional(),
  /**
   * Generic descriptions ("futur avion de combat", "next-generation fighter") that denote the
   * entity only when the same document also names it, or names at least two of its members.
   */
  contextualAliases: z.array(z.string()).optional(),
});
export type KbEntity = z.infer<typeof KbEntity>;

/** titles.json: office titles with their surface forms. */
export const KbTitle = z.object({
  id: z.string(), // "title:prime-minister"
  title: z.string(), // English: "Prime Minister"
  /** Surface forms, fr (all genders) and en: "Premier ministre", "Première ministre", "PM". */
  forms: z.array(z.string()),
  /** Forms that are common words in another case, matched with their exact case ("PM", "Premier"). */
  caseSensitiveForms: z.array(z.string()).optional(),
  /** Whose office it is when the text does not say: "country" (default) or an organisation id. */
  defaultOf: z.string().optional(),
  /**
   * A military or police rank ("General", "Vice Admiral", "Colonel"): a grade its holder keeps wherever they
   * serve, not an office of a country: the country a story is told from (its dateline) is no evidence of its owner.
   */
  rank: z.boolean().optional(),
  /** The office is a city's or a region's ("maire de Lorient", "governor of Alexandria"): the name after it is a place. */
  ofPlace: z.boolean().optional(),
  /** The title alone names its owner ("ministre des Armées": France; "Grand-Duc": Luxembourg), where the text names it nowhere else. */
  impliesOwner: z.boolean().optional(),
  /**
   * The office takes a portfolio after it as a minister's does ("commissaire européenne à l'Élargissement",
   * "Commissioner for Trade"), which stays the office's words, not a name; a minister's always does.
   */
  takesPortfolio: z.boolean().optional(),
  /** Head of state/government, minister, diplomat, military, party, other. */
  kind: z.enum(["head-of-state", "head-of-government", "minister", "diplomat", "military", "party", "legislature", "other"]),
});
export type KbTitle = z.infer<typeof KbTitle>;
