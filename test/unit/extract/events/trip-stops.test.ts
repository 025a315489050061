/**
 * A trip's stops: "il fera escale mercredi à Abidjan", "he will stop over in Manila", "toured the shipyard in
 * Nagasaki", and a stop named by its noun and place ("l'étape de Bamako a été annulée", "the Jakarta leg of the
 * trip has been postponed") are visits of their own, not the whole trip told again. End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

function visits(body: string, published = "2026-12-03") {
  return namedEvents(body, published, "Visit").map(({ status, date, participants, place }) => ({
    status,
    date,
    visitors: participants,
    place,
  }));
}

describe("a trip's stops", () => {
  it("a stopover told by its verb is a visit to that place", () => {
    expect(visits("Le ministre Jean Morel quitte Dakar jeudi. Il fera escale samedi à Abidjan.")).toContainEqual({
      status: "planned",
      date: "2026-12-05",
      visitors: ["Jean Morel"],
      place: "Abidjan",
    });
    expect(visits("Foreign Minister Karin Holm left Tokyo. She will stop over in Manila on Saturday.")).toContainEqual({
      status: "planned",
      date: "2026-12-05",
      visitors: ["Karin Holm"],
      place: "Manila",
    });
  });

  it("touring a site in a city is a visit to the city", () => {
    expect(visits("Foreign Minister Karin Holm toured a shipyard in Nagasaki on Tuesday.")).toEqual([
      { status: "occurred", date: "2026-12-01", visitors: ["Karin Holm"], place: "Nagasaki" },
    ]);
  });

  it("a stop called off, named by its noun and its place, is a cancelled visit there, apart from the trip", () => {
    const french = visits("Le ministre Jean Morel est en tournée en Afrique de l'Ouest. L'étape de Bamako a été annulée.");
    expect(french).toContainEqual({ status: "cancelled", date: null, visitors: ["Jean Morel"], place: "Bamako" });
    expect(french.filter((v) => v.status === "occurred")).toHaveLength(1);
    const english = visits("Foreign Minister Karin Holm is on a tour of Asia. The Jakarta leg of the trip has been cancelled.");
    expect(english).toContainEqual({ status: "cancelled", date: null, visitors: ["Karin Holm"], place: "Jakarta" });
  });

  it("the traveller of a stop called off is the subject a pronoun stands for, not the host named after it", () => {
    expect(
      visits(
        "Le ministre Jean Morel s'est rendu lundi à Abidjan. Il y a été accueilli par le chef d'état-major, le général Amadou Koné. L'étape à Accra a été reportée.",
      ),
    ).toContainEqual({ status: "cancelled", date: null, visitors: ["Jean Morel"], place: "Accra" });
    expect(
      visits(
        "Foreign Minister Karin Holm travelled to Abidjan on Monday. She was welcomed there by the army chief, General Amadou Kone. The Accra leg of the trip was postponed.",
      ),
    ).toContainEqual({ status: "cancelled", date: null, visitors: ["Karin Holm"], place: "Accra" });
  });

  it("a stop in a city is a visit of its own beside a tour of the region or a stop in another city", () => {
    const fr = visits(
      "Le ministre Jean Morel doit se rendre en Asie centrale à la mi-janvier. Il fera escale à Bakou le 14 janvier.",
      "2026-12-10",
    );
    expect(fr).toHaveLength(2);
    expect(fr).toContainEqual({ status: "planned", date: "2027-01-14", visitors: ["Jean Morel"], place: "Baku" });
    expect(fr).toContainEqual(expect.objectContaining({ date: "2027-01", place: "Central Asia" }));
    const en = visits("Minister Jean Morel will travel to Japan next month. He will stop over in Seoul on January 12.", "2026-12-10");
    expect(en).toContainEqual({ status: "planned", date: "2027-01-12", visitors: ["Jean Morel"], place: "Seoul" });
  });

  it("a stop named by its noun and place in a sentence that names no one is the traveller's, planned when told so", () => {
    expect(
      visits("Le ministre Jean Morel fera escale à Riga le 14 janvier. L'étape de Vilnius est prévue le samedi 16 janvier.", "2026-12-10"),
    ).toContainEqual({ status: "planned", date: "2027-01-16", visitors: ["Jean Morel"], place: "Vilnius" });
    expect(
      visits(
        "Minister Jean Morel will stop over in Manila on Wednesday. The Jakarta leg of the trip is planned for Saturday.",
        "2026-12-10",
      ),
    ).toContainEqual({ status: "planned", date: "2026-12-12", visitors: ["Jean Morel"], place: "Jakarta" });
  });

  it("a stop put off or called off, its place after 'in', 'to', 'à': a visit of its own, at its new date when it has one", () => {
    expect(
      visits(
        "President Jan Morel is scheduled to fly to Vilnius on Saturday. A stop in Riga, initially planned for Sunday, has been pushed back to February, his office said.",
        "2026-12-18",
      ),
    ).toContainEqual({ status: "planned", date: "2027-02", visitors: ["Jan Morel"], place: "Riga" });
    expect(
      visits(
        "Le président Jan Morel doit se rendre samedi à Vilnius. Une escale à Riga, initialement prévue dimanche, a été repoussée à février.",
        "2026-12-18",
      ),
    ).toContainEqual({ status: "planned", date: "2027-02", visitors: ["Jan Morel"], place: "Riga" });
    expect(
      visits("President Jan Morel is scheduled to fly to Vilnius on Saturday. The stop in Riga has been called off.", "2026-12-18"),
    ).toContainEqual(expect.objectContaining({ status: "cancelled", visitors: ["Jan Morel"], place: "Riga" }));
  });

  it("a stage that names no place is no visit", () => {
    expect(
      visits("Le ministre Jean Morel fera escale à Riga le 14 janvier. Une étape importante est prévue en mars.", "2026-12-10"),
    ).toEqual([{ status: "planned", date: "2027-01-14", visitors: ["Jean Morel"], place: "Riga" }]);
  });

  it("a visit to a country told again in its capital stays one visit", () => {
    const visitsToJapan = visits(
      "Minister Jean Morel will travel to Japan next week. In Tokyo, he will meet his counterpart.",
      "2026-12-10",
    );
    expect(visitsToJapan.filter((v) => v.place === "Japan" || v.place === "Tokyo")).toHaveLength(1);
  });

  it("a stop noun with no place, or a place someone comes from, gives no destination", () => {
    // "une étape importante": a milestone, no trip.
    expect(visits("La ministre Claire Dubois a salué une étape importante pour la défense européenne.")).toEqual([]);
    // "arrivé de Bamako": where the minister comes from is no stop.
    expect(visits("Le ministre Jean Morel est arrivé de Bamako lundi à Dakar.").map((v) => v.place)).toEqual(["Dakar"]);
  });
});

describe("a trip's next stop after a visit that names no place", () => {
  it("'Il se rendra ensuite à Ohrid', 'He then travels to Ohrid': a visit of its own, not the earlier one told again", () => {
    const fr = visits(
      "Le ministre Jean Morel est arrivé mercredi à Skopje. Il se rendra cet après-midi au quartier général de la mission, où il sera reçu par le général Paolo Venti. Il se rendra ensuite à Ohrid, où il inaugurera une école.",
    );
    expect(fr.filter((v) => v.place === "Ohrid")).toHaveLength(1);
    expect(fr.filter((v) => v.status === "planned")).toHaveLength(2);
    const en = visits(
      "Minister Jean Morel arrived in Skopje on Wednesday. He will travel this afternoon to the mission's headquarters, where he will be received by General Paolo Venti. He will then travel to Ohrid, where he will open a school.",
    );
    expect(en.filter((v) => v.place === "Ohrid")).toHaveLength(1);
    expect(en.filter((v) => v.status === "planned")).toHaveLength(2);
  });
});
