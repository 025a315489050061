/**
 * The edges of `entente eval` that touch files: reading a folder of gold files (validated, each
 * error one line naming the file) and the text of the articles whose spans can be checked.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ZodError } from "zod";
import { UserError } from "../errors.js";
import { GoldFile } from "../model/gold.js";
import type { GoldDocument } from "./evaluate.js";
import { danglingReferences } from "./references.js";
import { isGroundable } from "./vocabulary.js";

const GOLD_SUFFIX = ".gold.json";

/** Every `*.gold.json` of `dir` (not its subfolders), sorted by file name. Exit code 2 on any bad file. */
export async function readGoldDirectory(dir: string): Promise<GoldDocument[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new UserError(`entente/eval: cannot read the gold folder ${dir} (${reason(error)})`, 2);
  }
  const files = names.filter((name) => name.endsWith(GOLD_SUFFIX)).sort();
  if (files.length === 0) throw new UserError(`entente/eval: ${dir} holds no gold files (*${GOLD_SUFFIX}); see docs/annotating.md`, 2);
  const golds: GoldDocument[] = [];
  for (const file of files) golds.push({ file, gold: await readGoldFile(join(dir, file)) });
  return golds;
}

async function readGoldFile(path: string): Promise<GoldFile> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new UserError(`entente/eval: ${path}: ${reason(error)}`, 2);
  }
  const parsed = GoldFile.safeParse(json);
  if (!parsed.success) throw new UserError(`entente/eval: ${path}: ${firstIssue(parsed.error)}`, 2);
  const dangling = danglingReferences(parsed.data);
  if (dangling.length > 0) throw new UserError(`entente/eval: ${path}: ${dangling.join("; ")}`, 2);
  return parsed.data;
}

/** The text of each .txt and .md article the gold files name, by gold `document`; files that cannot be read are left out. */
export async function readGroundableTexts(corpusDir: string, golds: readonly GoldDocument[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const { gold } of golds) {
    if (!isGroundable(gold.document) || texts.has(gold.document)) continue;
    try {
      texts.set(gold.document, await readFile(join(corpusDir, gold.document), "utf8"));
    } catch {
      // Not there: that article is not checked for grounding, as when it is missing from the extraction.
    }
  }
  return texts;
}

/** `events[2].participants: expected array, received string (and 3 more problems)`. */
function firstIssue(error: ZodError): string {
  const [first] = error.issues;
  if (!first) return "not a gold file";
  const where = first.path.map((key, index) => (typeof key === "number" ? `[${key}]` : `${index > 0 ? "." : ""}${String(key)}`)).join("");
  const more = error.issues.length - 1;
  return `${where ? `${where}: ` : ""}${first.message}${more > 0 ? ` (and ${more} more problem${more === 1 ? "" : "s"})` : ""}`;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
