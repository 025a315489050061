import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractArticle } from "../../../ingest/pipeline.js";
import { prepareDocument } from "../../../ingest/text/index.js";
import type { ArticleText } from "../../../src/model/document.js";
import { DocumentExtraction } from "../../../src/model/extraction.js";

const article = (text: string, published: string | null = null): ArticleText => ({
  source: "mem.txt",
  format: "txt",
  text,
  title: null,
  published,
  publisher: null,
});

function spans(out: DocumentExtraction) {
  return [
    ...out.entities.flatMap((e) => e.mentions),
    ...out.events.flatMap((e) => e.evidence),
    ...out.relations.flatMap((r) => r.evidence),
  ];
}

describe("extractArticle", () => {
  it("reads a French article of its own end to end", () => {
    const text = [
      "date 2025-06-12",
      "",
      "Le président français Emmanuel Macron a reçu jeudi à Paris le chancelier allemand Friedrich Merz. Les deux dirigeants se sont entretenus de la défense européenne.",
      "",
      "Lors de cette rencontre, ils ont convenu d'organiser un sommet franco-allemand avant la fin de l'année.",
    ].join("\n");
    const out = extractArticle(article(text));
    expect(DocumentExtraction.safeParse(out).success).toBe(true);
    const names = new Map(out.entities.map((e) => [e.id, e.name]));
    const meetings = out.events.filter((e) => e.type === "Meeting");
    expect(meetings.map((e) => [e.status, e.participants.map((p) => names.get(p)).sort()])).toEqual([
      ["occurred", ["Emmanuel Macron", "Friedrich Merz"]],
      ["planned", ["Emmanuel Macron", "Friedrich Merz"]],
    ]);
    expect(meetings[0]?.date).toBe("2025-06-12");
    const roles = out.relations
      .filter((r) => r.type === "HOLDS_ROLE")
      .map((r) => `${names.get(r.source)}: ${String(r.properties?.title)} of ${names.get(r.target)}`);
    expect(roles).toEqual(["Emmanuel Macron: President of France", "Friedrich Merz: Chancellor of Germany"]);
  });

  it("reads an English article of its own end to end", () => {
    const text =
      "LONDON, March 3, 2025 - British Prime Minister Keir Starmer met Japan's Prime Minister Shigeru Ishiba in London on Monday.\n\nBoth leaders discussed maritime security. Defence Secretary John Healey will travel to Tokyo next month.";
    const out = extractArticle(article(text));
    const names = new Map(out.entities.map((e) => [e.id, e.name]));
    const brief = out.events.map(
      (e) =>
        `${e.type} ${e.status} ${e.date} ${e.participants
          .map((p) => names.get(p))
          .sort()
          .join("+")}`,
    );
    expect(brief).toEqual(["Meeting occurred 2025-03-03 Keir Starmer+Shigeru Ishiba", "Visit planned 2025-04 John Healey"]);
  });

  it("finds a coded programme and a grouping by shape, with their participants and members", () => {
    const relationsOf = (text: string) => {
      const out = extractArticle(article(text, "2025-03-03"));
      const names = new Map(out.entities.map((e) => [e.id, e.name]));
      return out.relations
        .filter((r) => r.type !== "HOLDS_ROLE")
        .map((r) => `${names.get(r.source)} ${r.type} ${names.get(r.target)}`)
        .sort();
    };
    expect(
      relationsOf("The submarines will be built under Canada's CPSP 12 programme, in which Germany takes part as design partner."),
    ).toEqual(["Canada PARTICIPATES_IN CPSP 12", "Germany PARTICIPATES_IN CPSP 12"]);
    expect(relationsOf("Les ministres ont évoqué le Triangle de Lublin, qui réunit la Pologne, la Lituanie et l'Ukraine.")).toEqual([
      "Lithuania MEMBER_OF Triangle de Lublin",
      "Poland MEMBER_OF Triangle de Lublin",
      "Ukraine MEMBER_OF Triangle de Lublin",
    ]);
  });

  it("keeps a venue out of a meeting's participants, in English and French", () => {
    const participantsOf = (text: string) => {
      const out = extractArticle(article(text, "2025-03-03"));
      const names = new Map(out.entities.map((e) => [e.id, e.name]));
      const places = out.entities.filter((e) => e.type === "Place").map((e) => e.name);
      return {
        meetings: out.events.filter((e) => e.type === "Meeting").map((e) => e.participants.map((p) => names.get(p)).sort()),
        places,
      };
    };
    const en = participantsOf(
      "German Defence Minister Boris Pistorius met French Armed Forces Minister Sébastien Lecornu at Fort Dorval on Monday.",
    );
    expect(en.meetings).toEqual([["Boris Pistorius", "Sébastien Lecornu"]]);
    expect(en.places).toContain("Fort Dorval");
    const fr = participantsOf(
      "Le ministre allemand de la Défense, Boris Pistorius, a rencontré lundi son homologue français, Sébastien Lecornu, au Camp de Mourmelon.",
    );
    expect(fr.meetings).toEqual([["Boris Pistorius", "Sébastien Lecornu"]]);
    expect(fr.places).toContain("Camp de Mourmelon");
  });

  it("reads title forms without an article (chef de gouvernement, chef d'État) and gives an organisation office's counterpart a real office", () => {
    const rolesOf = (text: string) => {
      const out = extractArticle(article(text, "2025-03-03"));
      const names = new Map(out.entities.map((e) => [e.id, e.name]));
      return out.relations
        .filter((r) => r.type === "HOLDS_ROLE")
        .map((r) => `${names.get(r.source)}: ${String(r.properties?.title)} of ${names.get(r.target)}`);
    };
    expect(rolesOf("Pedro Sánchez, chef de gouvernement espagnol, a reçu lundi le chef d'État finlandais, Alexander Stubb.")).toEqual([
      "Pedro Sánchez: Prime Minister of Spain",
      "Alexander Stubb: President of Finland",
    ]);
    // The counterpart of the EU's foreign-policy chief is a foreign minister (data: counterpartOffices), never "Counterpart".
    expect(
      rolesOf("The EU's foreign policy chief, Kaja Kallas, met her Japanese counterpart, Kenji Tanabe, in Brussels on Tuesday."),
    ).toContain("Kenji Tanabe: Foreign Minister of Japan");
    expect(rolesOf("La cheffe de la diplomatie de l'UE, Kaja Kallas, a reçu mardi son homologue japonais, Kenji Tanabe.")).toContain(
      "Kenji Tanabe: Foreign Minister of Japan",
    );
  });

  it("reads a passive reception (a été reçu par, was received by) as a meeting at the place named before it", () => {
    const meetingsOf = (text: string) => {
      const out = extractArticle(article(text, "2025-03-05"));
      const names = new Map(out.entities.map((e) => [e.id, e.name]));
      return out.events
        .filter((e) => e.type === "Meeting")
        .map(
          (e) =>
            `${e.participants
              .map((p) => names.get(p))
              .sort()
              .join("+")} @${e.place ? names.get(e.place) : ""}`,
        );
    };
    expect(
      meetingsOf(
        "Le chancelier allemand Friedrich Merz s'est rendu mercredi à Madrid, où il a été reçu par le chef de gouvernement espagnol, Pedro Sánchez.",
      ),
    ).toEqual(["Friedrich Merz+Pedro Sánchez @Madrid"]);
    expect(
      meetingsOf("In Madrid on Wednesday, German Chancellor Friedrich Merz was received by Spanish Prime Minister Pedro Sánchez."),
    ).toEqual(["Friedrich Merz+Pedro Sánchez @Madrid"]);
  });

  it("keeps every span verbatim and never throws, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc
            .array(
              fc.constantFrom(
                "Le ",
                "Premier ministre ",
                "japonais ",
                "Keir Starmer",
                ", ",
                "et ",
                "ont convenu ",
                "samedi",
                ". ",
                "\n\n",
                "réunion ",
                "« 2+2 »",
                "signé ",
                "Japon-UE",
                "respectivement ",
                "EN SAVOIR PLUS :",
                "’",
                "M. ",
              ),
              { maxLength: 40 },
            )
            .map((parts) => parts.join("")),
        ),
        fc.option(fc.constantFrom("2026-02-02", "2024-11", "2026"), { nil: null }),
        (text, published) => {
          const out = extractArticle(article(text, published));
          for (const s of spans(out)) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(s.start, s.end)).toBe(s.text);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("a status cue past an initialism in the event noun's complement", () => {
  it("reads 'A planned visit by U.S. Secretary of State X to Y this month was postponed' as a visit called off", () => {
    const out = extractArticle(
      article(
        "A planned visit by U.S. Secretary of State Marco Rubio to Oslo this month was postponed because of the storm, a spokeswoman said.",
        "2025-10-20",
      ),
    );
    expect(out.events.map((e) => [e.type, e.status])).toEqual([["Visit", "cancelled"]]);
  });
});

describe("a wire story dated by its yearless dateline", () => {
  it("dates its events from the dateline's day: a past weekday before it, a future one after it, in both languages", () => {
    const dateOf = (text: string, type: string, published: string | null) => {
      const out = extractArticle(article(text, published));
      return (
        out.document.published +
        " " +
        out.events
          .filter((e) => e.type === type)
          .map((e) => `${e.status} ${e.date ?? "-"}`)
          .join(", ")
      );
    };
    // Thursday 3 December 2026: "on Tuesday" told in the past is the 1st, told ahead the 8th.
    const english =
      "Ministers meet in Oslo\n\nOSLO, Dec 3 (Reuters) - Norwegian Foreign Minister Espen Barth Eide met Danish Foreign Minister Lars Løkke Rasmussen on Tuesday in Oslo.\n";
    expect(dateOf(english, "Meeting", "2026")).toBe("2026-12-03 occurred 2026-12-01");
    const french = "Visite à Rome\n\nROME, 3 déc (AFP) - Le ministre français des Armées Sébastien Lecornu se rendra mardi à Varsovie.\n";
    expect(dateOf(french, "Visit", "2026-12")).toBe("2026-12-03 planned 2026-12-08");
  });
});

describe("an event the story's present comes a span after", () => {
  it("is dated that span before publication, not on publication's day", () => {
    const out = extractArticle(
      article(
        "Visite à Varsovie\n\nCe déplacement intervient deux mois après la visite du président Emmanuel Macron en Pologne.\n",
        "2026-12-03",
      ),
    );
    expect(out.events.filter((e) => e.type === "Visit").map((e) => `${e.status} ${e.date ?? "-"}`)).toEqual(["occurred 2026-10"]);
  });
});

describe("photo captions after the story", () => {
  const story = [
    "Le Ghana et le Portugal renforcent leur coopération navale",
    "",
    "Le président ghanéen Kwame Mensah s'est entretenu mardi à Lisbonne avec le Premier ministre portugais Rui Tavares.",
  ].join("\n");
  const caption = "Kwame Mensah et Rui Tavares au palais de Belém, le 3 mars. Kwame Mensah a rencontré Ana Costa à Porto.";
  const withCaption: ArticleText = {
    ...article(`${story}\n\n${caption}`, "2026-03-04"),
    source: "mem.html",
    format: "html",
    captionsFrom: story.length + 2,
  };

  it("are a zone of their own; the document's id is the story's", () => {
    const out = extractArticle(withCaption);
    const alone = extractArticle({ ...article(story, "2026-03-04"), source: "mem.html", format: "html" });
    expect(out.document.id).toBe(alone.document.id);
    const prepared = prepareDocument(withCaption);
    expect(prepared.sentences.filter((s) => s.zone === "caption").map((s) => s.text)).toEqual([
      "Kwame Mensah et Rui Tavares au palais de Belém, le 3 mars.",
      "Kwame Mensah a rencontré Ana Costa à Porto.",
    ]);
  });

  it("name the story's entities, but tell no event of their own", () => {
    const out = extractArticle(withCaption);
    const names = out.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Porto"]));
    const porto = out.entities.find((e) => e.name === "Porto");
    expect(porto?.mentions.every((m) => m.start >= story.length)).toBe(true);
    expect(out.events.every((e) => e.evidence.every((ev) => ev.start < story.length))).toBe(true);
    expect(out.events.length).toBeGreaterThan(0);
  });
});
