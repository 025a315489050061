/**
 * Chairs of parliamentary committees, read end to end with the project's knowledge base on sentences written for these
 * tests: the committee is an organisation (in French written in lower case, with its chamber), and its chair's office
 * is the committee's, never a president's of a country.
 */
import { describe, expect, it } from "vitest";
import { extract, roles } from "./roles-read.js";

const organizations = (text: string): string[] =>
  extract(text)
    .entities.filter((e) => e.type === "Organization")
    .map((e) => e.name);

describe("a committee's chair in English", () => {
  it("reads 'chair of', 'the chairman of' a committee as the committee's Chairperson", () => {
    expect(
      roles(extract("Senator Maria Olsen, chair of the Senate Armed Services Committee, said on Tuesday that the bill would pass.")),
    ).toContain("Maria Olsen: Chairperson of Senate Armed Services Committee");
    expect(roles(extract("The chairman of the House Foreign Affairs Committee, Tom Reyes, disagreed on Tuesday."))).toEqual([
      "Tom Reyes: Chairperson of House Foreign Affairs Committee",
    ]);
  });
  it("types a name opened by 'House' and closed by 'Committee' as an organisation, and keeps 'Blair House' a place", () => {
    expect(organizations("Tom Reyes leads the House Armed Services Committee, he said on Tuesday.")).toEqual([
      "House Armed Services Committee",
    ]);
    const place = extract("Tom Reyes stayed at Blair House on Tuesday.").entities.find((e) => e.name === "Blair House");
    expect(place?.type).toBe("Place");
  });
  it("makes no office of a chair that is furniture or a verb", () => {
    expect(roles(extract("Tom Reyes pulled up a chair near the Senate Armed Services Committee room on Tuesday."))).toEqual([]);
    expect(roles(extract("Anna Berg will chair the session of the Senate Armed Services Committee on Tuesday."))).toEqual([]);
    expect(roles(extract("Paul Roy sat on a chair, Lisa Ward said on Tuesday."))).toEqual([]);
  });
});

describe("a committee's chair in French", () => {
  it("reads 'le président de la commission de la Défense de l'Assemblée nationale' as the committee's Chairperson", () => {
    expect(
      roles(
        extract(
          "Le président de la commission de la Défense de l'Assemblée nationale, Jean Marlot, a estimé mardi que le texte passerait.",
        ),
      ),
    ).toEqual(["Jean Marlot: Chairperson of commission de la Défense de l'Assemblée nationale"]);
    expect(roles(extract("La présidente de la commission des Affaires étrangères du Sénat, Claire Dumas, s'y est opposée mardi."))).toEqual(
      ["Claire Dumas: Chairperson of commission des Affaires étrangères du Sénat"],
    );
  });
  it("reads two portfolios joined by 'et' as one committee", () => {
    expect(organizations("Jean Marlot siège à la commission de la Défense nationale et des Forces armées depuis mardi.")).toEqual([
      "commission de la Défense nationale et des Forces armées",
    ]);
  });
  it("makes no committee of an organisation's commission the KB names, nor of a commission with no portfolio", () => {
    expect(organizations("La commission de l'UA a publié mardi un rapport.")).toEqual(["African Union"]);
    expect(organizations("Une commission d'enquête a été créée mardi.")).toEqual([]);
  });
});
