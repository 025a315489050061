import { describe, expect, it } from "vitest";
import { extractFromLinked } from "../../../../ingest/extract/index.js";
import { extractArticle } from "../../../../ingest/pipeline.js";
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

  it("precedingEvent: 'Later, X paid a courtesy call on Z', 'Plus tard, X s'est entretenu avec Z' follows the story's event, not the one told in the pluperfect just before", () => {
    const en = events(
      "[Ola Berg](person:ola-berg) and [Jan Nowak](person:jan-nowak) signed a defence cooperation agreement in [Warsaw](place:warsaw) on Monday. The day before, [Berg](person:ola-berg) had met [Adam Zielinski](person:adam-zielinski). Later, [Berg](person:ola-berg) paid a courtesy call on [Piotr Lis](person:piotr-lis).",
      "2026-12-03",
      "en",
    );
    expect(en).toContainEqual({
      type: "Meeting",
      status: "occurred",
      date: "2026-11-29",
      participants: ["person:adam-zielinski", "person:ola-berg"],
    });
    expect(en).toContainEqual({
      type: "Meeting",
      status: "occurred",
      date: "2026-11-30",
      participants: ["person:ola-berg", "person:piotr-lis"],
    });
    const fr = events(
      "[Ola Berg](person:ola-berg) et [Jan Nowak](person:jan-nowak) ont signé lundi à [Varsovie](place:warsaw) un accord de coopération de défense. La veille, [Ola Berg](person:ola-berg) avait rencontré [Adam Zielinski](person:adam-zielinski). Plus tard, [Berg](person:ola-berg) s'est entretenu avec [Piotr Lis](person:piotr-lis).",
      "2026-12-03",
      "fr",
    );
    expect(fr).toContainEqual({
      type: "Meeting",
      status: "occurred",
      date: "2026-11-30",
      participants: ["person:ola-berg", "person:piotr-lis"],
    });
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

describe("the day and place of the event told just before (precedingEvent), end to end", () => {
  const told = (body: string, published: string) => {
    const out = extractArticle({ source: "mem.txt", format: "txt", text: body, title: null, published, publisher: null });
    const names = new Map(out.entities.map((e) => [e.id, e.name]));
    return out.events.map((e) => [e.type, e.status, e.date, e.place ? (names.get(e.place) ?? e.place) : null]);
  };
  const lead = "Les deux pays renforcent leur coopération navale depuis plusieurs années.\n\n";

  it("an undated signing told right after a dated meeting took place on its day and at its place", () => {
    expect(
      told(
        `${lead}Le 12 novembre, la ministre des Armées Claire Dumont a reçu son homologue grec Petros Kalas à Paris. Le contrat a été signé par le PDG du chantier, Marc Ollier, et le chef d'état-major grec, Andreas Vlachos.`,
        "2026-11-20",
      ),
    ).toContainEqual(["Signing", "occurred", "2026-11-12", "Paris"]);
    expect(
      told(
        "Navies step up their cooperation.\n\nOn 12 November, Defence Minister Clara Lind hosted her Greek counterpart Petros Kalas in Berlin. The framework contract was then signed by Clara Lind and Petros Kalas.",
        "2026-11-20",
      ),
    ).toContainEqual(["Signing", "occurred", "2026-11-12", "Berlin"]);
  });

  it("takes no day from a sentence before that tells of another place", () => {
    const found = told(
      `${lead}Le 12 novembre, la ministre des Armées Claire Dumont était à Athènes. Le contrat a été signé par Claire Dumont et Petros Kalas à Paris.`,
      "2026-11-20",
    );
    expect(found).toContainEqual(["Signing", "occurred", null, "Paris"]);
  });

  it("gives no place to an event told in another paragraph", () => {
    const found = told(
      `${lead}Le 12 novembre, la ministre des Armées Claire Dumont a reçu son homologue grec Petros Kalas à Paris.\n\nLe contrat a été signé par Claire Dumont et Petros Kalas.`,
      "2026-11-20",
    );
    expect(found.find(([type]) => type === "Signing")?.[3]).toBeNull();
  });
});
