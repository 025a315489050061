import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Neo4jConnection } from "../../src/neo4j/connection.js";
import { exportSubgraph, serializeGraph } from "../../src/store/export.js";
import { loadExtractions } from "../../src/store/load.js";
import { clearDatabase, connectTestNeo4j } from "../support/neo4j.js";
import { readFixture } from "../fixtures/extractions/index.js";
import { graphFromJson } from "../support/graph-json.js";

let conn: Neo4jConnection;

beforeAll(async () => {
  conn = await connectTestNeo4j();
  await clearDatabase(conn);
  await loadExtractions(conn, (["meeting-pm", "meeting-opposition", "agreement"] as const).map(readFixture));
});
afterAll(async () => {
  await conn.close();
});

describe("exportSubgraph", () => {
  it("exports a seed's ego network, found by name, that loads with graphology's from() and holds its neighbours", async () => {
    const graph = await exportSubgraph(conn, { kind: "seed", seed: "Sanae Takaichi", depth: 2 });
    const loaded = graphFromJson(await serializeGraph(graph, "json"));
    expect(loaded.type).toBe("directed");
    expect(loaded.multi).toBe(true);
    expect(loaded.hasNode("person:keir-starmer")).toBe(true);
    expect(loaded.getNodeAttributes("person:keir-starmer")).toMatchObject({
      label: "Keir Starmer",
      type: "Person",
      labels: ["Entity", "Person"],
      aliases: ["Starmer"],
    });
    const roles = loaded.filterEdges("person:sanae-takaichi", "country:JP", (_, attributes) => attributes.type === "HOLDS_ROLE");
    expect(roles.map((edge) => loaded.getEdgeAttribute(edge, "title")).sort()).toEqual([
      "Minister of State for Economic Security",
      "Prime Minister",
    ]);
    const role = loaded.getEdgeAttributes("person:sanae-takaichi|HOLDS_ROLE|country:JP|Prime Minister");
    expect(role).toMatchObject({
      conflict: true,
      sources: ["doc:fixture-meeting-pm"],
      evidence: ["La Première ministre japonaise Takaichi Sanae"],
      asOf: ["2026-01-31"],
    });
    // MENTIONED_IN is left out of ego networks: the Signing of 2023, two hops away only through documents, is not there.
    expect(loaded.filterEdges((_, attributes) => attributes.type === "MENTIONED_IN")).toEqual([]);
    expect(loaded.hasNode("person:rishi-sunak")).toBe(false);
  });

  it("holds every relationship among the nodes it exports, each once, mentions aside, at every depth", async () => {
    for (const depth of [1, 2, 3]) {
      const graph = await exportSubgraph(conn, { kind: "seed", seed: "Sanae Takaichi", depth });
      // Every relationship of the graph whose two ends were exported, found by walking all of them.
      const expected = await conn.driver.executeQuery(
        `MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids AND type(r) <> 'MENTIONED_IN'
         RETURN a.id AS from, type(r) AS type, b.id AS to`,
        { ids: graph.nodes() },
        { database: conn.database },
      );
      const wanted = expected.records.map(
        (record) => `${String(record.get("from"))}|${String(record.get("type"))}|${String(record.get("to"))}`,
      );
      const exported = graph.mapEdges((_, attributes, source, target) => `${source}|${String(attributes.type)}|${target}`);
      expect(exported.sort()).toEqual(wanted.sort());
      expect(exported.some((edge) => edge.includes("|REPORTED_IN|"))).toBe(depth >= 2);
      expect(exported.some((edge) => edge.includes("|HOLDS_ROLE|"))).toBe(true);
    }
  });

  it("finds the seed by an alias in another word order, or by its exact id, and depth 1 stays one hop away", async () => {
    const byAlias = await exportSubgraph(conn, { kind: "seed", seed: "takaichi sanae", depth: 1 });
    expect(byAlias.hasNode("person:sanae-takaichi")).toBe(true);
    expect(byAlias.hasNode("person:keir-starmer")).toBe(false);
    const byId = await exportSubgraph(conn, { kind: "seed", seed: "country:GB", depth: 1 });
    expect(byId.neighbors("country:GB")).toEqual(expect.arrayContaining(["person:keir-starmer", "agreement:jp-gb-raa"]));
  });

  it("says so when no node matches the seed", async () => {
    await expect(exportSubgraph(conn, { kind: "seed", seed: "Nobody Atall", depth: 2 })).rejects.toThrow(
      "entente/export: no node has the id or name 'Nobody Atall'",
    );
  });

  it("exports what a Cypher query returns, endpoints of bare relationships included", async () => {
    const graph = await exportSubgraph(conn, { kind: "cypher", cypher: "MATCH (:Person)-[r:HOLDS_ROLE]->() WHERE r.conflict RETURN r" });
    expect(graph.size).toBe(4);
    expect(graph.nodes().sort()).toEqual(["country:GB", "country:JP", "person:keir-starmer", "person:sanae-takaichi"]);
    const paths = await exportSubgraph(conn, {
      kind: "cypher",
      cypher: "MATCH p = (:Person)-[:SIGNED]->(:Agreement)<-[:PARTY_TO]-(:Country) RETURN p",
    });
    expect(paths.order).toBe(5);
  });

  it("writes GEXF that graphology-gexf parses back with the same nodes, edges and list attributes", async () => {
    const graph = await exportSubgraph(conn, { kind: "all" });
    const parsed = parseGexf(MultiDirectedGraph, await serializeGraph(graph, "gexf"));
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    expect(parsed.getNodeAttribute("person:keir-starmer", "label")).toBe("Keir Starmer");
    const edge = "person:keir-starmer|HOLDS_ROLE|country:GB|Leader of the Opposition";
    expect(parsed.getEdgeAttributes(edge)).toMatchObject({
      type: "HOLDS_ROLE",
      conflict: true,
      sources: ["doc:fixture-meeting-opposition"],
    });
    expect(parsed.getEdgeAttribute(edge, "evidence")).toEqual(["Keir Starmer, chef de l'opposition"]);
  });
});
