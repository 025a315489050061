import { describe, expect, it } from "vitest";
import { eventTitle, type TitleParts } from "../../../src/store/event-title.js";

const STARMER = { name: "Keir Starmer", type: "Person" };
const TAKAICHI = { name: "Sanae Takaichi", type: "Person" };
const base: TitleParts = {
  type: "Meeting",
  status: "occurred",
  date: "2026-01-31",
  endDate: null,
  participants: [TAKAICHI, STARMER],
  place: null,
};

describe("eventTitle", () => {
  it("names a meeting by its participants (alphabetically), place and date", () => {
    expect(eventTitle({ ...base, place: { name: "Tokyo", type: "Place" } })).toBe(
      "Meeting of Keir Starmer and Sanae Takaichi, Tokyo, 2026-01-31",
    );
  });

  it("sends a visit to its place, and says when it is only planned or was cancelled", () => {
    const visit: TitleParts = { ...base, type: "Visit", participants: [STARMER], place: { name: "Beijing", type: "Place" } };
    expect(eventTitle(visit)).toBe("Visit of Keir Starmer to Beijing, 2026-01-31");
    expect(eventTitle({ ...visit, status: "planned", date: "2026-03-28", endDate: "2026-03-31" })).toBe(
      "Planned visit of Keir Starmer to Beijing, 2026-03-28 to 2026-03-31",
    );
    expect(eventTitle({ ...visit, status: "cancelled", date: null })).toBe("Cancelled visit of Keir Starmer to Beijing");
  });

  it("puts people before countries and counts the participants beyond four", () => {
    const many = ["Japan", "Australia", "Philippines"].map((name) => ({ name, type: "Country" }));
    expect(eventTitle({ ...base, type: "Signing", participants: [...many, STARMER, TAKAICHI], date: null })).toBe(
      "Signing by Keir Starmer, Sanae Takaichi, Australia, Japan and 1 other",
    );
  });

  it("phrases each type of event, and an unknown one from its name", () => {
    expect(eventTitle({ ...base, type: "PressConference", date: null })).toBe("Press conference of Keir Starmer and Sanae Takaichi");
    expect(eventTitle({ ...base, type: "Call", date: null })).toBe("Call between Keir Starmer and Sanae Takaichi");
    expect(eventTitle({ ...base, type: "Call", date: null, participants: [STARMER] })).toBe("Call by Keir Starmer");
    expect(eventTitle({ ...base, type: "JointExercise", date: null, participants: [] })).toBe("Joint exercise");
  });
});
