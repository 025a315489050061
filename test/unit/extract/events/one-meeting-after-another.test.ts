/**
 * One subject, several counterparts one after another: "X s'est entretenu avec Y, puis avec Z", "X met Y on
 * Monday and then Z", "X spoke with Y and also spoke with Z" tell a meeting with each; "X met Y and Z" and "during
 * the talks, the two leaders also discussed …" tell one. End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

function gatherings(body: string, published = "2026-03-04") {
  return namedEvents(body, published, "Meeting", "Call").map(({ type, date, participants }) => ({ type, date, participants }));
}

const with_ = (...names: string[]): unknown => expect.objectContaining({ participants: [...names].sort() });

describe("one meeting after another in one sentence", () => {
  it("'puis avec Z', 'then with Z': the verb left out, another meeting", () => {
    const fr = gatherings(
      "Le ministre belge des Affaires étrangères Henri Lambert s'est entretenu mardi avec son homologue allemand Jonas Albrecht, puis avec la ministre italienne Chiara Fontana.",
    );
    expect(fr).toHaveLength(2);
    expect(fr).toContainEqual(with_("Henri Lambert", "Jonas Albrecht"));
    expect(fr).toContainEqual(with_("Henri Lambert", "Chiara Fontana"));
    const en = gatherings(
      "Belgian Foreign Minister Henri Lambert met German Chancellor Jonas Albrecht on Monday and then Italian Prime Minister Chiara Fontana on Tuesday.",
    );
    expect(en).toEqual([
      { type: "Meeting", date: "2026-03-02", participants: ["Jonas Albrecht", "Henri Lambert"].sort() },
      { type: "Meeting", date: "2026-03-03", participants: ["Chiara Fontana", "Henri Lambert"].sort() },
    ]);
  });

  it("counterparts left unnamed: each country its own meeting", () => {
    const found = gatherings(
      "Le ministre belge des Affaires étrangères Henri Lambert s'est entretenu lundi avec son homologue italien, puis avec son homologue allemand.",
    );
    expect(found).toHaveLength(2);
    expect(found).toContainEqual(with_("Henri Lambert", "Italy"));
    expect(found).toContainEqual(with_("Henri Lambert", "Germany"));
  });

  it("a link and a meeting verb: 'and also spoke with', 'et a également rencontré', 'avant de s'entretenir avec'", () => {
    const en = gatherings(
      "Henri Lambert spoke by phone with Chancellor Jonas Albrecht on Tuesday, and also spoke with President Marc Dufour.",
    );
    expect(en).toEqual([
      { type: "Call", date: "2026-03-03", participants: ["Jonas Albrecht", "Henri Lambert"].sort() },
      { type: "Call", date: "2026-03-03", participants: ["Henri Lambert", "Marc Dufour"].sort() },
    ]);
    for (const body of [
      "Henri Lambert s'est entretenu mardi avec le chancelier Jonas Albrecht et a également rencontré le président Marc Dufour.",
      "Henri Lambert s'est entretenu mardi avec le chancelier Jonas Albrecht, avant de s'entretenir avec le président Marc Dufour.",
    ]) {
      const fr = gatherings(body);
      expect(fr).toHaveLength(2);
      expect(fr).toContainEqual(with_("Henri Lambert", "Jonas Albrecht"));
      expect(fr).toContainEqual(with_("Henri Lambert", "Marc Dufour"));
    }
  });

  it("two counterparts joined by 'and' meet the subject together", () => {
    expect(gatherings("Henri Lambert met Chancellor Jonas Albrecht and President Marc Dufour in Paris on Tuesday.")).toEqual([
      { type: "Meeting", date: "2026-03-03", participants: ["Jonas Albrecht", "Henri Lambert", "Marc Dufour"].sort() },
    ]);
  });

  it("a continuation of the same talks stays one meeting", () => {
    expect(
      gatherings(
        "Henri Lambert met Chancellor Jonas Albrecht in Berlin on Tuesday. During the talks, the two leaders also discussed energy security.",
      ),
    ).toHaveLength(1);
    expect(
      gatherings(
        "Henri Lambert a rencontré mardi le chancelier Jonas Albrecht à Berlin. Les deux dirigeants ont ensuite évoqué la sécurité énergétique.",
      ),
    ).toHaveLength(1);
  });

  it("a counterpart who then meets someone else: no meeting of the subject with that one", () => {
    const found = gatherings("Henri Lambert met Chancellor Jonas Albrecht, who then met President Marc Dufour.");
    expect(found).toContainEqual(with_("Henri Lambert", "Jonas Albrecht"));
    expect(found).not.toContainEqual(with_("Henri Lambert", "Marc Dufour"));
  });

  it("a link followed by another verb is no second meeting", () => {
    const found = gatherings(
      "Henri Lambert met Chancellor Jonas Albrecht on Monday, and later told reporters that President Marc Dufour would join.",
    );
    expect(found).toEqual([{ type: "Meeting", date: "2026-03-02", participants: ["Jonas Albrecht", "Henri Lambert"].sort() }]);
  });
});

describe("one meeting after another across sentences", () => {
  it("'He also spoke with Z', 'Il a également rencontré son homologue italien': another meeting of the same subject", () => {
    const en = gatherings(
      "Henri Lambert spoke by phone with Chancellor Jonas Albrecht on Tuesday. He also spoke with President Marc Dufour.",
    );
    expect(en).toHaveLength(2);
    expect(en).toContainEqual(with_("Henri Lambert", "Jonas Albrecht"));
    expect(en).toContainEqual(with_("Henri Lambert", "Marc Dufour"));
    const fr = gatherings(
      "Le ministre belge des Affaires étrangères Henri Lambert s'est entretenu mardi avec son homologue allemand. Il a également rencontré son homologue italien.",
    );
    expect(fr).toHaveLength(2);
    expect(fr).toContainEqual(with_("Henri Lambert", "Germany"));
    expect(fr).toContainEqual(with_("Henri Lambert", "Italy"));
  });

  it("a pronoun with no counterpart after it adds no meeting", () => {
    expect(
      gatherings("Belgian Foreign Minister Henri Lambert met his German counterpart on Tuesday. He said the talks were useful."),
    ).toHaveLength(1);
  });
});
