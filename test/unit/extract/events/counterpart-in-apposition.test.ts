/**
 * The person met named in apposition after a comma, behind a title ("Il a rencontré le président italien, Marco
 * Bellini", "She held talks with the prime minister, Mr. Olav Brekke"): the name stands in its title's clause, so the
 * pronoun opening the sentence is still its subject, standing for the traveller told before. End to end on our own
 * sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const events = (body: string, type: string) =>
  namedEvents(body, "2026-12-03", type).map(({ status, participants, place }) => ({ status, participants, place }));

describe("a counterpart named in apposition after its title and a comma", () => {
  it("'Il a rencontré le président italien, Marco Bellini': the pronoun's person meets Bellini", () => {
    const fr = events(
      "Le ministre belge Paul Verdier est arrivé mercredi à Rome. Il a rencontré le président italien, Marco Bellini.",
      "Meeting",
    );
    expect(fr).toContainEqual(expect.objectContaining({ participants: ["Marco Bellini", "Paul Verdier"] }));
    const en = events(
      "Belgian Foreign Minister Paul Verdier arrived in Rome on Wednesday. He met the Italian president, Marco Bellini.",
      "Meeting",
    );
    expect(en).toContainEqual(expect.objectContaining({ participants: ["Marco Bellini", "Paul Verdier"] }));
  });

  it("a style between the comma and the name: 'avec le Premier ministre, M. X', 'reçue par la ministre …, Mme X'", () => {
    const talks = events(
      "Le ministre belge Paul Verdier est arrivé mercredi à Rome. Il s'est entretenu avec le Premier ministre, M. Luca Ferrante.",
      "Meeting",
    );
    expect(talks).toContainEqual(expect.objectContaining({ participants: ["Luca Ferrante", "Paul Verdier"] }));
    const received = events(
      "La ministre française Claire Dumont est arrivée mardi à Oslo. Elle a été reçue par la ministre des Affaires étrangères, Mme Ingrid Solberg.",
      "Meeting",
    );
    expect(received).toContainEqual(expect.objectContaining({ participants: ["Claire Dumont", "Ingrid Solberg"] }));
    const en = events(
      "French Foreign Minister Claire Dumont arrived in Oslo on Tuesday. She held talks with the prime minister, Mr. Olav Brekke.",
      "Meeting",
    );
    expect(en).toContainEqual(expect.objectContaining({ participants: ["Claire Dumont", "Olav Brekke"] }));
  });

  it("the next 'il' still stands for the traveller, not the one met: he visits, the mayor is met", () => {
    const body =
      "Le ministre belge Paul Verdier est arrivé mercredi à Skopje. Il a rencontré le président macédonien, Goran Petrov. Il se rendra ensuite à Bitola pour rencontrer le maire, Ilija Stojanov.";
    const visits = events(body, "Visit");
    expect(visits).toContainEqual({ status: "planned", participants: ["Paul Verdier"], place: "Bitola" });
    expect(visits.some((v) => v.participants.includes("Goran Petrov") || v.participants.includes("Ilija Stojanov"))).toBe(false);
    const meetings = events(body, "Meeting");
    expect(meetings).toContainEqual({ status: "planned", participants: ["Ilija Stojanov", "Paul Verdier"], place: "Bitola" });
    expect(meetings.some((m) => m.participants.includes("Goran Petrov") && m.participants.includes("Ilija Stojanov"))).toBe(false);
    const en = events(
      "Belgian Foreign Minister Paul Verdier arrived in Skopje on Wednesday. He met the Macedonian president, Goran Petrov. He will then travel to Bitola to meet the mayor, Ilija Stojanov.",
      "Visit",
    );
    expect(en).toContainEqual({ status: "planned", participants: ["Paul Verdier"], place: "Bitola" });
  });

  it("a title's complement naming nothing before the comma: 'le maire de la ville, Ilija Stojanov' is met, not the visitor", () => {
    const fr =
      "Le ministre belge Paul Verdier est arrivé mercredi à Skopje. Il se rendra ensuite à Bitola pour rencontrer le maire de la ville, Ilija Stojanov.";
    expect(events(fr, "Visit")).toContainEqual({ status: "planned", participants: ["Paul Verdier"], place: "Bitola" });
    expect(events(fr, "Meeting")).toContainEqual({ status: "planned", participants: ["Ilija Stojanov", "Paul Verdier"], place: "Bitola" });
    const en =
      "Belgian Foreign Minister Paul Verdier arrived in Skopje on Wednesday. He will then travel to Bitola to meet the mayor of the city, Ilija Stojanov.";
    expect(events(en, "Visit")).toContainEqual({ status: "planned", participants: ["Paul Verdier"], place: "Bitola" });
    expect(events(en, "Visit").some((v) => v.participants.includes("Ilija Stojanov"))).toBe(false);
    const after = events(
      "Le ministre belge Paul Verdier est arrivé mercredi à Skopje. Lorsqu'il a quitté le maire de la ville, Ilija Stojanov a rencontré la ministre Ana Petrova.",
      "Meeting",
    );
    expect(after).toContainEqual(expect.objectContaining({ participants: ["Ana Petrova", "Ilija Stojanov"] }));
  });

  it("'des représentants …, dont le président du Medef, X': a name of the list the object opens, met by the pronoun's person", () => {
    const fr = events(
      "Le ministre belge Paul Verdier est arrivé mercredi à Lyon. Il a rencontré des représentants du patronat, dont le président du Medef, Henri Lacoste.",
      "Meeting",
    );
    expect(fr).toContainEqual(expect.objectContaining({ participants: ["Henri Lacoste", "Paul Verdier"] }));
    const talks = events(
      "La ministre française Claire Dumont est arrivée mardi à Lille. Elle s'est entretenue avec plusieurs élus, dont le maire, Jacques Morel.",
      "Meeting",
    );
    expect(talks).toContainEqual(expect.objectContaining({ participants: ["Claire Dumont", "Jacques Morel"] }));
    expect(
      events(
        "La ministre française Claire Dumont est arrivée mardi à Lille. Elle s'est entretenue avec plusieurs élus, dont le maire, Jacques Morel.",
        "Visit",
      ),
    ).toEqual([{ status: "occurred", participants: ["Claire Dumont"], place: "Lille" }]);
  });

  it("a name after someone else's title and a comma is the subject of its own clause, not the one met", () => {
    const fr = events(
      "Le ministre belge Paul Verdier est arrivé mercredi à Rome. Lorsqu'il a quitté le ministre, Marco Bellini a rencontré la maire Anna Conti.",
      "Meeting",
    );
    expect(fr).toContainEqual(expect.objectContaining({ participants: ["Anna Conti", "Marco Bellini"] }));
    expect(fr.some((m) => m.participants.includes("Paul Verdier") && m.participants.includes("Marco Bellini"))).toBe(false);
  });

  it("without the comma, as before: 'Il a rencontré le président italien Marco Bellini'", () => {
    const fr = events(
      "Le ministre belge Paul Verdier est arrivé mercredi à Rome. Il a rencontré le président italien Marco Bellini.",
      "Meeting",
    );
    expect(fr).toContainEqual(expect.objectContaining({ participants: ["Marco Bellini", "Paul Verdier"] }));
  });
});
