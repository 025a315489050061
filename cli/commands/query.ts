/**
 * `entente query "<cypher>" [--param k=v …] [--json] [--write] [--saved <name>]`
 * Read-only unless --write (the read-only guard checks the plan, then a READ transaction). A table
 * for people, --json for tools. A Cypher error or a refusal prints one line and exits 1.
 */
import type { Command } from "commander";
import { SAVED_QUERIES, type SavedQuery } from "../../src/store/queries.js";
import { UserError } from "../../src/errors.js";

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
    .option("--saved <name>", "run one of the saved analyst queries by name; `--saved list` lists them")
    .addHelpText(
      "after",
      `
Examples:
  entente query "MATCH (p:Person) RETURN p.name AS name LIMIT 5"
  entente query "MATCH (e:Entity {id: $id})--(x) RETURN x.name" --param id=country:JP --json
  entente query "CREATE (:Note {text: $t})" --param t=hello --write
  entente query --saved list
  entente query --saved person-roles --param name="Sanae Takaichi"`,
    )
    .action(async (cypherArgument: string | undefined, options: QueryOptions) => {
      const cypher = resolveStatement(cypherArgument, options.saved);
      if (cypher === undefined) return;
      // Loaded here, not at the top: the CLI's start loads only what the command it runs needs.
      const [
        { connectNeo4j },
        { parseQueryParams },
        { CypherError },
        { QueryRefused },
        { describeUpdates, runCypher },
        { formatRecordsAsJson, formatRecordsAsTable },
      ] = await Promise.all([
        import("../../src/neo4j/connect.js"),
        import("../../src/neo4j/params.js"),
        import("../../src/neo4j/errors.js"),
        import("../../src/neo4j/read-only-guard.js"),
        import("../../src/neo4j/run-query.js"),
        import("../format/records.js"),
      ]);
      const params = parseQueryParams(options.param);
      const conn = await connectNeo4j({ onProgress: (line) => process.stderr.write(`entente: ${line}\n`) });
      try {
        const result = await runCypher(conn, cypher, params, options.write ? "WRITE" : "READ");
        if (options.json) {
          process.stdout.write(`${formatRecordsAsJson(result.records)}\n`);
        } else {
          process.stdout.write(`${formatRecordsAsTable(result.keys, result.records)}\n`);
          const updates = result.summary === null ? "" : describeUpdates(result.summary);
          if (updates) process.stdout.write(`${updates}\n`);
        }
      } catch (error) {
        if (error instanceof CypherError) throw new UserError(`entente query: ${error.message}`, 1);
        if (error instanceof QueryRefused) {
          throw new UserError(`entente query: not run: ${error.message} Add --write to run it with full rights.`, 1);
        }
        throw error;
      } finally {
        await conn.close();
      }
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The statement to run: the argument, or a saved query. undefined when it only listed them. */
function resolveStatement(cypher: string | undefined, saved: string | undefined): string | undefined {
  if (saved === undefined) {
    if (!cypher?.trim()) throw new UserError('entente query: give a Cypher statement, e.g. entente query "MATCH (n) RETURN count(n)".', 2);
    return cypher;
  }
  if (cypher !== undefined) throw new UserError("entente query: give either a Cypher statement or --saved <name>, not both.", 2);
  if (saved === "list") {
    process.stdout.write(`${formatSavedQueryList(SAVED_QUERIES)}\n`);
    return undefined;
  }
  const query = SAVED_QUERIES[saved];
  if (!query) {
    throw new UserError(`entente query: no saved query named '${saved}'; see \`entente query --saved list\`.`, 2);
  }
  return query.cypher;
}

/** One line per saved query: name, description, and its parameters with an example value. */
function formatSavedQueryList(queries: Record<string, SavedQuery>): string {
  const names = Object.keys(queries).sort();
  const width = Math.max(0, ...names.map((name) => name.length));
  return names
    .map((name) => {
      const query = queries[name];
      const params = Object.entries(query?.params ?? {})
        .map(([key, example]) => `--param ${shellWord(`${key}=${typeof example === "string" ? example : JSON.stringify(example)}`)}`)
        .join(" ");
      return `${name.padEnd(width)}  ${query?.description ?? ""}${params ? `  (e.g. ${params})` : ""}`;
    })
    .join("\n");
}

/** A word as a POSIX shell reads it back: quoted when it holds anything but safe characters. */
function shellWord(word: string): string {
  return /^[\w.,:/@%+=-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
