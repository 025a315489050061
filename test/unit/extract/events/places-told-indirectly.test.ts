/**
 * Places an article tells without naming them at the event: the occasion's place ("On the sidelines of the summit, X
 * met Y", "En marge du sommet, X a signé …"), the dateline's ("HANOI, Dec 3 -- X met Y at the ministry here"), a
 * landmark's ("sur le pont international de Tienditas"). End to end on our own sentences, French and English.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const PUBLISHED = "2026-12-04";

function placed(body: string, type: string) {
  return namedEvents(body, PUBLISHED, type).map(({ participants, place }) => ({ participants, place }));
}

describe("an event held at the occasion of another", () => {
  it("takes the occasion's place ('on the sidelines of the summit', 'en marge du sommet', 'lors de la réunion')", () => {
    expect(
      placed(
        "NATO leaders gather in Vilnius on Thursday for a two-day summit. On the sidelines of the summit, Dutch Prime Minister Pieter Smit met Estonian Prime Minister Kaja Tamm.",
        "Meeting",
      ),
    ).toContainEqual({ participants: ["Kaja Tamm", "Pieter Smit"], place: "Vilnius" });
    expect(
      placed(
        "Les dirigeants de l'Union africaine se réunissent jeudi à Addis-Abeba pour un sommet de deux jours. En marge du sommet, le président ghanéen Kofi Mensah s'est entretenu avec le président togolais Yao Agbeko.",
        "Meeting",
      ),
    ).toContainEqual({ participants: ["Kofi Mensah", "Yao Agbeko"], place: "Addis Ababa" });
    expect(
      placed(
        "Les ministres de la Défense de l'OTAN se sont réunis mercredi à Bruxelles. Lors de la réunion, la ministre néerlandaise Ruth Bakker et son homologue estonien Hanno Pevkur ont signé un accord de coopération.",
        "Signing",
      ),
    ).toEqual([{ participants: ["Hanno Pevkur", "Ruth Bakker"], place: "Brussels" }]);
  });

  it("not after or before it, nor a call, nor an event with a place of its own", () => {
    expect(
      placed(
        "NATO leaders met in Vilnius on Thursday. After the summit, Dutch Prime Minister Pieter Smit met Estonian Prime Minister Kaja Tamm.",
        "Meeting",
      ),
    ).toContainEqual({ participants: ["Kaja Tamm", "Pieter Smit"], place: null });
    expect(
      placed(
        "NATO leaders met in Vilnius on Thursday. During the summit, Dutch Prime Minister Pieter Smit spoke by phone with Estonian Prime Minister Kaja Tamm.",
        "Call",
      ),
    ).toEqual([{ participants: ["Kaja Tamm", "Pieter Smit"], place: null }]);
    expect(
      placed(
        "NATO leaders met in Vilnius on Thursday. On the sidelines of the summit, Dutch Prime Minister Pieter Smit met Estonian Prime Minister Kaja Tamm in Riga.",
        "Meeting",
      ),
    ).toContainEqual({ participants: ["Kaja Tamm", "Pieter Smit"], place: "Riga" });
  });
});

describe("'here' in an article opened by a dateline", () => {
  it("is the dateline's place ('met Y at the ministry here', 'arrived here', 'a été reçu ici')", () => {
    expect(
      placed(
        "HANOI, Dec 3 -- Laotian Foreign Minister Bounmy Sitha met his Vietnamese counterpart Tran Van Long at the Ministry of Foreign Affairs here on Tuesday.",
        "Meeting",
      ),
    ).toEqual([{ participants: ["Bounmy Sitha", "Tran Van Long"], place: "Hanoi" }]);
    expect(placed("HANOI, Dec 3 -- Laotian Foreign Minister Bounmy Sitha arrived here on Tuesday for a two-day visit.", "Visit")).toEqual([
      { participants: ["Bounmy Sitha"], place: "Hanoi" },
    ]);
    expect(
      placed(
        "Dakar, 3 déc (AFP) - Le ministre ghanéen des Affaires étrangères Kofi Mensah a été reçu ici mardi par le président sénégalais Amadou Fall.",
        "Meeting",
      ),
    ).toEqual([{ participants: ["Amadou Fall", "Kofi Mensah"], place: "Dakar" }]);
  });

  it("not without a dateline, nor in a quotation, nor for a call", () => {
    expect(
      placed("Laotian Foreign Minister Bounmy Sitha met his Vietnamese counterpart Tran Van Long here on Tuesday.", "Meeting"),
    ).toEqual([{ participants: ["Bounmy Sitha", "Tran Van Long"], place: null }]);
    expect(
      placed(
        'HANOI, Dec 3 -- Laotian Foreign Minister Bounmy Sitha met Cambodian Foreign Minister Sok Vanna in Vientiane on Monday, saying: "We will meet here again."',
        "Meeting",
      ),
    ).toContainEqual({ participants: ["Bounmy Sitha", "Sok Vanna"], place: "Vientiane" });
    expect(
      placed(
        "HANOI, Dec 3 -- Vietnamese Foreign Minister Tran Van Long spoke by phone here on Tuesday with Laotian Foreign Minister Bounmy Sitha.",
        "Call",
      ),
    ).toEqual([{ participants: ["Bounmy Sitha", "Tran Van Long"], place: null }]);
  });
});

describe("a landmark named as a place", () => {
  it("is where the event is, and the one it is named after takes no part ('sur le pont international X', 'on the X Bridge')", () => {
    expect(
      placed(
        "Le président bolivien Evo Rojas a rencontré mardi son homologue péruvien Luis Campos sur le pont international de Desaguadero.",
        "Meeting",
      ),
    ).toEqual([{ participants: ["Evo Rojas", "Luis Campos"], place: "pont international de Desaguadero" }]);
    expect(
      placed(
        "Le président bolivien Evo Rojas a rencontré mardi son homologue péruvien Luis Campos sur le pont international Ramón Castilla.",
        "Meeting",
      ),
    ).toEqual([{ participants: ["Evo Rojas", "Luis Campos"], place: "pont international Ramón Castilla" }]);
    expect(
      placed(
        "Bolivian President Evo Rojas met his Peruvian counterpart Luis Campos on the Ramon Castilla International Bridge on Tuesday.",
        "Meeting",
      ),
    ).toEqual([{ participants: ["Evo Rojas", "Luis Campos"], place: "Ramon Castilla International Bridge" }]);
  });

  it("not a place after 'on', 'sur' that is no landmark ('talks on the South China Sea', 'sur la mer de Chine méridionale')", () => {
    expect(
      placed(
        "Philippine President Ana Reyes met Vietnamese President Tran Van Long on Tuesday for talks on the South China Sea.",
        "Meeting",
      ),
    ).toEqual([{ participants: ["Ana Reyes", "Tran Van Long"], place: null }]);
  });
});
