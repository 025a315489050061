/**
 * Role titles read end to end with the project's knowledge base, on sentences written for these
 * tests in French and English: a subsidiary's name owning its chief's title, command and staff
 * titles over a force, nationality nouns and counterparts in lists, plural titles over two names.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../ingest/pipeline.js";
import type { DocumentExtraction } from "../../../src/model/extraction.js";

const extract = (text: string, published = "2026-12-03"): DocumentExtraction =>
  extractArticle({ source: "mem.txt", format: "txt", text, title: null, published, publisher: null });

/** "person: title of owner" for every role found. */
function roles(out: DocumentExtraction): string[] {
  const byId = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations
    .filter((r) => r.type === "HOLDS_ROLE")
    .map((r) => `${byId.get(r.source)}: ${String(r.properties?.title)} of ${byId.get(r.target)}`);
}

const names = (out: DocumentExtraction, type: string): string[] => out.entities.filter((e) => e.type === type).map((e) => e.name);

describe("a subsidiary's name owns its chief's title", () => {
  it("reads 'X Helicopters chief executive Y' and 'le PDG d'X Helicopters, Y' as the subsidiary's chief", () => {
    const en = extract("Output will rise next year, Airbus Helicopters chief executive Carla Wendt told reporters on Monday.");
    expect(roles(en)).toEqual(["Carla Wendt: Chief Executive of Airbus Helicopters"]);
    const fr = extract("Le contrat a été signé par le PDG d'Airbus Helicopters, Marc Delorme, lundi à Marignane.");
    expect(roles(fr)).toEqual(["Marc Delorme: Chief Executive of Airbus Helicopters"]);
    expect(names(fr, "Person")).toEqual(["Marc Delorme"]);
  });
  it("keeps the parent company as owner when no head word follows it", () => {
    const fr = extract("Le contrat a été signé par le PDG d'Airbus, Marc Delorme, lundi à Toulouse.");
    expect(roles(fr)).toEqual(["Marc Delorme: Chief Executive of Airbus"]);
  });
});
