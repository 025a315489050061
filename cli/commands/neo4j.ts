/**
 * `entente neo4j start|stop|status|build`: the embedded Neo4j's life cycle.
 * With NEO4J_URI set Entente uses that server and never starts or stops the embedded one; start
 * and status then check that the user's server answers.
 */
import type { Command } from "commander";
import { readNeo4jSettings } from "../../src/config.js";
import { UserError } from "../../src/errors.js";

const NOT_RUNNING_EXIT_CODE = 3; // as LSB init scripts' `status`

export function registerNeo4jCommand(program: Command): void {
  const neo4j = program.command("neo4j").description("manage the embedded Neo4j server (state in ENTENTE_HOME, default ./.entente)");

  neo4j
    .command("start")
    .description("start the embedded Neo4j, or reuse the one already running; builds it with Maven the first time")
    .option("--timeout <seconds>", "how long to wait for it to be ready", "180")
    .action(async (options: { timeout: string }) => {
      if (await reportExternal("start")) return;
      const { startEmbeddedNeo4j } = await import("../../src/neo4j/embedded.js");
      const server = await startEmbeddedNeo4j({
        readyTimeoutMs: seconds(options.timeout) * 1000,
        onProgress: (line) => process.stderr.write(`entente: ${line}\n`),
      });
      if (server.reused) {
        console.log(`Neo4j already running at ${server.uri} (pid ${server.pid}).`);
      } else {
        console.log(`Neo4j ${server.version ?? ""} ready at ${server.uri} (pid ${server.pid}, ${(server.readyInMs / 1000).toFixed(1)} s).`);
      }
      console.log(`user neo4j, password in ${server.paths.passwordFile}; data in ${server.paths.dataDir}; log ${server.paths.logFile}`);
    });

  neo4j
    .command("stop")
    .description("stop the embedded Neo4j (clean shutdown)")
    .action(async () => {
      if (await reportExternal("stop")) return;
      const { stopEmbeddedNeo4j } = await import("../../src/neo4j/embedded.js");
      const result = await stopEmbeddedNeo4j();
      console.log(result.stopped ? `Neo4j stopped (pid ${result.pid}).` : "Neo4j was not running.");
    });

  neo4j
    .command("status")
    .description(`say whether the embedded Neo4j is running (exit ${NOT_RUNNING_EXIT_CODE} when it is not)`)
    .action(async () => {
      if (await reportExternal("status")) return;
      const { embeddedNeo4jStatus } = await import("../../src/neo4j/embedded.js");
      const status = await embeddedNeo4jStatus();
      if (status.state === "stopped") {
        console.log(`Neo4j is not running (state in ${status.paths.stateDir}); start it with \`entente neo4j start\`.`);
        process.exitCode = NOT_RUNNING_EXIT_CODE;
        return;
      }
      if (status.state === "not-answering") {
        console.log(`Neo4j process ${status.pid} is up but ${status.uri} does not answer yet; see ${status.paths.logFile}.`);
        process.exitCode = NOT_RUNNING_EXIT_CODE;
        return;
      }
      console.log(`Neo4j running at ${status.uri} (pid ${status.pid}); data in ${status.paths.dataDir}; log ${status.paths.logFile}`);
    });

  neo4j
    .command("build")
    .description("build the launcher and fetch Neo4j's jars with Maven (neo4j/target/lib), then record its class-data-sharing archive")
    .action(async () => {
      const { buildEmbeddedNeo4jLauncher, embeddedNeo4jPaths } = await import("../../src/neo4j/embedded.js");
      const built = await buildEmbeddedNeo4jLauncher({ onProgress: (line) => process.stderr.write(`entente: ${line}\n`) });
      const paths = embeddedNeo4jPaths();
      console.log(`Built the Neo4j launcher in ${paths.libDir}.`);
      console.log(
        built.cdsArchive
          ? `Class-data-sharing archive: ${paths.cdsArchive}.`
          : "No class-data-sharing archive could be recorded; Neo4j will start without it (slower).",
      );
    });
}

/** With NEO4J_URI set: say that the user's server is used (and check it answers). true when handled. */
async function reportExternal(action: "start" | "stop" | "status"): Promise<boolean> {
  const settings = readNeo4jSettings();
  if (!settings.external) return false;
  if (action === "stop") {
    console.log(`NEO4J_URI is set (${settings.uri}): Entente uses that server and never stops it.`);
    return true;
  }
  const { connectNeo4j } = await import("../../src/neo4j/connect.js");
  const conn = await connectNeo4j();
  try {
    const info = await conn.driver.getServerInfo({ database: conn.database });
    console.log(`NEO4J_URI is set: using ${info.agent ?? "Neo4j"} at ${settings.uri}; the embedded server is not used.`);
  } finally {
    await conn.close();
  }
  return true;
}

function seconds(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new UserError(`entente neo4j: --timeout '${text}' is not a number of seconds.`, 2);
  return value;
}
