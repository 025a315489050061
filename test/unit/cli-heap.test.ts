/**
 * The ingest command's collection between batches (cli/heap.ts): above its threshold it frees the
 * garbage a batch left, below it does nothing.
 */
import { getHeapStatistics } from "node:v8";
import { describe, expect, it } from "vitest";
import { collectBetweenBatches } from "../../cli/heap.js";

/**
 * Objects held long enough to reach the old generation (as a batch's are while Neo4j writes it),
 * garbage once this returns.
 */
function leaveGarbage(mib: number): number {
  const held: Array<Array<{ j: number }>> = [];
  for (let i = 0; i < mib * 16; i += 1) held.push(Array.from({ length: 2_048 }, (_, j) => ({ j })));
  return held.length;
}

describe("collectBetweenBatches", () => {
  it("collects once more than the threshold is in use, and leaves a heap under it alone", () => {
    const collectAboveOneMiB = collectBetweenBatches(1);
    leaveGarbage(64);
    const before = getHeapStatistics().used_heap_size;
    collectAboveOneMiB();
    const after = getHeapStatistics().used_heap_size;
    expect(after).toBeLessThan(before - 16 * 2 ** 20);

    const collectAboveALot = collectBetweenBatches(64 * 1024);
    leaveGarbage(64);
    const untouched = getHeapStatistics().used_heap_size;
    collectAboveALot();
    expect(getHeapStatistics().used_heap_size).toBeGreaterThanOrEqual(untouched - 2 ** 20);
  });
});
