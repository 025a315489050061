/**
 * Meetings agreed on for later ("agreed to meet again in Oslo in the spring", "sont convenus de se retrouver en juin
 * à Tallinn"): planned, dated ahead of publication though the agreeing is told in the past. End to end on our own
 * sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const planned = (body: string, published: string) =>
  namedEvents(body, published, "Meeting")
    .filter((e) => e.status === "planned")
    .map(({ date, place }) => ({ date, place }));

describe("meetings agreed on for later", () => {
  it("dates the meeting agreed on in the coming season or month, in both languages", () => {
    expect(
      planned(
        "Swedish Defence Minister Pal Jonson hosted his Finnish counterpart Antti Hakkanen in Stockholm on Tuesday. The two ministers agreed to meet again in Helsinki in the spring.",
        "2026-12-17",
      ),
    ).toEqual([{ date: "2027", place: "Helsinki" }]);
    expect(
      planned(
        "Le ministre suédois de la Défense Pal Jonson a reçu mardi à Stockholm son homologue finlandais Antti Hakkanen. Les deux ministres sont convenus de se retrouver en juin à Helsinki.",
        "2026-12-17",
      ),
    ).toEqual([{ date: "2027-06", place: "Helsinki" }]);
  });
});
