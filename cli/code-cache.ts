/**
 * Loads a CommonJS file of the CLI bundle (the Neo4j driver, scripts/bundle-cli.ts) with V8's code
 * cache kept beside it, as `module.enableCompileCache()` does for every module from Node 22 on.
 *
 * Why: the driver is about 1 MB of JavaScript, and a short command (`entente query "RETURN 1"`)
 * spent about 55 ms compiling and running its top level, then as long again compiling the
 * functions that open a connection and run a query. V8 can hand back the bytecode of every
 * function a run compiled (`Script#createCachedData` after the run); with it, the next run skips
 * that work (BENCHMARKS.md, *Short commands*). Node 20 offers no cache for ES modules, hence a
 * CommonJS file compiled here through `vm.Script`, as Node itself compiles CommonJS.
 *
 * The cache is `<file>.v8-cache`. V8 refuses one made by another V8 version or with other flags
 * (`cachedDataRejected`), and one older than the file is not read; either way the run compiles
 * as usual and writes a fresh cache as it exits. Writing is best effort: a read-only install simply
 * runs without one. NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) turns it off.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

/** What became of the cache when the file was loaded. */
export type CodeCacheState = "used" | "missing" | "stale" | "rejected" | "disabled";

export interface CachedModule {
  exports: unknown;
  cache: CodeCacheState;
  /** Writes the bytecode compiled so far to the cache file; false when it could not be written. */
  saveCache: () => boolean;
}

/** The cache file of a CommonJS file. */
export function codeCacheFile(file: string): string {
  return `${file}.v8-cache`;
}

/** Compiles and runs a CommonJS file (its `require` resolves from its own folder), through the code cache when one fits. */
export function loadWithCodeCache(file: string, env: NodeJS.ProcessEnv = process.env): CachedModule {
  const source = readFileSync(file, "utf8");
  const cacheFile = codeCacheFile(file);
  const disabled = env["NODE_DISABLE_COMPILE_CACHE"] !== undefined && env["NODE_DISABLE_COMPILE_CACHE"] !== "";
  const found = disabled ? "disabled" : readCache(file, cacheFile);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(typeof found === "string" ? {} : { cachedData: found }),
  });
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string,
  ) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const cache: CodeCacheState = typeof found === "string" ? found : script.cachedDataRejected === true ? "rejected" : "used";
  return { exports: module.exports, cache, saveCache: () => !disabled && writeAtomically(cacheFile, script.createCachedData()) };
}

/**
 * Loads a CommonJS file through the code cache and, when the cache was not used, writes one as the
 * process exits (by then it holds every function the command ran).
 *
 * @public Called from the module scripts/bundle-cli.ts puts in the bundle for `neo4j-driver`, which no source file imports.
 */
export function requireWithCodeCache(file: string): unknown {
  const loaded = loadWithCodeCache(file);
  if (loaded.cache !== "used" && loaded.cache !== "disabled") process.once("exit", () => loaded.saveCache());
  return loaded.exports;
}

/** The cache's bytes, unless there is none or it is older than the file. */
function readCache(file: string, cacheFile: string): Buffer | "missing" | "stale" {
  try {
    if (statSync(cacheFile).mtimeMs < statSync(file).mtimeMs) return "stale";
    return readFileSync(cacheFile);
  } catch {
    return "missing";
  }
}

/** Writes through a temporary file and a rename, so that a command starting meanwhile reads the old cache or the new one, never half of one. */
function writeAtomically(file: string, bytes: Buffer): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
    return true;
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
}
