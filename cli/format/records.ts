/**
 * Neo4j records as the query command prints them: an aligned table for people, or a JSON array
 * of row objects (integers as plain numbers, nodes and relationships as plain objects) for tools.
 */
import { isInt, type Record as Neo4jRecord } from "neo4j-driver";
import { recordToPlain } from "../../src/neo4j/values.js";
import { cellText } from "./cell.js";
import { formatTable, type TableOptions } from "./table.js";

export function formatRecordsAsTable(keys: readonly string[], records: readonly Neo4jRecord[], options: TableOptions = {}): string {
  const rows = records.map((record) =>
    keys.map((key) => {
      const value: unknown = record.get(key);
      return { text: cellText(value), numeric: typeof value === "number" || typeof value === "bigint" || isInt(value) };
    }),
  );
  return formatTable(keys, rows, options);
}

export function formatRecordsAsJson(records: readonly Neo4jRecord[]): string {
  return JSON.stringify(records.map(recordToPlain), null, 2);
}
