/**
 * Offices of organisations and of the bodies of a state, read end to end with the project's knowledge base, on
 * sentences written for these tests: an organisation whose name a country opens ("the Sri Lanka Ports Authority"), the
 * EU's commissioners with their portfolio, the senior civil servants of a ministry.
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

describe("the senior civil servants of a ministry", () => {
  it("reads 'Joint Secretary', 'Additional Secretary' and a portfolio in parentheses as an office of the story's country", () => {
    expect(
      roles(extract("NEW DELHI: Joint Secretary (Maritime Affairs) Ravindra Kulkarni met the visiting delegation on Monday.")),
    ).toEqual(["Ravindra Kulkarni: Secretary of India"]);
    expect(roles(extract("NEW DELHI: Ravindra Kulkarni, Joint Secretary (Maritime Affairs), attended the meeting on Monday."))).toEqual([
      "Ravindra Kulkarni: Secretary of India",
    ]);
    expect(roles(extract("NEW DELHI: Additional Secretary Meera Deshpande also attended the meeting on Monday."))).toEqual([
      "Meera Deshpande: Secretary of India",
    ]);
  });
  it("reads the secretary to or of a ministry as that ministry's, an organisation, never as its minister", () => {
    const to = roles(extract("COLOMBO: Sanjeev Mathur, Secretary to the Ministry of Ports, said the talks were useful."));
    expect(to).toEqual(["Sanjeev Mathur: Secretary of Ministry of Ports"]);
    const of = roles(extract("COLOMBO: Secretary of the Ministry of Defence Anil Varghese led the Sri Lankan side on Monday."));
    expect(of).toEqual(["Anil Varghese: Secretary of Ministry of Defence"]);
  });
  it("keeps a ministry named inside an office an organisation, before a name, in apposition, after a country's 's", () => {
    const before = extract("Secretary of the Ministry of Public Administration Kofi Mensah met the delegation on Monday.");
    expect(roles(before)).toEqual(["Kofi Mensah: Secretary of Ministry of Public Administration"]);
    expect(before.entities.filter((e) => e.type === "Organization").map((e) => e.name)).toEqual(["Ministry of Public Administration"]);
    const apposition = extract(
      "The Permanent Secretary of the Ministry of Defence, Dr. Ama Owusu, signed a memorandum with Kenya on Monday.",
    );
    expect(roles(apposition)).toEqual(["Ama Owusu: Secretary of Ministry of Defence"]);
    const signed = apposition.relations.filter((r) => r.type === "SIGNED").map((r) => r.source);
    expect(signed).toEqual(["person:ama-owusu"]);
    const country = extract("Kenya's Principal Secretary of the Ministry of Health, Mary Wanjiku, attended the talks on Monday.");
    expect(roles(country)).toEqual(["Mary Wanjiku: Secretary of Ministry of Health"]);
    // As in French, where the ministry follows the office.
    const french = extract("Le secrétaire général du ministère de l'Intérieur, Paul Vey, a reçu lundi la délégation.");
    expect(roles(french)).toEqual(["Paul Vey: Secretary-General of ministère de l'Intérieur"]);
  });
  it("makes no organisation of a ministry without its portfolio, and leaves other offices alone", () => {
    const bare = extract("Sanjeev Mathur, Secretary to the Ministry, said the talks were useful on Monday.");
    expect(bare.entities.filter((e) => e.type === "Organization")).toEqual([]);
    expect(roles(extract("The Secretary-General of the Ministry of Defence, Paul Otieno, arrived on Monday."))).toEqual([
      "Paul Otieno: Secretary-General of Ministry of Defence",
    ]);
    expect(roles(extract("Ghana's Defence Minister Kofi Mensah met the delegation on Monday."))).toEqual([
      "Kofi Mensah: Defence Minister of Ghana",
    ]);
  });
  it("takes no party nor qualifier in parentheses for a portfolio", () => {
    const party = extract("NEW DELHI: Joint Secretary (BJP) Ravi Kumar spoke on Monday.");
    const written = party.relations.filter((r) => r.type === "HOLDS_ROLE").map((r) => String(r.properties?.titleText));
    expect(written.some((t) => t.includes("(BJP)"))).toBe(false);
    expect(roles(extract("NEW DELHI: Joint Secretary (retd) Ravindra Kulkarni spoke on Monday."))).toEqual([]);
  });
});
