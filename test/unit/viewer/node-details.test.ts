/** The side panel's assemblers over fetched records, without Neo4j: facts, roles, events, conflicts and the cited documents. */
import { describe, expect, it } from "vitest";
import {
  assembleConflicts,
  assembleEvents,
  assembleFacts,
  assembleNodeDetails,
  assembleRoles,
  citedDocumentIds,
  NodeRecords,
  quotesOf,
} from "../../../viewer/server/node-details.js";
import type { SourceDocument } from "../../../viewer/shared/api.js";

const doc = (id: string, published: string | null = null): SourceDocument => ({
  id,
  title: `Title of ${id}`,
  published,
  publisher: null,
  source: `${id}.txt`,
  language: "en",
});
const documents = new Map([
  ["doc:a", doc("doc:a", "2026-01-10")],
  ["doc:b", doc("doc:b", "2026-02-01")],
]);
const ruritania = { id: "country:RU-X", label: "Ruritania", type: "Country", kind: "Entity" as const };

const roleFact = (title: string, source: string, conflict: boolean) => ({
  type: "HOLDS_ROLE",
  direction: "out" as const,
  other: ruritania,
  props: { title, titleText: title.toLowerCase(), sources: [source], evidence: [`${title} Anna Example`], conflict, asOf: ["2026-01-10"] },
});

describe("assembleFacts", () => {
  it("keeps a fact's own properties as text and pairs each quote with its article", () => {
    const [fact] = assembleFacts(
      [
        {
          type: "MEMBER_OF",
          direction: "out",
          other: ruritania,
          props: {
            since: 2019,
            note: null,
            sources: ["doc:a", "doc:b"],
            evidence: ["first quote", "second quote"],
            evidenceSources: ["doc:b", "doc:a"],
          },
        },
      ],
      documents,
    );
    expect(fact?.properties).toEqual({ since: "2019" });
    expect(fact?.conflict).toBe(false);
    expect(fact?.sources.map((d) => d.id)).toEqual(["doc:a", "doc:b"]);
    expect(fact?.evidence.map((q) => [q.text, q.document?.id])).toEqual([
      ["first quote", "doc:b"],
      ["second quote", "doc:a"],
    ]);
  });

  it("leaves out documents the store does not know", () => {
    const [fact] = assembleFacts([{ ...roleFact("Prime Minister", "doc:gone", false) }], documents);
    expect(fact?.sources).toEqual([]);
    expect(fact?.evidence).toEqual([{ text: "Prime Minister Anna Example", document: null }]);
  });
});

describe("assembleRoles", () => {
  it("takes the outgoing HOLDS_ROLE facts only", () => {
    const facts = assembleFacts(
      [roleFact("Prime Minister", "doc:a", true), { ...roleFact("Prime Minister", "doc:a", false), direction: "in" as const }],
      documents,
    );
    expect(assembleRoles(facts)).toEqual([
      {
        title: "Prime Minister",
        titleText: "prime minister",
        of: { id: "country:RU-X", label: "Ruritania", type: "Country" },
        conflict: true,
        sources: [documents.get("doc:a")],
        evidence: [{ text: "Prime Minister Anna Example", document: documents.get("doc:a") }],
      },
    ]);
  });
});

describe("assembleEvents", () => {
  const meeting = (id: string, date: string | null) => ({
    event: { id, type: "Meeting", title: "A meeting", date, sources: ["doc:a"], evidence: ["They met."] },
    participants: [{ id: "person:anna-example", label: "Anna Example" }],
    holders: [{ sources: ["doc:b"], evidence: ["Anna Example met him."] }],
    reports: [
      { doc: "doc:b", props: { evidence: ["Anna Example met him."], status: "occurred", date: null } },
      { doc: "doc:a", props: { evidence: ["They met."], status: "planned", date: "2026-01" } },
    ],
  });

  it("gathers every report's article and each quote once, events sorted by date, undated last", () => {
    const events = assembleEvents(
      [meeting("event:2", "2026-02-01"), meeting("event:1", "2026-01-31"), meeting("event:0", null)],
      documents,
    );
    expect(events.map((e) => e.id)).toEqual(["event:1", "event:2", "event:0"]);
    const [first] = events;
    expect(first?.sources.map((d) => d.id)).toEqual(["doc:a", "doc:b"]);
    expect(first?.evidence.map((q) => [q.text, q.document?.id])).toEqual([
      ["They met.", "doc:a"],
      ["Anna Example met him.", "doc:b"],
    ]);
    expect(first).toMatchObject({ type: "Meeting", title: "A meeting", endDate: null, status: null, plannedDate: null });
    // Each article's own claim, in publication order: announced first, then reported done.
    expect(first?.claims.map((claim) => [claim.document.id, claim.status, claim.date])).toEqual([
      ["doc:a", "planned", "2026-01"],
      ["doc:b", "occurred", null],
    ]);
  });
});

describe("assembleConflicts", () => {
  const facts = assembleFacts([roleFact("Prime Minister", "doc:a", true), roleFact("Foreign Minister", "doc:b", true)], documents);

  it("makes one side per claimed title, fewest documents first", () => {
    const [conflict] = assembleConflicts(
      [
        {
          conflict: { id: "conflict:1", kind: "role", description: "two offices", target: "country:RU-X" },
          claims: [
            { doc: "doc:a", props: { title: "Prime Minister", evidence: ["Prime Minister Anna Example"] } },
            { doc: "doc:b", props: { title: "Prime Minister", evidence: ["PM Anna Example"] } },
            { doc: "doc:b", props: { title: "Foreign Minister", evidence: ["Foreign Minister Anna Example"] } },
          ],
        },
      ],
      facts,
      documents,
    );
    expect(conflict?.claims.map((claim) => [claim.summary, claim.sources.map((d) => d.id)])).toEqual([
      ["Foreign Minister of Ruritania", ["doc:b"]],
      ["Prime Minister of Ruritania", ["doc:a", "doc:b"]],
    ]);
    expect(conflict?.documents.map((d) => d.id)).toEqual(["doc:a", "doc:b"]);
  });

  it("lets the conflicting facts stand in when no document claim was recorded", () => {
    const [conflict] = assembleConflicts([{ conflict: { id: "conflict:2", kind: "role" }, claims: [] }], facts, documents);
    expect(conflict?.claims.map((claim) => claim.summary)).toEqual(["Prime Minister → Ruritania", "Foreign Minister → Ruritania"]);
  });
});

describe("assembleNodeDetails", () => {
  const records: NodeRecords = {
    node: { id: "person:anna-example", label: "Anna Example", kind: "Entity", type: "Person", date: null, sources: ["doc:a"], degree: 1 },
    properties: { aliases: ["Example", "A. Example"], wikidata: null },
    mentions: [
      { doc: "doc:a", count: 2 },
      { doc: "doc:b", count: 1 },
      { doc: "doc:gone", count: 1 },
    ],
    facts: [roleFact("Prime Minister", "doc:a", false)],
    events: [],
    conflicts: [],
    documents: [...documents.values()],
  };

  it("lists the documents to fetch, then assembles the answer the API schema accepts", () => {
    expect(citedDocumentIds(records).sort()).toEqual(["doc:a", "doc:b", "doc:gone"]);
    const details = assembleNodeDetails(NodeRecords.parse(records));
    expect(details.aliases).toEqual(["Example", "A. Example"]);
    expect(details.event).toBeNull();
    expect(details.roles.map((role) => role.title)).toEqual(["Prime Minister"]);
    expect(details.mentions.map((m) => [m.document.id, m.count])).toEqual([
      ["doc:b", 1],
      ["doc:a", 2],
    ]);
  });

  it("refuses fetched records of the wrong shape", () => {
    expect(() => NodeRecords.parse({ ...records, facts: [{ type: "X" }] })).toThrow();
  });
});

describe("quotesOf", () => {
  const doc = (id: string) => ({ id, title: id, published: null, publisher: null, source: null, language: null });
  const documents = new Map([
    ["d1", doc("d1")],
    ["d2", doc("d2")],
  ]);

  it("pairs quotes with their documents index by index", () => {
    expect(quotesOf(["q1", "q2"], ["d2", "d1"], documents).map((q) => q.document?.id)).toEqual(["d2", "d1"]);
  });

  it("uses a single source for every quote, and none when it cannot tell", () => {
    expect(quotesOf(["q1", "q2"], ["d1"], documents).map((q) => q.document?.id)).toEqual(["d1", "d1"]);
    expect(quotesOf(["q1", "q2", "q3"], ["d1", "d2"], documents).map((q) => q.document)).toEqual([null, null, null]);
    expect(quotesOf(["q1"], ["unknown"], documents)[0].document).toBeNull();
  });
});
