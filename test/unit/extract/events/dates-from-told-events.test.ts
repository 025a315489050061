/**
 * An event dated from another the article told before, not from publication or the last day told: "La veille du
 * sommet, X s'était entretenu avec Y", "The day after the signing, X met Y", "X met Y two days after the signing".
 * End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const meetings = (body: string, published = "2026-03-12") =>
  namedEvents(body, published, "Meeting")
    .filter((m) => m.participants.length > 1)
    .map(({ date, participants }) => ({ date, participants }));

describe("dates counted from an event told before", () => {
  it("'la veille du sommet', 'the day before the summit': the day before the summit told earlier", () => {
    expect(
      meetings(
        "Le sommet régional s'est ouvert mardi à Niamey. La veille du sommet, le ministre béninois Olivier Hounsou s'était entretenu avec son homologue togolais Kodjo Amedzro.",
      ),
    ).toEqual([{ date: "2026-03-09", participants: ["Kodjo Amedzro", "Olivier Hounsou"] }]);
    expect(
      meetings(
        "Regional leaders gathered for the summit in Niamey on Tuesday. The day before the summit, Beninese Foreign Minister Olivier Hounsou met his Togolese counterpart Kodjo Amedzro.",
      ),
    ).toEqual([{ date: "2026-03-09", participants: ["Kodjo Amedzro", "Olivier Hounsou"] }]);
  });

  it("'le lendemain de la signature', 'three days after the signing': from the signing's day, not the last day told", () => {
    const fr = meetings(
      "L'accord commercial a été signé le 2 mars à Cotonou. Le lendemain de la signature, Olivier Hounsou a rencontré le président nigérien Issa Maiga. Trois jours après la signature, il a reçu le Premier ministre togolais Kodjo Amedzro.",
    );
    expect(fr).toEqual([
      { date: "2026-03-03", participants: ["Issa Maiga", "Olivier Hounsou"] },
      { date: "2026-03-05", participants: ["Kodjo Amedzro", "Olivier Hounsou"] },
    ]);
    const en = meetings(
      "The trade accord was signed on Tuesday in Cotonou. The day before, Beninese Foreign Minister Olivier Hounsou had met Nigerien President Issa Maiga. Hounsou met Togolese Prime Minister Kodjo Amedzro two days after the signing.",
    );
    expect(en).toEqual([
      { date: "2026-03-09", participants: ["Issa Maiga", "Olivier Hounsou"] },
      { date: "2026-03-12", participants: ["Kodjo Amedzro", "Olivier Hounsou"] },
    ]);
  });

  it("counts from no other event than the one named ('la veille du scrutin' after a signing)", () => {
    const fr = meetings(
      "Le Bénin et le Niger ont signé mardi un accord commercial. La veille du scrutin, le ministre béninois Olivier Hounsou a rencontré le président nigérien Issa Maiga.",
    );
    expect(fr.map((m) => m.participants)).toEqual([["Issa Maiga", "Olivier Hounsou"]]);
    expect(fr[0]?.date).not.toBe("2026-03-09");
    const en = meetings(
      "Benin and Niger signed a trade accord on Tuesday. The day before the vote, Beninese Foreign Minister Olivier Hounsou met Nigerien President Issa Maiga.",
    );
    expect(en.map((m) => m.participants)).toEqual([["Issa Maiga", "Olivier Hounsou"]]);
    expect(en[0]?.date).not.toBe("2026-03-09");
  });
});
