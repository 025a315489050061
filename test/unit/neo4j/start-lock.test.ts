/**
 * The embedded server's start lock: a live holder makes others wait; a lock whose holder is dead, or
 * whose pid now names another live process (the pid was reused), is taken over at once.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { StartLockBusy, lockHolder, processStartTime, withStartLock } from "../../../src/neo4j/start-lock.js";
import { makeTempDir } from "../../support/temp-dir.js";

const hasProc = existsSync("/proc/self/stat");
const children: ChildProcess[] = [];

function lockFile(): string {
  return join(makeTempDir("entente-lock-"), "neo4j.start.lock");
}

/** A live process that has nothing to do with Entente. */
function unrelatedProcess(): number {
  const child = spawn("sleep", ["60"], { stdio: "ignore" });
  children.push(child);
  if (child.pid === undefined) throw new Error("could not spawn sleep");
  return child.pid;
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

describe("start lock", () => {
  it("records the holder's pid and start time, and removes the lock afterwards", async () => {
    const file = lockFile();
    const inside = await withStartLock(file, 1_000, () => Promise.resolve(readFileSync(file, "utf8")));
    expect(lockHolder(inside)).toEqual({ pid: process.pid, startTime: processStartTime(process.pid) });
    expect(existsSync(file)).toBe(false);
  });

  it.runIf(hasProc)("takes over at once a lock naming an unrelated live process (its pid reused)", async () => {
    const file = lockFile();
    const pid = unrelatedProcess();
    const startTime = processStartTime(pid);
    expect(startTime).toBeDefined();
    writeFileSync(file, `${pid} ${Number(startTime) - 1000}\n`); // the holder that died started earlier
    const started = performance.now();
    await expect(withStartLock(file, 10_000, () => Promise.resolve("ran"))).resolves.toBe("ran");
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it.runIf(hasProc)("takes over a lock of an older Entente that names only a pid, now a live unrelated process", async () => {
    const file = lockFile();
    writeFileSync(file, `${unrelatedProcess()}\n`);
    await expect(withStartLock(file, 10_000, () => Promise.resolve("ran"))).resolves.toBe("ran");
  });

  it("takes over the lock of a dead holder", async () => {
    const file = lockFile();
    const child = spawn("true");
    await new Promise((resolve) => child.on("exit", resolve));
    writeFileSync(file, `${child.pid ?? 0}\n`);
    await expect(withStartLock(file, 10_000, () => Promise.resolve("ran"))).resolves.toBe("ran");
  });

  it("waits for a live holder, then gives up naming it", async () => {
    const file = lockFile();
    writeFileSync(file, `${[process.pid, processStartTime(process.pid)].filter(Boolean).join(" ")}\n`);
    const error = await withStartLock(file, 600, () => Promise.resolve("ran")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartLockBusy);
    expect((error as StartLockBusy).holder).toBe(process.pid);
  });
});
