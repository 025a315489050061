/**
 * One converter, one exporter: the same query through `entente query --json` and through the
 * viewer's HTTP API (/api/cypher) gives the same JSON, byte for byte, for every kind of Neo4j
 * value; and `entente export --ids` writes the very file the viewer's export downloads.
 */
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Neo4jConnection } from "../../src/neo4j/connection.js";
import { loadExtractions } from "../../src/store/load.js";
import { buildViewerApp } from "../../viewer/server/server.js";
import { CypherAnswer, type PlainValue } from "../../viewer/shared/api.js";
import { viewerFixtureExtractions } from "../e2e/fixtures/viewer-graph.js";
import { runEntente } from "../support/cli.js";
import { clearDatabase, connectTestNeo4j } from "../support/neo4j.js";

let conn: Neo4jConnection;
let app: FastifyInstance;
let dir: string;

beforeAll(async () => {
  conn = await connectTestNeo4j();
  await clearDatabase(conn);
  await loadExtractions(conn, viewerFixtureExtractions());
  app = await buildViewerApp({ conn, appDir: "/nonexistent-viewer-app" });
  dir = mkdtempSync(join(tmpdir(), "entente-parity-"));
});

afterAll(async () => {
  await app?.close();
  await conn?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Each kind of value, one column each, with the JSON form the converter documents. */
const KINDS: { [column: string]: { cypher: string; expected: (value: PlainValue | undefined) => void } } = {
  node: {
    cypher: "person",
    expected: (value) => expect(value).toMatchObject({ labels: ["Entity", "Person"], properties: { name: "Sanae Takaichi" } }),
  },
  relationship: {
    cypher: "role",
    expected: (value) => expect(value).toMatchObject({ type: "HOLDS_ROLE", properties: { title: "Prime Minister" } }),
  },
  path: {
    cypher: "path",
    expected: (value) => {
      expect(Object.keys(value as object)).toEqual(["nodes", "relationships"]);
      expect(value).toMatchObject({ nodes: [{ properties: { name: "Sanae Takaichi" } }, { properties: { name: "Japan" } }] });
    },
  },
  date: { cypher: "date('2026-01-31')", expected: (value) => expect(value).toBe("2026-01-31") },
  datetime: {
    cypher: "datetime('2026-01-31T10:15:30.5+01:00')",
    expected: (value) => expect(value).toBe("2026-01-31T10:15:30.5+01:00"),
  },
  duration: { cypher: "duration({days: 3})", expected: (value) => expect(value).toBe("P3D") },
  point: { cypher: "point({x: 1.5, y: 2})", expected: (value) => expect(value).toEqual({ srid: 7203, x: 1.5, y: 2 }) },
  integer: { cypher: "toInteger(2^60)", expected: (value) => expect(value).toBe("1152921504606846976") },
  smallInteger: { cypher: "2^53 - 1", expected: (value) => expect(value).toBe(2 ** 53 - 1) },
  list: { cypher: "[1, 'two', null, [true, 2.5]]", expected: (value) => expect(value).toEqual([1, "two", null, [true, 2.5]]) },
  map: {
    cypher: "{name: 'x', when: date('2026-02-01'), nested: {n: 1}}",
    expected: (value) => expect(value).toEqual({ name: "x", when: "2026-02-01", nested: { n: 1 } }),
  },
};

const QUERY = `MATCH path = (person:Person {id: 'person:sanae-takaichi'})-[role:HOLDS_ROLE {title: 'Prime Minister'}]->(:Country {id: 'country:JP'})
RETURN ${Object.entries(KINDS)
  .map(([column, kind]) => `${kind.cypher} AS ${column}`)
  .join(", ")}`;

describe("the CLI and the HTTP API", () => {
  it("answer the same query with identical JSON for nodes, relationships, paths, temporal values, points, big integers, lists and maps", async () => {
    const cli = await runEntente(["query", QUERY, "--json"]);
    expect(cli.stderr).toBe("");
    expect(cli.code).toBe(0);
    const cliRows = JSON.parse(cli.stdout) as { [column: string]: PlainValue }[];

    const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: QUERY } });
    expect(response.statusCode).toBe(200);
    const apiRows = CypherAnswer.parse(response.json()).rows;

    expect(apiRows).toHaveLength(1);
    expect(JSON.stringify(apiRows)).toBe(JSON.stringify(cliRows));
    for (const [column, kind] of Object.entries(KINDS)) kind.expected(apiRows[0]?.[column]);
  });

  it("refuse a bad statement with the same one-line message", async () => {
    const bad = "MATCH (n RETURN n";
    const cli = await runEntente(["query", bad]);
    expect(cli.code).toBe(1);
    const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: bad } });
    expect(response.statusCode).toBe(400);
    const { error } = response.json<{ error: string }>();
    expect(cli.stderr).toBe(`entente query: ${error}\n`);
  });
});

describe("entente export --ids and the viewer's export", () => {
  const ids = ["person:sanae-takaichi", "country:JP", "program:gcap", "country:IT"];

  for (const format of ["json", "gexf"] as const) {
    it(`write byte-identical ${format} files for the same nodes`, async () => {
      const file = join(dir, `view.${format}`);
      const cli = await runEntente(["export", "--ids", ids.join(","), "--format", format, "-o", file]);
      expect(cli.code).toBe(0);
      const download = await app.inject({ method: "POST", url: "/api/export", payload: { format, ids: [...ids].reverse() } });
      expect(download.statusCode).toBe(200);
      expect(download.headers["content-disposition"]).toContain(`entente-graph.${format}`);
      const written = readFileSync(file, "utf8");
      expect(written.length).toBeGreaterThan(200);
      expect(download.body).toBe(written);
    });
  }
});
