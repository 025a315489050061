/**
 * The viewer against hostile requests, on a real listening server and the run's real Neo4j: the
 * console cannot read files or administer the server, one request cannot exhaust memory, requests
 * addressed to another host are refused (DNS rebinding), hostile search terms and parameters get a
 * 400 with a sentence, and with Neo4j gone every call gets a 503 within seconds.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INTERACTIVE_TIMEOUTS, openConnection } from "../../src/neo4j/connect.js";
import type { Neo4jConnection } from "../../src/neo4j/connection.js";
import { loadExtractions } from "../../src/store/load.js";
import { createViewerServer, type ViewerServer } from "../../viewer/server/server.js";
import { CypherAnswer, ErrorAnswer, SearchAnswer } from "../../viewer/shared/api.js";
import { viewerFixtureExtractions } from "../e2e/fixtures/viewer-graph.js";
import { clearDatabase, connectTestNeo4j, testNeo4jInfo } from "../support/neo4j.js";
import { startTcpProxy } from "../support/tcp-proxy.js";

let conn: Neo4jConnection;
let viewer: ViewerServer;
let port: number;

interface Answer {
  status: number;
  body: string;
  json: unknown;
  ms: number;
}

/** One HTTP request to the viewer on 127.0.0.1, with the Host header given (the bound address by default). */
function call(method: "GET" | "POST", path: string, options: { body?: unknown; host?: string; to?: number } = {}): Promise<Answer> {
  const started = performance.now();
  const target = options.to ?? port;
  const payload = options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: target,
        method,
        path,
        headers: {
          host: options.host ?? `127.0.0.1:${target}`,
          ...(payload === undefined ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const body = Buffer.concat(chunks).toString("utf8");
          let json: unknown;
          try {
            json = JSON.parse(body);
          } catch {
            json = null;
          }
          resolve({ status: response.statusCode ?? 0, body, json, ms: performance.now() - started });
        });
      },
    );
    req.on("error", reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

const cypher = (query: string, params: object = {}) => call("POST", "/api/cypher", { body: { query, params } });
const errorOf = (answer: Answer) => ErrorAnswer.parse(answer.json).error;

beforeAll(async () => {
  conn = await connectTestNeo4j();
  await clearDatabase(conn);
  await loadExtractions(conn, viewerFixtureExtractions());
  viewer = await createViewerServer({ conn, port: 0, appDir: "/nonexistent-viewer-app" });
  port = Number(new URL(viewer.url).port);
});

afterAll(async () => {
  await viewer?.close();
  await conn?.close();
});

describe("the console cannot read the machine's files", () => {
  it("refuses LOAD CSV of /etc/passwd and of the server's own password file, from its plan", async () => {
    for (const url of ["file:///etc/passwd", "file:///proc/self/environ", "file:///../../../../etc/shadow", "https://example.org/x.csv"]) {
      const answer = await cypher(`LOAD CSV FROM '${url}' AS line RETURN line`);
      expect(answer.status, url).toBe(400);
      expect(errorOf(answer)).toBe("refused: LOAD CSV reads files and URLs, which a read-only query may not do.");
      expect(answer.body).not.toContain("root:");
    }
    // hidden in a subquery, behind a comment, in lower case: the plan still has a LoadCSV
    const hidden = await cypher("CALL { /* x */ load csv from 'file:///etc/passwd' as l return l } RETURN l");
    expect(hidden.status).toBe(400);
    expect(hidden.body).not.toContain("root:");
  });

  it("the embedded server itself refuses file URLs and loads no APOC, even with full rights", async () => {
    if (testNeo4jInfo().embedded === null) return; // NEO4J_URI: not our server's settings
    const session = conn.driver.session({ database: conn.database, defaultAccessMode: "WRITE" });
    try {
      await expect(session.run("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l")).rejects.toThrow(
        /dbms\.security\.allow_csv_import_from_file_urls' is false/,
      );
      await expect(session.run("RETURN apoc.cypher.runFirstColumnSingle('RETURN 1', {}) AS x")).rejects.toThrow(/Unknown function/);
    } finally {
      await session.close();
    }
  });
});

describe("the console is no administrator", () => {
  it.each([
    ["SHOW USERS", "refused: it is an administration command (users, roles, databases), which a read-only query may not run."],
    ["SHOW TRANSACTIONS", /^refused: SHOW TRANSACTIONS acts on or describes the server/],
    ["CALL dbms.listConfig() YIELD name, value RETURN name, value", /^refused: the procedure dbms\.listConfig is not one/],
    ["CALL db.stats.retrieve('QUERIES')", /^refused: the procedure db\.stats\.retrieve is not one/],
    ["CALL db.clearQueryCaches()", /^refused: the procedure db\.clearQueryCaches is not one/],
    ["CALL dbms.killConnections(['bolt-1'])", /^refused: the procedure dbms\.killConnections is not one/],
    ["CREATE (:Intruder {name: 'x'})", "refused: it writes to the database (Neo4j's query type 'w'), which a read-only query may not do."],
  ])("refuses %s with one sentence", async (query, message) => {
    const answer = await cypher(query);
    expect(answer.status).toBe(400);
    if (typeof message === "string") expect(errorOf(answer)).toBe(message);
    else expect(errorOf(answer)).toMatch(message);
  });

  it("cannot terminate another client's running transaction", async () => {
    const session = conn.driver.session({ database: conn.database, defaultAccessMode: "READ" });
    const victim = session.beginTransaction({ metadata: { test: "victim" } });
    try {
      await victim.run("RETURN 1");
      const shown = await conn.driver.executeQuery(
        "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.test = 'victim' RETURN transactionId",
        {},
        { database: conn.database },
      );
      const id = String(shown.records[0]?.get("transactionId"));
      expect(id).toMatch(/transaction/);
      const answer = await cypher(`TERMINATE TRANSACTIONS '${id}'`);
      expect(answer.status).toBe(400);
      expect(errorOf(answer)).toMatch(/^refused: TERMINATE TRANSACTIONS acts on or describes the server/);
      const still = await victim.run("RETURN 2 AS two");
      expect(Number(still.records[0]?.get("two"))).toBe(2);
      await victim.commit();
    } finally {
      await session.close();
    }
  });

  it("still runs reads, the allowed procedures and SHOW INDEXES", async () => {
    for (const query of [
      "MATCH (c:Country) RETURN c.name AS name ORDER BY name",
      "CALL db.labels() YIELD label RETURN label",
      "CALL dbms.components() YIELD name RETURN name",
      "CALL db.index.fulltext.queryNodes('entityNames', 'takaichi') YIELD node RETURN node.name AS name",
      "SHOW INDEXES YIELD name RETURN name",
    ]) {
      const answer = await cypher(query);
      expect(answer.status, `${query}: ${answer.body.slice(0, 200)}`).toBe(200);
      expect(CypherAnswer.parse(answer.json).rows.length, query).toBeGreaterThan(0);
    }
  });
});

describe("one request cannot exhaust the server's memory", () => {
  /** Runs the query while sampling the heap every 20 ms; the answer, its time and the heap's growth. */
  async function measured(query: string): Promise<{ answer: Answer; grewBytes: number }> {
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 20);
    try {
      const answer = await cypher(query);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      return { answer, grewBytes: peak - before };
    } finally {
      clearInterval(sampler);
    }
  }

  it("stops 3,000,000 rows at 5,000 and says truncated, in seconds", async () => {
    const { answer, grewBytes } = await measured("UNWIND range(1, 3000000) AS i RETURN i");
    expect(answer.status).toBe(200);
    expect(CypherAnswer.parse(answer.json).rows).toHaveLength(5_000);
    expect((answer.json as { truncated: boolean }).truncated).toBe(true);
    expect(answer.ms).toBeLessThan(15_000);
    expect(grewBytes).toBeLessThan(200 * 1024 * 1024);
  }, 30_000);

  it("stops wide rows (1,500,000 of 4 KB) at 16 MiB of values, in seconds", async () => {
    const { answer, grewBytes } = await measured(
      "WITH reduce(s = '', k IN range(1, 256) | s + '0123456789abcdef') AS wide UNWIND range(1, 1500000) AS i RETURN i, wide",
    );
    expect(answer.status).toBe(200);
    const rows = CypherAnswer.parse(answer.json).rows;
    expect((answer.json as { truncated: boolean }).truncated).toBe(true);
    expect(rows.length).toBeLessThan(5_000);
    expect(rows.length).toBeGreaterThan(1_000);
    expect(answer.body.length).toBeLessThan(20 * 1024 * 1024);
    expect(answer.ms).toBeLessThan(20_000);
    expect(grewBytes).toBeLessThan(400 * 1024 * 1024);
  }, 40_000);
});

describe("requests addressed to another host (DNS rebinding)", () => {
  it("refuses them with 403 and a sentence, on the API and the app alike", async () => {
    for (const path of ["/api/documents", "/", "/api/search?q=japan"]) {
      const answer = await call("GET", path, { host: `rebind.attacker.example:${port}` });
      expect(answer.status, path).toBe(403);
      expect(errorOf(answer)).toBe(
        `entente/viewer: this server answers only requests addressed to localhost:${port}, 127.0.0.1:${port}, [::1]:${port}; this one was addressed to "rebind.attacker.example:${port}"; open the viewer by one of those names (or add the name with --allowed-host).`,
      );
    }
    const post = await call("POST", "/api/cypher", { host: "127.0.0.1.nip.io", body: { query: "RETURN 1 AS one" } });
    expect(post.status).toBe(403);
  });

  it("answers its own names", async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      expect((await call("GET", "/api/documents", { host })).status, host).toBe(200);
    }
  });
});

describe("hostile search terms and parameters", () => {
  it("answers Lucene's operators and special characters as words: 200, never a 500", async () => {
    for (const q of [
      "AND",
      "OR",
      "NOT",
      "Takaichi AND",
      "NOT OR AND",
      '"unbalanced',
      "a) (b",
      "title:x",
      "*",
      "~",
      "\\",
      '+-&&||!(){}[]^"~*?:\\/',
    ]) {
      const answer = await call("GET", `/api/search?q=${encodeURIComponent(q)}`);
      expect(answer.status, `${q}: ${answer.body}`).toBe(200);
      SearchAnswer.parse(answer.json);
    }
  });

  it("refuses parameters nested deeper than 32 levels with a 400 sentence", async () => {
    const deep = `{"query":"RETURN $p AS p","params":{"p":${"[".repeat(10_000)}1${"]".repeat(10_000)}}}`;
    const answer = await call("POST", "/api/cypher", { body: deep });
    expect(answer.status).toBe(400);
    expect(errorOf(answer)).toBe("entente/viewer: invalid Cypher request: params nest deeper than 32 levels of lists and maps.");
    const fine = await cypher("RETURN $p AS p", { p: [[[1]]] });
    expect(fine.status).toBe(200);
  });
});

describe("Neo4j gone", () => {
  it("answers 503 with a sentence within seconds, on every route", async () => {
    const info = testNeo4jInfo();
    const proxy = await startTcpProxy(info.uri);
    const settings = { uri: proxy.uri, user: info.user, password: info.password, database: info.database ?? undefined, external: true };
    const viaProxy = await openConnection(settings, info.password, INTERACTIVE_TIMEOUTS);
    const doomed = await createViewerServer({ conn: viaProxy, port: 0, appDir: "/nonexistent-viewer-app" });
    const doomedPort = Number(new URL(doomed.url).port);
    try {
      expect((await call("GET", "/api/documents", { to: doomedPort, host: `127.0.0.1:${doomedPort}` })).status).toBe(200);
      await proxy.close();
      for (const [method, path, body] of [
        ["GET", "/api/documents", undefined],
        ["GET", "/api/search?q=japan", undefined],
        ["GET", "/api/node/country%3AJP", undefined],
        ["POST", "/api/cypher", { query: "MATCH (n) RETURN n LIMIT 1" }],
      ] as const) {
        const answer = await call(method, path, { to: doomedPort, host: `127.0.0.1:${doomedPort}`, body });
        expect(answer.status, path).toBe(503);
        expect(errorOf(answer)).toMatch(
          /^entente\/viewer: Neo4j is not answering \(.+\); check it with `entente neo4j status`, then retry\.$/,
        );
        expect(answer.ms, path).toBeLessThan(8_000);
      }
    } finally {
      await doomed.close();
      await viaProxy.close();
    }
  }, 60_000);
});
