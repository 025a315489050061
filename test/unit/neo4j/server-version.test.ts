/** Which Neo4j versions Entente accepts, and the one sentence an older server gets. */
import { describe, expect, it } from "vitest";
import { describeUnsupportedVersion, isSupportedNeo4jVersion, parseNeo4jVersion } from "../../../src/neo4j/server-version.js";

describe("parseNeo4jVersion", () => {
  it("reads semantic, calendar and Aura versions", () => {
    expect(parseNeo4jVersion("5.26.0")).toEqual({ major: 5, minor: 26, text: "5.26.0" });
    expect(parseNeo4jVersion("2025.06.2")).toMatchObject({ major: 2025, minor: 6 });
    expect(parseNeo4jVersion("5.27-aura")).toMatchObject({ major: 5, minor: 27 });
    expect(parseNeo4jVersion("dev")).toBeNull();
  });
});

describe("isSupportedNeo4jVersion", () => {
  it("accepts 5.26 and everything after, calendar versions included", () => {
    const supported = (text: string) => {
      const version = parseNeo4jVersion(text);
      return version !== null && isSupportedNeo4jVersion(version);
    };
    expect(["5.26.0", "5.26.30", "5.27-aura", "2025.01.0", "2026.02.1"].filter(supported)).toHaveLength(5);
    expect(["4.4.40", "5.0.0", "5.23.0", "5.25.1"].filter(supported)).toEqual([]);
  });
});

describe("describeUnsupportedVersion", () => {
  it("names the version found and the one needed in one sentence", () => {
    const message = describeUnsupportedVersion(parseNeo4jVersion("5.20.0"), "neo4j://db.example:7687");
    expect(message).toBe(
      "the Neo4j at neo4j://db.example:7687 is version 5.20.0, but Entente's Cypher needs Neo4j 5.26 or newer (dynamic labels); " +
        "upgrade it, or unset NEO4J_URI to use the embedded Neo4j.",
    );
    expect(message).not.toContain("\n");
  });

  it("says nothing about a recent or an unreadable version", () => {
    expect(describeUnsupportedVersion(parseNeo4jVersion("5.26.0"), "bolt://x")).toBeNull();
    expect(describeUnsupportedVersion(null, "bolt://x")).toBeNull();
  });
});
