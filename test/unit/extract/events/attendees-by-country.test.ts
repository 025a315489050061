/**
 * The people of a summit or a meeting named by their country with no title: "alongside Kenya's Tavrek Ostani and
 * Italy's Melvo Drasani", "aux côtés du Kényan Tavrek Ostani et de l'Italienne Melva Drasani": each is a person the
 * event counts among its participants, though their given names are unknown. End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

function meetings(body: string) {
  return namedEvents(body, "2026-12-03", "Meeting").map(({ participants }) => participants);
}

describe("people named after their country's genitive or a nationality noun", () => {
  it("take part in the meeting that brings them together, in English and French", () => {
    expect(meetings("A summit in Nairobi on Tuesday brought together Kenya's Tavrek Ostani and Italy's Melvo Drasani.")).toContainEqual([
      "Melvo Drasani",
      "Tavrek Ostani",
    ]);
    expect(meetings("Le sommet a réuni mardi à Nairobi le Kényan Tavrek Ostani et l'Italienne Melva Drasani.")).toContainEqual([
      "Melva Drasani",
      "Tavrek Ostani",
    ]);
    const met = meetings("Le président français Paul Morel a rencontré mardi à Nairobi le Kényan Tavrek Ostani.");
    expect(met.some((p) => p.includes("Paul Morel") && p.includes("Tavrek Ostani"))).toBe(true);
  });

  it("not a name that goes on into a clause of its own", () => {
    const found = meetings("A summit in Nairobi on Tuesday discussed how Kenya's Tavrek Ostani Fund invests abroad.");
    expect(found.flat()).not.toContain("Tavrek Ostani");
  });
});
