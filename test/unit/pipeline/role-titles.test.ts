/**
 * Role titles read end to end with the project's knowledge base, on sentences written for these
 * tests in French and English: a subsidiary's name owning its chief's title, command and staff
 * titles over a force, nationality nouns and counterparts in lists, plural titles over two names.
 */
import { describe, expect, it } from "vitest";
import type { DocumentExtraction } from "../../../src/model/extraction.js";
import { extract, roles } from "./roles-read.js";

const names = (out: DocumentExtraction, type: string): string[] => out.entities.filter((e) => e.type === type).map((e) => e.name);

describe("a subsidiary's name owns its chief's title", () => {
  it("reads 'X Helicopters chief executive Y' and 'le PDG d'X Helicopters, Y' as the subsidiary's chief", () => {
    const en = extract("Output will rise next year, Airbus Helicopters chief executive Carla Wendt told reporters on Monday.");
    expect(roles(en)).toEqual(["Carla Wendt: Chief Executive of Airbus Helicopters"]);
    const fr = extract("Le contrat a été signé par le PDG d'Airbus Helicopters, Marc Delorme, lundi à Marignane.");
    expect(roles(fr)).toEqual(["Marc Delorme: Chief Executive of Airbus Helicopters"]);
    expect(names(fr, "Person")).toEqual(["Marc Delorme"]);
  });
  it("keeps the parent company as owner when no head word follows it", () => {
    const fr = extract("Le contrat a été signé par le PDG d'Airbus, Marc Delorme, lundi à Toulouse.");
    expect(roles(fr)).toEqual(["Marc Delorme: Chief Executive of Airbus"]);
  });
});

describe("nationality nouns listed after a counterpart", () => {
  it("gives each 'l'Allemand X, le Britannique Y' after 'son homologue' the counterpart's office of their own country", () => {
    const fr = extract(
      "La ministre française des Armées, Claire Vautel, retrouve ce matin à Varsovie son homologue polonais Piotr Nowak, " +
        "également vice-Premier ministre, ainsi que l'Allemand Hans Gruber, le Britannique John Hale et l'Italien Marco Neri.",
    );
    expect(roles(fr)).toEqual([
      "Claire Vautel: Defence Minister of France",
      "Piotr Nowak: Defence Minister of Poland",
      "Hans Gruber: Defence Minister of Germany",
      "John Hale: Defence Minister of United Kingdom",
      "Marco Neri: Defence Minister of Italy",
    ]);
    const entoure = extract(
      "Le ministre français des Affaires étrangères, Paul Girard, était entouré de son homologue espagnol Luis Moreno et du Portugais Rui Costa.",
    );
    expect(roles(entoure)).toContain("Rui Costa: Foreign Minister of Portugal");
  });
  it("reads 'as well as the German X and the Italian Y' after 'his Polish counterpart' in English", () => {
    const en = extract(
      "Spanish Defence Minister Ana Ruiz received her Polish counterpart Piotr Nowak as well as the German Hans Gruber and the Italian Marco Neri on Tuesday.",
    );
    expect(roles(en)).toEqual(
      expect.arrayContaining(["Hans Gruber: Defence Minister of Germany", "Marco Neri: Defence Minister of Italy"]),
    );
  });
  it("not a nationality noun with a function of its own, nor one in a sentence with no counterpart", () => {
    const striker = extract(
      "Le ministre des Sports, Paul Girard, a félicité son homologue brésilien Lucas Prado, ainsi que le Brésilien Carlos Souza, attaquant du club de Lyon.",
    );
    expect(roles(striker).filter((r) => r.startsWith("Carlos Souza"))).toEqual([]);
    const company = extract(
      "Le président Paul Girard a reçu son homologue brésilien Lucas Prado et la Française Anne Morel, présidente de Renault.",
    );
    expect(roles(company).filter((r) => r.startsWith("Anne Morel"))).not.toContain("Anne Morel: President of France");
    const players = extract("Le Brésilien Carlos Souza a marqué deux buts, et l'Argentin Diego Ruiz un troisième.");
    expect(roles(players)).toEqual([]);
  });
});

describe("a title and its counterpart, then two names", () => {
  it("gives the first name the title and the second the same office of the counterpart's country", () => {
    const en = extract("The Polish foreign minister and his Ukrainian counterpart, Adam Kowal and Petro Bondar, met in Warsaw on Tuesday.");
    expect(roles(en)).toEqual(["Adam Kowal: Foreign Minister of Poland", "Petro Bondar: Foreign Minister of Ukraine"]);
    const fr = extract(
      "Le ministre polonais des Affaires étrangères et son homologue ukrainien, Adam Kowal et Olena Marchuk, se sont rencontrés mardi.",
    );
    expect(roles(fr)).toEqual(["Adam Kowal: Foreign Minister of Poland", "Olena Marchuk: Foreign Minister of Ukraine"]);
  });
  it("maps an office that has another name abroad: the US secretary of state's counterpart is a foreign minister", () => {
    const en = extract("The US Secretary of State and his Ukrainian counterpart, Mark Lane and Olena Marchuk, spoke by phone on Monday.");
    expect(roles(en)).toEqual(["Mark Lane: Secretary of State of United States", "Olena Marchuk: Foreign Minister of Ukraine"]);
  });
  it("not when the names are no list right after the counterpart", () => {
    const en = extract("The Polish foreign minister and his Ukrainian counterpart met in Warsaw, Adam Kowal and Petro Bondar said.");
    expect(roles(en).filter((r) => r.startsWith("Petro Bondar"))).toEqual([]);
  });
});

describe("a counterpart of a person the document gives no office", () => {
  const text =
    "Catherine Vautrin retrouve ce matin à Varsovie son homologue polonais Piotr Nowak, ainsi que l'Allemand Hans Gruber et le Britannique John Hale.";
  it("takes the office the knowledge base says the other side holds on the day", () => {
    expect(roles(extract(text, "2026-10-14"))).toEqual([
      "Piotr Nowak: Defence Minister of Poland",
      "Hans Gruber: Defence Minister of Germany",
      "John Hale: Defence Minister of United Kingdom",
    ]);
  });
  it("not an office the other side did not yet hold on the day", () => {
    expect(roles(extract(text, "2024-03-01"))).toEqual([]);
  });
});

describe("a military office over one force", () => {
  it("gives 'chef d'état-major de la marine grecque' the force as owner, as its Chief of Staff", () => {
    const fr = extract(
      "Le contrat a été signé par le vice-amiral Jean Dupré, chef d'état-major de la marine hellénique. " +
        "Le général Ali Khan, chef d'état-major de l'armée de terre pakistanaise, a accueilli la délégation. " +
        "L'amiral Paul Morel, chef d'état-major de la marine française, était présent.",
    );
    expect(roles(fr)).toEqual([
      "Jean Dupré: Chief of Staff of Marine hellénique",
      "Ali Khan: Chief of Staff of Armée de terre pakistanaise",
      "Paul Morel: Chief of Staff of French Navy",
    ]);
    const en = extract("Vice Admiral Nikos Pappas, commander of the Hellenic Navy, attended the ceremony on Monday.");
    expect(roles(en)).toEqual(["Nikos Pappas: Commander of Hellenic Navy"]);
  });
  it("keeps the Chief of the Defence Staff of all the forces, and a rank with no command gives no role", () => {
    const fr = extract("Le général Paul Martin, chef d'état-major des armées grecques, a parlé. Le colonel Jean Roux a salué la foule.");
    expect(roles(fr)).toEqual(["Paul Martin: Chief of the Defence Staff of Greece"]);
  });
});

describe("a portfolio's last word before an apposition that names someone by an honorific", () => {
  it("'Minister for Defence Industry, the Hon X MP': 'Industry' is the portfolio's, X the person", () => {
    const out = extract("Australia's Minister for Defence Industry, the Hon Peter Hallam MP, visited Nagasaki on Monday.");
    expect(names(out, "Person")).toEqual(["Peter Hallam"]);
    const byId = new Map(out.entities.map((e) => [e.id, e.name]));
    const visitors = out.events.filter((e) => e.type === "Visit").flatMap((e) => e.participants.map((p) => byId.get(p)));
    expect(visitors).toEqual(["Peter Hallam"]);
  });

  it("a lone name before a comma with no honorific after it stays a name ('Minister for Defence Hallam, the deputy leader')", () => {
    const out = extract("Australia's Minister for Defence Hallam, the deputy leader, visited Nagasaki on Monday.");
    expect(names(out, "Person")).toContain("Hallam");
  });
});

describe("a rank between an office and its holder's name", () => {
  it("gives the office, with the country of its own owner, to the name after the rank (en)", () => {
    const en = extract(
      "Denmark's chief of defence, General Mette Lyng, said on Tuesday that she had met Sweden's foreign minister in Oslo. " +
        "Australia's Chief of Navy, Vice Admiral Mark Hamden, met the Indian Chief of the Naval Staff, Admiral Ravi Menon, in Darwin. " +
        "The commander of US Indo-Pacific Command, Adm. Sam Parkes, arrived in Manila on Monday.",
    );
    expect(roles(en)).toEqual([
      "Mette Lyng: Chief of the Defence Staff of Denmark",
      "Mark Hamden: Service Chief of Australia",
      "Ravi Menon: Service Chief of India",
      "Sam Parkes: Commander of United States Indo-Pacific Command",
    ]);
  });
  it("gives the office to the name after 'le général', 'le vice-amiral' (fr)", () => {
    const fr = extract(
      "Le chef d'état-major des armées grecques, le général d'armée Nikos Petrou, a reçu mardi à Athènes le ministre italien de la Défense. " +
        "Le chef de la Défense belge, l'amiral Luc Peeters, était présent.",
    );
    expect(roles(fr)).toEqual(["Nikos Petrou: Chief of the Defence Staff of Greece", "Luc Peeters: Chief of the Defence Staff of Belgium"]);
  });
  it("reads a command over a force told by its nation's demonym, before a rank and a name", () => {
    const out = extract(
      "The Commander of the Australian Fleet, Rear Admiral Tom Baxter, welcomed the ships on Monday. " +
        "Le commandant de la flotte indienne, le contre-amiral Vikram Rao, était présent, comme le commandant des forces françaises, le général Luc Boyer.",
    );
    expect(roles(out)).toEqual(["Tom Baxter: Commander of Australia", "Vikram Rao: Commander of India", "Luc Boyer: Commander of France"]);
  });
  it("makes no command of a rank's own words ('général de division nigérien') nor of a force with no nation", () => {
    const out = extract(
      "Le général de division nigérien Amadou Sani a reçu le commandant de la flotte, le contre-amiral Paul Roux. The commander of the fleet, Rear Admiral Tom Baxter, spoke.",
    );
    expect(roles(out)).toEqual([]);
  });
  it("gives a definite office in apposition, a rank before the name, the country of a dateline", () => {
    const fr = extract("PARIS (AFP) - Le chef d'état-major des armées, le général d'armée Thierry Vasseur, s'est rendu mercredi à Berlin.");
    expect(roles(fr)).toEqual(["Thierry Vasseur: Chief of the Defence Staff of France"]);
    const en = extract("CANBERRA (Reuters) - The Chief of Navy, Vice Admiral Mark Hamden, arrived in Tokyo on Wednesday.");
    expect(roles(en)).toEqual(["Mark Hamden: Service Chief of Australia"]);
    const none = extract("Le chef d'état-major des armées, le général d'armée Thierry Vasseur, s'est rendu mercredi à Berlin.");
    expect(roles(none)).toEqual([]);
  });
  it("makes no office of a rank alone, even with a nationality", () => {
    const out = extract(
      "Le général nigérien Amadou Sani a reçu le colonel malien Issa Traoré à Niamey. British Air Chief Marshal Richard Fenwick met Italian Vice Admiral Paolo Neri in Rome.",
    );
    expect(roles(out)).toEqual([]);
  });
});

describe("a junior or widened portfolio keeps its own office", () => {
  it("reads the office as written, not the KB's nearest one (en)", () => {
    const en = extract(
      "Australia's Minister for Defence Readiness and Industry Paul Kersey met Britain's Secretary of State for Defence Procurement, Anne Holloway, in London on Thursday.",
    );
    expect(roles(en)).toEqual([
      "Paul Kersey: Minister for Defence Readiness and Industry of Australia",
      "Anne Holloway: Secretary of State for Defence Procurement of United Kingdom",
    ]);
    expect(names(en, "Person")).toEqual(["Paul Kersey", "Anne Holloway"]);
  });
  it("reads a French remit as written, the demonym left out (fr)", () => {
    const fr = extract(
      "Le ministre délégué français chargé des Anciens combattants et de la Mémoire, Pierre Lacoste, a reçu la ministre déléguée belge chargée de la Francophonie, Sophie Marchal.",
    );
    expect(roles(fr)).toEqual([
      "Pierre Lacoste: Ministre délégué chargé des Anciens combattants et de la Mémoire of France",
      "Sophie Marchal: Ministre déléguée chargée de la Francophonie of Belgium",
    ]);
  });
  it("reads a state secretary's and a delegate minister's remit after 'à', 'aux', each person their own office", () => {
    const fr = extract(
      "Le ministre délégué français chargé des Anciens combattants, Pierre Lacoste, a rencontré à Berlin le secrétaire d'État parlementaire allemand à la Défense, Karl Brenner. " +
        "La ministre déléguée française aux Anciens combattants et à la Mémoire Anne Roche a reçu le ministre japonais au Japon Ken Sato.",
    );
    expect(roles(fr)).toEqual([
      "Pierre Lacoste: Ministre délégué chargé des Anciens combattants of France",
      "Karl Brenner: Secrétaire d'État parlementaire à la Défense of Germany",
      "Anne Roche: Ministre déléguée aux Anciens combattants et à la Mémoire of France",
      "Ken Sato: Minister of Japan",
    ]);
    const en = extract(
      "Germany's Parliamentary State Secretary for Defence, Karl Brenner, met Britain's Minister for Veterans Claire Dupuis.",
    );
    expect(roles(en)).toEqual([
      "Karl Brenner: Parliamentary State Secretary for Defence of Germany",
      "Claire Dupuis: Minister for Veterans of United Kingdom",
    ]);
  });
  it("reads a French portfolio narrowed by 'de' and lower-case words, not 'de l'époque'", () => {
    const fr = extract(
      "Le ministre malaisien de l'Industrie de haute technologie, Ahmad Sulaiman, a reçu le ministre japonais de l'Économie de guerre Kenji Sato. " +
        "Le ministre italien de la Défense de l'époque, Marco Bellini, était présent.",
    );
    expect(roles(fr)).toEqual([
      "Ahmad Sulaiman: Ministre de l'Industrie de haute technologie of Malaysia",
      "Kenji Sato: Ministre de l'Économie de guerre of Japan",
      // "de l'époque" tells the tenure (former), not the portfolio.
      "Marco Bellini: Defence Minister of Italy",
    ]);
    expect(fr.relations.find((r) => r.type === "HOLDS_ROLE" && r.properties?.title === "Defence Minister")?.properties?.tenure).toBe(
      "former",
    );
  });
  it("keeps the KB office where the form is whole: 'Defence Minister', 'ministre italien de la Défense', a KB topic's remit", () => {
    const out = extract(
      "Le ministre italien de la Défense, Marco Bellini, a rencontré la ministre japonaise chargée de la sécurité économique, Aiko Tanaka. Britain's Defence Secretary Anne Holloway was there.",
    );
    expect(roles(out)).toEqual([
      "Marco Bellini: Defence Minister of Italy",
      "Aiko Tanaka: Minister of State for Economic Security of Japan",
      "Anne Holloway: Defence Minister of United Kingdom",
    ]);
  });
});

describe("the commander of a peacekeeping force or mission the KB knows, a rank before the name", () => {
  it("gives the command of the force to the name after the rank (fr, en)", () => {
    const fr = extract("Le commandant de la KFOR, le général de division Paolo Venti, a rencontré lundi le Premier ministre kosovar.");
    expect(roles(fr)).toContain("Paolo Venti: Commander of Kosovo Force");
    const en = extract("The commander of EUFOR, Major General Lena Holmqvist, visited Sarajevo on Monday.");
    expect(roles(en)).toEqual(["Lena Holmqvist: Commander of EUFOR Althea"]);
    const head = extract("Le chef de la MONUSCO, Anna Kessler, a quitté Goma mardi.");
    expect(roles(head)).toEqual([
      "Anna Kessler: Head of United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
    ]);
  });
  it("gives a rank alone beside the force no command", () => {
    expect(roles(extract("Le général de division Paolo Venti a rendu visite aux soldats de la KFOR."))).toEqual([]);
  });
});

describe("a junior minister attached to a minister ('auprès du ministre des Armées')", () => {
  /** The roles with their verbatim title text: "person: title [text] of owner". */
  const written = (out: DocumentExtraction): string[] => {
    const byId = new Map(out.entities.map((e) => [e.id, e.name]));
    return out.relations
      .filter((r) => r.type === "HOLDS_ROLE")
      .map((r) => `${byId.get(r.source)}: ${String(r.properties?.title)} [${String(r.properties?.titleText)}] of ${byId.get(r.target)}`);
  };
  it("reads one office with the minister's and the remit after a comma, that minister's government's, as written", () => {
    const fr = extract(
      "PARIS — Arnaud Lemoine, ministre délégué auprès du ministre des Armées, chargé des Anciens combattants, a présenté le budget.",
    );
    expect(written(fr)).toEqual([
      "Arnaud Lemoine: Ministre délégué chargé des Anciens combattants [ministre délégué auprès du ministre des Armées, chargé des Anciens combattants] of France",
    ]);
    const state = extract(
      "La France accueille le forum. Paul Moreau, secrétaire d'État auprès du ministre de l'Europe et des Affaires étrangères, chargé de la Francophonie, a parlé.",
    );
    expect(roles(state)).toEqual(["Paul Moreau: Secrétaire d'État chargé de la Francophonie of France"]);
    const bare = extract("La France renforce son armée. La ministre déléguée auprès du ministre des Armées, Claire Vidal, était à Toulon.");
    expect(roles(bare)).toEqual(["Claire Vidal: Minister of State of France"]);
  });
  it("never makes the junior minister the minister they serve beside, nor a separate holder of that office", () => {
    const out = extract(
      "La France renforce son armée. Arnaud Lemoine, ministre délégué auprès du ministre des Armées, a présenté le budget.",
    );
    expect(roles(out).some((r) => r.includes("Armed Forces") || r.startsWith("Arnaud Lemoine: Defence Minister"))).toBe(false);
    expect(roles(out)).toEqual(["Arnaud Lemoine: Minister of State of France"]);
  });
  it("gives a French state secretary with a remit the story's country, not the United States' Secretary of State's", () => {
    const fr = extract("PARIS — Paul Moreau, secrétaire d'État chargé de l'Europe, a présenté le budget.");
    expect(roles(fr)).toEqual(["Paul Moreau: Secrétaire d'État chargé de l'Europe of France"]);
    const us = extract("Le secrétaire d'État Marco Rubio a rencontré le président américain.");
    expect(roles(us)).toEqual(["Marco Rubio: Secretary of State of United States"]);
  });
  it("keeps a topic's lower-case words in the title text: 'chargé du Commerce extérieur,'", () => {
    const fr = extract("PARIS — Le ministre délégué chargé du Commerce extérieur, Thomas Leroux, a présenté le budget.");
    expect(written(fr)).toEqual(["Thomas Leroux: Minister of State for Trade [ministre délégué chargé du Commerce extérieur] of France"]);
  });
});

describe("a counterpart of a deputy head of government who holds a portfolio too", () => {
  it("takes the portfolio, not the deputy premiership", () => {
    const fr = extract(
      "Le vice-Premier ministre et ministre des Affaires étrangères belge Luc Vandamme a rencontré lundi à Rome son homologue italien Marco Bellini.",
    );
    expect(roles(fr)).toEqual([
      "Luc Vandamme: Deputy Prime Minister of Belgium",
      "Luc Vandamme: Foreign Minister of Belgium",
      "Marco Bellini: Foreign Minister of Italy",
    ]);
    const en = extract(
      "Poland's Deputy Prime Minister and Foreign Minister Tomasz Wrona met his German counterpart Hans Gruber in Warsaw on Monday.",
    );
    expect(roles(en)).toContain("Hans Gruber: Foreign Minister of Germany");
    expect(roles(en)).not.toContain("Hans Gruber: Deputy Prime Minister of Germany");
  });
  it("keeps both offices of 'Deputy Prime Minister and Minister of National Defence X', the counterpart the portfolio", () => {
    const en = extract(
      "Poland's Deputy Prime Minister and Minister of National Defence Tomasz Wrona met his German counterpart Hans Gruber in Warsaw on Monday.",
    );
    expect(roles(en)).toEqual([
      "Tomasz Wrona: Deputy Prime Minister of Poland",
      "Tomasz Wrona: Defence Minister of Poland",
      "Hans Gruber: Defence Minister of Germany",
    ]);
  });
});
