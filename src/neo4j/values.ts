/**
 * Neo4j values → plain JSON values, at the edge: the one conversion behind `entente query --json`,
 * the viewer's API (its Cypher console and read model) and the exports, so the rest of Entente
 * sees numbers, strings, arrays and objects only.
 *
 * - Integer → number; beyond ±(2^53 − 1), where a JSON number would lose digits, its exact decimal
 *   text ("1152921504606846976"): JSON-safe, lossless, and what `tonumber` in jq or `BigInt()` reads
 * - Float → number; NaN and ±Infinity, which JSON lacks, → "NaN", "Infinity", "-Infinity"
 * - Node → { elementId, labels, properties }
 * - Relationship → { elementId, type, start, end, properties } (start and end: the nodes' elementIds)
 * - Path → { nodes, relationships }, in path order (a relationship's start/end give its direction)
 * - Date, Time, LocalTime, DateTime, LocalDateTime, Duration → ISO-8601 text as Neo4j's own
 *   toString writes it: "2026-01-31T10:15:30.5+01:00", "P3D", "P1M3DT1H", "PT1M30.5S", "PT0S"
 * - Point → { srid, x, y } with z for a 3-D point
 * - bytes → array of numbers; lists and maps recursively
 */
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Integer,
  type Node,
  type Path,
  type Point,
  type Record as Neo4jRecord,
  type Relationship,
} from "neo4j-driver";
import type { PlainValue } from "../model/plain-value.js";

export type { PlainValue };

type PlainMap = { [key: string]: PlainValue };

export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return integerToPlain(value);
  if (isNode(value)) return nodeToPlain(value);
  if (isRelationship(value)) return relationshipToPlain(value);
  if (isPath(value)) return pathToPlain(value);
  const temporal = temporalToIso(value);
  if (temporal !== null) return temporal;
  if (isPoint(value)) return pointToPlain(value);
  if (value instanceof Uint8Array) return Array.from(value);
  if (Array.isArray(value)) return value.map((item) => toPlain(item));
  if (typeof value === "object") return mapToPlain(value as { [key: string]: unknown });
  throw new TypeError(`entente/neo4j: a ${typeof value} is not a Neo4j value and has no JSON form`);
}

/** A record as one plain object, keyed by the query's column names. */
export function recordToPlain(record: Neo4jRecord): PlainMap {
  const row: PlainMap = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

export function integerToPlain(value: Integer): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

/** A Date, Time, DateTime, LocalDateTime, LocalTime or Duration as its ISO-8601 text; null for any other value. */
export function temporalToIso(value: unknown): string | null {
  if (isDuration(value)) return withoutTrailingZeros(durationToIso(value.toString()));
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value)) {
    return withoutTrailingZeros(value.toString());
  }
  return null;
}

/** The driver always writes a duration's "T" ("P3DT"); ISO-8601 and Neo4j's toString leave it out without a time part ("P3D"). */
function durationToIso(text: string): string {
  return text.endsWith("T") ? text.slice(0, -1) : text;
}

/** The driver pads fractions of a second to nine digits ("30.500000000"); Neo4j writes "30.5". */
function withoutTrailingZeros(text: string): string {
  return text.replace(/\.(\d+)/, (_match, digits: string) => {
    const kept = digits.replace(/0+$/, "");
    return kept ? `.${kept}` : "";
  });
}

function nodeToPlain(node: Node): PlainMap {
  return { elementId: node.elementId, labels: [...node.labels], properties: mapToPlain(node.properties) };
}

function relationshipToPlain(rel: Relationship): PlainMap {
  return {
    elementId: rel.elementId,
    type: rel.type,
    start: rel.startNodeElementId,
    end: rel.endNodeElementId,
    properties: mapToPlain(rel.properties),
  };
}

function pathToPlain(path: Path): PlainMap {
  const nodes: PlainValue[] = [nodeToPlain(path.start)];
  const relationships: PlainValue[] = [];
  for (const segment of path.segments) {
    relationships.push(relationshipToPlain(segment.relationship));
    nodes.push(nodeToPlain(segment.end));
  }
  return { nodes, relationships };
}

function pointToPlain(point: Point<Integer | number>): PlainMap {
  const plain: PlainMap = { srid: toPlain(point.srid), x: point.x, y: point.y };
  if (point.z !== undefined) plain.z = point.z;
  return plain;
}

function mapToPlain(map: { [key: string]: unknown }): PlainMap {
  const plain: PlainMap = {};
  for (const [key, value] of Object.entries(map)) plain[key] = toPlain(value);
  return plain;
}
