/**
 * The one connection type of Entente: a driver, the database to use, where it points, and how to
 * close it (connectNeo4j and openConnection in ./connect.ts make one), with the sessions every
 * part of Entente opens on it.
 *
 * Every session shares the driver's bookmark manager (the one `driver.executeQuery` uses), so a
 * read always sees the writes made before it on the same connection, on a cluster too: the counts
 * `entente ingest` prints after loading are those of the graph it has just written.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { isRetryableError, type Driver, type ManagedTransaction, type Result, type Session } from "neo4j-driver";
import type { Neo4jSettings } from "../config.js";
import { TransactionTooLargeError } from "./errors.js";

export interface Neo4jConnection {
  driver: Driver;
  /** undefined: the server's default database. */
  database: string | undefined;
  settings: Neo4jSettings;
  /** How long a write is tried again on transient errors: the driver's maxTransactionRetryTime when the connection was opened with one, else 30 s. */
  retryMs?: number;
  close(): Promise<void>;
}

/** What a statement needs of a transaction: run a statement (neo4j-driver's Transaction and ManagedTransaction have it). */
export interface QueryRunner {
  run(query: string, parameters?: { [key: string]: unknown }): Result;
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

/** How long a write is tried again on transient errors, as the driver's managed transactions do. */
const WRITE_RETRY = { maxMs: 30_000, firstDelayMs: 1_000, multiplier: 2, jitter: 0.2 };

/**
 * Runs `work` in one write transaction: all of it or nothing. Tried again on transient errors for
 * up to 30 s, or the connection's maxTransactionRetryTime (as the driver's managed transactions are), except one: a transaction over Neo4j's
 * memory limit for one transaction, whether found while it runs or when it commits, fails at once
 * with a TransactionTooLargeError (running it again would only fail again).
 */
export async function writeTransaction<T>(conn: Neo4jConnection, work: (tx: QueryRunner) => Promise<T>): Promise<T> {
  const session = openSession(conn, "WRITE");
  const started = Date.now();
  let delayMs = WRITE_RETRY.firstDelayMs;
  try {
    for (;;) {
      const tx = session.beginTransaction();
      try {
        const result = await work(tx);
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        const tooLarge = TransactionTooLargeError.of(error);
        if (tooLarge) throw tooLarge;
        if (!isRetryableError(error) || Date.now() - started + delayMs > (conn.retryMs ?? WRITE_RETRY.maxMs)) throw error;
      }
      await sleep(delayMs * (1 - WRITE_RETRY.jitter + Math.random() * 2 * WRITE_RETRY.jitter));
      delayMs *= WRITE_RETRY.multiplier;
    }
  } finally {
    await session.close();
  }
}
