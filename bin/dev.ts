// Development entry point: runs the CLI straight from the TypeScript sources (npx tsx bin/dev.ts …).
import { runCli } from "../cli/main.js";

await runCli(process.argv);
