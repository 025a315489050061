/**
 * Words that open a person's name (data/kb/person-names.json): common given names, and family
 * names written first ("Cho Hyun"). Evidence that capitalised words with no title, honorific or
 * apposition around them name a person. Read once, folded like the matcher folds.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { projectRoot } from "../../src/config.js";
import { foldForMatch } from "../../src/kb/normalize.js";

const PersonNamesFile = z.object({
  $comment: z.string().optional(),
  givenNames: z.array(z.string().min(1)),
  familyNamesFirst: z.array(z.string().min(1)),
});

/** The folded words that may open a person's name. */
export function parsePersonNames(json: string, source: string): ReadonlySet<string> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`entente/kb: ${source}: not valid JSON (${(error as Error).message.split("\n")[0]})`, { cause: error });
  }
  const parsed = PersonNamesFile.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `entente/kb: ${source}: ${parsed.error.issues[0]?.path.join(".") ?? ""} ${parsed.error.issues[0]?.message ?? "invalid"}`,
    );
  return new Set([...parsed.data.givenNames, ...parsed.data.familyNamesFirst].map((w) => foldForMatch(w)));
}

let cached: ReadonlySet<string> | undefined;

/** The project's list (data/kb/person-names.json), read once. */
export function defaultPersonNames(): ReadonlySet<string> {
  if (!cached) {
    const path = join(projectRoot(), "data", "kb", "person-names.json");
    cached = parsePersonNames(readFileSync(path, "utf8"), path);
  }
  return cached;
}
