/**
 * The `entente` command line. Each command lives in its own module under ./commands, which
 * declares its options and loads what its action needs with `await import()` when it runs, so a
 * short command never loads the extractor, the knowledge base or the viewer (test/unit/cli-start).
 * Errors surface as one line on stderr with the command's exit code, never a stack trace.
 */
import { Command, CommanderError } from "commander";
import { UserError } from "../src/errors.js";
import { registerExtractCommand } from "./commands/extract.js";
import { registerIngestCommand } from "./commands/ingest.js";
import { registerQueryCommand } from "./commands/query.js";
import { registerExportCommand } from "./commands/export.js";
import { registerConflictsCommand } from "./commands/conflicts.js";
import { registerServeCommand } from "./commands/serve.js";
import { registerNeo4jCommand } from "./commands/neo4j.js";
import { registerDemoCommand } from "./commands/demo.js";
import { registerEvalCommand } from "./commands/eval.js";

export function buildProgram(): Command {
  const program = new Command("entente")
    .description("Entente: news articles on diplomacy and defence → a knowledge graph in Neo4j")
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride();
  registerExtractCommand(program);
  registerEvalCommand(program);
  registerIngestCommand(program);
  registerQueryCommand(program);
  registerExportCommand(program);
  registerConflictsCommand(program);
  registerServeCommand(program);
  registerNeo4jCommand(program);
  registerDemoCommand(program);
  return program;
}

export async function runCli(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof UserError) {
      console.error(error.message);
      process.exitCode = error.exitCode;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`entente: ${message}`);
    process.exitCode = 1;
  }
}
