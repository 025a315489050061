/**
 * A title is plural by its head, not by a plural word in its complement: "President of the Council of Ministers" and
 * "président du Conseil des ministres" are one person's office. End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../ingest/pipeline.js";
import { roleLines } from "./linked-markup.js";

function officesOf(text: string): string[] {
  return roleLines(
    extractArticle({ source: "mem.txt", format: "txt", text, title: null, published: "2026-03-04", publisher: null }),
  ).sort();
}

describe("a plural word in a title's complement", () => {
  it("leaves the title singular: the council of ministers' chair holds it", () => {
    expect(officesOf("Amir Kovač, Chairman of the Council of Ministers of Bosnia and Herzegovina, met Lars Berg on Tuesday.")).toEqual([
      "person:amir-kovac → President of the Council of Ministers of country:BA",
    ]);
    expect(officesOf("Le président du Conseil des ministres italien, Marco Bellini, a reçu Lars Berg mardi.")).toEqual([
      "person:bellini-marco → President of the Council of Ministers of country:IT",
    ]);
  });

  it("a plural head stays plural: each of the listed ministers holds the office of their country", () => {
    expect(officesOf("The defence ministers of Italy and Japan, Marco Bellini and Ken Sato, met on Tuesday.")).toEqual([
      "person:bellini-marco → Defence Minister of country:IT",
      "person:ken-sato → Defence Minister of country:JP",
    ]);
  });
});
