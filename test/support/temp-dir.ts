/**
 * A temporary directory that the test removes again, so that `npm test` leaves nothing behind in
 * the system's temporary folder:
 *
 *   const dir = makeTempDir("entente-gold-");   // in a test, a helper it calls, or its beforeEach
 *
 * The removal is registered with onTestFinished: it runs once the test has finished, passed or
 * failed, so the test may still look inside the directory after its last command. Outside a test
 * (module level, a describe body, beforeAll) vitest refuses the hook and makeTempDir throws, leaving
 * nothing behind; there, make the directory with mkdtemp and remove it in the matching afterAll.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";

/** Makes `<tmpdir>/<prefix>XXXXXX`, removed with all it holds when the current test finishes; returns its path. */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
  } catch (error) {
    rmSync(dir, { recursive: true, force: true }); // not in a test: vitest refused the hook
    throw error;
  }
  return dir;
}
