/**
 * Offices of a state's spokespeople and of an organisation's special representatives, read end to end with the
 * project's knowledge base on sentences written for these tests: the presidency's and the foreign ministry's
 * spokesperson are national offices (their country from a demonym, the place a sentence opens with, the
 * story), and a special representative is the office of the body named with it, the region it serves ("pour le Sahel")
 * no owner of it.
 */
import { describe, expect, it } from "vitest";
import { extract, roles } from "./roles-read.js";

describe("the presidency's spokesperson", () => {
  it("takes the country of the place the sentence opens with", () => {
    const fr = extract(
      "Visite\n\nÀ Lima, la porte-parole de la présidence, Lucía Paredes, a indiqué mardi que la rencontre avait eu lieu.",
    );
    expect(roles(fr)).toEqual(["Lucía Paredes: Presidential Spokesperson of Peru"]);
    const en = extract("Visit\n\nIn Quito on Monday, presidential spokesman Diego Mora said the talks had gone well.");
    expect(roles(en)).toEqual(["Diego Mora: Presidential Spokesperson of Ecuador"]);
  });
  it("takes the country its demonym names, not the scene's", () => {
    const named = extract("Crise\n\nLe porte-parole de la présidence ivoirienne, Koffi Yao, a démenti mardi toute rencontre.");
    expect(roles(named)).toEqual(["Koffi Yao: Presidential Spokesperson of Ivory Coast"]);
    const abroad = extract(
      "Visite\n\nÀ Lima, le porte-parole de la présidence chilienne, Tomás Vidal, a indiqué mardi que la rencontre avait eu lieu.",
    );
    expect(roles(abroad)).toEqual(["Tomás Vidal: Presidential Spokesperson of Chile"]);
  });
  it("is no office of a country when nothing says which", () => {
    const en = extract("Talks\n\nThe spokesman for the presidency, Diego Mora, said on Monday that Ecuador and Peru would sign the deal.");
    expect(roles(en)).toEqual([]);
    const army = extract("Armée\n\nLe porte-parole de l'armée, le colonel Paul Ndiaye, a démenti mardi.");
    expect(roles(army)).toEqual([]);
  });
});

describe("the foreign ministry's spokesperson", () => {
  it("is a national office, of the demonym's country or the scene's", () => {
    const en = extract("China\n\nChinese foreign ministry spokeswoman Lin Mei said on Tuesday that Beijing was open to talks.");
    expect(roles(en)).toEqual(["Lin Mei: Foreign Ministry Spokesperson of China"]);
    const scene = extract("Talks\n\nIn Quito, the foreign ministry spokesman, Diego Mora, said on Monday that the talks had gone well.");
    expect(roles(scene)).toEqual(["Diego Mora: Foreign Ministry Spokesperson of Ecuador"]);
  });
});

describe("a special representative", () => {
  it("is the office of the organisation named before it, held later after 'will take over as'", () => {
    const en = extract(
      "Envoy\n\nLorenzo Bianchi will take over as EU special representative for the Belgrade-Pristina dialogue on Jan. 1.",
    );
    expect(roles(en)).toEqual(["Lorenzo Bianchi: Special Representative of European Union"]);
    const un = extract("Talks\n\nThe UN special representative for Libya, Anna Kovacs, briefed the council on Tuesday.");
    expect(roles(un)).toEqual(["Anna Kovacs: Special Representative of United Nations"]);
  });
  it("is no one's office with no organisation said", () => {
    expect(roles(extract("Talks\n\nHe said a special representative, Anna Kovacs, would be named later."))).toEqual([]);
  });
});

describe("the region a French envoy serves, after 'pour'", () => {
  it("stands between the envoy's title and the name in apposition after it", () => {
    const region = extract("Sahel\n\nLe représentant spécial de l'UE pour le Sahel, Marco Ferri, s'est rendu mardi à Bamako.");
    expect(roles(region)).toEqual(["Marco Ferri: Special Representative of European Union"]);
    const country = extract("Libye\n\nL'envoyée spéciale de l'ONU pour la Libye, Anna Kovacs, s'est rendue mardi à Tripoli.");
    expect(roles(country)).toEqual(["Anna Kovacs: Special Envoy of United Nations"]);
  });
  it("is not the envoy's owner, nor a link outside a title", () => {
    expect(roles(extract("Libye\n\nMarco Ferri, envoyé spécial pour la Libye, s'est rendu mardi à Tripoli."))).toEqual([]);
    expect(roles(extract("Sahel\n\nLe ministre a plaidé pour le Sahel, Marco Ferri a approuvé."))).toEqual([]);
  });
});
