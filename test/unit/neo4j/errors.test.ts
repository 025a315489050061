import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { TransactionTooLargeError, isNeo4jUnavailable, isTransactionTooLarge } from "../../../src/neo4j/errors.js";

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

describe("TransactionTooLargeError.of", () => {
  const overOneTransaction =
    "The allocation of an extra 2.0 MiB would use more than the limit 8.0 MiB. Currently using 8.0 MiB. db.memory.transaction.max threshold reached";

  it("takes Neo4j's error for a transaction over its own limit, while it runs or when it commits", () => {
    const running = serverError(overOneTransaction, "Neo.TransientError.General.TransactionMemoryLimit");
    // At commit Neo4j 5.26 reports the same limit under the pool's code.
    const committing = serverError(overOneTransaction, "Neo.TransientError.General.MemoryPoolOutOfMemoryError");
    for (const error of [running, committing]) {
      const tooLarge = TransactionTooLargeError.of(error);
      expect(tooLarge?.cause).toBe(error);
      expect(tooLarge?.message).toBe(overOneTransaction);
      expect(isTransactionTooLarge(tooLarge)).toBe(true);
      // Not a Neo4jError any more: the driver does not run it again, the loader does not take Neo4j for gone.
      expect(isNeo4jUnavailable(tooLarge)).toBe(false);
    }
  });

  it("leaves the pool of all transactions being full (it may have room later) and every other error as they are", () => {
    const poolFull = serverError(
      "The allocation of an extra 2.0 MiB would use more than the limit 1.0 GiB. Currently using 1.0 GiB. db.memory.transaction.total.max threshold reached",
      "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
    );
    expect(TransactionTooLargeError.of(poolFull)).toBeUndefined();
    expect(isTransactionTooLarge(poolFull)).toBe(true);
    expect(TransactionTooLargeError.of(serverError("Invalid input", "Neo.ClientError.Statement.SyntaxError"))).toBeUndefined();
    expect(TransactionTooLargeError.of(new Error(overOneTransaction))).toBeUndefined();
  });
});
