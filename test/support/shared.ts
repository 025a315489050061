/**
 * ../shared beside the checkout (the shared sample, the real development set, the shared scorer
 * and contract): CI always has it, a clone on its own does not. Tests that need it skip, saying so
 * in one line, and every other test uses the project's own data.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../src/config.js";

const SHARED_DIR = join(projectRoot(), "..", "shared");

/** A path under ../shared: `sharedPath("real", "gold")`. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

/**
 * True when ../shared is missing, after printing `../shared not found: <what> skipped`: the
 * argument of `describe.skipIf`, so that the run says what it left out.
 */
export function skipWithoutShared(what: string): boolean {
  if (existsSync(SHARED_DIR)) return false;
  console.log(`../shared not found: ${what} skipped`);
  return true;
}
