import type { Command } from "commander";
import { notBuiltYet } from "../errors.js";

export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description("(not built yet: issue #3)")
    .allowUnknownOption()
    .argument("[args...]")
    .action(() => notBuiltYet("extract", 3));
}
