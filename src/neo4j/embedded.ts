/**
 * The embedded Neo4j: a Java launcher (neo4j/, built with Maven) run as a detached background
 * process that outlives the command which started it. State lives in the state dir
 * (ENTENTE_HOME, default ./.entente): `neo4j/` (data), `neo4j.log` (the launcher's output),
 * `neo4j.pid`, `neo4j-password` (0600, written by the launcher on first start).
 *
 * start is idempotent: a live launcher found through the pid file is reused once Bolt answers.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import neo4j from "neo4j-driver";
import { projectRoot, stateDir } from "../config.js";
import { Neo4jSetupError } from "./errors.js";
import { StartLockBusy, processIsAlive, withStartLock } from "./start-lock.js";

const LAUNCHER_CLASS = "io.entente.neo4j.EmbeddedNeo4j";
const READY_PATTERN = /^entente-neo4j ready (\S+) version (\S+)/m;
const FAILURE_PATTERN = /^entente-neo4j: (.*)$/m;
const DEFAULT_PORT = 7687;
const DEFAULT_READY_TIMEOUT_MS = 180_000;
const DEFAULT_STOP_TIMEOUT_MS = 60_000;

/** JVM options for a 2-core, 24 GiB machine; the heap comes from jvmHeapOptions, Neo4j's page cache (512 MiB, ENTENTE_NEO4J_PAGECACHE) is off-heap. */
const JVM_OPTIONS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+ExitOnOutOfMemoryError",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
];

export interface EmbeddedNeo4jPaths {
  stateDir: string;
  dataDir: string;
  logFile: string;
  pidFile: string;
  startLockFile: string;
  passwordFile: string;
  buildLogFile: string;
  pom: string;
  libDir: string;
  pluginsDir: string;
  launcherJar: string;
  /** Class-data-sharing archive of the launcher's classes (made by a training run after the build). */
  cdsArchive: string;
}

export interface EmbeddedNeo4jOptions {
  /** Environment to read ENTENTE_HOME, ENTENTE_NEO4J_PORT, ENTENTE_NEO4J_DATA, NEO4J_PASSWORD from. */
  env?: NodeJS.ProcessEnv;
  /** How long to wait for the readiness line (default 180 s). */
  readyTimeoutMs?: number;
  /** Progress lines for a person (building the launcher, starting, waiting). */
  onProgress?: (line: string) => void;
}

export interface EmbeddedNeo4jServer {
  uri: string;
  port: number;
  pid: number;
  /** true when an already running launcher was reused. */
  reused: boolean;
  version: string | undefined;
  /** Milliseconds from spawning the launcher to its readiness line (0 when reused). */
  readyInMs: number;
  paths: EmbeddedNeo4jPaths;
}

export type EmbeddedNeo4jStatus =
  | { state: "running"; pid: number; port: number; uri: string; paths: EmbeddedNeo4jPaths }
  | { state: "not-answering"; pid: number; port: number; uri: string; paths: EmbeddedNeo4jPaths }
  | { state: "stopped"; paths: EmbeddedNeo4jPaths };

export function embeddedNeo4jPaths(env: NodeJS.ProcessEnv = process.env): EmbeddedNeo4jPaths {
  const state = stateDir(env);
  const launcher = join(projectRoot(), "neo4j");
  const libDir = join(launcher, "target", "lib");
  return {
    stateDir: state,
    dataDir: resolve(env.ENTENTE_NEO4J_DATA?.trim() || join(state, "neo4j")),
    logFile: join(state, "neo4j.log"),
    pidFile: join(state, "neo4j.pid"),
    startLockFile: join(state, "neo4j.start.lock"),
    passwordFile: join(state, "neo4j-password"),
    buildLogFile: join(state, "neo4j-build.log"),
    pom: join(launcher, "pom.xml"),
    libDir,
    pluginsDir: join(launcher, "target", "plugins"),
    launcherJar: join(libDir, "entente-neo4j.jar"),
    cdsArchive: join(launcher, "target", "entente-neo4j.jsa"),
  };
}

const DEFAULT_HEAP = "1g";
const MEMORY_SIZE = /^(\d+)([kmg])$/iu;
const MEBIBYTES_PER_UNIT: Readonly<Record<string, number>> = { k: 1 / 1024, m: 1, g: 1024 };

/**
 * The JVM's heap: ENTENTE_NEO4J_HEAP (a size such as 1g or 4096m; default 1g), starting at 512 MiB
 * or the whole heap when smaller. A large archive wants more heap for big transactions and more
 * page cache (ENTENTE_NEO4J_PAGECACHE, read by the launcher itself) for the store.
 */
export function jvmHeapOptions(env: NodeJS.ProcessEnv = process.env): string[] {
  const text = env.ENTENTE_NEO4J_HEAP?.trim() || DEFAULT_HEAP;
  const match = MEMORY_SIZE.exec(text);
  if (!match) throw new Neo4jSetupError(`ENTENTE_NEO4J_HEAP='${text}' is not a size such as 1g or 4096m.`);
  const mebibytes = Math.floor(Number(match[1]) * (MEBIBYTES_PER_UNIT[(match[2] ?? "m").toLowerCase()] ?? 1));
  if (mebibytes < 256) throw new Neo4jSetupError(`ENTENTE_NEO4J_HEAP='${text}' is too small for Neo4j (256m at least).`);
  return [`-Xms${Math.min(512, mebibytes)}m`, `-Xmx${mebibytes}m`];
}

/** The Bolt port the embedded server uses: ENTENTE_NEO4J_PORT or 7687. */
function embeddedNeo4jPort(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.ENTENTE_NEO4J_PORT?.trim();
  if (!text) return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Neo4jSetupError(`ENTENTE_NEO4J_PORT='${text}' is not a port number (1-65535).`);
  }
  return port;
}

/** The `neo4j` user's password of the embedded server, from the file its launcher wrote. */
export function readEmbeddedNeo4jPassword(env: NodeJS.ProcessEnv = process.env): string {
  const { passwordFile } = embeddedNeo4jPaths(env);
  if (!existsSync(passwordFile)) {
    throw new Neo4jSetupError(`the password file ${passwordFile} is missing; start the embedded server with \`entente neo4j start\`.`);
  }
  return readFileSync(passwordFile, "utf8").trim();
}

/**
 * The embedded server this state dir's pid file names, when that process is alive and on the
 * configured port: no network round trip (it may still be starting). What lets a command reuse a
 * running server at once.
 */
export function runningEmbeddedNeo4j(env: NodeJS.ProcessEnv = process.env): { pid: number; port: number; uri: string } | undefined {
  const port = embeddedNeo4jPort(env);
  const running = runningLauncher(embeddedNeo4jPaths(env), port);
  return running?.port === port ? { ...running, uri: boltUri(port) } : undefined;
}

export async function embeddedNeo4jStatus(options: { env?: NodeJS.ProcessEnv } = {}): Promise<EmbeddedNeo4jStatus> {
  const env = options.env ?? process.env;
  const paths = embeddedNeo4jPaths(env);
  const running = runningLauncher(paths, embeddedNeo4jPort(env));
  if (!running) return { state: "stopped", paths };
  const uri = boltUri(running.port);
  const answering = await boltAnswers(uri, env);
  return { state: answering ? "running" : "not-answering", pid: running.pid, port: running.port, uri, paths };
}

/**
 * Starts the embedded server, or reuses the one already running from this state dir. Builds the
 * launcher with Maven first when it is missing. Resolves once Bolt answers `RETURN 1`.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions = {}): Promise<EmbeddedNeo4jServer> {
  const env = options.env ?? process.env;
  const timeoutMs = options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  const paths = embeddedNeo4jPaths(env);
  const port = embeddedNeo4jPort(env);
  mkdirSync(paths.stateDir, { recursive: true });
  // Two commands starting at once (say `entente demo` and `entente query`) must not spawn two servers.
  return withStateDirLock(paths, timeoutMs, () => startOrReuse(env, paths, port, timeoutMs, options.onProgress ?? (() => undefined)));
}

async function startOrReuse(
  env: NodeJS.ProcessEnv,
  paths: EmbeddedNeo4jPaths,
  port: number,
  timeoutMs: number,
  progress: (line: string) => void,
): Promise<EmbeddedNeo4jServer> {
  const running = runningLauncher(paths, port);
  if (running) {
    if (running.port !== port) {
      throw new Neo4jSetupError(
        `an embedded Neo4j from ${paths.stateDir} is already running on port ${running.port} (pid ${running.pid}); ` +
          `stop it with \`entente neo4j stop\` or set ENTENTE_NEO4J_PORT=${running.port}.`,
      );
    }
    const uri = boltUri(port);
    await waitForBolt(uri, env, running.pid, paths, timeoutMs);
    return { uri, port, pid: running.pid, reused: true, version: undefined, readyInMs: 0, paths };
  }
  rmSync(paths.pidFile, { force: true });

  const java = javaVersion(env);
  if (java < 17) {
    throw new Neo4jSetupError(
      `Java ${java} found but the embedded Neo4j 5.26 needs Java 17 or newer; install Java 17 or set NEO4J_URI to use your own Neo4j.`,
    );
  }
  if (!(await portIsFree(port))) {
    throw new Neo4jSetupError(
      `port ${port} on 127.0.0.1 is already taken by another program; stop it, or set ENTENTE_NEO4J_PORT to a free port (or NEO4J_URI to use that server).`,
    );
  }
  if (!existsSync(paths.launcherJar)) {
    progress("building the Neo4j launcher with Maven (the first build downloads about 130 MB)…");
    await buildEmbeddedNeo4jLauncher({ env, onProgress: progress });
  }

  mkdirSync(paths.dataDir, { recursive: true });
  progress(`starting the embedded Neo4j on port ${port} (data in ${paths.dataDir})…`);
  const cds = existsSync(paths.cdsArchive) ? [`-XX:SharedArchiveFile=${paths.cdsArchive}`] : [];
  const launch = spawnLauncher(paths, {
    dataDir: paths.dataDir,
    port,
    passwordFile: paths.passwordFile,
    logFile: paths.logFile,
    jvmOptions: cds,
    env,
  });
  writeFileSync(paths.pidFile, `${launch.pid}\n`);
  try {
    const version = await waitForReadyLine(launch, timeoutMs);
    return {
      uri: boltUri(port),
      port,
      pid: launch.pid,
      reused: false,
      version,
      readyInMs: Math.round(performance.now() - launch.started),
      paths,
    };
  } catch (error) {
    if (!processIsAlive(launch.pid)) rmSync(paths.pidFile, { force: true });
    throw error;
  }
}

interface Launch {
  pid: number;
  started: number;
  logFile: string;
  logOffset: number;
  dataDir: string;
  exited: () => boolean;
}

/** Spawns the launcher detached, its output appended to `logFile`. */
function spawnLauncher(
  paths: EmbeddedNeo4jPaths,
  run: { dataDir: string; port: number; passwordFile: string; logFile: string; jvmOptions: string[]; env: NodeJS.ProcessEnv },
): Launch {
  const logOffset = existsSync(run.logFile) ? statSync(run.logFile).size : 0;
  const logFd = openSync(run.logFile, "a");
  const started = performance.now();
  const args = [...jvmHeapOptions(run.env), ...JVM_OPTIONS, ...run.jvmOptions, "-cp", join(paths.libDir, "*"), LAUNCHER_CLASS];
  args.push("--data-dir", run.dataDir, "--port", String(run.port), "--password-file", run.passwordFile, "--plugins-dir", paths.pluginsDir);
  const child = spawn("java", args, { detached: true, stdio: ["ignore", logFd, logFd], env: run.env, cwd: dirname(run.logFile) });
  closeSync(logFd);
  if (child.pid === undefined) {
    throw new Neo4jSetupError(`could not spawn java for the embedded Neo4j; see ${run.logFile}.`);
  }
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });
  child.unref();
  return { pid: child.pid, started, logFile: run.logFile, logOffset, dataDir: run.dataDir, exited: () => exited };
}

/** Waits for the launcher's readiness line and returns the Neo4j version it names. */
async function waitForReadyLine(launch: Launch, timeoutMs: number): Promise<string | undefined> {
  const deadline = launch.started + timeoutMs;
  for (;;) {
    const output = readFrom(launch.logFile, launch.logOffset);
    const ready = READY_PATTERN.exec(output);
    if (ready) return ready[2];
    const failure = FAILURE_PATTERN.exec(output);
    if (failure || launch.exited() || !processIsAlive(launch.pid)) {
      const reason = failure?.[1] ? `: ${failure[1]}` : "";
      throw new Neo4jSetupError(
        `the embedded Neo4j failed to start${reason}; see ${launch.logFile} and ${join(launch.dataDir, "logs", "debug.log")}.`,
      );
    }
    if (performance.now() > deadline) {
      throw new Neo4jSetupError(
        `the embedded Neo4j (pid ${launch.pid}) was not ready after ${Math.round(timeoutMs / 1000)} s; see ${launch.logFile}, or stop it with \`entente neo4j stop\`.`,
      );
    }
    await sleep(200);
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (processIsAlive(pid)) {
    if (performance.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

/** Stops the embedded server (SIGTERM, then waits for a clean shutdown). */
export async function stopEmbeddedNeo4j(
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<{ stopped: boolean; pid: number | undefined }> {
  const env = options.env ?? process.env;
  const paths = embeddedNeo4jPaths(env);
  const running = runningLauncher(paths, embeddedNeo4jPort(env));
  if (!running) {
    rmSync(paths.pidFile, { force: true });
    return { stopped: false, pid: undefined };
  }
  process.kill(running.pid, "SIGTERM");
  if (!(await waitForExit(running.pid, options.timeoutMs ?? DEFAULT_STOP_TIMEOUT_MS))) {
    throw new Neo4jSetupError(`the embedded Neo4j (pid ${running.pid}) did not stop within the timeout; see ${paths.logFile}.`);
  }
  rmSync(paths.pidFile, { force: true });
  return { stopped: true, pid: running.pid };
}

/**
 * Builds neo4j/target/lib (launcher jar + Neo4j's jars) with Maven, output in neo4j-build.log; then
 * records a class-data-sharing archive of the classes Neo4j loads (a training start and stop on a
 * scratch database), which makes later starts about twice as fast. Without the archive Neo4j
 * still starts, only slower.
 */
export async function buildEmbeddedNeo4jLauncher(
  options: { env?: NodeJS.ProcessEnv; onProgress?: (line: string) => void } = {},
): Promise<{ cdsArchive: boolean }> {
  const env = options.env ?? process.env;
  const paths = embeddedNeo4jPaths(env);
  mkdirSync(paths.stateDir, { recursive: true });
  rmSync(paths.cdsArchive, { force: true }); // it describes the jars being replaced
  const result = spawnSync("mvn", ["-q", "-B", "-f", paths.pom, "package", "-DskipTests"], {
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error && (result.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new Neo4jSetupError(
      "`mvn` was not found on PATH; install Maven (e.g. `apt-get install maven`) to build the embedded Neo4j, or set NEO4J_URI to use your own Neo4j.",
    );
  }
  writeFileSync(paths.buildLogFile, `${result.stdout ?? ""}${result.stderr ?? ""}`);
  if (result.status !== 0 || !existsSync(paths.launcherJar)) {
    throw new Neo4jSetupError(`the Maven build of the Neo4j launcher failed; see ${paths.buildLogFile}.`);
  }
  options.onProgress?.("recording the class-data-sharing archive (one training start of Neo4j)…");
  return { cdsArchive: await recordCdsArchive(paths, env) };
}

/** Starts the launcher once on a scratch database with -XX:ArchiveClassesAtExit and stops it. */
async function recordCdsArchive(paths: EmbeddedNeo4jPaths, env: NodeJS.ProcessEnv): Promise<boolean> {
  const scratch = mkdtempSync(join(tmpdir(), "entente-neo4j-cds-"));
  const pending = `${paths.cdsArchive}.${process.pid}.tmp`;
  try {
    const trainingEnv: NodeJS.ProcessEnv = { ...env };
    delete trainingEnv.NEO4J_PASSWORD;
    const launch = spawnLauncher(paths, {
      dataDir: join(scratch, "neo4j"),
      port: await freeLoopbackPort(),
      passwordFile: join(scratch, "neo4j-password"),
      logFile: join(scratch, "neo4j.log"),
      jvmOptions: [`-XX:ArchiveClassesAtExit=${pending}`],
      env: trainingEnv,
    });
    try {
      await waitForReadyLine(launch, DEFAULT_READY_TIMEOUT_MS);
    } finally {
      if (processIsAlive(launch.pid)) process.kill(launch.pid, "SIGTERM");
      await waitForExit(launch.pid, DEFAULT_STOP_TIMEOUT_MS);
    }
    if (!existsSync(pending)) return false;
    renameSync(pending, paths.cdsArchive);
    return true;
  } catch {
    return false;
  } finally {
    rmSync(pending, { force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** A TCP port on 127.0.0.1 that the system reports free now (bound to port 0, then released). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

interface RunningLauncher {
  pid: number;
  port: number;
}

/**
 * The launcher named by the pid file, if that process is alive and is our launcher. Its port comes
 * from its command line; where that cannot be read (no /proc), it is taken to be `expectedPort`.
 */
function runningLauncher(paths: EmbeddedNeo4jPaths, expectedPort: number): RunningLauncher | undefined {
  if (!existsSync(paths.pidFile)) return undefined;
  const pid = Number(readFileSync(paths.pidFile, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0 || !processIsAlive(pid)) return undefined;
  const args = commandLine(pid);
  if (args === undefined) return { pid, port: expectedPort };
  if (!args.includes(LAUNCHER_CLASS)) return undefined; // the pid was reused by another program
  const portIndex = args.indexOf("--port");
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : expectedPort;
  return { pid, port };
}

/** Runs `work` holding the state dir's start lock (see ./start-lock: a dead holder's lock, or one whose pid now names another process, is taken over). */
async function withStateDirLock<T>(paths: EmbeddedNeo4jPaths, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  try {
    return await withStartLock(paths.startLockFile, timeoutMs, work);
  } catch (error) {
    if (!(error instanceof StartLockBusy)) throw error;
    throw new Neo4jSetupError(
      `another entente process (pid ${error.holder}) is still starting the embedded Neo4j; wait for it, or remove ${paths.startLockFile} if no such process runs.`,
    );
  }
}

/** The arguments of a process (Linux /proc); undefined where /proc is not available. */
function commandLine(pid: number): string[] | undefined {
  const file = `/proc/${pid}/cmdline`;
  if (!existsSync("/proc/self/cmdline")) return undefined;
  try {
    return readFileSync(file, "utf8").split("\0");
  } catch {
    return [];
  }
}

function javaVersion(env: NodeJS.ProcessEnv): number {
  const result = spawnSync("java", ["-version"], { encoding: "utf8", env });
  if (result.error && (result.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new Neo4jSetupError(
      "`java` was not found on PATH; install Java 17 (e.g. `apt-get install openjdk-17-jre-headless`) to run the embedded Neo4j, or set NEO4J_URI to use your own Neo4j.",
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr ?? ""}${result.stdout ?? ""}`);
  if (!match) return 0;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once("error", () => resolvePromise(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => {
      server.close(() => resolvePromise(true));
    });
  });
}

function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

async function boltAnswers(uri: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  let password: string;
  try {
    password = readEmbeddedNeo4jPassword(env);
  } catch {
    return false;
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password), { connectionTimeout: 3_000, maxConnectionPoolSize: 1 });
  try {
    await driver.executeQuery("RETURN 1");
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

async function waitForBolt(uri: string, env: NodeJS.ProcessEnv, pid: number, paths: EmbeddedNeo4jPaths, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await boltAnswers(uri, env))) {
    if (!processIsAlive(pid)) {
      throw new Neo4jSetupError(`the embedded Neo4j (pid ${pid}) stopped while starting; see ${paths.logFile}.`);
    }
    if (performance.now() > deadline) {
      throw new Neo4jSetupError(
        `the embedded Neo4j (pid ${pid}) does not answer on ${uri} after ${Math.round(timeoutMs / 1000)} s; see ${paths.logFile}.`,
      );
    }
    await sleep(250);
  }
}

function readFrom(file: string, offset: number): string {
  if (!existsSync(file)) return "";
  const size = statSync(file).size;
  if (size <= offset) return "";
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(size - offset);
    readSync(fd, buffer, 0, buffer.length, offset);
    return buffer.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}
