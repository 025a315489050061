/**
 * Someone who stays away from an event, or is represented at it, takes no part in it; the event itself took place
 * (or is planned) with the others, the representative among them: "X did not attend the meeting with Y, sending his
 * deputy Z instead", "X s'est fait représenter par son secrétaire d'État Z à la réunion avec Y". End to end on our
 * own sentences, French and English.
 */
import { describe, expect, it } from "vitest";
import { namedEvents, namedEventsUnder } from "./named-events.js";

const PUBLISHED = "2026-12-04";

function meetings(body: string) {
  return namedEvents(body, PUBLISHED, "Meeting").map(({ status, participants }) => ({ status, participants }));
}

describe("someone staying away from an event", () => {
  it("a negated verb of attending leaves the event to the others ('did not attend', 'n'a pas assisté à')", () => {
    expect(
      meetings(
        "Finnish Defence Minister Mikko Laine did not attend the meeting with Swedish Defence Minister Pal Jonson in Stockholm, sending his deputy Anna Virtanen instead.",
      ),
    ).toEqual([{ status: "occurred", participants: ["Anna Virtanen", "Pal Jonson"] }]);
    expect(
      meetings(
        "Le ministre tunisien des Affaires étrangères Karim Ben Salah n'a pas assisté à la réunion avec son homologue algérien Ahmed Zerrouki, envoyant à sa place son secrétaire d'État Sami Gharbi.",
      ),
    ).toEqual([{ status: "occurred", participants: ["Ahmed Zerrouki", "Sami Gharbi"] }]);
    expect(meetings("Finnish Defence Minister Mikko Laine will not attend the NATO summit in Brussels next week.")).toEqual([
      { status: "planned", participants: ["NATO"] },
    ]);
  });

  it("the one represented is not a participant, the representative is ('was represented by', 's'est fait représenter par')", () => {
    expect(
      meetings(
        "Finnish Defence Minister Mikko Laine was represented by his deputy Anna Virtanen at the meeting with Swedish Defence Minister Pal Jonson in Stockholm.",
      ),
    ).toEqual([{ status: "occurred", participants: ["Anna Virtanen", "Pal Jonson"] }]);
    expect(
      meetings(
        "Le ministre tunisien des Affaires étrangères Karim Ben Salah s'est fait représenter par son secrétaire d'État Sami Gharbi à la réunion avec son homologue algérien Ahmed Zerrouki.",
      ),
    ).toEqual([{ status: "occurred", participants: ["Ahmed Zerrouki", "Sami Gharbi"] }]);
  });

  it("not when the negation or the representation is another's ('did not meet', 'where Norway was represented by')", () => {
    expect(meetings("Finnish Defence Minister Mikko Laine did not meet Swedish Defence Minister Pal Jonson in Stockholm.")).toEqual([]);
    expect(
      meetings("Le ministre tunisien des Affaires étrangères Karim Ben Salah n'a pas rencontré son homologue algérien Ahmed Zerrouki."),
    ).toEqual([]);
    expect(
      meetings(
        "Finnish Defence Minister Mikko Laine met Swedish Defence Minister Pal Jonson in Stockholm, where Norway was represented by its ambassador.",
      ),
    ).toEqual([{ status: "occurred", participants: ["Mikko Laine", "Pal Jonson"] }]);
  });

  it("a verb of snubbing keeps its subject out of the event, in a headline too ('snubs', 'to skip', 'a snobé', 'boycotte')", () => {
    const headline = (title: string, body: string) =>
      namedEventsUnder(title, body, PUBLISHED, "Meeting").filter((e) => e.participants.includes("Tomas Varga"));
    expect(headline("Varga snubs EU summit", "Slovak Prime Minister Tomas Varga stayed in Bratislava on Thursday.")).toEqual([]);
    expect(headline("Varga to skip NATO summit in Madrid", "Slovak Prime Minister Tomas Varga will stay in Bratislava.")).toEqual([]);
    expect(headline("Varga boycotte le sommet de l'UE", "Le Premier ministre slovaque Tomas Varga est resté jeudi à Bratislava.")).toEqual(
      [],
    );
    expect(
      meetings(
        "Le Premier ministre slovaque Tomas Varga a snobé le sommet de Bruxelles, où les dirigeants européens ont rencontré le président ukrainien Petro Danko.",
      ).flatMap((e) => e.participants),
    ).not.toContain("Tomas Varga");
    expect(
      meetings(
        "Slovak Prime Minister Tomas Varga shunned Thursday's summit in Brussels, where EU leaders met Ukrainian President Petro Danko.",
      ).flatMap((e) => e.participants),
    ).not.toContain("Tomas Varga");
  });

  it("not one who meets the others ('Varga meets Danko at EU summit')", () => {
    expect(
      namedEventsUnder(
        "Varga meets Danko at EU summit",
        "Slovak Prime Minister Tomas Varga met Ukrainian President Petro Danko in Brussels on Thursday.",
        PUBLISHED,
        "Meeting",
      ).flatMap((e) => e.participants),
    ).toContain("Tomas Varga");
  });
});
