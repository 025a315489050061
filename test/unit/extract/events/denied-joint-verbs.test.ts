/**
 * A joint verb ("se sont rencontrés", "ont discuté", "agreed") with two people as its subject tells a meeting; denied
 * or called off, it tells none, whatever titles stand before the names. End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const PUBLISHED = "2026-12-04";

function meetings(body: string) {
  return namedEvents(body, PUBLISHED, "Meeting").map(({ status, participants }) => ({ status, participants }));
}

describe("a joint verb denied", () => {
  it("tells no meeting when negated, a title before the second name ('ne se sont pas rencontrés')", () => {
    expect(meetings("Teodor Vlahos et le ministre albanais Erion Dushku ne se sont pas rencontrés à Bruxelles.")).toEqual([]);
    expect(meetings("Le président Teodor Vlahos et la ministre Ilda Krasniqi ne se sont jamais rencontrés.")).toEqual([]);
  });

  it("tells the meeting called off, never held, when the negation says it finally did not happen", () => {
    expect(
      meetings("Teodor Vlahos et le ministre albanais Erion Dushku ne se sont finalement pas rencontrés à Bruxelles.").map((m) => m.status),
    ).not.toContain("occurred");
  });

  it("still tells the meeting when nothing denies it", () => {
    expect(meetings("Teodor Vlahos et le ministre albanais Erion Dushku se sont rencontrés à Bruxelles.")).toEqual([
      { status: "occurred", participants: ["Erion Dushku", "Teodor Vlahos"] },
    ]);
    expect(meetings("Teodor Vlahos et le ministre albanais Erion Dushku ont discuté de la frontière.")).toEqual([
      { status: "occurred", participants: ["Erion Dushku", "Teodor Vlahos"] },
    ]);
  });
});

describe("a joint verb denied in a relative clause", () => {
  it("leaves the meeting the main verb tells ('qui ne s'étaient pas rencontrés depuis mai, ont discuté')", () => {
    expect(
      meetings(
        "Le président Teodor Vlahos et la ministre Ilda Krasniqi, qui ne s'étaient pas rencontrés depuis mai, ont discuté de la frontière à Tirana.",
      ),
    ).toEqual([{ status: "occurred", participants: ["Ilda Krasniqi", "Teodor Vlahos"] }]);
  });
});

describe("a handshake", () => {
  it("tells that the two met ('se sont serré la main', 'shook hands')", () => {
    expect(meetings("Le président Teodor Vlahos et la ministre Ilda Krasniqi se sont serré la main à Tirana.")).toEqual([
      { status: "occurred", participants: ["Ilda Krasniqi", "Teodor Vlahos"] },
    ]);
    expect(meetings("President Teodor Vlahos and Minister Ilda Krasniqi shook hands in Tirana on Monday.")).toEqual([
      { status: "occurred", participants: ["Ilda Krasniqi", "Teodor Vlahos"] },
    ]);
  });
});
