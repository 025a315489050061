/**
 * The start lock of the embedded server: a file naming the process that is starting it, so that
 * two commands starting at once do not spawn two servers. The file holds the holder's pid and, where
 * /proc tells it, the holder's start time: a lock whose pid now belongs to another process (the
 * holder died and the pid was reused) is stale, as is one whose holder is dead, and is taken over.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";

/** A lock held by another process that is still starting the server. */
export class StartLockBusy extends Error {
  constructor(readonly holder: number) {
    super(`the start lock is held by pid ${holder}`);
    this.name = "StartLockBusy";
  }
}

/**
 * When a process started, in clock ticks since boot (field 22 of /proc/<pid>/stat), or undefined
 * where /proc does not say. Together with the pid it names one process, never a later one.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19];
  } catch {
    return undefined;
  }
}

/** Whether a process with this pid exists (a zombie, exited but not yet reaped, does not count). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  const stat = `/proc/${pid}/stat`;
  if (existsSync(stat)) {
    try {
      return !/^\d+ \(.*\) Z /s.test(readFileSync(stat, "utf8"));
    } catch {
      return false;
    }
  }
  return true;
}

/** What the lock file says of its holder. */
export function lockHolder(text: string): { pid: number; startTime: string | undefined } | undefined {
  const [pidText, startTime] = text.trim().split(/\s+/);
  const pid = Number(pidText);
  return Number.isInteger(pid) && pid > 0 ? { pid, startTime } : undefined;
}

/**
 * Whether the process the lock names still holds it: alive, and (where the lock and /proc record
 * start times) the same process that took it rather than a later one given the same pid.
 */
function holderIsAlive(holder: { pid: number; startTime: string | undefined }): boolean {
  if (!processIsAlive(holder.pid)) return false;
  const now = processStartTime(holder.pid);
  if (now === undefined) return true; // no /proc: liveness is all there is to go on
  return holder.startTime === now;
}

/** Takes the lock if it is free or stale; false when a live holder has it. */
function tryTakeStartLock(lockFile: string): boolean {
  const content = `${[process.pid, processStartTime(process.pid)].filter((part) => part !== undefined).join(" ")}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lockFile, content, { flag: "wx" });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    let text: string;
    try {
      text = readFileSync(lockFile, "utf8");
    } catch {
      continue; // released between our two looks
    }
    const holder = lockHolder(text);
    if (holder !== undefined && holderIsAlive(holder)) return false;
    rmSync(lockFile, { force: true }); // stale: unreadable, or its holder is gone
  }
  return false;
}

/** Runs `work` holding the lock, waiting up to `timeoutMs` for a live holder to finish; throws StartLockBusy after that. */
export async function withStartLock<T>(lockFile: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  while (!tryTakeStartLock(lockFile)) {
    if (performance.now() > deadline) {
      throw new StartLockBusy(lockHolder(readTextOr(lockFile))?.pid ?? 0);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    return await work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

function readTextOr(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
