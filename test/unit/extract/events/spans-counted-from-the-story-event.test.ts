/**
 * A span counted from the story's own event dates the other event it names: "The meeting came a day after X spoke with
 * Y" (the call, the day before the meeting), "met Y on Saturday, a day after speaking with Z", "Cette rencontre est
 * intervenue deux jours après un entretien …". End to end on our own sentences.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

const dated = (body: string, published: string) =>
  namedEvents(body, published, "Meeting", "Call", "Visit").map(({ type, date, participants }) => ({ type, date, participants }));

const dateOf = (found: ReturnType<typeof dated>, type: string, person: string) =>
  found.find((e) => e.type === type && e.participants.includes(person))?.date;

describe("a span counted back from the story's event", () => {
  it("dates the call the subject's meeting came a day after, and leaves the meeting its own day", () => {
    const en = dated(
      "Saudi Crown Prince Faisal bin Khalid met Iranian Foreign Minister Reza Karimi in Riyadh on Saturday.\n\nThe Riyadh meeting came a day after Faisal bin Khalid spoke by phone with Turkish President Mehmet Arslan.",
      "2026-12-14",
    );
    expect(dateOf(en, "Call", "Mehmet Arslan")).toBe("2026-12-11");
    expect(dateOf(en, "Meeting", "Reza Karimi")).toBe("2026-12-12");
    const fr = dated(
      "Le ministre Paul Verdier a rencontré samedi à Varsovie son homologue polonais Tomasz Nowak. Cette rencontre est intervenue deux jours après un entretien téléphonique entre Paul Verdier et le ministre allemand Klaus Weber.",
      "2026-12-11",
    );
    expect(dateOf(fr, "Call", "Klaus Weber")).toBe("2026-12-03");
    expect(dateOf(fr, "Meeting", "Tomasz Nowak")).toBe("2026-12-05");
  });

  it("dates what a verb that is no finite one tells after the span from the sentence's day, not after it", () => {
    const en = dated(
      "Saudi Crown Prince Faisal bin Khalid met Iranian Foreign Minister Reza Karimi in Riyadh on Saturday, a day after speaking by phone with Turkish President Mehmet Arslan.",
      "2026-12-14",
    );
    expect(dateOf(en, "Call", "Mehmet Arslan")).toBe("2026-12-11");
    const fr = dated(
      "Le ministre Paul Verdier a rencontré samedi à Varsovie son homologue polonais Tomasz Nowak, un jour après s'être entretenu par téléphone avec le ministre allemand Klaus Weber.",
      "2026-12-11",
    );
    expect(dateOf(fr, "Call", "Klaus Weber")).toBe("2026-12-04");
    expect(fr.filter((e) => e.date === "2026-12-04")).toHaveLength(1);
  });

  it("not from a day far from publication that the sentence telling the noun gave to something else", () => {
    const en = dated(
      "The summit approved the appointment of Omar Saleh as envoy, effective Feb. 1.\n\nThe Riyadh meeting came a day after Faisal bin Khalid spoke by phone with Turkish President Mehmet Arslan.",
      "2026-12-14",
    );
    expect(dateOf(en, "Call", "Mehmet Arslan")).not.toBe("2026-01-31");
  });

  it("still counts forward from an event the span names, told before with its day", () => {
    const en = dated(
      "EU leaders held a summit in Brussels on Thursday. French President Marc Lefort visited Athens two days after the summit.",
      "2026-12-14",
    );
    expect(dateOf(en, "Visit", "Marc Lefort")).toBe("2026-12-12");
    const fr = dated(
      "Le ministre Paul Verdier a rencontré samedi à Varsovie son homologue polonais Tomasz Nowak. Deux jours après la rencontre, il s'est rendu à Prague.",
      "2026-12-11",
    );
    expect(dateOf(fr, "Visit", "Paul Verdier")).toBe("2026-12-07");
  });
});
