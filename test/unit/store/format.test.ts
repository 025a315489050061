import { describe, expect, it } from "vitest";
import { formatConflicts } from "../../../cli/commands/conflicts.js";
import { formatSummary } from "../../../cli/commands/ingest.js";

describe("formatConflicts", () => {
  it("prints each side with its document and quotes, and says when there is none", () => {
    expect(formatConflicts([])).toBe("No conflicting claims.\n");
    const text = formatConflicts([
      {
        id: "conflict:role:1",
        kind: "role",
        description:
          'Keir Starmer\'s office for United Kingdom around 2026-01-31: "Leader of the Opposition" (1 source) vs "Prime Minister" (1 source)',
        date: "2026-01-31",
        entity: { id: "person:keir-starmer", name: "Keir Starmer" },
        claims: [
          {
            claim: "Leader of the Opposition",
            title: "Leader of the Opposition",
            document: "doc:b",
            documentTitle: "Tokyo et Londres",
            source: "b.txt",
            evidence: ["chef de l'opposition"],
          },
          {
            claim: "Prime Minister",
            title: "Prime Minister",
            document: "doc:a",
            documentTitle: null,
            source: "a.txt",
            evidence: ["son homologue britannique"],
          },
        ],
      },
    ]);
    expect(text.split("\n")).toEqual([
      'Keir Starmer (person:keir-starmer): Keir Starmer\'s office for United Kingdom around 2026-01-31: "Leader of the Opposition" (1 source) vs "Prime Minister" (1 source)',
      '  "Leader of the Opposition" according to Tokyo et Londres [b.txt]',
      "      « chef de l'opposition »",
      '  "Prime Minister" according to a.txt',
      "      « son homologue britannique »",
      "",
      "1 conflict.",
      "",
    ]);
  });
});

describe("formatSummary", () => {
  it("gives what was loaded, what was rejected, the throughput and the graph's totals", () => {
    const text = formatSummary({
      documents: 3,
      entities: 48,
      events: 8,
      relations: 125,
      conflicts: 2,
      loaded: 3,
      unchanged: 1,
      rejected: [{ source: "x.txt", reason: "unreadable" }],
      warnings: [],
      relationshipsCreated: 120,
      seconds: 2,
    });
    expect(text).toBe(
      "entente ingest: 3 documents loaded (1 already there, unchanged), 1 rejected in 2.0 s (120 new relationships, 60/s)\n" +
        "graph: 3 documents, 48 entities, 8 events, 125 relations, 2 conflicts\n",
    );
  });
});
