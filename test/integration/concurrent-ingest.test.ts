/**
 * Two `entente ingest` at once on overlapping inputs end with the graph one run gives: no event
 * created twice (the reports of one meeting differ in participants and precision, so only identity
 * resolution, not the id alone, ties them together), no document or provenance lost.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Neo4jConnection } from "../../src/neo4j/connection.js";
import { recordToPlain, type PlainValue } from "../../src/neo4j/values.js";
import { clearDatabase, connectTestNeo4j } from "../support/neo4j.js";
import { runEntente } from "../support/cli.js";

let conn: Neo4jConnection;
let dir = "";
const files: string[] = [];

/**
 * Our own articles: one meeting told eight ways (participants and date precision vary; every two
 * reports share two participants, or one names all the other's: the identity rules' overlap), and a
 * signing told twice.
 */
const ARTICLES = [
  "Publié le 1 février 2026\n\nLa Première ministre japonaise Sanae Takaichi a rencontré samedi à Londres le Premier ministre britannique Keir Starmer.",
  "Published February 2, 2026\n\nJapanese Prime Minister Sanae Takaichi met British Prime Minister Keir Starmer and French President Emmanuel Macron in London on January 31.",
  "Publié le 3 février 2026\n\nSanae Takaichi et Keir Starmer se sont rencontrés le 31 janvier à Londres, en présence d'Emmanuel Macron.",
  "Published February 4, 2026\n\nBritish Prime Minister Keir Starmer met Japanese Prime Minister Sanae Takaichi in London on Saturday, January 31.",
  "Publié le 5 février 2026\n\nLe président français Emmanuel Macron a rencontré le 31 janvier à Londres la Première ministre japonaise Sanae Takaichi et Keir Starmer.",
  "Published February 6, 2026\n\nPrime Minister Keir Starmer met Prime Minister Sanae Takaichi in London on January 31, 2026, officials said.",
  "Publié le 7 février 2026\n\nKeir Starmer a rencontré Sanae Takaichi le 31 janvier dernier à Londres.",
  "Published February 8, 2026\n\nEmmanuel Macron met Keir Starmer in London on January 31, together with Sanae Takaichi.",
  "Publié le 10 mars 2026\n\nLe ministre des Armées français et son homologue italien ont signé lundi à Rome un accord de coopération. Emmanuel Macron a salué la signature.",
  "Published March 11, 2026\n\nFrench President Emmanuel Macron welcomed the defence agreement signed in Rome on Monday, March 9.",
];

beforeAll(async () => {
  conn = await connectTestNeo4j();
  dir = await mkdtemp(join(tmpdir(), "entente-concurrent-"));
  for (const [i, text] of ARTICLES.entries()) {
    const file = join(dir, `${String(i).padStart(2, "0")}.txt`);
    await writeFile(file, text);
    files.push(file);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await conn.close();
});

async function rows(cypher: string): Promise<Array<Record<string, PlainValue>>> {
  const result = await conn.driver.executeQuery(cypher, {}, { database: conn.database });
  return result.records.map(recordToPlain);
}

/**
 * The graph up to what depends on arrival order by design: an event is known by its type, status,
 * date, participants and reporting documents (its id comes from whichever report came first), lists
 * are compared as sets, and `ingestedAt`, titles and the order of quotes are left out.
 */
async function graph(): Promise<{ events: string[]; facts: string[]; entities: string[]; documents: string[] }> {
  const events = await rows(
    `MATCH (ev:Event)
     RETURN ev.type AS type, ev.status AS status, ev.date AS date,
            [(p)-[:PARTICIPATED_IN]->(ev) | p.id] AS participants, [(ev)-[:REPORTED_IN]->(d) | d.id] AS documents`,
  );
  const eventKey = (row: Record<string, PlainValue>) =>
    JSON.stringify([row.type, row.status, row.date, [...(row.participants as string[])].sort(), [...(row.documents as string[])].sort()]);
  const facts = await rows(
    `MATCH (a)-[r]->(b) WHERE r.sources IS NOT NULL
     RETURN coalesce(a.id, '') AS from, labels(a) AS fromLabels, type(r) AS type, b.id AS to, labels(b) AS toLabels, r.sources AS sources, r.title AS title,
            CASE WHEN a:Event THEN [(a)-[:REPORTED_IN]->(d) | d.id] ELSE [] END AS fromReports,
            CASE WHEN b:Event THEN [(b)-[:REPORTED_IN]->(d) | d.id] ELSE [] END AS toReports`,
  );
  const side = (id: PlainValue, reports: PlainValue) =>
    (reports as string[]).length > 0 ? `event reported in ${[...(reports as string[])].sort().join(",")}` : id;
  const entities = await rows("MATCH (e:Entity) RETURN e.id AS id, e.type AS type, e.aliases AS aliases");
  const documents = await rows("MATCH (d:Document) RETURN d.id AS id, d.extractionHash AS hash");
  return {
    events: events.map(eventKey).sort(),
    facts: facts
      .map((row) =>
        JSON.stringify([
          side(row.from, row.fromReports),
          row.type,
          side(row.to, row.toReports),
          row.title,
          [...(row.sources as string[])].sort(),
        ]),
      )
      .sort(),
    entities: entities.map((row) => JSON.stringify([row.id, row.type, [...(row.aliases as string[])].sort()])).sort(),
    documents: documents.map((row) => JSON.stringify([row.id, row.hash])).sort(),
  };
}

describe("two ingests at once", () => {
  it("give the graph of one ingest: one event per meeting, every document and its provenance", { timeout: 600_000 }, async () => {
    await clearDatabase(conn);
    const alone = await runEntente(["ingest", ...files, "--workers", "1"]);
    expect(alone.stderr).toBe("");
    expect(alone.code).toBe(0);
    const expected = await graph();
    const meetings = expected.events.filter((key) => key.startsWith('["Meeting"'));
    expect(meetings).toHaveLength(1); // the eight reports are one meeting

    await clearDatabase(conn);
    // Overlapping halves, started together: the middle articles are in both.
    const [first, second] = await Promise.all([
      runEntente(["ingest", ...files.slice(0, 7), "--workers", "1"]),
      runEntente(["ingest", ...files.slice(3), "--workers", "1"]),
    ]);
    expect([first.code, second.code, first.stderr, second.stderr]).toEqual([0, 0, "", ""]);
    expect(await graph()).toEqual(expected);
  });
});
