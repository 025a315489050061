/**
 * Analysts' ready queries over the graph model (README.md#graph-model-the-analysts-contract), run with
 * `entente query --saved <name> [--param k=v]`. All read-only. `params` holds an example value of
 * each parameter the query expects (the one docs/queries.md shows the output for).
 */

export interface SavedQuery {
  description: string;
  cypher: string;
  params?: Record<string, unknown>;
}

/** A node's display name: entities have a name, events and documents a title. */
const DISPLAY = (n: string): string => `coalesce(${n}.name, ${n}.title, ${n}.type + ' ' + coalesce(${n}.date, 'undated'), ${n}.id)`;

export const SAVED_QUERIES: Record<string, SavedQuery> = {
  "who-met-whom": {
    description:
      "pairs of participants in the same meeting, visit, call, signing or press conference, with the date and how many articles report it",
    cypher: `MATCH (a:Entity)-[:PARTICIPATED_IN]->(ev:Event)<-[:PARTICIPATED_IN]-(b:Entity)
WHERE a.name < b.name AND ev.type IN ['Meeting', 'Visit', 'Call', 'Signing', 'PressConference']
OPTIONAL MATCH (ev)-[:TOOK_PLACE_IN]->(place)
OPTIONAL MATCH (ev)-[:REPORTED_IN]->(d:Document)
RETURN a.name AS a, b.name AS b, ev.type AS event, ev.status AS status, ev.date AS date,
       collect(DISTINCT place.name) AS places, count(DISTINCT d) AS sources
ORDER BY date DESC, a, b`,
  },
  "person-roles": {
    description: "a person's offices over time ($name: name or alias), one row per source, with the conflict flag",
    cypher: `MATCH (p:Person)
WHERE toLower(p.name) = toLower($name) OR any(alias IN p.aliases WHERE toLower(alias) = toLower($name))
MATCH (p)-[r:HOLDS_ROLE]->(of:Entity)
UNWIND range(0, size(r.sources) - 1) AS i
MATCH (d:Document {id: r.sources[i]})
RETURN p.name AS person, r.title AS title, of.name AS of, r.asOf[i] AS asOf, r.conflict AS conflict,
       coalesce(d.title, d.source) AS document,
       [j IN range(0, size(r.evidence) - 1) WHERE r.evidenceSources[j] = d.id | r.evidence[j]] AS evidence
ORDER BY asOf, title`,
    params: { name: "Sanae Takaichi" },
  },
  agreements: {
    description: "agreements with their parties and signatories, and the articles that mention them",
    cypher: `MATCH (a:Agreement)
OPTIONAL MATCH (party:Entity)-[:PARTY_TO]->(a)
WITH a, collect(DISTINCT party.name) AS parties
OPTIONAL MATCH (signer:Person)-[:SIGNED]->(a)
WITH a, parties, collect(DISTINCT signer.name) AS signatories
OPTIONAL MATCH (a)-[:MENTIONED_IN]->(d:Document)
RETURN a.name AS agreement, parties, signatories, collect(coalesce(d.title, d.source)) AS mentionedIn
ORDER BY agreement`,
  },
  "country-programmes": {
    description: "the programmes each country (or organisation) takes part in, with the number of supporting articles",
    cypher: `MATCH (c:Entity)-[r:PARTICIPATES_IN]->(p:Program)
RETURN c.name AS participant, c.type AS type, p.name AS programme, size(r.sources) AS sources, r.evidence[0] AS evidence
ORDER BY programme, participant`,
  },
  "document-claims": {
    description: "everything one article claims ($doc: document id, or the end of its source path), with its own quotes",
    cypher: `MATCH (d:Document) WHERE d.id = $doc OR d.source ENDS WITH $doc
MATCH (x)-[r]->(y) WHERE d.id IN r.sources
RETURN ${DISPLAY("x")} AS subject, type(r) AS relation, r.title AS title, ${DISPLAY("y")} AS object,
       [i IN range(0, size(r.evidence) - 1) WHERE r.evidenceSources[i] = d.id | r.evidence[i]][0] AS evidence
ORDER BY relation, subject, object`,
    params: { doc: "2026-03-20-starmer-china-visit-planned.fr.txt" },
  },
  "shortest-path": {
    description: "the shortest chain of facts between two entities ($a, $b: names or ids), documents aside",
    cypher: `MATCH (x:Entity) WHERE x.id = $a OR toLower(x.name) = toLower($a)
MATCH (y:Entity) WHERE y.id = $b OR toLower(y.name) = toLower($b)
MATCH p = shortestPath((x)-[*..8]-(y))
WHERE none(n IN nodes(p) WHERE n:Document OR n:Conflict)
RETURN [n IN nodes(p) | ${DISPLAY("n")}] AS path, [r IN relationships(p) | type(r)] AS relations, length(p) AS hops`,
    params: { a: "Keir Starmer", b: "Josep Borrell" },
  },
  conflicts: {
    description:
      "conflicting claims: about whom or what (a person's office, an event's date), when, what each side claims, in which article, in its words",
    cypher: `MATCH (c:Conflict)-[:ABOUT]->(e)
MATCH (c)-[ci:CLAIMED_IN]->(d:Document)
RETURN c.kind AS kind, coalesce(e.name, e.title) AS about, c.date AS date, coalesce(ci.claim, ci.title) AS claim,
       coalesce(d.title, d.source) AS document, ci.evidence[0] AS evidence
ORDER BY about, date, claim`,
  },
  "most-mentioned": {
    description: "the entities mentioned most, in how many articles",
    cypher: `MATCH (e:Entity)-[m:MENTIONED_IN]->(d:Document)
RETURN e.name AS entity, e.type AS type, sum(m.count) AS mentions, count(d) AS documents
ORDER BY mentions DESC, entity
LIMIT 15`,
  },
  "announced-events": {
    description:
      "what happened to announced events: each event some article reported as planned, when it was first announced and for when, what it became (occurred, still planned, cancelled), and every article's claim in publication order",
    cypher: `MATCH (ev:Event)-[r:REPORTED_IN]->(d:Document)
WITH ev, r, d ORDER BY coalesce(d.published, ''), d.id
WITH ev, collect({published: d.published, status: r.status, date: r.date, document: coalesce(d.title, d.source)}) AS claims
WITH ev, claims, [claim IN claims WHERE claim.status = 'planned'] AS plans
WHERE size(plans) > 0
RETURN ev.title AS event, plans[0].published AS announced, coalesce(ev.plannedDate, plans[0].date) AS plannedFor,
       ev.status AS outcome, ev.date AS date,
       [claim IN claims | coalesce(claim.published, '?') + ': ' + claim.status + coalesce(' ' + claim.date, '') + ' — ' + claim.document] AS history
ORDER BY announced, event`,
  },
  "meetings-between": {
    description:
      "every event two entities ($a, $b: names or ids) both took part in, over time: meetings, visits, calls, signings, with status, place and number of sources",
    cypher: `MATCH (a:Entity) WHERE a.id = $a OR toLower(a.name) = toLower($a)
MATCH (b:Entity) WHERE b.id = $b OR toLower(b.name) = toLower($b)
MATCH (a)-[:PARTICIPATED_IN]->(ev:Event)<-[:PARTICIPATED_IN]-(b)
OPTIONAL MATCH (ev)-[:REPORTED_IN]->(d:Document)
RETURN ev.date AS date, ev.type AS event, ev.status AS status, ev.title AS title,
       [(ev)-[:TOOK_PLACE_IN]->(place) | place.name] AS places, count(DISTINCT d) AS sources
ORDER BY date, event`,
    params: { a: "Keir Starmer", b: "Sanae Takaichi" },
  },
  "single-source-events": {
    description: "events only one article reports (no other source confirms them), by source, with the article's claim and first quote",
    cypher: `MATCH (ev:Event)-[r:REPORTED_IN]->(d:Document)
WITH ev, collect({document: d, claim: r}) AS reports
WHERE size(reports) = 1
WITH ev, reports[0].document AS d, reports[0].claim AS r
RETURN coalesce(d.title, d.source) AS source, d.publisher AS publisher, ev.title AS event, r.status AS status, r.date AS date,
       r.evidence[0] AS evidence
ORDER BY source, date, event`,
  },
  "event-sources": {
    description: "each event with its participants and the articles that report it (which articles support this)",
    cypher: `MATCH (ev:Event)
OPTIONAL MATCH (p:Entity)-[:PARTICIPATED_IN]->(ev)
WITH ev, collect(DISTINCT p.name) AS participants
MATCH (ev)-[:REPORTED_IN]->(d:Document)
RETURN ev.title AS event, ev.status AS status, ev.date AS date, participants, collect(coalesce(d.title, d.source)) AS reportedIn
ORDER BY date, event`,
  },
};
