/**
 * The project's sample articles (data/articles) loaded in every order of their files, through the
 * loader's event path in memory (region search and resolution, as in Neo4j): the same events, the
 * same ids, the same reports each time. The Neo4j loader runs a sample of these orders in
 * test/integration/store-events.test.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractPaths } from "../../../ingest/pipeline.js";
import { defaultKnowledgeBase } from "../../../src/kb/load.js";
import type { EventReport } from "../../../src/store/event-report.js";
import { placeIndexFromKb } from "../../../src/store/places.js";
import { planDocument } from "../../../src/store/plan.js";
import { loadReportsInMemory } from "../../support/memory-events.js";

const places = placeIndexFromKb(defaultKnowledgeBase());
/** Each file's documents' reports (a .jsonl file holds several documents, loaded in its own order). */
let files: EventReport[][][] = [];

beforeAll(async () => {
  const bySource = new Map<string, EventReport[][]>();
  for await (const result of extractPaths(["data/articles"])) {
    if (!result.ok) continue;
    const file = result.extraction.document.source.startsWith("http")
      ? "data/articles/sample-wire.jsonl"
      : result.extraction.document.source;
    bySource.set(file, [...(bySource.get(file) ?? []), planDocument(result.extraction, places).reports]);
  }
  files = [...bySource.values()];
});

function* permutations<T>(items: readonly T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (let i = 0; i < items.length; i += 1) {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) yield [items[i], ...rest];
  }
}

const described = (events: { id: string; reports: EventReport[] }[]): string[] =>
  events
    .map(
      (event) =>
        `${event.id}: ${event.reports
          .map((report) => report.document)
          .sort()
          .join(", ")}`,
    )
    .sort();

describe("the sample articles' events", () => {
  it("are the same whatever order the files are loaded in (all orders)", { timeout: 300_000 }, async () => {
    expect(files.length).toBe(7);
    const reference = described((await loadReportsInMemory(files.flat(), places)).events);
    expect(reference.length).toBeGreaterThan(10);
    let orders = 0;
    for (const order of permutations(files)) {
      const { events, plans } = await loadReportsInMemory(order.flat(), places);
      expect(described(events)).toEqual(reference);
      expect(plans.flatMap((plan) => plan.warnings)).toEqual([]);
      orders += 1;
    }
    expect(orders).toBe(5040);
  });
});
