#!/usr/bin/env node
// Entry point of the `entente` command: runs the compiled CLI (npm run build writes dist/).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
if (!existsSync(main)) {
  console.error("entente: the CLI is not built yet; run `npm run build` (or `npm install`) in the project folder first.");
  process.exit(2);
}
const { runCli } = await import(main);
await runCli(process.argv);
