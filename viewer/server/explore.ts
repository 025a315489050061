/**
 * The viewer's read queries over the knowledge graph: search, a node with its facts and evidence,
 * neighbors (paged), shortest path, the overview and read-only Cypher.
 *
 * The drawn graph holds entities and events; documents and conflict records are not drawn but
 * cited (sources, evidence, conflicts). Every query runs in a READ transaction, and Neo4j values
 * become plain JSON at the edge, through the one converter (src/neo4j/values.ts).
 */
import neo4j, { type ManagedTransaction, type Record as Neo4jRecord } from "neo4j-driver";
import { readTransaction, type Neo4jConnection } from "../../src/neo4j/connection.js";
import { jsonToParam } from "../../src/neo4j/params.js";
import type { ReadCap } from "../../src/neo4j/capped-read.js";
import { runCypher } from "../../src/neo4j/run-query.js";
import { recordToPlain, toPlain } from "../../src/neo4j/values.js";
import { autocompleteQuery } from "../../src/store/fulltext.js";
import { ENTITY_NAMES_INDEX } from "../../src/store/schema.js";
import type {
  CypherAnswer,
  GraphEdge,
  GraphNode,
  GraphSlice,
  NeighborsAnswer,
  NodeDetails,
  PathAnswer,
  PlainValue,
  SearchHit,
  SourceDocument,
} from "../shared/api.js";
import { assembleNodeDetails, citedDocumentIds, NodeRecords } from "./node-details.js";

/**
 * What the Cypher console reads of a result: at most 5,000 rows and 16 MiB of values (wide rows stop
 * before the row cap); the rest is not fetched, and the answer says so in `truncated`.
 */
const CONSOLE_CAP: ReadCap = { maxRows: 5_000, maxBytes: 16 * 1024 * 1024 };

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

/** One column of a record as plain JSON, typed as the query's RETURN clause shapes it. */
function plain<T>(record: Neo4jRecord, key: string): T {
  return toPlain(record.get(key)) as T;
}

/* ---------- search ---------- */

/** Entities whose name or an alias matches `text` (full-text index, prefix on the last word), best first. */
export async function searchEntities(conn: Neo4jConnection, text: string, limit = 10): Promise<SearchHit[]> {
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
      const aliases = plain<string[]>(record, "aliases");
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
export async function listDocuments(conn: Neo4jConnection): Promise<SourceDocument[]> {
  return read(conn, async (tx) => {
    const result = await tx.run(`MATCH (d:Document) RETURN ${DOC_VIEW("d")} AS doc ORDER BY d.published DESC, d.title, d.id LIMIT 10000`);
    return result.records.map((r) => plain<SourceDocument>(r, "doc"));
  });
}

/* ---------- graph slices ---------- */

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
export async function overview(conn: Neo4jConnection, limit: number): Promise<GraphSlice> {
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
  conn: Neo4jConnection,
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
export async function shortestPath(conn: Neo4jConnection, from: string, to: string, maxLength = 8): Promise<PathAnswer | null> {
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

/** Everything the side panel shows about one node, or null when there is none with this id: fetched here, assembled in ./node-details. */
export async function nodeDetails(conn: Neo4jConnection, id: string): Promise<NodeDetails | null> {
  const records = await read(conn, (tx) => fetchNodeRecords(tx, id));
  return records === null ? null : assembleNodeDetails(records);
}

const OTHER_VIEW = (
  o: string,
) => `{id: ${o}.id, label: coalesce(${o}.name, ${o}.title, ${o}.type, ${o}.id), type: coalesce(${o}.type, 'Unknown'),
  kind: CASE WHEN ${o}:Entity THEN 'Entity' ELSE 'Event' END}`;

/** The node, its facts, its events, the conflicts about it, then the documents all of them cite. */
async function fetchNodeRecords(tx: ManagedTransaction, id: string): Promise<NodeRecords | null> {
  const head = await tx.run(
    `${FIND_NODE("$id")}
     RETURN ${NODE_VIEW("n")} AS node, properties(n) AS properties,
       [(n)-[m:MENTIONED_IN]->(d:Document) | {doc: d.id, count: m.count}] AS mentions,
       [(n)-[r]->(o) WHERE ${IS_DRAWN("o")} | {type: type(r), direction: 'out', props: properties(r), other: ${OTHER_VIEW("o")}}] +
       [(o)-[r]->(n) WHERE ${IS_DRAWN("o")} | {type: type(r), direction: 'in', props: properties(r), other: ${OTHER_VIEW("o")}}] AS facts`,
    { id },
  );
  const record = head.records[0];
  if (!record) return null;
  const node = plain<GraphNode>(record, "node");
  const facts = plain<NodeRecords["facts"]>(record, "facts");

  const eventIds = node.kind === "Event" ? [node.id] : facts.filter((fact) => fact.other.kind === "Event").map((fact) => fact.other.id);
  const events = await tx.run(
    `UNWIND $ids AS wanted MATCH (ev:Event {id: wanted})
     RETURN {
       event: properties(ev),
       participants: [(p)-[:PARTICIPATED_IN]->(ev) WHERE p:Entity | {id: p.id, label: coalesce(p.name, p.id)}],
       holders: [(p)-[r:PARTICIPATED_IN]->(ev) | properties(r)],
       reports: [(ev)-[r:REPORTED_IN]->(d:Document) | {doc: d.id, props: properties(r)}]
     } AS event`,
    { ids: [...new Set(eventIds)] },
  );
  const conflicts = await tx.run(
    `MATCH (c:Conflict)-[:ABOUT]->(n) WHERE n.id = $id AND ${IS_DRAWN("n")}
     RETURN {conflict: properties(c), claims: [(c)-[ci:CLAIMED_IN]->(d:Document) | {doc: d.id, props: properties(ci)}]} AS conflict`,
    { id },
  );
  const cited = {
    mentions: plain<NodeRecords["mentions"]>(record, "mentions"),
    facts,
    events: events.records.map((r) => plain<NodeRecords["events"][number]>(r, "event")),
    conflicts: conflicts.records.map((r) => plain<NodeRecords["conflicts"][number]>(r, "conflict")),
  };
  const documents = await tx.run(`MATCH (d:Document) WHERE d.id IN $ids RETURN ${DOC_VIEW("d")} AS doc`, { ids: citedDocumentIds(cited) });
  return NodeRecords.parse({
    node,
    properties: plain(record, "properties"),
    ...cited,
    documents: documents.records.map((r) => plain(r, "doc")),
  });
}

/* ---------- read-only Cypher ---------- */

/** Ids of the entities and events among the values, and element ids of the relationships. */
function collectGraphItems(value: unknown, nodes: Set<string>, relationships: Set<string>): void {
  if (neo4j.isNode(value)) {
    const id: unknown = value.properties.id;
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
 * Runs an analyst's query as `entente query` does (src/neo4j/run-query.ts: the read-only guard
 * checks its plan, then a READ transaction; a rejected statement is a CypherError, a refused one a
 * QueryRefused), read as a stream up to the console's cap. Rows come back as the same plain JSON as
 * `entente query --json`; the entities and events they contain come back ready to draw.
 */
export async function runReadOnlyCypher(
  conn: Neo4jConnection,
  query: string,
  params: { [key: string]: PlainValue },
): Promise<CypherAnswer & { truncated: boolean }> {
  const result = await runCypher(
    conn,
    query,
    Object.fromEntries(Object.entries(params).map(([name, value]) => [name, jsonToParam(value)])),
    "READ",
    CONSOLE_CAP,
  );
  const { truncated, records } = result;
  const ids = new Set<string>();
  const relationships = new Set<string>();
  for (const record of records) for (const key of record.keys) collectGraphItems(record.get(key), ids, relationships);
  const graph = await read(conn, async (tx) => {
    for (const end of await relationshipEnds(tx, [...relationships].slice(0, 20_000))) ids.add(end);
    return ids.size > 0 ? subgraphIn(tx, [...ids].slice(0, 20_000)) : { nodes: [], edges: [] };
  });
  return { columns: result.keys, rows: records.map(recordToPlain), graph, truncated };
}
