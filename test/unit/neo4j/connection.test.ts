/** Every session of a connection joins the driver's bookmark chain, so a read sees the writes before it (on a cluster too). */
import neo4j, { type Driver, type SessionConfig } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { openSession, writeTransaction, type Neo4jConnection } from "../../../src/neo4j/connection.js";

describe("openSession", () => {
  it("opens read and write sessions on the connection's database with the driver's bookmark manager", async () => {
    // A real driver object (it connects lazily, and nothing here runs a query): only the session options are looked at.
    const driver: Driver = neo4j.driver("bolt://127.0.0.1:9", neo4j.auth.basic("neo4j", "unused"));
    const seen: SessionConfig[] = [];
    const original = driver.session.bind(driver);
    driver.session = (config?: SessionConfig) => {
      seen.push(config ?? {});
      return original(config);
    };
    const conn: Neo4jConnection = {
      driver,
      database: "graph",
      settings: { uri: "bolt://127.0.0.1:9", user: "neo4j", password: null, database: "graph", external: true },
      close: () => driver.close(),
    };
    try {
      await openSession(conn, "WRITE").close();
      await openSession(conn, "READ").close();
      expect(seen.map((config) => [config.database, config.defaultAccessMode])).toEqual([
        ["graph", "WRITE"],
        ["graph", "READ"],
      ]);
      for (const config of seen) expect(config.bookmarkManager).toBe(driver.executeQueryBookmarkManager);
    } finally {
      await conn.close();
    }
  });
});

describe("writeTransaction", () => {
  it("tries a write again on a server that does not answer only as long as the connection's maxTransactionRetryTime", async () => {
    // Nothing listens on port 9: each attempt fails at once as the server being unavailable (a retryable error).
    const driver: Driver = neo4j.driver("bolt://127.0.0.1:9", neo4j.auth.basic("neo4j", "unused"));
    const conn: Neo4jConnection = {
      driver,
      database: undefined,
      settings: { uri: "bolt://127.0.0.1:9", user: "neo4j", password: null, database: undefined, external: true },
      retryMs: 1_500,
      close: () => driver.close(),
    };
    let attempts = 0;
    try {
      await expect(
        writeTransaction(conn, async (tx) => {
          attempts += 1;
          await tx.run("RETURN 1");
        }),
      ).rejects.toThrow();
      // The first retry comes after 1 s; the next would wait 2 s more, past the 1.5 s given (30 s by default: five attempts).
      expect(attempts).toBe(2);
    } finally {
      await conn.close();
    }
  });
});
