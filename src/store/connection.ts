/**
 * What the graph store needs of a Neo4j connection: a driver and the database to use. The
 * connection from src/neo4j/connect.ts (connectNeo4j) and the tests' connectTestNeo4j satisfy it.
 */
import type { Driver, ManagedTransaction, Session } from "neo4j-driver";

export interface GraphConnection {
  driver: Driver;
  database?: string | undefined;
}

export function openSession(conn: GraphConnection, mode: "READ" | "WRITE"): Session {
  return conn.driver.session({ database: conn.database, defaultAccessMode: mode });
}

/** Runs `work` in one managed read transaction (retried on transient errors) and closes the session. */
export async function readTransaction<T>(conn: GraphConnection, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = openSession(conn, "READ");
  try {
    return await session.executeRead(work);
  } finally {
    await session.close();
  }
}

/** Runs `work` in one managed write transaction: all of it or nothing. */
export async function writeTransaction<T>(conn: GraphConnection, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = openSession(conn, "WRITE");
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}
