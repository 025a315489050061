/**
 * Runs one Cypher statement as an analyst typed it, for `entente query` and the viewer's Cypher
 * console alike. Read-only unless `write` is asked for: the statement must first pass the
 * read-only guard (./read-only-guard: its plan may only read the graph), then runs in a READ
 * transaction, read as a stream up to an optional cap (./capped-read). With `write`, an
 * auto-commit transaction in a WRITE session, so that `CALL { … } IN TRANSACTIONS` and
 * administration commands work too. A statement the server rejects is a CypherError; one the guard
 * refuses, a QueryRefused; Neo4j unreachable, the driver's error as is.
 */
import { Neo4jError, type Record as Neo4jRecord, type Result, type ResultSummary } from "neo4j-driver";
import { readCapped, type ReadCap } from "./capped-read.js";
import { openSession, type Neo4jConnection } from "./connection.js";
import { CypherError, isNeo4jUnavailable } from "./errors.js";
import type { QueryParamValue } from "./params.js";
import { assertReadOnlyQuery } from "./read-only-guard.js";

export interface CypherResult {
  keys: string[];
  records: Neo4jRecord[];
  /** What a write changed; null for a read-only query (it changes nothing). */
  summary: ResultSummary | null;
  /** Whether a cap cut the records (the rest were not fetched). */
  truncated: boolean;
}

const UNCAPPED: ReadCap = { maxRows: Number.POSITIVE_INFINITY, maxBytes: Number.POSITIVE_INFINITY };

export async function runCypher(
  conn: Neo4jConnection,
  cypher: string,
  params: { [key: string]: QueryParamValue },
  mode: "READ" | "WRITE",
  cap: ReadCap = UNCAPPED,
): Promise<CypherResult> {
  const session = openSession(conn, mode);
  try {
    if (mode === "READ") {
      return await session.executeRead(async (tx) => {
        await assertReadOnlyQuery(tx, cypher, params);
        const { keys, records, truncated } = await readCapped(tx, cypher, params, cap);
        return { keys, records, summary: null, truncated: truncated !== null };
      });
    }
    return await collect(session.run(cypher, params));
  } catch (error) {
    if (error instanceof Neo4jError && !isNeo4jUnavailable(error)) throw CypherError.from(error);
    throw error;
  } finally {
    await session.close();
  }
}

async function collect(result: Result): Promise<CypherResult> {
  const keys = (await result.keys()).map(String);
  const { records, summary } = await result;
  return { keys, records, summary, truncated: false };
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
