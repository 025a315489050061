/**
 * The read-only guard's rules, each on plans shaped as Neo4j 5.26 returns them for EXPLAIN (operator
 * `Name@database`, the `Details` argument); the same cases against the real server are in
 * test/integration/viewer-hardening.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../src/config.js";
import {
  ALLOWED_COMMANDS,
  ALLOWED_PROCEDURES,
  GUARD_RULES,
  calledProcedure,
  planOperators,
  refusalOf,
  type PlanFacts,
  type PlanNode,
} from "../../../src/neo4j/read-only-guard.js";

/** A plan: ProduceResults over the given operators, each the child of the one before. */
function plan(...operators: [string, string?][]): PlanNode {
  let node: PlanNode | undefined;
  for (const [operatorType, details] of [...operators].reverse()) {
    node = { operatorType, arguments: details === undefined ? {} : { Details: details }, children: node ? [node] : [] };
  }
  return { operatorType: "ProduceResults@neo4j", arguments: { Details: "x" }, children: node ? [node] : [] };
}

function facts(root: PlanNode, queryType = "r", userFunctions: string[] = []): PlanFacts {
  return { queryType, operators: planOperators(root), userFunctions };
}

function refusedBy(f: PlanFacts): string | null {
  return GUARD_RULES.find((rule) => rule.check(f) !== null)?.name ?? null;
}

describe("read-only guard rules", () => {
  it("lets a plain read through", () => {
    expect(refusalOf(facts(plan(["Limit@neo4j", "3"], ["AllNodesScan@neo4j", "n"])))).toBeNull();
  });

  it("administration: refuses a command planned on the system database", () => {
    const showUsers: PlanNode = { operatorType: "AdministrationCommand@system", arguments: {}, children: [] };
    expect(refusedBy(facts(showUsers, "s"))).toBe("administration");
    expect(refusalOf(facts(showUsers, "s"))).toBe(
      "it is an administration command (users, roles, databases), which a read-only query may not run.",
    );
  });

  it("file-and-url-reads: refuses LOAD CSV wherever it sits in the plan", () => {
    const f = facts(plan(["Apply@neo4j", ""], ["LoadCSV@neo4j", "l"]));
    expect(refusedBy(f)).toBe("file-and-url-reads");
    expect(refusalOf(f)).toBe("LOAD CSV reads files and URLs, which a read-only query may not do.");
  });

  it("server-commands: refuses SHOW TRANSACTIONS and TERMINATE TRANSACTIONS, lets SHOW INDEXES through", () => {
    const terminate = facts(plan(["TerminateTransactions@neo4j", "defaultColumns, transactions(neo4j-transaction-1)"]));
    expect(refusedBy(terminate)).toBe("server-commands");
    expect(refusalOf(terminate)).toBe(
      "TERMINATE TRANSACTIONS acts on or describes the server, which a read-only query may not do (commands allowed: SHOW INDEXES, SHOW CONSTRAINTS).",
    );
    expect(refusedBy(facts(plan(["ShowTransactions@neo4j", "defaultColumns, allTransactions"])))).toBe("server-commands");
    expect(refusedBy(facts(plan(["ShowSettings@neo4j", "allSettings, defaultColumns"])))).toBe("server-commands");
    expect(readOnlyRefusal(plan(["ShowIndexes@neo4j", "allIndexes, defaultColumns"]))).toBeNull();
  });

  it("procedure-allowlist: refuses a procedure outside the list, names it, lets listed ones through", () => {
    const listConfig = facts(plan(["ProcedureCall@neo4j", "dbms.listConfig() :: (name :: STRING, value :: STRING)"]), "s");
    expect(refusedBy(listConfig)).toBe("procedure-allowlist");
    expect(refusalOf(listConfig)).toMatch(/^the procedure dbms\.listConfig is not one a read-only query may call \(allowed: db\.labels, /);
    const stats = facts(plan(["ProcedureCall@neo4j", "db.stats.retrieve($autostring_0) :: (section :: STRING, data :: MAP)"]));
    expect(refusedBy(stats)).toBe("procedure-allowlist");
    expect(readOnlyRefusal(plan(["ProcedureCall@neo4j", "db.labels() :: (label :: STRING)"]))).toBeNull();
    expect(
      readOnlyRefusal(plan(["ProcedureCall@neo4j", "db.index.fulltext.queryNodes($a, $b) :: (node :: NODE, score :: FLOAT)"])),
    ).toBeNull();
  });

  it("user-function-allowlist: refuses a plugin function found in any operator's details", () => {
    const f = facts(plan(["Projection@neo4j", "apoc.cypher.runFirstColumnSingle($autostring_0, $autolist_1) AS x"]), "r", [
      "apoc.cypher.runFirstColumnSingle",
      "apoc.text.join",
    ]);
    expect(refusedBy(f)).toBe("user-function-allowlist");
    expect(refusalOf(f)).toBe(
      "the plugin function apoc.cypher.runFirstColumnSingle is not one a read-only query may call (allowed: none; Cypher's own functions are).",
    );
    // the same name as a property or a string is no call
    expect(refusalOf(facts(plan(["Filter@neo4j", "n.apoc = $autostring_0"]), "r", ["apoc.text.join"]))).toBeNull();
  });

  it("own-transactions: refuses CALL { … } IN TRANSACTIONS", () => {
    expect(refusedBy(facts(plan(["TransactionApply@neo4j", "IN TRANSACTIONS OF 1000 ROWS ON ERROR FAIL"])))).toBe("own-transactions");
  });

  it("reads-only: refuses writes and schema changes; a DBMS-mode read procedure (dbms.components) is a read", () => {
    const create = facts(plan(["EmptyResult@neo4j", ""], ["Create@neo4j", "(n)"]), "w");
    expect(refusedBy(create)).toBe("reads-only");
    expect(refusalOf(create)).toBe("it writes to the database (Neo4j's query type 'w'), which a read-only query may not do.");
    const index: PlanNode = { operatorType: "CreateIndex@neo4j", arguments: { Details: "RANGE INDEX foo FOR (:X) ON (y)" }, children: [] };
    expect(refusalOf(facts(index, "s"))).toBe(
      "it changes the schema or the server (Neo4j's query type 's'), which a read-only query may not do.",
    );
    expect(readOnlyRefusal(plan(["ProcedureCall@neo4j", "dbms.components() :: (name :: STRING)"]), "s")).toBeNull();
  });

  it("walks a plan thousands of operators deep without recursion", () => {
    let deep: PlanNode = { operatorType: "LoadCSV@neo4j", arguments: {}, children: [] };
    for (let i = 0; i < 50_000; i++) deep = { operatorType: "Apply@neo4j", arguments: {}, children: [deep] };
    expect(planOperators(deep)).toHaveLength(50_001);
    expect(refusedBy(facts(deep))).toBe("file-and-url-reads");
  });

  it("reads the called procedure from an operator's details", () => {
    expect(calledProcedure("db.labels() :: (label :: STRING)")).toBe("db.labels");
    expect(calledProcedure("`db`.`labels`() :: (label :: STRING)")).toBe("db.labels");
  });

  it("README says what the console may run: every allowed procedure and command", () => {
    const readme = readFileSync(join(projectRoot(), "README.md"), "utf8");
    for (const allowed of [...ALLOWED_PROCEDURES, ...ALLOWED_COMMANDS]) {
      const shown = allowed.name.startsWith("Show") ? allowed.name.replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase() : allowed.name;
      expect(readme, shown).toContain(shown);
    }
  });
});

function readOnlyRefusal(root: PlanNode, queryType = "r"): string | null {
  return refusalOf(facts(root, queryType));
}
