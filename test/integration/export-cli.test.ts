/** `entente export` as a person runs it: the built CLI on the project's articles, JSON and GEXF files read back. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config.js";
import type { Neo4jConnection } from "../../src/neo4j/connection.js";
import { clearDatabase, connectTestNeo4j } from "../support/neo4j.js";
import { runEntente, type CliRun } from "../support/cli.js";
import { graphFromJson } from "../support/graph-json.js";

const entente = (...args: string[]): Promise<CliRun> => runEntente(args, { maxBuffer: 64 * 1024 * 1024 });

let conn: Neo4jConnection;
let dir: string;

beforeAll(async () => {
  conn = await connectTestNeo4j();
  await clearDatabase(conn);
  dir = mkdtempSync(join(tmpdir(), "entente-export-"));
  const ingest = await entente("ingest", join(projectRoot(), "data", "articles"));
  expect(ingest.code).toBe(0);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await conn.close();
});

describe("entente export", () => {
  it("writes Sanae Takaichi's ego network as graphology JSON that holds Keir Starmer", async () => {
    const file = join(dir, "x.json");
    const run = await entente("export", "--seed", "Sanae Takaichi", "--depth", "2", "--format", "json", "-o", file);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^entente\/export: [0-9]+ nodes, [0-9]+ edges → .*x\.json\n$/);
    const graph = graphFromJson(readFileSync(file, "utf8"));
    const starmer = graph.findNode((_, attributes) => attributes.label === "Keir Starmer");
    expect(starmer).toBeDefined();
    const takaichi = graph.findNode((_, attributes) => attributes.label === "Sanae Takaichi");
    expect(takaichi).toBeDefined();
    const roles = graph.filterOutEdges(takaichi as string, (_, attributes) => attributes.type === "HOLDS_ROLE");
    for (const edge of roles) expect(graph.getEdgeAttribute(edge, "sources")).toEqual(expect.any(Array));
  });

  it("writes GEXF, chosen from the file name, that graphology-gexf parses back", async () => {
    const file = join(dir, "all.gexf");
    const run = await entente("export", "-o", file);
    expect(run.code).toBe(0);
    const graph = parseGexf(MultiDirectedGraph, readFileSync(file, "utf8"));
    const counts = await conn.driver.executeQuery(
      "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS edges } RETURN nodes, edges",
      {},
      { database: conn.database },
    );
    expect(graph.order).toBe(Number(counts.records[0]?.get("nodes")));
    expect(graph.size).toBe(Number(counts.records[0]?.get("edges")));
  });

  it("exports a Cypher result to stdout, and refuses --seed with --cypher", async () => {
    const run = await entente("export", "--cypher", "MATCH p = (:Country)-[:PARTICIPATES_IN]->(:Program) RETURN p");
    expect(run.code).toBe(0);
    const graph = graphFromJson(run.stdout);
    expect(graph.filterNodes((_, attributes) => attributes.type === "Program").length).toBeGreaterThan(0);
    const both = await entente("export", "--seed", "Japan", "--cypher", "MATCH (n) RETURN n");
    expect(both.code).toBe(2);
    expect(both.stderr).toBe("entente/export: give one of --seed, --ids and --cypher.\n");
  });

  it("refuses a --cypher query that reads files or is not a read, with one line", async () => {
    const csv = await entente("export", "--cypher", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line");
    expect(csv.code).toBe(1);
    expect(csv.stdout).toBe("");
    expect(csv.stderr).toBe("entente/export: --cypher refused: LOAD CSV reads files and URLs, which a read-only query may not do.\n");
    const write = await entente("export", "--cypher", "CREATE (n:Exported) RETURN n");
    expect(write.code).toBe(1);
    expect(write.stderr).toMatch(/^entente\/export: --cypher refused: it writes to the database/);
  });

  it("keeps the quotes --quotes asks for, every one with 'all', and refuses a --quotes that is no count", async () => {
    const quotesOf = async (...quotes: string[]) => {
      const run = await entente("export", "--seed", "Japan", "--depth", "1", ...quotes);
      expect(run.code).toBe(0);
      const graph = graphFromJson(run.stdout);
      return graph.mapEdges((_, attributes) => ({ evidence: attributes.evidence, total: attributes.evidenceTotal }));
    };
    const every = await quotesOf("--quotes", "all");
    const most = Math.max(...every.map((edge) => (Array.isArray(edge.evidence) ? edge.evidence.length : 0)));
    expect(most).toBeGreaterThan(1);
    expect(every.every((edge) => edge.total === undefined)).toBe(true);
    const one = await quotesOf("--quotes", "1");
    expect(Math.max(...one.map((edge) => (Array.isArray(edge.evidence) ? edge.evidence.length : 0)))).toBe(1);
    expect(one.filter((edge) => edge.total !== undefined).length).toBe(
      every.filter((edge) => Array.isArray(edge.evidence) && edge.evidence.length > 1).length,
    );
    const bad = await entente("export", "--quotes", "some");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("entente/export: --quotes 'some' is neither a whole number nor 'all'.\n");
  });

  it("says which seed it could not find", async () => {
    const run = await entente("export", "--seed", "Nobody Atall");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("entente/export: no node has the id or name 'Nobody Atall'\n");
  });
});
