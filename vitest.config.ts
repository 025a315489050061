import { defineConfig } from "vitest/config";

// Two projects: `unit` needs nothing outside the process; `integration` (test/integration, test/e2e)
// talks to a real Neo4j started once per run by the global setup (or NEO4J_URI when set), and
// runs its files one at a time because they share that database.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "node",
          // Whole-corpus scoring and the long-input properties take a few seconds on a quiet
          // 2-core machine; the default 5 s turns a busy machine into false failures.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts", "test/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/setup/neo4j.global.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
