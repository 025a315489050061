/**
 * The embedded server's life cycle, on the server the global setup started (or, when the run uses
 * NEO4J_URI, on one this file starts itself in a temporary ENTENTE_HOME).
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectNeo4j } from "../../src/neo4j/connect.js";
import { embeddedNeo4jPaths, embeddedNeo4jStatus, startEmbeddedNeo4j, stopEmbeddedNeo4j } from "../../src/neo4j/embedded.js";
import { embeddedEnv, testNeo4jInfo } from "../support/neo4j.js";
import { runEntente, type CliRun } from "../support/cli.js";

const entente = (env: NodeJS.ProcessEnv, ...args: string[]): Promise<CliRun> => runEntente(args, { env });

describe("the embedded Neo4j", () => {
  let env: NodeJS.ProcessEnv;
  let ownHome: string | undefined;

  beforeAll(async () => {
    const provided = testNeo4jInfo().embedded;
    if (provided) {
      env = embeddedEnv(provided.home, provided.port);
      return;
    }
    ownHome = mkdtempSync(join(tmpdir(), "entente-embedded-"));
    env = embeddedEnv(ownHome, 17_000 + Math.floor(Math.random() * 1_000));
    await startEmbeddedNeo4j({ env });
  });
  afterAll(async () => {
    if (ownHome) {
      await stopEmbeddedNeo4j({ env });
      rmSync(ownHome, { recursive: true, force: true });
    }
  });

  it("is running, with a password file only its owner can read", async () => {
    const status = await embeddedNeo4jStatus({ env });
    expect(status.state).toBe("running");
    expect(statSync(embeddedNeo4jPaths(env).passwordFile).mode & 0o777).toBe(0o600);
  });

  it("reuses the running server on a second start: same pid, no new process", async () => {
    const before = await embeddedNeo4jStatus({ env });
    const again = await startEmbeddedNeo4j({ env });
    expect(again.reused).toBe(true);
    expect(before.state === "running" && before.pid).toBe(again.pid);

    const cli = await entente(env, "neo4j", "start");
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(`Neo4j already running at bolt://127.0.0.1:${env.ENTENTE_NEO4J_PORT} (pid ${again.pid})`);
    const status = await entente(env, "neo4j", "status");
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`(pid ${again.pid})`);
  });

  it("connects through connectNeo4j with the password from the password file", async () => {
    const conn = await connectNeo4j({ env, startEmbedded: false });
    try {
      const { records } = await conn.driver.executeQuery("CALL dbms.components() YIELD versions RETURN versions[0] AS v");
      expect(String(records[0]?.get("v"))).toMatch(/^5\.26\./);
    } finally {
      await conn.close();
    }
  });

  it("answers the CLI's components query with the Neo4j 5.26 kernel", async () => {
    const run = await entente(env, "query", "CALL dbms.components() YIELD name, versions RETURN name, versions", "--json");
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { name: string; versions: string[] }[];
    expect(rows[0]?.name).toBe("Neo4j Kernel");
    expect(rows[0]?.versions[0]).toMatch(/^5\.26\./);
  });

  it("refuses another state dir on the same port with one sentence naming the port", async () => {
    const otherHome = mkdtempSync(join(tmpdir(), "entente-other-"));
    try {
      const run = await entente(embeddedEnv(otherHome, Number(env.ENTENTE_NEO4J_PORT)), "neo4j", "start");
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `entente/neo4j: port ${env.ENTENTE_NEO4J_PORT} on 127.0.0.1 is already taken by another program; stop it, or set ENTENTE_NEO4J_PORT to a free port (or NEO4J_URI to use that server).\n`,
      );
    } finally {
      rmSync(otherHome, { recursive: true, force: true });
    }
  });

  it("refuses the same state dir on another port while it runs, naming the running port", async () => {
    const run = await entente({ ...env, ENTENTE_NEO4J_PORT: String(Number(env.ENTENTE_NEO4J_PORT) + 1) }, "neo4j", "start");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`^entente/neo4j: an embedded Neo4j from .* is already running on port ${env.ENTENTE_NEO4J_PORT} \\(pid \\d+\\)`),
    );
  });

  it("says in one sentence that java is missing when it is not on PATH", async () => {
    const otherHome = mkdtempSync(join(tmpdir(), "entente-nojava-"));
    try {
      const run = await entente({ ...embeddedEnv(otherHome, 1), PATH: otherHome }, "neo4j", "start");
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^entente\/neo4j: `java` was not found on PATH; install Java 17 .* or set NEO4J_URI to use your own Neo4j\.\n$/,
      );
    } finally {
      rmSync(otherHome, { recursive: true, force: true });
    }
  });

  it("reports the user's server instead of the embedded one when NEO4J_URI is set", async () => {
    const info = testNeo4jInfo();
    const run = await entente({ ...env, NEO4J_URI: info.uri, NEO4J_USER: info.user, NEO4J_PASSWORD: info.password ?? "" }, "neo4j", "stop");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("NEO4J_URI is set");
    expect((await embeddedNeo4jStatus({ env })).state).toBe("running");
  });

  // Last: it restarts the server the other files share (same port, same password, same data).
  it("stops cleanly and starts again on the same data, keeping the password and the graph", { timeout: 300_000 }, async () => {
    const before = await connectNeo4j({ env, startEmbedded: false });
    try {
      await before.driver.executeQuery("MERGE (:RestartProbe {id: 'kept'})");
    } finally {
      await before.close();
    }
    const password = readFileSync(embeddedNeo4jPaths(env).passwordFile, "utf8");

    const stop = await entente(env, "neo4j", "stop");
    expect(stop.code).toBe(0);
    expect(stop.stdout).toMatch(/^Neo4j stopped \(pid \d+\)\.\n$/);
    const stopped = await entente(env, "neo4j", "status");
    expect(stopped.code).toBe(3);
    expect(stopped.stdout).toContain("Neo4j is not running");

    const again = await startEmbeddedNeo4j({ env });
    expect(again.reused).toBe(false);
    expect(again.version).toMatch(/^5\.26\./);
    expect(readFileSync(embeddedNeo4jPaths(env).passwordFile, "utf8")).toBe(password);
    const after = await connectNeo4j({ env, startEmbedded: false });
    try {
      const { records } = await after.driver.executeQuery("MATCH (n:RestartProbe {id: 'kept'}) DETACH DELETE n RETURN count(*) AS n");
      expect(Number(records[0]?.get("n"))).toBe(1);
    } finally {
      await after.close();
    }
  });
});
