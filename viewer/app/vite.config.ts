// Builds the viewer's web app into dist/viewer-app (served by viewer/server).
// Two pages: the viewer itself (index.html) and the rendering benchmark (bench.html), which draws
// a generated graph with the viewer's own renderer settings and needs no server.
import { resolve } from "node:path";
import { defineConfig } from "vite";

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: "./",
  build: {
    outDir: resolve(here, "../../dist/viewer-app"),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: { index: resolve(here, "index.html"), bench: resolve(here, "bench.html") },
      onwarn(warning, warn) {
        // zod's sources carry /*@__PURE__*/ comments where Rollup cannot use them: harmless, not ours.
        if (warning.code === "INVALID_ANNOTATION" && warning.id?.includes("/node_modules/zod/")) return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:7400" },
  },
});
