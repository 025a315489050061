/**
 * `npm run bench`: every benchmark in turn, each in its own process so one's memory and JIT
 * state do not colour another's. Results go to stdout; BENCHMARKS.md records them with the
 * machine and the command.
 *
 *   npm run bench                 extraction, graph load (embedded Neo4j or NEO4J_URI), viewer
 *   npm run bench -- extract      only the named ones (extract, store-load, viewer)
 */
import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";

const BENCHMARKS: Record<string, string[]> = {
  extract: ["extract.js", "20"],
  "store-load": ["store-load.js", "500"],
  viewer: ["viewer.js"],
};

const selected = process.argv.slice(2).filter((name) => !name.startsWith("-"));
const names = selected.length > 0 ? selected : Object.keys(BENCHMARKS);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
let failed = false;
for (const name of names) {
  const spec = BENCHMARKS[name];
  if (!spec) {
    console.error(`entente/bench: unknown benchmark "${name}" (known: ${Object.keys(BENCHMARKS).join(", ")})`);
    failed = true;
    continue;
  }
  const [script, ...args] = spec;
  console.log(`\n## ${name}`);
  const result = spawnSync(process.execPath, [fileURLToPath(new URL(`./${script}`, import.meta.url)), ...args], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`entente/bench: ${name} failed (exit ${result.status ?? result.signal})`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
