// Builds the viewer's web app into dist/viewer-app (served by viewer/server). The benchmark's bare
// sigma page (bench/bare.ts) is not part of it: bench/viewer-server.ts bundles it on its own.
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
      input: { index: resolve(here, "index.html") },
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
