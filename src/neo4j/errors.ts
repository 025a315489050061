/**
 * Errors of the Neo4j layer, each with a one-line message. Neo4jSetupError: the server cannot be
 * used (unreachable, credentials, version), prefixed `entente/neo4j:`, printed as is by the CLI (it
 * is a UserError) with exit code 1. CypherError: the server refused one statement. And the one
 * distinction every caller needs: Neo4j unavailable or failing as a whole (isNeo4jUnavailable), or
 * Neo4j refusing this one statement.
 */
import { Neo4jError, isRetryableError } from "neo4j-driver";
import { UserError } from "../errors.js";

export class Neo4jSetupError extends UserError {
  constructor(message: string) {
    super(`entente/neo4j: ${message}`, 1);
    this.name = "Neo4jSetupError";
  }
}

/**
 * A Cypher statement the server rejected (a syntax error, a write in a read session, an unknown
 * procedure …): `message` is Neo4j's own message on one line, `code` its status code. The CLI
 * prints it and exits 1; the viewer's API answers it with a 400.
 */
export class CypherError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "CypherError";
  }

  /**
   * Neo4j's message on one line: its first line (which names the position of a syntax error),
   * without the echo of the statement and the caret that follow it.
   */
  static from(error: Neo4jError): CypherError {
    const first = error.message.split(/\r?\n/).find((line) => line.trim().length > 0) ?? error.code;
    return new CypherError(first.replace(/\s+/g, " ").trim(), error.code);
  }
}

/**
 * True when the error says nothing about the statement: Neo4j cannot be reached, the session
 * expired, a transient failure outlived the driver's retries, the database itself failed (a full
 * disk), or the driver gave up waiting for a connection. False for Neo4j's client errors
 * (`Neo.ClientError.*`): those refuse the statement that was sent, and others may still go through.
 */
export function isNeo4jUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  if (isRetryableError(error)) return true;
  return !error.code.startsWith("Neo.ClientError.");
}

/**
 * A transaction needed more memory than Neo4j lets one transaction have
 * (`db.memory.transaction.max`). Neo4j reports it as transient, and the driver would run the same
 * transaction again for 30 s before giving up, to no avail: writeTransaction throws this instead,
 * at once, with Neo4j's error as its cause.
 */
export class TransactionTooLargeError extends Error {
  constructor(override readonly cause: Neo4jError) {
    super(cause.message);
    this.name = "TransactionTooLargeError";
  }

  /** Neo4j's error when it says this transaction alone is over the limit: no retry can help it. */
  static of(error: unknown): TransactionTooLargeError | undefined {
    const overTheLimit =
      error instanceof Neo4jError &&
      (error.code === "Neo.TransientError.General.TransactionMemoryLimit" || error.message.includes("db.memory.transaction.max"));
    return overTheLimit ? new TransactionTooLargeError(error) : undefined;
  }
}

/**
 * True when a transaction needed more memory than Neo4j lets one transaction have
 * (`db.memory.transaction.max`) or than its pool had left: the same work in smaller transactions
 * may go through. For Neo4j's own error (transient: the pool may have room again later)
 * isNeo4jUnavailable is true too.
 */
export function isTransactionTooLarge(error: unknown): boolean {
  if (error instanceof TransactionTooLargeError) return true;
  return (
    error instanceof Neo4jError &&
    (error.code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError" || TransactionTooLargeError.of(error) !== undefined)
  );
}

/** Why Neo4j is unavailable, short: the driver's underlying cause ("connect ECONNREFUSED 127.0.0.1:7687") when it gives one. */
export function unavailableReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = /Caused by: (.+)$/s.exec(message)?.[1] ?? message;
  return cause.replace(/\s+/g, " ").trim();
}
