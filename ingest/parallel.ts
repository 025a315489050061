/**
 * Extraction on worker threads. Inputs go out to a pool of workers (./extract-worker.ts, each
 * loads the knowledge base once) and the results come back in input order, so the output is the
 * same as in one thread. At most `window` inputs are between the reader and the consumer (being
 * extracted, or extracted and not yet taken): memory stays bounded whatever the input's size, and
 * the workers go on extracting while the consumer is busy (writing to Neo4j, say).
 */
import { Worker } from "node:worker_threads";
import type { ArticleInput, ExtractResult } from "./article-input.js";

/** What the pool sends a worker, and what the worker answers (./extract-worker.ts). */
export interface ExtractRequest {
  id: number;
  input: ArticleInput;
}
export type ExtractReply = { id: number; result: ExtractResult } | { id: number; error: string };

export interface ParallelOptions {
  workers: number;
  /** Inputs at most between reading and the consumer (default 64 per worker). */
  window?: number;
}

/** The results of `inputs`, extracted on `workers` threads, in input order. */
export async function* extractInParallel(inputs: AsyncIterable<ArticleInput>, options: ParallelOptions): AsyncGenerator<ExtractResult> {
  const window = Math.max(1, options.window ?? options.workers * 64);
  const pool = new ExtractionPool(options.workers);
  const iterator = inputs[Symbol.asyncIterator]();
  const pending = new Map<number, Promise<ExtractResult>>();
  let dispatched = 0;
  let delivered = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && dispatched - delivered < window) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else {
          const result =
            next.value.kind === "failure"
              ? Promise.resolve({ ok: false as const, failure: next.value.failure, bytes: 0 })
              : pool.run(next.value);
          result.catch(() => undefined); // awaited in order below; a failure meanwhile must not count as unhandled
          pending.set(dispatched++, result);
        }
      }
      const result = pending.get(delivered);
      if (result === undefined) return;
      pending.delete(delivered++);
      yield await result;
    }
  } finally {
    await iterator.return?.();
    await pool.close();
  }
}

interface Task {
  resolve: (result: ExtractResult) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  tasks: Map<number, Task>;
}

/**
 * Up to `size` extraction workers, started as work arrives (a worker loads the knowledge base, so a
 * run of one article starts one); each task goes to the worker with the fewest in hand.
 */
class ExtractionPool {
  private readonly workers: PoolWorker[] = [];
  private nextId = 0;
  private broken: Error | null = null;

  constructor(private readonly size: number) {}

  run(input: ArticleInput): Promise<ExtractResult> {
    if (this.broken) return Promise.reject(this.broken);
    const idle = this.workers.find((candidate) => candidate.tasks.size === 0);
    if (!idle && this.workers.length < Math.max(1, this.size)) this.workers.push(this.spawn());
    const target = idle ?? this.workers.reduce((least, candidate) => (candidate.tasks.size < least.tasks.size ? candidate : least));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      target.tasks.set(id, { resolve, reject });
      target.worker.postMessage({ id, input } satisfies ExtractRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private spawn(): PoolWorker {
    const entry: PoolWorker = { worker: startExtractWorker(), tasks: new Map() };
    entry.worker.on("message", (reply: ExtractReply) => {
      const task = entry.tasks.get(reply.id);
      entry.tasks.delete(reply.id);
      if ("error" in reply) task?.reject(new Error(`entente/ingest: extraction worker: ${reply.error}`));
      else task?.resolve(reply.result);
    });
    const fail = (error: Error): void => {
      this.broken ??= error;
      for (const task of entry.tasks.values()) task.reject(error);
      entry.tasks.clear();
    };
    entry.worker.on("error", (error) => fail(new Error(`entente/ingest: an extraction worker failed: ${error.message}`)));
    entry.worker.on("exit", (code) => {
      if (entry.tasks.size > 0) fail(new Error(`entente/ingest: an extraction worker stopped (exit code ${code})`));
    });
    return entry;
  }
}

/**
 * The old generation of a worker's heap, in MiB. A worker holds about 90 MiB live (the knowledge
 * base and its matchers, one article at a time); left to V8's default (a share of the machine's
 * memory) each let garbage pile up to several times that before collecting. With this cap and the
 * main thread's collection between batches (cli/heap.ts), an ingest of 30,000 articles peaked at
 * 881 MiB resident instead of 1,067 MiB with the cap alone, and 1,129 MiB (at 33,000 articles,
 * neither) before, at the same speed (BENCHMARKS.md, end to end).
 */
const WORKER_HEAP_MB = 192;

/**
 * A worker running ./extract-worker: the compiled file next to this one, or, when this module runs
 * from its TypeScript source (tests, `tsx bin/dev.ts`), the source through tsx's loader.
 */
function startExtractWorker(): Worker {
  const fromSource = import.meta.url.endsWith(".ts");
  const url = new URL(fromSource ? "./extract-worker.ts" : "./extract-worker.js", import.meta.url);
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  if (!fromSource) return new Worker(url, { resourceLimits });
  const bootstrap = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}
