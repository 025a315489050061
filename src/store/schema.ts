/**
 * The graph's schema: uniqueness constraints on the ids, the full-text index over entity names
 * and aliases, and indexes for the common lookups. Every statement is IF NOT EXISTS, so
 * ensureSchema can run before every load.
 */
import { openSession, type Neo4jConnection } from "../neo4j/connection.js";

/** Name of the full-text index over Entity `name` and `aliasText` (the aliases joined). */
export const ENTITY_NAMES_INDEX = "entityNames";

const SCHEMA_STATEMENTS: readonly string[] = [
  "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
  "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE",
  "CREATE CONSTRAINT conflict_id IF NOT EXISTS FOR (c:Conflict) REQUIRE c.id IS UNIQUE",
  `CREATE FULLTEXT INDEX ${ENTITY_NAMES_INDEX} IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-folding'}}`,
  "CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
  "CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)",
  "CREATE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.type, e.date)",
  "CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published)",
  // No index on HOLDS_ROLE's title: with one, Neo4j plans the loader's MERGE of a role as a seek of
  // every role of that title in the graph (thousands of "president"s) instead of an expansion
  // between the person and the country. Graphs made before this lose it.
  "DROP INDEX holds_role_title IF EXISTS",
];

/** Creates what is missing of the schema and waits until the indexes are online. */
export async function ensureSchema(conn: Neo4jConnection): Promise<void> {
  const session = openSession(conn, "WRITE");
  try {
    // Schema changes cannot share a transaction with each other's data: one auto-commit each.
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    await session.run("CALL db.awaitIndexes(300)");
  } finally {
    await session.close();
  }
}
