import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020.js";
import { extractPaths } from "../../ingest/pipeline.js";
import type { DocumentExtraction } from "../../src/model/extraction.js";

const shared = (path: string) => fileURLToPath(new URL(`../../../shared/${path}`, import.meta.url));

async function extractAll(paths: string[]): Promise<{ documents: DocumentExtraction[]; failures: string[] }> {
  const documents: DocumentExtraction[] = [];
  const failures: string[] = [];
  for await (const result of extractPaths(paths)) {
    if (result.ok) documents.push(result.extraction);
    else failures.push(`${result.failure.source}: ${result.failure.reason}`);
  }
  return { documents, failures };
}

describe("the extraction contract", () => {
  it("`entente extract ../shared/corpus --json` conforms to shared/contract/extraction.schema.json", async () => {
    const schema: unknown = JSON.parse(readFileSync(shared("contract/extraction.schema.json"), "utf8"));
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validate = ajv.compile(schema as object);
    const output = await extractAll([shared("corpus")]);
    expect(output.failures).toEqual([]);
    expect(output.documents.length).toBeGreaterThan(0);
    const valid = validate({ documents: output.documents });
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("grounds every span in the file it read, and points only at entities it lists", async () => {
    const { documents } = await extractAll([shared("corpus")]);
    for (const d of documents) {
      const text = readFileSync(d.document.source, "utf8");
      const spans = [
        ...d.entities.flatMap((e) => e.mentions),
        ...d.events.flatMap((e) => e.evidence),
        ...d.relations.flatMap((r) => r.evidence),
      ];
      for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
      const ids = new Set(d.entities.map((e) => e.id));
      for (const e of d.events)
        for (const p of [...e.participants, ...(e.place ? [e.place] : []), ...(e.topics ?? [])]) expect(ids.has(p)).toBe(true);
      for (const r of d.relations) expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
    }
  });
});
