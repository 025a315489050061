/**
 * Builds the contract's DocumentExtraction from what the steps found: entities with all their
 * spans, events with their evidence sentences, relations. Drops anything that would point at
 * an entity without a mention, and any span that is not verbatim.
 */
import type { DocumentExtraction, Evidence, ExtractedEntity, ExtractedEvent, ExtractedRelation } from "../../src/model/extraction.js";
import type { LinkedEntity } from "../../src/model/mentions.js";
import { sentenceEvidence, type ExtractionContext } from "./context.js";
import type { AgreementMention } from "./agreement-mention.js";
import type { StoryEvent } from "./coreference-of-events.js";
import { overlaps, uniq } from "./spans.js";
import { homeCountry } from "./roles.js";

function verbatim(text: string, e: Evidence): boolean {
  return e.start >= 0 && e.end > e.start && e.end <= text.length && text.slice(e.start, e.end) === e.text && e.text.length > 0;
}

function buildEntities(
  ctx: ExtractionContext,
  extra: readonly LinkedEntity[],
  agreementMentions: readonly AgreementMention[],
): ExtractedEntity[] {
  const spans = new Map<string, Evidence[]>();
  const surface = new Map<string, string[]>();
  const add = (id: string, e: Evidence, asAlias: boolean) => {
    if (!verbatim(ctx.text, e)) return;
    const list = spans.get(id) ?? [];
    if (!list.some((x) => x.start === e.start && x.end === e.end)) list.push(e);
    spans.set(id, list);
    if (asAlias) surface.set(id, [...(surface.get(id) ?? []), e.text]);
  };
  for (const m of ctx.linked.mentions) {
    const insideTitle = m.source === "coreference" && ctx.linked.titles.some((t) => overlaps(t, m));
    const asAlias = m.source !== "demonym" && m.source !== "capital" && !insideTitle;
    add(m.entityId, { start: m.start, end: m.end, text: m.text }, asAlias);
  }
  // A generic noun ("le traité") is a mention of its agreement, not another name of it.
  for (const a of agreementMentions) add(a.entityId, { start: a.start, end: a.end, text: a.text }, a.generic !== true);
  const all = [...ctx.linked.entities, ...extra];
  const out: ExtractedEntity[] = [];
  for (const entity of all) {
    const mentions = (spans.get(entity.id) ?? []).sort((a, b) => a.start - b.start);
    if (mentions.length === 0) continue;
    const aliases = uniq((surface.get(entity.id) ?? []).map((s) => s.replace(/\s+/g, " ").trim())).filter((s) => s && s !== entity.name);
    out.push({ id: entity.id, name: entity.name, type: entity.type, aliases, wikidata: entity.wikidata ?? null, mentions });
  }
  return out;
}

/** A role's owner from the KB, named in the document only by the given mentions (a title's, a place's). */
function ownerEntity(
  id: string,
  entry: { name: string; wikidata?: string | null },
  type: ExtractedEntity["type"],
  mentions: ExtractedEntity["mentions"],
): ExtractedEntity {
  return { id, name: entry.name, type, aliases: [], wikidata: entry.wikidata ?? null, mentions };
}

/**
 * "La ministre des Armées, X", "le Grand-Duc Guillaume" in a story that never writes "France" or
 * "Luxembourg": an office only one country has names that country. The owner of such a role (the KB
 * title's own owner), named nowhere else in the document, is an entity mentioned by the title itself.
 */
function ownersNamedByTitles(
  ctx: ExtractionContext,
  relations: readonly ExtractedRelation[],
  entities: readonly ExtractedEntity[],
): ExtractedEntity[] {
  const have = new Set(entities.map((e) => e.id));
  const out = new Map<string, ExtractedEntity>();
  // A story told from another country ("NEW DELHI — … Defence Secretary X") uses the title for its own office.
  const home = homeCountry(ctx)?.id ?? null;
  for (const r of relations) {
    if (r.type !== "HOLDS_ROLE" || have.has(r.target)) continue;
    const entry = ctx.kb.byId.get(r.target);
    const titleText = r.properties?.titleText;
    if (!entry || typeof titleText !== "string" || titleText.length === 0) continue;
    // Only an office whose title names its owner ("ministre des Armées": France); "président", "Defence Secretary" (the
    // UK's, India's, …) name none.
    const titleId = r.properties?.titleId;
    const title = ctx.kb.titles.find((t) => t.id === titleId);
    if (title?.impliesOwner !== true || title.defaultOf !== r.target) continue;
    const type = "iso2" in entry ? "Country" : entry.type;
    if (type === "Country" && home !== null && home !== r.target) continue;
    if (type !== "Country" && type !== "Organization") continue;
    for (const e of r.evidence) {
      const at = ctx.text.indexOf(titleText, e.start);
      if (at < 0 || at + titleText.length > e.end) continue;
      const mention = { start: at, end: at + titleText.length, text: titleText };
      const entity = out.get(r.target) ?? ownerEntity(r.target, entry, type, []);
      if (!entity.mentions.some((m) => m.start === mention.start)) entity.mentions.push(mention);
      out.set(r.target, entity);
    }
  }
  return [...out.values()];
}

/**
 * "À Pristina, le ministre a visité un centre. Il s'est ensuite entretenu avec le Premier ministre, M. X" in a story that
 * never writes "Kosovo": the owner a role takes from a place (the scene's, a visit's) is an entity mentioned by that place,
 * as a capital names its government. The place named last before the role's evidence, else the first one after it.
 */
function ownersNamedByPlaces(
  ctx: ExtractionContext,
  relations: readonly ExtractedRelation[],
  entities: readonly ExtractedEntity[],
): ExtractedEntity[] {
  const have = new Set(entities.map((e) => e.id));
  const out = new Map<string, ExtractedEntity>();
  for (const r of relations) {
    if (r.type !== "HOLDS_ROLE" || have.has(r.target) || out.has(r.target)) continue;
    const country = ctx.kb.byId.get(r.target);
    const at = r.evidence[0]?.start;
    if (!country || !("iso2" in country) || at === undefined) continue;
    const places = ctx.linked.mentions.filter((m) => {
      const place = ctx.kb.byId.get(m.entityId);
      return m.source !== "demonym" && place !== undefined && !("iso2" in place) && place.type === "Place" && place.country === r.target;
    });
    const place = places.filter((m) => m.start < at).at(-1) ?? places[0];
    if (!place) continue;
    out.set(r.target, ownerEntity(r.target, country, "Country", [{ start: place.start, end: place.end, text: place.text }]));
  }
  return [...out.values()];
}

function eventTitle(e: StoryEvent, names: ReadonlyMap<string, string>): string {
  const who = [...e.people, ...e.parties].map((id) => names.get(id)).filter((n): n is string => !!n);
  const where = e.place ? names.get(e.place) : undefined;
  const label = e.status === "planned" ? `Planned ${e.type.toLowerCase()}` : e.type;
  return `${label}${who.length ? `: ${who.join(", ")}` : ""}${where ? ` (${where})` : ""}`;
}

export function emitExtraction(
  ctx: ExtractionContext,
  events: readonly StoryEvent[],
  relations: readonly ExtractedRelation[],
  agreementEntities: readonly LinkedEntity[],
  agreementMentions: readonly AgreementMention[],
): DocumentExtraction {
  const doc = ctx.linked.document;
  const entities = buildEntities(ctx, agreementEntities, agreementMentions);
  for (const owner of ownersNamedByTitles(ctx, relations, entities)) entities.push(owner);
  for (const owner of ownersNamedByPlaces(ctx, relations, entities)) entities.push(owner);
  const known = new Set(entities.map((e) => e.id));
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const docKey = doc.id.replace(/^doc:/, "");
  const outEvents: ExtractedEvent[] = [];
  for (const e of events) {
    const evidence = e.sentenceIndices.map((i) => sentenceEvidence(ctx, i)).filter((x): x is Evidence => !!x && verbatim(ctx.text, x));
    const participants = uniq([...e.people, ...e.parties]).filter((id) => known.has(id));
    if (evidence.length === 0 || participants.length === 0) continue;
    const place = e.place && known.has(e.place) ? e.place : null;
    const event: ExtractedEvent = {
      id: `event:${docKey}:${outEvents.length + 1}`,
      type: e.type,
      title: eventTitle(
        { ...e, people: participants.filter((p) => e.people.includes(p)), parties: participants.filter((p) => !e.people.includes(p)) },
        names,
      ),
      date: e.date,
      endDate: e.endDate,
      status: e.status,
      participants,
      place,
      topics: e.topics.filter((t) => known.has(t)),
      evidence,
    };
    if (e.cameo) event.cameo = e.cameo;
    outEvents.push(event);
  }
  const outRelations = relations
    .filter((r) => known.has(r.source) && known.has(r.target))
    .map((r) => ({ ...r, evidence: r.evidence.filter((x) => verbatim(ctx.text, x)) }))
    .filter((r) => r.evidence.length > 0);
  return {
    document: {
      id: doc.id,
      source: doc.source,
      title: doc.title,
      published: doc.published,
      publisher: doc.publisher,
      language: doc.language,
    },
    entities,
    events: outEvents,
    relations: outRelations,
  };
}
