import { describe, expect, it } from "vitest";
import { buildMatcher } from "../../../src/kb/matcher.js";
import { recognizeMentions } from "../../../ingest/recognize/index.js";
import { parsePersonNames } from "../../../ingest/recognize/person-names.js";
import type { PreparedDocument } from "../../../src/model/document.js";
import { prepareDocument } from "../../../ingest/text/index.js";
import { doc, preparedDocument, testKb } from "./fixtures.js";

const matcher = buildMatcher(testKb);
const recognize = (d: PreparedDocument) => recognizeMentions(d, testKb, matcher);
const mentions = (d: PreparedDocument) => recognize(d).mentions.map((m) => `${m.text}|${m.type}|${m.source}|${m.kbId ?? m.name}`);
const titles = (d: PreparedDocument) => recognize(d).titles;

describe("knowledge-base mentions", () => {
  it("turns a demonym after a noun into a mention of the country", () => {
    expect(mentions(doc("Les forces navales italiennes et la diplomatie japonaise coopèrent."))).toContain(
      "japonaise|Country|demonym|country:JP",
    );
  });

  it("reads a capital that acts as the subject as its government, and keeps the city as a place", () => {
    const found = mentions(doc("Londres et Paris peuvent désormais partager leurs données."));
    expect(found).toEqual(
      expect.arrayContaining(["Londres|Place|kb|place:london", "Londres|Country|capital|country:GB", "Paris|Country|capital|country:FR"]),
    );
  });

  it("reads a capital as a government before a future or past verb", () => {
    expect(mentions(doc("Rome et Berlin signeront le texte."))).toEqual(
      expect.arrayContaining(["Rome|Country|capital|country:IT", "Berlin|Country|capital|country:DE"]),
    );
    expect(mentions(doc("Earlier, London announced new sanctions."))).toContain("London|Country|capital|country:GB");
  });

  it("reads both sides of « entre X et Y » and an inverted or quoted subject as governments", () => {
    const sides = mentions(doc("Les discussions entre Tokyo et Londres continueront."));
    expect(sides).toEqual(expect.arrayContaining(["Tokyo|Country|capital|country:JP", "Londres|Country|capital|country:GB"]));
    expect(mentions(doc("Selon Rome, le calendrier tient."))).toContain("Rome|Country|capital|country:IT");
    expect(mentions(doc("The talks failed, according to Washington."))).toContain("Washington|Country|capital|country:US");
  });

  it("reads a capital after a locative preposition as a place only", () => {
    const found = mentions(doc("Le chancelier est arrivé à Londres mardi."));
    expect(found).toContain("Londres|Place|kb|place:london");
    expect(found.some((m) => m.includes("|capital|"))).toBe(false);
  });

  it("prefers a metonym to the host country: Bruxelles as a government is the EU", () => {
    const found = mentions(doc("Le texte sera signé en juin, a annoncé Bruxelles."));
    expect(found).toContain("Bruxelles|Organization|capital|org:eu");
    expect(found.some((m) => m.includes("country:BE"))).toBe(false);
  });

  it("reads no name from a URL's slug", () => {
    const found = mentions(doc("Le texte est en ligne (https://journal.example/japon-italie-keir-starmer-a-tokyo.html) depuis lundi."));
    expect(found).toEqual([]);
    expect(mentions(doc("Voir www.journal.example/le-japon-et-l-italie puis le Japon."))).toEqual(["Japon|Country|kb|country:JP"]);
  });

  it("reads nothing from boilerplate", () => {
    const d = preparedDocument(
      [["Par Jean Martin, envoyé spécial au Japon"], ["Le Japon et l'Italie renforcent leurs liens."]],
      ["boilerplate", "body"],
    );
    const found = recognize(d).mentions;
    expect(found.every((m) => m.start >= d.sentences[1].start)).toBe(true);
    expect(found.map((m) => m.text)).toEqual(["Japon", "Italie"]);
  });
});

describe("names found by their shape", () => {
  it("finds a person after a title with its qualifiers", () => {
    expect(mentions(doc("Le ministre italien de la Défense Guido Crosetto a rencontré la presse."))).toContain(
      "Guido Crosetto|Person|pattern|Guido Crosetto",
    );
    expect(mentions(doc("Defence Secretary John Healey flew to Rome on Monday."))).toContain("John Healey|Person|pattern|John Healey");
  });

  it("finds a person before an apposition and after an honorific", () => {
    expect(mentions(doc("Nadia Velasquez, ministre des Affaires étrangères, a salué l'accord."))).toContain(
      "Nadia Velasquez|Person|pattern|Nadia Velasquez",
    );
    const honorific = recognize(doc("Selon Mme Okonkwo, le texte est prêt.")).mentions.find((m) => m.text === "Okonkwo");
    expect(honorific).toMatchObject({ type: "Person", honorific: true, needsAntecedent: false });
    const mister = recognize(doc("M. Lindqvist a quitté la salle.")).mentions.find((m) => m.text === "Lindqvist");
    expect(mister).toMatchObject({ type: "Person", honorific: true });
  });

  it("types names by their head noun, in French and English order", () => {
    const found = mentions(
      doc("Le Parti travailliste et la Banque centrale européenne ont répondu à la Royal Navy et au Liberal Democratic Party."),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "Parti travailliste|Organization|pattern|Parti travailliste",
        "Banque centrale européenne|Organization|pattern|Banque centrale européenne",
        "Liberal Democratic Party|Organization|pattern|Liberal Democratic Party",
      ]),
    );
    expect(mentions(doc("The ceremony took place at Rosewood Palace."))).toContain("Rosewood Palace|Place|pattern|Rosewood Palace");
    expect(mentions(doc("Un accord a été conclu avec l'Agence de presse Kyodo."))).toContain(
      "Agence de presse Kyodo|Organization|pattern|Agence de presse Kyodo",
    );
  });

  it("finds a programme by its code name next to a lower-case programme noun, in English and French order", () => {
    expect(mentions(doc("The frigates will be built under the LAND 4100 programme, in which Japan takes part."))).toContain(
      "LAND 4100|Program|pattern|LAND 4100",
    );
    expect(mentions(doc("La France a rejoint le programme ORCA-2 avec l'Italie."))).toContain("ORCA-2|Program|pattern|ORCA-2");
    expect(mentions(doc("Japan joined the SkyNest programme last year."))).toContain("SkyNest|Program|pattern|SkyNest");
    expect(mentions(doc("Italy takes part in the Hunter 2030 initiative."))).toContain("Hunter 2030|Program|pattern|Hunter 2030");
    // A capitalised word alone, or a year, is no code name.
    expect(recognize(doc("Le programme Nouveau a été annoncé.")).mentions.filter((m) => m.type === "Program")).toEqual([]);
    expect(recognize(doc("The 2024 programme was cut.")).mentions.filter((m) => m.type === "Program")).toEqual([]);
  });

  it("types a grouping of states by its head: Triangle, Format, Quartet", () => {
    expect(mentions(doc("Les ministres ont relancé le Triangle de Lublin, qui réunit la France et l'Italie."))).toContain(
      "Triangle de Lublin|Organization|pattern|Triangle de Lublin",
    );
    expect(mentions(doc("The talks revived the Normandy Format with Germany."))).toContain(
      "Normandy Format|Organization|pattern|Normandy Format",
    );
    expect(mentions(doc("The Carpathian Nine met with Italy."))).toContain("Carpathian Nine|Organization|pattern|Carpathian Nine");
  });

  it("types venues as places by their head word: Camp, Fort, Hôtel, House, Hill, Base", () => {
    const found = mentions(doc("The minister met his counterpart at Camp Rizal on Monday, then flew to Fort Benning."));
    expect(found).toEqual(expect.arrayContaining(["Camp Rizal|Place|pattern|Camp Rizal", "Fort Benning|Place|pattern|Fort Benning"]));
    expect(found.some((m) => m.includes("|Person|"))).toBe(false);
    expect(mentions(doc("Le ministre a reçu son homologue à l'Hôtel de Brienne mardi."))).toContain(
      "Hôtel de Brienne|Place|pattern|Hôtel de Brienne",
    );
    expect(mentions(doc("The talks were held at Lancaster House in London."))).toContain("Lancaster House|Place|pattern|Lancaster House");
    // A word that is no name alone ("Government") still opens a name its head closes.
    expect(mentions(doc("The ministers met at Government House on Thursday."))).toContain(
      "Government House|Place|pattern|Government House",
    );
  });

  it("reads a name after at/in, or after à with its country, as a place, never a person", () => {
    expect(mentions(doc("The two ministers met at Rosewood Grove on Friday."))).toContain("Rosewood Grove|Place|pattern|Rosewood Grove");
    expect(mentions(doc("Les deux dirigeants se sont entretenus à Hakone, au Japon."))).toContain("Hakone|Place|pattern|Hakone");
    // "à" alone also takes people.
    expect(mentions(doc("Le ministre a répondu à Jean Dupont."))).toContain("Jean Dupont|Person|pattern|Jean Dupont");
    // "at" after people who work somewhere names an organisation, not a place (and not a person).
    expect(
      recognize(doc("Analysts at Policy Exchange said the plan was tight."))
        .mentions.filter((m) => !m.needsAntecedent)
        .map((m) => m.text),
    ).toEqual([]);
    expect(mentions(doc("The ministers spoke at Rosewood Grove."))).toContain("Rosewood Grove|Place|pattern|Rosewood Grove");
    // A possessive is no place's: "in Sean Whitfield's view".
    expect(mentions(doc("In Sean Whitfield's view, nothing changed."))).toContain("Sean Whitfield|Person|pattern|Sean Whitfield");
    // A title before the name keeps it a person.
    expect(mentions(doc("He spoke at length with Defence Minister Jane Roe in Tokyo."))).not.toContain("Jane Roe|Place|pattern|Jane Roe");
  });

  it("takes a person by shape only with evidence: a known given name, a family name first, an initial, or the surname alone elsewhere", () => {
    const people = (text: string) =>
      recognize(doc(text))
        .mentions.filter((m) => m.type === "Person" && !m.needsAntecedent)
        .map((m) => m.text);
    expect(people("Lawmakers on Capitol Hill welcomed a report by Policy Exchange.")).toEqual([]);
    expect(people("Terra Nova a publié une note sur la défense.")).toEqual([]);
    expect(people("Amélie Durand a publié une note sur la défense.")).toEqual(["Amélie Durand"]);
    expect(people("Sean Whitfield spoke first.")).toEqual(["Sean Whitfield"]);
    expect(people("Park Jin-woo a rencontré Kim Seon-ho.")).toEqual(["Park Jin-woo", "Kim Seon-ho"]);
    // The surname standing alone later is a back-reference: a person.
    expect(people("Wendell Okafor arrived on Monday. Okafor said the talks went well.")).toEqual(["Wendell Okafor"]);
  });

  it("finds ministries written in lower case or with a capitalised portfolio", () => {
    expect(mentions(doc("Le ministère italien des Affaires étrangères a publié le texte."))).toContain(
      "ministère italien des Affaires étrangères|Organization|pattern|ministère italien des Affaires étrangères",
    );
    expect(mentions(doc("Un porte-parole du Ministère de la Défense a démenti."))).toContain(
      "Ministère de la Défense|Organization|pattern|Ministère de la Défense",
    );
    expect(mentions(doc("A spokesman for the Ministry of the Interior declined to comment."))).toContain(
      "Ministry of the Interior|Organization|pattern|Ministry of the Interior",
    );
  });

  it("takes no name around a head the KB already names", () => {
    const found = recognize(doc("Tensions rose in the Corée du Nord and the Forest Union.")).mentions;
    expect(found.filter((m) => m.source === "pattern" && !m.needsAntecedent).map((m) => m.text)).toEqual(["Forest Union"]);
  });

  it("takes no name from a capitalised head that only opens the sentence", () => {
    expect(mentions(doc("Accord historique entre la France et l'Italie"))).toEqual([
      "France|Country|kb|country:FR",
      "Italie|Country|kb|country:IT",
    ]);
  });

  it("takes no person from the name of a document or an event", () => {
    expect(recognize(doc("The report follows the National Defence Review and the Madrid Summit.")).mentions).toEqual([]);
  });

  it("takes no person from capitalised words the text also writes in lower case", () => {
    const d = doc("La coopération progresse.", "Renforcer la Coopération Navale reste un objectif de la marine.");
    expect(recognize(d).mentions.filter((m) => !m.needsAntecedent)).toEqual([]);
  });

  it("takes an acronym defined in parentheses with a capitalised expansion, and its later uses", () => {
    const d = doc("Le projet est piloté par l'Agence européenne de défense (AED).", "L'AED publiera un rapport.");
    const found = recognize(d).mentions.filter((m) => m.type === "Organization");
    expect(found.map((m) => [m.text, m.source, m.acronymOf])).toEqual([
      ["Agence européenne de défense", "pattern", null],
      ["AED", "acronym", "Agence européenne de défense"],
      ["AED", "acronym", "Agence européenne de défense"],
    ]);
  });

  it("finds the whole expansion of an acronym, hyphenated words included", () => {
    const found = recognize(doc("They signed the Acquisition and Cross-Servicing Agreement (ACSA) on Friday.")).mentions;
    expect(found.map((m) => [m.text, m.type])).toEqual([
      ["Acquisition and Cross-Servicing Agreement", "Agreement"],
      ["ACSA", "Agreement"],
    ]);
    const loose = recognize(doc("Selon le Ministry of Defence (MoD), rien ne change.")).mentions;
    expect(loose.map((m) => m.text)).toEqual(["Ministry of Defence", "MoD"]);
  });

  it("lets an acronym defined in the document override what the KB says it means", () => {
    const d = doc("L'Office des Transports Aériens du Nord (OTAN) a été créé.", "L'OTAN a répondu.");
    const found = recognize(d).mentions.filter((m) => m.text === "OTAN");
    expect(found.map((m) => [m.source, m.kbId, m.acronymOf])).toEqual([
      ["acronym", null, "Office des Transports Aériens du Nord"],
      ["acronym", null, "Office des Transports Aériens du Nord"],
    ]);
  });

  it("does not take a common noun phrase with an acronym for a name", () => {
    expect(recognize(doc("La sécurité des technologies de l'information et de la communication (TIC) progresse.")).mentions).toEqual([]);
  });

  it("names an agreement closed by a pair of parties", () => {
    expect(mentions(doc("Ils ont signé le pacte de coopération industrielle Japon-Italie vendredi."))).toContain(
      "pacte de coopération industrielle Japon-Italie|Agreement|pattern|pacte de coopération industrielle Japon-Italie",
    );
  });

  it("ignores months, weekdays, event names and common capitalised nouns", () => {
    const found = recognize(doc("Lundi, après le Brexit et la pandémie de COVID-19, Internet a changé en Janvier.")).mentions;
    expect(found.filter((m) => !m.needsAntecedent)).toEqual([]);
  });

  it("takes no name by shape in a title-case headline, but still the KB names", () => {
    const found = mentions(doc("Renforcement Stratégique de la Coopération Navale entre le Japon et la Garde Côtière Italienne"));
    expect(found).toEqual(["Japon|Country|kb|country:JP", "Italienne|Country|demonym|country:IT"]);
  });

  it("never makes a title part of a person's name", () => {
    const found = recognize(doc("Le Premier ministre Ishiba Shigeru a parlé au Président Lula.")).mentions;
    expect(found.map((m) => m.text)).toEqual(["Ishiba Shigeru", "Lula"]);
    expect(found[1]).toMatchObject({ type: "Person", needsAntecedent: false });
  });

  it("takes the name in « l'administration X » as a person's", () => {
    const found = recognize(doc("Il critique l'administration Okafor et the Lindqvist government.")).mentions;
    expect(found.map((m) => [m.text, m.type, m.needsAntecedent])).toEqual([
      ["Okafor", "Person", false],
      ["Lindqvist", "Person", false],
    ]);
  });

  it("types companies and newspapers by their trailing head, and reads abbreviated ranks", () => {
    const found = mentions(doc("Selon Gen. Ada Okoro, BAE Systems et Kawasaki Heavy Industries livreront, écrit le Financial Times."));
    expect(found).toEqual([
      "Ada Okoro|Person|pattern|Ada Okoro",
      "BAE Systems|Organization|pattern|BAE Systems",
      "Kawasaki Heavy Industries|Organization|pattern|Kawasaki Heavy Industries",
      "Financial Times|Organization|pattern|Financial Times",
    ]);
  });

  it("keeps initials and O' names whole", () => {
    const found = recognize(doc("Selon George W. Bush et J. D. Vance, Sean O'Brien a raison.")).mentions;
    expect(found.map((m) => m.text)).toEqual(["George W. Bush", "J. D. Vance", "Sean O'Brien"]);
  });

  it("keeps a lone capitalised word only as a candidate back-reference", () => {
    const lone = recognize(doc("Ensuite, Okafor a quitté la réunion.")).mentions;
    expect(lone.map((m) => [m.text, m.needsAntecedent])).toEqual([["Okafor", true]]);
  });
});

describe("titles", () => {
  it("gets the owner from a demonym, a complement or an English possessive", () => {
    const t = [
      ...titles(doc("La Première ministre japonaise a parlé.")),
      ...titles(doc("Le chef de l'opposition au Royaume-Uni a parlé.")),
      ...titles(doc("Japan's Foreign Minister spoke, and the British Prime Minister listened.")),
      ...titles(doc("Le ministre des Affaires étrangères de l'Allemagne est arrivé.")),
    ];
    expect(t.map((x) => [x.text, x.title, x.ofEntityId])).toEqual([
      ["Première ministre japonaise", "Prime Minister", "country:JP"],
      ["chef de l'opposition au Royaume-Uni", "Leader of the Opposition", "country:GB"],
      ["Japan's Foreign Minister", "Foreign Minister", "country:JP"],
      ["British Prime Minister", "Prime Minister", "country:GB"],
      ["ministre des Affaires étrangères de l'Allemagne", "Foreign Minister", "country:DE"],
    ]);
  });

  it("reads up to two words of a portfolio between a possessive owner and a minister's title", () => {
    const t = titles(doc("Japan's defence industry minister spoke. Japan's trade and defence minister stayed."));
    expect(t.map((x) => [x.text, x.ofEntityId])).toEqual([
      ["Japan's defence industry minister", "country:JP"],
      ["defence minister", null],
    ]);
  });

  it("reads a capitalised portfolio of up to two words between a demonym and a capitalised minister's title", () => {
    const t = titles(doc("The Japanese Digital Affairs Minister spoke. Japan's Digital Affairs Minister stayed."));
    expect(t.map((x) => [x.text, x.ofEntityId])).toEqual([
      ["Japanese Digital Affairs Minister", "country:JP"],
      ["Japan's Digital Affairs Minister", "country:JP"],
    ]);
    // Not three words, nor before a title written in lower case.
    const far = titles(doc("The Japanese Rural Digital Affairs Minister spoke. The Japanese Digital Affairs minister stayed."));
    expect(far.map((x) => [x.text, x.ofEntityId])).toEqual([
      ["Minister", null],
      ["minister", null],
    ]);
  });

  it("owns a title by an organisation's default, or by an organisation named after it", () => {
    const [hr] = titles(doc("Le chef de la politique étrangère de l'UE a signé."));
    expect(hr).toMatchObject({ title: "High Representative", ofEntityId: "org:eu" });
    const [party] = titles(doc("Elle est ministre du Parti socialiste depuis mai."));
    expect(party).toMatchObject({ ofEntityId: "org:parti-socialiste", text: "ministre du Parti socialiste" });
  });

  it("reads a definite agreement noun with a place's or a building's name as a named agreement", () => {
    const en = (text: string) => preparedDocument([[text]], [], "en");
    expect(mentions(en("Britain and Germany signed the Trinity House agreement."))).toContain(
      "Trinity House agreement|Agreement|pattern|Trinity House agreement",
    );
    expect(mentions(doc("Les deux pays ont signé l'accord de Trinity House."))).toContain(
      "accord de Trinity House|Agreement|pattern|accord de Trinity House",
    );
    // A place the knowledge base knows inside the name is the agreement's word.
    const london = mentions(doc("Ils ont rappelé les accords de Londres."));
    expect(london).toContain("accords de Londres|Agreement|pattern|accords de Londres");
    expect(london.some((m) => m.startsWith("Londres|"))).toBe(false);
    // A country is a party, not a name; an indefinite noun names nothing.
    for (const text of [
      "They praised the Japan agreement.",
      "Ils ont signé un accord de Trinity House.",
      "Ils saluent l'accord de la France.",
    ]) {
      expect(mentions(doc(text)).some((m) => m.includes("|Agreement|"))).toBe(false);
    }
  });

  it("mentions the organisation a title names in its own words, the title starting at its name", () => {
    const en = recognize(doc("European Commission President Ana Ruiz spoke first."));
    expect(en.mentions.map((m) => `${m.text}|${m.type}|${m.kbId}`)).toContain("European Commission|Organization|org:european-commission");
    // The lone word "European" was a name only a later full name could confirm: it gives way.
    expect(en.mentions.some((m) => m.text === "European")).toBe(false);
    expect(en.titles[0]).toMatchObject({ text: "European Commission President", ofEntityId: "org:european-commission" });
    const fr = recognize(doc("La présidente de la Commission européenne, Ana Ruiz, a parlé."));
    expect(fr.mentions.map((m) => `${m.text}|${m.kbId}`)).toContain("Commission européenne|org:european-commission");
    expect(fr.titles[0]).toMatchObject({ text: "présidente de la Commission européenne", ofEntityId: "org:european-commission" });
    // Without its name the title still belongs to its organisation, which is not said to be mentioned.
    const bare = recognize(doc("The Commission President spoke first."));
    expect(bare.titles[0]).toMatchObject({ ofEntityId: "org:european-commission" });
    expect(bare.mentions.some((m) => m.kbId === "org:european-commission")).toBe(false);
  });

  it("leaves a capitalised head that closes a title form to the organisation it opens", () => {
    const r = recognize(doc("Keir Starmer, le leader du Parti travailliste, a parlé."));
    expect(r.mentions.map((m) => m.text)).toContain("Parti travailliste");
    expect(r.titles[0]).toMatchObject({ text: "leader du Parti travailliste", ofEntityId: "org:parti-travailliste" });
  });

  it("refines a title from its remit", () => {
    const [t] = titles(doc("Aiko Mori, ministre d'État française chargée de la sécurité économique, a parlé."));
    expect(t).toMatchObject({
      title: "Minister of State for Economic Security",
      ofEntityId: "country:FR",
      text: "ministre d'État française chargée de la sécurité économique",
    });
  });

  it("keeps a modifier as part of another office", () => {
    const [t] = titles(doc("Italy's Deputy Defence Minister arrived first."));
    expect(t).toMatchObject({
      text: "Italy's Deputy Defence Minister",
      title: "Deputy Defence Minister",
      titleId: null,
      ofEntityId: "country:IT",
    });
    const [v] = titles(doc("Le vice-ministre japonais est arrivé."));
    expect(v).toMatchObject({ text: "vice-ministre japonais", title: "Vice Minister", titleId: null, ofEntityId: "country:JP" });
    const [w] = titles(doc("Italy's vice defence minister arrived first."));
    expect(w).toMatchObject({
      text: "Italy's vice defence minister",
      title: "Vice Defence Minister",
      titleId: null,
      ofEntityId: "country:IT",
    });
    const [a] = titles(doc("Italy's Assistant Defence Minister arrived first."));
    expect(a).toMatchObject({ title: "Assistant Defence Minister", titleId: null, ofEntityId: "country:IT" });
    const [f] = titles(preparedDocument([["The former British Prime Minister spoke."]], [], "en"));
    expect(f).toMatchObject({ text: "former British Prime Minister", tenure: "former", ofEntityId: "country:GB" });
  });

  it("keeps a remit the KB does not know in the title's text, the office as written", () => {
    const [t] = titles(doc("La ministre d'État chargée des Anciens combattants, Lucie Marchal, a parlé."));
    expect(t).toMatchObject({
      text: "ministre d'État chargée des Anciens combattants",
      title: "Ministre d'État chargée des Anciens combattants",
      titleId: null,
    });
    expect(mentions(doc("La ministre d'État chargée des Anciens combattants, Lucie Marchal, a parlé."))).toContain(
      "Lucie Marchal|Person|pattern|Lucie Marchal",
    );
  });

  it("marks former offices and counterparts", () => {
    const t = titles(doc("Le ministre de la Défense allemand a reçu son homologue italien et l'ex-Premier ministre français."));
    expect(t.map((x) => [x.text, x.title, x.ofEntityId, x.tenure, x.counterpart])).toEqual([
      ["ministre de la Défense allemand", "Defence Minister", "country:DE", "current", false],
      ["homologue italien", "Defence Minister", "country:IT", "current", true],
      ["ex-Premier ministre français", "Prime Minister", "country:FR", "former", false],
    ]);
    // "then-": a past office, before the title or joined to its owner.
    const then = titles(preparedDocument([["Then-Prime Minister Ana Ruiz met the then-Italian Prime Minister."]], [], "en"));
    expect(then.map((x) => [x.text, x.tenure])).toEqual([
      ["Then-Prime Minister", "former"],
      ["then-Italian Prime Minister", "former"],
    ]);
    const [, english] = titles(doc("Germany's Defence Minister met his Italian counterpart."));
    expect(english).toMatchObject({ text: "Italian counterpart", ofEntityId: "country:IT", counterpart: true, title: "Defence Minister" });
  });

  it("tells a past office before the title, its owner or its modifier: alors, à l'époque, ancien, ex-, former, then, then-", () => {
    const fr = (text: string) => titles(preparedDocument([[text]], [], "fr")).map((x) => [x.text, x.title, x.ofEntityId, x.tenure]);
    expect(fr("Alors ministre italien de la Défense, Paolo Verri avait signé.")).toEqual([
      ["Alors ministre italien de la Défense", "Defence Minister", "country:IT", "former"],
    ]);
    expect(fr("Paolo Verri, à l'époque Premier ministre italien, avait signé.")).toEqual([
      ["à l'époque Premier ministre italien", "Prime Minister", "country:IT", "former"],
    ]);
    expect(fr("Le Premier ministre italien de l'époque, Paolo Verri, avait signé.")).toEqual([
      ["Premier ministre italien de l'époque", "Prime Minister", "country:IT", "former"],
    ]);
    expect(fr("L'ancien vice-ministre japonais Kenta Mori a parlé.")).toEqual([
      ["ancien vice-ministre japonais", "Vice Minister", "country:JP", "former"],
    ]);
    const en = (text: string) => titles(preparedDocument([[text]], [], "en")).map((x) => [x.text, x.ofEntityId, x.tenure]);
    expect(en("Then Italian Prime Minister Paolo Verri signed it.")).toEqual([["Then Italian Prime Minister", "country:IT", "former"]]);
    expect(en("Paolo Verri, then Italy's prime minister, signed it.")).toEqual([["then Italy's prime minister", "country:IT", "former"]]);
    expect(en("Italy's former deputy defence minister spoke.")).toEqual([
      ["Italy's former deputy defence minister", "country:IT", "former"],
    ]);
    expect(en("Paolo Verri, who was Italy's prime minister at the time, signed it.")).toEqual([
      ["Italy's prime minister at the time", "country:IT", "former"],
    ]);
  });

  it("tells an office held for the time being: par intérim, intérimaire, démissionnaire, acting, interim, caretaker", () => {
    const fr = (text: string) => titles(preparedDocument([[text]], [], "fr")).map((x) => [x.text, x.title, x.ofEntityId, x.tenure]);
    expect(fr("Le ministre italien de la Défense par intérim, Paolo Verri, a parlé.")).toEqual([
      ["ministre italien de la Défense par intérim", "Defence Minister", "country:IT", "acting"],
    ]);
    expect(fr("Le Premier ministre italien démissionnaire chargé des affaires courantes, Paolo Verri, a parlé.")).toEqual([
      ["Premier ministre italien démissionnaire chargé des affaires courantes", "Prime Minister", "country:IT", "acting"],
    ]);
    const en = (text: string) => titles(preparedDocument([[text]], [], "en")).map((x) => [x.text, x.title, x.ofEntityId, x.tenure]);
    expect(en("Acting Italian Prime Minister Paolo Verri spoke.")).toEqual([
      ["Acting Italian Prime Minister", "Prime Minister", "country:IT", "acting"],
    ]);
    expect(en("Italy's caretaker prime minister spoke.")).toEqual([
      ["Italy's caretaker prime minister", "Prime Minister", "country:IT", "acting"],
    ]);
    expect(en("Performing the duties of Italian Defence Minister, Paolo Verri spoke.")).toEqual([
      ["Performing the duties of Italian Defence Minister", "Defence Minister", "country:IT", "acting"],
    ]);
  });

  it("tells a past office by 'jusqu'ici', 'jusque-là', 'jusqu'à présent', 'until recently', 'formerly' right before it", () => {
    const fr = (text: string) => titles(preparedDocument([[text]], [], "fr")).map((x) => [x.text, x.ofEntityId, x.tenure]);
    expect(fr("Paolo Verri, jusqu'ici ministre de la Défense italien, a été remplacé.")).toEqual([
      ["jusqu'ici ministre de la Défense italien", "country:IT", "former"],
    ]);
    expect(fr("Paolo Verri, qui était jusque-là Premier ministre italien, a parlé.")).toEqual([
      ["jusque-là Premier ministre italien", "country:IT", "former"],
    ]);
    expect(fr("Paolo Verri, jusqu'à présent président italien, a parlé.")).toEqual([
      ["jusqu'à présent président italien", "country:IT", "former"],
    ]);
    const en = (text: string) => titles(preparedDocument([[text]], [], "en")).map((x) => [x.text, x.ofEntityId, x.tenure]);
    expect(en("Paolo Verri, until recently Italy's defence minister, spoke.")).toEqual([
      ["until recently Italy's defence minister", "country:IT", "former"],
    ]);
    expect(en("Paolo Verri, formerly Italian Prime Minister, spoke.")).toEqual([
      ["formerly Italian Prime Minister", "country:IT", "former"],
    ]);
    // Not told of the office: a clause opened by the adverb, a comma between.
    expect(en("Until now, Italian Prime Minister Paolo Verri has refused.")).toEqual([["Italian Prime Minister", "country:IT", "current"]]);
    expect(fr("Jusqu'ici, le Premier ministre italien a refusé.")).toEqual([["Premier ministre italien", "country:IT", "current"]]);
  });

  it("tells an office not yet taken: futur, désigné, élu, -designate, -elect, incoming", () => {
    const fr = (text: string) => titles(preparedDocument([[text]], [], "fr")).map((x) => [x.text, x.ofEntityId, x.tenure]);
    expect(fr("Le futur Premier ministre italien Paolo Verri a parlé.")).toEqual([
      ["futur Premier ministre italien", "country:IT", "designated"],
    ]);
    expect(fr("Le Premier ministre italien désigné, Paolo Verri, a parlé.")).toEqual([
      ["Premier ministre italien désigné", "country:IT", "designated"],
    ]);
    const en = (text: string) => titles(preparedDocument([[text]], [], "en")).map((x) => [x.text, x.ofEntityId, x.tenure]);
    expect(en("Italian Prime Minister-designate Paolo Verri spoke.")).toEqual([
      ["Italian Prime Minister-designate", "country:IT", "designated"],
    ]);
    expect(en("Italy's incoming prime minister spoke.")).toEqual([["Italy's incoming prime minister", "country:IT", "designated"]]);
  });

  it("leaves an office held now as it is: 'and then', 'Alors le ministre', 'sortant', a plain title", () => {
    const tenures = (text: string, language: string) => titles(preparedDocument([[text]], [], language)).map((x) => [x.text, x.tenure]);
    expect(tenures("The talks ended and then Italian Prime Minister Paolo Verri spoke.", "en")).toEqual([
      ["Italian Prime Minister", "current"],
    ]);
    expect(tenures("Alors le Premier ministre italien a répondu.", "fr")).toEqual([["Premier ministre italien", "current"]]);
    expect(tenures("Le Premier ministre italien sortant Paolo Verri a parlé.", "fr")).toEqual([
      ["Premier ministre italien sortant", "current"],
    ]);
    expect(tenures("Italy's prime minister then met the press.", "en")).toEqual([["Italy's prime minister", "current"]]);
    // A participle with its complement tells how the office was taken, not that it is yet to be.
    expect(tenures("Le président italien élu en 2022 a parlé.", "fr")).toEqual([["président italien", "current"]]);
  });

  it("gives each demonym after a counterpart's name and « et » the same office (homologues allemand X et italien Y)", () => {
    const d = doc("Le ministre de la Défense français a reçu ses homologues allemand Tobias Kerrek et italien Ondo Waruta-Bel.");
    expect(
      titles(d)
        .filter((x) => x.counterpart)
        .map((x) => [x.text, x.title, x.ofEntityId]),
    ).toEqual([
      ["homologues allemand", "Defence Minister", "country:DE"],
      ["italien", "Defence Minister", "country:IT"],
    ]);
    expect(
      recognize(d)
        .mentions.filter((m) => m.type === "Person")
        .map((m) => m.text),
    ).toEqual(["Tobias Kerrek", "Ondo Waruta-Bel"]);
    const comma = doc(
      "Le ministre de la Défense français a reçu ses homologues allemand Tobias Kerrek, italien Ondo Waruta et japonais Sato Ken.",
    );
    expect(
      titles(comma)
        .filter((x) => x.counterpart)
        .map((x) => x.ofEntityId),
    ).toEqual(["country:DE", "country:IT", "country:JP"]);
    // Demonyms with no name between them are left to the roles (demonymsThenNames): no second title here.
    const bare = doc("Le ministre de la Défense français a reçu ses homologues allemand et italien, Tobias Kerrek et Ondo Waruta.");
    expect(
      titles(bare)
        .filter((x) => x.counterpart)
        .map((x) => x.text),
    ).toEqual(["homologues allemand"]);
  });

  it("keeps a qualifier after the office in the title's text (qualifierAfter)", () => {
    const [t] = titles(doc("Le Premier ministre italien démissionnaire Marco Bellini a parlé."));
    expect(t).toMatchObject({ text: "Premier ministre italien démissionnaire", ofEntityId: "country:IT" });
    const [u] = titles(doc("La présidente sortante, Lucie Marchal, a parlé."));
    expect(u).toMatchObject({ text: "présidente sortante" });
    const [v] = titles(doc("Le Premier ministre est arrivé hier."));
    expect(v).toMatchObject({ text: "Premier ministre" });
  });

  it("keeps a second portfolio joined to a minister's title (coordinatedPortfolio)", () => {
    const found = titles(preparedDocument([["Paul Reyes, Minister of State and Veterans Affairs, spoke."]], [], "en"));
    expect(found.map((t) => t.text)).toEqual(["Minister of State and Veterans Affairs"]);
    const two = titles(preparedDocument([["The Defence Minister and Prime Minister Lucie Marchal spoke."]], [], "en"));
    expect(two.map((t) => t.text)).toEqual(["Defence Minister", "Prime Minister"]);
    // French writes the portfolio's lower-case words after its capital, up to the comma that closes the title.
    const fr = titles(doc("Le ministre de la Défense et des Anciens combattants, Paul Reyes, a parlé."));
    expect(fr.map((t) => [t.text, t.title])).toEqual([["ministre de la Défense et des Anciens combattants", "Defence Minister"]]);
    const open = titles(doc("Le ministre de la Défense et des Anciens a parlé."));
    expect(open.map((t) => t.text)).toEqual(["ministre de la Défense et des Anciens"]);
  });

  it("makes a title of a head noun before an organisation (headOfOrganizationTitles)", () => {
    const fr = titles(doc("Selon le patron du Vela Group, Marc Olier, la commande est ferme."));
    expect(fr.map((t) => [t.text, t.title, t.ofEntityId])).toEqual([["patron du Vela Group", "Head", "org:vela-group"]]);
    const en = titles(preparedDocument([["The head of the Vela Group, Mark Olier, said so."]], [], "en"));
    expect(en.map((t) => [t.text, t.title, t.ofEntityId])).toEqual([["head of the Vela Group", "Head", "org:vela-group"]]);
  });

  it("reads a head title before the names, so that the name in apposition to it is a person's", () => {
    const people = (d: PreparedDocument) =>
      recognize(d)
        .mentions.filter((m) => m.type === "Person")
        .map((m) => m.text);
    const fr = doc("Selon le patron du Vela Group, Ouldane Kerbo Tass, la commande est ferme.");
    expect(people(fr)).toEqual(["Ouldane Kerbo Tass"]);
    const en = preparedDocument([["The head of the Vela Group, Norrik Bask, said so."]], [], "en");
    expect(people(en)).toEqual(["Norrik Bask"]);
    // A place in apposition to a head title stays a place.
    expect(people(doc("Selon le patron du Vela Group, Paris, la capitale, est prête."))).toEqual([]);
  });

  it("runs a head title on past its organisation's branch country or acronym before a comma", () => {
    const branch = preparedDocument([["The head of the Vela Group UK, Norrik Bask, said so."]], [], "en");
    expect(titles(branch).map((t) => [t.text, t.ofEntityId])).toEqual([["head of the Vela Group UK", "org:vela-group"]]);
    expect(
      recognize(branch)
        .mentions.filter((m) => m.type === "Person")
        .map((m) => m.text),
    ).toEqual(["Norrik Bask"]);
    const acronym = doc("Le patron de la Commission européenne (CE), Ouldane Kerbo, a parlé.");
    expect(titles(acronym).map((t) => [t.text, t.ofEntityId])).toEqual([
      ["patron de la Commission européenne (CE)", "org:european-commission"],
    ]);
    expect(
      recognize(acronym)
        .mentions.filter((m) => m.type === "Person")
        .map((m) => m.text),
    ).toEqual(["Ouldane Kerbo"]);
    // No comma after it: the country is a word of the sentence, not the branch's.
    const noComma = preparedDocument([["The head of the Vela Group UK staff left."]], [], "en");
    expect(titles(noComma).map((t) => t.text)).toEqual(["head of the Vela Group"]);
  });

  it("splits coordinated titles and shares the owner", () => {
    const t = titles(doc("L'ancien ministre de la Défense et Premier ministre italien, Marco Bellini, a démissionné."));
    expect(t.map((x) => [x.title, x.ofEntityId, x.tenure])).toEqual([
      ["Defence Minister", "country:IT", "former"],
      ["Prime Minister", "country:IT", "current"],
    ]);
  });
});

describe("person-name words (data/kb/person-names.json)", () => {
  it("folds the words and refuses a file without its lists, in one line naming the file", () => {
    const words = parsePersonNames(JSON.stringify({ givenNames: ["Amélie"], familyNamesFirst: ["Cho"] }), "names.json");
    expect([...words].sort()).toEqual(["amelie", "cho"]);
    expect(() => parsePersonNames(JSON.stringify({ givenNames: [] }), "names.json")).toThrow(/^entente\/kb: names\.json: familyNamesFirst/);
    expect(() => parsePersonNames("{", "names.json")).toThrow(/^entente\/kb: names\.json: not valid JSON/);
  });
});

describe("a dateline split off its story", () => {
  const prepared = (text: string) =>
    prepareDocument({ source: "dateline.txt", format: "txt", text, title: null, published: null, publisher: null });
  it("names its place, and the place's country as a capital names its government", () => {
    const found = recognize(prepared("TOKYO, Dec 2 (Reuters) - Ministers met on Tuesday in a hall."));
    expect(found.mentions.filter((m) => m.sentenceIndex === 0).map((m) => `${m.text}|${m.type}|${m.source}|${m.kbId}`)).toEqual([
      "TOKYO|Place|kb|place:tokyo",
      "TOKYO|Country|capital|country:JP",
    ]);
    expect(found.datelinePlace).toBe("place:tokyo");
  });
  it("a place the KB does not know, by its shape, named in title case", () => {
    const found = recognize(prepared("PORT BRESTON, Dec 2 (Reuters) - Ministers met on Tuesday in a hall."));
    expect(found.mentions.map((m) => `${m.text}|${m.type}|${m.name}`)).toContain("PORT BRESTON|Place|Port Breston");
    expect(found.datelinePlace).toBeNull();
  });
  it("a dateline closed by a colon names a place the KB knows, never the label a colon also closes", () => {
    const found = recognize(prepared("TOKYO: Ministers met on Tuesday in a hall."));
    expect(found.datelinePlace).toBe("place:tokyo");
    const label = recognize(prepared("UPDATE: Ministers met on Tuesday in a hall."));
    expect(label.datelinePlace).toBeNull();
    expect(label.mentions.map((m) => m.text)).not.toContain("UPDATE");
  });
  it("none without a dateline", () => {
    const found = recognize(prepared("The ministers met on Tuesday in Tokyo, officials said."));
    expect(found.datelinePlace).toBeNull();
    expect(found.mentions.filter((m) => m.kbId !== null).map((m) => `${m.text}|${m.type}`)).toEqual(["Tokyo|Place"]);
  });
});
