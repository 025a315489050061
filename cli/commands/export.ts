/**
 * `entente export [--seed <name|id>] [--depth N] [--ids <id,…>] [--cypher "<query>"] [--param k=v] [--quotes N|all] [--format json|gexf] [-o file]`
 * The whole graph, a seed's ego network, chosen nodes, or what a read-only Cypher query returns,
 * as graphology JSON (Graph.from loads it) or GEXF (Gephi), to stdout or a file: the file the
 * viewer's export downloads for the same nodes, byte for byte.
 */
import { writeFile } from "node:fs/promises";
import { Option, type Command } from "commander";
import type { QueryParamValue } from "../../src/neo4j/params.js";
import type { ExportFormat, ExportRequest } from "../../src/store/export.js";
import { DEFAULT_QUOTES_PER_FACT, parseQuotesPerFact as parseQuotesOption, type QuotesPerFact } from "../../src/store/export-options.js";
import { UserError } from "../../src/errors.js";

interface ExportCommandOptions {
  seed?: string;
  depth: string;
  ids?: string;
  cypher?: string;
  param: string[];
  format?: ExportFormat;
  output?: string;
  mentions?: boolean;
  quotes: string;
}

export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("export the graph, a seed's ego network or a Cypher result as graphology JSON or GEXF")
    .option("--seed <name|id>", "start from this entity (name or alias, via the full-text index) or node id")
    .option("--depth <n>", "hops around the seed", "2")
    .option("--mentions", "follow MENTIONED_IN too around the seed (every entity of a document is one hop away)")
    .option("--ids <id,…>", "export these nodes (comma-separated ids) and the relationships among them, as the viewer does")
    .option("--cypher <query>", "export the nodes, relationships and paths this read-only query returns")
    .option(
      "-p, --param <name=value>",
      "a parameter of --cypher (repeatable)",
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .addOption(
      new Option("--format <format>", "json (graphology) or gexf (Gephi); default from -o's extension, else json").choices([
        "json",
        "gexf",
      ] satisfies ExportFormat[]),
    )
    .option(
      "--quotes <n|all>",
      "quotes kept per fact, the first ones (evidence, evidenceSources; evidenceTotal says how many there are); sources lists every article",
      String(DEFAULT_QUOTES_PER_FACT),
    )
    .option("-o, --output <file>", "write to this file instead of stdout")
    .addHelpText(
      "after",
      `
Examples:
  entente export --seed "Sanae Takaichi" --depth 2 --format json -o takaichi.json
  entente export --cypher "MATCH p = (:Country)-[:PARTICIPATES_IN]->(:Program) RETURN p" --format gexf -o programmes.gexf`,
    )
    .action(async (options: ExportCommandOptions) => {
      // Loaded here, not at the top: the CLI's start loads only what the command it runs needs.
      const [{ connectNeo4j }, { CypherError }, { parseQueryParams }, { QueryRefused }, { ExportError, exportSubgraph, serializeGraph }] =
        await Promise.all([
          import("../../src/neo4j/connect.js"),
          import("../../src/neo4j/errors.js"),
          import("../../src/neo4j/params.js"),
          import("../../src/neo4j/read-only-guard.js"),
          import("../../src/store/export.js"),
        ]);
      const request = exportRequest(options, options.cypher === undefined ? {} : parseQueryParams(options.param));
      const quotesPerFact = parseQuotesPerFact(options.quotes);
      const format = options.format ?? (options.output?.toLowerCase().endsWith(".gexf") ? "gexf" : "json");
      const conn = await connectNeo4j({ onProgress: (line) => process.stderr.write(`entente/export: ${line}\n`) });
      try {
        const graph = await exportSubgraph(conn, request, { quotesPerFact });
        const text = await serializeGraph(graph, format);
        if (options.output) {
          await writeFile(options.output, text).catch((error: unknown) => {
            throw new UserError(
              `entente/export: ${options.output}: cannot write (${error instanceof Error ? error.message : String(error)})`,
            );
          });
          process.stderr.write(`entente/export: ${graph.order} nodes, ${graph.size} edges → ${options.output}\n`);
        } else process.stdout.write(text);
      } catch (error) {
        if (error instanceof ExportError) throw new UserError(error.message);
        if (error instanceof CypherError) throw new UserError(`entente/export: ${error.message}`);
        if (error instanceof QueryRefused) throw new UserError(`entente/export: --cypher refused: ${error.message}`);
        throw error;
      } finally {
        await conn.close();
      }
    });
}

function exportRequest(options: ExportCommandOptions, params: Record<string, QueryParamValue>): ExportRequest {
  const chosen = [options.seed, options.ids, options.cypher].filter((option) => option !== undefined);
  if (chosen.length > 1) throw new UserError("entente/export: give one of --seed, --ids and --cypher.", 2);
  if (options.ids !== undefined) {
    const ids = options.ids
      .split(",")
      .map((id) => id.trim())
      .filter((id) => id.length > 0);
    if (ids.length === 0) throw new UserError("entente/export: --ids names no node.", 2);
    return { kind: "nodes", ids };
  }
  if (options.cypher !== undefined) return { kind: "cypher", cypher: options.cypher, params };
  if (options.seed !== undefined) {
    const depth = Number(options.depth);
    if (!Number.isInteger(depth) || depth < 0)
      throw new UserError(`entente/export: --depth '${options.depth}' is not a whole number of hops.`, 2);
    return { kind: "seed", seed: options.seed, depth, includeMentions: options.mentions === true };
  }
  return { kind: "all" };
}

function parseQuotesPerFact(value: string): QuotesPerFact {
  const quotes = parseQuotesOption(value);
  if (quotes === null) throw new UserError(`entente/export: --quotes '${value}' is neither a whole number nor 'all'.`, 2);
  return quotes;
}
