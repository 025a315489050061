/**
 * The viewer's HTTP API against the real Neo4j, with the fixture graph loaded through the store:
 * every route's answer, its validation (400 as JSON), unknown ids (404) and the read-only console.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import type { Neo4jConnection } from "../../src/neo4j/connection.js";
import { loadExtractions } from "../../src/store/load.js";
import { buildViewerApp } from "../../viewer/server/server.js";
import {
  CypherAnswer,
  DocumentsAnswer,
  ErrorAnswer,
  GraphSlice,
  NeighborsAnswer,
  NodeDetails,
  PathAnswer,
  SearchAnswer,
} from "../../viewer/shared/api.js";
import { clearDatabase, connectTestNeo4j } from "../support/neo4j.js";
import { XSS_NAME, viewerFixtureExtractions } from "../e2e/fixtures/viewer-graph.js";
import { graphFromJson } from "../support/graph-json.js";

let conn: Neo4jConnection;
let app: FastifyInstance;

beforeAll(async () => {
  conn = await connectTestNeo4j();
  await clearDatabase(conn);
  await loadExtractions(conn, viewerFixtureExtractions());
  app = await buildViewerApp({ conn, appDir: "/nonexistent-viewer-app" });
});

afterAll(async () => {
  await app?.close();
  await conn?.close();
});

async function get(url: string) {
  const response = await app.inject({ method: "GET", url });
  const isJson = String(response.headers["content-type"] ?? "").startsWith("application/json");
  return {
    status: response.statusCode,
    body: isJson ? response.json<unknown>() : null,
    headers: response.headers,
    text: response.body,
  };
}

describe("viewer API", () => {
  it("searches names and aliases with autocomplete on the last word", async () => {
    const prefix = SearchAnswer.parse((await get("/api/search?q=Takai")).body);
    expect(prefix.hits[0]?.id).toBe("person:sanae-takaichi");
    const alias = SearchAnswer.parse((await get("/api/search?q=Italie")).body);
    expect(alias.hits[0]).toMatchObject({ id: "country:IT", name: "Italy", matched: "Italie" });
    const none = SearchAnswer.parse((await get("/api/search?q=Zanzibar")).body);
    expect(none.hits).toEqual([]);
  });

  it("answers a node with its roles, events and each quote with its article", async () => {
    const details = NodeDetails.parse((await get("/api/node/person%3Asanae-takaichi")).body);
    expect(details.node).toMatchObject({ label: "Sanae Takaichi", type: "Person", kind: "Entity" });
    expect(details.aliases).toContain("Takaichi Sanae");
    const primeMinister = details.roles.find((r) => r.title === "Prime Minister");
    expect(primeMinister?.of.label).toBe("Japan");
    expect(primeMinister?.evidence.map((quote) => quote.text)).toEqual(["Première ministre du Japon, Takaichi Sanae"]);
    expect(primeMinister?.evidence[0]?.document).toMatchObject({
      title: "Le Japon et le Royaume-Uni renforcent leur coopération",
      published: "2026-02-02",
      publisher: "Fixture Presse",
    });
    const meeting = details.events.find((e) => e.date === "2026-01-31");
    expect(meeting?.participants.map((p) => p.label).sort()).toEqual(["Keir Starmer", "Sanae Takaichi"]);
    expect(meeting?.evidence[0]?.document?.id).toBe("doc:viewer-fixture-fr");
    expect(details.mentions.map((m) => m.document.id).sort()).toEqual(["doc:viewer-fixture-en", "doc:viewer-fixture-fr"]);
  });

  it("shows a conflict with each side's claim and article", async () => {
    const details = NodeDetails.parse((await get("/api/node/person%3Asanae-takaichi")).body);
    expect(details.conflicts).toHaveLength(1);
    const [conflict] = details.conflicts;
    expect(conflict.kind).toBe("role");
    const sides = conflict.claims.map((claim) => ({
      summary: claim.summary,
      articles: claim.sources.map((d) => d.id),
      quotes: claim.evidence.map((q) => q.text),
    }));
    expect(sides).toEqual(
      expect.arrayContaining([
        { summary: "Foreign Minister of Japan", articles: ["doc:viewer-fixture-en"], quotes: ["Foreign Minister Sanae Takaichi"] },
        { summary: "Prime Minister of Japan", articles: ["doc:viewer-fixture-fr"], quotes: ["Première ministre du Japon, Takaichi Sanae"] },
      ]),
    );
    expect(details.roles.every((role) => role.conflict)).toBe(true);
  });

  it("keeps markup in names as data", async () => {
    const hits = SearchAnswer.parse((await get("/api/search?q=onerror")).body).hits;
    expect(hits.map((h) => h.name)).toContain(XSS_NAME);
  });

  it("pages a node's neighbours, most connected first", async () => {
    const first = NeighborsAnswer.parse((await get("/api/node/country%3AJP/neighbors?limit=2&offset=0")).body);
    const second = NeighborsAnswer.parse((await get("/api/node/country%3AJP/neighbors?limit=2&offset=2")).body);
    expect(first.total).toBe(second.total);
    expect(first.total).toBeGreaterThanOrEqual(4);
    const firstIds = first.nodes.slice(1).map((n) => n.id);
    const secondIds = second.nodes.slice(1).map((n) => n.id);
    expect(firstIds).toHaveLength(2);
    expect(firstIds.filter((id) => secondIds.includes(id))).toEqual([]);
    expect(first.nodes[1].degree).toBeGreaterThanOrEqual(first.nodes[2].degree);
    for (const edge of first.edges) expect([edge.source, edge.target]).toContain("country:JP");
  });

  it("finds the shortest path from Takaichi to Italy", async () => {
    const answer = PathAnswer.parse((await get("/api/path?from=person%3Asanae-takaichi&to=country%3AIT")).body);
    expect(answer.path).toEqual(["person:sanae-takaichi", "country:JP", "program:gcap", "country:IT"]);
    expect(answer.edges).toHaveLength(3);
  });

  it("caps the overview, most connected first", async () => {
    const slice = GraphSlice.parse((await get("/api/overview?limit=2")).body);
    expect(slice.nodes).toHaveLength(2);
    expect(slice.nodes[0].id).toBe("country:JP");
    for (const edge of slice.edges) {
      expect(slice.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([edge.source, edge.target]));
    }
  });

  it("lists the articles", async () => {
    const { documents } = DocumentsAnswer.parse((await get("/api/documents")).body);
    expect(documents.map((d) => d.publisher).sort()).toEqual(["Fixture Presse", "Fixture Wire"]);
  });

  it("runs read queries and draws what they return", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/cypher",
      payload: { query: "MATCH (c:Country)-[r:PARTICIPATES_IN]->(p:Program) RETURN c, r, p.name AS programme ORDER BY c.name" },
    });
    expect(response.statusCode).toBe(200);
    const answer = CypherAnswer.parse(response.json());
    expect(answer.columns).toEqual(["c", "r", "programme"]);
    expect(answer.rows).toHaveLength(3);
    expect(answer.rows[0].programme).toBe("Global Combat Air Programme");
    // The programme is not returned as a node, but the relationships are: their ends are drawn too.
    expect(answer.graph.nodes.map((n) => n.id).sort()).toEqual(["country:GB", "country:IT", "country:JP", "program:gcap"]);
    expect(answer.graph.edges.filter((e) => e.type === "PARTICIPATES_IN")).toHaveLength(3);
  });

  it("refuses a write with the read-only guard's sentence and changes nothing", async () => {
    const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: "CREATE (:Intruder {name: 'x'})" } });
    expect(response.statusCode).toBe(400);
    expect(ErrorAnswer.parse(response.json()).error).toMatch(/^refused: it writes to the database/);
    const check = await conn.driver.executeQuery("MATCH (n:Intruder) RETURN count(n) AS n", {}, { database: conn.database });
    expect(Number(check.records[0].get("n"))).toBe(0);
  });

  it("reports a Cypher syntax error as a 400 with the server's message", async () => {
    const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: "MATCH (n RETURN n" } });
    expect(response.statusCode).toBe(400);
    expect(ErrorAnswer.parse(response.json()).error).toMatch(/Invalid input|expected/i);
  });

  it("exports the chosen nodes as graphology JSON and as GEXF", async () => {
    const json = await get("/api/export?format=json&ids=country%3AJP,program%3Agcap,country%3AIT");
    expect(json.status).toBe(200);
    expect(json.headers["content-disposition"]).toContain("entente-graph.json");
    const graph = graphFromJson(json.text);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttribute("country:IT", "label")).toBe("Italy");

    const xml = await get("/api/export?format=gexf&ids=country%3AJP,program%3Agcap");
    expect(xml.headers["content-type"]).toContain("gexf");
    const parsed = gexf.parse(MultiDirectedGraph, xml.text);
    expect(parsed.order).toBe(2);
    expect(parsed.size).toBe(1);

    // The quotes each fact keeps, as `entente export --quotes`: none here, and the count of those left out.
    const bare = graphFromJson((await get("/api/export?format=json&quotes=0&ids=country%3AJP,program%3Agcap,country%3AIT")).text);
    const kept = bare.mapEdges((_, attributes) => [attributes.evidence, attributes.evidenceTotal] as const);
    expect(kept.length).toBe(2);
    for (const [evidence, total] of kept) {
      expect(evidence).toEqual([]);
      expect(total).toBeGreaterThan(0);
    }
  });

  it("validates parameters and answers errors as JSON with a status", async () => {
    for (const url of [
      "/api/search?q=",
      "/api/node/country%3AJP/neighbors?limit=0",
      "/api/overview?limit=abc",
      "/api/path?from=x",
      "/api/export?format=pdf&ids=a",
      "/api/export?quotes=some&ids=a",
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(400);
      expect(ErrorAnswer.parse(response.body).error, url).toMatch(/^entente\/viewer: invalid /);
    }
    const missing = await get("/api/node/nobody");
    expect(missing.status).toBe(404);
    expect(ErrorAnswer.parse(missing.body).error).toContain("nobody");
    const unknownRoute = await get("/api/nothing-here");
    expect(unknownRoute.status).toBe(404);
  });

  it("never sends the database credentials, and sets a strict content policy", async () => {
    const response = await get("/api/node/person%3Asanae-takaichi");
    const password = conn.settings.password;
    if (password) expect(response.text).not.toContain(password);
    expect(response.text).not.toContain(conn.settings.uri);
    expect(response.headers["content-security-policy"]).toContain("script-src 'self'");
  });
});
