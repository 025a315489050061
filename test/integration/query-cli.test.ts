/**
 * `entente query` as a person runs it: the built CLI (npm test builds first) in a child process,
 * pointed at the run's Neo4j through NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Neo4jConnection } from "../../src/neo4j/connection.js";
import { assertReadOnlyQuery } from "../../src/neo4j/read-only-guard.js";
import { SAVED_QUERIES } from "../../src/store/queries.js";
import { clearDatabase, connectTestNeo4j } from "../support/neo4j.js";
import { runEntente, type CliRun } from "../support/cli.js";

const entente = (...args: string[]): Promise<CliRun> => runEntente(args);

describe("entente query", () => {
  let conn: Neo4jConnection;

  async function count(label: string): Promise<number> {
    const { records } = await conn.driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS n`, {}, { database: conn.database });
    return Number(records[0]?.get("n"));
  }

  beforeAll(async () => {
    conn = await connectTestNeo4j();
  });
  beforeEach(async () => {
    await clearDatabase(conn);
    await conn.driver.executeQuery(
      "UNWIND $rows AS row CREATE (:CliCountry {name: row.name, rank: row.rank})",
      {
        rows: [
          { name: "Japon", rank: 2 },
          { name: "France", rank: 10 },
        ],
      },
      { database: conn.database },
    );
  });
  afterAll(async () => {
    await conn.close();
  });

  it("prints an aligned table with numbers right-aligned", async () => {
    const run = await entente("query", "MATCH (c:CliCountry) RETURN c.name AS name, c.rank AS rank ORDER BY rank");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(["name   | rank", "-------+-----", "Japon  |    2", "France |   10", "(2 rows)", ""].join("\n"));
  });

  it("prints rows as JSON objects with plain numbers and nodes as objects with --json", async () => {
    const run = await entente("query", "MATCH (c:CliCountry) RETURN c, c.rank AS rank ORDER BY rank", "--json");
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { c: { labels: string[]; properties: { name: string } }; rank: number }[];
    expect(rows.map((row) => row.rank)).toEqual([2, 10]);
    expect(rows[0]?.c.labels).toEqual(["CliCountry"]);
    expect(rows[0]?.c.properties.name).toBe("Japon");
  });

  it("passes --param values as JSON when they parse, else as text", async () => {
    const run = await entente(
      "query",
      "RETURN $name AS name, $n + 1 AS next, $tags AS tags",
      "--param",
      "name=Côte d'Ivoire",
      "-p",
      "n=41",
      "-p",
      'tags=["a","b"]',
      "--json",
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ name: "Côte d'Ivoire", next: 42, tags: ["a", "b"] }]);
  });

  it("refuses a write without --write: one line from the read-only guard, exit 1, nothing written", async () => {
    const run = await entente("query", "CREATE (:CliWritten)");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "entente query: not run: it writes to the database (Neo4j's query type 'w'), which a read-only query may not do. Add --write to run it with full rights.\n",
    );
    expect(await count("CliWritten")).toBe(0);
  });

  it("refuses file reads and administration without --write, and still runs dbms.components", async () => {
    const csv = await entente("query", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line");
    expect(csv.code).toBe(1);
    expect(csv.stdout).toBe("");
    expect(csv.stderr).toBe(
      "entente query: not run: LOAD CSV reads files and URLs, which a read-only query may not do. Add --write to run it with full rights.\n",
    );
    const config = await entente("query", "CALL dbms.listConfig() YIELD name RETURN name");
    expect(config.code).toBe(1);
    expect(config.stderr).toMatch(/^entente query: not run: the procedure dbms\.listConfig is not one a read-only query may call/);
    const components = await entente("query", "CALL dbms.components() YIELD name RETURN name", "--json");
    expect(components.code).toBe(0);
    expect(JSON.parse(components.stdout)).toEqual([{ name: "Neo4j Kernel" }]);
  });

  it("lets every saved query through the read-only guard", async () => {
    const session = conn.driver.session({ database: conn.database, defaultAccessMode: "READ" });
    try {
      for (const [name, saved] of Object.entries(SAVED_QUERIES)) {
        await expect(
          session.executeRead((tx) => assertReadOnlyQuery(tx, saved.cypher, saved.params ?? {})),
          name,
        ).resolves.toBeUndefined();
      }
    } finally {
      await session.close();
    }
  });

  it("writes with --write and reports what changed", async () => {
    const run = await entente("query", "CREATE (:CliWritten {name: $name})", "--param", "name=x", "--write");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 node created, 1 property set, 1 label added");
    expect(await count("CliWritten")).toBe(1);
  });

  it("prints a Cypher error as Neo4j's message on one line, without a stack trace", async () => {
    const run = await entente("query", "MATCH (n RETURN n");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n"), run.stderr).toHaveLength(2); // one line and the final newline
    expect(run.stderr).toMatch(/^entente query: Invalid input .*\(line 1, column \d+/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects a malformed --param before connecting, exit 1 with the argument named", async () => {
    const run = await entente("query", "RETURN 1", "--param", "oops");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("entente/neo4j: --param 'oops' is not of the form name=value.\n");
  });

  it("lists the saved queries and runs one by name with its parameters", async () => {
    const list = await entente("query", "--saved", "list");
    expect(list.code).toBe(0);
    for (const name of Object.keys(SAVED_QUERIES)) expect(list.stdout).toMatch(new RegExp(`^${name} `, "m"));

    await conn.driver.executeQuery(
      "CREATE (:Entity:Person {id: 'person:test', name: 'Test Person', aliases: []})-[:MENTIONED_IN {count: 2}]->(:Document {id: 'doc:test', title: 'T'})",
      {},
      { database: conn.database },
    );
    const run = await entente("query", "--saved", "most-mentioned", "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.stringify(JSON.parse(run.stdout))).toContain("Test Person");
  });

  it("names the command to list saved queries when the name is unknown, exit 2", async () => {
    const run = await entente("query", "--saved", "no-such-query");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("entente query: no saved query named 'no-such-query'; see `entente query --saved list`.\n");
  });
});
