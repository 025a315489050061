/**
 * One way into Neo4j for all of Entente.
 *
 * NEO4J_URI set → the user's own server (bolt://, neo4j://, neo4j+s:// … passed to neo4j-driver
 * unchanged) with NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE; the embedded server is never touched.
 * Otherwise the embedded server from the state dir is started (or reused) and its password read
 * from its password file. The user's own server must be Neo4j 5.26 or newer (./server-version.ts):
 * an older one is named on connecting.
 */
import neo4j, { type Config, type Driver, Neo4jError } from "neo4j-driver";
import { readNeo4jSettings, type Neo4jSettings } from "../config.js";
import { embeddedNeo4jStatus, readEmbeddedNeo4jPassword, runningEmbeddedNeo4j, startEmbeddedNeo4j } from "./embedded.js";
import type { Neo4jConnection } from "./connection.js";
import { Neo4jSetupError } from "./errors.js";
import { describeUnsupportedVersion, readNeo4jVersion, type Neo4jVersion } from "./server-version.js";

export interface ConnectOptions {
  /** Start the embedded server when it is not running (default true). Ignored with NEO4J_URI. */
  startEmbedded?: boolean;
  /** Environment to read the settings from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Progress lines while the embedded server starts (building, starting). */
  onProgress?: (line: string) => void;
  /**
   * For a server answering people (the viewer): give up within seconds when Neo4j is unreachable
   * (INTERACTIVE_TIMEOUTS) instead of retrying for the driver's default 30 s.
   */
  interactive?: boolean;
}

/** Driver timeouts of an interactive connection: a request fails within a few seconds when Neo4j is down (the retries stop after 1.5 s). */
export const INTERACTIVE_TIMEOUTS: Pick<Config, "connectionTimeout" | "connectionAcquisitionTimeout" | "maxTransactionRetryTime"> = {
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 5_000,
  maxTransactionRetryTime: 1_500,
};

export async function connectNeo4j(options: ConnectOptions = {}): Promise<Neo4jConnection> {
  const env = options.env ?? process.env;
  const settings = readNeo4jSettings(env);
  const config = options.interactive ? INTERACTIVE_TIMEOUTS : {};
  if (settings.external) {
    return openConnection(settings, settings.password, config);
  }
  if (options.startEmbedded === false) {
    const status = await embeddedNeo4jStatus({ env });
    if (status.state !== "running") {
      throw new Neo4jSetupError("the embedded Neo4j is not running; start it with `entente neo4j start` (or set NEO4J_URI).");
    }
    return openConnection({ ...settings, uri: status.uri }, readEmbeddedNeo4jPassword(env), config);
  }
  // A server already running on our port: connect straight away (one connection, no start lock, no probe).
  const running = runningEmbeddedNeo4j(env);
  if (running) {
    const reused = await tryConnection({ ...settings, uri: running.uri }, readEmbeddedNeo4jPassword(env), config);
    if (reused.ok) return reused.connection;
    if (!reused.unreachable) throw new Neo4jSetupError(reused.problem);
    // Not answering yet (still starting): startEmbeddedNeo4j waits for it.
  }
  const server = await startEmbeddedNeo4j({ env, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  return openConnection({ ...settings, uri: server.uri }, readEmbeddedNeo4jPassword(env), config);
}

/** Opens a driver and checks that the server answers, accepts the credentials and (NEO4J_URI) is recent enough. */
export async function openConnection(settings: Neo4jSettings, password: string | null, config: Config = {}): Promise<Neo4jConnection> {
  const attempt = await tryConnection(settings, password, config);
  if (attempt.ok) return attempt.connection;
  throw new Neo4jSetupError(attempt.problem);
}

/** A connection, or why not in one sentence (and whether the server simply did not answer). */
type ConnectionAttempt = { ok: true; connection: Neo4jConnection } | { ok: false; problem: string; unreachable: boolean };

/** A driver whose server answered and accepted the credentials, or the driver's error (the driver then closed). */
async function tryConnection(settings: Neo4jSettings, password: string | null, config: Config): Promise<ConnectionAttempt> {
  const auth = password === null ? undefined : neo4j.auth.basic(settings.user, password);
  let driver: Driver;
  try {
    driver = neo4j.driver(settings.uri, auth, { ...config, disableLosslessIntegers: false, userAgent: "entente/0.1" });
  } catch (error) {
    throw new Neo4jSetupError(`cannot use NEO4J_URI '${settings.uri}': ${oneLine(error)}`);
  }
  let problem: string | null;
  let unreachable = false;
  try {
    const accepted = await driver.verifyAuthentication({ database: settings.database });
    // The embedded server is the Neo4j that neo4j/pom.xml pins: only the user's own is checked.
    const version: Neo4jVersion | null = accepted && settings.external ? await readNeo4jVersion(driver, settings.database) : null;
    problem = accepted ? describeUnsupportedVersion(version, settings.uri) : credentialsRefused(settings, password);
  } catch (error) {
    unreachable = isUnreachable(error);
    problem = describeConnectError(settings, password, error);
  }
  if (problem !== null) {
    await driver.close();
    return { ok: false, problem, unreachable };
  }
  const retryMs = config.maxTransactionRetryTime;
  return {
    ok: true,
    connection: {
      driver,
      database: settings.database,
      settings,
      ...(retryMs === undefined ? {} : { retryMs }),
      close: () => driver.close(),
    },
  };
}

function isUnreachable(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code === "ServiceUnavailable" || error.code === "SessionExpired");
}

function describeConnectError(settings: Neo4jSettings, password: string | null, error: unknown): string {
  const code = error instanceof Neo4jError ? error.code : "";
  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return credentialsRefused(settings, password);
  }
  if (isUnreachable(error)) {
    const hint = settings.external ? "check NEO4J_URI and that the server is running" : "run `entente neo4j status`";
    return `cannot reach Neo4j at ${settings.uri} (${oneLine(error)}); ${hint}.`;
  }
  return `connecting to Neo4j at ${settings.uri} failed: ${oneLine(error)}`;
}

function credentialsRefused(settings: Neo4jSettings, password: string | null): string {
  const where = settings.external ? "check NEO4J_USER and NEO4J_PASSWORD" : "check the password file of the embedded server";
  const missing = password === null && settings.external ? " (NEO4J_PASSWORD is not set)" : "";
  return `Neo4j at ${settings.uri} refused the credentials of user '${settings.user}'${missing}; ${where}.`;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim();
}
