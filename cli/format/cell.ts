/**
 * One Neo4j value as the short text of a table cell, in Cypher's own notation:
 * `(:Person {name: "Sanae Takaichi"})`, `[:HOLDS_ROLE {title: "pm"}]`, `(…)-[:R]->(…)`,
 * `[1, 2]`, `{k: "v"}`, `point({srid: 7203, x: 1.5, y: 2})`; integers, dates and durations as the
 * JSON converter writes them (src/neo4j/values.ts). Strings inside lists and maps are quoted;
 * a top-level string is shown as is.
 */
import { isInt, isNode, isPath, isPoint, isRelationship, type Integer, type Node, type Point, type Relationship } from "neo4j-driver";
import { integerToPlain, temporalToIso } from "../../src/neo4j/values.js";

export function cellText(value: unknown): string {
  return typeof value === "string" ? value : literal(value);
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (isInt(value)) return String(integerToPlain(value));
  if (isNode(value)) return nodeText(value);
  if (isRelationship(value)) return relationshipText(value);
  if (isPath(value)) {
    let text = nodeText(value.start);
    for (const segment of value.segments) {
      const forward = segment.relationship.startNodeElementId === segment.start.elementId;
      const rel = relationshipText(segment.relationship);
      text += forward ? `-${rel}->${nodeText(segment.end)}` : `<-${rel}-${nodeText(segment.end)}`;
    }
    return text;
  }
  const temporal = temporalToIso(value);
  if (temporal !== null) return temporal;
  if (isPoint(value)) return pointText(value);
  if (value instanceof Uint8Array) return `bytes[${value.length}]`;
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (typeof value === "object") return mapText(value as { [key: string]: unknown });
  return typeof value === "symbol" ? value.toString() : typeof value;
}

/** Cypher's own notation: point({srid: 4326, x: 2.35, y: 48.85}). */
function pointText(point: Point<Integer | number>): string {
  const { srid, x, y, z } = point;
  return `point(${mapText(z === undefined ? { srid, x, y } : { srid, x, y, z })})`;
}

function nodeText(node: Node): string {
  const labels = node.labels.map((label) => `:${label}`).join("");
  const props = Object.keys(node.properties).length > 0 ? ` ${mapText(node.properties)}` : "";
  return `(${labels}${props})`;
}

function relationshipText(rel: Relationship): string {
  const props = Object.keys(rel.properties).length > 0 ? ` ${mapText(rel.properties)}` : "";
  return `[:${rel.type}${props}]`;
}

function mapText(map: { [key: string]: unknown }): string {
  const entries = Object.entries(map).map(
    ([key, value]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key}\``}: ${literal(value)}`,
  );
  return `{${entries.join(", ")}}`;
}
