/**
 * Offices of organisations and of the bodies of a state, read end to end with the project's knowledge base, on
 * sentences written for these tests: an organisation whose name a country opens ("the Sri Lanka Ports Authority"), the
 * EU's commissioners with their portfolio.
 */
import { describe, expect, it } from "vitest";
import { extract, roles } from "./roles-read.js";

const persons = (text: string): string[] =>
  extract(text)
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);

describe("an organisation whose name a country opens", () => {
  it("gives 'chairman of the Sri Lanka Ports Authority' the authority, not the country", () => {
    expect(roles(extract("Kumara Wijesinghe, chairman of the Sri Lanka Ports Authority, welcomed the ship on Monday."))).toEqual([
      "Kumara Wijesinghe: Chairperson of Sri Lanka Ports Authority",
    ]);
    expect(roles(extract("The chairman of the Kenya Ports Authority, Amos Otieno, said the berth would open in May."))).toEqual([
      "Amos Otieno: Chairperson of Kenya Ports Authority",
    ]);
    expect(roles(extract("Lena Vogt, director of the Ghana Maritime Authority, signed the plan."))).toEqual([
      "Lena Vogt: Director of Ghana Maritime Authority",
    ]);
  });
  it("keeps the country as owner when no organisation's head closes the words after it", () => {
    expect(roles(extract("The President of Ghana John Mensah received the delegation in Accra."))).toEqual([
      "John Mensah: President of Ghana",
    ]);
    expect(roles(extract("Ambassador of India Ravi Kumar Sharma met the minister on Monday."))).toEqual([
      "Ravi Kumar Sharma: Ambassador of India",
    ]);
    expect(persons("The President of Ghana John Mensah received the delegation in Accra.")).toEqual(["John Mensah"]);
  });
});

describe("a European commissioner and the portfolio", () => {
  it("gives the commissioner's office, the EU's, whether the portfolio comes before, after 'for' or after 'à'", () => {
    expect(roles(extract("The Enlargement Commissioner, Hedda Lindqvist, arrived in Skopje on Tuesday."))).toEqual([
      "Hedda Lindqvist: European Commissioner of European Union",
    ]);
    expect(roles(extract("On Monday, EU Commissioner for Enlargement Hedda Lindqvist met the prime minister in the capital."))).toEqual([
      "Hedda Lindqvist: European Commissioner of European Union",
    ]);
    const french = extract(
      "La commissaire européenne à l'Élargissement, Marta Kovac, a rencontré lundi le Premier ministre albanais Edi Rama.",
    );
    expect(roles(french)).toContain("Marta Kovac: European Commissioner of European Union");
    // The portfolio is the office's words, no organisation of its own.
    expect(french.entities.filter((e) => e.type === "Organization").map((e) => e.name)).toEqual(["European Union"]);
  });
  it("keeps the EU's commissioner even in a story told from a country", () => {
    expect(roles(extract("NEW DELHI: The European Commissioner, Hedda Lindqvist, met officials on Monday."))).toEqual([
      "Hedda Lindqvist: European Commissioner of European Union",
    ]);
  });
  it("makes no European commissioner of another commissioner", () => {
    expect(roles(extract("The police commissioner, John Brody, spoke in London on Monday."))).toEqual([]);
    expect(roles(extract("India's High Commissioner, Vikram Rao, spoke in London on Monday."))).toEqual([
      "Vikram Rao: High Commissioner of India",
    ]);
  });
});
