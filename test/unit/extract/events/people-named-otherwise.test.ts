/**
 * Participants named by a title, a pronoun or a count instead of a name, end to end on our own sentences:
 *   a title standing for a national office held under another name  "le chef de l'État français" = the president of France
 *   "the Russian leader"                                              the head of state of Russia named before
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
