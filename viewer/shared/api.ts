/**
 * The viewer's HTTP API as data: what the server accepts and what it answers.
 * Shared by the server (validation of parameters, typing of answers) and the web app
 * (parsing of answers), so both sides agree on one definition.
 */
import { z } from "zod";
import { PlainValue } from "../../src/model/plain-value.js";

export { PlainValue };

/** A node drawn in the graph: an entity or an event of the knowledge graph. */
export const GraphNode = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(["Entity", "Event"]),
  /** Entity type (Person, Country, …) or event type (Meeting, Visit, …). */
  type: z.string(),
  /** Events: ISO date (full or partial), null when unknown. Entities: null. */
  date: z.string().nullable(),
  /** Events: occurred, planned or cancelled (absent or null for entities). */
  status: z.enum(["occurred", "planned", "cancelled"]).nullable().optional(),
  /** Document ids this node is mentioned in or reported in. */
  sources: z.array(z.string()),
  /** Number of distinct entities and events it is related to in the whole database (not only in the view). */
  degree: z.number().int().nonnegative(),
});
export type GraphNode = z.infer<typeof GraphNode>;

/** A fact relationship between two drawn nodes. */
export const GraphEdge = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  conflict: z.boolean(),
  sources: z.array(z.string()),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

export const GraphSlice = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
});
export type GraphSlice = z.infer<typeof GraphSlice>;

export const SearchHit = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  kind: z.enum(["Entity", "Event"]),
  /** The alias that matched when it is not the name itself. */
  matched: z.string().nullable(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;
export const SearchAnswer = z.object({ hits: z.array(SearchHit) });
export type SearchAnswer = z.infer<typeof SearchAnswer>;

/** An article, as the panel cites it. */
export const SourceDocument = z.object({
  id: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  publisher: z.string().nullable(),
  source: z.string().nullable(),
  language: z.string().nullable(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

/** A verbatim quote, with the article it comes from when the store recorded it. */
export const EvidenceQuote = z.object({
  text: z.string(),
  document: SourceDocument.nullable(),
});
export type EvidenceQuote = z.infer<typeof EvidenceQuote>;

/** One fact relationship seen from the node: direction, the other end, its evidence. */
export const NodeFact = z.object({
  type: z.string(),
  direction: z.enum(["out", "in"]),
  other: z.object({ id: z.string(), label: z.string(), type: z.string(), kind: z.enum(["Entity", "Event"]) }),
  properties: z.record(z.string(), z.string()),
  conflict: z.boolean(),
  sources: z.array(SourceDocument),
  evidence: z.array(EvidenceQuote),
});
export type NodeFact = z.infer<typeof NodeFact>;

export const NodeRole = z.object({
  title: z.string().nullable(),
  titleText: z.string().nullable(),
  of: z.object({ id: z.string(), label: z.string(), type: z.string() }),
  conflict: z.boolean(),
  sources: z.array(SourceDocument),
  evidence: z.array(EvidenceQuote),
});
export type NodeRole = z.infer<typeof NodeRole>;

export const NodeEvent = z.object({
  id: z.string(),
  type: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  endDate: z.string().nullable(),
  status: z.string().nullable(),
  /** The date first announced, when the event's date moved from it. */
  plannedDate: z.string().nullable(),
  participants: z.array(z.object({ id: z.string(), label: z.string() })),
  sources: z.array(SourceDocument),
  /** Each article's own claim about the event (REPORTED_IN), in publication order. */
  claims: z.array(z.object({ document: SourceDocument, status: z.string().nullable(), date: z.string().nullable() })),
  evidence: z.array(EvidenceQuote),
});
export type NodeEvent = z.infer<typeof NodeEvent>;

/** A recorded contradiction: the competing claims, each with the article that makes it. */
export const NodeConflict = z.object({
  id: z.string(),
  kind: z.string().nullable(),
  description: z.string().nullable(),
  claims: z.array(
    z.object({
      type: z.string(),
      summary: z.string(),
      sources: z.array(SourceDocument),
      evidence: z.array(EvidenceQuote),
    }),
  ),
  documents: z.array(SourceDocument),
});
export type NodeConflict = z.infer<typeof NodeConflict>;

export const NodeDetails = z.object({
  node: GraphNode,
  aliases: z.array(z.string()),
  wikidata: z.string().nullable(),
  /** Events only. */
  event: z.object({ title: z.string().nullable(), endDate: z.string().nullable(), status: z.string().nullable() }).nullable(),
  roles: z.array(NodeRole),
  events: z.array(NodeEvent),
  facts: z.array(NodeFact),
  mentions: z.array(z.object({ document: SourceDocument, count: z.number().nullable() })),
  conflicts: z.array(NodeConflict),
});
export type NodeDetails = z.infer<typeof NodeDetails>;

export const NeighborsAnswer = GraphSlice.extend({
  /** Neighbours of the node in the database, whatever the page. */
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
});
export type NeighborsAnswer = z.infer<typeof NeighborsAnswer>;

export const PathAnswer = GraphSlice.extend({
  /** Node ids in path order, from → to; empty when no path exists. */
  path: z.array(z.string()),
});
export type PathAnswer = z.infer<typeof PathAnswer>;

export const CypherAnswer = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), PlainValue)),
  /** The entities, events and fact relationships found anywhere in the rows, ready to draw. */
  graph: GraphSlice,
});
export type CypherAnswer = z.infer<typeof CypherAnswer>;

export const ErrorAnswer = z.object({ error: z.string() });
export type ErrorAnswer = z.infer<typeof ErrorAnswer>;

/* Parameters. Query strings arrive as strings; numbers are coerced and bounded. */

export const SearchParams = z.object({
  q: z.string().trim().min(1, "q must not be empty").max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export const NodeParams = z.object({ id: z.string().min(1).max(500) });
export const NeighborsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const PathParams = z.object({
  from: z.string().min(1).max(500),
  to: z.string().min(1).max(500),
  maxLength: z.coerce.number().int().min(1).max(12).default(8),
});
/** The most nodes the first view may ask for (`?ov=`): 50,000 draw in a few seconds (BENCHMARKS.md, viewer). */
export const MAX_OVERVIEW = 50_000;
export const OverviewParams = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_OVERVIEW).default(300),
});
export const CypherBody = z.object({
  query: z.string().trim().min(1, "query must not be empty").max(20_000),
  params: z.record(z.string(), PlainValue).default({}),
});
/** Quotes kept per fact in an export (`evidence`, the first ones): a whole number or "all"; the exporter's default when absent. */
const QuotesPerFact = z.union([z.literal("all"), z.coerce.number().int().min(0).max(1_000_000)]).optional();
export const ExportParams = z.object({
  format: z.enum(["json", "gexf"]).default("json"),
  quotes: QuotesPerFact,
  /** Comma-separated node ids of the current view or selection; the edges between them are included. */
  ids: z
    .string()
    .max(500_000)
    .transform((value) =>
      value
        .split(",")
        .map((id) => id.trim())
        .filter((id) => id.length > 0),
    )
    .pipe(z.array(z.string()).min(1, "ids must name at least one node").max(20_000)),
});
export const ExportBody = z.object({
  format: z.enum(["json", "gexf"]).default("json"),
  quotes: QuotesPerFact,
  ids: z.array(z.string().min(1)).min(1, "ids must name at least one node").max(20_000),
});

export const DocumentsAnswer = z.object({ documents: z.array(SourceDocument) });
export type DocumentsAnswer = z.infer<typeof DocumentsAnswer>;
