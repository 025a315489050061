import { describe, expect, it } from "vitest";
import { rulesFor } from "../../../../ingest/extract/events/types.js";
import type { EventMention, StoryEvent } from "../../../../ingest/extract/events/mention.js";
import { contextFor } from "./support.js";

const mention = (type: string, people: string[], parties: string[] = [], agreementId: string | null = null): EventMention => ({
  type,
  cameo: undefined,
  plannedCameo: undefined,
  sentenceIndex: 0,
  trigger: { start: 0, end: 1 },
  anaphoric: false,
  such: false,
  rescheduled: false,
  earlier: false,
  later: false,
  subordinate: false,
  refersBack: false,
  groupSubject: false,
  ofMinisters: false,
  inPassing: false,
  weak: false,
  nearbyPeople: [],
  groupSize: null,
  groupOffices: null,
  status: "occurred",
  date: null,
  endDate: null,
  people,
  parties,
  place: null,
  topics: [],
  agreementId,
});
const event = (m: EventMention): StoryEvent => ({ ...m, sentenceIndices: [0], mentions: [m] });

describe("the event type table", () => {
  const ctx = contextFor("Le [G7](org:g7) se réunit avec le [Japon](country:JP).");

  it("enough: a visit needs its visitor, a signing one party, a meeting two sides or one organisation", () => {
    expect(rulesFor("Visit").enough(ctx, mention("Visit", [], ["country:JP", "org:g7"]))).toBe(false);
    expect(rulesFor("Visit").enough(ctx, mention("Visit", ["person:a"]))).toBe(true);
    expect(rulesFor("Signing").enough(ctx, mention("Signing", [], ["country:JP"]))).toBe(true);
    expect(rulesFor("Meeting").enough(ctx, mention("Meeting", [], ["org:g7"]))).toBe(true);
    expect(rulesFor("Meeting").enough(ctx, mention("Meeting", [], ["country:JP"]))).toBe(false);
    expect(rulesFor("Call").enough(ctx, mention("Call", [], ["org:g7"]))).toBe(false);
  });

  it("sameParticipants: one visitor, one agreement, people or parties in common", () => {
    expect(rulesFor("Visit").sameParticipants(event(mention("Visit", ["person:a"])), mention("Visit", ["person:b"]))).toBe(false);
    expect(
      rulesFor("Signing").sameParticipants(event(mention("Signing", [], [], "agreement:x")), mention("Signing", [], [], "agreement:y")),
    ).toBe(false);
    expect(
      rulesFor("Meeting").sameParticipants(event(mention("Meeting", ["person:a", "person:b"])), mention("Meeting", ["person:a"])),
    ).toBe(true);
  });

  it("sameParticipants of a signing: one agreement is one signing; two new signers of one kind are another", () => {
    const same = (e: EventMention, m: EventMention) => rulesFor("Signing").sameParticipants(event(e), m);
    const pair = (a: string, b: string, agreement: string | null = null) => mention("Signing", [], [a, b], agreement);
    // Disjoint pairs of countries, the agreement unnamed on one side: two signings.
    expect(same(pair("country:GB", "country:FR", "agreement:x"), pair("country:PL", "country:KR"))).toBe(false);
    expect(same(pair("country:GB", "country:FR"), pair("country:GB", "country:KR"))).toBe(true);
    // One agreement named on both sides: one signing, whoever signs.
    expect(same(pair("country:GB", "country:FR", "agreement:x"), pair("country:PL", "country:KR", "agreement:x"))).toBe(true);
    // A lone signer may be a co-signer; people against countries says nothing.
    expect(same(pair("org:airbus", "org:occar"), mention("Signing", [], ["org:leonardo"]))).toBe(true);
    expect(same(pair("country:JP", "country:GB"), mention("Signing", ["person:a", "person:b"]))).toBe(true);
    expect(same(mention("Signing", ["person:a", "person:b"]), mention("Signing", ["person:c", "person:d"]))).toBe(false);
  });

  it("sameParticipants of a signing: one told as another ('also signed', 'ont par ailleurs signé') joins only a signing of its agreement", () => {
    const same = (e: EventMention, m: EventMention) => rulesFor("Signing").sameParticipants(event(e), m);
    const another = (m: EventMention): EventMention => ({ ...m, another: true });
    const signers = mention("Signing", ["person:a", "person:b"]);
    expect(same(signers, mention("Signing", [], ["country:JP", "country:GB"], "agreement:x"))).toBe(true);
    expect(same(signers, another(mention("Signing", [], ["country:JP", "country:GB"], "agreement:x")))).toBe(false);
    expect(same(signers, another(mention("Signing", [], ["country:JP", "country:GB"])))).toBe(false);
    const ofX = mention("Signing", ["person:a", "person:b"], [], "agreement:x");
    expect(same(ofX, another(mention("Signing", ["person:c"], [], "agreement:x")))).toBe(true);
  });

  it("trip: only a visit is a trip", () => {
    expect(rulesFor("Visit").trip).toBe(true);
    expect(["Signing", "Meeting", "PressConference"].map((t) => rulesFor(t).trip)).toEqual([false, false, false]);
  });
});
