/**
 * Errors of the Neo4j layer. Each carries a one-line message that says what happened and what to
 * do, prefixed `entente/neo4j:`; the CLI prints it as is (it is a UserError) with exit code 1.
 */
import { UserError } from "../errors.js";

export class Neo4jSetupError extends UserError {
  constructor(message: string) {
    super(`entente/neo4j: ${message}`, 1);
    this.name = "Neo4jSetupError";
  }
}
