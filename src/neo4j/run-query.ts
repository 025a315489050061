/**
 * Runs one Cypher statement as an analyst typed it, for `entente query` and the viewer's Cypher
 * console alike: an auto-commit transaction in a READ session (the server refuses writes) unless
 * `write` is asked for. Auto-commit, so that `CALL { … } IN TRANSACTIONS` and administration
 * commands work too. A statement the server rejects is a CypherError.
 */
import { Neo4jError, type Record as Neo4jRecord, type ResultSummary } from "neo4j-driver";
import { openSession, type Neo4jConnection } from "./connection.js";
import { CypherError } from "./errors.js";
import type { QueryParamValue } from "./params.js";

export interface CypherResult {
  keys: string[];
  records: Neo4jRecord[];
  summary: ResultSummary;
}

export async function runCypher(
  conn: Neo4jConnection,
  cypher: string,
  params: { [key: string]: QueryParamValue },
  mode: "READ" | "WRITE",
): Promise<CypherResult> {
  const session = openSession(conn, mode);
  try {
    const result = session.run(cypher, params);
    const keys = (await result.keys()).map(String);
    const { records, summary } = await result;
    return { keys, records, summary };
  } catch (error) {
    if (error instanceof Neo4jError) throw CypherError.from(error);
    throw error;
  } finally {
    await session.close();
  }
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
