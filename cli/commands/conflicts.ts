/**
 * `entente conflicts [--json]`: the conflicting claims in the graph, each with what every side
 * claims, the documents that claim it and their verbatim quotes.
 */
import type { Command } from "commander";
import type { ConflictListing } from "../../src/store/conflicts.js";

export function registerConflictsCommand(program: Command): void {
  program
    .command("conflicts")
    .description("list conflicting claims (e.g. two offices for one person at one date), with quotes and sources")
    .option("--json", "print the conflicts as JSON")
    .action(async (options: { json?: boolean }) => {
      const [{ connectNeo4j }, { listConflicts }] = await Promise.all([
        import("../../src/neo4j/connect.js"),
        import("../../src/store/conflicts.js"),
      ]);
      const conn = await connectNeo4j({ onProgress: (line) => process.stderr.write(`entente/conflicts: ${line}\n`) });
      try {
        const conflicts = await listConflicts(conn);
        process.stdout.write(options.json ? `${JSON.stringify(conflicts, null, 2)}\n` : formatConflicts(conflicts));
      } finally {
        await conn.close();
      }
    });
}

export function formatConflicts(conflicts: readonly ConflictListing[]): string {
  if (conflicts.length === 0) return "No conflicting claims.\n";
  const blocks = conflicts.map((conflict) => {
    const lines = [`${conflict.entity.name} (${conflict.entity.id}): ${conflict.description}`];
    for (const claim of conflict.claims) {
      const document = claim.documentTitle
        ? `${claim.documentTitle} [${claim.source ?? claim.document}]`
        : (claim.source ?? claim.document);
      lines.push(`  "${claim.claim}" according to ${document}`);
      for (const quote of claim.evidence) lines.push(`      « ${quote} »`);
    }
    return lines.join("\n");
  });
  return `${blocks.join("\n\n")}\n\n${conflicts.length} conflict${conflicts.length === 1 ? "" : "s"}.\n`;
}
