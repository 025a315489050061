import { describe, expect, it } from "vitest";
import { isGroundable, isScoredEntityType, isScoredRelationType, sameRelationType, scoredEventType } from "../../../src/eval/vocabulary.js";

describe("scoredEventType", () => {
  it("reads meetings, summits, talks and conferences as Meeting", () => {
    for (const type of ["Meeting", "summit", "Talks", "Conference"]) expect(scoredEventType(type)).toBe("Meeting");
  });

  it("reads visits and state visits as Visit, signings and agreement signings as Signing, whatever the spelling", () => {
    expect(scoredEventType("State visit")).toBe("Visit");
    expect(scoredEventType("StateVisit")).toBe("Visit");
    expect(scoredEventType("agreement-signing")).toBe("Signing");
    expect(scoredEventType("Signing")).toBe("Signing");
  });

  it("scores no other type, not even a name an object happens to have", () => {
    for (const type of ["Call", "PressConference", "Statement", "constructor", ""]) expect(scoredEventType(type)).toBeNull();
  });
});

describe("relation and entity types", () => {
  it("counts the three membership types as one another, and SIGNED only as itself", () => {
    expect(sameRelationType("MEMBER_OF", "PARTY_TO")).toBe(true);
    expect(sameRelationType("PARTICIPATES_IN", "MEMBER_OF")).toBe(true);
    expect(sameRelationType("SIGNED", "SIGNED")).toBe(true);
    expect(sameRelationType("SIGNED", "PARTY_TO")).toBe(false);
    expect(sameRelationType("HOLDS_ROLE", "MEMBER_OF")).toBe(false);
  });

  it("scores the four fact relations and six entity types; never a Topic or a role", () => {
    expect(["PARTICIPATES_IN", "PARTY_TO", "MEMBER_OF", "SIGNED"].every(isScoredRelationType)).toBe(true);
    expect(isScoredRelationType("HOLDS_ROLE")).toBe(false);
    expect(isScoredEntityType("Agreement")).toBe(true);
    expect(isScoredEntityType("Topic")).toBe(false);
  });
});

describe("isGroundable", () => {
  it("checks spans of .txt and .md files only", () => {
    expect(isGroundable("a.txt")).toBe(true);
    expect(isGroundable("notes/b.MD")).toBe(true);
    expect(isGroundable("c.html")).toBe(false);
    expect(isGroundable("https://example.org/story")).toBe(false);
  });
});
