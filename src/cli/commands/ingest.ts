import type { Command } from "commander";
import { notBuiltYet } from "../errors.js";

export function registerIngestCommand(program: Command): void {
  program
    .command("ingest")
    .description("(not built yet: issue #4)")
    .allowUnknownOption()
    .argument("[args...]")
    .action(() => notBuiltYet("ingest", 4));
}
