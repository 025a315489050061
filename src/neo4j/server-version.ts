/**
 * The Neo4j version Entente's Cypher needs, and the check made on connecting: a server older
 * than that is named in one sentence at once, instead of a syntax error in the middle of a load.
 *
 * 5.26 is the oldest with everything the store writes: dynamic labels and relationship types
 * (`SET n:$(row.type)`, `MERGE (a)-[r:$(row.type)]->(b)`, 5.26) and scoped subqueries
 * (`CALL (x) { … }`, 5.23). Neo4j's calendar versions (2025.01 and later) are all newer.
 */
import type { Driver } from "neo4j-driver";

const MINIMUM_NEO4J_VERSION = { major: 5, minor: 26 } as const;

export interface Neo4jVersion {
  major: number;
  minor: number;
  /** As the server wrote it ("5.26.0", "2025.06.2", "5.27-aura"). */
  text: string;
}

/** "5.26.0", "2025.06.2", "5.27-aura" → major and minor; null when the text holds no version. */
export function parseNeo4jVersion(text: string): Neo4jVersion | null {
  const match = /^(\d+)\.(\d+)/.exec(text.trim());
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2]), text: text.trim() };
}

export function isSupportedNeo4jVersion(version: Neo4jVersion): boolean {
  const { major, minor } = MINIMUM_NEO4J_VERSION;
  return version.major > major || (version.major === major && version.minor >= minor);
}

/** The one sentence a too-old server gets; null when the version is recent enough (or unknown). */
export function describeUnsupportedVersion(version: Neo4jVersion | null, uri: string): string | null {
  if (version === null || isSupportedNeo4jVersion(version)) return null;
  const { major, minor } = MINIMUM_NEO4J_VERSION;
  return (
    `the Neo4j at ${uri} is version ${version.text}, but Entente's Cypher needs Neo4j ${major}.${minor} or newer ` +
    `(dynamic labels); upgrade it, or unset NEO4J_URI to use the embedded Neo4j.`
  );
}

/** The kernel version the server reports (`CALL dbms.components()`), null when it reports none. */
export async function readNeo4jVersion(driver: Driver, database: string | undefined): Promise<Neo4jVersion | null> {
  const { records } = await driver.executeQuery(
    "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version",
    {},
    { database, routing: "READ" },
  );
  const version: unknown = records[0]?.get("version");
  return typeof version === "string" ? parseNeo4jVersion(version) : null;
}
