/**
 * Ingest when Neo4j dies in the middle: it stops after the driver's retries with one sentence naming
 * what was not loaded and how to resume, instead of calling every later document "refused"; and
 * resuming loads the rest. Neo4j's death is a TCP proxy closing (test/support/tcp-proxy.ts).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IngestInterrupted, ingestPaths } from "../../ingest/ingest-paths.js";
import { openConnection } from "../../src/neo4j/connect.js";
import type { Neo4jConnection } from "../../src/neo4j/connection.js";
import type { ReadFailure } from "../../src/model/document.js";
import { clearDatabase, connectTestNeo4j, testNeo4jInfo } from "../support/neo4j.js";
import { startTcpProxy } from "../support/tcp-proxy.js";
import { makeTempDir } from "../support/temp-dir.js";

let conn: Neo4jConnection;

beforeAll(async () => {
  conn = await connectTestNeo4j();
  await clearDatabase(conn);
});

afterAll(async () => {
  await conn?.close();
});

/** Four short articles of our own, one per file. */
function articles(): { dir: string; files: string[] } {
  const dir = makeTempDir("entente-faults-");
  const sentences = [
    "Le Premier ministre japonais a rencontré mardi à Tokyo son homologue britannique Keir Starmer.",
    "La ministre allemande de la Défense s'est rendue jeudi à Varsovie pour parler de l'OTAN.",
    "The Italian Foreign Minister met his Japanese counterpart in Rome on Friday.",
    "Le président français Emmanuel Macron a reçu lundi le chancelier allemand à Paris.",
  ];
  const files = sentences.map((sentence, i) => {
    const file = join(dir, `${i + 1}-article.txt`);
    writeFileSync(file, `date 2026-02-0${i + 1}\n\n${sentence}\n`);
    return file;
  });
  return { dir, files };
}

describe("ingest with Neo4j dying mid-run", () => {
  it("stops after the retries with one sentence naming the documents not loaded, then a second run loads them", async () => {
    const { dir, files } = articles();
    const info = testNeo4jInfo();
    const proxy = await startTcpProxy(info.uri);
    const settings = { uri: proxy.uri, user: info.user, password: info.password, database: info.database ?? undefined, external: true };
    const viaProxy = await openConnection(settings, info.password, { maxTransactionRetryTime: 2_000 });
    const rejected: ReadFailure[] = [];
    const started = performance.now();
    let error: unknown;
    try {
      await ingestPaths(viaProxy, [dir], {
        batchDocuments: 2,
        onRejected: (failure) => rejected.push(failure),
        // Neo4j "dies" once the first batch (two documents) is in.
        onDocument: () => void proxy.close(),
      });
    } catch (caught) {
      error = caught;
    } finally {
      await viaProxy.close();
    }
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(error).toBeInstanceOf(IngestInterrupted);
    const interrupted = error as IngestInterrupted;
    expect(interrupted.loaded).toBe(2);
    expect(interrupted.interruption.sources).toEqual(files.slice(2));
    expect(interrupted.message).toMatch(
      new RegExp(
        `^entente/ingest: Neo4j stopped answering \\(.+\\); 2 documents loaded; not loaded: 2 being written \\(${files.slice(2).join(", ")}\\) ` +
          "and every input after them; once Neo4j answers again \\(`entente neo4j status`\\), run the same command: what is already loaded is skipped\\.$",
      ),
    );
    expect(rejected).toEqual([]); // nothing called "refused": Neo4j refused no document, it was gone

    const resumed = await ingestPaths(conn, [dir]);
    expect(resumed).toMatchObject({ loaded: 4, unchanged: 2, rejected: [], documents: 4 });
  }, 120_000);
});
