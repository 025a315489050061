/**
 * Global setup of the `integration` project: one Neo4j for the whole run.
 * NEO4J_URI set → that server (NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE). Otherwise a fresh
 * embedded Neo4j on a free port with a temporary ENTENTE_HOME (data, log, password), stopped and
 * removed in teardown. Test files reach it through test/support/neo4j.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { readNeo4jSettings } from "../../src/config.js";
import { freeLoopbackPort, readEmbeddedNeo4jPassword, startEmbeddedNeo4j, stopEmbeddedNeo4j } from "../../src/neo4j/embedded.js";
import type { TestNeo4jInfo } from "../support/neo4j.js";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const settings = readNeo4jSettings(process.env);
  if (settings.external) {
    const info: TestNeo4jInfo = {
      uri: settings.uri,
      user: settings.user,
      password: settings.password,
      database: settings.database ?? null,
      embedded: null,
    };
    project.provide("neo4j", info);
    return () => Promise.resolve();
  }

  const home = mkdtempSync(join(tmpdir(), "entente-test-"));
  const port = await freeLoopbackPort();
  const env: NodeJS.ProcessEnv = { ...process.env, ENTENTE_HOME: home, ENTENTE_NEO4J_PORT: String(port) };
  delete env.ENTENTE_NEO4J_DATA;
  delete env.NEO4J_PASSWORD;
  const server = await startEmbeddedNeo4j({ env });
  const info: TestNeo4jInfo = {
    uri: server.uri,
    user: "neo4j",
    password: readEmbeddedNeo4jPassword(env),
    database: null,
    embedded: { home, port },
  };
  project.provide("neo4j", info);
  return async () => {
    try {
      await stopEmbeddedNeo4j({ env });
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  };
}
