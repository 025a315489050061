import { describe, expect, it } from "vitest";
import { eventProbes, planDocument } from "../../../src/store/plan.js";
import { readFixture } from "../../fixtures/extractions/index.js";
import type { DocumentExtraction } from "../../../src/model/extraction.js";

describe("planDocument", () => {
  it("turns entities, events and facts into rows attributed to the document", () => {
    const plan = planDocument(readFixture("meeting-pm"));
    expect(plan.document.id).toBe("doc:fixture-meeting-pm");
    expect(plan.entities.find((entity) => entity.id === "person:sanae-takaichi")).toMatchObject({ mentionCount: 2, wikidata: "Q3368681" });
    expect(plan.events).toHaveLength(2);
    const meeting = plan.events.find((event) => event.date === "2026-01-31");
    expect(meeting?.id).toMatch(/^event:meeting:2026-01-31:/);
    expect(
      plan.participations
        .filter((fact) => fact.to === meeting?.id)
        .map((fact) => fact.from)
        .sort(),
    ).toEqual(["person:keir-starmer", "person:sanae-takaichi"]);
    expect(plan.eventLinks.map((fact) => fact.type).sort()).toEqual(["ABOUT", "TOOK_PLACE_IN"]);
    expect(plan.roles.map((role) => [role.person, role.title, role.titleKind, role.asOf])).toContainEqual([
      "person:keir-starmer",
      "Prime Minister",
      "head-of-government",
      "2026-01-31",
    ]);
    expect(plan.relations.every((fact) => fact.evidence.length > 0)).toBe(true);
    expect(plan.persons.sort()).toEqual(["person:keir-starmer", "person:sanae-takaichi"]);
  });

  it("gives the same meeting told by two documents the same id, and reuses a stored event's id", () => {
    const first = planDocument(readFixture("meeting-pm")).events.find((event) => event.type === "Meeting" && event.status === "occurred");
    const second = planDocument(readFixture("meeting-opposition")).events[0];
    expect(second?.id).toBe(first?.id);
    const stored = {
      id: "event:stored",
      type: "Meeting",
      date: "2026-01",
      status: "occurred" as const,
      participants: ["person:sanae-takaichi", "person:keir-starmer"],
    };
    expect(planDocument(readFixture("meeting-opposition"), [stored]).events[0]?.id).toBe("event:stored");
  });

  it("merges two reports of one event within a document and keeps the more precise date", () => {
    const base = readFixture("meeting-opposition");
    const [report] = base.events;
    if (!report) throw new Error("fixture without event");
    const doubled: DocumentExtraction = {
      ...base,
      events: [
        { ...report, date: "2026-01" },
        { ...report, id: "m2", evidence: [{ start: 0, end: 4, text: "same" }] },
      ],
    };
    const plan = planDocument(doubled);
    expect(plan.events).toHaveLength(1);
    expect(plan.events[0]?.date).toBe("2026-01-31");
    expect(plan.events[0]?.evidence).toHaveLength(2);
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

describe("eventProbes", () => {
  it("asks for events of the same type and status around the year", () => {
    expect(eventProbes(readFixture("meeting-opposition"))).toEqual([
      {
        type: "Meeting",
        status: "occurred",
        participants: ["person:keir-starmer", "person:sanae-takaichi"],
        years: ["2025", "2026", "2027"],
      },
    ]);
  });
});
