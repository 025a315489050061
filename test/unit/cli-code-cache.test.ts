/**
 * The code cache the CLI loads the Neo4j driver through (cli/code-cache.ts): a CommonJS file runs
 * the same with or without it, a second load reads the bytecode the first one saved, and a cache
 * that is older than the file, made by another V8, or turned off is not read.
 */
import { existsSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeCacheFile, loadWithCodeCache } from "../../cli/code-cache.js";
import { makeTempDir } from "../support/temp-dir.js";

/** A CommonJS module that requires a built-in and reads its own file name, as the driver does. */
function writeModule(): string {
  const file = join(makeTempDir("entente-code-cache-"), "module.cjs");
  writeFileSync(
    file,
    [
      `const { basename } = require("node:path");`,
      `function greet(name) { return "hello " + name; }`,
      `exports.greeting = greet("analyst");`,
      `exports.name = basename(__filename);`,
      `module.exports.self = this === exports;`,
    ].join("\n"),
  );
  return file;
}

const expected = { greeting: "hello analyst", name: "module.cjs", self: true };

describe("loadWithCodeCache", () => {
  it("runs the module without a cache, saves one, and the next load uses it", () => {
    const file = writeModule();
    const first = loadWithCodeCache(file, {});
    expect(first.exports).toEqual(expected);
    expect(first.cache).toBe("missing");
    expect(existsSync(codeCacheFile(file))).toBe(false);
    expect(first.saveCache()).toBe(true);
    expect(existsSync(codeCacheFile(file))).toBe(true);

    const second = loadWithCodeCache(file, {});
    expect(second.cache).toBe("used");
    expect(second.exports).toEqual(expected);
  });

  it("does not read a cache older than the file", () => {
    const file = writeModule();
    loadWithCodeCache(file, {}).saveCache();
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    const loaded = loadWithCodeCache(file, {});
    expect(loaded.cache).toBe("stale");
    expect(loaded.exports).toEqual(expected);
  });

  it("compiles as usual when V8 refuses the cache", () => {
    const file = writeModule();
    writeFileSync(codeCacheFile(file), Buffer.from("not bytecode at all"));
    const loaded = loadWithCodeCache(file, {});
    expect(loaded.cache).toBe("rejected");
    expect(loaded.exports).toEqual(expected);
  });

  it("neither reads nor writes a cache under NODE_DISABLE_COMPILE_CACHE", () => {
    const file = writeModule();
    loadWithCodeCache(file, {}).saveCache();
    const loaded = loadWithCodeCache(file, { NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(loaded.cache).toBe("disabled");
    expect(loaded.exports).toEqual(expected);
    const other = writeModule();
    expect(loadWithCodeCache(other, { NODE_DISABLE_COMPILE_CACHE: "1" }).saveCache()).toBe(false);
    expect(existsSync(codeCacheFile(other))).toBe(false);
  });
});
