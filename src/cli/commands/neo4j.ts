import type { Command } from "commander";
import { notBuiltYet } from "../errors.js";

export function registerNeo4jCommand(program: Command): void {
  const neo4j = program.command("neo4j").description("manage the embedded Neo4j server (not built yet: issue #2)");
  for (const sub of ["start", "stop", "status", "build"]) {
    neo4j.command(sub).action(() => notBuiltYet(`neo4j ${sub}`, 2));
  }
}
