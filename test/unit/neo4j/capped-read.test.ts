/**
 * readCapped over a fake result stream that counts what was pulled: it stops at the first record past
 * a cap and cancels the rest (the real server case: test/integration/viewer-hardening.test.ts).
 */
import { Record as Neo4jRecord, type Result } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { approximateSize, readCapped } from "../../../src/neo4j/capped-read.js";
import type { QueryRunner } from "../../../src/neo4j/connection.js";

/** A runner whose result streams `total` records of one column `value(i)`, counting pulls and whether the stream was cancelled. */
function streamingRunner(total: number, value: (i: number) => unknown) {
  const seen = { pulled: 0, cancelled: false };
  const runner: QueryRunner = {
    run: () =>
      ({
        keys: () => Promise.resolve(["v"]),
        [Symbol.asyncIterator]: () => ({
          next: () => {
            if (seen.pulled >= total) return Promise.resolve({ done: true, value: undefined });
            seen.pulled += 1;
            return Promise.resolve({ done: false, value: new Neo4jRecord(["v"], [value(seen.pulled)]) });
          },
          return: () => {
            seen.cancelled = true;
            return Promise.resolve({ done: true, value: undefined });
          },
        }),
      }) as unknown as Result,
  };
  return { runner, seen };
}

describe("readCapped", () => {
  it("reads every record of a result under the caps", async () => {
    const { runner, seen } = streamingRunner(10, (i) => i);
    const read = await readCapped(runner, "q", {}, { maxRows: 100, maxBytes: 1_000_000 });
    expect(read.records.map((r): unknown => r.get("v"))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(read.truncated).toBeNull();
    expect(seen.cancelled).toBe(false);
  });

  it("stops after the row cap plus one and cancels the rest of the stream", async () => {
    const { runner, seen } = streamingRunner(3_000_000, (i) => i);
    const read = await readCapped(runner, "q", {}, { maxRows: 5_000, maxBytes: 100_000_000 });
    expect(read.records).toHaveLength(5_000);
    expect(read.truncated).toBe("rows");
    expect(seen.pulled).toBe(5_001);
    expect(seen.cancelled).toBe(true);
  });

  it("stops at the byte cap when rows are wide", async () => {
    const wide = "x".repeat(4_096);
    const { runner, seen } = streamingRunner(1_500_000, () => wide);
    const read = await readCapped(runner, "q", {}, { maxRows: 5_000, maxBytes: 1024 * 1024 });
    expect(read.truncated).toBe("bytes");
    expect(read.records.length).toBeLessThan((1024 * 1024) / 4_096);
    expect(read.records.length).toBeGreaterThan(200);
    expect(seen.pulled).toBe(read.records.length + 1);
    expect(seen.cancelled).toBe(true);
  });
});

describe("approximateSize", () => {
  it("weighs strings by length and containers by their contents", () => {
    expect(approximateSize("x".repeat(1000))).toBe(1008);
    expect(approximateSize(["ab", "cd"])).toBe(8 + 10 + 10);
    expect(approximateSize({ key: "value" })).toBe(8 + 11 + 13);
  });

  it("weighs a list of a million items and a value nested 100,000 deep without overflowing the stack", () => {
    expect(approximateSize(new Array<number>(1_000_000).fill(1))).toBe(8 + 8_000_000);
    let deep: unknown = "x";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(approximateSize(deep)).toBe(100_000 * 8 + 9);
  });
});
