/**
 * Writes docs/gold.schema.json from the zod schema of gold files (src/model/gold.ts), so the
 * published JSON Schema and the validation `entente eval` does can never disagree.
 * Run: npx tsx scripts/gold-schema.ts (a unit test fails when the file is out of date).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../src/config.js";
import { goldJsonSchema } from "../src/model/gold.js";

const target = join(projectRoot(), "docs", "gold.schema.json");
writeFileSync(target, `${JSON.stringify(goldJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
