import type { Command } from "commander";
import { notBuiltYet } from "../errors.js";

export function registerQueryCommand(program: Command): void {
  program
    .command("query")
    .description("(not built yet: issue #2)")
    .allowUnknownOption()
    .argument("[args...]")
    .action(() => notBuiltYet("query", 2));
}
