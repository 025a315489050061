/**
 * The viewer's read queries over the knowledge graph: search, a node with its facts and evidence,
 * neighbours (paged), shortest path, the overview, read-only Cypher and the subgraph for export.
 *
 * The drawn graph holds entities and events; documents and conflict records are not drawn but
 * cited (sources, evidence, conflicts). Every query runs in a READ transaction, and Neo4j values
 * (integers, temporal values, nodes) become plain JSON here, at the edge.
 */
import neo4j, { type ManagedTransaction, type Record as Neo4jRecord } from "neo4j-driver";
import { readTransaction, type GraphConnection } from "../../src/store/connection.js";
import { ENTITY_NAMES_INDEX } from "../../src/store/schema.js";
import type {
  CypherAnswer,
  EvidenceQuote,
  GraphEdge,
  GraphNode,
  GraphSlice,
  NeighborsAnswer,
  NodeConflict,
  NodeDetails,
  NodeEvent,
  NodeFact,
  NodeRole,
  PathAnswer,
  PlainValue,
  SearchHit,
  SourceDocument,
} from "../shared/api.js";

/** What the explorer needs of a connection (src/neo4j's Neo4jConnection satisfies it). */
export type ReadConnection = GraphConnection;

/** A read-only query the server refused (a write, a syntax error): Neo4j's own message. */
export class CypherRefused extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = "CypherRefused";
  }
}

/** Most rows the Cypher console returns; the rest are cut (the answer says so in `truncated`). */
export const CONSOLE_ROW_CAP = 5_000;

// Cypher fragments over fixed identifiers (never data): how a node and a relationship look to the viewer.
const IS_DRAWN = (v: string) => `(${v}:Entity OR ${v}:Event)`;
const NODE_VIEW = (v: string) => `{
  id: ${v}.id,
  label: coalesce(${v}.name, ${v}.title, coalesce(${v}.type, 'Event') + coalesce(' ' + toString(${v}.date), '')),
  kind: CASE WHEN ${v}:Entity THEN 'Entity' ELSE 'Event' END,
  type: coalesce(${v}.type, [l IN labels(${v}) WHERE NOT l IN ['Entity', 'Event']][0], 'Unknown'),
  date: CASE WHEN ${v}:Event AND ${v}.date IS NOT NULL THEN toString(${v}.date) ELSE null END,
  status: CASE WHEN ${v}:Event THEN ${v}.status ELSE null END,
  sources: [(${v})-[:MENTIONED_IN|REPORTED_IN]->(viewDoc:Document) | viewDoc.id],
  degree: COUNT { MATCH (${v})--(viewOther) WHERE ${IS_DRAWN("viewOther")} RETURN DISTINCT viewOther }
}`;
const EDGE_VIEW = (r: string) => `{
  id: elementId(${r}),
  source: startNode(${r}).id,
  target: endNode(${r}).id,
  type: type(${r}),
  conflict: coalesce(${r}.conflict, false),
  sources: coalesce(${r}.sources, [])
}`;
const DOC_VIEW = (d: string) => `{
  id: ${d}.id, title: ${d}.title, published: toString(${d}.published), publisher: ${d}.publisher,
  source: ${d}.source, language: ${d}.language
}`;
/**
 * Binds `n` to the drawn node whose id is `id` (a parameter such as `$id`, or a variable in scope),
 * looked up through the uniqueness constraints' indexes.
 */
const FIND_NODE = (id: string) => {
  const importing = id.startsWith("$") ? "" : `WITH ${id} `;
  return `CALL {
  ${importing}MATCH (n:Entity {id: ${id}}) RETURN n
  UNION
  ${importing}MATCH (n:Event {id: ${id}}) RETURN n
}`;
};

const read = readTransaction;

/* ---------- plain values ---------- */

/** Converts any value the driver returns into JSON: integers as numbers, temporal values as ISO strings. */
export function toPlainValue(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isPoint(value)) return { srid: toPlainValue(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  if (neo4j.isNode(value)) {
    return { elementId: value.elementId, labels: value.labels, properties: toPlainValue(value.properties) };
  }
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: toPlainValue(value.properties),
    };
  }
  if (neo4j.isPath(value)) {
    return {
      start: toPlainValue(value.start),
      end: toPlainValue(value.end),
      segments: value.segments.map((s) => ({
        start: toPlainValue(s.start),
        relationship: toPlainValue(s.relationship),
        end: toPlainValue(s.end),
      })),
    };
  }
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (typeof value === "object") {
    const out: { [key: string]: PlainValue } = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toPlainValue(inner);
    return out;
  }
  return String(value);
}

function plain<T>(record: Neo4jRecord, key: string): T {
  return toPlainValue(record.get(key)) as T;
}

function asStrings(value: PlainValue | undefined): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  if (typeof value === "string") return [value];
  return [];
}

function asString(value: PlainValue | undefined): string | null {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : null;
}

/* ---------- search ---------- */

/** Lucene query for autocomplete: every word must match, the last one as a prefix. */
export function autocompleteQuery(text: string): string | null {
  const words = text
    .normalize("NFC")
    .split(/[\s\p{P}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, "\\$&"));
  if (words.length === 0) return null;
  const last = words.length - 1;
  return words
    .map((w, i) => (i === last ? `(${w}* OR ${w}~)` : w))
    .map((w) => `+${w}`)
    .join(" ");
}

/** Entities whose name or an alias matches `text` (full-text index, prefix on the last word), best first. */
export async function searchEntities(conn: ReadConnection, text: string, limit = 10): Promise<SearchHit[]> {
  const lucene = autocompleteQuery(text);
  if (lucene === null) return [];
  const needle = text.trim().toLocaleLowerCase();
  return read(conn, async (tx) => {
    const result = await tx.run(
      `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node, score
       WHERE node:Entity
       RETURN node.id AS id, node.name AS name, node.type AS type, coalesce(node.aliases, []) AS aliases, score
       ORDER BY score DESC, size(node.name), node.name`,
      { index: ENTITY_NAMES_INDEX, lucene, limit: neo4j.int(limit) },
    );
    return result.records.map((record): SearchHit => {
      const name = plain<string>(record, "name");
      const aliases = asStrings(plain<PlainValue>(record, "aliases"));
      const matchesName = name.toLocaleLowerCase().includes(needle);
      const matched = matchesName ? null : (aliases.find((a) => a.toLocaleLowerCase().includes(needle)) ?? null);
      return {
        id: plain<string>(record, "id"),
        name,
        type: plain<string | null>(record, "type") ?? "Entity",
        kind: "Entity",
        matched,
        score: plain<number>(record, "score"),
      };
    });
  });
}

/** Every article in the database, newest first (for the source filter). */
export async function listDocuments(conn: ReadConnection): Promise<SourceDocument[]> {
  return read(conn, async (tx) => {
    const result = await tx.run(`MATCH (d:Document) RETURN ${DOC_VIEW("d")} AS doc ORDER BY d.published DESC, d.title, d.id LIMIT 10000`);
    return result.records.map((r) => plain<SourceDocument>(r, "doc"));
  });
}

/* ---------- graph slices ---------- */

/** The drawn nodes with these ids and every fact relationship among them (the export's subgraph). */
export async function subgraph(conn: ReadConnection, ids: readonly string[]): Promise<GraphSlice> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { nodes: [], edges: [] };
  return read(conn, (tx) => subgraphIn(tx, unique));
}

async function subgraphIn(tx: ManagedTransaction, ids: readonly string[]): Promise<GraphSlice> {
  const nodes = await tx.run(
    `UNWIND $ids AS id ${FIND_NODE("id")}
     RETURN ${NODE_VIEW("n")} AS node`,
    { ids },
  );
  const edges = await tx.run(
    `UNWIND $ids AS id ${FIND_NODE("id")}
     MATCH (n)-[r]->(m) WHERE ${IS_DRAWN("m")} AND m.id IN $ids
     RETURN ${EDGE_VIEW("r")} AS edge`,
    { ids },
  );
  return {
    nodes: nodes.records.map((r) => plain<GraphNode>(r, "node")),
    edges: edges.records.map((r) => plain<GraphEdge>(r, "edge")),
  };
}

/** The `limit` most connected entities and events with the relationships among them. */
export async function overview(conn: ReadConnection, limit: number): Promise<GraphSlice> {
  return read(conn, async (tx) => {
    const top = await tx.run(
      `MATCH (n) WHERE ${IS_DRAWN("n")}
       WITH n, COUNT { (n)--(x) WHERE ${IS_DRAWN("x")} } AS degree
       ORDER BY degree DESC, n.id
       LIMIT $limit
       RETURN n.id AS id`,
      { limit: neo4j.int(limit) },
    );
    return subgraphIn(
      tx,
      top.records.map((r) => plain<string>(r, "id")),
    );
  });
}

/** A node's neighbours, most connected first, one page at a time, with the relationships to them. */
export async function neighbors(
  conn: ReadConnection,
  id: string,
  page: { limit: number; offset: number },
): Promise<NeighborsAnswer | null> {
  return read(conn, async (tx) => {
    const result = await tx.run(
      `${FIND_NODE("$id")}
       OPTIONAL MATCH (n)-[r]-(m) WHERE ${IS_DRAWN("m")}
       WITH n, m, collect(r) AS rels
       WITH n, m, rels, CASE WHEN m IS NULL THEN -1 ELSE COUNT { (m)--(x) WHERE ${IS_DRAWN("x")} } END AS degree
       ORDER BY degree DESC, m.id
       WITH n, [item IN collect(CASE WHEN m IS NULL THEN null ELSE {m: m, rels: rels} END) WHERE item IS NOT NULL] AS ranked
       WITH n, size(ranked) AS total, ranked[$offset..($offset + $limit)] AS page
       RETURN ${NODE_VIEW("n")} AS node, total,
              [m IN [item IN page | item.m] | ${NODE_VIEW("m")}] AS others,
              [item IN page | [r IN item.rels | ${EDGE_VIEW("r")}]] AS edges`,
      { id, limit: neo4j.int(page.limit), offset: neo4j.int(page.offset) },
    );
    const record = result.records[0];
    if (!record) return null;
    return {
      nodes: [plain<GraphNode>(record, "node"), ...plain<GraphNode[]>(record, "others")],
      edges: plain<GraphEdge[][]>(record, "edges").flat(),
      total: plain<number>(record, "total"),
      offset: page.offset,
      limit: page.limit,
    };
  });
}

/** The shortest chain of fact relationships between two entities or events (ignoring direction). */
export async function shortestPath(conn: ReadConnection, from: string, to: string, maxLength = 8): Promise<PathAnswer | null> {
  return read(conn, async (tx) => {
    const ends = await tx.run(`UNWIND [$from, $to] AS wanted ${FIND_NODE("wanted")} RETURN n.id AS id`, { from, to });
    if (ends.records.length < (from === to ? 1 : 2)) return null;
    if (from === to) {
      const slice = await subgraphIn(tx, [from]);
      return { ...slice, edges: [], path: [from] };
    }
    // maxLength is a validated integer: Cypher cannot take a variable-length bound as a parameter.
    const bound = Math.max(1, Math.min(12, Math.trunc(maxLength)));
    const result = await tx.run(
      `${FIND_NODE("$from")}
       WITH n AS a
       ${FIND_NODE("$to")}
       WITH a, n AS b
       MATCH p = shortestPath((a)-[*..${bound}]-(b))
       WHERE all(x IN nodes(p) WHERE ${IS_DRAWN("x")})
       RETURN [x IN nodes(p) | ${NODE_VIEW("x")}] AS nodes, [r IN relationships(p) | ${EDGE_VIEW("r")}] AS edges`,
      { from, to },
    );
    const record = result.records[0];
    if (!record) return { nodes: [], edges: [], path: [] };
    const nodes = plain<GraphNode[]>(record, "nodes");
    return { nodes, edges: plain<GraphEdge[]>(record, "edges"), path: nodes.map((n) => n.id) };
  });
}

/* ---------- one node, with its facts and evidence ---------- */

interface RawFact {
  type: string;
  direction: "out" | "in";
  other: { id: string; label: string; type: string; kind: "Entity" | "Event" };
  props: { [key: string]: PlainValue };
}

interface RawEvent {
  event: { [key: string]: PlainValue };
  participants: { id: string; label: string }[];
  holders: { [key: string]: PlainValue }[];
  reports: { doc: string; props: { [key: string]: PlainValue } }[];
}

/** Pairs quotes with the documents they come from: index by index when both lists line up. */
export function quotesOf(
  evidence: readonly string[],
  sources: readonly string[],
  documents: ReadonlyMap<string, SourceDocument>,
): EvidenceQuote[] {
  const aligned = evidence.length === sources.length;
  const single = sources.length === 1 ? sources[0] : undefined;
  return evidence.map((text, i) => {
    const docId = aligned ? sources[i] : single;
    return { text, document: (docId !== undefined && documents.get(docId)) || null };
  });
}

/** Quotes on a fact relationship: `evidenceSources[i]` names the document of `evidence[i]` when recorded. */
function provenanceQuotes(props: { [key: string]: PlainValue }, documents: ReadonlyMap<string, SourceDocument>): EvidenceQuote[] {
  const evidence = evidenceTexts(props.evidence);
  const perQuote = asStrings(props.evidenceSources);
  return quotesOf(evidence, perQuote.length === evidence.length ? perQuote : asStrings(props.sources), documents);
}

/** Evidence on a relationship or node: a list of strings, or of `{text}` maps, or one string. */
function evidenceTexts(value: PlainValue | undefined): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) =>
      typeof item === "string" ? [item] : item && typeof item === "object" && !Array.isArray(item) ? asStrings(item.text) : [],
    );
  }
  return asStrings(value);
}

const FACT_PROPERTY_SKIP = new Set(["sources", "evidence", "evidenceSources", "conflict"]);

/** Everything the side panel shows about one node, or null when there is none with this id. */
export async function nodeDetails(conn: ReadConnection, id: string): Promise<NodeDetails | null> {
  return read(conn, async (tx) => {
    const head = await tx.run(
      `${FIND_NODE("$id")}
       RETURN ${NODE_VIEW("n")} AS node, properties(n) AS props,
         [(n)-[m:MENTIONED_IN]->(d:Document) | {doc: d.id, count: m.count}] AS mentions,
         [(n)-[r]->(o) WHERE ${IS_DRAWN("o")} | {type: type(r), direction: 'out', props: properties(r),
            other: {id: o.id, label: coalesce(o.name, o.title, o.type), type: coalesce(o.type, 'Unknown'),
                    kind: CASE WHEN o:Entity THEN 'Entity' ELSE 'Event' END}}] +
         [(o)-[r]->(n) WHERE ${IS_DRAWN("o")} | {type: type(r), direction: 'in', props: properties(r),
            other: {id: o.id, label: coalesce(o.name, o.title, o.type), type: coalesce(o.type, 'Unknown'),
                    kind: CASE WHEN o:Entity THEN 'Entity' ELSE 'Event' END}}] AS facts`,
      { id },
    );
    const record = head.records[0];
    if (!record) return null;
    const node = plain<GraphNode>(record, "node");
    const props = plain<{ [key: string]: PlainValue }>(record, "props");
    const rawMentions = plain<{ doc: string; count: number | null }[]>(record, "mentions");
    const rawFacts = plain<RawFact[]>(record, "facts");

    const eventIds = node.kind === "Event" ? [node.id] : rawFacts.filter((f) => f.other.kind === "Event").map((f) => f.other.id);
    const eventsResult = await tx.run(
      `UNWIND $ids AS wanted MATCH (ev:Event {id: wanted})
       RETURN properties(ev) AS event,
         [(p)-[:PARTICIPATED_IN]->(ev) WHERE p:Entity | {id: p.id, label: coalesce(p.name, p.id)}] AS participants,
         [(p)-[r:PARTICIPATED_IN]->(ev) | properties(r)] AS holders,
         [(ev)-[r:REPORTED_IN]->(d:Document) | {doc: d.id, props: properties(r)}] AS reports`,
      { ids: [...new Set(eventIds)] },
    );
    const rawEvents = eventsResult.records.map((r): RawEvent => ({
      event: plain(r, "event"),
      participants: plain(r, "participants"),
      holders: plain(r, "holders"),
      reports: plain(r, "reports"),
    }));

    const conflictsResult = await tx.run(
      `MATCH (c:Conflict)-[:ABOUT]->(n) WHERE n.id = $id AND ${IS_DRAWN("n")}
       RETURN properties(c) AS conflict, [(c)-[ci:CLAIMED_IN]->(d:Document) | {doc: d.id, props: properties(ci)}] AS claims`,
      { id },
    );
    const rawConflicts = conflictsResult.records.map((r) => {
      const claims = plain<{ doc: string; props: { [key: string]: PlainValue } }[]>(r, "claims");
      return { conflict: plain<{ [key: string]: PlainValue }>(r, "conflict"), claims, docs: claims.map((c) => c.doc) };
    });

    const docIds = new Set<string>(rawMentions.map((m) => m.doc));
    for (const fact of rawFacts) asStrings(fact.props.sources).forEach((d) => docIds.add(d));
    for (const ev of rawEvents) {
      asStrings(ev.event.sources).forEach((d) => docIds.add(d));
      ev.holders.forEach((h) => asStrings(h.sources).forEach((d) => docIds.add(d)));
      ev.reports.forEach((r) => docIds.add(r.doc));
    }
    rawConflicts.forEach((c) => c.docs.forEach((d) => docIds.add(d)));
    const docsResult = await tx.run(`MATCH (d:Document) WHERE d.id IN $ids RETURN ${DOC_VIEW("d")} AS doc`, { ids: [...docIds] });
    const documents = new Map<string, SourceDocument>();
    for (const r of docsResult.records) {
      const doc = plain<SourceDocument>(r, "doc");
      documents.set(doc.id, doc);
    }
    const docsOf = (ids: readonly string[]) =>
      [...new Set(ids)].map((d) => documents.get(d)).filter((d): d is SourceDocument => d !== undefined);

    const facts: NodeFact[] = rawFacts.map((fact) => {
      const sources = asStrings(fact.props.sources);
      const properties: { [key: string]: string } = {};
      for (const [key, value] of Object.entries(fact.props)) {
        if (FACT_PROPERTY_SKIP.has(key) || value === null) continue;
        properties[key] = typeof value === "string" ? value : JSON.stringify(value);
      }
      return {
        type: fact.type,
        direction: fact.direction,
        other: fact.other,
        properties,
        conflict: fact.props.conflict === true,
        sources: docsOf(sources),
        evidence: provenanceQuotes(fact.props, documents),
      };
    });

    const roles: NodeRole[] = facts
      .filter((f) => f.type === "HOLDS_ROLE" && f.direction === "out")
      .map((f) => ({
        title: f.properties.title ?? null,
        titleText: f.properties.titleText ?? null,
        of: { id: f.other.id, label: f.other.label, type: f.other.type },
        conflict: f.conflict,
        sources: f.sources,
        evidence: f.evidence,
      }));

    const events: NodeEvent[] = rawEvents
      .map((raw): NodeEvent => {
        const ev = raw.event;
        const own = asStrings(ev.sources);
        const quotes = [
          ...quotesOf(evidenceTexts(ev.evidence), own, documents),
          ...raw.reports.flatMap((r) => quotesOf(evidenceTexts(r.props.evidence), [r.doc], documents)),
          ...raw.holders.flatMap((h) => provenanceQuotes(h, documents)),
        ];
        const seen = new Set<string>();
        return {
          id: asString(ev.id) ?? "",
          type: asString(ev.type) ?? "Event",
          title: asString(ev.title),
          date: asString(ev.date),
          endDate: asString(ev.endDate),
          status: asString(ev.status),
          plannedDate: asString(ev.plannedDate),
          participants: raw.participants,
          sources: docsOf([...own, ...raw.reports.map((r) => r.doc), ...raw.holders.flatMap((h) => asStrings(h.sources))]),
          claims: raw.reports
            .map((r) => ({ document: documents.get(r.doc), status: asString(r.props.status), date: asString(r.props.date) }))
            .filter(
              (claim): claim is { document: SourceDocument; status: string | null; date: string | null } => claim.document !== undefined,
            )
            .sort(
              (a, b) =>
                (a.document.published ?? "").localeCompare(b.document.published ?? "") || a.document.id.localeCompare(b.document.id),
            ),
          evidence: quotes.filter((q) => {
            const key = `${q.document?.id ?? ""}\u0000${q.text}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          }),
        };
      })
      // Date order, undated events last.
      .sort(
        (a, b) =>
          Number(a.date === null) - Number(b.date === null) || (a.date ?? "").localeCompare(b.date ?? "") || a.id.localeCompare(b.id),
      );

    const conflicts: NodeConflict[] = rawConflicts.map(({ conflict, claims, docs }) => {
      const target = asString(conflict.target);
      const targetLabel = facts.find((f) => f.other.id === target)?.other.label ?? target;
      // One side per distinct claim (CLAIMED_IN title), with every document making it; when the
      // store recorded none, the conflicting facts stand in.
      const sides = new Map<string, { docs: string[]; evidence: EvidenceQuote[] }>();
      for (const claim of claims) {
        const summary = [
          asString(claim.props.title) ?? asString(claim.props.claim) ?? asString(conflict.kind) ?? "claim",
          targetLabel ? `of ${targetLabel}` : null,
        ]
          .filter(Boolean)
          .join(" ");
        const side = sides.get(summary) ?? { docs: [], evidence: [] };
        side.docs.push(claim.doc);
        side.evidence.push(...quotesOf(evidenceTexts(claim.props.evidence), [claim.doc], documents));
        sides.set(summary, side);
      }
      const fromDocuments = [...sides.entries()]
        .map(([summary, side]) => ({ type: "CLAIMED_IN", summary, sources: docsOf(side.docs), evidence: side.evidence }))
        .sort((a, b) => a.sources.length - b.sources.length || a.summary.localeCompare(b.summary));
      const fromFacts = facts
        .filter((f) => f.conflict)
        .map((f) => ({
          type: f.type,
          summary: [f.properties.title ?? f.properties.titleText ?? f.type, f.direction === "out" ? "→" : "←", f.other.label].join(" "),
          sources: f.sources,
          evidence: f.evidence,
        }));
      return {
        id: asString(conflict.id) ?? "",
        kind: asString(conflict.kind),
        description: asString(conflict.description),
        claims: fromDocuments.length > 0 ? fromDocuments : fromFacts,
        documents: docsOf(docs),
      };
    });

    return {
      node,
      aliases: asStrings(props.aliases),
      wikidata: asString(props.wikidata),
      event:
        node.kind === "Event" ? { title: asString(props.title), endDate: asString(props.endDate), status: asString(props.status) } : null,
      roles,
      events,
      facts,
      mentions: rawMentions
        .map((m) => ({ document: documents.get(m.doc), count: m.count }))
        .filter((m): m is { document: SourceDocument; count: number | null } => m.document !== undefined)
        .sort((a, b) => (b.document.published ?? "").localeCompare(a.document.published ?? "")),
      conflicts,
    };
  });
}

/* ---------- read-only Cypher ---------- */

/** Ids of the entities and events among the values, and element ids of the relationships. */
function collectGraphItems(value: unknown, nodes: Set<string>, relationships: Set<string>): void {
  if (neo4j.isNode(value)) {
    const id = value.properties.id;
    if (typeof id === "string" && (value.labels.includes("Entity") || value.labels.includes("Event"))) nodes.add(id);
    return;
  }
  if (neo4j.isRelationship(value)) {
    relationships.add(value.elementId);
    return;
  }
  if (neo4j.isPath(value)) {
    collectGraphItems(value.start, nodes, relationships);
    for (const segment of value.segments) {
      collectGraphItems(segment.relationship, nodes, relationships);
      collectGraphItems(segment.end, nodes, relationships);
    }
    return;
  }
  if (Array.isArray(value)) value.forEach((v) => collectGraphItems(v, nodes, relationships));
  else if (value && typeof value === "object" && !neo4j.isInt(value)) {
    Object.values(value).forEach((v) => collectGraphItems(v, nodes, relationships));
  }
}

/** The drawn nodes at either end of these relationships (by element id). */
async function relationshipEnds(tx: ManagedTransaction, elementIds: readonly string[]): Promise<string[]> {
  if (elementIds.length === 0) return [];
  const result = await tx.run(
    `UNWIND $elementIds AS wanted
     MATCH (a)-[r]->(b) WHERE elementId(r) = wanted
     RETURN [x IN [a, b] WHERE ${IS_DRAWN("x")} | x.id] AS ends`,
    { elementIds },
  );
  return result.records.flatMap((r) => plain<string[]>(r, "ends"));
}

/**
 * Runs an analyst's query in a READ transaction: Neo4j itself refuses any write.
 * Rows come back as plain JSON; the entities and events they contain come back ready to draw.
 */
export async function runReadOnlyCypher(
  conn: ReadConnection,
  query: string,
  params: { [key: string]: PlainValue },
): Promise<CypherAnswer & { truncated: boolean }> {
  try {
    return await read(conn, async (tx) => {
      const running = tx.run(query, params);
      const columns = (await running.keys()).map(String);
      const result = await running;
      const truncated = result.records.length > CONSOLE_ROW_CAP;
      const records = result.records.slice(0, CONSOLE_ROW_CAP);
      const ids = new Set<string>();
      const relationships = new Set<string>();
      const rows = records.map((record) => {
        const row: { [key: string]: PlainValue } = {};
        for (const key of record.keys) {
          const value: unknown = record.get(key);
          collectGraphItems(value, ids, relationships);
          row[String(key)] = toPlainValue(value);
        }
        return row;
      });
      for (const end of await relationshipEnds(tx, [...relationships].slice(0, 20_000))) ids.add(end);
      const graph = ids.size > 0 ? await subgraphIn(tx, [...ids].slice(0, 20_000)) : { nodes: [], edges: [] };
      return { columns, rows, graph, truncated };
    });
  } catch (error) {
    if (error instanceof neo4j.Neo4jError) throw new CypherRefused(error.message, error.code ?? null);
    throw error;
  }
}
