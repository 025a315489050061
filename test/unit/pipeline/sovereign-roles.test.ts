/**
 * Sovereigns told by their title and given name in a prepositional phrase ("on behalf of King X", "au nom du roi X",
 * "a message from Emperor X"), read end to end with the project's knowledge base on sentences written for these tests:
 * the person is found (the KB's holder of the office when the name opens theirs), and the office is the country's the
 * KB or the text gives.
 */
import { describe, expect, it } from "vitest";
import { extract, roles } from "./roles-read.js";

const persons = (text: string): string[] =>
  extract(text)
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);

describe("a sovereign named by the title and a given name", () => {
  it("finds the KB's holder of the office whose name opens with the given name", () => {
    expect(roles(extract("The Saudi foreign minister spoke on behalf of King Salman at the summit in Doha on Monday."))).toContain(
      "Salman bin Abdulaziz Al Saud: King of Saudi Arabia",
    );
    expect(
      roles(extract("Le ministre saoudien des Affaires étrangères a parlé lundi au nom du roi Salmane lors du sommet de Doha.")),
    ).toContain("Salman bin Abdulaziz Al Saud: King of Saudi Arabia");
  });
  it("never takes the crown prince for the king: 'bin Salman' is a father's name, no surname", () => {
    expect(persons("The Saudi foreign minister spoke on behalf of King Salman in Doha on Monday.")).not.toContain("Mohammed bin Salman");
  });
  it("keeps a name that opens no holder's of that office as the person written", () => {
    expect(persons("The Saudi foreign minister met King Faisal Omar in Doha on Monday.")).not.toContain("Salman bin Abdulaziz Al Saud");
  });
});

describe("a sovereign's title inside a KB alias", () => {
  it("reads the office of 'Emperor Naruhito', 'l'empereur Naruhito' from the title that opens the alias", () => {
    expect(roles(extract("A letter from Emperor Naruhito was read in Tokyo on Monday."))).toEqual(["Naruhito: Emperor of Japan"]);
    expect(roles(extract("Une lettre de l'empereur Naruhito a été lue lundi à Tokyo."))).toEqual(["Naruhito: Emperor of Japan"]);
  });
});

describe("the country a sovereign's envoy speaks for", () => {
  it("gives the sovereign the country of the office told before 'on behalf of', 'au nom du', 'un message de la'", () => {
    expect(roles(extract("The Jordanian foreign minister spoke on behalf of King Rashid II at the summit on Monday."))).toContain(
      "Rashid II: King of Jordan",
    );
    expect(roles(extract("L'ambassadeur danois a transmis lundi un message de la reine Ingrid au président."))).toContain(
      "Ingrid: Queen of Denmark",
    );
    expect(roles(extract("Le ministre jordanien a parlé lundi au nom du roi Rashid II lors du sommet."))).toContain(
      "Rashid II: King of Jordan",
    );
  });
  it("gives none when nothing before the cue names a country, nor from an office told after it", () => {
    const unowned = roles(extract("The ambassador delivered a message from King Rashid II to the Chinese president on Monday."));
    expect(unowned.filter((r) => r.startsWith("Rashid II"))).toEqual([]);
    expect(roles(extract("Le ministre français a parlé lundi au nom du peuple."))).toEqual([]);
  });
});
