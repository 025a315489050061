/**
 * Integration tests' door to Neo4j. The global setup (test/setup/neo4j.global.ts) starts one
 * embedded Neo4j per run on a free port with a temporary data dir (or uses NEO4J_URI when set) and
 * provides its coordinates; test files call these helpers:
 *
 *   const conn = await connectTestNeo4j();   // beforeAll
 *   await clearDatabase(conn);               // beforeEach: no nodes left, schema kept
 *   await conn.close();                      // afterAll
 *
 * CLI tests spawn `node bin/entente.js` with `{ env: testNeo4jEnv() }`.
 */
import { inject } from "vitest";
import type { Neo4jSettings } from "../../src/config.js";
import { openConnection } from "../../src/neo4j/connect.js";
import { openSession, type Neo4jConnection } from "../../src/neo4j/connection.js";

/** Where the run's Neo4j is, as the global setup provides it. */
export interface TestNeo4jInfo {
  uri: string;
  user: string;
  password: string | null;
  database: string | null;
  /** Set when the global setup started an embedded server: its ENTENTE_HOME and port. */
  embedded: { home: string; port: number } | null;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4jInfo;
  }
}

export function testNeo4jInfo(): TestNeo4jInfo {
  const info = inject("neo4j");
  if (!info) {
    throw new Error("entente/test: no Neo4j was provided; run integration tests through the `integration` vitest project.");
  }
  return info;
}

/** The environment of an embedded server of a test's own in `home`, without any NEO4J_* that would point elsewhere. */
export function embeddedEnv(home: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ENTENTE_HOME: home, ENTENTE_NEO4J_PORT: String(port) };
  for (const name of ["NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "ENTENTE_NEO4J_DATA"]) delete env[name];
  return env;
}

/** A connection to the run's Neo4j (as the user's own server: NEO4J_URI-style settings). */
export async function connectTestNeo4j(): Promise<Neo4jConnection> {
  const info = testNeo4jInfo();
  const settings: Neo4jSettings = {
    uri: info.uri,
    user: info.user,
    password: info.password,
    database: info.database ?? undefined,
    external: true,
  };
  return openConnection(settings, info.password);
}

/**
 * Deletes every node and relationship; constraints and indexes stay. `nodesPerTransaction`: fewer
 * on a server that lets a transaction hold little memory.
 */
export async function clearDatabase(conn: Neo4jConnection, nodesPerTransaction = 10_000): Promise<void> {
  const session = openSession(conn, "WRITE");
  try {
    await session.run(`MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF ${nodesPerTransaction} ROWS`);
  } finally {
    await session.close();
  }
}

/**
 * Environment for a child process (the CLI) that must use the run's Neo4j: the current
 * environment with NEO4J_URI/USER/PASSWORD/DATABASE pointing at it.
 */
export function testNeo4jEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const info = testNeo4jInfo();
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: info.uri, NEO4J_USER: info.user, ...extra };
  if (info.password !== null) env.NEO4J_PASSWORD = info.password;
  else delete env.NEO4J_PASSWORD;
  if (info.database !== null) env.NEO4J_DATABASE = info.database;
  else delete env.NEO4J_DATABASE;
  return env;
}
