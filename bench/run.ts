/**
 * `npm run bench`: every benchmark in turn, each in its own process so that one's memory and JIT
 * state do not colour another's, their reports (markdown tables, ratios beside the absolute
 * figures) printed one after the other under the machine, the command and the date.
 *
 *   npm run bench                      extract, load (+ export, commands), e2e, viewer, peer (spaCy)
 *   npm run bench -- --quick           the small sizes: about two minutes
 *   npm run bench -- load extract      only those
 *   npm run bench -- --write           also put the report into BENCHMARKS.md (between its markers)
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { projectRoot } from "../src/config.js";

const BENCHMARKS: Record<string, string> = {
  extract: "extract.js",
  load: "load.js",
  e2e: "e2e.js",
  viewer: "viewer.js",
  peer: "peer.js",
};

const BEGIN = "<!-- bench:begin (written by `npm run bench -- --write`) -->";
const END = "<!-- bench:end -->";

function javaVersion(): string {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  return /version "([^"]+)"/.exec(`${result.stderr}${result.stdout}`)?.[1] ?? "not found";
}

function main(): void {
  const args = process.argv.slice(2);
  const quick = args.includes("--quick");
  const selected = args.filter((name) => !name.startsWith("-"));
  const names = selected.length > 0 ? selected : Object.keys(BENCHMARKS);
  const unknown = names.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) {
    console.error(`entente/bench: unknown benchmark ${unknown.join(", ")} (known: ${Object.keys(BENCHMARKS).join(", ")})`);
    process.exitCode = 2;
    return;
  }
  const started = new Date();
  const header = [
    `**Run** ${started.toISOString().slice(0, 16).replace("T", " ")} UTC: \`npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}\``,
    `**Machine** ${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Java ${javaVersion()}; load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(" ")} at the start`,
  ].join("  \n");
  console.log(`${header}\n`);
  const sections: string[] = [header];
  let failed = false;
  for (const name of names) {
    const script = fileURLToPath(new URL(`./${BENCHMARKS[name] ?? ""}`, import.meta.url));
    const sectionStarted = performance.now();
    const result = spawnSync(process.execPath, [script, ...(quick ? ["--quick"] : [])], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 64 * 2 ** 20,
    });
    const output = result.stdout.trim();
    console.log(`${output}\n`);
    if (result.status !== 0) {
      console.error(`entente/bench: ${name} failed (exit ${result.status ?? result.signal})`);
      failed = true;
      sections.push(`### ${name}\n\nfailed (exit ${result.status ?? result.signal})`);
    } else sections.push(output);
    console.error(`entente/bench: ${name} took ${((performance.now() - sectionStarted) / 1000).toFixed(0)} s`);
  }
  if (args.includes("--write")) {
    const path = join(projectRoot(), "BENCHMARKS.md");
    const text = readFileSync(path, "utf8");
    const begin = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    const report = `${BEGIN}\n\n${sections.join("\n\n")}\n\n${END}`;
    writeFileSync(
      path,
      begin >= 0 && end > begin ? `${text.slice(0, begin)}${report}${text.slice(end + END.length)}` : `${text.trimEnd()}\n\n${report}\n`,
    );
    console.error(`entente/bench: report written into ${path}`);
  }
  process.exitCode = failed ? 1 : 0;
}

main();
