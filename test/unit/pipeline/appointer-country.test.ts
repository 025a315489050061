/**
 * A national office given by an appointment, its country unsaid, read end to end with the project's knowledge base on
 * sentences written for these tests: the country of the head of state or government who appoints (appointersCountry).
 */
import { describe, expect, it } from "vitest";
import { extract, roles } from "./roles-read.js";

describe("the country of the head who appoints", () => {
  it("is the appointee's office's, the head named by a title and a name", () => {
    const en = extract("Kenya\n\nKenyan President William Ruto named veteran economist Sara Haddad as finance minister on Tuesday.");
    expect(roles(en)).toEqual(["William Ruto: President of Kenya", "Sara Haddad: Finance Minister of Kenya"]);
    const genitive = extract("Kenya\n\nKenyan President William Ruto's appointment of Sara Haddad as finance minister was criticised.");
    expect(roles(genitive)).toContain("Sara Haddad: Finance Minister of Kenya");
  });
  it("is the appointee's office's, the head told by an office standing alone", () => {
    const fr = extract(
      "Nomination\n\nLe président sénégalais a nommé mardi la diplomate Marie Diallo au poste de ministre des Affaires étrangères.",
    );
    expect(roles(fr)).toEqual(["Marie Diallo: Foreign Minister of Senegal"]);
    const en = extract("Kenya\n\nKenya's president named Paul Otieno as defence minister on Tuesday.");
    expect(roles(en)).toEqual(["Paul Otieno: Defence Minister of Kenya"]);
  });
  it("is not given by one who only welcomes the appointment, by one who heads no state or government, nor to a speaker", () => {
    const welcomed = extract(
      "Nomination\n\nLe président français Emmanuel Macron a salué la nomination de Marco Rossi comme ministre de la Défense.",
    );
    expect(roles(welcomed)).toEqual(["Emmanuel Macron: President of France"]);
    const opposition = extract(
      "Kenya\n\nThe Kenyan opposition leader Raila Odinga named Paul Otieno as defence minister in his shadow cabinet.",
    );
    expect(roles(opposition)).toEqual(["Raila Odinga: Leader of the Opposition of Kenya"]);
    const speaker = extract(
      "Nomination\n\nLe président sénégalais a nommé mardi Marie Diallo au poste de présidente de l'Assemblée nationale.",
    );
    expect(roles(speaker)).toEqual([]);
  });
});
