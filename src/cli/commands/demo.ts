import type { Command } from "commander";
import { notBuiltYet } from "../errors.js";

export function registerDemoCommand(program: Command): void {
  program
    .command("demo")
    .description("(not built yet: issue #5)")
    .allowUnknownOption()
    .argument("[args...]")
    .action(() => notBuiltYet("demo", 5));
}
