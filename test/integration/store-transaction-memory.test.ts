/**
 * Loading into a Neo4j whose transactions may hold little memory (db.memory.transaction.max, set
 * through ENTENTE_NEO4J_TX_MEMORY on an embedded server of this file's own): a batch over the
 * limit is written in smaller parts, at once rather than after the driver's 30 s of retries, and a
 * document over the limit on its own is refused, named, while the others go in.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { connectNeo4j } from "../../src/neo4j/connect.js";
import { writeTransaction, type Neo4jConnection } from "../../src/neo4j/connection.js";
import { freeLoopbackPort, startEmbeddedNeo4j, stopEmbeddedNeo4j } from "../../src/neo4j/embedded.js";
import { TransactionTooLargeError } from "../../src/neo4j/errors.js";
import { loadExtractions } from "../../src/store/load.js";
import type { DocumentExtraction } from "../../src/model/extraction.js";
import { clearDatabase, embeddedEnv } from "../support/neo4j.js";
import { readFixture } from "../fixtures/extractions/index.js";

const TRANSACTION_MEMORY = "8m";
let home: string;
let env: NodeJS.ProcessEnv;
let conn: Neo4jConnection;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), "entente-tx-memory-"));
  env = { ...embeddedEnv(home, await freeLoopbackPort()), ENTENTE_NEO4J_TX_MEMORY: TRANSACTION_MEMORY };
  await startEmbeddedNeo4j({ env });
  conn = await connectNeo4j({ env, startEmbedded: false });
});
afterAll(async () => {
  await conn?.close();
  await stopEmbeddedNeo4j({ env });
  rmSync(home, { recursive: true, force: true });
});
beforeEach(async () => {
  // Few nodes per transaction: each of the large documents' deleted titles counts against the limit.
  await clearDatabase(conn, 5);
});

/** The meeting fixture as document `n`, its title padded to `bytes` characters. */
function documentOf(n: number, bytes: number): DocumentExtraction {
  const base = readFixture("meeting-pm");
  const title = `${base.document.title} ${n} `.padEnd(bytes, "x");
  return { ...base, document: { ...base.document, id: `sha256:tx-memory-${n}`, source: `tx-memory-${n}.txt`, title } };
}

async function documentTitles(): Promise<Map<string, number>> {
  const { records } = await conn.driver.executeQuery(
    "MATCH (d:Document) RETURN d.source AS source, size(d.title) AS length",
    {},
    { database: conn.database },
  );
  return new Map(records.map((record) => [String(record.get("source")), Number(record.get("length"))]));
}

describe(`a Neo4j allowing ${TRANSACTION_MEMORY} per transaction`, () => {
  it("fails a transaction over the limit at once with a TransactionTooLargeError, nothing of it written", async () => {
    const tooLarge = writeTransaction(conn, (tx) =>
      tx.run("UNWIND range(1, 40) AS n CREATE (:Filler {text: $text + n})", { text: "y".repeat(500_000) }),
    );
    await expect(tooLarge).rejects.toBeInstanceOf(TransactionTooLargeError);
    await expect(tooLarge).rejects.toThrow(/db\.memory\.transaction\.max/);
    const { records } = await conn.driver.executeQuery("MATCH (f:Filler) RETURN count(f) AS n", {}, { database: conn.database });
    expect(Number(records[0]?.get("n"))).toBe(0);
  });

  it("loads a batch over the limit whole, in smaller transactions", async () => {
    const documents = Array.from({ length: 40 }, (_, n) => documentOf(n, 200_000));
    const summary = await loadExtractions(conn, documents, { batchDocuments: documents.length });
    expect(summary.rejected).toEqual([]);
    expect(summary.loaded).toBe(40);
    const titles = await documentTitles();
    expect([...titles.keys()].sort()).toEqual(documents.map((d) => d.document.source).sort());
    expect(new Set(titles.values())).toEqual(new Set([200_000]));
  });

  it("refuses a document over the limit on its own, naming it and the setting, and loads the others of its batch", async () => {
    const documents = [documentOf(1, 1_000), documentOf(2, 5_000_000), documentOf(3, 1_000)];
    const summary = await loadExtractions(conn, documents, { batchDocuments: documents.length });
    expect(summary.loaded).toBe(2);
    expect(summary.rejected).toHaveLength(1);
    expect(summary.rejected[0]?.source).toBe("tx-memory-2.txt");
    expect(summary.rejected[0]?.reason).toMatch(
      /^too large for one Neo4j transaction \(db\.memory\.transaction\.max\), nothing of it was written/,
    );
    expect([...(await documentTitles()).keys()].sort()).toEqual(["tx-memory-1.txt", "tx-memory-3.txt"]);
  });
});
