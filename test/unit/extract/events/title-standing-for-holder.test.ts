/**
 * A title as the subject of an event, standing for the person the article names with it elsewhere: "Sébastien
 * X, ministre des Armées, … Le ministre des Armées a eu un entretien téléphonique …", "… the Defence Secretary held
 * talks …", and the plain title of the kind ("Mardi, le ministre a rencontré …") when one person only holds an
 * office of that kind. End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

function gatherings(body: string, published = "2026-03-04") {
  return namedEvents(body, published, "Meeting", "Call").map(({ type, participants }) => ({ type, participants }));
}

describe("a title standing for the person named with it", () => {
  it("the same title: 'X, ministre des Armées, … Le ministre des Armées a eu un entretien téléphonique …'", () => {
    expect(
      gatherings(
        "Paul Girardin, ministre des Armées, s'est rendu lundi à Brest. Le ministre des Armées a eu un entretien téléphonique mardi avec son homologue japonais.",
      ),
    ).toEqual([{ type: "Call", participants: ["Japan", "Paul Girardin"] }]);
    expect(
      gatherings(
        "Defence Secretary Mark Ellison was in Portsmouth on Monday. The Defence Secretary held talks with his French counterpart on Tuesday.",
      ),
    ).toEqual([{ type: "Meeting", participants: ["France", "Mark Ellison"] }]);
  });

  it("the plain title of the kind: 'Mardi, le ministre a rencontré …', 'the minister held talks …'", () => {
    expect(
      gatherings("Le ministre des Armées, Paul Girardin, était à Brest lundi. Mardi, le ministre a rencontré son homologue japonais."),
    ).toEqual([{ type: "Meeting", participants: ["Japan", "Paul Girardin"] }]);
    expect(
      gatherings(
        "Defence Secretary Mark Ellison was in Portsmouth on Monday. On Tuesday the minister held talks with his French counterpart.",
      ),
    ).toEqual([{ type: "Meeting", participants: ["France", "Mark Ellison"] }]);
  });

  it("the plain title stands for the story's own minister when another was named less: a host met on a trip", () => {
    expect(
      gatherings(
        "Le ministre des Armées, Luc Berthier, est arrivé lundi à Niamey. Luc Berthier a été reçu par le ministre de la Défense, Idrissa Kané. Mercredi, le ministre a rencontré le président togolais Koffi Adjo à Lomé.",
      ),
    ).toContainEqual({ type: "Meeting", participants: ["Koffi Adjo", "Luc Berthier"] });
    expect(
      gatherings(
        "Defence Secretary Alan Whitby arrived in Jakarta on Monday. Whitby met Foreign Minister Dewi Santoso on Tuesday. On Thursday the minister held talks with President Hiro Tanaka of Japan in Tokyo.",
      ),
    ).toContainEqual({ type: "Meeting", participants: ["Alan Whitby", "Hiro Tanaka"] });
  });

  it("the plain title stands for no one when two ministers were named, or none before it", () => {
    expect(
      gatherings(
        "Le ministre des Armées, Paul Girardin, et la ministre de la Culture, Anne Morel, étaient à Brest lundi. Mardi, le ministre a rencontré son homologue japonais.",
      ),
    ).toEqual([]);
    expect(
      gatherings("Mardi, le ministre a rencontré son homologue japonais. Le ministre des Armées, Paul Girardin, était à Brest lundi."),
    ).toEqual([]);
    // Indefinite: "un ministre" is not the one named.
    expect(
      gatherings("Le ministre des Armées, Paul Girardin, était à Brest lundi. Mardi, un ministre a rencontré son homologue japonais."),
    ).toEqual([]);
  });
});
