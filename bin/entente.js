#!/usr/bin/env node
// Entry point of the `entente` command: runs the bundled CLI (npm run build writes dist/entente/, see scripts/bundle-cli.ts).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../dist/entente/main.js", import.meta.url));
if (!existsSync(main)) {
  console.error("entente: the CLI is not built yet; run `npm run build` (or `npm install`) in the project folder first.");
  process.exit(2);
}
const { runCli } = await import(main);
await runCli(process.argv);
