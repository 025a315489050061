/**
 * A host receiving the leaders of other countries: "X will host the leaders of Vietnam and Thailand next month",
 * "Tokyo doit accueillir en mars les dirigeants de l'Inde et de l'Australie" tell a meeting of the host (the
 * person, or the country of an unnamed title, a country or its capital) with the guests' countries. End to end on
 * our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

function meetings(body: string, published = "2026-03-04") {
  return namedEvents(body, published, "Meeting").map(({ status, date, participants, place }) => ({ status, date, participants, place }));
}

describe("a host receiving the leaders of other countries", () => {
  it("an unnamed title hosts as its country: 'Malaysia's prime minister will host the leaders of Vietnam and Thailand'", () => {
    expect(meetings("Malaysia's prime minister will host the leaders of Vietnam and Thailand next month.")).toEqual([
      { status: "planned", date: "2026-04", participants: ["Malaysia", "Thailand", "Vietnam"], place: null },
    ]);
    expect(meetings("Le Premier ministre malaisien accueillera le mois prochain les dirigeants vietnamien et thaïlandais.")).toEqual([
      { status: "planned", date: "2026-04", participants: ["Malaysia", "Thailand", "Vietnam"], place: null },
    ]);
  });

  it("a named host, the guests' countries: 'X recevra les dirigeants de l'Allemagne et de la Pologne à Paris'", () => {
    expect(
      meetings("Le président chilien Andrés Soto recevra les dirigeants de l'Argentine et du Pérou à Santiago la semaine prochaine."),
    ).toEqual([{ status: "planned", date: "2026-03", participants: ["Andrés Soto", "Argentina", "Peru"], place: "Santiago" }]);
    expect(meetings("Chilean President Andrés Soto hosted leaders from Argentina and Peru on Monday.")).toEqual([
      { status: "occurred", date: "2026-03-02", participants: ["Andrés Soto", "Argentina", "Peru"], place: null },
    ]);
  });

  it("a country or its capital as host: 'Tokyo doit accueillir en mars les dirigeants de l'Inde et de l'Australie'", () => {
    const found = meetings("Tokyo doit accueillir en mars les dirigeants de l'Inde et de l'Australie.");
    expect(found).toEqual([expect.objectContaining({ status: "planned", date: "2026-03", participants: ["Australia", "India", "Japan"] })]);
    expect(meetings("Malaysia will host the Vietnamese and Thai leaders in Kuala Lumpur next month.")).toEqual([
      { status: "planned", date: "2026-04", participants: ["Malaysia", "Thailand", "Vietnam"], place: "Kuala Lumpur" },
    ]);
  });

  it("no leaders' group of countries after the host's verb: no meeting of countries", () => {
    expect(meetings("Malaysia will host a regional summit next month.")).toEqual([]);
    expect(meetings("Malaysia's prime minister received the support of the leaders of Vietnam and Thailand.")).toEqual([]);
    expect(meetings("Malaysia will host the leaders' dinner next month.")).toEqual([]);
  });
});

describe("the leaders of two countries or more as the subject", () => {
  it("'the leaders of India and Australia will meet', 'les dirigeants indien et australien se sont réunis'", () => {
    expect(meetings("Les dirigeants de l'Argentine et du Pérou se réuniront en mars à Santiago.")).toEqual([
      { status: "planned", date: "2026-03", participants: ["Argentina", "Peru"], place: "Santiago" },
    ]);
    expect(meetings("Les dirigeants argentin et péruvien se sont réunis mardi à Santiago.")).toEqual([
      { status: "occurred", date: "2026-03-03", participants: ["Argentina", "Peru"], place: "Santiago" },
    ]);
    expect(meetings("The leaders of Argentina and Peru will meet in Santiago in March.")).toEqual([
      { status: "planned", date: "2026-03", participants: ["Argentina", "Peru"], place: "Santiago" },
    ]);
  });

  it("one country's leaders, or a group that is not the verb's subject, tell no meeting of countries", () => {
    expect(meetings("The leaders of Argentina will meet in Santiago in March.")).toEqual([]);
    expect(meetings("The leaders of Argentina and Peru said on Monday that a summit could follow.")).toEqual([]);
  });
});
