/**
 * The layers, enforced (`npm run lint` runs `depcruise`): folders are the layers and nothing imports upward.
 *
 *   src/  (library: model, kb, neo4j, store)  ←  ingest/  ←  viewer/server/, cli/
 *   viewer/app/ (the browser app) talks HTTP only: it imports viewer/app/ and viewer/shared/ (the API's schemas).
 *
 * Plus: no import cycles, no orphan modules, no production code importing tests, benchmarks or test helpers.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "src-is-the-bottom",
      comment: "src/ is the library: it imports nothing from ingest/, cli/, viewer/, bench/ or test/.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(ingest|cli|viewer|bench|test|scripts)/" },
    },
    {
      name: "ingest-stands-on-src",
      comment: "ingest/ stands on src/ only: nothing from cli/ or viewer/.",
      severity: "error",
      from: { path: "^ingest/" },
      to: { path: "^(cli|viewer|bench|test|scripts)/" },
    },
    {
      name: "viewer-server-below-cli",
      comment: "viewer/server/ stands on src/ and ingest/ (and viewer/shared/): never on cli/ or the browser app.",
      severity: "error",
      from: { path: "^viewer/server/" },
      to: { path: "^(cli|viewer/app|viewer/testing|bench|test|scripts)/" },
    },
    {
      name: "cli-is-the-top",
      comment: "cli/ may use src/, ingest/ and viewer/server/; not the browser app, tests or benchmarks.",
      severity: "error",
      from: { path: "^cli/" },
      to: { path: "^(viewer/app|viewer/testing|bench|test|scripts)/" },
    },
    {
      name: "viewer-app-talks-http-only",
      comment: "The browser app imports only itself and viewer/shared/ (the HTTP API's schemas), never the server or the library.",
      severity: "error",
      from: { path: "^viewer/app/" },
      to: { path: "^(src|ingest|cli|viewer/server|viewer/testing|bench|test|scripts)/" },
    },
    {
      name: "viewer-shared-is-a-contract",
      comment: "viewer/shared/ is the API contract the browser bundles: zod schemas, with the plain-value schema from src/model/ only.",
      severity: "error",
      from: { path: "^viewer/shared/" },
      to: { path: "^(src/(?!model/)|ingest|cli|viewer/(?!shared/)|bench|test|scripts)" },
    },
    {
      name: "language-packs-are-knowledge",
      comment:
        "A language pack (ingest/lang) holds words, patterns and a chrono locale: it reads no pipeline stage, so every stage may ask it.",
      severity: "error",
      from: { path: "^ingest/lang/" },
      to: { path: "^(src|ingest/(?!lang/))" },
    },
    {
      name: "languages-through-the-registry",
      comment:
        "A stage asks packFor(language) or allPacks() (ingest/lang/registry.ts) for language knowledge; only the registry and the packs themselves import a pack's modules, so adding a language is one pack and one registry line.",
      severity: "error",
      from: { path: "^(src|ingest|cli|viewer)/", pathNot: "^ingest/lang/" },
      to: { path: "^ingest/lang/[a-z]{2,3}/" },
    },
    {
      name: "no-circular",
      comment: "Import cycles hide the layering and make initialisation order matter.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-orphans",
      comment: "A module nothing imports and that imports nothing is dead code (entry points and configs aside).",
      severity: "error",
      from: {
        orphan: true,
        pathNot: [
          "\\.d\\.ts$",
          "(^|/)[^/]+\\.config\\.(js|cjs|mjs|ts)$",
          "^\\.dependency-cruiser\\.cjs$",
          "^bin/",
          "^test/.+\\.test\\.ts$",
        ],
      },
      to: {},
    },
    {
      name: "not-to-unresolvable",
      comment: "Every import resolves (a typo in a path is an error, not a silent orphan).",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(dist|node_modules|neo4j|coverage|bench/\\.data)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.test.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
