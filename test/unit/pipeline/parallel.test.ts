/** Extraction on worker threads: the same results in the same order as in one thread, and no more inputs read ahead than the window. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractPaths, type ArticleInput, type ExtractResult } from "../../../ingest/pipeline.js";
import { extractInParallel } from "../../../ingest/parallel.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "entente-parallel-"));
  const articles = [
    "date 2025-06-12\n\nLe président français Emmanuel Macron a reçu jeudi à Paris le chancelier allemand Friedrich Merz.",
    "LONDON, March 3, 2025 - British Prime Minister Keir Starmer met Japan's Prime Minister Shigeru Ishiba in London on Monday.",
    "date 2024-11-20\n\nLe ministre des Armées a signé mardi à Rome un accord avec son homologue italien.",
  ];
  for (const [i, text] of articles.entries()) await writeFile(join(dir, `${i}.txt`), text);
  await writeFile(join(dir, "wire.jsonl"), `${articles.map((text) => JSON.stringify({ text })).join("\n")}\n{"broken"\n`);
  await writeFile(join(dir, "bad.txt"), Buffer.from([0xff, 0xfe, 0x00]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(results: AsyncIterable<ExtractResult>): Promise<ExtractResult[]> {
  const all: ExtractResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

describe("extractPaths on worker threads", () => {
  it("gives exactly what one thread gives, in the same order, failures included", async () => {
    const single = await collect(extractPaths([dir]));
    const parallel = await collect(extractPaths([dir], { workers: 2, window: 3 }));
    expect(single.map((result) => (result.ok ? result.extraction.document.source : result.failure.source))).toEqual([
      join(dir, "0.txt"),
      join(dir, "1.txt"),
      join(dir, "2.txt"),
      join(dir, "bad.txt"),
      `${join(dir, "wire.jsonl")}#L1`,
      `${join(dir, "wire.jsonl")}#L2`,
      `${join(dir, "wire.jsonl")}#L3`,
      `${join(dir, "wire.jsonl")}#L4`,
    ]);
    expect(parallel).toEqual(single);
    expect(single.filter((result) => result.ok)).toHaveLength(6);
  }, 120_000);
});

describe("extractInParallel", () => {
  it("reads no further ahead than its window while the consumer does not take the results", async () => {
    let read = 0;
    async function* inputs(): AsyncGenerator<ArticleInput> {
      for (let lineNo = 1; lineNo <= 100; lineNo++) {
        read += 1;
        await Promise.resolve(); // as a reader would, between two lines
        yield { kind: "jsonl-line", path: "mem.jsonl", lineNo, line: JSON.stringify({ text: `Article ${lineNo}.` }), bytes: 20 };
      }
    }
    const results = extractInParallel(inputs(), { workers: 2, window: 5 });
    const first = await results.next();
    expect(first.value).toMatchObject({ ok: true, bytes: 20 });
    await new Promise((resolve) => setTimeout(resolve, 200)); // the workers finish what they hold meanwhile
    expect(read).toBeLessThanOrEqual(5);
    await results.return(undefined);
  }, 120_000);
});
