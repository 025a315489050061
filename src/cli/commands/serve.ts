import type { Command } from "commander";
import { notBuiltYet } from "../errors.js";

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("(not built yet: issue #5)")
    .allowUnknownOption()
    .argument("[args...]")
    .action(() => notBuiltYet("serve", 5));
}
