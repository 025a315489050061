import neo4j, { Node, Path, PathSegment, Relationship } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { cellText } from "../../../cli/format/cell.js";
import { toPlain } from "../../../src/neo4j/values.js";

const paris = new Node(neo4j.int(1), ["Entity", "Place"], { name: "Paris", rank: neo4j.int(3) }, "4:db:1");
const tokyo = new Node(neo4j.int(2), ["Entity", "Place"], { name: "Tokyo" }, "4:db:2");
const link = new Relationship(
  neo4j.int(9),
  neo4j.int(1),
  neo4j.int(2),
  "LINKED_TO",
  { since: new neo4j.types.Date(2025, 10, 28) },
  "5:db:9",
  "4:db:1",
  "4:db:2",
);

describe("toPlain", () => {
  it("turns integers into numbers, and big ones into exact strings", () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int("9007199254740993"))).toBe("9007199254740993");
    expect(toPlain([neo4j.int(1), { n: neo4j.int(2) }])).toEqual([1, { n: 2 }]);
  });

  it("turns nodes, relationships and paths into plain objects", () => {
    expect(toPlain(paris)).toEqual({ elementId: "4:db:1", labels: ["Entity", "Place"], properties: { name: "Paris", rank: 3 } });
    expect(toPlain(link)).toEqual({
      elementId: "5:db:9",
      type: "LINKED_TO",
      start: "4:db:1",
      end: "4:db:2",
      properties: { since: "2025-10-28" },
    });
    const path = new Path(paris, tokyo, [new PathSegment(paris, link, tokyo)]);
    const plain = toPlain(path) as { nodes: { elementId: string }[]; relationships: { type: string }[] };
    expect(plain.nodes.map((node) => node.elementId)).toEqual(["4:db:1", "4:db:2"]);
    expect(plain.relationships.map((rel) => rel.type)).toEqual(["LINKED_TO"]);
  });

  it("writes temporal values as ISO-8601 strings", () => {
    expect(toPlain(new neo4j.types.Date(2025, 1, 5))).toBe("2025-01-05");
    expect(toPlain(new neo4j.types.LocalDateTime(2025, 1, 5, 9, 30, 0, 0))).toBe("2025-01-05T09:30:00");
    expect(toPlain(new neo4j.types.DateTime(2026, 1, 31, 10, 15, 30, 500_000_000, 3600))).toBe("2026-01-31T10:15:30.5+01:00");
    expect(toPlain(new neo4j.types.Duration(0, 3, 0, 0))).toBe("P3D");
    expect(toPlain(new neo4j.types.Duration(1, 3, 3600, 0))).toBe("P1M3DT1H");
    expect(toPlain(new neo4j.types.Duration(0, 0, 0, 0))).toBe("PT0S");
    expect(toPlain(new neo4j.types.Duration(14, 0, 0, 0))).toBe("P1Y2M");
    expect(toPlain(new neo4j.types.Duration(0, 0, 90, 500_000_000))).toBe("PT1M30.5S");
  });

  it("keeps integers beyond 2^53 exact as decimal text, wherever they come from", () => {
    expect(toPlain(neo4j.int("1152921504606846976"))).toBe("1152921504606846976");
    expect(toPlain(neo4j.int("-1152921504606846976"))).toBe("-1152921504606846976");
    expect(toPlain(2n ** 60n)).toBe("1152921504606846976");
    expect(toPlain(12n)).toBe(12);
  });

  it("writes points, bytes and non-finite floats in JSON's terms", () => {
    expect(toPlain(new neo4j.types.Point(neo4j.int(7203), 1.5, 2))).toEqual({ srid: 7203, x: 1.5, y: 2 });
    expect(toPlain(new neo4j.types.Point(neo4j.int(4979), 2.35, 48.85, 35))).toEqual({ srid: 4979, x: 2.35, y: 48.85, z: 35 });
    expect(toPlain(new Uint8Array([1, 255]))).toEqual([1, 255]);
    expect(toPlain([Number.NaN, Number.POSITIVE_INFINITY])).toEqual(["NaN", "Infinity"]);
  });

  it("refuses what no Neo4j value is", () => {
    expect(() => toPlain(() => 1)).toThrow("entente/neo4j: a function is not a Neo4j value");
  });
});

describe("cellText", () => {
  it("shows a top-level string as is and nested strings quoted", () => {
    expect(cellText("Paris")).toBe("Paris");
    expect(cellText(["Paris", "Tokyo"])).toBe('["Paris", "Tokyo"]');
    expect(cellText(null)).toBe("null");
  });

  it("writes graph values in Cypher notation", () => {
    expect(cellText(paris)).toBe('(:Entity:Place {name: "Paris", rank: 3})');
    expect(cellText(link)).toBe("[:LINKED_TO {since: 2025-10-28}]");
    expect(cellText(new Path(paris, tokyo, [new PathSegment(paris, link, tokyo)]))).toBe(
      '(:Entity:Place {name: "Paris", rank: 3})-[:LINKED_TO {since: 2025-10-28}]->(:Entity:Place {name: "Tokyo"})',
    );
    expect(cellText(new Path(tokyo, paris, [new PathSegment(tokyo, link, paris)]))).toBe(
      '(:Entity:Place {name: "Tokyo"})<-[:LINKED_TO {since: 2025-10-28}]-(:Entity:Place {name: "Paris", rank: 3})',
    );
    expect(cellText({ "two words": 1 })).toBe("{`two words`: 1}");
    expect(cellText(new neo4j.types.Point(neo4j.int(7203), 1.5, 2))).toBe("point({srid: 7203, x: 1.5, y: 2})");
    expect(cellText(new neo4j.types.Duration(0, 3, 0, 0))).toBe("P3D");
  });
});
