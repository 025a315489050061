import type { Command } from "commander";
import { notBuiltYet } from "../errors.js";

export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("(not built yet: issue #4)")
    .allowUnknownOption()
    .argument("[args...]")
    .action(() => notBuiltYet("export", 4));
}
