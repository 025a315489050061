/**
 * Offices of organisations and of the bodies of a state, read end to end with the project's knowledge base, on
 * sentences written for these tests: an organisation whose name a country opens ("the Sri Lanka Ports Authority").
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
