/**
 * Offices told in an apposition after the name, read end to end with the project's knowledge base, on
 * sentences written for these tests in French and English: research, academic and corporate titles with
 * the organisation after "at", "à", "of", "de"; a posting city between a diplomat's title and the name.
 */
import { describe, expect, it } from "vitest";
import type { DocumentExtraction } from "../../../src/model/extraction.js";
import { extract, roles } from "./roles-read.js";

describe("an apposition after the name with the organisation after the title", () => {
  it("reads research and academic titles with 'at', 'with', 'à', 'de'", () => {
    expect(roles(extract("Tomas Lind, a professor at Uppsala University, said the order was late."))).toEqual([
      "Tomas Lind: Professor of Uppsala University",
    ]);
    expect(roles(extract("Maria Holm, a senior fellow with the Stimson Center, warned of delays on Tuesday."))).toEqual([
      "Maria Holm: Fellow of Stimson Center",
    ]);
    expect(roles(extract("Élise Garnier, chercheuse à l'Institut Montaigne, estime que le calendrier est tenu."))).toEqual([
      "Élise Garnier: Researcher of Institut Montaigne",
    ]);
    expect(roles(extract("Hugo Marchal, analyste de l'Institut Montaigne, juge l'accord fragile."))).toEqual([
      "Hugo Marchal: Analyst of Institut Montaigne",
    ]);
  });
  it("reads a corporate title: 'executive vice president of X', 'vice-présidente exécutive de X'", () => {
    expect(roles(extract("Karel Dvorak, executive vice president of Airbus, said deliveries would start in May."))).toEqual([
      "Karel Dvorak: Executive Vice President of Airbus",
    ]);
    expect(roles(extract("Sophie Marin, vice-présidente exécutive de Naval Group, a présenté le programme."))).toEqual([
      "Sophie Marin: Executive Vice President of Naval Group",
    ]);
  });
  it("reads an organisation the knowledge base does not know, after 'of', 'de': the organisation, never a person", () => {
    const en = extract("Karel Dvorak, executive vice president of Skarn Velko, said deliveries would start in May.");
    expect(roles(en)).toEqual(["Karel Dvorak: Executive Vice President of Skarn Velko"]);
    expect(en.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["Karel Dvorak"]);
    const fr = extract("Sophie Marin, directrice de Brenna Velko, a présenté le programme.");
    expect(roles(fr)).toEqual(["Sophie Marin: Director of Brenna Velko"]);
  });
  it("gives no role where the apposition names no organisation, a number or a description", () => {
    expect(roles(extract("Defence analyst Olaf Berg said the order was late."))).toEqual([]);
    expect(roles(extract("Olaf Berg, 54, said the order was late at Uppsala University."))).toEqual([]);
    expect(roles(extract("Brest, port militaire, accueille la flotte de l'Otan."))).toEqual([]);
    expect(roles(extract("Tomas Lind, a professor, met officials of Uppsala University."))).toEqual([]);
  });
});

describe("a rank between an office and its holder", () => {
  it("gives the office, not the rank, to the name after 'le général de brigade', 'le colonel-major', 'Major General (retd.)'", () => {
    expect(roles(extract("Le ministre malien de la Défense, le colonel-major Issa Traoré, a reçu la délégation."))).toEqual([
      "Issa Traoré: Defence Minister of Mali",
    ]);
    expect(roles(extract("Le chef d'état-major des armées du Niger, le général de brigade Amadou Sani, a pris la parole."))).toEqual([
      "Amadou Sani: Chief of the Defence Staff of Niger",
    ]);
    const retired = extract("Sri Lanka's Defence Secretary, Air Marshal (retd.) Kamal Silva, opened the session. He spoke briefly.");
    expect(roles(retired)).toEqual(["Kamal Silva: Defence Minister of Sri Lanka"]);
  });
  it("gives the office to the name after a retired rank written without parentheses: 'le général à la retraite', 'retired General'", () => {
    expect(roles(extract("Le ministre bolivien de la Défense, le général à la retraite Edmundo Varela, a reçu son homologue."))).toEqual([
      "Edmundo Varela: Defence Minister of Bolivia",
    ]);
    expect(roles(extract("Le ministre péruvien des Affaires étrangères, le colonel retraité Ovidio Mamani, est arrivé à Lima."))).toEqual([
      "Ovidio Mamani: Foreign Minister of Peru",
    ]);
    expect(roles(extract("Pakistan's defence minister, retired Lieutenant General Arif Zaman, met the delegation."))).toEqual([
      "Arif Zaman: Defence Minister of Pakistan",
    ]);
    expect(roles(extract("Le général à la retraite Ovidio Mamani a reçu la délégation péruvienne."))).toEqual([]);
    expect(roles(extract("Retired General Arif Zaman met the Pakistani delegation."))).toEqual([]);
  });
  it("shares a plural title over a list with a rank before a name, each name with its country after 'pour'/'for'", () => {
    const fr = extract(
      "Les ministres de la Défense des deux pays, le général à la retraite Ovidio Mamani pour le Pérou et Edmundo Varela pour la Bolivie, ont signé l'accord.",
    );
    expect(roles(fr)).toEqual(["Ovidio Mamani: Defence Minister of Peru", "Edmundo Varela: Defence Minister of Bolivia"]);
    const unknownFirst = extract(
      "Les ministres des Affaires étrangères, Ovidio Mamani pour le Pérou et le vice-amiral Edmundo Varela pour la Bolivie, se sont parlé.",
    );
    expect(roles(unknownFirst)).toEqual(["Ovidio Mamani: Foreign Minister of Peru", "Edmundo Varela: Foreign Minister of Bolivia"]);
    const en = extract("The defence ministers, retired General Ovidio Mamani for Peru and Edmundo Varela for Bolivia, signed the deal.");
    expect(roles(en)).toEqual(["Ovidio Mamani: Defence Minister of Peru", "Edmundo Varela: Defence Minister of Bolivia"]);
  });
  it("gives a rank alone no office", () => {
    expect(roles(extract("Le colonel-major Issa Traoré a reçu la délégation du Mali."))).toEqual([]);
  });
});

describe("a compound title before the name", () => {
  it("reads a capitalised portfolio between the owner and the title: 'the Indonesian Foreign Affairs Undersecretary X'", () => {
    expect(
      roles(extract("The Indonesian Foreign Affairs Undersecretary Dewi Lestari met the envoy in Jakarta on Monday after the talks.")),
    ).toEqual(["Dewi Lestari: Undersecretary of Indonesia"]);
  });
});

describe("a diplomat's posting between the title and the name", () => {
  it("reads 'High Commissioner in <city>, X' and 'ambassadeur de <pays> à <ville>, X' as the sending country's", () => {
    expect(roles(extract("India's High Commissioner in Colombo, Vikram Rao, attended the ceremony."))).toEqual([
      "Vikram Rao: High Commissioner of India",
    ]);
    expect(roles(extract("L'ambassadeur du Japon à Dakar, Kenji Sato, a assisté à la cérémonie."))).toEqual([
      "Kenji Sato: Ambassador of Japan",
    ]);
    // A posting city the knowledge base does not know is no organisation the diplomat serves.
    const unknown = extract("L'ambassadeur de France à Korvalla, Paul Morin, a assisté à la cérémonie.");
    expect(roles(unknown)).toEqual(["Paul Morin: Ambassador of France"]);
    expect(unknown.entities.filter((e) => e.type === "Organization")).toEqual([]);
  });
});

describe("what an apposition's title does not make", () => {
  it("a city's or a region's name after its mayor or governor is no organisation ('le maire de Kerlouan, X')", () => {
    const orgs = (out: DocumentExtraction) => out.entities.filter((e) => e.type === "Organization").map((e) => e.name);
    expect(orgs(extract("Étaient présents le maire de Kerlouan, Yann Le Bras, et le préfet de la région."))).not.toContain("Kerlouan");
    expect(orgs(extract("She met the governor of Tamarindo, Luis Vega, on Monday in the port."))).not.toContain("Tamarindo");
  });
  it("an office held before, with no country said, is not given the story's home country ('X, ancien chef d'état-major')", () => {
    const text =
      "Le ministre allemand de la Défense a reçu lundi à Berlin son homologue. L'Allemagne et la Pologne ont signé un accord. L'Allemagne paiera. « C'est un bon accord », a estimé le général Paul Marin, ancien chef d'état-major de l'armée de Terre, désormais consultant.";
    expect(roles(extract(text)).filter((r) => r.startsWith("Paul Marin"))).toEqual([]);
  });
});

describe("a teacher's or researcher's field between the title and the organisation", () => {
  it("reads 'a professor of history at X', 'a senior lecturer in economics at X', 'professeure de science politique à X'", () => {
    expect(roles(extract("Mary Wanjiru, a professor of history at Moi University, said the vote was credible."))).toEqual([
      "Mary Wanjiru: Professor of Moi University",
    ]);
    expect(roles(extract("John Mensah, a senior lecturer in economics at Moi University, disagreed on Tuesday."))).toEqual([
      "John Mensah: Lecturer of Moi University",
    ]);
    expect(roles(extract("Peter Otieno, a professor of international political economy at Moi University, spoke."))).toEqual([
      "Peter Otieno: Professor of Moi University",
    ]);
    expect(
      roles(extract("Aminata Diarra, professeure de science politique à l'Université de Bamako, estime que la transition est fragile.")),
    ).toEqual(["Aminata Diarra: Professor of Université de Bamako"]);
    expect(roles(extract("Paul Sagna, maître de conférences en droit public à l'Université de Bamako, estime que non."))).toEqual([
      "Paul Sagna: Lecturer of Université de Bamako",
    ]);
  });
  it("not past more than a field's few lower-case words, nor past a function word", () => {
    expect(roles(extract("Ruth Achieng, professor of the year at Moi University, spoke on Monday."))).toEqual([]);
    expect(roles(extract("Ruth Achieng, a professor who also worked for years at Moi University, spoke on Monday."))).toEqual([]);
    expect(roles(extract("Awa Diop, professeure de lettres et présidente du jury à l'Université de Bamako, a parlé."))).not.toContain(
      "Awa Diop: Professor of Université de Bamako",
    );
  });
});

describe("a defence attaché", () => {
  it("reads 'ancien attaché de défense du Tchad à Paris' as a past office of Chad and 'the defence attaché of X' as X's", () => {
    const out = extract("Le colonel Idriss Mahamat, ancien attaché de défense du Tchad à Paris, a été reçu mardi.");
    expect(roles(out)).toEqual(["Idriss Mahamat: Defence Attaché of Chad"]);
    expect(out.relations.find((r) => r.type === "HOLDS_ROLE")?.properties?.tenure).toBe("former");
    expect(roles(extract("Colonel Peter Hale, the defence attaché of Ghana in London, attended the parade."))).toEqual([
      "Peter Hale: Defence Attaché of Ghana",
    ]);
  });
});
