import { describe, expect, it } from "vitest";
import { jvmHeapOptions } from "../../src/neo4j/embedded.js";

describe("the embedded Neo4j's heap (ENTENTE_NEO4J_HEAP)", () => {
  it("is 1 GiB by default and follows the variable, starting at 512 MiB or the whole heap when smaller", () => {
    expect(jvmHeapOptions({})).toEqual(["-Xms512m", "-Xmx1024m"]);
    expect(jvmHeapOptions({ ENTENTE_NEO4J_HEAP: "4g" })).toEqual(["-Xms512m", "-Xmx4096m"]);
    expect(jvmHeapOptions({ ENTENTE_NEO4J_HEAP: "384M" })).toEqual(["-Xms384m", "-Xmx384m"]);
  });

  it("refuses a value that is not a size, or too small for Neo4j, in one sentence naming the variable", () => {
    expect(() => jvmHeapOptions({ ENTENTE_NEO4J_HEAP: "lots" })).toThrow(
      /^entente\/neo4j: ENTENTE_NEO4J_HEAP='lots' is not a size such as 1g or 4096m\.$/,
    );
    expect(() => jvmHeapOptions({ ENTENTE_NEO4J_HEAP: "64m" })).toThrow(/too small/);
  });
});
