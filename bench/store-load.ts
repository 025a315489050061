/**
 * Load throughput of the graph store: N synthetic documents (default 500) shaped like the
 * extractor's output — entities drawn from shared pools so documents overlap, meetings that recur
 * across documents, roles, programme and membership relations — loaded into an EMPTY database,
 * then loaded again (unchanged documents: found by their extraction hash and skipped).
 *
 *   NEO4J_URI=bolt://… NEO4J_PASSWORD=… node dist/bench/store-load.js [documents]
 *   (without NEO4J_URI it uses the embedded server; it refuses a database that is not empty)
 */
import { connectNeo4j } from "../src/neo4j/connect.js";
import type { DocumentExtraction, EntityType, Evidence, ExtractedRelation } from "../src/model/extraction.js";
import { graphCounts, loadExtractions } from "../src/store/load.js";

/** Deterministic pseudo-random numbers (mulberry32), so every run loads the same corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLES = [
  ["Prime Minister", "head-of-government"],
  ["President", "head-of-state"],
  ["Minister of Defence", "minister"],
  ["Minister of Foreign Affairs", "minister"],
  ["Ambassador", "diplomat"],
] as const;

export function syntheticExtractions(count: number): DocumentExtraction[] {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const pool = (type: EntityType, prefix: string, size: number) =>
    Array.from({ length: size }, (_, i) => ({ id: `${prefix}:${i}`, name: `${type} ${i}`, type }));
  const persons = pool("Person", "person:synthetic", 400);
  const countries = pool("Country", "country:synthetic", 60);
  const programmes = pool("Program", "program:synthetic", 25);
  const organizations = pool("Organization", "org:synthetic", 30);
  const topics = pool("Topic", "topic:synthetic", 20);
  const span = (text: string): Evidence[] => [{ start: 0, end: text.length, text }];
  return Array.from({ length: count }, (_, n) => {
    const day = 1 + Math.floor(next() * 28);
    const date = `2025-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const people = Array.from({ length: 6 }, () => pick(persons));
    const states = Array.from({ length: 4 }, () => pick(countries));
    const others = [pick(programmes), pick(programmes), pick(organizations), pick(topics), pick(topics)];
    const entities = [...new Map([...people, ...states, ...others].map((e) => [e.id, e])).values()].map((e) => ({
      ...e,
      aliases: [`${e.name} alias`],
      mentions: span(e.name),
    }));
    const events = [0, 1, 2].map((k) => ({
      id: `e${k}`,
      type: k === 2 ? "Visit" : "Meeting",
      date,
      status: "occurred" as const,
      participants: [people[k]?.id ?? "", people[k + 1]?.id ?? ""],
      place: states[k]?.id ?? null,
      topics: [others[3]?.id ?? ""],
      evidence: span(`${people[k]?.name} met ${people[k + 1]?.name} on ${date} (document ${n})`),
    }));
    const relations: ExtractedRelation[] = [
      ...people.slice(0, 4).map((person, k) => {
        const [title, titleKind] = pick(TITLES);
        return {
          type: "HOLDS_ROLE",
          source: person.id,
          target: states[k % states.length]?.id ?? "",
          properties: { title, titleKind, asOf: date },
          evidence: span(`${title} ${person.name}`),
        };
      }),
      ...states.slice(0, 3).map((state) => ({
        type: "PARTICIPATES_IN",
        source: state.id,
        target: others[0]?.id ?? "",
        evidence: span(`${state.name} joins ${others[0]?.name}`),
      })),
      ...states.slice(0, 2).map((state) => ({
        type: "MEMBER_OF",
        source: state.id,
        target: others[2]?.id ?? "",
        evidence: span(`${state.name} is a member of ${others[2]?.name}`),
      })),
    ];
    return {
      document: {
        id: `doc:synthetic-${n}`,
        source: `synthetic/${n}.txt`,
        title: `Synthetic article ${n}`,
        published: date,
        publisher: "Bench",
        language: n % 2 ? "en" : "fr",
      },
      entities,
      events,
      relations: relations.filter((r) => r.source !== r.target),
    };
  });
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 500);
  const corpus = syntheticExtractions(count);
  const conn = await connectNeo4j();
  try {
    const before = await graphCounts(conn);
    if (before.documents + before.entities + before.events > 0) {
      throw new Error(`entente/bench: the database is not empty (${before.documents} documents); use a fresh one`);
    }
    const first = await loadExtractions(conn, corpus);
    const again = await loadExtractions(conn, corpus);
    const line = (label: string, s: typeof first) =>
      `${label}: ${s.loaded} documents in ${s.seconds.toFixed(1)} s = ${(s.loaded / s.seconds).toFixed(1)} documents/s, ` +
      `${s.relationshipsCreated} relationships created = ${Math.round(s.relationshipsCreated / s.seconds)} relationships/s`;
    console.log(line("first load", first));
    console.log(line("second load (unchanged, skipped)", again));
    console.log(
      `graph: ${first.documents} documents, ${first.entities} entities, ${first.events} events, ${first.relations} relationships, ${first.conflicts} conflicts`,
    );
  } finally {
    await conn.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
