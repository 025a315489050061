import { describe, expect, it } from "vitest";
import { extractFromLinked } from "../../../../ingest/extract/index.js";
import { linkedDocument, testKnowledge } from "../linked-markup.js";
import { tools } from "./support.js";

function events(markup: string, published: string | null, language: "fr" | "en") {
  return extractFromLinked(linkedDocument(markup, { published, language }), testKnowledge, tools).events.map((e) => ({
    type: e.type,
    status: e.status,
    date: e.date,
    participants: [...e.participants].sort(),
  }));
}

describe("dates at the level of the document", () => {
  it("unattachedMention: 'today's signing of the Accords' dates the signing told without a day", () => {
    const found = events(
      "Three countries made history in today's signing of the [Oslo Accords](agreement:oslo). [Japan](country:JP) and [China](country:CN) have signed the [Oslo Accords](agreement:oslo) with [Italy](country:IT).",
      "2026-02-10",
      "en",
    );
    expect(found).toContainEqual(expect.objectContaining({ type: "Signing", date: "2026-02-10" }));
  });

  it("enclosingEvent: a visit takes the day of the talks its visitor held there", () => {
    const found = events(
      "[Ken Obi](person:ken-obi) held talks Tuesday with [Hans Berg](person:hans-berg) in [Rome](place:rome). It marked the first visit by [Ken Obi](person:ken-obi) to [Rome](place:rome) in years.",
      "2026-02-12",
      "en",
    );
    expect(found).toContainEqual({ type: "Visit", status: "occurred", date: "2026-02-10", participants: ["person:ken-obi"] });
  });

  it("duringTrip: an undated meeting of a visitor, told just after the dated trip, took place on its day", () => {
    const found = events(
      "[Ken Obi](person:ken-obi) arrived in [Osaka](place:osaka) on Tuesday for a state visit.\n\nThe visit was long prepared. Greeting [Ken Obi](person:ken-obi) at the palace, [Hans Berg](person:hans-berg) praised their friendship.",
      "2026-02-12",
      "en",
    );
    expect(found).toContainEqual({
      type: "Meeting",
      status: "occurred",
      date: "2026-02-10",
      participants: ["person:hans-berg", "person:ken-obi"],
    });
    // Told in another city: not during the trip.
    const elsewhere = events(
      "[Ken Obi](person:ken-obi) arrived in [Osaka](place:osaka) on Tuesday for a state visit.\n\n[Ken Obi](person:ken-obi) had met [Hans Berg](person:hans-berg) in [Istanbul](place:istanbul).",
      "2026-02-12",
      "en",
    );
    expect(elsewhere.find((e) => e.type === "Meeting")?.date).not.toBe("2026-02-10");
  });

  it("dateline: the body's 'Place, date' line dates what its communiqué tells", () => {
    const found = events(
      "Rome, June 22, 2025\n\nThe minister announced the signature by [Japan](country:JP) and [Italy](country:IT) of a memorandum.",
      "2025-06-24",
      "en",
    );
    expect(found).toContainEqual({ type: "Signing", status: "occurred", date: "2025-06-22", participants: ["country:IT", "country:JP"] });
  });

  it("precedingSentence: 'ce mardi 4 mars' two sentences before the signing ceremony, in the same paragraph", () => {
    const found = events(
      "Le président [Ken Obi](person:ken-obi) est arrivé ce mardi 4 mars à [Rome](place:rome). Il a visité le port. La cérémonie de signature a réuni [Ken Obi](person:ken-obi) et [Hans Berg](person:hans-berg), qui ont signé un accord.",
      "2025-03-06",
      "fr",
    );
    expect(found).toContainEqual(expect.objectContaining({ type: "Signing", date: "2025-03-04" }));
  });

  it("precedingSentence: a date that belongs to another noun does not date the visit", () => {
    const found = events(
      "Le pays organise les législatives prévues l'an prochain. Au cours de ce mois, [Ken Obi](person:ken-obi) a rencontré [Hans Berg](person:hans-berg).",
      "2025-03-06",
      "fr",
    );
    expect(found.find((e) => e.type === "Meeting")?.date).not.toBe("2026");
  });

  it("leadPublication: an occurred event told in the lead with no date takes the publication date; a later one does not", () => {
    const found = events(
      "[Japan](country:JP) and [Italy](country:IT) have signed a pact on arms transfers.\n\nSecond paragraph.\n\nThird paragraph.\n\nEarlier, [Ken Obi](person:ken-obi) met [Hans Berg](person:hans-berg) in [Rome](place:rome).",
      "2021-03-30",
      "en",
    );
    expect(found).toContainEqual({ type: "Signing", status: "occurred", date: "2021-03-30", participants: ["country:IT", "country:JP"] });
    expect(found.find((e) => e.type === "Meeting")?.date).toBeNull();
  });
});
