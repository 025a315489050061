import { describe, expect, it } from "vitest";
import { scoreDocument } from "../../../src/eval/score-document.js";
import { entity, event, extraction, gold, relation, type GoldEventInput, type GoldRoleInput } from "./examples.js";

const DOC = "talks.txt";
const roe = entity("p:roe", "Jane Roe", "Person", "Jane Roe", "Roe");
const doe = entity("p:doe", "John Doe", "Person");
const ruritania = entity("c:ru", "Ruritania", "Country", "ruritanien");
const borduria = entity("c:bo", "Borduria", "Country");
const capital = entity("pl:strel", "Strelsau", "Place");
const league = entity("o:league", "Northern League", "Organization");
const goldEntities = [
  { name: "Jane Roe", type: "Person" as const, aliases: ["Roe"] },
  { name: "John Doe", type: "Person" as const },
  { name: "Ruritania", type: "Country" as const, aliases: ["Ruritanie"] },
  { name: "Borduria", type: "Country" as const },
  { name: "Strelsau", type: "Place" as const, altTypes: ["Country" as const], optional: true },
  { name: "Northern League", type: "Organization" as const, aliases: ["League"] },
];

describe("entities", () => {
  it("finds a gold entity by any alias or mention, in any word order, and only with a type it accepts", () => {
    const score = scoreDocument(
      gold(DOC, { entities: goldEntities }),
      extraction(DOC, { entities: [entity("p:roe", "Roe Jane", "Person"), entity("p:doe", "John Doe", "Organization"), ruritania] }),
    );
    expect(score.counts.entities.recall).toEqual({ hits: 2, of: 5 });
    expect(score.counts.entities.precision).toEqual({ hits: 2, of: 3 });
    expect(score.findings).toContainEqual({
      kind: "missed-entity",
      item: "John Doe (Person)",
      detail: "extracted as John Doe (Organization)",
      evidence: [],
    });
    expect(score.findings).toContainEqual({ kind: "false-entity", item: "John Doe (Organization)", evidence: [] });
  });

  it("accepts an alternative type, never requires an optional entity, and does not score topics", () => {
    const asCountry = entity("c:strel", "Strelsau", "Country");
    const topic = entity("t:trade", "Trade", "Topic");
    const score = scoreDocument(gold(DOC, { entities: goldEntities }), extraction(DOC, { entities: [asCountry, topic] }));
    expect(score.counts.entities.precision).toEqual({ hits: 1, of: 1 });
    expect(score.counts.entities.recall).toEqual({ hits: 0, of: 5 });
  });
});

describe("events", () => {
  const meeting: GoldEventInput = { type: "Meeting", participants: ["Jane Roe", "John Doe"], date: "2026-03-04", status: "occurred" };
  const score = (events: ReturnType<typeof event>[], goldEvents: GoldEventInput[] = [meeting]) =>
    scoreDocument(
      gold(DOC, { entities: goldEntities, events: goldEvents }),
      extraction(DOC, { entities: [roe, doe, ruritania, borduria, capital, league], events }),
    );

  it("matches an extracted summit or talks to a gold Meeting with every gold participant", () => {
    expect(score([event("Talks", ["p:roe", "p:doe"], { date: "2026-03-04" })]).counts.events).toEqual({
      precision: { hits: 1, of: 1 },
      recall: { hits: 1, of: 1 },
    });
    const oneMissing = score([event("Summit", ["p:roe", "c:ru"], { date: "2026-03-04" })]);
    expect(oneMissing.counts.events.recall).toEqual({ hits: 0, of: 1 });
    expect(oneMissing.findings).toContainEqual(
      expect.objectContaining({ kind: "missed-event", item: "Meeting(Jane Roe, John Doe) occurred 2026-03-04" }),
    );
  });

  it("counts the place among the participants, so a visit to a city is found", () => {
    const visit = { type: "Visit", participants: ["Jane Roe", "Strelsau"], status: "occurred" as const };
    const found = score([event("State visit", ["p:roe"], { place: "pl:strel" })], [visit]);
    expect(found.counts.events.recall).toEqual({ hits: 1, of: 1 });
  });

  it("needs the gold status: a planned meeting is not the meeting that occurred", () => {
    const planned = score([event("Meeting", ["p:roe", "p:doe"], { status: "planned" })]);
    expect(planned.counts.events.recall.hits).toBe(0);
    expect(planned.counts.statuses).toEqual({ hits: 0, of: 1 });
    const missed = planned.findings.find((finding) => finding.kind === "missed-event");
    expect(missed?.detail).toBe("closest extraction: Meeting(Jane Roe, John Doe) planned");
    expect(missed?.evidence).toEqual(["A sentence about the meeting."]);
  });

  it("measures status accuracy over the events found whatever their status", () => {
    const both = score([
      event("Meeting", ["p:roe", "p:doe"], { status: "planned" }),
      event("Meeting", ["p:doe", "p:roe"], { date: "2026-03" }),
    ]);
    expect(both.counts.statuses).toEqual({ hits: 1, of: 1 });
    expect(score([event("Call", ["p:roe", "p:doe"])]).counts.statuses).toEqual({ hits: 0, of: 0 });
  });

  it("takes the date, or a more precise one inside it, or any date of a list; not a less precise one", () => {
    const dated = (date: string, goldDate: string | string[]) =>
      score([event("Meeting", ["p:roe", "p:doe"], { date })], [{ ...meeting, date: goldDate }]).counts.dates;
    expect(dated("2026-03-04", "2026-03-04")).toEqual({ hits: 1, of: 1 });
    expect(dated("2026-03-04", "2026-03")).toEqual({ hits: 1, of: 1 });
    expect(dated("2026-03-04", "2026")).toEqual({ hits: 1, of: 1 });
    expect(dated("2026-03-05", ["2026-03-04", "2026-03-05"])).toEqual({ hits: 1, of: 1 });
    expect(dated("2026-03", "2026-03-04")).toEqual({ hits: 0, of: 1 });
    expect(dated("2027-03-04", "2026")).toEqual({ hits: 0, of: 1 });
  });

  it("lists a wrong date with what was extracted and the sentence", () => {
    const wrong = score([event("Meeting", ["p:roe", "p:doe"], { date: "2025-03-04" })]);
    expect(wrong.findings).toContainEqual({
      kind: "wrong-date",
      item: "Meeting(Jane Roe, John Doe) occurred 2026-03-04",
      detail: "extracted 2025-03-04",
      evidence: ["A sentence about the meeting."],
    });
  });

  it("does not date an undated gold event, nor require an optional one", () => {
    const undated = score(
      [event("Meeting", ["p:roe", "p:doe"])],
      [
        { ...meeting, date: null },
        { ...meeting, type: "Signing", optional: true },
      ],
    );
    expect(undated.counts.dates).toEqual({ hits: 0, of: 0 });
    expect(undated.counts.events.recall).toEqual({ hits: 1, of: 1 });
  });

  it("counts an extracted event of a scored type no gold event accounts for as a false positive, and ignores unscored types", () => {
    const extra = score([event("Signing", ["p:roe"]), event("Statement", ["p:doe"])]);
    expect(extra.counts.events.precision).toEqual({ hits: 0, of: 1 });
    expect(extra.findings).toContainEqual({
      kind: "false-event",
      item: "Signing(Jane Roe) occurred",
      evidence: ["A sentence about the signing."],
    });
  });

  it("shows the annotator's sentence beside a miss the extraction has nothing close to", () => {
    const missed = score([], [{ ...meeting, evidence: "Jane Roe met John Doe on Wednesday." }]);
    expect(missed.findings).toContainEqual(
      expect.objectContaining({ kind: "missed-event", evidence: ["Jane Roe met John Doe on Wednesday."] }),
    );
  });
});

describe("roles", () => {
  const minister: GoldRoleInput = { person: "Jane Roe", titles: ["Foreign Minister", "ministre des Affaires étrangères"], of: "Ruritania" };
  const score = (relations: ReturnType<typeof relation>[], roles: GoldRoleInput[] = [minister]) =>
    scoreDocument(gold(DOC, { entities: goldEntities, roles }), extraction(DOC, { entities: [roe, doe, ruritania, borduria], relations }));

  it("accepts a title that contains an accepted one or is contained in one, in its normalised or verbatim form", () => {
    const longer = score([relation("HOLDS_ROLE", "p:roe", "c:ru", { title: "Deputy Foreign Minister" })]);
    expect(longer.counts.roles).toEqual({ precision: { hits: 1, of: 1 }, recall: { hits: 1, of: 1 } });
    const shorter = score([relation("HOLDS_ROLE", "p:roe", "c:ru", { title: "Minister", titleText: "Ministre des affaires etrangeres" })]);
    expect(shorter.counts.roles.recall.hits).toBe(1);
    const other = score([relation("HOLDS_ROLE", "p:roe", "c:ru", { title: "Defence Minister" })]);
    expect(other.counts.roles.recall.hits).toBe(0);
  });

  it("needs the gold holder when the gold names one, and none when it does not", () => {
    const elsewhere = relation("HOLDS_ROLE", "p:roe", "c:bo", { title: "Foreign Minister" });
    expect(score([elsewhere]).counts.roles.recall.hits).toBe(0);
    expect(score([elsewhere], [{ ...minister, of: null }]).counts.roles.recall.hits).toBe(1);
  });

  it("lists a missed role with what the person was given instead, and an extra role as a false positive", () => {
    const wrong = score([relation("HOLDS_ROLE", "p:roe", "c:ru", { title: "Prime Minister" })]);
    expect(wrong.findings).toContainEqual({
      kind: "missed-role",
      item: "Jane Roe: Foreign Minister of Ruritania",
      detail: "extracted Jane Roe: Prime Minister of Ruritania",
      evidence: ["A sentence stating HOLDS_ROLE."],
    });
    expect(wrong.findings).toContainEqual(expect.objectContaining({ kind: "false-role", item: "Jane Roe: Prime Minister of Ruritania" }));
  });
});

describe("relations", () => {
  const score = (relations: ReturnType<typeof relation>[]) =>
    scoreDocument(
      gold(DOC, {
        entities: goldEntities,
        relations: [
          { type: "MEMBER_OF", source: "Ruritania", target: "Northern League" },
          { type: "SIGNED", source: "Jane Roe", target: "Northern League", optional: true },
        ],
      }),
      extraction(DOC, { entities: [roe, doe, ruritania, borduria, league], relations }),
    );

  it("takes any membership type for another, by the names of both ends", () => {
    expect(score([relation("PARTY_TO", "c:ru", "o:league")]).counts.relations).toEqual({
      precision: { hits: 1, of: 1 },
      recall: { hits: 1, of: 1 },
    });
    expect(score([relation("MEMBER_OF", "c:bo", "o:league")]).counts.relations.recall.hits).toBe(0);
  });

  it("counts relations of the four scored types for precision, an optional gold relation as right", () => {
    const counts = score([
      relation("SIGNED", "p:roe", "o:league"),
      relation("SIGNED", "p:doe", "o:league"),
      relation("LOCATED_IN", "c:ru", "o:league"),
    ]).counts;
    expect(counts.relations.precision).toEqual({ hits: 1, of: 2 });
  });

  it("says when a missed relation was extracted under a type that does not count", () => {
    const signed = score([relation("SIGNED", "c:ru", "o:league")]);
    expect(signed.findings).toContainEqual({
      kind: "missed-relation",
      item: "Ruritania MEMBER_OF Northern League",
      detail: "extracted as Ruritania SIGNED Northern League",
      evidence: ["A sentence stating SIGNED."],
    });
  });
});

describe("grounding", () => {
  const text = "Jane Roe met John Doe.";
  const grounded = extraction(DOC, {
    entities: [
      { ...roe, mentions: [{ start: 0, end: 8, text: "Jane Roe" }] },
      { ...doe, mentions: [{ start: 13, end: 21, text: "John Doe" }] },
    ],
    events: [event("Meeting", ["p:roe", "p:doe"], { evidence: [{ start: 0, end: 22, text }] })],
  });

  it("checks every span of a .txt article against the file, and lists the ones that are not there", () => {
    expect(scoreDocument(gold(DOC), grounded, text).counts.grounding).toEqual({ hits: 3, of: 3 });
    const shifted = scoreDocument(gold(DOC), grounded, ` ${text}`);
    expect(shifted.counts.grounding).toEqual({ hits: 0, of: 3 });
    expect(shifted.findings).toContainEqual({
      kind: "not-verbatim",
      item: '"Jane Roe" at 0–8',
      detail: 'the file has " Jane Ro" there',
      evidence: [],
    });
  });

  it("does not check an .html article, nor one whose text was not given", () => {
    const html = { ...grounded, document: { ...grounded.document, source: "talks.html" } };
    expect(scoreDocument(gold("talks.html"), html, "whatever").counts.grounding).toEqual({ hits: 0, of: 0 });
    expect(scoreDocument(gold(DOC), grounded).counts.grounding).toEqual({ hits: 0, of: 0 });
  });
});

describe("an article missing from the extraction", () => {
  it("counts every required item as missed and says so", () => {
    const score = scoreDocument(
      gold(DOC, {
        entities: goldEntities,
        events: [{ type: "Meeting", participants: ["Jane Roe"] }],
        roles: [{ person: "Jane Roe", titles: ["Minister"], optional: true }],
        relations: [{ type: "MEMBER_OF", source: "Ruritania", target: "Northern League" }],
      }),
      undefined,
    );
    expect(score.extracted).toBe(false);
    expect(score.counts.entities).toEqual({ precision: { hits: 0, of: 0 }, recall: { hits: 0, of: 5 } });
    expect(score.counts.events.recall).toEqual({ hits: 0, of: 1 });
    expect(score.counts.roles.recall).toEqual({ hits: 0, of: 0 });
    expect(score.counts.relations.recall).toEqual({ hits: 0, of: 1 });
    expect(score.findings).toEqual([{ kind: "missing-document", item: "talks.txt: not in the extraction", evidence: [] }]);
  });
});
