/**
 * `entente query "<cypher>" [--param k=v …] [--json] [--write] [--saved <name>]`
 * Read-only unless --write (a READ session: the server itself refuses writes). A table for people,
 * --json for tools. A Cypher error prints Neo4j's message on one line and exits 1.
 */
import type { Command } from "commander";
import { z } from "zod";
import { connectNeo4j } from "../../neo4j/connect.js";
import { parseQueryParams } from "../../neo4j/params.js";
import { CypherError, describeUpdates, runCypher } from "../../neo4j/run-query.js";
import { CliError } from "../errors.js";
import { formatRecordsAsJson, formatRecordsAsTable } from "../format/records.js";

interface QueryOptions {
  param: string[];
  json?: boolean;
  write?: boolean;
  saved?: string;
}

export function registerQueryCommand(program: Command): void {
  program
    .command("query")
    .description("run a Cypher query against the graph (read-only unless --write)")
    .argument("[cypher]", "the Cypher statement (omit with --saved)")
    .option("-p, --param <name=value>", "a query parameter; JSON when it parses, else text (repeatable)", collect, [])
    .option("--json", "print the rows as a JSON array of objects")
    .option("--write", "run in a WRITE session (allow CREATE, MERGE, SET, DELETE …)")
    .option("--saved <name>", "run a saved query by name (see `--saved list`)")
    .addHelpText(
      "after",
      `
Examples:
  entente query "MATCH (p:Person) RETURN p.name AS name LIMIT 5"
  entente query "MATCH (e:Entity {id: $id})--(x) RETURN x.name" --param id=country:JP --json
  entente query "CREATE (:Note {text: $t})" --param t=hello --write`,
    )
    .action(async (cypherArgument: string | undefined, options: QueryOptions) => {
      const params = parseQueryParams(options.param);
      const cypher = await resolveStatement(cypherArgument, options.saved);
      if (cypher === undefined) return;
      const conn = await connectNeo4j({ onProgress: (line) => process.stderr.write(`entente: ${line}\n`) });
      try {
        const result = await runCypher(conn, cypher, params, options.write ? "WRITE" : "READ");
        if (options.json) {
          process.stdout.write(`${formatRecordsAsJson(result.records)}\n`);
        } else {
          process.stdout.write(`${formatRecordsAsTable(result.keys, result.records)}\n`);
          const updates = describeUpdates(result.summary);
          if (updates) process.stdout.write(`${updates}\n`);
        }
      } catch (error) {
        if (error instanceof CypherError) throw new CliError(`entente query: ${error.message}`, 1);
        throw error;
      } finally {
        await conn.close();
      }
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

const SavedQueries = z.record(z.string(), z.object({ description: z.string(), cypher: z.string() }));
type SavedQueries = z.infer<typeof SavedQueries>;

/** The statement to run: the argument, or a saved query. undefined when it only listed them. */
async function resolveStatement(cypher: string | undefined, saved: string | undefined): Promise<string | undefined> {
  if (saved === undefined) {
    if (!cypher?.trim()) throw new CliError("entente query: give a Cypher statement, e.g. entente query \"MATCH (n) RETURN count(n)\".", 2);
    return cypher;
  }
  if (cypher !== undefined) throw new CliError("entente query: give either a Cypher statement or --saved <name>, not both.", 2);
  const queries = await loadSavedQueries();
  if (saved === "list") {
    const names = Object.keys(queries).sort();
    const width = Math.max(0, ...names.map((name) => name.length));
    for (const name of names) process.stdout.write(`${name.padEnd(width)}  ${queries[name]?.description ?? ""}\n`);
    return undefined;
  }
  const query = queries[saved];
  if (!query) {
    throw new CliError(`entente query: no saved query named '${saved}'; known: ${Object.keys(queries).sort().join(", ") || "none"}.`, 2);
  }
  return query.cypher;
}

/** SAVED_QUERIES from src/store/queries.ts (the graph store's module), checked at the boundary. */
async function loadSavedQueries(): Promise<SavedQueries> {
  const specifier = "../../store/queries.js";
  let loaded: unknown;
  try {
    loaded = await import(specifier);
  } catch {
    throw new CliError("entente query: saved queries are not available in this build.", 2);
  }
  const parsed = z.object({ SAVED_QUERIES: SavedQueries }).safeParse(loaded);
  if (!parsed.success) throw new CliError("entente query: the saved queries module does not export SAVED_QUERIES as expected.", 2);
  return parsed.data.SAVED_QUERIES;
}
