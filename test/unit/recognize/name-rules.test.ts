/**
 * One test per name rule (ingest/recognize/name-rules.ts, name-refiners.ts), each on sentences
 * written for it in French and English: what the rule finds, and what it must leave alone.
 */
import { describe, expect, it } from "vitest";
import { buildMatcher } from "../../../src/kb/matcher.js";
import { recognizeMentions } from "../../../ingest/recognize/index.js";
import { GROUP_RULES, RUN_RULES, TOKEN_RULES } from "../../../ingest/recognize/name-rules.js";
import { spelledByPrefixes } from "../../../ingest/recognize/acronyms.js";
import { NAME_REFINERS } from "../../../ingest/recognize/name-refiners.js";
import type { PreparedDocument } from "../../../src/model/document.js";
import { defaultKnowledgeBase } from "../../../src/kb/load.js";
import { recognizeAndLink } from "../../../ingest/link/index.js";
import { hyphenVariants, spellingVariants, withoutGenerationalSuffix } from "../../../ingest/recognize/kb-variants.js";
import { preparedDocument, testKb } from "./fixtures.js";

const matcher = buildMatcher(testKb);
const fr = (...sentences: string[]): PreparedDocument => preparedDocument([sentences], [], "fr");
const en = (...sentences: string[]): PreparedDocument => preparedDocument([sentences], [], "en");
/** "text|type|rule" of every mention found by shape. */
const shaped = (d: PreparedDocument): string[] =>
  recognizeMentions(d, testKb, matcher)
    .mentions.filter((m) => m.rule !== undefined)
    .map((m) => `${m.text}|${m.type}|${m.rule}${m.needsAntecedent ? "|candidate" : ""}`);

describe("the rule lists", () => {
  it("are tried in a fixed order, each rule named once", () => {
    const names = [...TOKEN_RULES, ...RUN_RULES, ...GROUP_RULES, ...NAME_REFINERS].map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(TOKEN_RULES.at(-1)?.name).toBe("capitalizedRun");
    expect(GROUP_RULES.at(-1)?.name).toBe("loneName");
  });
});

describe("honorificName", () => {
  it("takes the words after an honorific as a person's name, in French and English", () => {
    expect(shaped(fr("Selon Mme Okonkwo, le texte est prêt."))).toEqual(["Okonkwo|Person|honorificName"]);
    expect(shaped(en("Mr Lindqvist left the room."))).toEqual(["Lindqvist|Person|honorificName"]);
    expect(shaped(en("On Monday, Ayatollah Zorvan Keldaru spoke."))).toEqual(["Zorvan Keldaru|Person|honorificName"]);
    expect(shaped(fr("Selon Mgr Zorvan Keldaru, le texte est prêt."))).toEqual(["Zorvan Keldaru|Person|honorificName"]);
  });
  it("needs the dot after an abbreviated rank", () => {
    expect(shaped(en("Gen. Ada Okoro spoke."))).toEqual(["Ada Okoro|Person|honorificName"]);
    expect(shaped(en("Gen Okoro spoke.")).some((m) => m.includes("honorificName"))).toBe(false);
  });
  it("reads a royal style as an honorific, not as a name of its own nor a part of one", () => {
    expect(shaped(en("The envoy, Prince Tariq bin Saeed, arrived on Monday."))).toEqual(["Tariq bin Saeed|Person|honorificName"]);
    expect(shaped(fr("L'émissaire, le prince Tariq ben Saïd, est arrivé lundi."))).toEqual([
      expect.stringMatching(/^Tariq ben Saïd\|Person\|/),
    ]);
  });
  it("reads chained styles and keeps the particles of Arabic and European names, never the style itself", () => {
    expect(shaped(en("The text was signed by His Highness Sheikh Tariq bin Saeed Al Mansoori, the envoy."))).toEqual([
      "Tariq bin Saeed Al Mansoori|Person|honorificName",
    ]);
    expect(shaped(en("H.E. Mr. Tran Van Hoa welcomed the delegation."))).toEqual(["Tran Van Hoa|Person|honorificName"]);
    expect(shaped(en("Dr. Yousef bin Khalid Al-Harbi spoke."))).toEqual(["Yousef bin Khalid Al-Harbi|Person|honorificName"]);
    expect(shaped(fr("Le texte a été signé par Son Altesse cheikh Tariq ben Saïd."))).toEqual(["Tariq ben Saïd|Person|honorificName"]);
    expect(shaped(en("The sultanate was represented by Sayyid Tariq bin Saeed Al Mansoori."))).toEqual([
      "Tariq bin Saeed Al Mansoori|Person|honorificName",
    ]);
    // A rank before an abbreviated rank ("Senior Lt. Gen."): a style, not a person named "Senior".
    expect(shaped(en("The deal was signed by Senior Lt. Gen. Ode Mbeki."))).toEqual(["Ode Mbeki|Person|honorificName"]);
  });
});

describe("featureName", () => {
  it("reads lower-case words of a geographic feature and the name after them as one place", () => {
    expect(shaped(fr("Les patrouilles du golfe de Kessarie et du lac Tambora ont repris."))).toEqual([
      "golfe de Kessarie|Place|featureName",
      "lac Tambora|Place|featureName",
    ]);
    expect(shaped(fr("La frégate croise dans le golfe de Kenya depuis lundi."))).toEqual(["golfe de Kenya|Place|featureName"]);
  });
  it("leaves a name after other lower-case words alone, and a capitalised feature to the head rule", () => {
    expect(shaped(fr("Le golfeur de Kessarie a gagné."))).not.toContainEqual(expect.stringContaining("golfeur"));
    expect(shaped(en("On Monday, drills in the Gulf of Kenya ended."))).toEqual(["Gulf of Kenya|Place|headTypedName"]);
  });
});

describe("descriptorName", () => {
  it("types the name a lower-case description introduces: places", () => {
    expect(shaped(fr("La frégate a accosté au port de Brestonne puis au large d'Al Marsa."))).toEqual([
      "Brestonne|Place|descriptorName",
      "Al Marsa|Place|descriptorName",
    ]);
    expect(shaped(en("On Monday, troops entered the town of Velika Rosa."))).toEqual(["Velika Rosa|Place|descriptorName"]);
  });
  it("types the name a lower-case description introduces or closes: organisations", () => {
    expect(shaped(fr("Selon la télévision publique Radiovox, le texte est prêt."))).toEqual(["Radiovox|Organization|descriptorName"]);
    expect(shaped(en("The state news agency KNA reported it, as did the official ZNA news agency."))).toEqual([
      "KNA|Organization|descriptorName",
      "ZNA|Organization|descriptorName",
    ]);
  });
  it("types a company its trade introduces, a demonym between them in French", () => {
    expect(shaped(en("The ammunition maker Torvald signed a deal with the shipyard PT Karang Biru."))).toEqual([
      "Torvald|Organization|descriptorName",
      "PT Karang Biru|Organization|descriptorName",
    ]);
    expect(shaped(fr("Le chantier naval italien Karang Biru a signé avec le fabricant Torvald."))).toEqual([
      "Karang Biru|Organization|descriptorName",
      "Torvald|Organization|descriptorName",
    ]);
  });
  it("not a person's name after a trade, nor a trade that is no name's descriptor", () => {
    expect(shaped(fr("Le fournisseur Jean Torvald a parlé."))).not.toContain("Jean Torvald|Organization|descriptorName");
    expect(shaped(en("The maker of the drones said nothing."))).toEqual([]);
  });
  it("leaves to the knowledge base a name it knows", () => {
    expect(shaped(fr("La frégate a accosté au port de Tokyo."))).toEqual([]);
  });
});

describe("legalFormName", () => {
  it("types capitalised words with a company's legal form before or after them as an organisation, in both languages", () => {
    expect(shaped(en("The deal with PT Karang Biru Tbk was announced, and Torvald ASA will build the hulls with Kessla AG."))).toEqual([
      "PT Karang Biru Tbk|Organization|legalFormName",
      "Torvald ASA|Organization|legalFormName",
      "Kessla AG|Organization|legalFormName",
    ]);
    expect(shaped(fr("Selon Torvald AS, la commande de PT Karang Biru est signée."))).toEqual([
      "Torvald AS|Organization|legalFormName",
      "PT Karang Biru|Organization|legalFormName",
    ]);
  });
  it("not a legal form standing alone, nor one written in lower case", () => {
    expect(shaped(en("The PT boat sailed; the AS and the AB were there."))).toEqual([]);
    expect(shaped(en("Torvald Kessla as chair was agreed."))).not.toContain("Torvald Kessla|Organization|legalFormName");
  });
});

describe("loneLegislature", () => {
  it("reads a capitalised legislature named by its head alone as an organisation", () => {
    expect(shaped(fr("Il a été reçu au Sénat mardi."))).toEqual(["Sénat|Organization|loneLegislature"]);
    expect(shaped(en("The president asked Congress to approve the deal."))).toEqual(["Congress|Organization|loneLegislature"]);
  });
  it("leaves a longer name to the head rule", () => {
    expect(shaped(fr("Il a été reçu à l'Assemblée nationale mardi."))).toEqual(["Assemblée nationale|Organization|headTypedName"]);
  });
});

describe("compassPlace", () => {
  it("reads a compass word and a name as a region", () => {
    expect(shaped(en("The exercise will be held in East Varonia in November."))).toEqual(["East Varonia|Place|compassPlace"]);
  });
});

describe("sentence openers", () => {
  it("never starts a name with a sentence-opening connective, adverb or participle", () => {
    expect(shaped(en("Furthermore, Defence Minister Okafor welcomed the plan."))).toEqual(["Okafor|Person|loneName"]);
    expect(shaped(en("Greeting Okafor at the door, the minister smiled."))).toEqual(["Okafor|Person|loneName|candidate"]);
    expect(shaped(fr("Toutefois, le ministre de la Défense Okafor a salué le plan."))).toEqual(["Okafor|Person|loneName"]);
  });

  it("never starts a name with the group of people that opens the sentence ('Leaders of the X met')", () => {
    const en1 = shaped(en("Leaders of the Varonian Fisheries Organisation met in Osk on Monday."));
    expect(en1.some((m) => m.startsWith("Varonian Fisheries Organisation|Organization"))).toBe(true);
    expect(en1.some((m) => m.startsWith("Leaders"))).toBe(false);
    const fr1 = shaped(fr("Ministres de la Communauté varonienne des pêches : la réunion s'ouvre à Osk."));
    expect(fr1.some((m) => m.startsWith("Ministres"))).toBe(false);
    // Not at the start of the sentence, or not a group before "of": the words stay.
    expect(
      shaped(en("They met the Leaders of Tomorrow Foundation in Osk.")).some((m) => m.startsWith("Leaders of Tomorrow Foundation")),
    ).toBe(true);
  });
});

describe("titledNameOverPlace", () => {
  it("reads a name the KB knows only as a place as the person's, right after a person's title", () => {
    expect(shaped(fr("La princesse héritière Adelaide est arrivée."))).toEqual(["Adelaide|Person|titledNameOverPlace"]);
    const found = recognizeMentions(fr("La princesse héritière Adelaide est arrivée."), testKb, matcher).mentions;
    expect(found.map((m) => m.type)).toEqual(["Person"]);
    expect(shaped(en("The ministers met in Adelaide."))).toEqual([]);
  });
  it("reads a place's name and the family name after it as the person's, right after a title ('Prime Minister Milan Petrov')", () => {
    expect(shaped(en("Prime Minister Adelaide Marsh spoke on Monday."))).toEqual(["Adelaide Marsh|Person|titledNameOverPlace"]);
    expect(shaped(fr("La ministre Adelaide Marsh a parlé lundi."))).toEqual(["Adelaide Marsh|Person|titledNameOverPlace"]);
  });

  it("reads a country's name and the name-like word after it as the person's, right after a title ('Defence Minister Israel Katz')", () => {
    const doc = en("Prime Minister Kenya Odinga spoke on Monday.");
    expect(shaped(doc)).toEqual(["Kenya Odinga|Person|titledNameOverPlace"]);
    expect(recognizeMentions(doc, testKb, matcher).mentions.map((m) => m.type)).toEqual(["Person"]);
    // The country alone after a title stays the country.
    expect(recognizeMentions(en("The Prime Minister flew to Kenya on Monday."), testKb, matcher).mentions.map((m) => m.type)).toEqual([
      "Country",
    ]);
  });
});

describe("givenNameOverPlace", () => {
  it("reads a given name and the place or country name right after it as a person's name ('François Hollande')", () => {
    const doc = fr("L'ancien président François Luxembourg a parlé.");
    expect(shaped(doc)).toEqual(["François Luxembourg|Person|givenNameOverPlace"]);
    expect(recognizeMentions(doc, testKb, matcher).mentions.map((m) => m.type)).toEqual(["Person"]);
    expect(shaped(en("Florence Adelaide spoke."))).toEqual(["Florence Adelaide|Person|givenNameOverPlace"]);
    // A comma between, or no given name: the place.
    expect(recognizeMentions(fr("Selon François, Luxembourg est prêt."), testKb, matcher).mentions.map((m) => m.type)).toContain("Country");
    expect(shaped(en("The talks in Luxembourg ended."))).toEqual([]);
  });
});

describe("placeAsGivenName", () => {
  const kb = { ...testKb, entities: [...testKb.entities, { id: "country:JO", name: "Jordan", type: "Country" as const, aliases: [] }] };
  const given = new Set(["jordan", "adelaide"]);
  const read = (d: PreparedDocument) =>
    recognizeMentions(d, kb, buildMatcher(kb), given).mentions.map((m) => `${m.text}|${m.type}|${m.rule ?? "kb"}`);
  it("reads a country's or a place's name that is a given name too, then a family name, as a person ('Jordan Morel')", () => {
    expect(read(fr("Jordan Morel a dénoncé l'accord."))).toEqual(["Jordan Morel|Person|placeAsGivenName"]);
    expect(read(en("Adelaide Marsh said the deal was fair."))).toEqual(["Adelaide Marsh|Person|placeAsGivenName"]);
  });
  it("keeps the place after a locative, before a third capitalised word, or when the word is no given name", () => {
    expect(read(fr("L'avion du ministre s'est posé à Adelaide Parafield."))).toContain("Adelaide|Place|kb");
    expect(read(en("The minister landed in Adelaide Parafield on Monday."))).toContain("Adelaide|Place|kb");
    expect(read(en("The minister toured Jordan Valley Authority sites."))).not.toContain("Jordan Valley|Person|placeAsGivenName");
    expect(
      recognizeMentions(en("Jordan Morel said the deal was fair."), kb, buildMatcher(kb), new Set()).mentions.map((m) => m.text),
    ).not.toContain("Jordan Morel");
  });
});

describe("titleCaseLine", () => {
  it("takes no name by shape in a title-case line", () => {
    expect(shaped(fr("Renforcement Stratégique de la Coopération Navale avec Nadia Velasquez"))).toEqual([]);
  });
  it("reads a sentence closed by a full stop as prose as soon as one content word is in lower case, however many names it holds", () => {
    expect(shaped(en("Defence Minister Nadia Velasquez met Foreign Minister Juan Ramon de la Fuente in Lima on Monday."))).toEqual(
      expect.arrayContaining(["Nadia Velasquez|Person|personName", "Juan Ramon de la Fuente|Person|personName"]),
    );
  });
});

describe("documentOrEventName", () => {
  it("takes nothing from the name of a document or an event", () => {
    expect(shaped(en("The report follows the National Defence Review."))).toEqual([]);
    expect(shaped(fr("Le texte précède le Sommet de Lisbonne."))).toEqual([]);
  });
});

describe("headTypedName", () => {
  it("types a name by a French head that opens it or an English head that closes it", () => {
    expect(shaped(fr("Le Parti travailliste a répondu."))).toEqual(["Parti travailliste|Organization|headTypedName"]);
    expect(shaped(en("They met at the Liberal Democratic Party offices."))).toContain(
      "Liberal Democratic Party|Organization|headTypedName",
    );
  });
  it("takes a lower-case noun after 'de' and a proper noun after it: 'Association des juristes de Serbie'", () => {
    expect(shaped(fr("Elle préside l'Association des juristes de Vardonie depuis mai."))).toContain(
      "Association des juristes de Vardonie|Organization|headTypedName",
    );
    expect(shaped(fr("Selon l'Union des pêcheurs du Morbel, la pêche recule."))).toContain(
      "Union des pêcheurs du Morbel|Organization|headTypedName",
    );
    // Not a person's name of several words after the link, nor past a lower-case word ("de l'…"), nor a head alone before the noun.
    expect(shaped(fr("Le Groupe des amis de Jean Dupont s'est réuni."))).not.toContain(
      "Groupe des amis de Jean Dupont|Organization|headTypedName",
    );
    expect(shaped(fr("Elle préside l'Association des juristes de la ville depuis mai."))).toEqual([]);
    expect(shaped(fr("La Commission des lois de lundi a siégé."))).toEqual([]);
  });
  it("leaves a head alone, and a head opening the sentence, to common nouns", () => {
    expect(shaped(fr("La Commission a répondu."))).toEqual([]);
    expect(shaped(fr("Accord historique entre la France et l'Italie"))).toEqual([]);
  });
});

describe("placeAfterPreposition", () => {
  it("reads a name after in/at (after a verb) as a place, and after « à » only with its country", () => {
    expect(shaped(en("The two ministers met at Rosewood Grove on Friday."))).toEqual(["Rosewood Grove|Place|placeAfterPreposition"]);
    expect(shaped(fr("Les dirigeants se sont vus à Hakone, au Japon."))).toEqual(["Hakone|Place|placeAfterPreposition"]);
    expect(shaped(fr("Le ministre a répondu à Jean Dupont."))).toEqual(["Jean Dupont|Person|personName"]);
  });
});

describe("loneName: a letter alone", () => {
  it("before a name is its initial ('S Jaishankar'), no person of its own", () => {
    const people = recognizeAndLink(en("Indian External Affairs Minister S Jaishankar met the envoy."), defaultKnowledgeBase())
      .entities.filter((e) => e.type === "Person")
      .map((e) => e.name);
    expect(people).toEqual(["Subrahmanyam Jaishankar"]);
  });
});

describe("peopleAndPlaces: a regnal number", () => {
  it("ends the name it follows ('Léon XIV', 'Harald V'), and joins no other capitalised word ('Chapter VII')", () => {
    expect(shaped(fr("Le président Zorvan XIV a reçu le ministre."))).toContain("Zorvan XIV|Person|personName");
    expect(shaped(en("On Monday, President Zorvan V met the envoy."))).toContain("Zorvan V|Person|personName");
    expect(shaped(en("The council invoked Chapter VII on Monday."))).toEqual([]);
  });
});

describe("personName: a verb only a person takes beside an unknown given name", () => {
  it("after the name ('Zorvan Keldaru a rencontré', 'met'), or a speech verb before it ('a déclaré Zorvan Keldaru')", () => {
    expect(shaped(fr("Zorvan Keldaru a rencontré lundi le ministre."))).toEqual(["Zorvan Keldaru|Person|personName"]);
    expect(shaped(fr("Zorvan Keldaru s'est rendu lundi à Kessarie."))).toContain("Zorvan Keldaru|Person|personName");
    expect(shaped(fr("« Nous avançons », a déclaré Zorvan Keldaru mardi."))).toEqual(["Zorvan Keldaru|Person|personName"]);
    expect(shaped(en("Zorvan Keldaru met the envoy on Monday."))).toEqual(["Zorvan Keldaru|Person|personName"]);
    // An outlet or an office says things too: "said" after the name is no evidence.
    expect(shaped(en("Daily Courant said on Monday that talks would resume."))).not.toContain("Daily Courant|Person|personName");
    expect(shaped(en('"We are close," said Zorvan Keldaru.'))).toEqual(["Zorvan Keldaru|Person|personName"]);
  });
  it("not with another verb, nor words the text also writes in lower case", () => {
    expect(shaped(fr("Zorvan Keldaru a annoncé un contrat."))).toEqual([]);
    expect(shaped(en("Zorvan Keldaru announced a contract."))).toEqual([]);
  });
});

describe("personName: a country's genitive or a nationality noun before an unknown given name", () => {
  it("takes the name after 'Kenya's' or after 'du Kényan' as a person's, each item of a list", () => {
    expect(shaped(en("The summit opened alongside Kenya's Tavrek Ostani and Italy's Melvo Drasani."))).toEqual([
      "Tavrek Ostani|Person|personName",
      "Melvo Drasani|Person|personName",
    ]);
    expect(shaped(en("Leaders including Germany's Ulven Brask, Kenya's Tavrek Ostani and others met."))).toEqual(
      expect.arrayContaining(["Ulven Brask|Person|personName", "Tavrek Ostani|Person|personName"]),
    );
    expect(shaped(fr("Il s'est exprimé aux côtés du Kényan Tavrek Ostani et de l'Italienne Melva Drasani."))).toEqual([
      "Tavrek Ostani|Person|personName",
      "Melva Drasani|Person|personName",
    ]);
    expect(shaped(fr("Le sommet a réuni la Kényane Tavra Ostani, l'Allemand Ulven Brask et d'autres."))).toEqual(
      expect.arrayContaining(["Tavra Ostani|Person|personName", "Ulven Brask|Person|personName"]),
    );
  });
  it("not where the name goes on into a clause, nor after a lower-case demonym or with no article before the noun", () => {
    expect(shaped(en("Kenya's Tavrek Ostani Fund manages the reserves."))).not.toContain("Tavrek Ostani|Person|personName");
    expect(shaped(en("Kenya's Tavrek Ostani manages the reserves."))).toEqual([]);
    expect(shaped(fr("Le groupe kényan Tavrek Ostani a publié ses comptes."))).not.toContain("Tavrek Ostani|Person|personName");
    expect(shaped(fr("Des Kényans Tavrek Ostani étaient présents."))).toEqual([]);
  });
});

describe("personName: the object of a meeting verb with an unknown given name", () => {
  it("right after 'met' / 'a rencontré' / 's'est entretenu avec' / 'reçu par', when the name ends the clause", () => {
    expect(shaped(en("The minister also met Zorvan Keldaru on Thursday."))).toEqual(["Zorvan Keldaru|Person|personName"]);
    expect(shaped(en("She held talks with Zorvan Keldaru, whom she had hosted in March."))).toEqual(["Zorvan Keldaru|Person|personName"]);
    expect(shaped(en("The envoy later called on Zorvan Keldaru."))).toEqual(["Zorvan Keldaru|Person|personName"]);
    expect(shaped(en("He was to meet Zorvan Keldaru in March."))).toEqual(["Zorvan Keldaru|Person|personName"]);
    expect(shaped(fr("Le ministre a rencontré Zorvan Keldaru jeudi."))).toEqual(["Zorvan Keldaru|Person|personName"]);
    expect(shaped(fr("Il s'est entretenu avec Zorvan Keldaru, qui l'a remercié."))).toEqual(["Zorvan Keldaru|Person|personName"]);
    expect(shaped(fr("La délégation a été reçue par Zorvan Keldaru au palais."))).toEqual(["Zorvan Keldaru|Person|personName"]);
    // A day or an adverb of the pack's inserts between the verb and the name.
    expect(shaped(fr("Le ministre a rencontré jeudi Zorvan Keldaru, qui l'avait invité."))).toEqual(["Zorvan Keldaru|Person|personName"]);
    expect(shaped(fr("Le ministre a rencontré mardi dernier Zorvan Keldaru."))).toEqual([]);
  });
  it("not when the name goes on with a noun, nor after another verb", () => {
    expect(shaped(en("The minister also met Kestral Valaitis executives on Thursday."))).toEqual([]);
    expect(shaped(en("The minister also praised Zorvan Keldaru on Thursday."))).toEqual([]);
    expect(shaped(fr("Le ministre a rencontré Kestral Valaitis dirigeants jeudi."))).toEqual([]);
    expect(shaped(fr("Le ministre a salué Zorvan Keldaru jeudi."))).toEqual([]);
  });
});

describe("personName: the agents of a passive signing with unknown given names", () => {
  it("right after 'signed by' / 'signé par', and the name coordinated with it", () => {
    expect(shaped(en("The memorandum was signed by Tharindu Wickramage and Oskaras Valaitis."))).toEqual([
      "Tharindu Wickramage|Person|personName",
      "Oskaras Valaitis|Person|personName",
    ]);
    expect(shaped(en("A second text was initialled by Oskaras Valaitis on Monday."))).toEqual(["Oskaras Valaitis|Person|personName"]);
    expect(shaped(fr("Le mémorandum a été signé par Tharindu Wickramage et Oskaras Valaitis."))).toEqual([
      "Tharindu Wickramage|Person|personName",
      "Oskaras Valaitis|Person|personName",
    ]);
  });
  it("not names after another verb's 'by', nor an organisation its head or its descriptor types", () => {
    expect(shaped(en("The memorandum was drafted by Tharindu Wickramage and Oskaras Valaitis."))).toEqual([]);
    expect(shaped(en("The contract was signed by Kestral Shipping Group."))).toEqual(["Kestral Shipping Group|Organization|headTypedName"]);
    expect(shaped(fr("Le contrat a été signé par la société Kestral Valaitis."))).toEqual(["Kestral Valaitis|Organization|descriptorName"]);
  });
});

describe("personName: an office in apposition beside an unknown given name", () => {
  it("after the name: a few words ending on an office noun, then what it serves up to the closing comma or stop", () => {
    expect(shaped(en("Tharindu Wickramage, Secretary to the Ministry of Harbours, signed the text."))).toContain(
      "Tharindu Wickramage|Person|personName",
    );
    expect(shaped(en("On Monday, Oskaras Valaitis, the acting director of the agency, signed the text."))).toContain(
      "Oskaras Valaitis|Person|personName",
    );
    expect(shaped(en("The text was signed by Oskaras Valaitis, executive vice president of Norvald."))).toContain(
      "Oskaras Valaitis|Person|personName",
    );
    expect(shaped(fr("Tharindu Wickramage, secrétaire du ministère des Ports, a signé le texte."))).toContain(
      "Tharindu Wickramage|Person|personName",
    );
    expect(shaped(fr("Le texte a été signé par Oskaras Valaitis, directrice par intérim de l'agence."))).toContain(
      "Oskaras Valaitis|Person|personName",
    );
  });
  it("before the name: the office and what it serves, then a comma", () => {
    expect(shaped(en("The director of the harbour board, Tharindu Wickramage, spoke."))).toContain("Tharindu Wickramage|Person|personName");
    expect(shaped(fr("Le directeur de l'agence, Tharindu Wickramage, a pris la parole."))).toContain(
      "Tharindu Wickramage|Person|personName",
    );
  });
  it("not a place after a locative, nor a clause that goes on after the office, nor a description with no office", () => {
    expect(shaped(en("In Port Velmar, the director of the agency said the ships would arrive."))).not.toContain(
      "Port Velmar|Person|personName",
    );
    expect(shaped(en("Velmar Haven, the director of the agency said on Monday that the ships would arrive."))).not.toContain(
      "Velmar Haven|Person|personName",
    );
    expect(shaped(en("Kestral Marine, the supplier of the navy, delivered the ships."))).not.toContain("Kestral Marine|Person|personName");
    expect(shaped(fr("Kestral Marine, le fournisseur de la marine, a livré les navires."))).not.toContain(
      "Kestral Marine|Person|personName",
    );
  });
});
describe("personName: an item of a list of people, each with the country they act for", () => {
  it("reads an unknown name between another item's 'pour <pays>' / 'for <country>' and its own", () => {
    expect(shaped(fr("Les ministres, Zorvan Keldaru pour l'Italie et Renko Talvane pour la France, ont signé."))).toEqual([
      "Zorvan Keldaru|Person|personName",
      "Renko Talvane|Person|personName",
    ]);
    expect(shaped(en("The ministers, Zorvan Keldaru for Italy and Renko Talvane for France, signed."))).toEqual([
      "Zorvan Keldaru|Person|personName",
      "Renko Talvane|Person|personName",
    ]);
    expect(
      shaped(fr("Les ministres, Zorvan Keldaru pour l'Italie, Renko Talvane pour la France et Ilse Varga pour le Kenya, ont signé.")),
    ).toEqual(["Zorvan Keldaru|Person|personName", "Renko Talvane|Person|personName", "Ilse Varga|Person|personName"]);
  });
  it("not a name with one item's 'pour' only, nor one after a country voted for, nor a name the text writes in lower case", () => {
    expect(shaped(fr("Les ministres, Zorvan Keldaru pour l'Italie, ont signé."))).toEqual([]);
    expect(shaped(fr("Il a voté pour l'Italie et Santa Velka pour la France."))).toEqual([]);
    expect(shaped(fr("La Coupe Velka pour l'Italie et la France aura lieu en mai."))).toEqual([]);
  });
});

describe("organizationAfterTitleLink", () => {
  it("types a name after a title and 'of', 'at', 'de', 'à' as the organisation the office serves", () => {
    expect(shaped(en("Karel Dvorak, president of Skarn Velko, said the plan was late."))).toContain(
      "Skarn Velko|Organization|organizationAfterTitleLink",
    );
    expect(shaped(fr("Élise Garnier, présidente de Brenna Velko, estime que le plan est tenu."))).toContain(
      "Brenna Velko|Organization|organizationAfterTitleLink",
    );
    expect(shaped(en("Karel Dvorak, the president of the Halden Marsk, said so."))).toContain(
      "Halden Marsk|Organization|organizationAfterTitleLink",
    );
  });
  it("not a name with a given name in it, nor a name after another word", () => {
    expect(shaped(en("The President of Parliament Emma Lind spoke.")).some((m) => m.includes("organizationAfterTitleLink"))).toBe(false);
    expect(shaped(en("The president spoke of Vantor Systems on Monday.")).some((m) => m.includes("organizationAfterTitleLink"))).toBe(
      false,
    );
  });
});

describe("organizationNameGoesOn", () => {
  it("reads one word glued to the organisation a title ends on, before ', <Name Name>', as more of the organisation", () => {
    expect(shaped(fr("Le président de Vela Group Orbis, Anne Morel, était présent."))).toContain(
      "Orbis|Organization|organizationNameGoesOn",
    );
    expect(shaped(en("The president of Vela Group Orbis, Anne Morel, was there."))).toContain("Orbis|Organization|organizationNameGoesOn");
  });
  it("not a surname after the title with no name after its comma", () => {
    expect(shaped(en("The president of Vela Group Morel, who was there, spoke.")).some((m) => m.includes("organizationNameGoesOn"))).toBe(
      false,
    );
  });
});

describe("personName", () => {
  it("reads a surname alone, 'and', then a full name with an apposition: the full name a person, the surname a candidate", () => {
    expect(shaped(en("The contract was signed by Okafor and Renko Tal-ho, the head of the Vela Group."))).toEqual([
      "Okafor|Person|personName|candidate",
      "Renko Tal-ho|Person|personName",
    ]);
    // French "et" splits the run before the rule: the same reading, by loneName and personName.
    expect(shaped(fr("Le contrat a été signé par Okafor et Renko Tal, le patron du Vela Group."))).toEqual([
      "Okafor|Person|loneName|candidate",
      "Renko Tal|Person|personName",
    ]);
    // No apposition and no evidence of a name (the agent of a signing is one): nothing is read as a person.
    expect(shaped(en("It was drafted by Okafor and Renko Tal yesterday.")).filter((m) => m.endsWith("|personName"))).toEqual([]);
    expect(shaped(en("It was signed by Okafor and Renko Tal yesterday."))).toContain("Renko Tal|Person|personName");
  });
  it("takes two to five name words as a person with a title, an apposition or evidence of a name", () => {
    expect(shaped(fr("Nadia Velasquez, ministre des Affaires étrangères, a salué l'accord."))).toEqual([
      "Nadia Velasquez|Person|personName",
    ]);
    expect(shaped(fr("Amélie Durand a publié une note."))).toEqual(["Amélie Durand|Person|personName"]);
    expect(shaped(en("Lawmakers on Capitol Hill welcomed it.")).filter((m) => m.endsWith("|personName"))).toEqual([]);
  });
  it("keeps a family name that is an article or a pronoun elsewhere, capitalised inside the sentence: 'Le', 'Ma', 'Son', 'Du'", () => {
    expect(shaped(en("Foreign Minister Le Vanh Quoc met Vice Minister Ma Zhoulin and Defense Minister Son Jae-wook."))).toEqual([
      "Le Vanh Quoc|Person|personName",
      "Ma Zhoulin|Person|personName",
      "Son Jae-wook|Person|personName",
    ]);
    expect(shaped(fr("Le ministre Du Weiming a reçu son homologue."))).toEqual(["Du Weiming|Person|personName"]);
    // The article at the sentence's start, after a quote or a particle stays an article.
    expect(shaped(fr("Le Zorvan Quelt a parlé.", "Il a dit : « Le Zorvan Quelt arrive. »"))).toEqual([]);
    expect(shaped(fr("Le ministre Jean de La Vorte est venu.")).map((m) => m.split("|")[0])).toEqual(["Jean de La Vorte"]);
  });
  it("takes an apposition opened by an article or an owner's possessive as a title after the name", () => {
    expect(shaped(en("Zorvan Quelt, the Japanese defence minister, spoke."))).toEqual(["Zorvan Quelt|Person|personName"]);
    expect(shaped(en("Zorvan Quelt, Japan's deputy defence minister, spoke."))).toEqual(["Zorvan Quelt|Person|personName"]);
    expect(shaped(fr("Zorvan Quelt, le ministre, a parlé."))).toEqual(["Zorvan Quelt|Person|personName"]);
    expect(shaped(en("Zorvan Quelt, a town near the border, spoke."))).toEqual([]);
    // An apposition that names someone after its title, or a title that owns the next noun, is none.
    expect(
      shaped(fr("Reçu à l'hôtel de Zorvan, le ministre japonais de la Défense, Ken Obi, a parlé."))
        .filter((m) => !m.endsWith("|candidate"))
        .map((m) => m.split("|")[0]),
    ).not.toContain("Zorvan");
    expect(shaped(en("They discussed the Zorvan Quelt, the minister's office said.")).map((m) => m.split("|")[0])).not.toContain(
      "Zorvan Quelt",
    );
  });
  it("ends a name before 'and' when what follows is no name of its own", () => {
    expect(shaped(en("The President Zorvan Quelt and Congolese officials met.")).filter((m) => m.includes("personName"))).toEqual([
      "Zorvan Quelt|Person|personName",
    ]);
    expect(shaped(fr("Le président Zorvan Quelt et Kinois ont parlé.")).filter((m) => m.includes("personName"))).toEqual([
      "Zorvan Quelt|Person|personName",
    ]);
  });
  it("takes a relative pronoun of persons or a copula before a title after the name as evidence of a person", () => {
    expect(shaped(en("Zorvan Quelt, who chairs the council, spoke."))).toEqual(["Zorvan Quelt|Person|personName"]);
    expect(shaped(en("Zorvan Quelt became the defence minister in May."))).toEqual(["Zorvan Quelt|Person|personName"]);
    expect(shaped(fr("Zorvan Quelt, lui-même ancien ministre, a parlé."))).toEqual(["Zorvan Quelt|Person|personName"]);
    expect(shaped(fr("Zorvan Quelt est devenu ministre de la Défense."))).toEqual(["Zorvan Quelt|Person|personName"]);
    expect(shaped(en("Zorvan Quelt became a hub for trade."))).toEqual([]);
    expect(shaped(fr("Zorvan Quelt a parlé."))).toEqual([]);
  });
  it("takes a name's particles for no common words, and a name coordinated with a given name's for a person's", () => {
    // "de" and "la" are written in lower case in every French text: they do not make the name a common phrase.
    expect(shaped(fr("Le texte a été signé par le ministre. Nadia Velasquez de la Fuente, qui dirige la délégation, a parlé."))).toContain(
      "Nadia Velasquez de la Fuente|Person|personName",
    );
    expect(shaped(fr("Zorvan Quelt et Sophie Martin ont signé l'accord."))).toEqual([
      "Zorvan Quelt|Person|personName",
      "Sophie Martin|Person|personName",
    ]);
    expect(shaped(en("It was signed by the ministers, Zorvan de la Quelt and Nadia Velasquez, on Monday."))).toEqual([
      "Zorvan de la Quelt|Person|personName",
      "Nadia Velasquez|Person|personName",
    ]);
  });
  it("reads two names joined by 'and'/'et' as two people, not one name with 'and' inside", () => {
    expect(shaped(en("It was signed by Deputy Defence Minister Nadia Velasquez and Zorvan Quelt on Monday."))).toEqual([
      "Nadia Velasquez|Person|personName",
      "Zorvan Quelt|Person|personName",
    ]);
    expect(shaped(fr("Amélie Durand et Sophie Martin ont signé l'accord."))).toEqual([
      "Amélie Durand|Person|personName",
      "Sophie Martin|Person|personName",
    ]);
  });
});

describe("placeAfterLocative", () => {
  it("reads a name after a locative preposition with no sign of a person as a place", () => {
    expect(shaped(fr("Le navire est arrivé à Porto Vedra, puis à Jean Dupont."))).toContain("Porto Vedra|Place|placeAfterLocative");
    expect(shaped(fr("Le ministre a répondu à Jean Dupont."))).toEqual(["Jean Dupont|Person|personName"]);
  });
  it("reads the object of a verb that takes a person after « à » as a person ('succède à X')", () => {
    expect(shaped(fr("La diplomate succède à Zorvan Quelt, qui a pris sa retraite."))).toEqual(["Zorvan Quelt|Person|placeAfterLocative"]);
    expect(shaped(fr("Le navire est arrivé à Porto Vedra."))).toEqual(["Porto Vedra|Place|placeAfterLocative"]);
  });
  it("keeps one word a candidate that becomes a place only when no person of the document bears it", () => {
    const one = recognizeMentions(en("They met in Marbella on Friday."), testKb, matcher).mentions;
    expect(one.map((m) => [m.text, m.needsAntecedent, m.fallbackType])).toEqual([["Marbella", true, "Place"]]);
    expect(shaped(en("They took part in European defence projects."))).toEqual(["European|Person|loneName|candidate"]);
  });
});

describe("loneName", () => {
  it("keeps one capitalised word as a person after a title, otherwise only as a candidate back-reference", () => {
    expect(shaped(fr("Le Premier ministre Okafor a parlé."))).toEqual(["Okafor|Person|loneName"]);
    expect(shaped(fr("Ensuite, Okafor a quitté la réunion."))).toEqual(["Okafor|Person|loneName|candidate"]);
  });
});

describe("names around particles, dashes and ranks", () => {
  it("keeps a name word opened by a lower-case particle: 'Abdel Fattah al-Sisi', 'Bachar al-Assad'", () => {
    expect(shaped(fr("Le président Karim Fahd al-Mansour a reçu la délégation."))).toEqual(["Karim Fahd al-Mansour|Person|personName"]);
  });
  it("joins two capitalised words across a dash into one name: 'the Japan–Philippines Business Council'", () => {
    expect(shaped(en("The Japan–Italy Business Council met in Rome."))).toEqual(["Japan–Italy Business Council|Organization|longerName"]);
    const d = recognizeMentions(en("The Japan–Italy Business Council met in Rome."), testKb, matcher);
    expect(d.mentions.map((m) => m.text)).toEqual(["Japan–Italy Business Council", "Japan", "Italy", "Rome"]);
  });
  it("reads a person after a rank or a function the KB lists as a title", () => {
    const kb = defaultKnowledgeBase();
    const people = (d: PreparedDocument) =>
      recognizeAndLink(d, kb)
        .entities.filter((e) => e.type === "Person")
        .map((e) => e.name);
    expect(people(fr("Le lieutenant-colonel Armand Vidal et l'ambassadeur Gérald Piquet sont arrivés."))).toEqual([
      "Armand Vidal",
      "Gérald Piquet",
    ]);
    expect(people(en("Admiral Tessa Brightwater and General Ode Mbeki met on Friday."))).toEqual(["Tessa Brightwater", "Ode Mbeki"]);
    expect(people(en("The army chief, Field Marshal Ode Mbeki, met the envoys."))).toEqual(["Ode Mbeki"]);
    expect(people(fr("Le chef de l'armée, le maréchal Ode Mbeki, a reçu les émissaires."))).toEqual(["Ode Mbeki"]);
  });
  it("reads a person after an abbreviated, multi-word, air or feminine rank", () => {
    const kb = defaultKnowledgeBase();
    const entities = (d: PreparedDocument) => recognizeAndLink(d, kb).entities.map((e) => `${e.type}:${e.name}`);
    expect(entities(en("Brig Gen Ilse Varga and Lt. Col. Tomas Reyd landed on Friday."))).toEqual([
      "Person:Ilse Varga",
      "Person:Tomas Reyd",
    ]);
    expect(entities(en("Air Vice-Marshal Pita Ruatoka and Rear Adm Corin Vale landed on Friday."))).toEqual([
      "Person:Pita Ruatoka",
      "Person:Corin Vale",
    ]);
    expect(entities(fr("La générale Maëlle Dufresne et le maréchal de l'air Bima Santoso sont arrivés lundi."))).toEqual([
      "Person:Maëlle Dufresne",
      "Person:Bima Santoso",
    ]);
    // The rank's own words close it, not an organisation's name: no "Armée Idriss Benali".
    expect(entities(fr("Le Général de Corps d'Armée Idriss Benali est arrivé lundi."))).toEqual(["Person:Idriss Benali"]);
    // "générale" after no determiner is an adjective.
    expect(entities(fr("La présidente Maëlle Dufresne a parlé devant l'Assemblée générale Karelienne."))).not.toContain(
      "Person:Karelienne",
    );
  });
  it("reads a person after a rank and its qualifier in parentheses", () => {
    const kb = defaultKnowledgeBase();
    const people = (d: PreparedDocument) =>
      recognizeAndLink(d, kb)
        .entities.filter((e) => e.type === "Person")
        .map((e) => e.name);
    expect(people(fr("Le général (2S) Ousmane Kébé Sarr a signé lundi."))).toEqual(["Ousmane Kébé Sarr"]);
    expect(people(en("Lt Gen (retd) Hallam Osei signed on Monday."))).toEqual(["Hallam Osei"]);
  });
  it("reads a person after a rank and its qualifier written without parentheses ('à la retraite', 'de réserve')", () => {
    const kb = defaultKnowledgeBase();
    const titles = (d: PreparedDocument) => recognizeAndLink(d, kb).titles.map((t) => t.text);
    expect(titles(fr("Le général à la retraite Ousmane Kébé Sarr a signé lundi."))).toEqual(["général à la retraite"]);
    expect(titles(fr("Le colonel de réserve Ousmane Kébé Sarr a signé lundi."))).toEqual(["colonel de réserve"]);
    // Not before a lower-case word: "à la retraite depuis" is what the general is, no part of the rank before a name.
    expect(titles(fr("Le général à la retraite depuis 2019 a signé lundi."))).toEqual(["général"]);
  });
});

describe("titledNameOfOrganization", () => {
  it("splits a titled person's name from the organisation they serve", () => {
    const kb = defaultKnowledgeBase();
    const entities = (d: PreparedDocument) => recognizeAndLink(d, kb).entities.map((e) => `${e.type}:${e.name}`);
    expect(entities(en("Colonel Ilse Varga of the Karelian Defence Forces spoke on Friday."))).toEqual([
      "Person:Ilse Varga",
      "Organization:Karelian Defence Forces",
    ]);
  });
});

describe("organizationThenPerson", () => {
  const kb = defaultKnowledgeBase();
  const entities = (d: PreparedDocument) => recognizeAndLink(d, kb).entities.map((e) => `${e.type}:${e.name}`);

  it("splits an organisation's name from the person named right after it", () => {
    expect(entities(fr("Le ministre a rencontré le président du Sénat Gérard Lemoine à Paris."))).toEqual(
      expect.arrayContaining(["Organization:Sénat", "Person:Gérard Lemoine"]),
    );
    expect(entities(en("The Speaker of the Senate John Whitaker met the envoy."))).toEqual(
      expect.arrayContaining(["Organization:Senate", "Person:John Whitaker"]),
    );
    expect(entities(en("The chairman of the Senate Armed Services Committee Roger Hale spoke on Friday."))).toEqual([
      "Organization:Senate Armed Services Committee",
      "Person:Roger Hale",
    ]);
  });

  it("keeps a name whose head stands alone before a person's name whole ('Fondation Jean Jaurès')", () => {
    expect(entities(fr("La Fondation Jean Jaurès a publié une note sur la défense."))).toEqual(["Organization:Fondation Jean Jaurès"]);
    expect(entities(en("The Senate Foreign Relations Committee met on Tuesday."))).toEqual([
      "Organization:Senate Foreign Relations Committee",
    ]);
  });
});

describe("closingFamilyName", () => {
  it("keeps an abbreviated given name with its dot in the name it opens", () => {
    // "Ma." abbreviates Maria in Filipino names; "ma" is a French possessive elsewhere.
    expect(shaped(en("Ma. Lourdes Villanueva spoke first."))).toEqual([expect.stringMatching(/^Ma\. Lourdes Villanueva\|Person\|/)]);
    expect(shaped(en("The award went to Ma. Celina Bautista."))).toEqual([expect.stringMatching(/^Ma\. Celina Bautista\|Person\|/)]);
    expect(shaped(en("Yesterday Senator Ma. Elena Cortez met the envoys."))).toEqual([
      expect.stringMatching(/^Ma\. Elena Cortez\|Person\|/),
    ]);
    expect(shaped(en("The board named Carlos Ma. Benedicto Ramos as its head."))).toEqual([
      expect.stringMatching(/^Carlos Ma\. Benedicto Ramos\|Person\|/),
    ]);
    expect(shaped(fr("Hier, la sénatrice Ma. Elena Cortez a reçu les émissaires."))).toEqual([
      expect.stringMatching(/^Ma\. Elena Cortez\|Person\|/),
    ]);
  });
  it("keeps a family name that is a function word elsewhere, capitalised inside a sentence", () => {
    expect(shaped(en("Yesterday President Alfons Mais met the envoys."))).toEqual(["Alfons Mais|Person|personName"]);
    expect(shaped(fr("Hier, le président Alfons Mais a reçu les émissaires."))).toEqual(["Alfons Mais|Person|personName"]);
  });
});

describe("longerName", () => {
  it("lets a name that goes on past a KB name win over it", () => {
    expect(shaped(en("The Vela Group Holdings statement was read."))).toEqual(["Vela Group Holdings|Organization|longerName"]);
    expect(recognizeMentions(en("Vela Group Holdings said so."), testKb, matcher).mentions.map((m) => m.text)).toEqual([
      "Vela Group Holdings",
    ]);
  });
  it("leaves a KB name whole when the run's closing head opens it and it goes on past the run", () => {
    const mentions = (d: PreparedDocument) => recognizeMentions(d, testKb, matcher).mentions.map((m) => [m.text, m.kbId ?? m.rule]);
    expect(mentions(fr("Les ministres de la Défense de l'Union européenne se sont réunis."))).toEqual([["Union européenne", "org:eu"]]);
    expect(mentions(fr("Les ministres de l'Intérieur de l'Union européenne ont voté."))).toEqual([["Union européenne", "org:eu"]]);
  });
  it("takes the whole KB name into a French name whose last word opens it", () => {
    expect(shaped(fr("Le Conseil de l'Union européenne a voté."))).toEqual(["Conseil de l'Union européenne|Organization|longerName"]);
  });
  it("keeps the KB name when the run is nothing more", () => {
    expect(recognizeMentions(en("The Vela Group said so."), testKb, matcher).mentions.map((m) => [m.text, m.kbId])).toEqual([
      ["Vela Group", "org:vela-group"],
    ]);
  });
});

describe("acronymDefinition", () => {
  it("keeps a long expansion whole when its initials spell the acronym", () => {
    const found = recognizeMentions(fr("Le Comité national pour la sauvegarde de la patrie (CNSP) a parlé."), testKb, matcher).mentions;
    expect(found.map((m) => [m.text, m.type])).toEqual([
      ["Comité national pour la sauvegarde de la patrie", "Organization"],
      ["CNSP", "Organization"],
    ]);
  });
  it("keeps an expansion whose words' first syllables spell the acronym ('Nordic Defence Cooperation (NORDEFCO)')", () => {
    const found = (text: string) => recognizeMentions(en(text), testKb, matcher).mentions.map((m) => [m.text, m.type]);
    expect(found("Both joined the Baltic Naval Cooperation (BALNACO) in May.")).toEqual([
      ["Baltic Naval Cooperation", "Organization"],
      ["BALNACO", "Organization"],
    ]);
    expect(spelledByPrefixes(["nordic", "defence", "cooperation"], "nordefco")).toBe(true);
    // Every word gives a letter, in order; none is skipped, none reordered.
    expect(spelledByPrefixes(["nordic", "defence", "cooperation"], "nordefx")).toBe(false);
    expect(spelledByPrefixes(["nordic", "defence", "cooperation"], "nordef")).toBe(false);
    expect(spelledByPrefixes(["defence", "nordic"], "nordef")).toBe(false);
    expect(found("Talks on Baltic Naval Cooperation (BNX) stalled.")).not.toContainEqual(["BNX", "Organization"]);
  });
  it("takes no organisation from a commodity, a weapon or a zone with an acronym", () => {
    expect(shaped(en("Exports of Liquefied Natural Gas (LNG) rose."))).toEqual([]);
    expect(shaped(fr("La Zone Économique Exclusive (ZEE) est contestée."))).toEqual([]);
  });
});

describe("spelling variants", () => {
  it("gives a name its other spelling, one word at a time", () => {
    expect(spellingVariants("Collective Security Treaty Organization")).toEqual(["Collective Security Treaty Organisation"]);
    expect(spellingVariants("Ministry of Defence")).toEqual(["Ministry of Defense"]);
    expect(spellingVariants("Vela Group")).toEqual([]);
  });
  it("links a name written in the other spelling to the KB entry", () => {
    const kb = defaultKnowledgeBase();
    const l = recognizeAndLink(en("Armenia froze its seat in the Collective Security Treaty Organisation."), kb);
    expect(l.entities.map((e) => e.id)).toContain("org:csto");
  });
});

describe("hyphenVariants", () => {
  it("writes a place's name of two or three capitalised words with hyphens or spaces, as French and English do", () => {
    expect(hyphenVariants("Port Louis")).toEqual(["Port-Louis"]);
    expect(hyphenVariants("Port-Moresby")).toEqual(["Port Moresby"]);
    expect(hyphenVariants("Rio de Janeiro")).toEqual([]);
    expect(hyphenVariants("Oslo")).toEqual([]);
  });
  it("lets a text find the place in the other spelling", () => {
    const kb = defaultKnowledgeBase();
    const found = recognizeAndLink(preparedDocument([["Le ministre est arrivé à Port-Louis lundi."]], [], "fr"), kb).mentions;
    expect(found.map((m) => m.entityId)).toContain("place:port-louis");
  });
});

describe("withoutGenerationalSuffix", () => {
  it("writes a person's name without 'Jr.', 'Sr.', 'II', 'III', so the given name is not left a name of its own", () => {
    expect(withoutGenerationalSuffix("Ferdinand Marcos Jr.")).toEqual(["Ferdinand Marcos"]);
    expect(withoutGenerationalSuffix("John Smith III")).toEqual(["John Smith"]);
    expect(withoutGenerationalSuffix("Marcos")).toEqual([]);
    const kb = defaultKnowledgeBase();
    const found = recognizeAndLink(preparedDocument([["President Ferdinand Marcos received the envoy."]], [], "en"), kb).mentions;
    expect(found.map((m) => m.entityId)).toEqual(["person:ferdinand-marcos-jr"]);
  });
});

describe("defaultOwner", () => {
  it("gives a title its default country, but not before a person the KB places in another country", () => {
    const kb = defaultKnowledgeBase();
    const ownerOf = (text: string) => recognizeAndLink(preparedDocument([[text]], [], "en"), kb).titles.map((t) => t.ofEntityId);
    expect(ownerOf("Defense Secretary Gilberto Teodoro spoke on Monday.")).toEqual([null]);
    expect(ownerOf("Defense Secretary Pete Hegseth spoke on Monday.")).toEqual(["country:US"]);
  });
});

describe("non-names", () => {
  it("reads no person in 'the Polish General Staff'", () => {
    expect(shaped(en("Ken Obi, chief of the Polish General Staff, travelled.")).filter((m) => m.startsWith("Staff"))).toEqual([]);
  });
});

describe("a run of capitalised words with an honorific inside", () => {
  it("reads an honorific with no name after it as a word of the run, not the end of a name before it", () => {
    for (const text of [
      "Ms Berg toured the dockyard with the First Sea Lord, Admiral Tom Reed.",
      "The Second Sea Lord said the fleet was ready.",
    ]) {
      const found = shaped(en(text));
      expect(found.filter((m) => m.includes("|Place|"))).toEqual([]);
      expect(found.filter((m) => /\|Person\|/u.test(m) && !m.endsWith("|candidate")).map((m) => m.split("|")[0])).not.toContain("Sea");
    }
  });

  it("still ends a name before an honorific that opens the next one", () => {
    expect(shaped(en("The Hotel Majestic Lord Dunmore said nothing."))).toContain("Hotel Majestic|Place|headTypedName");
    expect(shaped(en("They met at Lancaster House with Lord Dunmore."))).toContain("Lancaster House|Place|headTypedName");
  });
});

describe("gathering a run: two family names joined by 'and'", () => {
  const texts = (d: PreparedDocument): string[] => recognizeMentions(d, testKb, matcher).mentions.map((m) => m.text);

  it("'Okafor and Renko signed': two family names of people named in full before are two names, not one", () => {
    const d = en("Defence Minister Ade Okafor met Interior Minister Lina Renko on Monday.", "Okafor and Renko signed a memorandum.");
    expect(texts(d)).toContain("Okafor");
    expect(texts(d)).toContain("Renko");
    expect(texts(d)).not.toContain("Okafor and Renko");
  });

  it("keeps one name whose words are no family names told before ('Procter and Gamble'), or a longer name after 'and'", () => {
    const firm = en("Ade Okafor joined Procter and Gamble in 2001.");
    expect(texts(firm)).not.toContain("Procter");
    const longer = en("Ade Okafor met Lina Renko on Monday.", "Okafor and Renko Tal-ho signed a memorandum.");
    expect(texts(longer)).not.toContain("Renko");
  });
});

describe("a family name in capitals after the given names", () => {
  it("closes the name after a title or an honorific ('Minister Tetsuo KORIYAMA', 'M. Tetsuo KORIYAMA')", () => {
    expect(shaped(en("Minister Tetsuo KORIYAMA met the envoy on Monday."))).toEqual(["Tetsuo KORIYAMA|Person|personName"]);
    expect(shaped(en("H.E. Mr. Tetsuo KORIYAMA arrived."))).toEqual(["Tetsuo KORIYAMA|Person|honorificName"]);
    expect(shaped(fr("M. Tetsuo KORIYAMA, ministre japonais, a parlé."))).toEqual(["Tetsuo KORIYAMA|Person|honorificName"]);
  });
  it("names the person in the case of prose (refiner capitalsInProseCase)", () => {
    const names = recognizeMentions(en("Minister Tetsuo KORIYAMA met Minister WATARI Kenzo."), testKb, matcher)
      .mentions.filter((m) => m.type === "Person")
      .map((m) => m.name);
    expect(names).toEqual(["Tetsuo Koriyama", "Watari Kenzo"]);
    const regnal = recognizeMentions(en("On Monday, President Zorvan XIV met the envoy."), testKb, matcher).mentions.find(
      (m) => m.type === "Person",
    );
    expect(regnal?.name).toBe("Zorvan XIV");
  });
  it("takes no post-nominal letters nor a line in capitals into the name", () => {
    expect(shaped(en("Minister Tetsuo Koriyama OBE met the envoy."))).toEqual(["Tetsuo Koriyama|Person|personName"]);
    expect(shaped(en("Minister Tetsuo KORIYAMA VISITS TOKYO")).some((m) => m.includes("KORIYAMA|"))).toBe(false);
  });
});

describe("capitalSurnameFirst: an office abbreviated in capitals", () => {
  it("is no family name: 'DG Ana Velasco', 'FM Lin Velasco', 'PDG Jean Dupont' name the person after it alone", () => {
    expect(shaped(en("DG Ana Velasco met the envoy on Monday."))).toEqual(["Ana Velasco|Person|personName"]);
    expect(shaped(en("FM Velasco met the envoy on Monday.")).some((m) => m.includes("FM"))).toBe(false);
    expect(shaped(fr("Le PDG Jean Dupont a rencontré le ministre.")).some((m) => m.includes("PDG"))).toBe(false);
    expect(shaped(en("XQ Ana Velasco met the envoy on Monday.")).some((m) => m.includes("XQ"))).toBe(false);
  });
});

describe("capitalSurnameFirst: a family name in capitals before its given names", () => {
  it("reads the family name in capitals and the given names as one person, after a title, an honorific or before an apposition", () => {
    expect(shaped(en("Minister KORIYAMA Tetsuo met the envoy on Monday."))).toEqual(["KORIYAMA Tetsuo|Person|capitalSurnameFirst"]);
    expect(shaped(en("KORIYAMA Tetsuo met the envoy on Monday."))).toEqual(["KORIYAMA Tetsuo|Person|capitalSurnameFirst"]);
    expect(shaped(en("H.E. Mr. WATARI Kenzo, the ambassador, arrived."))).toEqual(["WATARI Kenzo|Person|honorificName"]);
    expect(shaped(en("Minister PAEK Sun-hee spoke."))).toEqual(["PAEK Sun-hee|Person|capitalSurnameFirst"]);
    expect(shaped(fr("M. KORIYAMA Tetsuo, ministre japonais, a parlé."))).toEqual(["KORIYAMA Tetsuo|Person|honorificName"]);
    expect(shaped(fr("Son Excellence M. WATARI Kenzo a reçu la délégation."))).toEqual(["WATARI Kenzo|Person|honorificName"]);
    expect(shaped(fr("KORIYAMA Tetsuo a rencontré lundi le ministre."))).toEqual(["KORIYAMA Tetsuo|Person|capitalSurnameFirst"]);
  });
  it("names the person in the case of prose", () => {
    const found = recognizeMentions(en("Minister KORIYAMA Tetsuo spoke."), testKb, matcher).mentions.find(
      (m) => m.rule === "capitalSurnameFirst",
    );
    expect(found?.name).toBe("Koriyama Tetsuo");
  });
  it("keeps the family name alone as a back-reference, a person after an honorific", () => {
    expect(shaped(en("Minister KORIYAMA said the talks went well."))).toEqual(["KORIYAMA|Person|capitalSurnameFirst|candidate"]);
    expect(shaped(en("Later, KORIYAMA said the talks went well."))).toEqual(["KORIYAMA|Person|capitalSurnameFirst|candidate"]);
    expect(shaped(fr("M. KORIYAMA a déclaré que le texte était prêt."))).toEqual(["KORIYAMA|Person|honorificName"]);
  });
  it("never makes a person of an acronym, a line in capitals or a dateline", () => {
    expect(shaped(en("NATO Allies met on Monday.")).filter((m) => m.includes("NATO"))).toEqual([]);
    expect(shaped(en("Exports of LNG rose, and QXR shares fell.")).filter((m) => /LNG|QXR/.test(m))).toEqual([]);
    expect(shaped(en("The DSCA Notice said the allies of the dsca notice agreed.")).filter((m) => m.includes("Person"))).toEqual([]);
    expect(shaped(en("OSLO TALKS RESUME AFTER PAUSE")).filter((m) => m.includes("Person"))).toEqual([]);
    expect(shaped(fr("L'OTAN et l'UE ont salué l'accord."))).toEqual([]);
    expect(shaped(en("The QXR Group met the envoy.")).filter((m) => m.includes("Person"))).toEqual([]);
  });
});

describe("honorific styles name no one", () => {
  it("never makes a person of a style with no name after it ('H.E. the Ambassador', 'S.E. l'ambassadeur', 'H.E. and Mrs. Tan')", () => {
    expect(shaped(en("H.E. the Ambassador of Japan attended the reception."))).toEqual([]);
    expect(shaped(en("The hosts, H.E. and Mrs. Velarde, welcomed the guests."))).toEqual(["Velarde|Person|honorificName"]);
    expect(shaped(en("His Excellency the Ambassador left early."))).toEqual([]);
    expect(shaped(fr("S.E. l'ambassadeur du Japon a assisté à la réception."))).toEqual([]);
    expect(shaped(fr("Son Excellence l'ambassadeur a ensuite quitté la salle."))).toEqual([]);
  });
  it("reads 'Rt Hon', 'Right Honourable' and 'The Honourable' as styles before the name, never as its first words", () => {
    expect(shaped(en("The bill was tabled by Rt Hon Anne Velarde on Monday."))).toEqual(["Anne Velarde|Person|honorificName"]);
    expect(shaped(en("The Right Honourable Anne Velarde met the envoy."))).toEqual(["Anne Velarde|Person|honorificName"]);
    expect(shaped(en("It was welcomed by the Hon. Mark Doyle and the Honourable Anne Velarde."))).toEqual(
      expect.arrayContaining(["Mark Doyle|Person|honorificName", "Anne Velarde|Person|honorificName"]),
    );
  });
});

describe("middle initials", () => {
  it("keeps a middle initial inside the name after an honorific ('Gen. Mara T. Velasco'), not the name cut at the initial", () => {
    expect(shaped(en("Secretary Cruz met Gen. Mara T. Velasco on Monday."))).toContain("Mara T. Velasco|Person|honorificName");
    expect(shaped(fr("Selon Mme Mara T. Velasco, le texte est prêt."))).toEqual(["Mara T. Velasco|Person|honorificName"]);
  });
  it("takes a middle initial as evidence of a person's name, in both languages", () => {
    expect(shaped(en("The deal was signed by Teodulo J. Marquez in the capital."))).toEqual(["Teodulo J. Marquez|Person|personName"]);
    expect(shaped(fr("L'accord a été signé par Teodulo J. Marquez dans la capitale."))).toEqual(["Teodulo J. Marquez|Person|personName"]);
  });
  it("reads 'M.' before another initial as the name's first initial, not as Monsieur ('M. K. Singh')", () => {
    expect(shaped(en("Officials said M. K. Varadan met the envoy on Monday."))).toContain("M. K. Varadan|Person|personName");
    expect(shaped(en("The text was signed by M. S. Rao and Mr. T. Velasco."))).toEqual([
      "M. S. Rao|Person|personName",
      "T. Velasco|Person|honorificName",
    ]);
    expect(shaped(fr("Le ministre a reçu M. K. Varadan lundi."))).toEqual(["M. K. Varadan|Person|personName"]);
    // Monsieur before a full name or a family name alone stays an honorific.
    expect(shaped(fr("Le ministre a reçu M. Varadan et M. Kumar Varadan lundi."))).toEqual([
      "Varadan|Person|honorificName",
      "Kumar Varadan|Person|honorificName",
    ]);
  });
  it("reads initials as no common word where the text writes the same letter in lower case ('Vestra's')", () => {
    expect(shaped(en("S. P. Varadan met the envoy on Monday.", "Torvald's chief said the deal was done."))).toContain(
      "S. P. Varadan|Person|personName",
    );
  });
  it("takes no initial before another letter as a person's ('Washington D. C.')", () => {
    expect(
      shaped(en("Delegates gathered in Marbleton D. C. on Monday.")).filter((m) => m.includes("Marbleton") && m.includes("Person")),
    ).toEqual([]);
  });
});

describe("generationDot", () => {
  it("ends a name after the dot of an abbreviated generational suffix", () => {
    expect(shaped(en("The deal was signed by Teodulo J. Marquez Jr. and Mara T. Velasco in the capital."))).toEqual([
      "Teodulo J. Marquez Jr.|Person|personName",
      "Mara T. Velasco|Person|personName",
    ]);
    expect(shaped(fr("L'accord a été signé par Teodulo J. Marquez Sr. et Mara T. Velasco."))).toContain(
      "Teodulo J. Marquez Sr.|Person|personName",
    );
  });
  it("leaves a name with no such suffix, or a suffix with no dot, as it is", () => {
    expect(shaped(en("The deal was signed by Teodulo J. Marquez. Officials welcomed it."))).toContain(
      "Teodulo J. Marquez|Person|personName",
    );
    expect(shaped(en("The deal was signed by Teodulo J. Marquez Jr in the capital."))).toContain("Teodulo J. Marquez Jr|Person|personName");
  });
});

describe("placeNamedAfter: a place noun before a name", () => {
  it("reads a place or a building named after someone as a place, the noun with it, in both languages", () => {
    expect(shaped(en("The envoy met the chief at Camp General Teodulo Marquez on Monday."))).toContain(
      "Camp General Teodulo Marquez|Place|placeNamedAfter",
    );
    expect(shaped(en("Troops gathered at Fort Velasco."))).toContain("Fort Velasco|Place|placeNamedAfter");
    expect(shaped(fr("Le ministre a visité le lycée Teodulo Marquez puis l'hôpital Mara-Velasco."))).toEqual([
      "lycée Teodulo Marquez|Place|placeNamedAfter",
      "hôpital Mara-Velasco|Place|placeNamedAfter",
    ]);
    expect(shaped(fr("Il s'est rendu rue de la Concordance puis à la Base aérienne 118 Velasco."))).toEqual([
      "rue de la Concordance|Place|placeNamedAfter",
      "Base aérienne 118 Velasco|Place|placeNamedAfter",
    ]);
  });
  it("leaves a person after 'place de', a document after 'base de', a political 'camp', and a noun with no name after it", () => {
    expect(shaped(fr("Il a pris la place de Jean Dupont au ministère."))).toEqual(["Jean Dupont|Person|personName"]);
    expect(shaped(fr("Le texte a été adopté sur la base de la Charte de Velasco.")).some((m) => m.includes("Place"))).toBe(false);
    expect(shaped(fr("Le camp Velasco a réagi.")).some((m) => m.includes("Place"))).toBe(false);
    expect(shaped(en("Port officials said Ana Velasco left.")).some((m) => m.includes("Place"))).toBe(false);
  });
});

describe("placeNamedBefore: a name closed by a place noun", () => {
  it("reads a name closed by a place noun as a place, even after a title ('the mayor of Quezon City')", () => {
    expect(shaped(en("Ana Velasco, the mayor of Marquez City, spoke."))).toContain("Marquez City|Place|placeNamedBefore");
    expect(shaped(en("The convoy reached Teodulo Marquez International Airport."))).toEqual([
      "Teodulo Marquez International Airport|Place|placeNamedBefore",
    ]);
    expect(shaped(fr("Le maire de Marquez City a parlé."))).toEqual(["Marquez City|Place|placeNamedBefore"]);
  });
  it("needs a name before the noun", () => {
    expect(shaped(en("City officials said Ana Velasco left.")).some((m) => m.includes("Place"))).toBe(false);
  });
});

describe("words that are no names", () => {
  it("never starts a name with 'Neither', 'Either' or 'Nor' opening the sentence", () => {
    expect(shaped(en("Neither side gave details."))).toEqual([]);
    expect(shaped(en("Neither Ana Velasco nor the envoy replied."))).toEqual(["Ana Velasco|Person|personName"]);
    expect(shaped(en("Neither Velasco Holdings nor the ministry commented."))).toEqual(["Velasco Holdings|Organization|headTypedName"]);
  });
  it("reads a head then an office noun as an office, no organisation ('Army Chief', 'Party Secretary')", () => {
    expect(shaped(en("The Army Chief said the drills would resume."))).toEqual([]);
    expect(shaped(en("Party Secretary Lin Velasco met the envoy."))).toEqual(["Lin Velasco|Person|personName"]);
    expect(shaped(en("The Navy Commander spoke on Monday."))).toEqual([]);
  });
  it("reads a head with an administrative adjective alone as a description, a longer name as a name", () => {
    expect(shaped(fr("L'Office fédéral a publié un communiqué."))).toEqual([]);
    expect(shaped(fr("Le Conseil municipal a voté mardi."))).toEqual([]);
    expect(shaped(fr("L'Office fédéral de l'armement a signé le contrat."))).toEqual(["Office fédéral|Organization|headTypedName"]);
    expect(shaped(fr("Le Parti travailliste a gagné."))).toEqual(["Parti travailliste|Organization|headTypedName"]);
    expect(shaped(en("The Federal Office said the review was over."))).toEqual([]);
  });
  it("leaves a head alone to common nouns ('The Agency said')", () => {
    expect(shaped(en("The Agency said the review was over."))).toEqual([]);
    expect(shaped(en("According to the Agency, the review was over."))).toEqual([]);
  });
});

describe("the secretaries of the US armed services (data/kb/titles.json)", () => {
  it("are offices, no organisations, and the name after them a person", () => {
    const linked = recognizeAndLink(
      en("Army Secretary Dale Velasco met Air Force Secretary Ana Marquez on Monday."),
      defaultKnowledgeBase(),
    );
    expect(linked.entities.filter((e) => e.type === "Organization").map((e) => e.name)).toEqual([]);
    expect(linked.titles.map((t) => t.title)).toEqual(expect.arrayContaining(["Secretary of the Army", "Secretary of the Air Force"]));
    expect(linked.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["Dale Velasco", "Ana Marquez"]);
  });
});
