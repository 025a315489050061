/**
 * The main thread's heap during a long ingest. Each batch's documents, plans and the stored events
 * it reads stay alive for the seconds Neo4j takes to write them, so the collector moves them to
 * the old generation, and V8 lets that fill with dead batches up to several times what is live
 * before collecting it: at 30,000 articles the main heap swung between 100 and 400 MiB, and the
 * command (two extraction workers included) passed 1 GiB resident. Collecting once a batch is
 * written, when the heap holds more than a threshold, keeps it near what is live, for a full
 * collection of about 100 MiB every few batches (BENCHMARKS.md, end to end).
 *
 * V8 offers a collection only behind --expose-gc: the flag is set here, when an ingest starts,
 * and `gc` is taken from a context created after it (contexts created before do not have it).
 * Where that yields no function, the returned callback does nothing.
 */
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Above this much heap in use once a batch is written, the main thread collects its garbage. */
const HEAP_THRESHOLD_MIB = 192;

/** A function to call between batches: collects when more than the threshold is in use. */
export function collectBetweenBatches(thresholdMiB: number = HEAP_THRESHOLD_MIB): () => void {
  setFlagsFromString("--expose-gc");
  const collect: unknown = runInNewContext("gc");
  if (typeof collect !== "function") return () => undefined;
  return () => {
    if (getHeapStatistics().used_heap_size > thresholdMiB * 2 ** 20) (collect as () => void)();
  };
}
