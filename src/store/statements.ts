/**
 * The parameterised Cypher the loader runs, one statement per kind of row, for many documents at
 * once: rows that add provenance name their document (`row.document`). Values always travel as
 * parameters ($rows, $ids, $document); labels that come from data are set with Neo4j 5.26's
 * dynamic `$(…)` syntax. A relationship type is written into its statement, one statement per type,
 * and only a name of the extraction contract's shape (UPPER_SNAKE, checked here): Neo4j 5.26 plans
 * `MERGE (a)-[r:$(row.type)]->(b)` as a scan of every relationship in the graph for each row, where a
 * written type is an expansion between the two nodes.
 *
 * Provenance on fact relationships: `sources` (document ids, a set), `evidence` (verbatim quotes)
 * with `evidenceSources` beside it (evidenceSources[i] is the document that quoted evidence[i]); a
 * (document, quote) pair is stored once, so loading a document again changes nothing. Lists are
 * kept in one order whatever order the documents came in: sources (and aliases, titleTexts)
 * sorted, quotes grouped by document in each document's own order. Loading the same documents in
 * any order, in any batches, gives the same graph.
 */

export const MERGE_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d.ingestedAt = datetime()
SET d.extractionHash = row.extractionHash, d.source = row.source, d.title = row.title, d.published = row.published,
    d.publisher = row.publisher, d.language = row.language`;

/**
 * Entities, one row per entity of the batch (entityRowsOfBatch): a node with every label its
 * documents give, the first wikidata id known, its aliases (sorted, its name left out, `aliasText`
 * the name and aliases for the full-text index, rewritten only when an alias is new), and a
 * MENTIONED_IN to each document with the count of its mentions there. An entity a whole batch
 * mentions is written once, not once per document.
 */
export const MERGE_ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = []
SET e:$(row.types)
SET e.wikidata = coalesce(e.wikidata, row.wikidata)
WITH e, row, [alias IN row.aliases WHERE NOT alias IN e.aliases AND alias <> e.name] AS added
CALL (e, added) {
  WITH e, added WHERE size(added) > 0 OR e.aliasText IS NULL
  CALL (e, added) {
    UNWIND e.aliases + added AS alias
    WITH alias ORDER BY alias
    RETURN collect(alias) AS sorted
  }
  SET e.aliases = sorted, e.aliasText = reduce(text = e.name, alias IN sorted | text + ' | ' + alias)
}
WITH e, row
UNWIND row.mentions AS mention
MATCH (d:Document {id: mention.document})
MERGE (e)-[m:MENTIONED_IN]->(d)
SET m.count = mention.count`;

/**
 * Takes the write lock of entities ($ids): the participants of the batch's reports before their
 * events are looked up, then those of every stored event the region reaches before it is
 * rewritten. Another transaction resolving events of the same participants waits until this one
 * commits, then sees its events (two ingests at once never create one event twice nor lose a report).
 */
export const LOCK_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.loadLock = true
REMOVE e.loadLock`;

/**
 * Per event, its reports as event-plan.ts reads them: one per Document it is REPORTED_IN, with the
 * claim on that REPORTED_IN and the participants, places and topics that document gives (the
 * facts whose `sources` hold it). A REPORTED_IN written before claims were kept (no `status`)
 * stands for the event's own status and dates. Also the names and types of the entities involved.
 */
const EVENT_WITH_REPORTS = `
CALL (ev) {
  MATCH (ev)-[rep:REPORTED_IN]->(d:Document)
  WITH ev, rep, d, rep.status IS NULL AS legacy
  ORDER BY d.id
  RETURN collect({
    document: d.id, published: d.published, type: ev.type,
    status: coalesce(rep.status, ev.status),
    date: CASE WHEN legacy THEN ev.date ELSE rep.date END,
    endDate: CASE WHEN legacy THEN ev.endDate ELSE rep.endDate END,
    cameo: CASE WHEN legacy THEN ev.cameo ELSE rep.cameo END,
    evidence: coalesce(rep.evidence, []),
    participants: [(p:Entity)-[r:PARTICIPATED_IN]->(ev) WHERE d.id IN r.sources | p.id],
    places: [(ev)-[r:TOOK_PLACE_IN]->(p:Entity) WHERE d.id IN r.sources | p.id],
    topics: [(ev)-[r:ABOUT]->(p:Entity) WHERE d.id IN r.sources | p.id]
  }) AS reports
}
RETURN ev.id AS id, reports,
       [(p:Entity)-[:PARTICIPATED_IN]->(ev) | {id: p.id, name: p.name, type: p.type}]
       + [(ev)-[:TOOK_PLACE_IN]->(p:Entity) | {id: p.id, name: p.name, type: p.type}] AS names
ORDER BY id`;

/**
 * Stored events that reports could join ($probes, see event-region.ts): of the probe's type, with a
 * participant of it, a reach (reachFrom..reachTo, the days its reports speak of) that meets the
 * probe's days [from, to], and a place its reports name (reachPlaces) among the probe's `places`
 * (those nesting with the report's); an event with no reach (any time, or written before reaches
 * were kept) or no reachPlaces (a report of it names no place, or it was written before they were
 * kept) is a candidate, and so is every event for a probe that names no place. Those in $exclude
 * (already read) are left out.
 *
 * And whose participants can overlap the probe's (event-identity.ts: two in common, or all of the
 * side naming fewer): a stored report shares at least two participants with a probe of two or
 * more, or names one alone. So an event found through participant x is kept for a probe naming x
 * when that probe names x alone, or the event has another participant of the probe, or one of its
 * reports names x alone. Each participant's events are read once for all the probes that name it
 * (whatever their types: a country's events are walked once a batch, not once per type), their
 * type first, the rest for those of a type asked. A superset of the events a report is compatible
 * with, small whatever the graph's size: a country's events of the probe's type are many, those
 * near in time, in a place that nests, with a partner, few.
 *
 * The CASE is `size(meeting) > 0 AND (…)` with its order kept: written as an AND, Neo4j 5.26 plans
 * the OR of subqueries first, for every event of the type, and tests the days after it (ten
 * times the events at 10,000 articles: 740,000 database hits for a batch's lookup, 330,000 this way).
 */
export const FIND_EVENTS = `
UNWIND $probes AS probe
UNWIND probe.participants AS participant
WITH participant,
     collect({type: probe.type, names: probe.participants, from: probe.from, to: probe.to, places: probe.places}) AS probed,
     collect(DISTINCT probe.type) AS types
MATCH (x:Entity {id: participant})-[took:PARTICIPATED_IN]->(ev)
WHERE ev.type IN types
WITH x, took, ev, [p IN probed WHERE p.type = ev.type
                              AND (ev.reachFrom IS NULL OR p.from IS NULL OR (ev.reachFrom <= p.to AND ev.reachTo >= p.from))
                              AND (ev.reachPlaces IS NULL OR size(p.places) = 0 OR any(place IN ev.reachPlaces WHERE place IN p.places))] AS meeting
WHERE CASE WHEN size(meeting) = 0 OR ev.id IN $exclude THEN false
      ELSE any(p IN meeting WHERE size(p.names) = 1)
           OR EXISTS { MATCH (ev)<-[:PARTICIPATED_IN]-(partner:Entity) WHERE partner <> x AND any(p IN meeting WHERE partner.id IN p.names) }
           OR any(source IN took.sources WHERE NOT EXISTS {
                MATCH (ev)<-[other:PARTICIPATED_IN]-(someone:Entity) WHERE someone <> x AND source IN other.sources }) END
WITH DISTINCT ev
${EVENT_WITH_REPORTS}`;

/** The events a document reports, with all their reports (read before the document is taken back). */
export const DOCUMENT_EVENTS = `
MATCH (ev:Event)-[:REPORTED_IN]->(:Document {id: $document})
WITH DISTINCT ev
${EVENT_WITH_REPORTS}`;

/** Deletes the stored events an event plan replaces ($rows: ids), and their date conflicts. */
export const DELETE_EVENTS = `
CALL () {
  UNWIND $rows AS id
  MATCH (c:Conflict {kind: 'date'})-[:ABOUT]->(:Event {id: id})
  DETACH DELETE c
}
CALL () {
  UNWIND $rows AS id
  MATCH (ev:Event {id: id})
  DETACH DELETE ev
}`;

/** Events written whole: their properties are the plan's (event-summary.ts), none kept from before. */
export const MERGE_EVENTS = `
UNWIND $rows AS row
MERGE (ev:Event {id: row.id})
SET ev:$(row.type)
SET ev.type = row.type, ev.title = row.title, ev.status = row.status, ev.date = row.date, ev.endDate = row.endDate,
    ev.plannedDate = row.plannedDate, ev.cameo = row.cameo, ev.reachFrom = row.reachFrom, ev.reachTo = row.reachTo,
    ev.reachPlaces = row.reachPlaces`;

/** (Event)-[:REPORTED_IN {status, date, endDate, cameo, evidence}]->(Document): each document's claim. */
export const MERGE_REPORTS = `
UNWIND $rows AS row
MATCH (ev:Event {id: row.event})
MATCH (d:Document {id: row.document})
MERGE (ev)-[r:REPORTED_IN]->(d)
SET r.status = row.status, r.date = row.date, r.endDate = row.endDate, r.cameo = row.cameo, r.evidence = row.evidence`;

/** A relationship type to write into a statement: the contract's UPPER_SNAKE names only, never any other text. */
function relationshipType(type: string): string {
  if (!/^[A-Z][A-Z_]*$/.test(type)) throw new Error(`not a relationship type: ${JSON.stringify(type)}`);
  return type;
}

/** An event's fact relationship of one type written whole, provenance lists included (the event was just written). */
export function setEventFacts(fromLabel: NodeLabel, toLabel: NodeLabel, type: string): string {
  return `
UNWIND $rows AS row
MATCH (a:${fromLabel} {id: row.from})
MATCH (b:${toLabel} {id: row.to})
MERGE (a)-[r:${relationshipType(type)}]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.evidenceSources = row.evidenceSources`;
}

/**
 * Date conflicts of the events just written: (c:Conflict {kind: 'date'})-[:ABOUT]->(ev) and one
 * CLAIMED_IN {claim, date, evidence} per document, `claim` being the day it gives.
 */
export const MERGE_DATE_CONFLICTS = `
UNWIND $rows AS row
MATCH (ev:Event {id: row.event})
MERGE (c:Conflict {id: row.id})
SET c.kind = row.kind, c.description = row.description, c.date = row.date, c.event = row.event, c.dates = row.dates
MERGE (c)-[:ABOUT]->(ev)
WITH c, row
CALL (c, row) {
  UNWIND row.claims AS claim
  MATCH (d:Document {id: claim.document})
  MERGE (c)-[ci:CLAIMED_IN {claim: claim.claim}]->(d)
  SET ci.date = claim.claim, ci.evidence = claim.evidence
}`;

/**
 * Adds the batch's contributions (row.contributions: documents sorted, each with its quotes and,
 * for a role, the date it claims) to a fact relationship `r`, in the lists' one order: `sources`
 * sorted (with `asOf` beside it for a role), `evidence` grouped by document in document order,
 * each document's quotes in the order it gave them, its id beside each in `evidenceSources`. A
 * document `r` already has keeps its place and date and adds only quotes it has not given yet.
 * Expects `r` and `row`.
 *
 * Where each document goes is counted in the stored lists (`at`: sources before it; `upTo`: quotes
 * of the documents up to it), and each list is then rebuilt once, slice by slice: a role a hundred
 * documents of a batch state is written once, not a hundred times, and nothing is sorted again.
 */
function addBatchProvenance({ asOf }: { asOf: boolean }): string {
  const rebuilt = (list: string, added: string) => `reduce(out = ${list}[..coalesce(at[0], size(${list}))], i IN range(0, size(added) - 1) |
        out + ${added} + ${list}[at[i]..coalesce(at[i + 1], size(${list}))])`;
  return `
WITH r, row
CALL (r, row) {
  WITH r, row, r.sources AS sources, r.evidence AS evidence, r.evidenceSources AS evidenceSources${asOf ? ", r.asOf AS asOf" : ""}
  WITH r, sources, evidence, evidenceSources,${asOf ? " asOf," : ""}
       [c IN row.contributions WHERE NOT c.document IN sources] AS added,
       [c IN row.contributions | {
         document: c.document,
         upTo: size([s IN evidenceSources WHERE s <= c.document]),
         fresh: CASE WHEN c.document IN sources
                THEN [quote IN c.evidence WHERE NOT quote IN evidence[size([s IN evidenceSources WHERE s < c.document])..size([s IN evidenceSources WHERE s <= c.document])]]
                ELSE c.evidence END
       }] AS quoted
  WITH r, sources, evidence, evidenceSources,${asOf ? " asOf," : ""} added, quoted, [c IN added | size([s IN sources WHERE s < c.document])] AS at
  SET r.sources = ${rebuilt("sources", "added[i].document")},${
    asOf
      ? `
      r.asOf = ${rebuilt("asOf", "coalesce(added[i].asOf, '')")},`
      : ""
  }
      r.evidence = reduce(out = evidence[..coalesce(quoted[0].upTo, size(evidence))], i IN range(0, size(quoted) - 1) |
        out + quoted[i].fresh + evidence[quoted[i].upTo..coalesce(quoted[i + 1].upTo, size(evidence))]),
      r.evidenceSources = reduce(out = evidenceSources[..coalesce(quoted[0].upTo, size(evidenceSources))], i IN range(0, size(quoted) - 1) |
        out + [quote IN quoted[i].fresh | quoted[i].document] + evidenceSources[quoted[i].upTo..coalesce(quoted[i + 1].upTo, size(evidenceSources))])
}`;
}

type NodeLabel = "Entity" | "Event";

/**
 * A fact relationship of type `type` from (:fromLabel {id: row.from}) to (:toLabel {id: row.to}),
 * one row per relationship of the batch (factRowsOfBatch).
 */
export function mergeFacts(fromLabel: NodeLabel, toLabel: NodeLabel, type: string): string {
  return `
UNWIND $rows AS row
MATCH (a:${fromLabel} {id: row.from})
MATCH (b:${toLabel} {id: row.to})
MERGE (a)-[r:${relationshipType(type)}]->(b)
ON CREATE SET r.sources = [], r.evidence = [], r.evidenceSources = []
SET r += row.properties
${addBatchProvenance({ asOf: false })}`;
}

/**
 * HOLDS_ROLE, one per (person, target, title), one row per role of the batch (roleRowsOfBatch); the title
 * of a role not held now carries its tenure (titleForTenure), so `tenure` is the same for every row;
 * `asOf[i]` is the date `sources[i]` claims it at ('' if none); `titleText` is the first of the
 * verbatim forms `titleTexts` (sorted).
 */
export const MERGE_ROLES = `
UNWIND $rows AS row
MATCH (p:Entity {id: row.person})
MATCH (t:Entity {id: row.target})
MERGE (p)-[r:HOLDS_ROLE {title: row.title}]->(t)
ON CREATE SET r.titleTexts = [], r.titleKind = row.titleKind, r.tenure = row.tenure, r.asOf = [],
              r.sources = [], r.evidence = [], r.evidenceSources = [], r.conflict = false
SET r.titleKind = CASE WHEN r.titleKind = 'other' THEN row.titleKind ELSE r.titleKind END
WITH r, row
CALL (r, row) {
  UNWIND r.titleTexts + [text IN row.titleTexts WHERE NOT text IN r.titleTexts] AS text
  WITH text ORDER BY text
  RETURN collect(text) AS titleTexts
}
SET r.titleTexts = titleTexts, r.titleText = titleTexts[0]
${addBatchProvenance({ asOf: true })}`;

/** The extraction hashes of those of $documents the graph holds: one round trip for a batch. */
export const STORED_DOCUMENTS = `
UNWIND $documents AS document
MATCH (d:Document {id: document})
RETURN d.id AS id, d.extractionHash AS extractionHash`;

/**
 * The documents of a batch, each locked before it is looked at ($documents sorted, so two batches
 * lock in the same order): a node is merged for a new one (the batch then writes it, or rolls it
 * back), so another ingest writing the same document at the same time waits for this transaction
 * and then finds it loaded. A new document comes back with no extractionHash.
 */
export const LOCK_DOCUMENTS = `
UNWIND $documents AS document
MERGE (d:Document {id: document})
SET d.loadLock = true
REMOVE d.loadLock
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
