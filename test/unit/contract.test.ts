import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020.js";
import { extractPaths } from "../../ingest/pipeline.js";
import { ExtractionOutput, type DocumentExtraction } from "../../src/model/extraction.js";
import { PATIENCE_MS } from "../support/score.js";
import { sharedPath, skipWithoutShared } from "../support/shared.js";

/** The project's own articles: the demo corpus and the held-out fixtures. */
const PROJECT_ARTICLES = ["data/articles", "test/fixtures/heldout/corpus"];

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
  let project: { documents: DocumentExtraction[]; failures: string[] };
  beforeAll(async () => {
    project = await extractAll(PROJECT_ARTICLES);
  }, PATIENCE_MS);

  it("holds for the project's articles: the zod contract parses the output, and every reference is to a listed entity", () => {
    const { documents, failures } = project;
    expect(failures).toEqual([]);
    expect(documents.length).toBeGreaterThan(10);
    expect(ExtractionOutput.safeParse({ documents }).error?.issues ?? []).toEqual([]);
    for (const d of documents) {
      const ids = new Set(d.entities.map((e) => e.id));
      for (const e of d.events)
        for (const p of [...e.participants, ...(e.place ? [e.place] : []), ...(e.topics ?? [])]) expect(ids.has(p)).toBe(true);
      for (const r of d.relations) expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
    }
  });

  it("grounds every span of a .txt or .md article in the file it read", () => {
    const plain = project.documents.filter((d) => /\.(txt|md)$/.test(d.document.source));
    expect(plain.length).toBeGreaterThan(5);
    for (const d of plain) {
      const text = readFileSync(d.document.source, "utf8");
      const spans = [
        ...d.entities.flatMap((e) => e.mentions),
        ...d.events.flatMap((e) => e.evidence),
        ...d.relations.flatMap((r) => r.evidence),
      ];
      for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

describe.skipIf(skipWithoutShared("check against ../shared/contract/extraction.schema.json"))("the shared contract", () => {
  it(
    "`entente extract --json` on the shared sample and the project's articles conforms to shared/contract/extraction.schema.json",
    async () => {
      const schema: unknown = JSON.parse(readFileSync(sharedPath("contract", "extraction.schema.json"), "utf8"));
      const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema as object);
      const output = await extractAll([sharedPath("corpus"), ...PROJECT_ARTICLES]);
      expect(output.failures).toEqual([]);
      const valid = validate({ documents: output.documents });
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    },
    PATIENCE_MS,
  );
});
