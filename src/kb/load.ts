/**
 * Loads the knowledge base (data/kb/*.json, see data/kb/README.md), validates every entry with
 * the zod schemas of src/model/kb.ts and checks that ids are unique and references resolve.
 * Any defect stops the load with one line naming the file, the entry and the reason.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { projectRoot } from "../config.js";
import type { EntityType } from "../model/extraction.js";
import { IsoDate } from "../model/extraction.js";
import { KbCountry, KbEntity, KbTitle } from "../model/kb.js";

export interface KnowledgeBase {
  countries: KbCountry[];
  /** Organisations, people, programmes, agreements, places (capitals included) and topics. */
  entities: KbEntity[];
  titles: KbTitle[];
  /** Every country and entity by id. */
  byId: ReadonlyMap<string, KbCountry | KbEntity>;
  titleById: ReadonlyMap<string, KbTitle>;
}

/** A defective knowledge-base file; the message is one line. */
export class KnowledgeBaseError extends Error {
  override name = "KnowledgeBaseError";
}

/** The entity files: each holds entities of one type whose ids share one prefix. */
const ENTITY_FILES: readonly { file: string; type: EntityType; prefix: string }[] = [
  { file: "organizations.json", type: "Organization", prefix: "org:" },
  { file: "people.json", type: "Person", prefix: "person:" },
  { file: "programs.json", type: "Program", prefix: "program:" },
  { file: "agreements.json", type: "Agreement", prefix: "agreement:" },
  { file: "places.json", type: "Place", prefix: "place:" },
  { file: "capitals.json", type: "Place", prefix: "place:" },
  { file: "topics.json", type: "Topic", prefix: "topic:" },
];
const COUNTRIES_FILE = "countries.json";
const TITLES_FILE = "titles.json";

/** Lower-case words and digits joined by hyphens after the prefix; countries use their ISO code. */
const ID_SHAPE = /^[a-z]+:[a-z0-9]+(-[a-z0-9]+)*$/;

export function defaultKnowledgeBaseDir(): string {
  return join(projectRoot(), "data", "kb");
}

let cached: KnowledgeBase | undefined;

/** The project's own knowledge base (data/kb), loaded once per process. */
export function defaultKnowledgeBase(): KnowledgeBase {
  cached ??= loadKnowledgeBase();
  return cached;
}

/** Reads and checks every knowledge-base file under `dir` (default: data/kb of the project). */
export function loadKnowledgeBase(dir: string = defaultKnowledgeBaseDir()): KnowledgeBase {
  const countryFile = join(dir, COUNTRIES_FILE);
  const titleFile = join(dir, TITLES_FILE);
  const files: KbFiles = {
    countryFile,
    titleFile,
    countries: readEntries(countryFile, KbCountry.strict()),
    titles: readEntries(titleFile, KbTitle.strict()),
    entityFiles: ENTITY_FILES.map((spec) => {
      const path = join(dir, spec.file);
      return { ...spec, path, entries: readEntries(path, KbEntity.strict()) };
    }),
  };

  checkIds(files);
  const entities = files.entityFiles.flatMap((spec) => spec.entries);
  const byId = new Map<string, KbCountry | KbEntity>();
  for (const c of files.countries) byId.set(c.id, c);
  for (const e of entities) byId.set(e.id, e);
  const titleById = new Map(files.titles.map((t) => [t.id, t] as const));
  const kb: KnowledgeBase = { countries: files.countries, entities, titles: files.titles, byId, titleById };
  checkReferences(files, kb);
  checkSurfaceForms(files);
  return kb;
}

/** The parsed files, each entry still tied to its file for error messages. */
interface KbFiles {
  countryFile: string;
  titleFile: string;
  countries: KbCountry[];
  titles: KbTitle[];
  entityFiles: { file: string; type: EntityType; prefix: string; path: string; entries: KbEntity[] }[];
}

/** Ids have their file's prefix and shape, and are unique across all files. */
function checkIds({ countryFile, titleFile, countries, titles, entityFiles }: KbFiles): void {
  const owner = new Map<string, string>(); // id → file that defines it
  const claim = (id: string, file: string, index: number): void => {
    const first = owner.get(id);
    if (first !== undefined) fail(file, index, id, `duplicate id, already defined in ${first}`);
    owner.set(id, file);
  };
  countries.forEach((c, i) => {
    if (c.id !== `country:${c.iso2}`) fail(countryFile, i, c.id, `id must be "country:${c.iso2}" (its iso2 code)`);
    claim(c.id, countryFile, i);
  });
  titles.forEach((t, i) => {
    if (!t.id.startsWith("title:") || !ID_SHAPE.test(t.id)) fail(titleFile, i, t.id, `id must look like "title:prime-minister"`);
    if (t.forms.length === 0) fail(titleFile, i, t.id, "a title needs at least one surface form");
    claim(t.id, titleFile, i);
  });
  for (const spec of entityFiles) {
    spec.entries.forEach((e, i) => {
      if (!e.id.startsWith(spec.prefix) || !ID_SHAPE.test(e.id)) {
        fail(spec.path, i, e.id, `id must look like "${spec.prefix}lower-case-words"`);
      }
      if (e.type !== spec.type) fail(spec.path, i, e.id, `type must be ${spec.type} in ${spec.file}, not ${e.type}`);
      claim(e.id, spec.path, i);
    });
  }
}

/** Every id an entry mentions (capital, defaultOf, country, members, offices) exists and has the right kind. */
function checkReferences({ countryFile, titleFile, countries, titles, entityFiles }: KbFiles, kb: KnowledgeBase): void {
  const isCountry = (id: string): boolean => id.startsWith("country:") && kb.byId.has(id);
  const isOrganization = (id: string): boolean => id.startsWith("org:") && kb.byId.has(id);

  countries.forEach((c, i) => {
    if (c.capital === undefined) return;
    const place = kb.byId.get(c.capital);
    if (!place || !("type" in place) || place.type !== "Place") fail(countryFile, i, c.id, `capital ${c.capital} is not a known place`);
    if (place.country !== c.id) fail(countryFile, i, c.id, `capital ${c.capital} belongs to ${place.country ?? "no country"}`);
  });
  titles.forEach((t, i) => {
    if (t.defaultOf !== undefined && !isOrganization(t.defaultOf) && !isCountry(t.defaultOf)) {
      fail(titleFile, i, t.id, `defaultOf ${t.defaultOf} is not a known organisation or country`);
    }
  });
  for (const spec of entityFiles) {
    spec.entries.forEach((e, i) => {
      if (e.country !== undefined && !isCountry(e.country)) fail(spec.path, i, e.id, `country ${e.country} is not a known country`);
      for (const m of e.members ?? []) {
        if (!isCountry(m) && !isOrganization(m)) fail(spec.path, i, e.id, `member ${m} is not a known country or organisation`);
      }
      (e.offices ?? []).forEach((o, k) => {
        if (!kb.titleById.has(o.title)) fail(spec.path, i, e.id, `offices[${k}].title ${o.title} is not a known title`);
        if (!isCountry(o.of) && !isOrganization(o.of))
          fail(spec.path, i, e.id, `offices[${k}].of ${o.of} is not a known country or organisation`);
        for (const [field, value] of [
          ["from", o.from],
          ["to", o.to],
        ] as const) {
          if (value !== undefined && !IsoDate.safeParse(value).success) {
            fail(spec.path, i, e.id, `offices[${k}].${field} "${value}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
          }
        }
        if (o.from !== undefined && o.to !== undefined && o.to < o.from) fail(spec.path, i, e.id, `offices[${k}] ends before it starts`);
      });
    });
  }
}

/** No surface form is blank. */
function checkSurfaceForms({ countryFile, titleFile, countries, titles, entityFiles }: KbFiles): void {
  countries.forEach((c, i) =>
    checkForms(countryFile, i, c.id, {
      aliases: c.aliases,
      caseSensitiveAliases: c.caseSensitiveAliases,
      demonyms: c.demonyms,
      capitals: c.capitals,
    }),
  );
  titles.forEach((t, i) => checkForms(titleFile, i, t.id, { forms: t.forms, caseSensitiveForms: t.caseSensitiveForms }));
  for (const spec of entityFiles) {
    spec.entries.forEach((e, i) =>
      checkForms(spec.path, i, e.id, {
        aliases: e.aliases,
        caseSensitiveAliases: e.caseSensitiveAliases,
        ...Object.fromEntries(Object.entries(e.languageAliases ?? {}).map(([language, forms]) => [`languageAliases.${language}`, forms])),
        metonyms: e.metonyms,
        contextualAliases: e.contextualAliases,
      }),
    );
  }
}

/** Surface forms must be text: a blank form would match everywhere or nowhere. */
function checkForms(path: string, index: number, id: string, lists: Record<string, readonly string[] | undefined>): void {
  for (const [field, forms] of Object.entries(lists)) {
    (forms ?? []).forEach((form, k) => {
      if (form.trim() === "") fail(path, index, id, `${field}[${k}] is blank`);
    });
  }
}

function readEntries<S extends z.ZodType>(path: string, schema: S): z.infer<S>[] {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KnowledgeBaseError(
      `entente/kb: ${path}: ${code === "ENOENT" ? "file is missing" : `cannot be read (${code ?? "unknown error"})`}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new KnowledgeBaseError(`entente/kb: ${path}: not valid JSON (${firstLine((error as Error).message)})`);
  }
  if (!Array.isArray(data)) throw new KnowledgeBaseError(`entente/kb: ${path}: expected a JSON array of entries`);
  return data.map((entry: unknown, index) => {
    const result = schema.safeParse(entry);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const where = issue && issue.path.length ? `${issue.path.map(String).join(".")}: ` : "";
    const id = typeof entry === "object" && entry !== null && "id" in entry ? String(entry.id) : undefined;
    return fail(path, index, id, `${where}${firstLine(issue?.message ?? "invalid entry")}`);
  });
}

function fail(path: string, index: number, id: string | undefined, reason: string): never {
  throw new KnowledgeBaseError(`entente/kb: ${path}: entry ${index}${id ? ` (${id})` : ""}: ${reason}`);
}

function firstLine(s: string): string {
  return s.split("\n")[0]?.trim() ?? s;
}
