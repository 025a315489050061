import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { readGoldDirectory } from "../../../src/eval/read.js";
import { danglingReferences } from "../../../src/eval/references.js";
import { projectRoot } from "../../../src/config.js";
import { GoldFile, goldJsonSchema } from "../../../src/model/gold.js";

const GOLD_DIRS = ["data/gold", "test/fixtures/heldout/gold"];
const published = JSON.parse(readFileSync(join(projectRoot(), "docs", "gold.schema.json"), "utf8")) as Record<string, unknown>;

describe("the gold format", () => {
  it("is published as docs/gold.schema.json exactly as the zod schema gives it (regenerate: npx tsx scripts/gold-schema.ts)", () => {
    expect(published).toEqual(goldJsonSchema());
  });

  it.each(GOLD_DIRS)("holds every gold file of %s, by the JSON Schema and by the reader", async (dir) => {
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(published);
    const golds = await readGoldDirectory(join(projectRoot(), dir));
    expect(golds.length).toBeGreaterThan(0);
    for (const { file } of golds) {
      const valid = validate(JSON.parse(readFileSync(join(projectRoot(), dir, file), "utf8")));
      expect(validate.errors ?? [], file).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it("refuses, by the JSON Schema too, what the reader refuses: a misspelt key, an unknown relation type", () => {
    const validate = new Ajv2020.default({ strict: false }).compile(published);
    expect(validate({ document: "a.txt", entities: [{ name: "X", type: "Person", optinal: true }] })).toBe(false);
    expect(validate({ document: "a.txt", relations: [{ type: "HOLDS_ROLE", source: "X", target: "Y" }] })).toBe(false);
    expect(validate({ document: "a.txt", events: [{ type: "Meeting", participants: ["X"], date: ["2026-01", "2026-1"] }] })).toBe(false);
  });

  it("holds the example of docs/annotating.md", () => {
    const guide = readFileSync(join(projectRoot(), "docs", "annotating.md"), "utf8");
    const example = /```json\n([\s\S]*?)\n```/.exec(guide)?.[1];
    expect(example).toBeDefined();
    const gold = GoldFile.parse(JSON.parse(example ?? ""));
    expect(danglingReferences(gold)).toEqual([]);
    expect(gold.events).toHaveLength(4);
  });
});
