/**
 * Errors of the Neo4j layer. Each carries a one-line message that says what happened and what to
 * do, prefixed `entente/neo4j:`; the CLI prints it as is (it is a UserError) with exit code 1.
 * And the one distinction every caller needs: Neo4j unavailable or failing as a whole, or Neo4j
 * refusing this one statement.
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
 * Neo4j's message on one line: its first line (which names the position of a syntax error),
 * without the echo of the statement and the caret that follow it.
 */
export function cypherErrorLine(error: Neo4jError): string {
  const first = error.message.split(/\r?\n/).find((line) => line.trim().length > 0) ?? error.code;
  return first.replace(/\s+/g, " ").trim();
}

/** Why Neo4j is unavailable, short: the driver's underlying cause ("connect ECONNREFUSED 127.0.0.1:7687") when it gives one. */
export function unavailableReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = /Caused by: (.+)$/s.exec(message)?.[1] ?? message;
  return cause.replace(/\s+/g, " ").trim();
}
