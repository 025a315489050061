/**
 * Offices with a portfolio after "for" / "chargé de", read end to end with the project's knowledge base on sentences
 * written for these tests: the portfolio stays in the office's title, the country after it is the owner, and a
 * portfolio's last noun is never taken for a person.
 */
import { describe, expect, it } from "vitest";
import { extract, roles } from "./roles-read.js";

const persons = (text: string): string[] =>
  extract(text)
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);

describe("a portfolio's last noun", () => {
  it("keeps 'Affairs', 'Industry' in the portfolio before an owner complement or a closing comma", () => {
    expect(roles(extract("The Minister for Veterans Affairs of Canada, Paul Roy, met the veterans on Monday."))).toEqual([
      "Paul Roy: Minister for Veterans Affairs of Canada",
    ]);
    expect(roles(extract("Mark Tan, the Singaporean Minister for Defence Industry, was present on Monday."))).toEqual([
      "Mark Tan: Minister for Defence Industry of Singapore",
    ]);
    expect(persons("The Minister for Veterans Affairs of Canada, Paul Roy, met the veterans on Monday.")).toEqual(["Paul Roy"]);
    expect(persons("Mark Tan, the Singaporean Minister for Defence Industry, was present on Monday.")).toEqual(["Mark Tan"]);
  });
  it("still reads a lone capitalised name after a known portfolio as the holder", () => {
    expect(roles(extract("Australian Minister for Defence Tolland said the deal was done on Monday."))).toEqual([
      "Tolland: Defence Minister of Australia",
    ]);
  });
});

describe("the owner after a remit", () => {
  it("reads the country after 'chargé de …' as the owner, the portfolio as the title", () => {
    expect(roles(extract("Le vice-Premier ministre chargé de la Défense de la Roumanie, Ion Petrescu, était présent lundi."))).toEqual([
      "Ion Petrescu: Vice-Premier ministre chargé de la Défense of Romania",
    ]);
    expect(
      roles(extract("La ministre déléguée chargée des Anciens combattants de la France, Sophie Laval, a pris la parole lundi.")),
    ).toEqual(["Sophie Laval: Ministre déléguée chargée des Anciens combattants of France"]);
  });
  it("keeps a remit's own words that are no owner ('avec', a topic)", () => {
    expect(
      roles(extract("Le ministre tchadien chargé des Relations avec le Parlement, Idriss Saleh, a parlé lundi.")).map((r) =>
        r.replace(/ of .*/u, ""),
      ),
    ).toEqual(["Idriss Saleh: Ministre chargé des Relations avec le Parlement"]);
  });
});

describe("a minister 'in' a place", () => {
  it("makes no remit of the city after 'minister in'", () => {
    const out = extract("The Saudi minister in Riyadh, Faisal Omar, welcomed the plan on Monday.");
    expect(roles(out).some((r) => r.includes("Riyadh"))).toBe(false);
  });
});
