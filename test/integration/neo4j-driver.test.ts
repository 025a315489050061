import neo4j, { Neo4jError, type Integer } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openConnection } from "../../src/neo4j/connect.js";
import { readTransaction, writeTransaction, type Neo4jConnection } from "../../src/neo4j/connection.js";
import { isSupportedNeo4jVersion, readNeo4jVersion } from "../../src/neo4j/server-version.js";
import { recordToPlain, toPlain } from "../../src/neo4j/values.js";
import { clearDatabase, connectTestNeo4j } from "../support/neo4j.js";

describe("the run's Neo4j through neo4j-driver", () => {
  let conn: Neo4jConnection;

  beforeAll(async () => {
    conn = await connectTestNeo4j();
  });
  beforeEach(async () => {
    await clearDatabase(conn);
  });
  afterAll(async () => {
    await conn.close();
  });

  it("is a Neo4j 5 kernel", async () => {
    const { records } = await conn.driver.executeQuery(
      "CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version",
      {},
      { database: conn.database, routing: neo4j.routing.READ },
    );
    const rows = records.map(recordToPlain);
    expect(rows[0]?.name).toBe("Neo4j Kernel");
    expect(rows[0]?.version).toMatch(/^5\./);
  });

  it("reads back what a write transaction wrote, with plain values", async () => {
    const write = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await write.executeWrite((tx) =>
        tx.run("UNWIND $rows AS row CREATE (:RoundTrip {name: row.name, rank: row.rank, on: date(row.on)})", {
          rows: [
            { name: "Paris", rank: 1, on: "2025-10-28" },
            { name: "Tokyo", rank: 2, on: "2025-10-29" },
          ],
        }),
      );
    } finally {
      await write.close();
    }
    const read = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await read.executeRead((tx) => tx.run("MATCH (n:RoundTrip) RETURN n, n.rank AS rank, n.on AS on ORDER BY n.rank"));
      const rows = result.records.map(recordToPlain);
      expect(rows.map((row) => row.rank)).toEqual([1, 2]);
      expect(rows.map((row) => row.on)).toEqual(["2025-10-28", "2025-10-29"]);
      expect(rows[0]?.n).toMatchObject({ labels: ["RoundTrip"], properties: { name: "Paris", rank: 1, on: "2025-10-28" } });
    } finally {
      await read.close();
    }
  });

  it("refuses a write in a READ session with Neo4j's access-mode error", async () => {
    const read = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
    let caught: unknown;
    try {
      await read.run("CREATE (:ShouldNotExist)");
    } catch (error) {
      caught = error;
    } finally {
      await read.close();
    }
    expect(caught).toBeInstanceOf(Neo4jError);
    expect((caught as Neo4jError).message).toMatch(/read access mode|access mode/i);
    const { records } = await conn.driver.executeQuery("MATCH (n:ShouldNotExist) RETURN count(n) AS n", {}, { database: conn.database });
    expect(toPlain(records[0]?.get("n"))).toBe(0);
  });

  it("keeps large integers exact as strings and small ones as numbers", async () => {
    const { records } = await conn.driver.executeQuery(
      "RETURN 42 AS small, 9007199254740993 AS big, [1, 2] AS list",
      {},
      { database: conn.database },
    );
    expect(recordToPlain(records[0])).toEqual({ small: 42, big: "9007199254740993", list: [1, 2] });
  });

  it("reads after a write with the write's bookmark: every session of a connection shares the driver's bookmarks", async () => {
    const bookmarks = conn.driver.executeQueryBookmarkManager;
    const before = [...(await bookmarks.getBookmarks())];
    await writeTransaction(conn, (tx) => tx.run("CREATE (:BookmarkProbe {n: 1})"));
    const after = [...(await bookmarks.getBookmarks())];
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
    const count = await readTransaction(conn, async (tx) => {
      const { records } = await tx.run<{ n: Integer }>("MATCH (p:BookmarkProbe) RETURN count(p) AS n");
      return records[0]?.get("n").toNumber();
    });
    expect(count).toBe(1);
  });

  it("reports a server version Entente supports", async () => {
    const version = await readNeo4jVersion(conn.driver, conn.database);
    expect(version).not.toBeNull();
    expect(version && isSupportedNeo4jVersion(version)).toBe(true);
  });

  it("refuses wrong credentials on connecting, in one line that says what to check", async () => {
    const settings = { ...conn.settings, password: "not-the-password" };
    await expect(openConnection(settings, settings.password)).rejects.toThrow(
      /^entente\/neo4j: Neo4j at \S+ refused the credentials of user 'neo4j'; check NEO4J_USER and NEO4J_PASSWORD\.$/,
    );
  });
});
