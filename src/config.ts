/**
 * Configuration from the environment, read in one place.
 * NEO4J_URI set → the user's own Neo4j (server, cluster, Aura); the embedded server is not used.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string | null; // null: embedded server, password from its password file
  database: string | undefined;
  external: boolean;
}

/** The folder holding Entente's package.json, whether running from src/ (tsx, vitest) or dist/. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return dir;
}

export function readNeo4jSettings(env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  const uri = env.NEO4J_URI?.trim();
  if (uri) {
    return {
      uri,
      user: env.NEO4J_USER?.trim() || "neo4j",
      password: env.NEO4J_PASSWORD ?? null,
      database: env.NEO4J_DATABASE?.trim() || undefined,
      external: true,
    };
  }
  const port = Number(env.ENTENTE_NEO4J_PORT ?? 7687);
  return {
    uri: `bolt://127.0.0.1:${port}`,
    user: "neo4j",
    password: env.NEO4J_PASSWORD ?? null,
    database: undefined,
    external: false,
  };
}

/** Where Entente keeps its state (embedded Neo4j data, logs, pid file, password). */
export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.ENTENTE_HOME ?? resolve(process.cwd(), ".entente"));
}
