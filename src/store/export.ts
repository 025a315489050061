/**
 * Subgraph export, the one exporter of Entente (`entente export` and the viewer's export both call
 * it): the whole graph, a seed's ego network (`depth` hops), chosen nodes by id with the
 * relationships among them (what the viewer shows), or whatever a read-only Cypher query returns
 * (nodes, relationships, paths, anywhere in its rows), as a graphology MultiDirectedGraph, written
 * as graphology's JSON serialization (Graph.from loads it) or GEXF. The same subgraph gives the
 * same bytes, whoever asks: nodes and edges are sorted by key.
 *
 * Node keys are the nodes' `id` property (Entity, Event, Document and Conflict all have one);
 * attributes keep `label` (display name), `type`, `labels` and every property (dates, aliases, …).
 * Edge keys are "<source>|<TYPE>|<target>" (with the title for HOLDS_ROLE and CLAIMED_IN);
 * attributes keep `type`, `label` and every property (sources, evidence, asOf, conflict, …), but
 * a fact keeps at most `quotesPerFact` of its quotes (`evidence` and `evidenceSources`, the first
 * ones, DEFAULT_QUOTES_PER_FACT unless asked otherwise) and then says in `evidenceTotal` how many
 * it has: a role that a thousand articles restate is exported with every article in `sources`,
 * not with a thousand copies of the same sentence (they were three fifths of a 2-hop export).
 */
import { MultiDirectedGraph } from "graphology";
import type { Attributes } from "graphology-types";
import { isNode, isPath, isRelationship, Neo4jError, type ManagedTransaction, type Node } from "neo4j-driver";
import { EVENT_AND_PROVENANCE_TYPES } from "../model/graph-types.js";
import { readTransaction, type Neo4jConnection } from "../neo4j/connection.js";
import { CypherError } from "../neo4j/errors.js";
import { assertReadOnlyQuery } from "../neo4j/read-only-guard.js";
import { toPlain, type PlainValue } from "../neo4j/values.js";
import { DEFAULT_QUOTES_PER_FACT, type ExportOptions } from "./export-options.js";
import { luceneQuery } from "./fulltext.js";
import { ENTITY_NAMES_INDEX } from "./schema.js";

export type ExportFormat = "json" | "gexf";

/** The media type of each format, for a download. */
export const EXPORT_MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  json: "application/json; charset=utf-8",
  gexf: "application/gexf+xml; charset=utf-8",
};

/** Relationship types an ego network leaves out unless asked: every entity of a document is one MENTIONED_IN away. */
const PROVENANCE_ONLY_TYPES: readonly string[] = ["MENTIONED_IN"];

export type ExportRequest =
  | { kind: "all" }
  | { kind: "seed"; seed: string; depth: number; includeMentions?: boolean }
  | { kind: "nodes"; ids: readonly string[] }
  | { kind: "cypher"; cypher: string; params?: Record<string, unknown> };

export type ExportGraph = MultiDirectedGraph<Attributes, Attributes, Attributes>;

/** A relationship as the export reads it: the driver's Relationship, or the same fields read with its quotes bounded. */
interface ExportedRelationship {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}

export class ExportError extends Error {
  constructor(message: string) {
    super(`entente/export: ${message}`);
    this.name = "ExportError";
  }
}

export async function exportSubgraph(conn: Neo4jConnection, request: ExportRequest, options: ExportOptions = {}): Promise<ExportGraph> {
  const quotesPerFact = options.quotesPerFact ?? DEFAULT_QUOTES_PER_FACT;
  if (quotesPerFact !== "all" && !(Number.isInteger(quotesPerFact) && quotesPerFact >= 0)) {
    throw new ExportError(`quotes per fact must be a whole number or "all", not ${String(quotesPerFact)}`);
  }
  return readTransaction(conn, async (tx) => {
    const collected = new Collected(quotesPerFact === "all" ? null : quotesPerFact);
    if (request.kind === "all") {
      for (const record of (await tx.run("MATCH (n) RETURN n")).records) collected.add(record.get("n"));
      await collected.addRelationships(tx, "MATCH ()-[r]->()", {});
    } else if (request.kind === "seed") {
      await collectEgoNetwork(tx, collected, request.seed, request.depth, request.includeMentions ? [] : PROVENANCE_ONLY_TYPES);
    } else if (request.kind === "nodes") {
      const found = await tx.run(`UNWIND $ids AS wanted ${NODE_BY_ID("wanted")} RETURN n`, { ids: [...new Set(request.ids)] });
      for (const record of found.records) collected.add(record.get("n"));
      await collectRelationshipsAmong(tx, collected, [...collected.nodes.keys()], []);
    } else {
      for (const record of (await runAnalystQuery(tx, request.cypher, request.params ?? {})).records) {
        for (const key of record.keys) collected.add(record.get(key));
      }
      await collected.fetchMissingEndpoints(tx);
    }
    return collected.toGraph(request);
  });
}

/** Binds `n` to the node whose `id` is `id` (a parameter or a variable), through the uniqueness constraints' indexes. */
const NODE_BY_ID = (id: string) => `CALL (${id.startsWith("$") ? "" : id}) {
  MATCH (n:Entity {id: ${id}}) RETURN n
  UNION MATCH (n:Event {id: ${id}}) RETURN n
  UNION MATCH (n:Document {id: ${id}}) RETURN n
  UNION MATCH (n:Conflict {id: ${id}}) RETURN n
}`;

/**
 * An analyst's query: it must pass the read-only guard (src/neo4j/read-only-guard.ts: a QueryRefused
 * otherwise); a statement the server rejects is a CypherError, with Neo4j's message on one line.
 */
async function runAnalystQuery(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>) {
  await assertReadOnlyQuery(tx, cypher, params);
  try {
    return await tx.run(cypher, params);
  } catch (error) {
    if (error instanceof Neo4jError) throw CypherError.from(error);
    throw error;
  }
}

/** The node a seed names: an exact `id`, else the best full-text hit (exact name or alias first). */
async function resolveSeed(tx: ManagedTransaction, seed: string): Promise<Node | null> {
  const byId = await tx.run(`${NODE_BY_ID("$seed")} RETURN n LIMIT 1`, { seed });
  const found: unknown = byId.records[0]?.get("n");
  if (isNode(found)) return found;
  const byName = await tx.run(
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
     WITH node, score, toLower($seed) AS wanted
     RETURN node ORDER BY CASE WHEN toLower(node.name) = wanted THEN 0
                               WHEN any(alias IN node.aliases WHERE toLower(alias) = wanted) THEN 1 ELSE 2 END,
                          score DESC, node.id
     LIMIT 1`,
    { index: ENTITY_NAMES_INDEX, query: luceneQuery(seed), seed },
  );
  const hit: unknown = byName.records[0]?.get("node");
  return isNode(hit) ? hit : null;
}

async function collectEgoNetwork(
  tx: ManagedTransaction,
  collected: Collected,
  seed: string,
  depth: number,
  skip: readonly string[],
): Promise<void> {
  const start = await resolveSeed(tx, seed);
  if (start === null) throw new ExportError(`no node has the id or name '${seed}'`);
  const seen = new Set<string>([start.elementId]);
  let frontier = [start.elementId];
  for (let hop = 0; hop < depth && frontier.length > 0; hop += 1) {
    const result = await tx.run(
      `UNWIND $frontier AS elementId
       MATCH (n) WHERE elementId(n) = elementId
       MATCH (n)-[r]-(m) WHERE NOT type(r) IN $skip
       RETURN DISTINCT elementId(m) AS next`,
      { frontier, skip },
    );
    frontier = result.records.map((record) => String(record.get("next"))).filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  const ids = [...seen];
  const nodes = await tx.run("UNWIND $ids AS elementId MATCH (n) WHERE elementId(n) = elementId RETURN n", { ids });
  for (const record of nodes.records) collected.add(record.get("n"));
  await collectRelationshipsAmong(tx, collected, ids, skip);
}

/**
 * Every relationship between two of these nodes (by element id), but those of a type in `skip`.
 * Found from the side that has few: a relationship with an event, a document or a conflict at one
 * end from that end (from its start when both are; a country's thousands of PARTICIPATED_IN are
 * never walked from the country), a relationship between two entities from its start, by the
 * types only entities share (EVENT_AND_PROVENANCE_TYPES never join two entities), which Neo4j
 * reads without the others.
 */
async function collectRelationshipsAmong(
  tx: ManagedTransaction,
  collected: Collected,
  ids: readonly string[],
  skip: readonly string[],
): Promise<void> {
  await collected.addRelationships(
    tx,
    `UNWIND $ids AS elementId
     MATCH (a) WHERE elementId(a) = elementId AND NOT a:Entity
     MATCH (a)-[r]-(b) WHERE elementId(b) IN $ids AND NOT type(r) IN $skip AND (b:Entity OR startNode(r) = a)`,
    { ids, skip },
  );
  const entityTypes = (await relationshipTypes(tx)).filter((type) => !EVENT_AND_PROVENANCE_TYPES.includes(type) && !skip.includes(type));
  if (entityTypes.length === 0) return;
  await collected.addRelationships(
    tx,
    `UNWIND $ids AS elementId
     MATCH (a:Entity) WHERE elementId(a) = elementId
     MATCH (a)-[r:${entityTypes.map(cypherName).join("|")}]->(b:Entity) WHERE elementId(b) IN $ids`,
    { ids },
  );
}

/** The relationship types in use in the graph. */
async function relationshipTypes(tx: ManagedTransaction): Promise<string[]> {
  const result = await tx.run("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType");
  return result.records.map((record) => String(record.get("relationshipType")));
}

/** A name written into Cypher, back-quoted (a back quote inside doubled). */
function cypherName(name: string): string {
  return `\`${name.replaceAll("`", "``")}\``;
}

/** Nodes and relationships found in query results, by element id; `quoteLimit` null keeps every quote. */
class Collected {
  readonly nodes = new Map<string, Node>();
  readonly relationships = new Map<string, ExportedRelationship>();

  constructor(private readonly quoteLimit: number | null) {}

  /**
   * The relationships `r` that `match` binds, read with their quotes already bounded on the server
   * (the driver then decodes the kept ones only): `properties(r)` but `evidence` and
   * `evidenceSources` cut to the limit, and `evidenceTotal` where they were cut.
   */
  async addRelationships(tx: ManagedTransaction, match: string, params: Record<string, unknown>): Promise<void> {
    const result = await tx.run(
      `${match}
       RETURN elementId(r) AS elementId, type(r) AS type, elementId(startNode(r)) AS start, elementId(endNode(r)) AS end,
              CASE WHEN $quoteLimit IS NULL OR size(coalesce(r.evidence, [])) <= $quoteLimit THEN properties(r)
                   ELSE r {.*, evidence: r.evidence[0..$quoteLimit], evidenceSources: r.evidenceSources[0..$quoteLimit],
                           evidenceTotal: size(r.evidence)} END AS properties`,
      { ...params, quoteLimit: this.quoteLimit },
    );
    for (const record of result.records) {
      const properties: unknown = record.get("properties");
      if (properties === null || typeof properties !== "object") continue;
      const elementId = String(record.get("elementId"));
      this.relationships.set(elementId, {
        elementId,
        type: String(record.get("type")),
        startNodeElementId: String(record.get("start")),
        endNodeElementId: String(record.get("end")),
        // A property is never null in Neo4j: a null here is a list the projection read from a missing property.
        properties: Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null)),
      });
    }
  }

  add(value: unknown): void {
    if (isNode(value)) this.nodes.set(value.elementId, value);
    else if (isRelationship(value)) {
      const { elementId, type, startNodeElementId, endNodeElementId } = value;
      const properties = boundQuotes(value.properties, this.quoteLimit);
      this.relationships.set(elementId, { elementId, type, startNodeElementId, endNodeElementId, properties });
    } else if (isPath(value)) {
      this.add(value.start);
      for (const segment of value.segments) {
        this.add(segment.relationship);
        this.add(segment.end);
      }
    } else if (Array.isArray(value)) for (const item of value) this.add(item);
    else if (value !== null && typeof value === "object" && value.constructor === Object) {
      for (const item of Object.values(value)) this.add(item);
    }
  }

  /** A query that returns relationships alone still exports their endpoints. */
  async fetchMissingEndpoints(tx: ManagedTransaction): Promise<void> {
    const missing = new Set<string>();
    for (const rel of this.relationships.values()) {
      for (const id of [rel.startNodeElementId, rel.endNodeElementId]) if (!this.nodes.has(id)) missing.add(id);
    }
    if (missing.size === 0) return;
    const result = await tx.run("UNWIND $ids AS elementId MATCH (n) WHERE elementId(n) = elementId RETURN n", { ids: [...missing] });
    for (const record of result.records) this.add(record.get("n"));
  }

  toGraph(request: ExportRequest): ExportGraph {
    const graph: ExportGraph = new MultiDirectedGraph();
    graph.replaceAttributes(graphAttributes(request));
    const keys = new Map<string, string>();
    const nodes = [...this.nodes.values()].map((node) => ({ key: nodeKey(node), node })).sort(byKey);
    for (const { key, node } of nodes) {
      keys.set(node.elementId, key);
      graph.mergeNode(key, nodeAttributes(node));
    }
    const edges = [...this.relationships.values()]
      .map((rel) => ({ rel, source: keys.get(rel.startNodeElementId), target: keys.get(rel.endNodeElementId) }))
      .filter(
        (edge): edge is { rel: ExportedRelationship; source: string; target: string } =>
          edge.source !== undefined && edge.target !== undefined,
      )
      .map((edge) => ({ ...edge, key: edgeKey(edge.rel, edge.source, edge.target) }))
      .sort(byKey);
    for (const { rel, source, target, key } of edges) {
      graph.mergeEdgeWithKey(graph.hasEdge(key) ? `${key}#${rel.elementId}` : key, source, target, edgeAttributes(rel));
    }
    return graph;
  }
}

/** By key, in code-unit order: the same order on every machine, whatever its locale (and no collation to pay for). */
function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** GEXF's <meta> knows creator and description: the graph attributes stay within them. */
function graphAttributes(request: ExportRequest): Attributes {
  const creator = "Entente";
  if (request.kind === "seed") return { creator, description: `ego network of '${request.seed}', depth ${request.depth}` };
  if (request.kind === "cypher") return { creator, description: `result of: ${request.cypher}` };
  if (request.kind === "nodes") return { creator, description: "chosen nodes and the relationships among them" };
  return { creator, description: "the whole graph" };
}

function plainProperties(properties: Record<string, unknown>): Record<string, PlainValue> {
  const plain: Record<string, PlainValue> = {};
  for (const [name, value] of Object.entries(properties)) plain[name] = toPlain(value);
  return plain;
}

function nodeKey(node: Node): string {
  const id: unknown = node.properties.id;
  return typeof id === "string" ? id : node.elementId;
}

const KIND_LABELS = ["Document", "Conflict"];

function nodeAttributes(node: Node): Attributes {
  const properties = plainProperties(node.properties);
  const labels = [...node.labels].sort();
  const kind = KIND_LABELS.find((label) => labels.includes(label));
  const label = firstString(properties.name, properties.title, properties.description, properties.id) ?? node.elementId;
  const type = kind ?? firstString(properties.type) ?? labels[0] ?? "Node";
  return { ...properties, label, type, labels };
}

/** An analyst's query returns relationships whole: their quotes are bounded here, as the export's own queries bound them. */
function boundQuotes(properties: Record<string, unknown>, limit: number | null): Record<string, unknown> {
  const { evidence, evidenceSources } = properties;
  if (limit === null || !Array.isArray(evidence) || evidence.length <= limit) return properties;
  const bounded: Record<string, unknown> = { ...properties, evidence: evidence.slice(0, limit), evidenceTotal: evidence.length };
  if (Array.isArray(evidenceSources)) bounded.evidenceSources = evidenceSources.slice(0, limit);
  return bounded;
}

function edgeKey(rel: ExportedRelationship, source: string, target: string): string {
  const title: unknown = rel.properties.title;
  return `${source}|${rel.type}|${target}${typeof title === "string" ? `|${title}` : ""}`;
}

function edgeAttributes(rel: ExportedRelationship): Attributes {
  const properties = plainProperties(rel.properties);
  const title = firstString(properties.title);
  return { ...properties, type: rel.type, label: title ? `${rel.type} (${title})` : rel.type };
}

function firstString(...values: PlainValue[]): string | undefined {
  return values.find((value): value is string => typeof value === "string" && value.length > 0);
}

/**
 * The graph as text: graphology's JSON serialization, or GEXF 1.3 for Gephi. The GEXF writer (with its
 * XML library, a third of the export's code) is loaded only for a GEXF export.
 */
export async function serializeGraph(graph: ExportGraph, format: ExportFormat): Promise<string> {
  if (format === "json") return `${JSON.stringify(graph.export(), null, 2)}\n`;
  // A CommonJS module: its exports are the namespace's default where the loader wraps it (the bundle), or the namespace itself.
  const loaded: typeof import("graphology-gexf") & { default?: typeof import("graphology-gexf") } = await import("graphology-gexf");
  const writeGexf = loaded.default?.write ?? loaded.write;
  return writeGexf(graph, { version: "1.3", pretty: true });
}
