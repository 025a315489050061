/**
 * The parameterised Cypher the loader runs, one statement per kind of row, for many documents at
 * once: every row names its document (`row.document`), and rows come in document order, so that
 * provenance lists grow in the order a one-by-one load gives. Values always travel as parameters
 * ($rows, $ids, $document); labels and relationship types that come from data are set with Neo4j
 * 5.26's dynamic `$(…)` syntax, so no statement is ever built from a value.
 *
 * Provenance on fact relationships: `sources` (document ids, a set), `evidence` (verbatim quotes)
 * with `evidenceSources` beside it (evidenceSources[i] is the document that quoted evidence[i]); a
 * (document, quote) pair is stored once, so loading a document again changes nothing.
 */

export const MERGE_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d.ingestedAt = datetime()
SET d.extractionHash = row.extractionHash, d.source = row.source, d.title = row.title, d.published = row.published,
    d.publisher = row.publisher, d.language = row.language`;

export const MERGE_ENTITIES = `
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = []
SET e:$(row.type)
SET e.wikidata = coalesce(e.wikidata, row.wikidata),
    e.aliases = e.aliases + [alias IN row.aliases WHERE NOT alias IN e.aliases AND alias <> e.name]
SET e.aliasText = reduce(text = e.name, alias IN e.aliases | text + ' | ' + alias)
MERGE (e)-[m:MENTIONED_IN]->(d)
SET m.count = row.mentionCount`;

/**
 * Takes the write lock of the entities that events are reported about, before their events are
 * looked up: another transaction resolving events of the same participants waits until this one
 * commits, then sees its events (two ingests at once never create one event twice).
 */
export const LOCK_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.loadLock = true
REMOVE e.loadLock`;

/** Events that could be the same as the documents' reports: same type and status, a shared participant, a near year. */
export const FIND_CANDIDATE_EVENTS = `
UNWIND $probes AS probe
MATCH (x:Entity) WHERE x.id IN probe.participants
MATCH (x)-[:PARTICIPATED_IN]->(ev:Event)
WHERE ev.type = probe.type AND ev.status = probe.status
  AND ((ev.date IS NULL AND size(probe.years) = 0) OR left(ev.date, 4) IN probe.years)
WITH DISTINCT ev
MATCH (p:Entity)-[:PARTICIPATED_IN]->(ev)
RETURN ev.id AS id, ev.type AS type, ev.date AS date, ev.status AS status, collect(p.id) AS participants
ORDER BY id`;

export const MERGE_EVENTS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MERGE (ev:Event {id: row.id})
ON CREATE SET ev.type = row.type, ev.status = row.status, ev.date = row.date
SET ev:$(row.type)
SET ev.title = coalesce(ev.title, row.title),
    ev.endDate = coalesce(ev.endDate, row.endDate),
    ev.cameo = coalesce(ev.cameo, row.cameo),
    ev.date = CASE WHEN row.date IS NOT NULL AND (ev.date IS NULL OR size(row.date) > size(ev.date)) THEN row.date ELSE ev.date END
MERGE (ev)-[r:REPORTED_IN]->(d)
SET r.evidence = row.evidence`;

/** Adds row.document and its quotes to a fact relationship `r`, once. Expects `r` and `row`. */
const ADD_PROVENANCE = `
WITH r, row, row.document IN r.sources AS known,
     [quote IN row.evidence WHERE NOT any(i IN range(0, size(r.evidence) - 1)
        WHERE r.evidence[i] = quote AND r.evidenceSources[i] = row.document)] AS fresh
SET r.sources = CASE WHEN known THEN r.sources ELSE r.sources + row.document END,
    r.evidence = r.evidence + fresh,
    r.evidenceSources = r.evidenceSources + [quote IN fresh | row.document]`;

type NodeLabel = "Entity" | "Event";

/** A fact relationship of type row.type from (:fromLabel {id: row.from}) to (:toLabel {id: row.to}), per row. */
export function mergeFacts(fromLabel: NodeLabel, toLabel: NodeLabel): string {
  return `
UNWIND $rows AS row
MATCH (a:${fromLabel} {id: row.from})
MATCH (b:${toLabel} {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.sources = [], r.evidence = [], r.evidenceSources = []
SET r += row.properties
${ADD_PROVENANCE}`;
}

/** HOLDS_ROLE, one per (person, target, title); `asOf[i]` is the date `sources[i]` claims it at ('' if none). */
export const MERGE_ROLES = `
UNWIND $rows AS row
MATCH (p:Entity {id: row.person})
MATCH (t:Entity {id: row.target})
MERGE (p)-[r:HOLDS_ROLE {title: row.title}]->(t)
ON CREATE SET r.titleText = row.titleText, r.titleTexts = [], r.titleKind = row.titleKind, r.asOf = [],
              r.sources = [], r.evidence = [], r.evidenceSources = [], r.conflict = false
SET r.titleKind = CASE WHEN r.titleKind = 'other' THEN row.titleKind ELSE r.titleKind END,
    r.titleTexts = CASE WHEN row.titleText IN r.titleTexts THEN r.titleTexts ELSE r.titleTexts + row.titleText END
WITH r, row, row.document IN r.sources AS known
SET r.asOf = CASE WHEN known THEN r.asOf ELSE r.asOf + coalesce(row.asOf, '') END
${ADD_PROVENANCE}`;

/** The extraction hashes of those of $documents the graph holds: one round trip for a batch. */
export const STORED_DOCUMENTS = `
UNWIND $documents AS document
MATCH (d:Document {id: document})
RETURN d.id AS id, d.extractionHash AS extractionHash`;

/**
 * Takes back everything a document contributed, before it is written again from a new extraction:
 * its id, quotes and dates leave every fact's provenance (a fact no document supports any more is
 * deleted), its REPORTED_IN and MENTIONED_IN go, events and entities no other document backs are
 * deleted, and so are the Conflict nodes it is part of. Every fact has an endpoint the document
 * mentions, so the facts are found from its MENTIONED_IN. Returns the persons whose roles changed.
 */
export const RETRACT_DOCUMENT = `
MATCH (d:Document {id: $document})
CALL (d) {
  MATCH (d)<-[:MENTIONED_IN]-(p:Entity)-[r:HOLDS_ROLE]->()
  WHERE $document IN r.sources
  RETURN collect(DISTINCT p.id) AS persons
}
CALL (d) {
  MATCH (d)<-[:MENTIONED_IN]-(:Entity)-[r]-()
  WHERE $document IN coalesce(r.sources, [])
  WITH DISTINCT r
  WITH r, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> $document] AS keptSources,
       [i IN range(0, size(r.evidence) - 1) WHERE r.evidenceSources[i] <> $document] AS keptEvidence
  SET r.asOf = CASE WHEN r.asOf IS NULL THEN null ELSE [i IN keptSources | r.asOf[i]] END,
      r.evidence = [i IN keptEvidence | r.evidence[i]],
      r.evidenceSources = [i IN keptEvidence | r.evidenceSources[i]],
      r.sources = [i IN keptSources | r.sources[i]]
  WITH r WHERE size(r.sources) = 0
  DELETE r
}
CALL (d) {
  MATCH (c:Conflict)-[:CLAIMED_IN]->(d)
  DETACH DELETE c
}
CALL (d) {
  MATCH (ev:Event)-[rep:REPORTED_IN]->(d)
  DELETE rep
  WITH ev WHERE NOT EXISTS { (ev)-[:REPORTED_IN]->() }
  DETACH DELETE ev
}
CALL (d) {
  MATCH (e:Entity)-[m:MENTIONED_IN]->(d)
  DELETE m
  WITH e WHERE NOT EXISTS { (e)-[:MENTIONED_IN]->() }
  DETACH DELETE e
}
RETURN persons`;

export const GRAPH_COUNTS = `
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (e:Event) RETURN count(e) AS events }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relations }
CALL () { MATCH (c:Conflict) RETURN count(c) AS conflicts }
RETURN documents, entities, events, relations, conflicts`;
