/**
 * The read-only guard: decides whether a Cypher query that someone else wrote (the viewer's console,
 * `entente export --cypher`, `entente query` without --write, saved queries) may run, from the
 * plan Neo4j makes for it, never from its words.
 *
 * A READ transaction alone is not enough: Neo4j lets a read query read the machine's files
 * (`LOAD CSV FROM 'file:///etc/passwd'`), call administration procedures (`dbms.listConfig`,
 * `db.stats.retrieve`), run commands (`SHOW TRANSACTIONS`, `TERMINATE TRANSACTIONS`) and call
 * plugin functions that run Cypher of their own (`apoc.cypher.runFirstColumnSingle`). So the guard
 * runs `EXPLAIN <query>` in the caller's READ transaction and walks the plan through an ordered
 * list of small named rules; the first that objects refuses the query with one sentence.
 */
import { Neo4jError } from "neo4j-driver";
import type { QueryRunner } from "./connection.js";
import { CypherError, isNeo4jUnavailable } from "./errors.js";

/** A name the guard lets through, with why it is harmless. */
export interface Allowed {
  name: string;
  why: string;
  /** Neo4j reports a query calling this procedure as query type "s" (a DBMS-mode procedure) though it only reads. */
  dbmsMode?: boolean;
}

/** The procedures a read-only query may call: reads of the graph and its schema, nothing about the server's users, queries or settings. */
export const ALLOWED_PROCEDURES: readonly Allowed[] = [
  { name: "db.labels", why: "the node labels in use" },
  { name: "db.relationshipTypes", why: "the relationship types in use" },
  { name: "db.propertyKeys", why: "the property keys in use" },
  { name: "db.schema.visualization", why: "the graph model as nodes and relationships" },
  { name: "db.schema.nodeTypeProperties", why: "the properties of each label and their types" },
  { name: "db.schema.relTypeProperties", why: "the properties of each relationship type and their types" },
  { name: "db.index.fulltext.queryNodes", why: "full-text search over entity names and aliases (README, viewer search)" },
  { name: "db.index.fulltext.queryRelationships", why: "full-text search over relationships" },
  { name: "dbms.components", why: "the Neo4j version and edition (README's example)", dbmsMode: true },
];

/** The commands (plan operators of SHOW …) a read-only query may run: descriptions of the graph's schema. */
export const ALLOWED_COMMANDS: readonly Allowed[] = [
  { name: "ShowIndexes", why: "SHOW INDEXES: the graph's indexes" },
  { name: "ShowConstraints", why: "SHOW CONSTRAINTS: the graph's constraints" },
];

/**
 * Plugin (user-defined) functions a read-only query may call. None: Entente calls none, and some
 * (`apoc.cypher.runFirstColumnSingle`) run Cypher the guard never sees. Cypher's built-in functions are always allowed.
 */
const ALLOWED_USER_FUNCTIONS: readonly Allowed[] = [];

/** A query the guard will not run: `message` is one sentence saying why. */
export class QueryRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "QueryRefused";
  }
}

/** The parts of a Neo4j plan the rules read (neo4j-driver's `summary.plan` has this shape). */
export interface PlanNode {
  operatorType: string;
  arguments: { [key: string]: unknown };
  children: readonly PlanNode[];
}

/** One operator of the plan: `ProcedureCall@neo4j` is the operator `ProcedureCall` on the database `neo4j`. */
export interface PlanOperator {
  name: string;
  database: string;
  details: string;
}

/** What the rules look at: Neo4j's query type, the plan's operators, and the plugin functions the server offers. */
export interface PlanFacts {
  /** "r" read, "w" write, "rw" read and write, "s" schema or DBMS. */
  queryType: string;
  operators: readonly PlanOperator[];
  userFunctions: readonly string[];
}

/** A rule returns the sentence that refuses the query, or null when it has nothing against it. */
export interface GuardRule {
  name: string;
  check(facts: PlanFacts): string | null;
}

const SYSTEM_DATABASE = "system";
const allowedProcedureNames = new Set(ALLOWED_PROCEDURES.map((p) => p.name.toLowerCase()));
const allowedCommandNames = new Set(ALLOWED_COMMANDS.map((c) => c.name));
const allowedFunctionNames = new Set(ALLOWED_USER_FUNCTIONS.map((f) => f.name.toLowerCase()));

/** `ShowTransactions` → `SHOW TRANSACTIONS`. */
function commandWords(operator: string): string {
  return operator
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/\(.*$/, "")
    .toUpperCase();
}

/** The procedure a ProcedureCall operator calls: its details start `db.labels() :: (…)`. */
export function calledProcedure(details: string): string {
  return (/^\s*([^\s(]+)\s*\(/.exec(details)?.[1] ?? details).replace(/`/g, "");
}

function list(names: readonly Allowed[], show: (name: string) => string = (name) => name): string {
  return names.length === 0 ? "none" : names.map((n) => show(n.name)).join(", ");
}

/** The rules, in the order they are tried. */
export const GUARD_RULES: readonly GuardRule[] = [
  {
    name: "administration",
    check: ({ operators }) =>
      operators.some((op) => op.database === SYSTEM_DATABASE || op.name === "AdministrationCommand" || op.name === "SystemProcedureCall")
        ? "it is an administration command (users, roles, databases), which a read-only query may not run."
        : null,
  },
  {
    name: "file-and-url-reads",
    check: ({ operators }) =>
      operators.some((op) => op.name === "LoadCSV") ? "LOAD CSV reads files and URLs, which a read-only query may not do." : null,
  },
  {
    name: "server-commands",
    check: ({ operators }) => {
      const command = operators.find((op) => /^(Show|Terminate)[A-Z]/.test(op.name) && !allowedCommandNames.has(op.name));
      if (!command) return null;
      const allowed = list(ALLOWED_COMMANDS, commandWords);
      return `${commandWords(command.name)} acts on or describes the server, which a read-only query may not do (commands allowed: ${allowed}).`;
    },
  },
  {
    name: "procedure-allowlist",
    check: ({ operators }) => {
      const call = operators.find(
        (op) => op.name === "ProcedureCall" && !allowedProcedureNames.has(calledProcedure(op.details).toLowerCase()),
      );
      if (!call) return null;
      return `the procedure ${calledProcedure(call.details)} is not one a read-only query may call (allowed: ${list(ALLOWED_PROCEDURES)}).`;
    },
  },
  {
    name: "user-function-allowlist",
    check: ({ operators, userFunctions }) => {
      const calls = (name: string) => operators.some((op) => op.details.toLowerCase().includes(`${name.toLowerCase()}(`));
      const used = userFunctions.find((name) => !allowedFunctionNames.has(name.toLowerCase()) && calls(name));
      if (used === undefined) return null;
      return `the plugin function ${used} is not one a read-only query may call (allowed: ${list(ALLOWED_USER_FUNCTIONS)}; Cypher's own functions are).`;
    },
  },
  {
    name: "own-transactions",
    check: ({ operators }) =>
      operators.some((op) => op.name === "TransactionApply")
        ? "CALL { … } IN TRANSACTIONS commits transactions of its own, which a read-only query may not do."
        : null,
  },
  {
    name: "reads-only",
    check: ({ queryType, operators }) => {
      if (queryType === "r") return null;
      // A DBMS-mode procedure (dbms.components) makes Neo4j call the query "s" though it only reads.
      const dbmsRead =
        queryType === "s" &&
        operators.some(
          (op) => op.name === "ProcedureCall" && ALLOWED_PROCEDURES.some((p) => p.dbmsMode && p.name === calledProcedure(op.details)),
        );
      if (dbmsRead) return null;
      const what = queryType === "s" ? "changes the schema or the server" : "writes to the database";
      return `it ${what} (Neo4j's query type '${queryType}'), which a read-only query may not do.`;
    },
  },
];

/** Every operator of a plan tree, parents first (iteratively: a plan may be deep). */
export function planOperators(plan: PlanNode): PlanOperator[] {
  const operators: PlanOperator[] = [];
  const pending: PlanNode[] = [plan];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const at = node.operatorType.indexOf("@");
    const details = node.arguments.Details;
    operators.push({
      name: at >= 0 ? node.operatorType.slice(0, at) : node.operatorType,
      database: at >= 0 ? node.operatorType.slice(at + 1) : "",
      details: typeof details === "string" ? details : "",
    });
    pending.push(...[...node.children].reverse());
  }
  return operators;
}

/** The sentence refusing these plan facts, or null when every rule lets them through. */
export function refusalOf(facts: PlanFacts): string | null {
  for (const rule of GUARD_RULES) {
    const refusal = rule.check(facts);
    if (refusal !== null) return refusal;
  }
  return null;
}

/**
 * Plans the query with EXPLAIN in the caller's (READ) transaction and throws QueryRefused when a rule
 * objects, or a CypherError when Neo4j cannot plan it (a syntax error: its own message). Errors
 * reaching Neo4j at all (unavailable, session expired) pass through unchanged.
 */
export async function assertReadOnlyQuery(tx: QueryRunner, query: string, params: { [key: string]: unknown } = {}): Promise<void> {
  try {
    const { summary } = await tx.run(`EXPLAIN ${query}`, params);
    if (summary.plan === false) throw new QueryRefused("Neo4j gave no plan for it, so it cannot be checked as read-only.");
    const facts: PlanFacts = { queryType: summary.queryType, operators: planOperators(summary.plan), userFunctions: [] };
    // The plan's own rules first: after an administration command, the transaction takes no other statement.
    refuseIfAnyRuleObjects(facts);
    const userFunctions = await tx.run("SHOW FUNCTIONS YIELD name, isBuiltIn WHERE NOT isBuiltIn RETURN name");
    refuseIfAnyRuleObjects({ ...facts, userFunctions: userFunctions.records.map((record) => String(record.get("name"))) });
  } catch (error) {
    if (error instanceof Neo4jError && !isNeo4jUnavailable(error)) throw CypherError.from(error);
    throw error;
  }
}

function refuseIfAnyRuleObjects(facts: PlanFacts): void {
  const refusal = refusalOf(facts);
  if (refusal !== null) throw new QueryRefused(refusal);
}
