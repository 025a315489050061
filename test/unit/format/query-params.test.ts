import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { parseQueryParam, parseQueryParams } from "../../../src/neo4j/params.js";

describe("parseQueryParam", () => {
  it("reads JSON values and keeps whole numbers as Neo4j integers", () => {
    const [name, value] = parseQueryParam("limit=5");
    expect(name).toBe("limit");
    expect(neo4j.isInt(value)).toBe(true);
    expect(neo4j.isInt(value) ? value.toNumber() : null).toBe(5);
    expect(parseQueryParam("ratio=0.5")[1]).toBe(0.5);
    expect(parseQueryParam("ok=true")[1]).toBe(true);
    expect(parseQueryParam("none=null")[1]).toBeNull();
    expect(parseQueryParam('names=["a","b"]')[1]).toEqual(["a", "b"]);
  });

  it("takes text that is not JSON as a string, keeping later '=' signs", () => {
    expect(parseQueryParam("name=Sanae Takaichi")).toEqual(["name", "Sanae Takaichi"]);
    expect(parseQueryParam("expr=a=b")).toEqual(["expr", "a=b"]);
    expect(parseQueryParam('quoted="42"')).toEqual(["quoted", "42"]);
    expect(parseQueryParam("empty=")).toEqual(["empty", ""]);
  });

  it("converts integers nested in lists and maps", () => {
    const [, value] = parseQueryParam('m={"a":1,"b":[2,2.5]}');
    const map = value as { a: unknown; b: unknown[] };
    expect(neo4j.isInt(map.a)).toBe(true);
    expect(neo4j.isInt(map.b[0])).toBe(true);
    expect(map.b[1]).toBe(2.5);
  });

  it("rejects an argument without a name or '=' with a one-line message naming it", () => {
    expect(() => parseQueryParam("novalue")).toThrow("entente/neo4j: --param 'novalue' is not of the form name=value.");
    expect(() => parseQueryParam("=5")).toThrow(/--param '=5'/);
    expect(() => parseQueryParam("1x=5")).toThrow(/'1x' is not a parameter name/);
  });

  it("keeps the last value of a name given twice", () => {
    expect(parseQueryParams(["a=x", "b=y", "a=z"])).toEqual({ a: "z", b: "y" });
  });
});
