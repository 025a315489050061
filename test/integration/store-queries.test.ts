import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Neo4jConnection } from "../../src/neo4j/connection.js";
import { recordToPlain, type PlainValue } from "../../src/neo4j/values.js";
import { loadExtractions } from "../../src/store/load.js";
import { SAVED_QUERIES } from "../../src/store/queries.js";
import { clearDatabase, connectTestNeo4j } from "../support/neo4j.js";
import { readFixture } from "../fixtures/extractions/index.js";

let conn: Neo4jConnection;

beforeAll(async () => {
  conn = await connectTestNeo4j();
  await clearDatabase(conn);
  await loadExtractions(conn, (["meeting-pm", "meeting-opposition", "agreement", "incremental"] as const).map(readFixture));
});
afterAll(async () => {
  await conn.close();
});

async function saved(name: string, params: Record<string, unknown> = {}): Promise<Array<Record<string, PlainValue>>> {
  const query = SAVED_QUERIES[name];
  if (!query) throw new Error(`no saved query ${name}`);
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: "READ" });
  try {
    const result = await session.executeRead((tx) => tx.run(query.cypher, { ...query.params, ...params }));
    return result.records.map(recordToPlain);
  } finally {
    await session.close();
  }
}

describe("saved queries on the fixtures", () => {
  it("who-met-whom: the Takaichi–Starmer meeting once, with its two sources", async () => {
    const rows = await saved("who-met-whom");
    expect(rows).toContainEqual({
      a: "Keir Starmer",
      b: "Sanae Takaichi",
      event: "Meeting",
      status: "occurred",
      date: "2026-01-31",
      places: ["Japan"],
      sources: 2,
    });
    expect(rows.filter((row) => row.a === "Keir Starmer" && row.b === "Sanae Takaichi" && row.event === "Meeting")).toHaveLength(1);
  });

  it("person-roles: one row per source and date, conflicts flagged", async () => {
    const rows = await saved("person-roles", { name: "Takaichi" });
    expect(rows.map((row) => [row.title, row.asOf, row.conflict])).toEqual([
      ["Prime Minister", "2026-01-15", true],
      ["Minister of State for Economic Security", "2026-01-31", true],
      ["Prime Minister", "2026-01-31", true],
    ]);
  });

  it("agreements, country-programmes, conflicts and most-mentioned", async () => {
    const agreements = await saved("agreements");
    expect(agreements.map(({ parties: _parties, signatories: _signatories, ...rest }) => rest)).toEqual([
      { agreement: "Japan–UK Reciprocal Access Agreement", mentionedIn: ["Japan and UK sign a Reciprocal Access Agreement"] },
    ]);
    expect(agreements[0]?.parties).toEqual(expect.arrayContaining(["Japan", "United Kingdom"]));
    expect(agreements[0]?.signatories).toEqual(expect.arrayContaining(["Fumio Kishida", "Rishi Sunak"]));
    expect((await saved("country-programmes")).map((row) => [row.participant, row.programme, row.sources])).toEqual([
      ["Italy", "Global Combat Air Programme", 1],
      ["Japan", "Global Combat Air Programme", 2],
      ["United Kingdom", "Global Combat Air Programme", 1],
    ]);
    expect((await saved("conflicts")).map((row) => [row.about, row.claim])).toEqual([
      ["Keir Starmer", "Leader of the Opposition"],
      ["Keir Starmer", "Prime Minister"],
      ["Sanae Takaichi", "Minister of State for Economic Security"],
      ["Sanae Takaichi", "Prime Minister"],
    ]);
    expect((await saved("most-mentioned"))[0]).toEqual({ entity: "Sanae Takaichi", type: "Person", mentions: 6, documents: 3 });
  });

  it("document-claims: what one article says, in its own words only", async () => {
    const rows = await saved("document-claims", { doc: "meeting-opposition.txt" });
    expect(rows.map((row) => [row.subject, row.relation, row.object])).toContainEqual(["Keir Starmer", "MEMBER_OF", "Labour Party"]);
    const roles = rows.filter((row) => row.relation === "HOLDS_ROLE" && row.subject === "Sanae Takaichi");
    expect(roles).toEqual([
      expect.objectContaining({
        title: "Minister of State for Economic Security",
        evidence: "la Ministre d'État chargée de la sécurité économique Takaichi Sanae",
      }),
    ]);
  });

  it("shortest-path: through facts, not through documents", async () => {
    const [row] = await saved("shortest-path", { a: "Giorgia Meloni", b: "Keir Starmer" });
    expect(row?.hops).toBe(4);
    const path = row?.path as string[];
    expect([path[0], path[4]]).toEqual(["Giorgia Meloni", "Keir Starmer"]);
    expect(row?.relations).not.toContain("MENTIONED_IN");
    expect(row?.relations).not.toContain("REPORTED_IN");
  });

  it("event-sources: each event with the articles that report it", async () => {
    const rows = await saved("event-sources");
    const meeting = rows.find((row) => row.date === "2026-01-31");
    expect(meeting?.reportedIn).toEqual(
      expect.arrayContaining(["Takaichi et Starmer renforcent la cyberdéfense", "Tokyo et Londres : une rencontre"]),
    );
  });

  it("meetings-between: the events two people both took part in, over time", async () => {
    const rows = await saved("meetings-between", { a: "Sanae Takaichi", b: "person:keir-starmer" });
    expect(rows.map((row) => [row.date, row.event, row.status, row.sources])).toEqual([["2026-01-31", "Meeting", "occurred", 2]]);
    expect(rows[0]?.title).toBe("Meeting of Keir Starmer and Sanae Takaichi, Japan, 2026-01-31");
    expect(await saved("meetings-between", { a: "Giorgia Meloni", b: "Keir Starmer" })).toEqual([]);
  });

  it("single-source-events: what only one article reports", async () => {
    const rows = await saved("single-source-events");
    expect(rows.map((row) => row.event)).toEqual(
      expect.arrayContaining([
        "Meeting of Giorgia Meloni and Sanae Takaichi, Japan, 2026-01-15",
        "Planned meeting of Japan and United Kingdom, 2026",
      ]),
    );
    expect(rows.map((row) => row.event)).not.toContain("Meeting of Keir Starmer and Sanae Takaichi, Japan, 2026-01-31");
    for (const row of rows) expect(typeof row.evidence).toBe("string");
  });

  it("announced-events: each planned event, when announced, for when, and how it stands", async () => {
    expect(await saved("announced-events")).toEqual([
      {
        event: "Planned meeting of Japan and United Kingdom, 2026",
        announced: "2026-02-02",
        plannedFor: "2026",
        outcome: "planned",
        date: "2026",
        history: [expect.stringMatching(/^2026-02-02: planned 2026 — /)],
      },
    ]);
  });
});
