/**
 * Events in the real Neo4j: one node per real-world event however many articles tell it and in
 * whatever order they arrive, at whatever stage (planned, occurred, cancelled), on the project's
 * own articles (data/articles) and on hand-written reports.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { extractPaths } from "../../ingest/pipeline.js";
import type { DocumentExtraction } from "../../src/model/extraction.js";
import type { Neo4jConnection } from "../../src/neo4j/connection.js";
import { recordToPlain, type PlainValue } from "../../src/neo4j/values.js";
import { listConflicts } from "../../src/store/conflicts.js";
import { DOCUMENTS_PER_BATCH, loadExtractions, type LoadSummary } from "../../src/store/load.js";
import { SAVED_QUERIES } from "../../src/store/queries.js";
import { clearDatabase, connectTestNeo4j } from "../support/neo4j.js";
import { eventArticle } from "../support/event-articles.js";
import { interactingDocuments } from "../support/event-components.js";

let conn: Neo4jConnection;
let sample: DocumentExtraction[] = [];

beforeAll(async () => {
  conn = await connectTestNeo4j();
  for await (const result of extractPaths(["data/articles"])) if (result.ok) sample.push(result.extraction);
  sample = sample.sort((a, b) => a.document.source.localeCompare(b.document.source));
});
afterAll(async () => {
  await conn.close();
});
beforeEach(async () => {
  await clearDatabase(conn);
});

async function rows(cypher: string, params: Record<string, unknown> = {}): Promise<Array<Record<string, PlainValue>>> {
  const result = await conn.driver.executeQuery(cypher, params, { database: conn.database });
  return result.records.map(recordToPlain);
}

/** Every node and relationship with its labels and properties (ingestedAt aside: a clock), sorted. */
async function snapshot(): Promise<string[]> {
  const nodes = await rows("MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties");
  const relationships = await rows("MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties");
  const clean = (properties: PlainValue): string =>
    JSON.stringify(
      Object.entries(properties as Record<string, PlainValue>)
        .filter(([key]) => key !== "ingestedAt")
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  return [
    ...nodes.map((row) => `node ${JSON.stringify([row.id, [...(row.labels as string[])].sort()])} ${clean(row.properties)}`),
    ...relationships.map((row) => `rel ${JSON.stringify([row.from, row.type, row.to])} ${clean(row.properties)}`),
  ].sort();
}

/** Each event: title, status, dates and each article's claim, by document. */
async function events(): Promise<Array<Record<string, PlainValue>>> {
  return rows(`MATCH (ev:Event)-[r:REPORTED_IN]->(d:Document)
    WITH ev, r, d ORDER BY d.id
    RETURN ev.id AS id, ev.title AS title, ev.status AS status, ev.date AS date, ev.plannedDate AS plannedDate,
           collect([d.id, r.status, r.date]) AS claims
    ORDER BY title, id`);
}

/** A deterministic shuffle (mulberry32), so a failing order can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

describe("events of the project's sample articles", () => {
  it("are one node per real-world event: one Takaichi–Starmer meeting (three articles), one visit to Japan, one planned visit to China", async () => {
    await loadExtractions(conn, sample);
    const meetings = await rows(`
      MATCH (:Person {id: 'person:keir-starmer'})-[:PARTICIPATED_IN]->(ev:Meeting)<-[:PARTICIPATED_IN]-(:Person {id: 'person:sanae-takaichi'})
      RETURN ev.title AS title, ev.status AS status, COUNT { (ev)-[:REPORTED_IN]->() } AS articles`);
    expect(meetings).toEqual([{ title: "Meeting of Keir Starmer and Sanae Takaichi, Tokyo, 2026-01-31", status: "occurred", articles: 3 }]);
    const visits = await rows(`
      MATCH (:Person {id: 'person:keir-starmer'})-[:PARTICIPATED_IN]->(ev:Visit)
      RETURN ev.title AS title, ev.status AS status, ev.date AS date, COUNT { (ev)-[:REPORTED_IN]->() } AS articles ORDER BY date`);
    expect(visits).toEqual([
      { title: "Visit of Keir Starmer to Japan, 2026-01-31", status: "occurred", date: "2026-01-31", articles: 3 },
      { title: "Planned visit of Keir Starmer to Beijing, 2026-03-28 to 2026-03-31", status: "planned", date: "2026-03-28", articles: 3 },
    ]);
    // The planned meeting with Xi Jinping: announced for March by one article, without a date (and with Li Qiang) by another.
    const withXi = await rows(
      "MATCH (:Person {id: 'person:xi-jinping'})-[:PARTICIPATED_IN]->(ev:Meeting) RETURN ev.status AS status, COUNT { (ev)-[:REPORTED_IN]->() } AS articles",
    );
    expect(withXi).toEqual([{ status: "planned", articles: 2 }]);
    // The back-reference keeps its own claim on its REPORTED_IN: "Le voyage [du 28 au 31 mars] intervient deux mois
    // après la visite de M. Starmer au Japon" dates it to January only, not to the day the other articles give.
    const claims = await rows(`
      MATCH (ev:Visit {status: 'occurred'})-[r:REPORTED_IN]->(d:Document)
      RETURN d.source AS source, r.status AS status, r.date AS date ORDER BY source`);
    expect(claims.find((claim) => typeof claim.source === "string" && claim.source.includes("china-visit-planned"))).toEqual(
      expect.objectContaining({ status: "occurred", date: "2026-01" }),
    );
    expect(await rows("MATCH (d:Document) WHERE d.title IS NULL OR d.title = '' RETURN d.source AS source")).toEqual([]);
    expect(await rows("MATCH (ev:Event) WHERE ev.title IS NULL RETURN ev.id AS id")).toEqual([]);
  });

  it("are the same graph whatever order the articles arrive in", { timeout: 900_000 }, async () => {
    // Identity is resolved per connected component of compatible reports, so the only documents
    // whose order can change an event are those that share a component: in data/articles, the
    // three articles on Starmer's trips. Every order of those three (in the slots they hold in
    // the file order) is loaded, then seeded random orders of every article, which also move the
    // lists every document adds to (aliases, provenance). The orders are loaded one document per
    // transaction, three per transaction and all in one, in turn: batches change nothing either.
    const related = interactingDocuments(sample);
    expect(related.map((ids) => ids.length)).toEqual([3]);
    const subset = new Set(related[0]);
    await loadExtractions(conn, sample);
    const reference = await snapshot();
    const slots = sample.map((extraction, index) => (subset.has(extraction.document.id) ? index : -1)).filter((index) => index >= 0);
    const orders = permutations(sample.filter((extraction) => subset.has(extraction.document.id))).map((permuted) => {
      const order = [...sample];
      slots.forEach((slot, i) => {
        const moved = permuted[i];
        if (moved) order[slot] = moved;
      });
      return order;
    });
    orders.push(shuffled(sample, 12), shuffled(sample, 2026));
    for (const [index, order] of orders.entries()) {
      await clearDatabase(conn);
      const summary: LoadSummary = await loadExtractions(conn, order, { batchDocuments: [1, 3, DOCUMENTS_PER_BATCH][index % 3] });
      expect(summary.rejected).toEqual([]);
      expect(await snapshot(), order.map((extraction) => extraction.document.source).join(" → ")).toEqual(reference);
    }
  });
});

describe("an event's lifecycle", () => {
  const plan = eventArticle("plan", "2026-03-20", [
    {
      type: "Visit",
      status: "planned",
      date: "2026-03-28",
      endDate: "2026-03-31",
      participants: ["person:keir-starmer"],
      place: "country:CN",
      quote: "Starmer will travel to China from 28 to 31 March.",
    },
  ]);
  const arrival = eventArticle("arrival", "2026-03-29", [
    {
      type: "Visit",
      date: "2026-03-28",
      participants: ["person:keir-starmer"],
      place: "place:beijing",
      quote: "Starmer arrived in Beijing on Saturday.",
    },
  ]);

  it("makes a plan and its occurrence one Visit, dated by the occurrence, with each article's claim", async () => {
    await loadExtractions(conn, [arrival, plan]);
    expect(await events()).toEqual([
      {
        id: expect.stringMatching(/^event:visit:2026-03-28:/) as unknown,
        title: "Visit of Keir Starmer to Beijing, 2026-03-28",
        status: "occurred",
        date: "2026-03-28",
        plannedDate: null,
        claims: [
          ["doc:arrival", "occurred", "2026-03-28"],
          ["doc:plan", "planned", "2026-03-28"],
        ],
      },
    ]);
  });

  it("answers 'what happened to announced events' with each article's claim in publication order", async () => {
    await loadExtractions(conn, [arrival, plan]);
    const result = await conn.driver.executeQuery(SAVED_QUERIES["announced-events"]?.cypher ?? "", {}, { database: conn.database });
    expect(result.records.map(recordToPlain)).toEqual([
      {
        event: "Visit of Keir Starmer to Beijing, 2026-03-28",
        announced: "2026-03-20",
        plannedFor: "2026-03-28",
        outcome: "occurred",
        date: "2026-03-28",
        history: ["2026-03-20: planned 2026-03-28 — About plan", "2026-03-29: occurred 2026-03-28 — About arrival"],
      },
    ]);
  });

  it("keeps the planned date when the event happened on another day, and marks a called-off plan cancelled", async () => {
    const late = eventArticle("late", "2026-04-03", [
      {
        type: "Visit",
        date: "2026-04-02",
        participants: ["person:keir-starmer"],
        place: "country:CN",
        quote: "Starmer reached China on Thursday.",
      },
    ]);
    await loadExtractions(conn, [plan, late]);
    expect(await events()).toEqual([expect.objectContaining({ status: "occurred", date: "2026-04-02", plannedDate: "2026-03-28" })]);

    await clearDatabase(conn);
    const calledOff = eventArticle("called-off", "2026-03-25", [
      {
        type: "Visit",
        status: "cancelled",
        participants: ["person:keir-starmer"],
        place: "country:CN",
        quote: "The China trip was called off.",
      },
    ]);
    await loadExtractions(conn, [calledOff, plan]);
    expect(await events()).toEqual([
      expect.objectContaining({ title: "Cancelled visit of Keir Starmer to China, 2026-03-28 to 2026-03-31", status: "cancelled" }),
    ]);
  });

  it("flags two occurred reports that disagree on the day, and lists the conflict", async () => {
    const thursday = eventArticle("thursday", "2026-02-01", [
      { date: "2026-01-29", place: "place:tokyo", quote: "They met in Tokyo on Thursday." },
    ]);
    const saturday = eventArticle("saturday", "2026-02-01", [
      { date: "2026-01-31", place: "place:tokyo", quote: "They met in Tokyo on Saturday." },
    ]);
    await loadExtractions(conn, [thursday, saturday]);
    const conflicts = await listConflicts(conn);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      kind: "date",
      date: "2026-01-29",
      entity: { name: "Meeting of Keir Starmer and Sanae Takaichi, Tokyo, 2026-01-29" },
    });
    expect(conflicts[0]?.claims.map((claim) => [claim.claim, claim.document, claim.evidence])).toEqual([
      ["2026-01-29", "doc:thursday", ["They met in Tokyo on Thursday."]],
      ["2026-01-31", "doc:saturday", ["They met in Tokyo on Saturday."]],
    ]);
  });
});

describe("merging and splitting stored events", () => {
  // Three articles recall a Takaichi–Starmer meeting without a date: one in Tokyo, one in Osaka,
  // one without a place. Without a dated report the placeless one joins Osaka's account (first in
  // order) and Tokyo's stays apart; a dated report in Tokyo then ties Tokyo's and the placeless
  // account together, and Osaka's is left on its own.
  const tokyo = eventArticle("recall-tokyo", "2026-02-10", [{ place: "place:tokyo", quote: "When they met in Tokyo, the two leaders…" }]);
  const somewhere = eventArticle("recall-somewhere", "2026-02-12", [{ quote: "At their meeting the two leaders…" }]);
  const osaka = eventArticle("recall-osaka", "2026-02-11", [{ place: "place:osaka", quote: "At their Osaka meeting…" }]);
  const dated = eventArticle("dated", "2026-02-02", [{ date: "2026-02-01", place: "place:tokyo", quote: "They met in Tokyo on Sunday." }]);
  const groups = async (): Promise<string[][]> =>
    (await events())
      .map((event) => (event.claims as string[][]).map(([document]) => document ?? ""))
      .sort((a, b) => a.join().localeCompare(b.join()));

  it("moves the reports of two stored events a later article ties together into one, whatever the arrival order", async () => {
    await loadExtractions(conn, [tokyo, somewhere, osaka]);
    expect(await groups()).toEqual([["doc:recall-osaka", "doc:recall-somewhere"], ["doc:recall-tokyo"]]);
    const summary = await loadExtractions(conn, [dated]);
    expect(await groups()).toEqual([["doc:dated", "doc:recall-somewhere", "doc:recall-tokyo"], ["doc:recall-osaka"]]);
    expect(summary.events).toBe(2);
    const incremental = await snapshot();
    await clearDatabase(conn);
    await loadExtractions(conn, [dated, osaka, tokyo, somewhere]);
    expect(await snapshot()).toEqual(incremental);
  });

  it("splits them again when the article that tied them is taken back (re-extraction)", async () => {
    await loadExtractions(conn, [tokyo, somewhere, osaka, dated]);
    const withoutEvent: DocumentExtraction = { ...dated, events: [], entities: dated.entities };
    await loadExtractions(conn, [withoutEvent]);
    const reloaded = await snapshot();
    await clearDatabase(conn);
    await loadExtractions(conn, [withoutEvent, osaka, somewhere, tokyo]);
    expect(await snapshot()).toEqual(reloaded);
    expect(await groups()).toEqual([["doc:recall-osaka", "doc:recall-somewhere"], ["doc:recall-tokyo"]]);
  });

  it("keeps apart, with a warning, an undated report that fits two events", async () => {
    const january = eventArticle("january", "2026-01-11", [{ date: "2026-01-10", quote: "They met on 10 January." }]);
    const february = eventArticle("february", "2026-02-21", [{ date: "2026-02-20", quote: "They met again on 20 February." }]);
    const recap = eventArticle("recap", "2026-03-01", [{ quote: "Since their meeting, relations have warmed." }]);
    const summary = await loadExtractions(conn, [january, february, recap]);
    expect(summary.events).toBe(3);
    expect(summary.warnings).toEqual([
      expect.stringMatching(/^fixtures\/recap\.txt: the Meeting report of doc:recap \(undated\) fits 2 events/),
    ]);
  });
});

describe("the stored events a new article's reports are checked against", () => {
  // Each article is loaded on its own, so its reports meet the stored events only through the
  // loader's lookup (FIND_EVENTS); the same articles in one batch meet in memory. Both must agree.
  const meeting = eventArticle("meeting", "2026-02-01", [{ date: "2026-01-31", quote: "Starmer and Takaichi met on Saturday." }]);
  const inTokyo = eventArticle("in-tokyo", "2026-02-01", [
    { date: "2026-01-31", place: "place:tokyo", quote: "Starmer and Takaichi met in Tokyo on Saturday." },
  ]);
  const inJapan = eventArticle("in-japan", "2026-02-02", [
    { date: "2026-01-31", place: "country:JP", quote: "They met in Japan on Saturday." },
  ]);
  const oneByOneThenTogether = async (articles: DocumentExtraction[]): Promise<Array<Record<string, PlainValue>>> => {
    for (const article of articles) await loadExtractions(conn, [article]);
    const oneByOne = await snapshot();
    const found = await events();
    await clearDatabase(conn);
    await loadExtractions(conn, [...articles].reverse());
    expect(await snapshot()).toEqual(oneByOne);
    return found;
  };

  it("finds a meeting of two for a report that names one of them alone", async () => {
    const alone = eventArticle("alone", "2026-02-02", [
      { date: "2026-01-31", participants: ["person:keir-starmer"], quote: "Starmer held a meeting on Saturday." },
    ]);
    expect(await oneByOneThenTogether([meeting, alone])).toHaveLength(1);
  });

  it("finds an event one of whose reports names a participant alone, for a report naming him and someone else", async () => {
    const alone = eventArticle("alone", "2026-02-02", [
      { date: "2026-01-31", participants: ["person:keir-starmer"], quote: "Starmer held a meeting on Saturday." },
    ]);
    const withXi = eventArticle("with-xi", "2026-02-03", [
      { date: "2026-01-31", participants: ["person:keir-starmer", "person:xi-jinping"], quote: "Starmer met Xi on Saturday." },
    ]);
    expect(await oneByOneThenTogether([alone, withXi])).toHaveLength(1);
  });

  it("keeps apart meetings that share one participant each of two", async () => {
    const withXi = eventArticle("with-xi", "2026-02-03", [
      { date: "2026-01-31", participants: ["person:keir-starmer", "person:xi-jinping"], quote: "Starmer met Xi on Saturday." },
    ]);
    expect(await oneByOneThenTogether([meeting, withXi])).toHaveLength(2);
  });

  it("finds a meeting three days away, not one five days away, and an undated recollection within the year before", async () => {
    const threeDaysLater = eventArticle("three-days", "2026-02-04", [{ date: "2026-02-03", quote: "They met on Tuesday." }]);
    expect(await oneByOneThenTogether([meeting, threeDaysLater])).toHaveLength(1);
    await clearDatabase(conn);
    const fiveDaysLater = eventArticle("five-days", "2026-02-06", [{ date: "2026-02-05", quote: "They met on Thursday." }]);
    expect(await oneByOneThenTogether([meeting, fiveDaysLater])).toHaveLength(2);
    await clearDatabase(conn);
    const recollection = eventArticle("recollection", "2026-12-20", [{ quote: "Since their meeting, ties have grown." }]);
    expect(await oneByOneThenTogether([meeting, recollection])).toHaveLength(1);
    await clearDatabase(conn);
    const tooLate = eventArticle("too-late", "2027-03-01", [{ quote: "Since their meeting, ties have grown." }]);
    expect(await oneByOneThenTogether([meeting, tooLate])).toHaveLength(2);
  });

  it("finds a meeting whose place nests with the report's, and keeps apart one in another city", async () => {
    expect(await oneByOneThenTogether([inTokyo, inJapan])).toHaveLength(1);
    await clearDatabase(conn);
    const inOsaka = eventArticle("in-osaka", "2026-02-02", [
      { date: "2026-01-31", place: "place:osaka", quote: "They met in Osaka on Saturday." },
    ]);
    expect(await oneByOneThenTogether([inTokyo, inOsaka])).toHaveLength(2);
    await clearDatabase(conn);
    // The stored event has a report that names no place: a report from any place may join it.
    const inBeijing = eventArticle("in-beijing", "2026-02-03", [
      { date: "2026-01-31", place: "place:beijing", quote: "They met in Beijing on Saturday." },
    ]);
    expect(await oneByOneThenTogether([meeting, inBeijing])).toHaveLength(1);
  });

  it("stores the days an event's reports reach on the event", async () => {
    const recollection = eventArticle("recollection", "2026-12-20", [{ quote: "Since their meeting, ties have grown." }]);
    await loadExtractions(conn, [meeting, recollection]);
    expect(await rows("MATCH (ev:Event) RETURN ev.reachFrom AS reachFrom, ev.reachTo AS reachTo")).toEqual([
      { reachFrom: "2025-12-19", reachTo: "2026-12-20" },
    ]);
  });

  it("stores the places an event's reports name on the event, none when one of them names none", async () => {
    await loadExtractions(conn, [inTokyo, inJapan]);
    expect(await rows("MATCH (ev:Event) RETURN ev.reachPlaces AS reachPlaces")).toEqual([{ reachPlaces: ["country:JP", "place:tokyo"] }]);
    await loadExtractions(conn, [meeting]);
    expect(await rows("MATCH (ev:Event) RETURN ev.reachPlaces AS reachPlaces")).toEqual([{ reachPlaces: null }]);
  });
});
