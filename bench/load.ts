/**
 * Graph load, export and command start, side by side in one run on a scratch Neo4j (bench/common.ts):
 *
 * - Entente's loader on the extraction of the generated corpus (10,000 articles; --quick: 1,000),
 *   then the same again (everything unchanged: what a resumed ingest costs), then into the emptied
 *   graph three times, the first not counted, the others before and after the plain UNWIND load
 *   (b): the *warm* load, the mean of those two, is the one the ratios use. The first load runs on
 *   a server just started (its Cypher plans not compiled yet, its caches cold) and Neo4j keeps
 *   getting faster over the next loads, so only loads that bracket a baseline compare with it; the
 *   documents-per-transaction loads run one after the other at the end, the default among them;
 * - (a) a naive load of the same extraction, one auto-committed statement per fact (on the first
 *   documents only: it is slow), and (b) plain UNWIND batches of 5,000 rows writing the same nodes
 *   and relationships with no identity resolution, no provenance merging and no conflicts: what
 *   Neo4j itself takes on this machine, the practical limit;
 * - the facts the articles state, found in the graph (nothing lost between extraction and graph);
 * - 2-hop ego and whole-graph export, and the `entente export` and `entente query "RETURN 1"`
 *   commands' wall time against `node -e 0` (the query also without the driver's code cache);
 * - peak resident memory of this Node process and of the Neo4j process.
 *
 *   node dist/bench/load.js [--quick] [--articles N]
 */
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { once } from "node:events";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { projectRoot } from "../src/config.js";
import type { Neo4jConnection } from "../src/neo4j/connection.js";
import type { DocumentExtraction } from "../src/model/extraction.js";
import { eventId } from "../src/store/event-identity.js";
import { exportSubgraph } from "../src/store/export.js";
import { DOCUMENTS_PER_BATCH, loadExtractions } from "../src/store/load.js";
import { planDocument } from "../src/store/plan.js";
import { ensureSchema } from "../src/store/schema.js";
import { extractPaths } from "../ingest/pipeline.js";
import type { ExpectedFacts } from "./corpus.js";
import {
  BENCH_DATA,
  benchCorpusFile,
  benchNeo4j,
  clearGraph,
  count,
  median,
  ownPeakRssMiB,
  peakRssMiB,
  quickMode,
  ratio,
  table,
} from "./common.js";

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** The corpus's extraction, computed once (all cores) and kept in bench/.data. */
async function corpusExtraction(articles: number): Promise<DocumentExtraction[]> {
  const cache = join(BENCH_DATA, `extraction-${articles}.jsonl`);
  const extractions: DocumentExtraction[] = [];
  if (existsSync(cache)) {
    for await (const line of createInterface({ input: createReadStream(cache) })) extractions.push(JSON.parse(line) as DocumentExtraction);
    return extractions;
  }
  const out = createWriteStream(cache);
  for await (const result of extractPaths([await benchCorpusFile(articles)], { workers: availableParallelism() })) {
    if (!result.ok) continue;
    extractions.push(result.extraction);
    if (!out.write(`${JSON.stringify(result.extraction)}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return extractions;
}

async function expectedFacts(articles: number): Promise<Map<string, ExpectedFacts>> {
  const facts = new Map<string, ExpectedFacts>();
  const path = (await benchCorpusFile(articles)).replace(/\.jsonl$/u, ".expected.jsonl");
  for await (const line of createInterface({ input: createReadStream(path) })) {
    const entry = JSON.parse(line) as { url: string; expected: ExpectedFacts };
    facts.set(entry.url, entry.expected);
  }
  return facts;
}

interface Timed {
  seconds: number;
  relationships: number;
}

async function run(conn: Neo4jConnection, cypher: string, params: Record<string, unknown>): Promise<number> {
  const result = await conn.driver.executeQuery(cypher, params, { database: conn.database });
  return result.summary.counters.updates().relationshipsCreated;
}

/** The nodes and relationships Entente would write, as flat rows (one event per report: no identity resolution). */
function flatRows(extractions: readonly DocumentExtraction[]) {
  const documents: object[] = [];
  const entities = new Map<string, { id: string; name: string; type: string }>();
  const events = new Map<string, { id: string; type: string; date: string | null }>();
  const relationships: Array<{ from: string; type: string; to: string; document: string; evidence: string[] }> = [];
  for (const extraction of extractions) {
    const plan = planDocument(extraction);
    const document = plan.document.id;
    documents.push({ id: document, source: plan.document.source, title: plan.document.title });
    for (const entity of plan.entities) {
      entities.set(entity.id, { id: entity.id, name: entity.name, type: entity.type });
      relationships.push({ from: entity.id, type: "MENTIONED_IN", to: document, document, evidence: [] });
    }
    for (const report of plan.reports) {
      const event = eventId(report);
      const evidence = [...report.evidence];
      events.set(event, { id: event, type: report.type, date: report.date });
      relationships.push({ from: event, type: "REPORTED_IN", to: document, document, evidence });
      for (const participant of report.participants)
        relationships.push({ from: participant, type: "PARTICIPATED_IN", to: event, document, evidence });
      for (const place of report.places) relationships.push({ from: event, type: "TOOK_PLACE_IN", to: place, document, evidence });
      for (const topic of report.topics) relationships.push({ from: event, type: "ABOUT", to: topic, document, evidence });
    }
    for (const fact of plan.relations) {
      relationships.push({ from: fact.from, type: fact.type, to: fact.to, document, evidence: fact.evidence });
    }
    for (const role of plan.roles)
      relationships.push({ from: role.person, type: "HOLDS_ROLE", to: role.target, document, evidence: role.evidence });
  }
  return { documents, entities: [...entities.values()], events: [...events.values()], relationships };
}

/** Relationship rows by "TYPE FromLabel ToLabel" (labels from the ids: documents, events, entities). */
function groupRelationships(relationships: ReadonlyArray<{ from: string; type: string; to: string }>): Map<string, object[]> {
  const labelOf = (id: string) => (id.startsWith("doc:") ? "Document" : id.startsWith("event:") ? "Event" : "Entity");
  const groups = new Map<string, object[]>();
  for (const row of relationships) {
    if (!/^[A-Z][A-Z_]*$/.test(row.type)) throw new Error(`not a relationship type: ${row.type}`);
    const key = `${row.type} ${labelOf(row.from)} ${labelOf(row.to)}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** (b) Plain UNWIND batches: nodes by id, then relationships, 5,000 rows a statement. */
async function plainUnwind(conn: Neo4jConnection, extractions: readonly DocumentExtraction[]): Promise<Timed> {
  const rows = flatRows(extractions);
  const started = performance.now();
  const batches = async (items: readonly object[], cypher: string): Promise<number> => {
    let created = 0;
    for (let i = 0; i < items.length; i += 5000) created += await run(conn, cypher, { rows: items.slice(i, i + 5000) });
    return created;
  };
  await batches(rows.documents, "UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d += row");
  await batches(rows.entities, "UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e += row, e:$(row.type)");
  await batches(rows.events, "UNWIND $rows AS row MERGE (e:Event {id: row.id}) SET e += row, e:$(row.type)");
  // One statement per (type, labels): nodes found by their unique ids, the type written in (a dynamic
  // type in MERGE makes Neo4j scan every relationship for each row).
  let relationships = 0;
  for (const [key, group] of groupRelationships(rows.relationships)) {
    const [type, fromLabel, toLabel] = key.split(" ");
    relationships += await batches(
      group,
      `UNWIND $rows AS row
       MATCH (a:${fromLabel} {id: row.from})
       MATCH (b:${toLabel} {id: row.to})
       MERGE (a)-[r:${type}]->(b)
       SET r.sources = coalesce(r.sources, []) + row.document, r.evidence = coalesce(r.evidence, []) + row.evidence`,
    );
  }
  return { seconds: (performance.now() - started) / 1000, relationships };
}

/** (a) Naive: one auto-committed statement per node and per fact, for the first `documents` documents. */
async function naive(conn: Neo4jConnection, extractions: readonly DocumentExtraction[]): Promise<Timed> {
  const rows = flatRows(extractions);
  const started = performance.now();
  let relationships = 0;
  for (const row of rows.documents) await run(conn, "MERGE (d:Document {id: $row.id}) SET d += $row", { row });
  for (const row of rows.entities) await run(conn, "MERGE (e:Entity {id: $row.id}) SET e += $row, e:$($row.type)", { row });
  for (const row of rows.events) await run(conn, "MERGE (e:Event {id: $row.id}) SET e += $row, e:$($row.type)", { row });
  for (const [key, group] of groupRelationships(rows.relationships)) {
    const [type, fromLabel, toLabel] = key.split(" ");
    for (const row of group)
      relationships += await run(
        conn,
        `MATCH (a:${fromLabel} {id: $row.from})
         MATCH (b:${toLabel} {id: $row.to})
         MERGE (a)-[r:${type}]->(b)
         SET r.sources = coalesce(r.sources, []) + $row.document, r.evidence = coalesce(r.evidence, []) + $row.evidence`,
        { row },
      );
  }
  return { seconds: (performance.now() - started) / 1000, relationships };
}

/** How many of the facts the articles state the graph holds, attributed to their document. */
async function factsInGraph(conn: Neo4jConnection, expected: Map<string, ExpectedFacts>): Promise<{ expected: number; found: number }> {
  const roles: object[] = [];
  const memberships: object[] = [];
  for (const [source, facts] of expected) {
    for (const role of facts.roles) roles.push({ source, ...role });
    for (const membership of facts.memberships) memberships.push({ source, ...membership });
  }
  // Each source's document id, read once (Document.source has no index: matching it per row scans them all).
  const documents = await conn.driver.executeQuery(
    "MATCH (d:Document) RETURN d.source AS source, d.id AS id",
    {},
    { database: conn.database },
  );
  const documentOf = new Map(documents.records.map((record) => [String(record.get("source")), String(record.get("id"))]));
  const withDocument = (rows: object[]) =>
    rows.flatMap((row) => {
      const document = documentOf.get((row as { source: string }).source);
      return document === undefined ? [] : [{ ...row, document }];
    });
  const found = async (cypher: string, rows: object[]): Promise<number> => {
    const result = await conn.driver.executeQuery(cypher, { rows: withDocument(rows) }, { database: conn.database });
    return Number(result.records[0]?.get("n"));
  };
  const rolesFound = await found(
    `UNWIND $rows AS row
     OPTIONAL MATCH (:Entity {id: row.person})-[r:HOLDS_ROLE {title: row.title}]->(:Entity {id: row.of}) WHERE row.document IN r.sources
     RETURN count(r) AS n`,
    roles,
  );
  const membershipsFound = await found(
    `UNWIND $rows AS row
     OPTIONAL MATCH (:Entity {id: row.member})-[r:PARTICIPATES_IN|PARTY_TO|MEMBER_OF]->(:Entity {id: row.of}) WHERE row.document IN r.sources
     RETURN count(r) AS n`,
    memberships,
  );
  return { expected: roles.length + memberships.length, found: rolesFound + membershipsFound };
}

/** Median wall time of `runs` runs of a command, in seconds. */
function wallTime(command: string, args: readonly string[], env: NodeJS.ProcessEnv, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(command, args, { env, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    if (result.status !== 0) throw new Error(`entente/bench: ${args.join(" ")} failed: ${result.stderr}`);
    times.push((performance.now() - started) / 1000);
  }
  return median(times);
}

async function main(): Promise<void> {
  const articles = Number(argument("--articles") ?? (quickMode() ? 1_000 : 10_000));
  const naiveDocuments = Math.min(articles, quickMode() ? 100 : 500);
  const extractions = await corpusExtraction(articles);
  const expected = await expectedFacts(articles);
  const neo = await benchNeo4j();
  try {
    const { conn } = neo;
    await ensureSchema(conn);

    const first = await loadExtractions(conn, extractions);
    const neo4jRss = neo.pid === null ? null : peakRssMiB(neo.pid);
    const inGraph = await factsInGraph(conn, expected);

    // Export and commands over the loaded graph.
    const seedRecord = await conn.driver.executeQuery(
      "MATCH (p:Person)-[:PARTICIPATED_IN]->(ev) RETURN p.id AS id, count(ev) AS n ORDER BY n DESC, id LIMIT 1",
      {},
      { database: conn.database },
    );
    const seed = String(seedRecord.records[0]?.get("id"));
    // With the default quotes per fact and with every quote, in turn (src/store/export.ts).
    const egoTimes: number[] = [];
    const egoTimesAllQuotes: number[] = [];
    let egoSize = "";
    // Two uncounted runs first: the server's first plans of these queries are compiled on their first call.
    for (let i = 0; i < 2; i++) {
      await exportSubgraph(conn, { kind: "seed", seed, depth: 2 });
      await exportSubgraph(conn, { kind: "seed", seed, depth: 2 }, { quotesPerFact: "all" });
    }
    for (let i = 0; i < 5; i++) {
      let started = performance.now();
      const graph = await exportSubgraph(conn, { kind: "seed", seed, depth: 2 });
      egoTimes.push(performance.now() - started);
      egoSize = `${count(graph.order)} nodes, ${count(graph.size)} edges`;
      started = performance.now();
      await exportSubgraph(conn, { kind: "seed", seed, depth: 2 }, { quotesPerFact: "all" });
      egoTimesAllQuotes.push(performance.now() - started);
    }
    const allStarted = performance.now();
    const whole = await exportSubgraph(conn, { kind: "all" });
    const allMs = performance.now() - allStarted;
    const bin = join(projectRoot(), "bin", "entente.js");
    const runs = quickMode() ? 5 : 10;
    const floorWall = wallTime(process.execPath, ["-e", "0"], neo.env, runs);
    const queryWall = wallTime(process.execPath, [bin, "query", "RETURN 1"], neo.env, runs);
    // The same without the driver's code cache (cli/code-cache.ts), to show what the cache saves.
    const uncachedEnv = { ...neo.env, NODE_DISABLE_COMPILE_CACHE: "1" };
    const queryWallUncached = wallTime(process.execPath, [bin, "query", "RETURN 1"], uncachedEnv, runs);
    const exportWall = wallTime(
      process.execPath,
      [bin, "export", "--seed", seed, "--depth", "2", "-o", join(tmpdir(), "entente-bench-ego.json")],
      neo.env,
      runs,
    );
    const exportWallAllQuotes = wallTime(
      process.execPath,
      [bin, "export", "--seed", seed, "--depth", "2", "--quotes", "all", "-o", join(tmpdir(), "entente-bench-ego.json")],
      neo.env,
      runs,
    );

    const again = await loadExtractions(conn, extractions);

    // The same load again on the warmed server, before and after the plain UNWIND load: Neo4j keeps
    // getting faster over the first loads (its JIT, caches, heap), so the mean of the two loads that
    // bracket it is what compares with it.
    // One load not counted first: the second load on a server still runs about a third slower than later ones.
    await clearGraph(conn);
    await loadExtractions(conn, extractions);
    await clearGraph(conn);
    const warmLoad = await loadExtractions(conn, extractions);
    await clearGraph(conn);
    const plain = await plainUnwind(conn, extractions);
    await clearGraph(conn);
    const warmLoadAfter = await loadExtractions(conn, extractions);

    // Documents per transaction: smaller and larger batches, then the default once more, one after the
    // other on the server as warm for each (not with --quick).
    const batchSizes: Array<[number, Timed]> = [];
    for (const size of quickMode() ? [] : [50, 1_000, DOCUMENTS_PER_BATCH]) {
      await clearGraph(conn);
      const summary = await loadExtractions(conn, extractions, { batchDocuments: size });
      batchSizes.push([size, { seconds: summary.seconds, relationships: summary.relationshipsCreated }]);
    }

    await clearGraph(conn);
    const slow = await naive(conn, extractions.slice(0, naiveDocuments));

    const rate = (timed: Timed) => timed.relationships / timed.seconds;
    const cold: Timed = { seconds: first.seconds, relationships: first.relationshipsCreated };
    const entente: Timed = {
      seconds: (warmLoad.seconds + warmLoadAfter.seconds) / 2,
      relationships: (warmLoad.relationshipsCreated + warmLoadAfter.relationshipsCreated) / 2,
    };
    console.log(`### Graph load (${count(articles)} generated articles, ${count(first.relationshipsCreated)} relationships)\n`);
    console.log(
      table(
        ["load", "relationships", "time", "relationships/s", "Entente ÷ this"],
        [
          [
            "Entente (`loadExtractions`), warm server: the mean of the loads before and after (b)",
            count(entente.relationships),
            `${entente.seconds.toFixed(1)} s (${warmLoad.seconds.toFixed(1)} s, ${warmLoadAfter.seconds.toFixed(1)} s)`,
            count(rate(entente)),
            "1.00×",
          ],
          [
            "Entente, first load on the server just started",
            count(cold.relationships),
            `${cold.seconds.toFixed(1)} s`,
            count(rate(cold)),
            ratio(rate(entente) / rate(cold)),
          ],
          [
            `(a) naive, one statement per fact (first ${count(naiveDocuments)} documents)`,
            count(slow.relationships),
            `${slow.seconds.toFixed(1)} s`,
            count(rate(slow)),
            ratio(rate(entente) / rate(slow)),
          ],
          [
            "(b) plain UNWIND batches of 5,000, no identity resolution",
            count(plain.relationships),
            `${plain.seconds.toFixed(1)} s`,
            count(rate(plain)),
            ratio(rate(entente) / rate(plain)),
          ],
        ],
      ),
    );
    if (batchSizes.length > 0) {
      console.log();
      const byDefault = batchSizes.find(([size]) => size === DOCUMENTS_PER_BATCH)?.[1] ?? entente;
      console.log(
        table(
          ["documents per transaction (loads in this order)", "relationships/s", "vs the default"],
          batchSizes.map(([size, timed]) => [
            size === DOCUMENTS_PER_BATCH ? `${size} (default)` : size,
            count(rate(timed)),
            ratio(rate(timed) / rate(byDefault)),
          ]),
        ),
      );
    }
    console.log();
    console.log(
      table(
        ["measure", "result"],
        [
          [
            "re-ingest, everything unchanged",
            `${again.seconds.toFixed(1)} s (${ratio(again.seconds / warmLoad.seconds)} of the warm load), ${again.relationshipsCreated} relationships created`,
          ],
          ["facts the articles state (roles, memberships) found in the graph", `${count(inGraph.found)} / ${count(inGraph.expected)}`],
          [
            "graph",
            `${count(first.documents)} documents, ${count(first.entities)} entities, ${count(first.events)} events, ${count(first.relations)} relationships, ${count(first.conflicts)} conflicts`,
          ],
          ["peak resident memory, this Node process", `${count(ownPeakRssMiB())} MiB`],
          ["peak resident memory, Neo4j", neo4jRss === null ? "(not measured: NEO4J_URI)" : `${count(neo4jRss)} MiB`],
        ],
      ),
    );
    console.log(`\n### Export and commands (over the ${count(articles)}-article graph)\n`);
    console.log(
      table(
        ["measure", "time", "ratio"],
        [
          [
            `2-hop ego export of ${seed} (${egoSize}), query and graph`,
            `${median(egoTimes).toFixed(0)} ms (median of 5, after 2 not counted)`,
            "",
          ],
          [
            'the same with every quote of each fact (`quotesPerFact: "all"`)',
            `${median(egoTimesAllQuotes).toFixed(0)} ms (median of 5)`,
            `default ÷ this: ${ratio(median(egoTimes) / median(egoTimesAllQuotes))}`,
          ],
          [`whole-graph export (${count(whole.order)} nodes, ${count(whole.size)} edges)`, `${allMs.toFixed(0)} ms`, ""],
          ["`node -e 0` (the floor)", `${(floorWall * 1000).toFixed(0)} ms`, "1.00×"],
          ['`entente query "RETURN 1"`', `${(queryWall * 1000).toFixed(0)} ms`, ratio(queryWall / floorWall)],
          [
            '`entente query "RETURN 1"` without the code cache (`NODE_DISABLE_COMPILE_CACHE=1`)',
            `${(queryWallUncached * 1000).toFixed(0)} ms`,
            ratio(queryWallUncached / floorWall),
          ],
          ["`entente export --seed … --depth 2 -o file`", `${(exportWall * 1000).toFixed(0)} ms`, ratio(exportWall / floorWall)],
          ["the same with `--quotes all`", `${(exportWallAllQuotes * 1000).toFixed(0)} ms`, ratio(exportWallAllQuotes / floorWall)],
        ],
      ),
    );
  } finally {
    await neo.stop();
  }
}

await main();
