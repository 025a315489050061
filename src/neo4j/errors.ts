/**
 * Errors of the Neo4j layer, each with a one-line message. Neo4jSetupError: the server cannot be
 * used (unreachable, credentials, version), prefixed `entente/neo4j:`, printed as is by the CLI (it
 * is a UserError) with exit code 1. CypherError: the server refused one statement.
 */
import type { Neo4jError } from "neo4j-driver";
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
