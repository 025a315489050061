import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { isNeo4jUnavailable, isTransactionTooLarge } from "../../../src/neo4j/errors.js";

/** An error as the driver makes it from a server's failure (the GQL status is not what the code reads). */
const serverError = (message: string, code: string): Neo4jError => new Neo4jError(message, code, "50N42", "general processing exception");

describe("isTransactionTooLarge", () => {
  it("tells a transaction over Neo4j's memory limit from Neo4j being unavailable or refusing a statement", () => {
    const limit = serverError(
      "The allocation of an extra 2.0 MiB would use more than the limit 512.0 MiB. Currently using 510.9 MiB. db.memory.transaction.max threshold reached",
      "Neo.TransientError.General.TransactionMemoryLimit",
    );
    expect(isTransactionTooLarge(limit)).toBe(true);
    // Neo4j calls it transient: the loader must ask this before treating it as Neo4j gone.
    expect(isNeo4jUnavailable(limit)).toBe(true);
    expect(isTransactionTooLarge(serverError("pool exhausted", "Neo.TransientError.General.MemoryPoolOutOfMemoryError"))).toBe(true);
    expect(isTransactionTooLarge(serverError("connect ECONNREFUSED 127.0.0.1:7687", "ServiceUnavailable"))).toBe(false);
    expect(isTransactionTooLarge(serverError("Invalid input", "Neo.ClientError.Statement.SyntaxError"))).toBe(false);
    expect(isTransactionTooLarge(new Error("db.memory.transaction.max threshold reached"))).toBe(false);
  });
});
