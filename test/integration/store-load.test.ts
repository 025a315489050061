import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Neo4jConnection } from "../../src/neo4j/connection.js";
import { recordToPlain, type PlainValue } from "../../src/neo4j/values.js";
import { BATCH_SIZE, loadExtractions } from "../../src/store/load.js";
import { listConflicts } from "../../src/store/conflicts.js";
import { MERGE_ROLES } from "../../src/store/statements.js";
import type { DocumentExtraction } from "../../src/model/extraction.js";
import { clearDatabase, connectTestNeo4j } from "../support/neo4j.js";
import { readFixture, type FixtureName } from "../fixtures/extractions/index.js";

let conn: Neo4jConnection;

beforeAll(async () => {
  conn = await connectTestNeo4j();
  // Warm-up (schema, query plans) inside the hook's longer time limit, not inside the first test's.
  await clearDatabase(conn);
  await loadExtractions(conn, (["meeting-pm", "meeting-opposition", "broken"] as const).map(readFixture));
});
afterAll(async () => {
  await conn.close();
});
beforeEach(async () => {
  await clearDatabase(conn);
});

const fixtures = (...names: FixtureName[]): DocumentExtraction[] => names.map(readFixture);
const SAMPLE: FixtureName[] = ["meeting-pm", "meeting-opposition", "compatible-fr", "compatible-en", "agreement"];

async function rows(cypher: string, params: Record<string, unknown> = {}): Promise<Array<Record<string, PlainValue>>> {
  const result = await conn.driver.executeQuery(cypher, params, { database: conn.database });
  return result.records.map(recordToPlain);
}

/** Every node and relationship with its labels and properties, in a stable order. */
async function snapshot(): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await rows("MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties");
  const relationships = await rows("MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties");
  return {
    nodes: nodes.map((row) => JSON.stringify([row.id, [...(row.labels as string[])].sort(), sortKeys(row.properties)])).sort(),
    relationships: relationships.map((row) => JSON.stringify([row.from, row.type, row.to, sortKeys(row.properties)])).sort(),
  };
}

interface FactProperties {
  sources?: string[];
  evidence: string[];
}

/** Fact relationships by (from, type, to, title): their sources and evidence. */
async function facts(): Promise<Map<string, FactProperties>> {
  const found = await rows(
    "MATCH (a)-[r]->(b) WHERE r.sources IS NOT NULL RETURN a.id AS from, type(r) AS type, b.id AS to, r.title AS title, r.sources AS sources, r.evidence AS evidence",
  );
  return new Map(
    found.map((row) => [
      JSON.stringify([row.from, row.type, row.to, row.title]),
      { sources: row.sources as string[], evidence: row.evidence as string[] },
    ]),
  );
}

function sortKeys(value: PlainValue): PlainValue {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

describe("loadExtractions", () => {
  it("changes nothing when the same documents are loaded again: counts, properties, ingestedAt", async () => {
    const first = await loadExtractions(conn, fixtures(...SAMPLE));
    const before = await snapshot();
    const second = await loadExtractions(conn, fixtures(...SAMPLE));
    expect(await snapshot()).toEqual(before);
    expect(second.relationshipsCreated).toBe(0);
    expect(second.unchanged).toBe(5);
    const counts = ({ documents, entities, events, relations, conflicts }: typeof first) => ({
      documents,
      entities,
      events,
      relations,
      conflicts,
    });
    expect(counts(second)).toEqual(counts(first));
    expect(first).toMatchObject({ documents: 5, loaded: 5, rejected: [] });
  });

  it("makes one Event, reported in both documents, of the meeting two articles tell", async () => {
    await loadExtractions(conn, fixtures("meeting-pm", "meeting-opposition"));
    const meetings = await rows(
      `MATCH (a:Person {id: 'person:sanae-takaichi'})-[:PARTICIPATED_IN]->(ev:Event:Meeting)<-[:PARTICIPATED_IN]-(b:Person {id: 'person:keir-starmer'})
       WHERE ev.date = '2026-01-31'
       MATCH (ev)-[rep:REPORTED_IN]->(d:Document)
       RETURN ev.id AS id, collect(d.id) AS documents, collect(rep.evidence) AS evidence`,
    );
    expect(meetings).toHaveLength(1);
    expect([...(meetings[0]?.documents as string[])].sort()).toEqual(["doc:fixture-meeting-opposition", "doc:fixture-meeting-pm"]);
    const participation = await rows(
      "MATCH (:Person {id: 'person:keir-starmer'})-[r:PARTICIPATED_IN]->(:Event {id: $id}) RETURN r.sources AS sources",
      { id: meetings[0]?.id },
    );
    expect([...(participation[0]?.sources as string[])].sort()).toEqual(["doc:fixture-meeting-opposition", "doc:fixture-meeting-pm"]);
  });

  it("flags both persons' conflicting roles and ties a Conflict node to the person and both documents", async () => {
    await loadExtractions(conn, fixtures("meeting-pm", "meeting-opposition"));
    const flagged = await rows("MATCH (p:Person)-[r:HOLDS_ROLE]->() WHERE r.conflict RETURN DISTINCT p.name AS name ORDER BY name");
    expect(flagged.map((row) => row.name)).toEqual(["Keir Starmer", "Sanae Takaichi"]);
    const roles = await rows(
      "MATCH (:Person {id: 'person:keir-starmer'})-[r:HOLDS_ROLE]->(t) RETURN t.id AS target, r.title AS title, r.conflict AS conflict ORDER BY title",
    );
    expect(roles).toEqual([
      { target: "org:uk-labour-party", title: "Leader of the Labour Party", conflict: false },
      { target: "country:GB", title: "Leader of the Opposition", conflict: true },
      { target: "country:GB", title: "Prime Minister", conflict: true },
    ]);
    const conflicts = await rows(
      `MATCH (c:Conflict)-[:ABOUT]->(p:Person)
       MATCH (c)-[ci:CLAIMED_IN]->(d:Document)
       WITH c, p, ci, d ORDER BY ci.title
       RETURN p.name AS person, c.kind AS kind, c.date AS date, collect([ci.title, d.id]) AS claims ORDER BY person`,
    );
    expect(conflicts).toEqual([
      {
        person: "Keir Starmer",
        kind: "role",
        date: "2026-01-31",
        claims: [
          ["Leader of the Opposition", "doc:fixture-meeting-opposition"],
          ["Prime Minister", "doc:fixture-meeting-pm"],
        ],
      },
      {
        person: "Sanae Takaichi",
        kind: "role",
        date: "2026-01-31",
        claims: [
          ["Minister of State for Economic Security", "doc:fixture-meeting-opposition"],
          ["Prime Minister", "doc:fixture-meeting-pm"],
        ],
      },
    ]);
    const listed = await listConflicts(conn);
    expect(listed.map((conflict) => conflict.entity.name)).toEqual(["Keir Starmer", "Sanae Takaichi"]);
    expect(listed[0]?.claims.map((claim) => claim.evidence)).toEqual([
      ["Keir Starmer, chef de l'opposition"],
      ["son homologue britannique Keir Starmer"],
    ]);
  });

  it("does not flag compatible claims: one office in two languages, two offices held at once, different dates", async () => {
    await loadExtractions(conn, fixtures("compatible-fr", "compatible-en", "meeting-opposition"));
    expect(await rows("MATCH ()-[r:HOLDS_ROLE]->() WHERE r.conflict RETURN r")).toEqual([]);
    expect(await rows("MATCH (c:Conflict) RETURN c")).toEqual([]);
    const president = await rows(
      "MATCH (:Person {id: 'person:emmanuel-macron'})-[r:HOLDS_ROLE {title: 'President'}]->(:Country {id: 'country:FR'}) RETURN r.sources AS sources, r.titleTexts AS texts, r.asOf AS asOf",
    );
    expect(president).toEqual([
      {
        // Sorted lists, each asOf beside its source: the same whatever order the articles came in.
        sources: ["doc:fixture-compatible-en", "doc:fixture-compatible-fr"],
        texts: ["French President", "président de la République"],
        asOf: ["2026-03-02", "2026-03-01"],
      },
    ]);
    // The other order, in one batch: each date still lands beside its own source.
    await clearDatabase(conn);
    await loadExtractions(conn, fixtures("meeting-opposition", "compatible-en", "compatible-fr"));
    expect(
      await rows(
        "MATCH (:Person {id: 'person:emmanuel-macron'})-[r:HOLDS_ROLE {title: 'President'}]->(:Country {id: 'country:FR'}) RETURN r.sources AS sources, r.titleTexts AS texts, r.asOf AS asOf",
      ),
    ).toEqual(president);
  });

  it("gives every fact relationship its sources and evidence", async () => {
    await loadExtractions(conn, fixtures(...SAMPLE));
    const lacking = await rows(
      `MATCH ()-[r]->() WHERE NOT type(r) IN ['MENTIONED_IN', 'REPORTED_IN', 'CLAIMED_IN'] AND NOT (startNode(r):Conflict)
       AND (r.sources IS NULL OR size(r.sources) = 0 OR r.evidence IS NULL OR size(r.evidence) = 0)
       RETURN type(r) AS type`,
    );
    expect(lacking).toEqual([]);
    const types = await rows("MATCH ()-[r]->() RETURN DISTINCT type(r) AS type ORDER BY type");
    expect(types.map((row) => row.type)).toEqual(
      expect.arrayContaining([
        "ABOUT",
        "HOLDS_ROLE",
        "MEMBER_OF",
        "PARTICIPATED_IN",
        "PARTICIPATES_IN",
        "PARTY_TO",
        "SIGNED",
        "TOOK_PLACE_IN",
      ]),
    );
  });

  it("writes agreements with their parties and signatories", async () => {
    await loadExtractions(conn, fixtures("agreement"));
    const agreement = await rows(
      `MATCH (a:Agreement {id: 'agreement:jp-gb-raa'})
       RETURN [(c)-[:PARTY_TO]->(a) | c.name] AS parties, [(p:Person)-[s:SIGNED]->(a) | [p.name, s.date]] AS signatories`,
    );
    expect([...(agreement[0]?.parties as string[])].sort()).toEqual(["Japan", "United Kingdom"]);
    expect([...(agreement[0]?.signatories as string[][])].sort()).toEqual([
      ["Fumio Kishida", "2023-01-11"],
      ["Rishi Sunak", "2023-01-11"],
    ]);
  });

  it("leaves nothing of a document Neo4j refuses halfway, and loads the others", async () => {
    const summary = await loadExtractions(conn, fixtures("meeting-pm", "broken", "incremental"));
    expect(summary.loaded).toBe(2);
    expect(summary.rejected).toHaveLength(1);
    expect(summary.rejected[0]?.source).toBe("fixtures/broken.txt");
    expect(summary.rejected[0]?.reason).toMatch(/^Neo4j refused the document, nothing of it was written: /);
    // Neo4j's own reason (the fact's property it cannot store), not what the statements after it were told.
    expect(summary.rejected[0]?.reason).toMatch(/only supports a subset of Cypher types for storage/);
    expect(await rows("MATCH (d:Document {id: 'doc:fixture-broken'}) RETURN d")).toEqual([]);
    expect(await rows("MATCH (e:Entity {id: 'person:broken-only'}) RETURN e")).toEqual([]);
    expect(
      await rows("MATCH (:Entity {id: 'country:IT'})-[r:PARTICIPATES_IN]->() WHERE 'doc:fixture-broken' IN r.sources RETURN r"),
    ).toEqual([]);
    expect(await rows("MATCH ()-[r]->() WHERE 'doc:fixture-broken' IN coalesce(r.sources, []) RETURN r")).toEqual([]);
    expect((await rows("MATCH (d:Document) RETURN d.id AS id ORDER BY id")).map((row) => row.id)).toEqual([
      "doc:fixture-incremental",
      "doc:fixture-meeting-pm",
    ]);
  });

  it("names Neo4j's own reason for a document refused at its first statements, while later ones were already sent", async () => {
    // An entity property Neo4j cannot store (a map): the entities' statement fails, and with it
    // every statement sent after it in the same transaction.
    const broken = readFixture("broken");
    const refused: DocumentExtraction = {
      ...broken,
      relations: [],
      entities: broken.entities.map((entity) =>
        entity.id === "person:broken-only" ? { ...entity, wikidata: { not: "a value" } as unknown as string } : entity,
      ),
    };
    const summary = await loadExtractions(conn, [readFixture("meeting-pm"), refused, readFixture("incremental")]);
    expect(summary.loaded).toBe(2);
    expect(summary.rejected.map((failure) => failure.source)).toEqual(["fixtures/broken.txt"]);
    expect(summary.rejected[0]?.reason).toMatch(
      /^Neo4j refused the document, nothing of it was written: Property values can only be of primitive types/,
    );
    expect(await rows("MATCH (e:Entity {id: 'person:broken-only'}) RETURN e")).toEqual([]);
  });

  it("writes a document larger than one batch completely, in several statements, and idempotently", { timeout: 180_000 }, async () => {
    const count = BATCH_SIZE * 2 + 7;
    const quote = (text: string) => [{ start: 0, end: text.length, text }];
    const big: DocumentExtraction = {
      document: { id: "doc:big", source: "fixtures/big.txt", title: "Many topics", published: "2026-05-01", language: "en" },
      entities: [
        { id: "country:JP", name: "Japan", type: "Country", aliases: [], mentions: quote("Japan") },
        ...Array.from({ length: count }, (_, i) => ({
          id: `topic:t${i}`,
          name: `Topic ${i}`,
          type: "Topic" as const,
          aliases: [],
          mentions: quote(`Topic ${i}`),
        })),
      ],
      events: [],
      relations: Array.from({ length: count }, (_, i) => ({
        type: "CONCERNS",
        source: "country:JP",
        target: `topic:t${i}`,
        evidence: quote(`Japan and Topic ${i}`),
      })),
    };
    const first = await loadExtractions(conn, [big]);
    expect(first.rejected).toEqual([]);
    expect(first.relationshipsCreated).toBe(2 * count + 1); // MENTIONED_IN for each entity, one CONCERNS per topic
    const again = await loadExtractions(conn, [big]);
    expect(again.relationshipsCreated).toBe(0);
    expect(
      await rows("MATCH (:Country {id: 'country:JP'})-[r:CONCERNS]->(:Topic) RETURN count(r) AS n, min(size(r.sources)) AS minSources"),
    ).toEqual([{ n: count, minSources: 1 }]);
  });

  it("re-loads a document the extractor now reads differently: its old claims go, what others support stays", async () => {
    await loadExtractions(conn, fixtures("meeting-pm", "meeting-opposition"));
    const old = readFixture("meeting-opposition");
    const [takaichiRole] = old.relations;
    if (!takaichiRole) throw new Error("fixture without relations");
    const revised: DocumentExtraction = {
      ...old,
      entities: old.entities.filter((entity) => entity.id !== "org:uk-labour-party"),
      relations: [
        { ...takaichiRole, properties: { ...takaichiRole.properties, title: "Prime Minister", titleKind: "head-of-government" } },
      ],
    };
    const summary = await loadExtractions(conn, [revised]);
    expect(summary).toMatchObject({ loaded: 1, unchanged: 0, rejected: [], conflicts: 0 });
    expect(await rows("MATCH ()-[r:HOLDS_ROLE]->() WHERE r.conflict RETURN r")).toEqual([]);
    expect(await rows("MATCH (e:Entity {id: 'org:uk-labour-party'}) RETURN e")).toEqual([]);
    expect(await rows("MATCH (:Person {id: 'person:keir-starmer'})-[r:HOLDS_ROLE]->() RETURN r.title AS title")).toEqual([
      { title: "Prime Minister" },
    ]);
    const takaichi = await rows(
      "MATCH (:Person {id: 'person:sanae-takaichi'})-[r:HOLDS_ROLE]->() RETURN r.title AS title, r.sources AS sources, r.asOf AS asOf",
    );
    expect(takaichi).toEqual([
      {
        title: "Prime Minister",
        sources: ["doc:fixture-meeting-opposition", "doc:fixture-meeting-pm"],
        asOf: ["2026-01-31", "2026-01-31"],
      },
    ]);
    expect(await rows("MATCH (:Event:Meeting {date: '2026-01-31'})-[r:REPORTED_IN]->() RETURN count(r) AS n")).toEqual([{ n: 2 }]);

    // The same graph as loading the revised document into an empty database.
    const reloaded = await facts();
    await clearDatabase(conn);
    await loadExtractions(conn, [readFixture("meeting-pm"), revised]);
    expect(await facts()).toEqual(reloaded);
  });

  it("checks each batch while the one before is written, and still sees what that one wrote", async () => {
    // One document per batch: the second batch is checked against the graph while the first is
    // being written, so only the check inside its own transaction can find the first's copy.
    const opposition = readFixture("meeting-opposition");
    const [takaichiRole] = opposition.relations;
    if (!takaichiRole) throw new Error("fixture without relations");
    const revised: DocumentExtraction = {
      ...opposition,
      relations: [
        { ...takaichiRole, properties: { ...takaichiRole.properties, title: "Prime Minister", titleKind: "head-of-government" } },
      ],
    };
    const seen: string[] = [];
    const summary = await loadExtractions(conn, [readFixture("meeting-pm"), readFixture("meeting-pm"), opposition, revised], {
      batchDocuments: 1,
      onDocument: (outcome) => seen.push(`${outcome.document}:${outcome.ok && outcome.unchanged ? "unchanged" : "written"}`),
    });
    expect(summary).toMatchObject({ loaded: 4, unchanged: 1, rejected: [] });
    expect(seen).toEqual([
      "doc:fixture-meeting-pm:written",
      "doc:fixture-meeting-pm:unchanged",
      "doc:fixture-meeting-opposition:written",
      "doc:fixture-meeting-opposition:written",
    ]);
    expect(await rows("MATCH (d:Document) RETURN count(d) AS n")).toEqual([{ n: 2 }]);
    // The revised reading replaced the first: the same graph as loading only it.
    const pipelined = await facts();
    await clearDatabase(conn);
    await loadExtractions(conn, [readFixture("meeting-pm"), revised]);
    expect(await facts()).toEqual(pipelined);
  });

  it("adds a new article to what is there without disturbing it, matching events already in the graph", async () => {
    await loadExtractions(conn, fixtures("meeting-pm", "meeting-opposition"));
    const before = await facts();
    await loadExtractions(conn, fixtures("incremental"));
    const after = await facts();
    // Every fact already there is still there, with the same properties, or with the new article
    // added to its sources and its quotes to the evidence (Japan's part in GCAP, Takaichi's office).
    for (const [key, old] of before) {
      const now = after.get(key);
      expect(now, key).toBeDefined();
      if (JSON.stringify(now) === JSON.stringify(old)) continue;
      expect(now?.sources, key).toEqual([...(old.sources ?? []), "doc:fixture-incremental"].sort());
      expect(now?.evidence, key).toEqual(expect.arrayContaining(old.evidence));
      expect(now?.evidence.length, key).toBeGreaterThan(old.evidence.length);
    }
    expect([...after.keys()].filter((key) => !before.has(key)).length).toBeGreaterThan(0);
    const conflicts = await rows("MATCH (c:Conflict) RETURN count(c) AS count");
    expect(conflicts).toEqual([{ count: 2 }]);

    // A later article telling the 2026-01-31 meeting at month precision lands on the same Event.
    const base = readFixture("meeting-opposition");
    const [report] = base.events;
    if (!report) throw new Error("fixture without event");
    const later: DocumentExtraction = {
      ...base,
      document: { ...base.document, id: "doc:later-recap", source: "fixtures/later-recap.txt", published: "2026-02-20" },
      events: [{ ...report, date: "2026-01" }],
      relations: [],
    };
    await loadExtractions(conn, [later]);
    const reports = await rows(
      "MATCH (ev:Event:Meeting {date: '2026-01-31'})-[:REPORTED_IN]->(d:Document) RETURN ev.id AS event, collect(d.id) AS documents",
    );
    expect(reports).toHaveLength(1);
    expect([...(reports[0]?.documents as string[])].sort()).toEqual([
      "doc:fixture-meeting-opposition",
      "doc:fixture-meeting-pm",
      "doc:later-recap",
    ]);
  });
});

describe("a fact's provenance, written for a batch", () => {
  // The statement itself, with rows as the loader makes them (roleRowsOfBatch): a document the
  // role already has keeps its place and date and adds only its new quotes; new documents go where
  // their ids sort, their quotes after those of the documents before them.
  const role = (contributions: Array<{ document: string; evidence: string[]; asOf: string | null }>) => ({
    person: "person:p",
    target: "country:T",
    title: "President",
    titleKind: "head-of-state",
    titleTexts: ["président"],
    contributions,
  });

  it("puts each document's quotes and date where the lists' one order has them, once", async () => {
    await conn.driver.executeQuery("CREATE (:Entity {id: 'person:p'}), (:Entity {id: 'country:T'})", {}, { database: conn.database });
    const write = (rows: unknown[]) => conn.driver.executeQuery(MERGE_ROLES, { rows }, { database: conn.database });
    await write([role([{ document: "doc:b", evidence: ["b1"], asOf: "2026-01-01" }])]);
    await write([
      role([
        { document: "doc:a", evidence: ["a1", "a2"], asOf: null },
        { document: "doc:b", evidence: ["b1", "b2"], asOf: "2027-01-01" },
        { document: "doc:c", evidence: ["c1"], asOf: "2026-03-01" },
      ]),
    ]);
    const [stored] = (
      await conn.driver.executeQuery(
        "MATCH ()-[r:HOLDS_ROLE]->() RETURN r.sources AS sources, r.asOf AS asOf, r.evidence AS evidence, r.evidenceSources AS evidenceSources",
        {},
        { database: conn.database },
      )
    ).records.map(recordToPlain);
    expect(stored).toEqual({
      sources: ["doc:a", "doc:b", "doc:c"],
      asOf: ["", "2026-01-01", "2026-03-01"],
      evidence: ["a1", "a2", "b1", "b2", "c1"],
      evidenceSources: ["doc:a", "doc:a", "doc:b", "doc:b", "doc:c"],
    });
  });
});
