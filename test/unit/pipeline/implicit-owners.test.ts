/**
 * National offices whose owner the text leaves implicit, read end to end with the project's knowledge base: the
 * country a story is told from, the delegation a person leads, the country a visitor is received in.
 */
import { describe, expect, it } from "vitest";
import { extract, roles } from "./roles-read.js";

describe("an office the KB gives a default country the story never names", () => {
  it("'Defence Secretary X' under another country's dateline is that country's", () => {
    const out = extract(
      "Rail plan\n\nNEW DELHI (Reuters) - Defence Secretary Harish Vardhan said on Monday that the army would buy trucks.",
    );
    expect(roles(out)).toEqual(["Harish Vardhan: Defence Minister of India"]);
  });
  it("'Defence Secretary X' at the head of a delegation a demonym qualifies is that country's", () => {
    const out = extract("Talks in Colombo\n\nAn Indian delegation led by Defence Secretary Harish Vardhan arrived on Monday for talks.");
    expect(roles(out)).toEqual(["Harish Vardhan: Defence Minister of India"]);
  });
  it("keeps the default under its own country's dateline, or when the story names it", () => {
    const london = extract(
      "Army trucks\n\nLONDON (Reuters) - Defence Secretary Harish Vardhan said on Monday that the army would buy trucks.",
    );
    expect(roles(london)).toEqual(["Harish Vardhan: Defence Minister of United Kingdom"]);
    const named = extract("Army trucks\n\nDefence Secretary Harish Vardhan said on Monday that Britain would buy trucks.");
    expect(roles(named)).toEqual(["Harish Vardhan: Defence Minister of United Kingdom"]);
  });
});

describe("the place that opens a paragraph's first sentence sets the scene for the next ones", () => {
  it("gives the officials met there the place's country, named by the place", () => {
    const fr = extract(
      "Tournée\n\nÀ Pristina, le ministre a visité une école. Il s'est ensuite entretenu avec le Premier ministre, M. Driton Berisha, puis avec la ministre des Affaires étrangères, Mme Ardita Gashi.",
    );
    expect(roles(fr)).toEqual(["Driton Berisha: Prime Minister of Kosovo", "Ardita Gashi: Foreign Minister of Kosovo"]);
    expect(fr.entities.find((e) => e.name === "Kosovo")?.mentions.map((m) => m.text)).toEqual(["Pristina"]);
    const en = extract("Tour\n\nIn Accra, she visited a port. She later met President Kwesi Ampofo and the finance minister, Ama Owusu.");
    expect(roles(en)).toEqual(["Kwesi Ampofo: President of Ghana", "Ama Owusu: Finance Minister of Ghana"]);
  });
});

describe("a guest is no official of the country that receives them", () => {
  it("gives the one who arrives no office of the dateline's country, and its officials theirs", () => {
    const out = extract(
      "Talks\n\nCOLOMBO: Defence Secretary Harish Vardhan arrived here on Monday for a three-day visit.\n\nDuring the visit, he called on Prime Minister Ruwan Senadheera.",
    );
    expect(roles(out)).toEqual(["Ruwan Senadheera: Prime Minister of Sri Lanka"]);
  });
  it("gives the one who arrives in the place a sentence opens with no office of its country", () => {
    const fr = extract("Visite\n\nÀ Niamey, le ministre de la Défense, Idriss Mahamat, est arrivé lundi pour une visite de travail.");
    expect(roles(fr)).toEqual([]);
    const en = extract("Visit\n\nIn Accra, Defence Minister Jonas Berg arrived on Monday for talks.");
    expect(roles(en)).toEqual([]);
  });
  it("still gives the host met there, and the one already there, the place's country", () => {
    const en = extract("Visit\n\nIn Accra, President Kwesi Ampofo welcomed Jonas Berg, who arrived on Monday for talks.");
    expect(roles(en)).toEqual(["Kwesi Ampofo: President of Ghana"]);
    const fr = extract("Visite\n\nÀ Niamey, le Premier ministre, Oumarou Zakari, a reçu lundi une délégation arrivée la veille.");
    expect(roles(fr)).toEqual(["Oumarou Zakari: Prime Minister of Niger"]);
  });
});

describe("the officials a visitor meets hold the visited country's offices", () => {
  it("after an arrival told in the sentence before", () => {
    const fr = extract(
      "Visite\n\nLe ministre ivoirien des Transports, Konan Brou, est arrivé mercredi à Conakry pour une visite de travail. Il a été reçu dans l'après-midi par le ministre des Affaires étrangères, M. Sékou Bangoura.",
    );
    expect(roles(fr)).toContain("Sékou Bangoura: Foreign Minister of Guinea");
    const en = extract(
      "Visit\n\nKenyan Trade Secretary Wanjiku Mwangi arrived in Dhaka on Sunday. On Monday she called on Prime Minister Rafiq Hasan at his office and later met Foreign Minister Tahmina Akter.",
    );
    expect(roles(en)).toEqual([
      "Wanjiku Mwangi: Trade Minister of Kenya",
      "Rafiq Hasan: Prime Minister of Bangladesh",
      "Tahmina Akter: Foreign Minister of Bangladesh",
    ]);
  });
  it("in the sentence that tells the visit, and after 'the visit of X to'", () => {
    const en = extract(
      "Talks\n\nDuring his visit to Jakarta, Japanese Foreign Minister Kenji Arai met President Budi Santoso and Defence Minister Agus Wibowo.",
    );
    expect(roles(en)).toEqual([
      "Kenji Arai: Foreign Minister of Japan",
      "Budi Santoso: President of Indonesia",
      "Agus Wibowo: Defence Minister of Indonesia",
    ]);
    const fr = extract(
      "Visite\n\nLa visite du ministre sénégalais Ousmane Ndiaye à Conakry s'est achevée jeudi. Il s'est entretenu avec la Première ministre, Mme Fatoumata Camara.",
    );
    expect(roles(fr)).toContain("Fatoumata Camara: Prime Minister of Guinea");
  });
  it("not the visitor's companions, an official a demonym qualifies, nor one met elsewhere, by phone or back home", () => {
    const companions = extract(
      "Visit\n\nKenyan Trade Secretary Wanjiku Mwangi arrived in Dhaka on Sunday, accompanied by Foreign Secretary Otieno Kamau. She met Indian Foreign Minister Arjun Rao, who was also in the city.",
    );
    expect(roles(companions)).toEqual([
      "Wanjiku Mwangi: Trade Minister of Kenya",
      "Otieno Kamau: Foreign Minister of Kenya",
      "Arjun Rao: Foreign Minister of India",
    ]);
    const elsewhere = extract(
      "Visit\n\nKenyan Trade Secretary Wanjiku Mwangi arrived in Dhaka on Sunday. She met Prime Minister Rafiq Hasan before flying on to Nepal. On Tuesday she spoke by phone with President Salma Begum. Back home, she briefed Foreign Minister Daniel Kiptoo.",
    );
    expect(roles(elsewhere)).toEqual(["Wanjiku Mwangi: Trade Minister of Kenya"]);
  });
});
