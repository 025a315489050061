/**
 * Neo4j values → plain JSON-ready values, at the edge, so the rest of Entente sees numbers,
 * strings, arrays and objects only.
 *
 * - Integer → number (a string beyond ±2^53, where a number would lose digits)
 * - Node → { elementId, labels, properties }; Relationship → { elementId, type, start, end, properties }
 * - Path → { nodes, relationships }
 * - Date, Time, DateTime, LocalDate…, Duration → ISO-8601 string; Point → { srid, x, y[, z] }
 * - arrays, maps and records' fields recursively; bytes → array of numbers
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
  type Record as Neo4jRecord,
  type Relationship,
} from "neo4j-driver";

export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

export interface PlainNode {
  [key: string]: PlainValue;
  elementId: string;
  labels: string[];
  properties: { [key: string]: PlainValue };
}

export interface PlainRelationship {
  [key: string]: PlainValue;
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: { [key: string]: PlainValue };
}

export function integerToPlain(value: Integer): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

export function nodeToPlain(node: Node): PlainNode {
  return { elementId: node.elementId, labels: [...node.labels], properties: propertiesToPlain(node.properties) };
}

export function relationshipToPlain(rel: Relationship): PlainRelationship {
  return {
    elementId: rel.elementId,
    type: rel.type,
    start: rel.startNodeElementId,
    end: rel.endNodeElementId,
    properties: propertiesToPlain(rel.properties),
  };
}

export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return integerToPlain(value);
  if (isNode(value)) return nodeToPlain(value);
  if (isRelationship(value)) return relationshipToPlain(value);
  if (isPath(value)) {
    const nodes: PlainValue[] = [nodeToPlain(value.start)];
    const relationships: PlainValue[] = [];
    for (const segment of value.segments) {
      relationships.push(relationshipToPlain(segment.relationship));
      nodes.push(nodeToPlain(segment.end));
    }
    return { nodes, relationships };
  }
  const temporal = temporalToIso(value);
  if (temporal !== null) return temporal;
  if (isPoint(value)) {
    const point: { [key: string]: PlainValue } = { srid: integerToPlainOrNumber(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (value instanceof Uint8Array) return Array.from(value);
  if (Array.isArray(value)) return value.map((item) => toPlain(item));
  if (typeof value === "object") return propertiesToPlain(value as { [key: string]: unknown });
  return String(value);
}

/** A record as one plain object, keyed by the query's column names. */
export function recordToPlain(record: Neo4jRecord): { [key: string]: PlainValue } {
  const row: { [key: string]: PlainValue } = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

function propertiesToPlain(properties: { [key: string]: unknown }): { [key: string]: PlainValue } {
  const plain: { [key: string]: PlainValue } = {};
  for (const [key, value] of Object.entries(properties)) plain[key] = toPlain(value);
  return plain;
}

/** A Date, Time, DateTime, LocalDateTime, LocalTime or Duration as its ISO-8601 text; null for any other value. */
export function temporalToIso(value: unknown): string | null {
  if (isDuration(value)) return durationToIso(value.toString());
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value)) {
    return value.toString();
  }
  return null;
}

/** The driver writes a duration without a time part as "P3DT"; ISO-8601 wants "P3D" (and "PT0S" for zero). */
export function durationToIso(text: string): string {
  const trimmed = text.endsWith("T") ? text.slice(0, -1) : text;
  return trimmed === "P" ? "PT0S" : trimmed;
}

function integerToPlainOrNumber(value: Integer | number): number | string {
  return typeof value === "number" ? value : integerToPlain(value);
}
