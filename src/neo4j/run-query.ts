/**
 * Runs one Cypher statement for a person at the command line. Read-only unless `write` is asked
 * for: then the statement first passes the read-only guard (its plan may only read the graph) and
 * runs in a READ transaction. With `write`, an auto-commit transaction in a WRITE session, so that
 * `CALL { … } IN TRANSACTIONS` and administration commands work too.
 */
import { Neo4jError, type Record as Neo4jRecord, type Result, type ResultSummary } from "neo4j-driver";
import type { Neo4jConnection } from "./connect.js";
import { cypherErrorLine, isNeo4jUnavailable } from "./errors.js";
import type { QueryParamValue } from "./params.js";
import { assertReadOnlyQuery } from "./read-only-guard.js";

export interface CypherResult {
  keys: string[];
  records: Neo4jRecord[];
  summary: ResultSummary;
}

/** A Cypher statement the server rejected: `message` is Neo4j's own message on one line. */
export class CypherError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "CypherError";
  }
}

export async function runCypher(
  conn: Neo4jConnection,
  cypher: string,
  params: { [key: string]: QueryParamValue },
  mode: "READ" | "WRITE",
): Promise<CypherResult> {
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: mode });
  try {
    if (mode === "READ") {
      return await session.executeRead(async (tx) => {
        await assertReadOnlyQuery(tx, cypher, params);
        return collect(tx.run(cypher, params));
      });
    }
    return await collect(session.run(cypher, params));
  } catch (error) {
    if (error instanceof Neo4jError && !isNeo4jUnavailable(error)) throw new CypherError(cypherErrorLine(error), error.code);
    throw error;
  } finally {
    await session.close();
  }
}

async function collect(result: Result): Promise<CypherResult> {
  const keys = (await result.keys()).map(String);
  const { records, summary } = await result;
  return { keys, records, summary };
}

/** The server's counters as a short phrase ("2 nodes created, 4 properties set"), or "" when nothing changed. */
export function describeUpdates(summary: ResultSummary): string {
  const updates = summary.counters.updates();
  const parts: string[] = [];
  for (const [name, count] of Object.entries(updates)) {
    if (count > 0) parts.push(`${count} ${humanCounter(name, count)}`);
  }
  if (parts.length === 0 && summary.counters.systemUpdates() > 0) parts.push(`${summary.counters.systemUpdates()} system updates`);
  return parts.join(", ");
}

const SINGULAR: { [plural: string]: string } = {
  nodes: "node",
  relationships: "relationship",
  properties: "property",
  labels: "label",
  indexes: "index",
  constraints: "constraint",
};

function humanCounter(name: string, count: number): string {
  // nodesCreated → "nodes created", or "node created" for one
  const [noun = name, ...rest] = name
    .replace(/([A-Z])/g, " $1")
    .toLowerCase()
    .split(" ");
  return [count === 1 ? (SINGULAR[noun] ?? noun) : noun, ...rest].join(" ");
}
