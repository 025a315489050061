/**
 * Participants named by a title, a pronoun or a count instead of a name, end to end on our own sentences:
 *   a title standing for a national office held under another name  "le chef de l'État français" = the president of France
 *   "the Russian leader"                                              the head of state of Russia named before
 *   a pronoun object of a meeting's verb                              "Y l'avait reçu", "met him", "avec elle"
 *   a guest received in the passive, no host named                    "Il sera reçu à Paris" → the guest's visit
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../../ingest/pipeline.js";

function extract(body: string, published = "2026-11-04") {
  const out = extractArticle({ source: "mem.txt", format: "txt", text: body, title: null, published, publisher: null });
  const names = new Map(out.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null | undefined) => (id ? (names.get(id) ?? id) : null);
  return {
    events: out.events.map((e) => ({
      type: e.type,
      status: e.status,
      participants: e.participants.map((p) => name(p)).sort(),
      place: name(e.place),
    })),
    roles: out.relations
      .filter((r) => r.type === "HOLDS_ROLE")
      .map((r) => `${name(r.source) ?? ""} = ${String(r.properties?.title)} of ${name(r.target) ?? ""}`),
  };
}
const visits = (body: string) => extract(body).events.filter((e) => e.type === "Visit");

describe("a title standing for the holder of the same national office, named otherwise", () => {
  it("'le chef de l'État français' is the one the document calls the French president", () => {
    expect(
      visits(
        "Le président français Paul Girardin et son homologue brésilienne Ana Ribeiro ont signé mardi une déclaration. Le chef de l'État français doit se rendre jeudi à Manaus.",
      ),
    ).toContainEqual({ type: "Visit", status: "planned", participants: ["Paul Girardin"], place: "Manaus" });
  });

  it("… or the one the knowledge base makes president of France, named before", () => {
    expect(visits("Emmanuel Macron a salué l'accord mardi. Le chef de l'État français se rendra jeudi à Manaus.")).toContainEqual({
      type: "Visit",
      status: "planned",
      participants: ["Emmanuel Macron"],
      place: "Manaus",
    });
  });

  it("'the Russian leader' is Russia's head of state named before; and beside a name it is his role", () => {
    expect(
      visits(
        "Turkish President Recep Tayyip Erdogan spoke with Vladimir Putin on Tuesday. The Russian leader will travel to Ankara next week.",
      ),
    ).toContainEqual({ type: "Visit", status: "planned", participants: ["Vladimir Putin"], place: "Ankara" });
    expect(extract("The Russian leader Vladimir Putin will travel to Ankara next week.").roles).toEqual([
      "Vladimir Putin = Leader of Russia",
    ]);
    // A party's leader stays a party's.
    expect(extract("Labour leader Keir Starmer will travel to Ankara next week.").roles).not.toContain(
      "Keir Starmer = Leader of United Kingdom",
    );
  });

  it("no one when the office is another one of that country, or its holder is not named before", () => {
    // Spain's head of state is its king: "le président espagnol" is not him.
    expect(visits("Le roi Felipe VI a salué l'accord mardi. Le président espagnol se rendra jeudi à Manaus.")).toEqual([]);
    expect(visits("Le chef de l'État français se rendra jeudi à Manaus. Emmanuel Macron a salué l'accord mardi.")).toEqual([]);
    expect(visits("The Russian leader will travel to Ankara next week.")).toEqual([]);
  });
});

const meetings = (body: string, published?: string) =>
  extract(body, published)
    .events.filter((e) => e.type === "Meeting")
    .map((e) => e.participants);

describe("a pronoun object of a meeting's verb: the one person it can stand for, named just before", () => {
  it("French clitics before the verb: 'Y l'avait reçu', 'Y la recevra', 'doit le recevoir'", () => {
    expect(
      meetings(
        "Le Premier ministre néerlandais, Pieter Van Damme, réclame des garanties. « Je ne céderai pas », a-t-il lancé. Mercredi, le chancelier allemand Klaus Hoffmann l'avait pourtant reçu à Berlin.",
      ),
    ).toEqual([["Klaus Hoffmann", "Pieter Van Damme"]]);
    expect(meetings("La ministre belge Anne Claes est arrivée lundi à Madrid. Le roi Felipe la recevra mardi au palais.")).toEqual([
      ["Anne Claes", "Felipe"],
    ]);
    expect(meetings("Le ministre belge Marc Claes est arrivé lundi à Madrid. Le roi Felipe doit le recevoir mardi.")).toEqual([
      ["Felipe", "Marc Claes"],
    ]);
  });

  it("English objects after the verb and after 'with': 'met him', 'held talks with her'", () => {
    expect(
      meetings(
        "Foreign Minister Jonas Berg flew to Rome on Monday. Italian Prime Minister Lucia Ferri met him at the Chigi palace on Tuesday.",
      ),
    ).toEqual([["Jonas Berg", "Lucia Ferri"]]);
    expect(meetings("Ms Anna Lind arrived in Oslo on Monday. On Tuesday, Prime Minister Erik Dahl held talks with her.")).toEqual([
      ["Anna Lind", "Erik Dahl"],
    ]);
  });

  it("the pronoun's gender picks between two: 'avec elle' is the woman, not M. Costa", () => {
    expect(
      meetings(
        "La présidente de la Commission, Maria Lindqvist, s'est voulue rassurante devant M. Paulo Ramos. Le président ukrainien Andriy Koval s'était entretenu avec elle jeudi.",
      ),
    ).toEqual([["Andriy Koval", "Maria Lindqvist"]]);
  });

  it("no one when two people may be meant, the pronoun is far, stands for a thing, or is a possessive", () => {
    // Two men named before "l'": no guess.
    expect(
      meetings("Le ministre belge Marc Claes et le ministre néerlandais Joost Bakker sont arrivés lundi. Le roi Felipe l'a reçu mardi."),
    ).toEqual([]);
    // Named three story sentences before: too far.
    expect(
      meetings(
        "Le ministre belge Marc Claes est arrivé lundi. La pluie est tombée toute la journée. Les routes étaient fermées. Le roi Felipe l'a reçu mardi.",
      ),
    ).toEqual([]);
    // "l'" for an agreement: the only person named is the meeting's own subject.
    expect(meetings("L'accord de Lisbonne est entré en vigueur lundi. Le roi Felipe l'a reçu mardi au palais.")).toEqual([]);
    // "her counterpart" is a possessive: the counterpart is met, not a woman named before.
    expect(meetings("Ms Anna Lind arrived in Oslo on Monday. On Tuesday, Erik Dahl met her counterpart.")).not.toContainEqual([
      "Anna Lind",
      "Erik Dahl",
    ]);
    // "le" for a man does not stand for a woman.
    expect(meetings("La ministre belge Anne Claes est arrivée lundi à Madrid. Le roi Felipe le recevra mardi.")).toEqual([]);
  });
});

describe("a guest received in the passive with no host named visits the place", () => {
  it("'Il sera reçu à Paris', 'She will be received in Rome': the person the subject pronoun stands for", () => {
    expect(
      visits(
        "Le président ukrainien Andriy Koval a remercié Emmanuel Macron pour la livraison de nouveaux systèmes. Il sera reçu à Paris dans les prochaines semaines.",
      ),
    ).toContainEqual({ type: "Visit", status: "planned", participants: ["Andriy Koval"], place: "Paris" });
    expect(
      visits("Ukrainian Prime Minister Olena Koval spoke with Italian officials on Monday. She will be received in Rome next week."),
    ).toContainEqual({ type: "Visit", status: "planned", participants: ["Olena Koval"], place: "Rome" });
  });

  it("not a visit to the guest's own country, nor with a host named ('reçu par X' is a meeting)", () => {
    expect(visits("Le président français Paul Girardin a salué l'accord. Il sera reçu à Lyon la semaine prochaine.")).toEqual([]);
    expect(
      extract("Le président ukrainien Andriy Koval a salué l'accord. Il sera reçu à Paris par Emmanuel Macron la semaine prochaine.")
        .events,
    ).toContainEqual({ type: "Meeting", status: "planned", participants: ["Andriy Koval", "Emmanuel Macron"], place: "Paris" });
  });
});
