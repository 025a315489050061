/**
 * The one connection type of Entente: a driver, the database to use, where it points, and how to
 * close it (connectNeo4j and openConnection in ./connect.ts make one), with the sessions every
 * part of Entente opens on it.
 *
 * Every session shares the driver's bookmark manager (the one `driver.executeQuery` uses), so a
 * read always sees the writes made before it on the same connection, on a cluster too: the counts
 * `entente ingest` prints after loading are those of the graph it has just written.
 */
import type { Driver, ManagedTransaction, Session } from "neo4j-driver";
import type { Neo4jSettings } from "../config.js";

export interface Neo4jConnection {
  driver: Driver;
  /** undefined: the server's default database. */
  database: string | undefined;
  settings: Neo4jSettings;
  close(): Promise<void>;
}

/** A session on the connection's database, in the connection's causal chain (see above). */
export function openSession(conn: Neo4jConnection, mode: "READ" | "WRITE"): Session {
  return conn.driver.session({
    database: conn.database,
    defaultAccessMode: mode,
    bookmarkManager: conn.driver.executeQueryBookmarkManager,
  });
}

/** Runs `work` in one managed read transaction (retried on transient errors) and closes the session. */
export async function readTransaction<T>(conn: Neo4jConnection, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = openSession(conn, "READ");
  try {
    return await session.executeRead(work);
  } finally {
    await session.close();
  }
}

/** Runs `work` in one managed write transaction: all of it or nothing. */
export async function writeTransaction<T>(conn: Neo4jConnection, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = openSession(conn, "WRITE");
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}
