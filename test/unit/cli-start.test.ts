/**
 * What the command line loads before it knows which command runs: the bundle's entry chunk and the
 * chunks it imports statically. Everything a single command needs (the extractor and its
 * knowledge base, the Neo4j driver, the viewer's server, the progress bar) must sit behind a
 * dynamic import(), so that `entente query` starts without loading the extractor.
 */
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
import { cliBundleOptions, driverBundleOptions } from "../../scripts/bundle-cli.js";

async function metafile(options = cliBundleOptions()): Promise<Metafile> {
  // In memory only: nothing is written to dist/.
  const result = await build({ ...options, write: false, metafile: true, sourcemap: false, logLevel: "silent" });
  return result.metafile;
}

/** Source files in the outputs reached from `start` by static imports only. */
function staticallyLoaded(meta: Metafile, start: string): Set<string> {
  const seen = new Set<string>();
  const inputs = new Set<string>();
  const visit = (output: string): void => {
    if (seen.has(output)) return;
    seen.add(output);
    const file = meta.outputs[output];
    if (!file) return;
    for (const input of Object.keys(file.inputs)) inputs.add(input);
    for (const imported of file.imports) if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
  };
  visit(start);
  return inputs;
}

function entryChunk(meta: Metafile): string {
  const entry = Object.entries(meta.outputs).find(([, output]) => output.entryPoint?.endsWith("cli/main.ts"));
  if (!entry) throw new Error("no output for cli/main.ts in the bundle");
  return entry[0];
}

describe("the CLI bundle", () => {
  it("loads no extraction code, knowledge base, Neo4j driver, viewer server, progress bar or zod schemas before a command runs", async () => {
    const meta = await metafile();
    const loaded = [...staticallyLoaded(meta, entryChunk(meta))];
    expect(loaded.some((input) => input.endsWith("cli/commands/query.ts"))).toBe(true); // the walk does see the commands
    const heavy = loaded.filter((input) =>
      /^(ingest\/|src\/kb\/|src\/store\/(load|export)\.ts|viewer\/server\/|neo4j-driver-through-code-cache:|cli\/code-cache)|node_modules\/(neo4j-driver|chrono-node|linkedom|fastify|cli-progress|graphology|zod)/.test(
        input,
      ),
    );
    expect(heavy).toEqual([]);
  }, 60_000);

  it("loads neither zod nor the GEXF parser to export a graph as JSON: the exporter's chunks hold the exporter", async () => {
    const meta = await metafile();
    const exporter = Object.entries(meta.outputs).find(([, output]) => Object.keys(output.inputs).includes("src/store/export.ts"));
    if (!exporter) throw new Error("no output holds src/store/export.ts");
    const loaded = [...staticallyLoaded(meta, exporter[0])];
    expect(loaded).toContain("src/store/export.ts");
    expect(loaded.filter((input) => /node_modules\/(zod|graphology-gexf|@xmldom)\/|src\/model\/extraction\.ts/.test(input))).toEqual([]);
  }, 60_000);

  it("keeps the driver out of the chunks: the commands read it from its own file, through the code cache", async () => {
    const meta = await metafile();
    const bundled = Object.values(meta.outputs).flatMap((output) => Object.keys(output.inputs));
    expect(bundled.filter((input) => input.includes("node_modules/neo4j-driver"))).toEqual([]);
    expect(bundled).toContain("neo4j-driver-through-code-cache:neo4j-driver");
    expect(bundled).toContain("cli/code-cache.ts");
  }, 60_000);

  it("leaves rxjs out of the driver's file: its reactive sessions, never used, get a stand-in", async () => {
    const meta = await metafile(driverBundleOptions());
    const bundled = Object.values(meta.outputs).flatMap((output) => Object.keys(output.inputs));
    expect(bundled.some((input) => input.includes("node_modules/neo4j-driver/lib/session-rx.js"))).toBe(true);
    expect(bundled.filter((input) => input.includes("node_modules/rxjs/"))).toEqual([]);
  }, 60_000);
});
