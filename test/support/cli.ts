/**
 * The built CLI as a person runs it: `node bin/entente.js …` in a child process (npm test builds
 * first), pointed at the run's Neo4j unless told otherwise.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../../src/config.js";
import { testNeo4jEnv } from "./neo4j.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  /** The child's environment; testNeo4jEnv() when left out. */
  env?: NodeJS.ProcessEnv;
  /** Most bytes of stdout or stderr before the child is killed; Node's own default (1 MiB) when left out. */
  maxBuffer?: number;
}

/** Runs `entente <args>` and resolves with its exit code and output; never rejects (a killed child exits 1). */
export function runEntente(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const env = options.env ?? testNeo4jEnv();
  const maxBuffer = options.maxBuffer ?? 1024 * 1024;
  return new Promise((resolveRun) => {
    execFile(
      process.execPath,
      [join(projectRoot(), "bin", "entente.js"), ...args],
      { env, encoding: "utf8", maxBuffer },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolveRun({ code, stdout, stderr });
      },
    );
  });
}
