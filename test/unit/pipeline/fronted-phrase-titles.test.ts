/**
 * A title right after a name that closes a phrase fronted before the subject ("After meeting X, the defence minister of
 * Serbia said …"), read end to end with the project's knowledge base on sentences written for these tests: the title
 * opens the main clause and is not the name's, unless a comma closes it as an apposition.
 */
import { describe, expect, it } from "vitest";
import { extract, roles } from "./roles-read.js";

describe("a definite title after a fronted phrase's name", () => {
  it("is the main clause's subject, not the name's office, in English and in French", () => {
    const en = extract("Talks\n\nAfter meeting Ivan Horvat, the defence minister of Serbia said on Tuesday the talks were useful.");
    expect(roles(en)).toEqual([]);
    const fr = extract(
      "Serbie\n\nAprès avoir rencontré Ivan Horvat, le ministre serbe de la Défense a déclaré mardi que les discussions étaient utiles.",
    );
    expect(roles(fr)).toEqual([]);
    const chain = extract(
      "Talks\n\nAfter meeting Ivan Horvat, the defence minister and deputy prime minister of Serbia said the talks were useful.",
    );
    expect(roles(chain)).toEqual([]);
  });
  it("stays the name's office when a comma closes the apposition", () => {
    const en = extract("Talks\n\nDuring talks with Ivan Horvat, the Serbian defence minister, the president said the talks were useful.");
    expect(roles(en)).toEqual(["Ivan Horvat: Defence Minister of Serbia"]);
    const fr = extract(
      "Serbie\n\nAprès avoir rencontré Ivan Horvat, ministre serbe de la Défense, le président a déclaré mardi que les discussions étaient utiles.",
    );
    expect(roles(fr)).toEqual(["Ivan Horvat: Defence Minister of Serbia"]);
  });
  it("stays the name's office outside a fronted phrase", () => {
    expect(roles(extract("Talks\n\nThe president met Ivan Horvat, the defence minister of Serbia."))).toEqual([
      "Ivan Horvat: Defence Minister of Serbia",
    ]);
  });
});
