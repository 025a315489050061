/**
 * Bundles the command line into dist/entente/ (part of `npm run build`; bin/entente.js runs it).
 *
 * Why: loading neo4j-driver from node_modules is ~400 small files, and Node resolving, reading
 * and compiling each of them took most of a short command's time (`entente query "RETURN 1"`).
 * One ES module with code splitting loads in a fraction of that, and each command's lazy
 * `import()` stays a chunk of its own, so `entente query` still never loads the extractor.
 *
 * The Neo4j driver is the exception: a CommonJS file of its own (neo4j-driver.cjs), which the
 * commands load through V8's code cache (cli/code-cache.ts), as Node 20 keeps no cache for ES modules.
 *
 *   npx tsx scripts/bundle-cli.ts
 */
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type BuildOptions, type Plugin } from "esbuild";
import { projectRoot } from "../src/config.js";

/** Where the bundle goes: bin/entente.js loads main.js from here. */
export function cliBundleDir(root: string = projectRoot()): string {
  return join(root, "dist", "entente");
}

/** esbuild's options for the CLI bundle (the tests bundle with them too, to check what a command loads). */
export function cliBundleOptions(root: string = projectRoot()): BuildOptions {
  return {
    // Named as the files the code loads at run time (a worker is spawned by its file name).
    entryPoints: { main: join(root, "cli", "main.ts"), "extract-worker": join(root, "ingest", "extract-worker.ts") },
    outdir: cliBundleDir(root),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
    plugins: [neo4jDriverThroughCodeCache(root)],
    // CommonJS dependencies call require() on Node's built-ins: give the ES module a require.
    banner: {
      js: "import { createRequire as __ententeCreateRequire } from 'node:module'; const require = __ententeCreateRequire(import.meta.url);",
    },
  };
}

/** The file the driver is bundled to, beside the chunks that load it. */
const DRIVER_FILE = "neo4j-driver.cjs";

/** esbuild's options for the driver's own CommonJS file (rxjs left out, below). */
export function driverBundleOptions(root: string = projectRoot()): BuildOptions {
  return {
    entryPoints: [createRequire(join(root, "package.json")).resolve("neo4j-driver")],
    outfile: join(cliBundleDir(root), DRIVER_FILE),
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    logLevel: "warning",
    plugins: [withoutReactiveStreams],
  };
}

/**
 * In the CLI bundle, `import … from "neo4j-driver"` reads the driver's CommonJS file through the
 * code cache. The module standing in for the package re-exports each of the driver's exports by
 * name (the list is read from the driver itself, so a new driver version cannot leave one out).
 */
function neo4jDriverThroughCodeCache(root: string): Plugin {
  const driverExports = Object.keys(createRequire(join(root, "package.json"))("neo4j-driver") as object).filter(
    (name) => name !== "default" && name !== "__esModule" && /^[A-Za-z_$][\w$]*$/.test(name),
  );
  const contents = [
    `import { fileURLToPath } from "node:url";`,
    `import { requireWithCodeCache } from ${JSON.stringify(join(root, "cli", "code-cache.ts"))};`,
    `const __driverModule = requireWithCodeCache(fileURLToPath(new URL(${JSON.stringify(`./${DRIVER_FILE}`)}, import.meta.url)));`,
    `export default __driverModule.default;`,
    ...driverExports.map((name) => `export const ${name} = __driverModule.${name};`),
  ].join("\n");
  return {
    name: "neo4j-driver-through-code-cache",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^neo4j-driver$/ }, () => ({ path: "neo4j-driver", namespace: "neo4j-driver-through-code-cache" }));
      pluginBuild.onLoad({ filter: /.*/, namespace: "neo4j-driver-through-code-cache" }, () => ({
        contents,
        loader: "js",
        resolveDir: root,
      }));
    },
  };
}

/**
 * neo4j-driver requires rxjs (~190 modules) at load time for its reactive sessions, which
 * Entente never opens; every rxjs call in the driver sits inside those sessions' methods. In the
 * bundle rxjs is a stand-in whose every export throws when called, so loading the driver (every
 * command that talks to Neo4j) skips it: about 15 ms of a short command's start.
 */
const REACTIVE_STREAMS_STANDIN = `
const unavailable = function () { throw new Error("entente: neo4j-driver's reactive (rxjs) sessions are not part of the entente bundle"); };
module.exports = new Proxy({}, { get: (_, name) => (name === "__esModule" ? false : unavailable) });
`;

const withoutReactiveStreams: Plugin = {
  name: "without-reactive-streams",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^rxjs(\/operators)?$/ }, (args) => ({ path: args.path, namespace: "rxjs-standin" }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "rxjs-standin" }, () => ({ contents: REACTIVE_STREAMS_STANDIN, loader: "js" }));
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  rmSync(cliBundleDir(), { recursive: true, force: true });
  await build(driverBundleOptions());
  await build(cliBundleOptions());
}
