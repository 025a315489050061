/**
 * Builds LinkedDocuments by hand for the extraction tests, from a light markup:
 *   [Keir Starmer](person:keir-starmer)                          an entity mention (type from the id prefix)
 *   [britannique](country:GB demonym)                             with its source
 *   {Première ministre japonaise}(title:prime-minister Prime_Minister head-of-government country:JP)
 *   {son homologue britannique}(title:prime-minister Prime_Minister head-of-government country:GB counterpart)
 * Paragraphs are separated by blank lines, sentences by ". "; a paragraph starting with
 * "EN SAVOIR PLUS" or "Read more" opens a teaser zone to the end; with `headline`, the first
 * paragraph is the title.
 */
import { findTemporalExpressions, sentenceTense } from "../../../ingest/dates/index.js";
import type { Sentence, Zone, ZoneKind } from "../../../src/model/document.js";
import type { EntityType, ExtractedRelation } from "../../../src/model/extraction.js";
import type { KbTitle } from "../../../src/model/kb.js";
import type { EntityMention, LinkedDocument, LinkedEntity, MentionSource, TitleMention } from "../../../src/model/mentions.js";

/** What extraction reads beside a document and the knowledge: the date finder and the tense reader. */
export const extractionTools = { findTemporalExpressions, sentenceTense };

/** "person → title of owner[ (tenure)]" for every role an extraction found, the tenure when the office is not held now. */
export function roleLines(out: { relations: readonly ExtractedRelation[] }): string[] {
  return out.relations
    .filter((r) => r.type === "HOLDS_ROLE")
    .map((r) => {
      const tenure = String(r.properties?.tenure);
      return `${r.source} → ${String(r.properties?.title)} of ${r.target}${tenure === "current" ? "" : ` (${tenure})`}`;
    });
}

/** The markup of the KB titles the tests write most: {le Premier ministre}(${PM} country:JP). */
export const PM = "title:prime-minister Prime_Minister head-of-government";
export const PRES = "title:president President head-of-state";
export const FM = "title:foreign-minister Foreign_Minister minister";
export const DEF = "title:defence-minister Defence_Minister minister";

const TYPES: Record<string, EntityType> = {
  person: "Person",
  country: "Country",
  org: "Organization",
  program: "Program",
  agreement: "Agreement",
  place: "Place",
  topic: "Topic",
};

interface Pending {
  start: number;
  end: number;
  text: string;
}

export function linkedDocument(
  markup: string,
  options: { published?: string | null; language?: string; id?: string; headline?: boolean } = {},
): LinkedDocument {
  let text = "";
  const mentions: Array<Pending & { entityId: string; source: MentionSource }> = [];
  const titles: Array<Pending & Omit<TitleMention, "start" | "end" | "text" | "sentenceIndex">> = [];
  const pattern = /\[([^\]]+)\]\(([^)]+)\)|\{([^}]+)\}\(([^)]+)\)/g;
  let last = 0;
  for (let m = pattern.exec(markup); m !== null; m = pattern.exec(markup)) {
    text += markup.slice(last, m.index);
    last = m.index + m[0].length;
    const start = text.length;
    if (m[1] !== undefined && m[2] !== undefined) {
      const [entityId, source] = m[2].split(" ") as [string, string | undefined];
      text += m[1];
      mentions.push({ start, end: text.length, text: m[1], entityId, source: (source as MentionSource | undefined) ?? "kb" });
    } else if (m[3] !== undefined && m[4] !== undefined) {
      const [titleId, english, kind, of, ...flags] = m[4].split(" ") as [string, string, KbTitle["kind"], string | undefined, ...string[]];
      text += m[3];
      titles.push({
        start,
        end: text.length,
        text: m[3],
        titleId: titleId === "-" ? null : titleId,
        title: english.replace(/_/g, " "),
        kind,
        ofEntityId: of && of !== "-" ? of : null,
        tenure: (["former", "acting", "designated"] as const).find((tenure) => flags.includes(tenure)) ?? "current",
        counterpart: flags.includes("counterpart"),
      });
    }
  }
  text += markup.slice(last);

  // Paragraphs and sentences.
  const sentences: Sentence[] = [];
  const zones: Zone[] = [];
  let zone: ZoneKind = "body";
  let paragraph = 0;
  const paragraphPattern = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let p = paragraphPattern.exec(text); p !== null; p = paragraphPattern.exec(text)) {
    if (/^(EN SAVOIR PLUS|Read more)/i.test(p[0])) zone = "teaser";
    // With `headline`, the first paragraph is the article's title.
    const kind: ZoneKind = options.headline === true && paragraph === 0 ? "title" : zone;
    zones.push({ start: p.index, end: p.index + p[0].length, kind });
    const sentencePattern = /[^.!?]+(?:[.!?]+|$)/g;
    for (let s = sentencePattern.exec(p[0]); s !== null; s = sentencePattern.exec(p[0])) {
      const lead = s[0].length - s[0].trimStart().length;
      const body = s[0].trim();
      if (!body) continue;
      const start = p.index + s.index + lead;
      sentences.push({ start, end: start + body.length, text: body, zone: kind, paragraph });
    }
    paragraph++;
  }
  const sentenceOf = (offset: number) =>
    Math.max(
      0,
      sentences.findIndex((s) => offset >= s.start && offset < s.end),
    );

  const entities = new Map<string, LinkedEntity>();
  for (const m of mentions) {
    const type = TYPES[m.entityId.slice(0, m.entityId.indexOf(":"))] ?? "Organization";
    const existing = entities.get(m.entityId);
    if (existing) {
      if (m.source !== "demonym" && !existing.aliases.includes(m.text)) existing.aliases.push(m.text);
    } else entities.set(m.entityId, { id: m.entityId, name: m.text, type, aliases: [], wikidata: null, fromKb: true });
  }
  return {
    document: {
      id: options.id ?? "doc:0123456789abcdef",
      source: "test.txt",
      text,
      title: null,
      published: options.published ?? null,
      publisher: null,
      language: options.language ?? "fr",
      zones,
      sentences,
    },
    entities: [...entities.values()],
    mentions: mentions.map((m) => ({ ...m, sentenceIndex: sentenceOf(m.start) }) satisfies EntityMention),
    titles: titles.map((t) => ({ ...t, sentenceIndex: sentenceOf(t.start) })),
  };
}

/** A small knowledge base for the tests: the titles and entities they use. */
export const testKnowledge = {
  titles: [
    {
      id: "title:prime-minister",
      title: "Prime Minister",
      forms: ["Premier ministre", "Première ministre", "Prime Minister"],
      kind: "head-of-government",
    },
    {
      id: "title:foreign-minister",
      title: "Foreign Minister",
      forms: ["ministre des Affaires étrangères", "Foreign Minister"],
      kind: "minister",
    },
    {
      id: "title:defence-minister",
      title: "Defence Minister",
      forms: ["ministre de la Défense", "Defence Minister", "defence minister"],
      kind: "minister",
    },
    {
      id: "title:high-representative",
      title: "High Representative for Foreign Affairs and Security Policy",
      forms: ["chef de la politique étrangère de l'UE", "foreign policy chief"],
      kind: "diplomat",
      defaultOf: "org:eu",
    },
    { id: "title:president", title: "President", forms: ["président", "President"], kind: "head-of-state" },
    { id: "title:party-leader", title: "Party Leader", forms: ["leader", "chef du parti"], kind: "party" },
    { id: "title:leader-of-the-opposition", title: "Leader of the Opposition", forms: ["chef de l'opposition"], kind: "party" },
  ] satisfies KbTitle[],
  byId: new Map([
    ["country:JP", { id: "country:JP", name: "Japan", iso2: "JP", aliases: ["Japon"], demonyms: ["japonais"], capital: "place:tokyo" }],
    [
      "country:GB",
      {
        id: "country:GB",
        name: "United Kingdom",
        iso2: "GB",
        aliases: ["Royaume-Uni"],
        demonyms: ["britannique"],
        capital: "place:london",
      },
    ],
    ["country:IT", { id: "country:IT", name: "Italy", iso2: "IT", aliases: ["Italie"], demonyms: ["italien"] }],
    ["country:CN", { id: "country:CN", name: "China", iso2: "CN", aliases: ["Chine"], demonyms: ["chinois"] }],
    ["org:eu", { id: "org:eu", name: "European Union", type: "Organization" as const, aliases: ["UE"] }],
    [
      "org:italian-navy",
      { id: "org:italian-navy", name: "Italian Navy", type: "Organization" as const, aliases: [], country: "country:IT" },
    ],
    ["place:osaka", { id: "place:osaka", name: "Osaka", type: "Place" as const, aliases: [], country: "country:JP" }],
    ["place:istanbul", { id: "place:istanbul", name: "Istanbul", type: "Place" as const, aliases: [] }],
    [
      "person:xi-jinping",
      {
        id: "person:xi-jinping",
        name: "Xi Jinping",
        type: "Person" as const,
        aliases: [],
        offices: [{ title: "title:president", of: "country:CN" }],
      },
    ],
  ]),
};
