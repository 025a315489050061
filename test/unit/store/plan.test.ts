import { describe, expect, it } from "vitest";
import {
  entityRowsOfBatch,
  factRowsOfBatch,
  planDocument,
  roleRowsOfBatch,
  type DocumentPlan,
  type EntityRow,
  type FactRow,
  type RoleRow,
} from "../../../src/store/plan.js";
import { TEST_PLACES } from "../../support/reports.js";
import { readFixture } from "../../fixtures/extractions/index.js";
import type { DocumentExtraction } from "../../../src/model/extraction.js";

describe("planDocument", () => {
  it("turns entities, events and facts into rows attributed to the document", () => {
    const plan = planDocument(readFixture("meeting-pm"));
    expect(plan.document.id).toBe("doc:fixture-meeting-pm");
    expect(plan.entities.find((entity) => entity.id === "person:sanae-takaichi")).toMatchObject({ mentionCount: 2, wikidata: "Q3368681" });
    expect(plan.reports).toHaveLength(2);
    const meeting = plan.reports.find((report) => report.date === "2026-01-31");
    expect(meeting).toMatchObject({
      document: "doc:fixture-meeting-pm",
      published: "2026-02-02",
      type: "Meeting",
      status: "occurred",
      participants: ["person:keir-starmer", "person:sanae-takaichi"],
    });
    expect(meeting?.places.length).toBe(1);
    expect(meeting?.topics.length).toBe(1);
    expect(plan.names.get("person:sanae-takaichi")).toEqual({ name: "Sanae Takaichi", type: "Person" });
    expect(plan.roles.map((role) => [role.person, role.title, role.titleKind, role.asOf])).toContainEqual([
      "person:keir-starmer",
      "Prime Minister",
      "head-of-government",
      "2026-01-31",
    ]);
    expect(plan.relations.every((fact) => fact.evidence.length > 0)).toBe(true);
    expect(plan.persons.sort()).toEqual(["person:keir-starmer", "person:sanae-takaichi"]);
  });

  it("writes an office not held now as its own role, its title saying so: never the office's current holder", () => {
    const base = readFixture("meeting-pm");
    const holds = base.relations.find((relation) => relation.type === "HOLDS_ROLE" && relation.properties?.title === "Prime Minister");
    if (!holds) throw new Error("fixture without a Prime Minister");
    const withTenure = (tenure: string | undefined, former?: boolean): DocumentExtraction => ({
      ...base,
      relations: [{ ...holds, properties: { ...holds.properties, tenure, ...(former === undefined ? {} : { former }) } }],
    });
    const stored = (extraction: DocumentExtraction) => planDocument(extraction).roles.map((role) => [role.title, role.tenure]);
    expect(stored(withTenure("former"))).toEqual([["Former Prime Minister", "former"]]);
    expect(stored(withTenure("acting"))).toEqual([["Acting Prime Minister", "acting"]]);
    expect(stored(withTenure("designated"))).toEqual([["Prime Minister-designate", "designated"]]);
    expect(stored(withTenure("current"))).toEqual([["Prime Minister", "current"]]);
    // An extraction from before tenures: `former` alone, or nothing (held now).
    expect(stored(withTenure(undefined, true))).toEqual([["Former Prime Minister", "former"]]);
    expect(stored(withTenure(undefined))).toEqual([["Prime Minister", "current"]]);
  });

  it("folds a document's mentions of one event into one report: the most precise date, its quotes in text order", () => {
    const base = readFixture("meeting-opposition");
    const [mention] = base.events;
    if (!mention) throw new Error("fixture without event");
    const doubled: DocumentExtraction = {
      ...base,
      events: [
        { ...mention, date: "2026-01", evidence: [{ start: 0, end: 5, text: "first" }] },
        { ...mention, id: "m2", evidence: [{ start: 9, end: 13, text: "same" }] },
        { ...mention, id: "m3", date: null, status: "planned", evidence: [{ start: 20, end: 25, text: "later" }] },
        { ...mention, id: "m4", date: null, evidence: [{ start: 30, end: 35, text: "talks" }] },
      ],
    };
    const plan = planDocument(doubled, TEST_PLACES);
    // The undated plan, in an article published after the date, is another event.
    expect(plan.reports.map((report) => [report.status, report.date, report.evidence])).toEqual([
      ["occurred", "2026-01-31", ["first", "same", "talks"]],
      ["planned", null, ["later"]],
    ]);
  });

  it("keeps apart a document's mentions of different events: another place, another type", () => {
    const base = readFixture("meeting-opposition");
    const [mention] = base.events;
    if (!mention) throw new Error("fixture without event");
    const plan = planDocument(
      {
        ...base,
        entities: [
          ...base.entities,
          { id: "place:osaka", name: "Osaka", type: "Place", aliases: [], mentions: [{ start: 0, end: 5, text: "Osaka" }] },
        ],
        events: [
          { ...mention, place: "place:osaka" },
          { ...mention, id: "m2", type: "Visit" },
        ],
      },
      TEST_PLACES,
    );
    expect(plan.reports.map((report) => report.type).sort()).toEqual(["Meeting", "Visit"]);
  });

  it("falls back to the publication date when a role gives no date, and drops references to undefined entities", () => {
    const base = readFixture("meeting-opposition");
    const undated: DocumentExtraction = {
      ...base,
      relations: [
        ...base.relations.map((relation) => ({ ...relation, properties: { ...relation.properties, asOf: undefined } })),
        { type: "MEMBER_OF", source: "person:keir-starmer", target: "org:nowhere", evidence: [{ start: 0, end: 1, text: "x" }] },
      ],
    };
    const plan = planDocument(undated);
    expect(plan.roles.every((role) => role.asOf === "2026-02-01")).toBe(true);
    expect(plan.relations.map((fact) => fact.to)).toEqual(["org:uk-labour-party"]);
    expect(plan.warnings).toEqual(["MEMBER_OF refers to org:nowhere, which the document does not define"]);
  });

  it("keeps scalar relation properties and leaves out nested objects and provenance names", () => {
    const base = readFixture("agreement");
    const plan = planDocument({
      ...base,
      relations: [{ ...base.relations[2], properties: { date: "2023-01-11", sources: ["forged"], detail: { nested: true } } }],
    });
    expect(plan.relations[0]?.properties).toEqual({ date: "2023-01-11" });
    expect(plan.warnings).toEqual(["SIGNED property detail is not a scalar or a list of scalars: left out"]);
  });
});

describe("entityRowsOfBatch", () => {
  const entity = (fields: Partial<EntityRow> & { id: string }): EntityRow => ({
    name: fields.id,
    type: "Person",
    aliases: [],
    wikidata: null,
    mentionCount: 1,
    ...fields,
  });
  const document = (id: string, entities: EntityRow[]) => ({ document: { id } as DocumentPlan["document"], entities });

  it("writes an entity several documents mention once: first name and wikidata id, every alias and label, a count per document", () => {
    const rows = entityRowsOfBatch([
      document("doc:1", [entity({ id: "person:b", name: "Macron", aliases: ["E. Macron"], mentionCount: 2 }), entity({ id: "person:a" })]),
      document("doc:2", [entity({ id: "person:b", name: "Emmanuel Macron", aliases: ["Macron", "E. Macron"], wikidata: "Q3052772" })]),
      document("doc:3", [entity({ id: "person:b", type: "Organization", wikidata: "Q1", mentionCount: 3 })]),
    ]);
    expect(rows.map((row) => row.id)).toEqual(["person:a", "person:b"]);
    expect(rows[1]).toEqual({
      id: "person:b",
      name: "Macron",
      type: "Person",
      types: ["Person", "Organization"],
      wikidata: "Q3052772",
      aliases: ["E. Macron", "Macron"],
      mentions: [
        { document: "doc:1", count: 2 },
        { document: "doc:2", count: 1 },
        { document: "doc:3", count: 3 },
      ],
    });
  });
});

describe("factRowsOfBatch and roleRowsOfBatch", () => {
  const role = (fields: Partial<RoleRow>): RoleRow => ({
    person: "person:p",
    target: "country:T",
    title: "President",
    titleText: "président",
    titleKind: "other",
    tenure: "current",
    asOf: null,
    evidence: [],
    ...fields,
  });
  const fact = (fields: Partial<FactRow>): FactRow => ({
    type: "MEMBER_OF",
    from: "country:T",
    to: "org:U",
    evidence: [],
    properties: {},
    ...fields,
  });

  it("write a relationship several documents state once, each document's part sorted by document", () => {
    const documents = [
      {
        document: { id: "doc:b" },
        roles: [role({ evidence: ["b1"], asOf: "2026-01-01" })],
        relations: [fact({ evidence: ["b1"], properties: { since: "2020" } })],
      },
      {
        document: { id: "doc:a" },
        roles: [
          role({ titleText: "chef de l'État", titleKind: "head-of-state", evidence: ["a1"] }),
          role({ title: "Leader", evidence: ["a2"] }),
        ],
        relations: [fact({ evidence: ["a1"], properties: { since: "2021" } })],
      },
      // The same role twice in one document counts once: its first date, the quotes it had not given.
      {
        document: { id: "doc:c" },
        roles: [role({ evidence: ["c1"], asOf: "2026-02-01" }), role({ evidence: ["c1", "c2"], asOf: "2026-03-01" })],
        relations: [],
      },
    ] as Array<Pick<DocumentPlan, "document" | "roles" | "relations">>;
    expect(roleRowsOfBatch(documents)).toEqual([
      {
        person: "person:p",
        target: "country:T",
        title: "President",
        titleKind: "head-of-state",
        tenure: "current",
        titleTexts: ["président", "chef de l'État"],
        contributions: [
          { document: "doc:a", evidence: ["a1"], asOf: null },
          { document: "doc:b", evidence: ["b1"], asOf: "2026-01-01" },
          { document: "doc:c", evidence: ["c1", "c2"], asOf: "2026-02-01" },
        ],
      },
      {
        person: "person:p",
        target: "country:T",
        title: "Leader",
        titleKind: "other",
        tenure: "current",
        titleTexts: ["président"],
        contributions: [{ document: "doc:a", evidence: ["a2"], asOf: null }],
      },
    ]);
    expect(factRowsOfBatch(documents)).toEqual([
      {
        type: "MEMBER_OF",
        from: "country:T",
        to: "org:U",
        properties: { since: "2021" },
        contributions: [
          { document: "doc:a", evidence: ["a1"], asOf: null },
          { document: "doc:b", evidence: ["b1"], asOf: null },
        ],
      },
    ]);
  });
});
