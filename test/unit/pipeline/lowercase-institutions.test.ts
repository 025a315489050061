/**
 * A university written in lower case before the place that names it ("l'université de Salamanque"), read end to end with
 * the project's knowledge base on sentences written for these tests: an organisation, owner of the office of the person
 * it employs; the place inside its name is no place or country of the story.
 */
import { describe, expect, it } from "vitest";
import { extract, roles } from "./roles-read.js";

const named = (text: string, type: string): string[] =>
  extract(text)
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

describe("a university written in lower case", () => {
  it("owns the office of the person in apposition, past a field of work, in French and in English", () => {
    const fr = extract(
      "Espagne\n\nClara Ruiz Peña, professeure de relations internationales à l'université de Salamanque, a commenté la visite mardi.",
    );
    expect(roles(fr)).toEqual(["Clara Ruiz Peña: Professor of université de Salamanque"]);
    const du = extract("Canada\n\nLuc Tremblay, chercheur à l'université du Québec, a commenté mardi.");
    expect(roles(du)).toEqual(["Luc Tremblay: Researcher of université du Québec"]);
    const en = extract("Spain\n\nClara Ruiz, a professor at the university of Salamanca, said on Tuesday the talks were useful.");
    expect(roles(en)).toEqual(["Clara Ruiz: Professor of university of Salamanca"]);
  });
  it("hides the country a place of its name would be read as", () => {
    const text = "Espagne\n\nMarta Gil Romero, professeure à l'université de Grenade, a commenté la visite mardi.";
    expect(named(text, "Country")).toEqual([]);
    expect(named(text, "Organization")).toEqual(["université de Grenade"]);
  });
  it("is no organisation without a place's name after it", () => {
    expect(named("Espagne\n\nLes étudiants de l'université ont manifesté mardi à Madrid, a indiqué Marta Gil.", "Organization")).toEqual(
      [],
    );
    expect(named("France\n\nL'université d'été du parti s'est ouverte mardi à Lille.", "Organization")).toEqual([]);
  });
});
