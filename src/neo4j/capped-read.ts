/**
 * Reads a query's records as a stream and stops at a cap: at most `maxRows` records and about
 * `maxBytes` of values. Reading stops at the first record past either cap, which cancels the
 * rest of the stream (Neo4j stops producing it), so one request can never hold more than the cap
 * in memory, whatever the query returns.
 */
import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";
import type { QueryRunner } from "./connection.js";

export interface ReadCap {
  maxRows: number;
  /** Bytes of values (strings as UTF-16 code units, 8 per number), roughly what the rows weigh as JSON. */
  maxBytes: number;
}

export interface CappedRecords {
  keys: string[];
  records: Neo4jRecord[];
  /** Which cap cut the result, or null when every record was read. */
  truncated: "rows" | "bytes" | null;
}

/** Runs the query and reads at most the cap; more records are not fetched. */
export async function readCapped(tx: QueryRunner, query: string, params: { [key: string]: unknown }, cap: ReadCap): Promise<CappedRecords> {
  const result = tx.run(query, params);
  const keys = (await result.keys()).map(String);
  const records: Neo4jRecord[] = [];
  let bytes = 0;
  let truncated: CappedRecords["truncated"] = null;
  // Leaving the loop early calls the iterator's return(), which cancels the stream.
  for await (const record of result) {
    if (records.length >= cap.maxRows) {
      truncated = "rows";
      break;
    }
    bytes += approximateSize(record.keys.map((key): unknown => record.get(key)));
    if (bytes > cap.maxBytes) {
      truncated = "bytes";
      break;
    }
    records.push(record);
  }
  return { keys, records, truncated };
}

/** Roughly how many bytes a driver value weighs: strings by length, scalars 8, containers their contents (walked without recursion). */
export function approximateSize(value: unknown): number {
  let size = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    size += 8;
    if (typeof item === "string") size += item.length;
    else if (Array.isArray(item)) for (const inner of item as unknown[]) pending.push(inner);
    else if (neo4j.isNode(item)) pending.push(item.labels, item.properties, item.elementId);
    else if (neo4j.isRelationship(item)) pending.push(item.type, item.properties, item.elementId);
    else if (neo4j.isPath(item)) {
      pending.push(item.start);
      for (const segment of item.segments) pending.push(segment.relationship, segment.end);
    } else if (item !== null && typeof item === "object" && !neo4j.isInt(item)) {
      for (const [key, inner] of Object.entries(item)) pending.push(key, inner);
    }
  }
  return size;
}
