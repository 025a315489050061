import type { Command } from "commander";
import { notBuiltYet } from "../errors.js";

export function registerConflictsCommand(program: Command): void {
  program
    .command("conflicts")
    .description("(not built yet: issue #4)")
    .allowUnknownOption()
    .argument("[args...]")
    .action(() => notBuiltYet("conflicts", 4));
}
