/**
 * What the benchmarks share: the cached corpus (bench/.data, git-ignored), a markdown table for the
 * report, medians, resident memory of a process, and a scratch embedded Neo4j of their own (or the
 * server NEO4J_URI names, which must then be empty).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../src/config.js";
import { connectNeo4j } from "../src/neo4j/connect.js";
import type { Neo4jConnection } from "../src/neo4j/connection.js";
import { freeLoopbackPort, startEmbeddedNeo4j, stopEmbeddedNeo4j } from "../src/neo4j/embedded.js";
import { writeBenchCorpus } from "./corpus.js";

export const BENCH_DATA = join(projectRoot(), "bench", ".data");

/** `--quick` on the command line: the small sizes (the whole run in about two minutes). */
export function quickMode(): boolean {
  return process.argv.includes("--quick");
}

/** The generated corpus of `articles` articles (seed 42), written once into bench/.data and reused. */
export async function benchCorpusFile(articles: number): Promise<string> {
  mkdirSync(BENCH_DATA, { recursive: true });
  const path = join(BENCH_DATA, `corpus-${articles}.jsonl`);
  if (!existsSync(path) || !existsSync(join(BENCH_DATA, `corpus-${articles}.expected.jsonl`))) await writeBenchCorpus(path, articles);
  return path;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** A markdown table: the report's unit. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(String).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** "12,345" */
export function count(value: number): string {
  return Math.round(value).toLocaleString("en");
}

/** "1.7×" */
export function ratio(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)}×`;
}

/** Peak resident memory of a process in MiB (Linux /proc VmHWM), null where it cannot be read. */
export function peakRssMiB(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** This process's peak resident memory in MiB. */
export function ownPeakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export interface BenchNeo4j {
  conn: Neo4jConnection;
  /** The environment that points `entente` at this server. */
  env: NodeJS.ProcessEnv;
  /** The server's process, when it is the scratch embedded one (for its memory). */
  pid: number | null;
  stop(): Promise<void>;
}

/**
 * A Neo4j for a benchmark: the server NEO4J_URI names (refused unless empty), or a scratch embedded
 * one in a temporary home on a free port, stopped and deleted by stop().
 */
export async function benchNeo4j(): Promise<BenchNeo4j> {
  if (process.env.NEO4J_URI) {
    const conn = await connectNeo4j();
    const result = await conn.driver.executeQuery("MATCH (n) RETURN count(n) AS n", {}, { database: conn.database });
    if (Number(result.records[0]?.get("n")) > 0) {
      await conn.close();
      throw new Error("entente/bench: the database NEO4J_URI names is not empty; point the benchmark at an empty one");
    }
    return { conn, env: { ...process.env }, pid: null, stop: () => conn.close() };
  }
  const home = mkdtempSync(join(tmpdir(), "entente-bench-"));
  const env: NodeJS.ProcessEnv = { ...process.env, ENTENTE_HOME: home, ENTENTE_NEO4J_PORT: String(await freeLoopbackPort()) };
  delete env.NEO4J_PASSWORD;
  const server = await startEmbeddedNeo4j({ env });
  const conn = await connectNeo4j({ env });
  return {
    conn,
    env,
    pid: server.pid,
    stop: async () => {
      await conn.close();
      await stopEmbeddedNeo4j({ env });
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Empties the database between two loads (schema kept). */
export async function clearGraph(conn: Neo4jConnection): Promise<void> {
  const session = conn.driver.session({ database: conn.database });
  try {
    // Relationships first, then the bare nodes: detaching a batch of hubs at once (a country in thousands
    // of events) outgrows the server's per-transaction memory at 10,000 articles.
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS");
    await session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}
