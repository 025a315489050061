/** `entente eval` as a person or CI runs it: the command line in a child process, on the project's articles and gold. */
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runEvaluation } from "../../cli/commands/eval-run.js";
import { UserError } from "../../src/errors.js";
import { METRIC_NAMES } from "../../src/eval/metrics.js";
import type { DocumentExtraction } from "../../src/model/extraction.js";
import { PATIENCE_MS } from "../support/score.js";
import { makeTempDir } from "../support/temp-dir.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

function entente(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "bin/dev.ts", ...args],
      { cwd: root, env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe("entente eval", () => {
  it(
    "prints the misses, a row per document and the overall scores, and exits 0 when the floors are met",
    async () => {
      const run = await entente(["eval", "--gold", "data/gold", "--corpus", "data/articles", "--min", "entityF1=0.5", "grounding=1"]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Misses and false positives\n/);
      expect(run.stdout).toMatch(/^2026-02-01-takaichi-starmer-tokyo\.fr +\| +[01]\.\d\d \d+\/\d+ \|/m);
      expect(run.stdout).toContain("8 gold documents, none missing");
      expect(run.stdout).toMatch(/^entities +\| +[01]\.\d\d \(\d+\/\d+\) \| +[01]\.\d\d \(\d+\/\d+\) \| [01]\.\d\d$/m);
      expect(run.stdout).toMatch(/^entityP=[01]\.\d\d .* grounding=1\.00$/m);
      expect(run.stdout).toMatch(/^met {3}entityF1 [01]\.\d\d ≥ 0\.50$/m);
    },
    PATIENCE_MS,
  );

  it(
    "gives the metrics as JSON under the shared scorer's names, and exits 1 naming each floor not met",
    async () => {
      const run = await entente([
        "eval",
        "--gold",
        "data/gold",
        "--corpus",
        "data/articles",
        "--json",
        "--min",
        "relationR=0.99",
        "entityF1=0.5",
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^entente\/eval: relationR [01]\.\d\d is below the floor 0\.99\n$/);
      const json = JSON.parse(run.stdout) as Record<string, unknown> & { documents: Array<{ goldFile: string; findings: unknown[] }> };
      for (const name of [...METRIC_NAMES, "missingDocuments"]) expect(json).toHaveProperty(name);
      expect(json.documents).toHaveLength(8);
      expect(json.floors).toEqual([
        expect.objectContaining({ metric: "relationR", minimum: 0.99, met: false }),
        expect.objectContaining({ metric: "entityF1", minimum: 0.5, met: true }),
      ]);
    },
    PATIENCE_MS,
  );

  it("says in one line when there is no corpus beside the gold and none is given", async () => {
    const error = await runEvaluation({ goldDir: "data/gold" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({
      exitCode: 2,
      message: `entente/eval: no corpus folder beside data/gold (looked for ${join(root, "data", "corpus")}); give --corpus DIR`,
    });
  });

  it("scores a saved extraction without extracting, and without a corpus leaves grounding unmeasured", async () => {
    const dir = makeTempDir("entente-eval-");
    mkdirSync(join(dir, "gold"));
    writeFileSync(
      join(dir, "gold", "a.gold.json"),
      JSON.stringify({ document: "a.txt", entities: [{ name: "Ruritania", type: "Country" }] }),
    );
    writeFileSync(join(dir, "out.json"), JSON.stringify({ documents: [sampleExtraction("a.txt")] }));
    const { report } = await runEvaluation({ goldDir: join(dir, "gold"), extractionFile: join(dir, "out.json") });
    expect(report.metrics).toMatchObject({ entityP: 1, entityR: 1, grounding: null });

    writeFileSync(join(dir, "bad.json"), JSON.stringify({ documents: [{ document: {} }] }));
    const error = await runEvaluation({ goldDir: join(dir, "gold"), extractionFile: join(dir, "bad.json") }).catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 2 });
    expect((error as Error).message).toMatch(/^entente\/eval: .*bad\.json: not the output of entente extract --json \(/);
  });
});

function sampleExtraction(source: string): DocumentExtraction {
  return {
    document: { id: "doc:a", source, language: "en" },
    entities: [{ id: "c:ru", name: "Ruritania", type: "Country", aliases: [], mentions: [{ start: 0, end: 9, text: "Ruritania" }] }],
    events: [],
    relations: [],
  };
}
