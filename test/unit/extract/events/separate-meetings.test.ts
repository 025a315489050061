/**
 * One subject meeting several counterparts apart ("met separately with Y and Z", "a reçu tour à tour Y et Z", "met Y and
 * Z separately"): a meeting with each; and a meeting held on the sidelines of another event is not that event, whose
 * phrase keeps only what it names. End to end on our own sentences, French and English.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const PUBLISHED = "2026-12-17";

function meetings(body: string) {
  return namedEvents(body, PUBLISHED, "Meeting")
    .map(({ status, participants }) => ({ status, participants }))
    .sort((a, b) => a.participants.join().localeCompare(b.participants.join()));
}

const apart = [
  { status: "occurred", participants: ["Anna Berg", "Marko Lazic"] },
  { status: "occurred", participants: ["Anna Berg", "Milan Petrov"] },
];

describe("meetings held apart", () => {
  it("an adverb next to the verb gives each counterpart a meeting ('met separately with Y and with Z', 'séparément')", () => {
    expect(meetings("Minister Anna Berg met separately with Prime Minister Milan Petrov and with Prime Minister Marko Lazic.")).toEqual(
      apart,
    );
    expect(meetings("Minister Anna Berg separately met Prime Minister Milan Petrov and Prime Minister Marko Lazic.")).toEqual(apart);
    expect(
      meetings(
        "La ministre Anna Berg s'est entretenue séparément avec le Premier ministre Milan Petrov et avec le Premier ministre Marko Lazic.",
      ),
    ).toEqual(apart);
    expect(
      meetings("La ministre Anna Berg a reçu tour à tour le Premier ministre Milan Petrov et le Premier ministre Marko Lazic."),
    ).toEqual(apart);
  });

  it("so does the adverb after the counterparts ('met Y and Z separately'), and a later denied verb is another event", () => {
    expect(
      meetings("Minister Anna Berg met Milan Petrov and Marko Lazic separately, but the two prime ministers did not meet each other."),
    ).toEqual(apart);
  });

  it("without the adverb the counterparts meet the subject together", () => {
    expect(meetings("Minister Anna Berg met Prime Minister Milan Petrov and Prime Minister Marko Lazic in Brussels on Monday.")).toEqual([
      { status: "occurred", participants: ["Anna Berg", "Marko Lazic", "Milan Petrov"] },
    ]);
  });
});

describe("a meeting on the sidelines of another event", () => {
  it("is not the occasion's, which keeps only what its own phrase names ('On the sidelines of Wednesday's summit', 'en marge du')", () => {
    expect(meetings("On the sidelines of Wednesday's summit, Minister Anna Berg met Prime Minister Milan Petrov.")).toEqual([
      { status: "occurred", participants: ["Anna Berg", "Milan Petrov"] },
    ]);
    expect(
      meetings(
        "On the sidelines of Wednesday's summit, Minister Anna Berg met separately with Prime Minister Milan Petrov and with Prime Minister Marko Lazic.",
      ),
    ).toEqual(apart);
    expect(
      meetings("En marge du sommet de mercredi, la ministre Anna Berg s'est entretenue avec le Premier ministre Milan Petrov."),
    ).toEqual([{ status: "occurred", participants: ["Anna Berg", "Milan Petrov"] }]);
  });
});
