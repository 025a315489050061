/**
 * The side panel's answer about one node, assembled from what the read fetched (explore.ts's
 * nodeDetails): pure functions over plain data, testable without Neo4j. The fetched records are
 * checked with zod here, where they enter; then facts, roles, events and conflicts are each built
 * by their own assembler, every quote paired with the article it comes from.
 */
import { z } from "zod";
import {
  GraphNode,
  PlainValue,
  SourceDocument,
  type EvidenceQuote,
  type NodeConflict,
  type NodeDetails,
  type NodeEvent,
  type NodeFact,
  type NodeRole,
} from "../shared/api.js";

const Properties = z.record(z.string(), PlainValue);
type Properties = z.infer<typeof Properties>;

/** A relationship between the node and another drawn node, as fetched. */
const FetchedFact = z.object({
  type: z.string(),
  direction: z.enum(["out", "in"]),
  other: z.object({ id: z.string(), label: z.string(), type: z.string(), kind: z.enum(["Entity", "Event"]) }),
  props: Properties,
});

/** An event of the node (or the node itself), with who took part and the reports of it. */
const FetchedEvent = z.object({
  event: Properties,
  participants: z.array(z.object({ id: z.string(), label: z.string() })),
  /** The PARTICIPATED_IN relationships' properties (their provenance). */
  holders: z.array(Properties),
  reports: z.array(z.object({ doc: z.string(), props: Properties })),
});

/** A Conflict record about the node, with each CLAIMED_IN relationship to a document. */
const FetchedConflict = z.object({
  conflict: Properties,
  claims: z.array(z.object({ doc: z.string(), props: Properties })),
});

/** Everything nodeDetails reads from Neo4j for one node, as plain values. */
export const NodeRecords = z.object({
  node: GraphNode,
  properties: Properties,
  mentions: z.array(z.object({ doc: z.string(), count: z.number().nullable() })),
  facts: z.array(FetchedFact),
  events: z.array(FetchedEvent),
  conflicts: z.array(FetchedConflict),
  /** Every document the rest cites (see citedDocumentIds). */
  documents: z.array(SourceDocument),
});
export type NodeRecords = z.infer<typeof NodeRecords>;
type FetchedFact = z.infer<typeof FetchedFact>;
type FetchedEvent = z.infer<typeof FetchedEvent>;
type FetchedConflict = z.infer<typeof FetchedConflict>;

type Documents = ReadonlyMap<string, SourceDocument>;

/** The whole answer: the node's own fields, then each part from its assembler. */
export function assembleNodeDetails(records: NodeRecords): NodeDetails {
  const documents = new Map(records.documents.map((doc) => [doc.id, doc]));
  const { node, properties } = records;
  const facts = assembleFacts(records.facts, documents);
  return {
    node,
    aliases: asStrings(properties.aliases),
    wikidata: asString(properties.wikidata),
    event:
      node.kind === "Event"
        ? { title: asString(properties.title), endDate: asString(properties.endDate), status: asString(properties.status) }
        : null,
    roles: assembleRoles(facts),
    events: assembleEvents(records.events, documents),
    facts,
    mentions: assembleMentions(records.mentions, documents),
    conflicts: assembleConflicts(records.conflicts, facts, documents),
  };
}

/** The ids of the documents the fetched records cite: the second step of the read fetches them. */
export function citedDocumentIds(records: Omit<NodeRecords, "documents" | "node" | "properties">): string[] {
  const ids = new Set<string>(records.mentions.map((mention) => mention.doc));
  for (const fact of records.facts) for (const doc of asStrings(fact.props.sources)) ids.add(doc);
  for (const event of records.events) {
    for (const doc of asStrings(event.event.sources)) ids.add(doc);
    for (const holder of event.holders) for (const doc of asStrings(holder.sources)) ids.add(doc);
    for (const report of event.reports) ids.add(report.doc);
  }
  for (const conflict of records.conflicts) for (const claim of conflict.claims) ids.add(claim.doc);
  return [...ids];
}

/** What a fact relationship carries besides its own properties: provenance and the conflict flag. */
const FACT_PROPERTY_SKIP = new Set(["sources", "evidence", "evidenceSources", "conflict"]);

/** Each fact with its other properties as text, its articles and its quotes. */
export function assembleFacts(fetched: readonly FetchedFact[], documents: Documents): NodeFact[] {
  return fetched.map((fact) => {
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
      sources: documentsOf(asStrings(fact.props.sources), documents),
      evidence: provenanceQuotes(fact.props, documents),
    };
  });
}

/** The offices the node holds: its outgoing HOLDS_ROLE facts. */
export function assembleRoles(facts: readonly NodeFact[]): NodeRole[] {
  return facts
    .filter((fact) => fact.type === "HOLDS_ROLE" && fact.direction === "out")
    .map((fact) => ({
      title: fact.properties.title ?? null,
      titleText: fact.properties.titleText ?? null,
      of: { id: fact.other.id, label: fact.other.label, type: fact.other.type },
      conflict: fact.conflict,
      sources: fact.sources,
      evidence: fact.evidence,
    }));
}

/**
 * Each event with its participants, every article that reports it with that article's own claim
 * (REPORTED_IN status and date, in publication order), and each quote once; by date (undated
 * last), then id.
 */
export function assembleEvents(fetched: readonly FetchedEvent[], documents: Documents): NodeEvent[] {
  return fetched
    .map((raw): NodeEvent => {
      const event = raw.event;
      const own = asStrings(event.sources);
      const quotes = [
        ...quotesOf(evidenceTexts(event.evidence), own, documents),
        ...raw.reports.flatMap((report) => quotesOf(evidenceTexts(report.props.evidence), [report.doc], documents)),
        ...raw.holders.flatMap((holder) => provenanceQuotes(holder, documents)),
      ];
      const articles = [...own, ...raw.reports.map((report) => report.doc), ...raw.holders.flatMap((holder) => asStrings(holder.sources))];
      return {
        id: asString(event.id) ?? "",
        type: asString(event.type) ?? "Event",
        title: asString(event.title),
        date: asString(event.date),
        endDate: asString(event.endDate),
        status: asString(event.status),
        plannedDate: asString(event.plannedDate),
        participants: raw.participants,
        sources: documentsOf(articles, documents),
        claims: raw.reports
          .map((report) => ({
            document: documents.get(report.doc),
            status: asString(report.props.status),
            date: asString(report.props.date),
          }))
          .filter((claim): claim is NodeEvent["claims"][number] => claim.document !== undefined)
          .sort(
            (a, b) => (a.document.published ?? "").localeCompare(b.document.published ?? "") || a.document.id.localeCompare(b.document.id),
          ),
        evidence: distinctQuotes(quotes),
      };
    })
    .sort(
      (a, b) => Number(a.date === null) - Number(b.date === null) || (a.date ?? "").localeCompare(b.date ?? "") || a.id.localeCompare(b.id),
    );
}

/**
 * Each recorded contradiction with its competing claims: one side per distinct claim (CLAIMED_IN
 * title), with every document making it, fewest documents first; when the store recorded none, the
 * node's conflicting facts stand in.
 */
export function assembleConflicts(fetched: readonly FetchedConflict[], facts: readonly NodeFact[], documents: Documents): NodeConflict[] {
  return fetched.map(({ conflict, claims }) => {
    const target = asString(conflict.target);
    const targetLabel = facts.find((fact) => fact.other.id === target)?.other.label ?? target;
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
      .map(([summary, side]) => ({ type: "CLAIMED_IN", summary, sources: documentsOf(side.docs, documents), evidence: side.evidence }))
      .sort((a, b) => a.sources.length - b.sources.length || a.summary.localeCompare(b.summary));
    const fromFacts = facts
      .filter((fact) => fact.conflict)
      .map((fact) => ({
        type: fact.type,
        summary: [
          fact.properties.title ?? fact.properties.titleText ?? fact.type,
          fact.direction === "out" ? "→" : "←",
          fact.other.label,
        ].join(" "),
        sources: fact.sources,
        evidence: fact.evidence,
      }));
    return {
      id: asString(conflict.id) ?? "",
      kind: asString(conflict.kind),
      description: asString(conflict.description),
      claims: fromDocuments.length > 0 ? fromDocuments : fromFacts,
      documents: documentsOf(
        claims.map((claim) => claim.doc),
        documents,
      ),
    };
  });
}

/** The articles that mention the node, newest first, with how often. */
function assembleMentions(mentions: NodeRecords["mentions"], documents: Documents): NodeDetails["mentions"] {
  return mentions
    .map((mention) => ({ document: documents.get(mention.doc), count: mention.count }))
    .filter((mention): mention is { document: SourceDocument; count: number | null } => mention.document !== undefined)
    .sort((a, b) => (b.document.published ?? "").localeCompare(a.document.published ?? ""));
}

/** Pairs quotes with the documents they come from: index by index when both lists line up. */
export function quotesOf(evidence: readonly string[], sources: readonly string[], documents: Documents): EvidenceQuote[] {
  const aligned = evidence.length === sources.length;
  const single = sources.length === 1 ? sources[0] : undefined;
  return evidence.map((text, i) => {
    const docId = aligned ? sources[i] : single;
    return { text, document: (docId !== undefined && documents.get(docId)) || null };
  });
}

/** Quotes on a fact relationship: `evidenceSources[i]` names the document of `evidence[i]` when recorded. */
function provenanceQuotes(props: Properties, documents: Documents): EvidenceQuote[] {
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

/** Each (document, text) quote once, in first-seen order. */
function distinctQuotes(quotes: readonly EvidenceQuote[]): EvidenceQuote[] {
  const seen = new Set<string>();
  return quotes.filter((quote) => {
    const key = `${quote.document?.id ?? ""}\u0000${quote.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The known documents among these ids, each once, in first-seen order. */
function documentsOf(ids: readonly string[], documents: Documents): SourceDocument[] {
  return [...new Set(ids)].map((id) => documents.get(id)).filter((doc): doc is SourceDocument => doc !== undefined);
}

function asStrings(value: PlainValue | undefined): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  if (typeof value === "string") return [value];
  return [];
}

function asString(value: PlainValue | undefined): string | null {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : null;
}
