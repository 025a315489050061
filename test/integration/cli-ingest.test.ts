/**
 * `entente ingest` and `entente conflicts` as a person runs them on the project's articles and a
 * report that contradicts them (test/fixtures/conflicting): the built CLI (npm test builds first)
 * in a child process, pointed at the run's Neo4j through NEO4J_URI.
 */
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config.js";
import type { Neo4jConnection } from "../../src/neo4j/connection.js";
import { recordToPlain, type PlainValue } from "../../src/neo4j/values.js";
import { clearDatabase, connectTestNeo4j } from "../support/neo4j.js";
import { runEntente, type CliRun } from "../support/cli.js";

/** The project's articles (eight documents, one a .jsonl of two) and one report that gives Takaichi and Starmer other offices on the same day. */
const ARTICLES = join(projectRoot(), "data", "articles");
const CONTRADICTING = join(projectRoot(), "test", "fixtures", "conflicting");
const DOCUMENTS = 9;

const entente = (...args: string[]): Promise<CliRun> => runEntente(args);

let conn: Neo4jConnection;

async function rows(cypher: string): Promise<Array<Record<string, PlainValue>>> {
  const result = await conn.driver.executeQuery(cypher, {}, { database: conn.database });
  return result.records.map(recordToPlain);
}

const COUNTS = `CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;

describe("entente ingest on the project's articles", () => {
  let firstCounts: Array<Record<string, PlainValue>>;
  let firstRun: CliRun;

  beforeAll(async () => {
    conn = await connectTestNeo4j();
    await clearDatabase(conn);
    firstRun = await entente("ingest", ARTICLES, CONTRADICTING);
    firstCounts = await rows(COUNTS);
  });
  afterAll(async () => {
    await conn.close();
  });

  it("loads every article and prints a summary", () => {
    expect(firstRun.stderr).toBe("");
    expect(firstRun.code).toBe(0);
    expect(firstRun.stdout).toMatch(
      new RegExp(
        `^entente ingest: ${DOCUMENTS} documents loaded in [0-9.]+ s \\([0-9]+ new relationships, [0-9]+/s\\)\n` +
          `graph: ${DOCUMENTS} documents, [0-9]+ entities, [0-9]+ events, [0-9]+ relations, 2 conflicts\n$`,
      ),
    );
  });

  it("changes nothing when run again: same node and relationship counts, no new relationship", async () => {
    const again = await entente("ingest", ARTICLES, CONTRADICTING, "--json");
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ loaded: DOCUMENTS, unchanged: DOCUMENTS, relationshipsCreated: 0, rejected: [] });
    expect(await rows(COUNTS)).toEqual(firstCounts);
  });

  it("makes the Takaichi–Starmer meeting of 2026-01-31 one Event reported in each article that dates it", async () => {
    const meetings = await rows(
      `MATCH (:Person {name: 'Sanae Takaichi'})-[:PARTICIPATED_IN]->(ev:Event:Meeting {date: '2026-01-31'})<-[:PARTICIPATED_IN]-(:Person {name: 'Keir Starmer'})
       RETURN ev.id AS id, [(ev)-[:REPORTED_IN]->(d:Document) | d.source] AS sources`,
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.id).toMatch(/^event:meeting:2026-01-31:/);
    const files = (meetings[0]?.sources as string[]).map((source) => basename(source));
    for (const dated of [
      "2026-02-01-takaichi-starmer-tokyo.fr.txt",
      "2026-01-31-japan-uk-leaders-meet.en.txt",
      "2026-01-31-tokyo-talks-other-account.fr.txt",
    ]) {
      expect(files).toContain(dated);
    }
  });

  it("flags Takaichi and Starmer, and leaves no fact relationship without sources", async () => {
    const flagged = await rows("MATCH (p:Person)-[r:HOLDS_ROLE]->() WHERE r.conflict RETURN DISTINCT p.name AS name ORDER BY name");
    expect(flagged).toEqual([{ name: "Keir Starmer" }, { name: "Sanae Takaichi" }]);
    const lacking = await rows(
      `MATCH (a)-[r]->() WHERE NOT type(r) IN ['MENTIONED_IN', 'REPORTED_IN', 'CLAIMED_IN'] AND NOT a:Conflict
       AND (r.sources IS NULL OR size(r.sources) = 0) RETURN type(r) AS type`,
    );
    expect(lacking).toEqual([]);
  });

  it("lists the conflicts with both quotes and their documents", async () => {
    const run = await entente("conflicts", "--json");
    expect(run.code).toBe(0);
    const conflicts = JSON.parse(run.stdout) as Array<{
      entity: { name: string };
      claims: Array<{ title: string; source: string; evidence: string[] }>;
    }>;
    expect(conflicts.map((conflict) => conflict.entity.name)).toEqual(["Keir Starmer", "Sanae Takaichi"]);
    const [starmer, takaichi] = conflicts;
    expect(new Set(starmer?.claims.map((claim) => claim.title))).toEqual(new Set(["Leader of the Opposition", "Prime Minister"]));
    expect(new Set(takaichi?.claims.map((claim) => claim.title))).toEqual(new Set(["Foreign Minister", "Prime Minister"]));
    for (const conflict of conflicts) {
      expect(conflict.claims.length).toBeGreaterThanOrEqual(2);
      expect(new Set(conflict.claims.map((claim) => claim.source)).size).toBe(conflict.claims.length);
      for (const claim of conflict.claims) expect(claim.evidence.length).toBeGreaterThan(0);
    }
    const text = await entente("conflicts");
    expect(text.stdout).toContain('"Leader of the Opposition" according to');
    expect(text.stdout).toContain("« La ministre japonaise des Affaires étrangères, Sanae Takaichi");
  });

  it("names each rejected file on its own line and exits 1, loading the rest", async () => {
    const missing = join(ARTICLES, "no-such-article.txt");
    const run = await entente("ingest", ARTICLES, CONTRADICTING, missing);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^entente/ingest: ${missing.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: .+\n$`));
    expect(run.stdout).toContain(`${DOCUMENTS} documents loaded (${DOCUMENTS} already there, unchanged), 1 rejected`);
    expect(await rows(COUNTS)).toEqual(firstCounts);
  });
});
