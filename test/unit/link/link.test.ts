import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { recognizeAndLink } from "../../../ingest/link/index.js";
import type { LinkedDocument } from "../../../src/model/mentions.js";
import { doc, preparedDocument, testKb } from "../recognize/fixtures.js";

const link = (...sentences: string[]) => recognizeAndLink(doc(...sentences), testKb);
const entity = (l: LinkedDocument, id: string) => l.entities.find((e) => e.id === id);
const english = (...sentences: string[]) => recognizeAndLink(preparedDocument([sentences], [], "en"), testKb);
const people = (l: LinkedDocument) => l.entities.filter((e) => e.type === "Person").map((e) => e.name);
const mentionsOf = (l: LinkedDocument, id: string) => l.mentions.filter((m) => m.entityId === id).map((m) => `${m.text}[${m.source}]`);

describe("linkDocument", () => {
  it("gives a KB person one entity whatever the name order, with the KB name and id", () => {
    const l = link("Takaichi Sanae a reçu la presse.", "Sanae Takaichi a ensuite quitté Tokyo.");
    expect(entity(l, "person:sanae-takaichi")).toMatchObject({ name: "Sanae Takaichi", type: "Person", fromKb: true });
    expect(mentionsOf(l, "person:sanae-takaichi")).toEqual(["Takaichi Sanae[kb]", "Sanae Takaichi[kb]"]);
  });

  it("links a person outside the KB written in both orders to one id", () => {
    const l = link("Le ministre japonais Iwaya Takeshi a parlé.", "Takeshi Iwaya a ensuite signé.");
    const people = l.entities.filter((e) => e.type === "Person");
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ id: "person:iwaya-takeshi", fromKb: false });
    expect(mentionsOf(l, "person:iwaya-takeshi")).toHaveLength(2);
  });

  it("links surnames, honorifics and titled surnames back to the full name", () => {
    const l = link(
      "Le ministre italien de la Défense Guido Crosetto a reçu la délégation.",
      "Crosetto a salué l'accord.",
      "Selon M. Crosetto, le calendrier tient.",
      "Le ministre Crosetto est rentré à Rome.",
    );
    const id = "person:crosetto-guido";
    expect(entity(l, id)).toMatchObject({ name: "Guido Crosetto", aliases: ["Crosetto"] });
    expect(mentionsOf(l, id)).toEqual(["Guido Crosetto[pattern]", "Crosetto[coreference]", "Crosetto[coreference]", "Crosetto[pattern]"]);
    expect(l.entities.filter((e) => e.type === "Person")).toHaveLength(1);
  });

  it("makes a lone word after a locative a place, unless a person of the document bears that name", () => {
    const place = link("La frégate est arrivée à Brestonne lundi.");
    expect(place.entities.map((e) => [e.name, e.type])).toEqual([["Brestonne", "Place"]]);
    const person = link("Le ministre Paul Brestonne a parlé.", "Le texte a été remis à Brestonne lundi.");
    expect(person.entities.map((e) => [e.name, e.type])).toEqual([["Paul Brestonne", "Person"]]);
  });

  it("links a lone word back to a place or an organisation the document named", () => {
    const l = link("La frégate a accosté au port de Brestonne.", "Ensuite, Brestonne a accueilli la flotte.");
    expect(l.entities.map((e) => [e.name, e.type])).toEqual([["Brestonne", "Place"]]);
    expect(l.mentions.map((m) => `${m.text}[${m.source}]`)).toEqual(["Brestonne[pattern]", "Brestonne[coreference]"]);
  });

  it("links a given name after a style back to an Arabic full name with a patronymic ('Sheikh Zayan' for 'Zayan bin Rashid Al Qasimi')", () => {
    const l = english(
      "Sheikh Zayan bin Rashid Al Qasimi received the envoy.",
      "Prince Hadi al-Mansour al-Jaber al-Otaibi attended.",
      "Later, Sheikh Zayan and Prince Hadi spoke to reporters.",
    );
    expect(people(l)).toEqual(["Zayan bin Rashid Al Qasimi", "Hadi al-Mansour al-Jaber al-Otaibi"]);
  });

  it("not by the father's name after 'bin', nor by a given name two people of the document share", () => {
    const father = english("Sheikh Karim bin Nawaf received the envoy.", "Later, Sheikh Nawaf spoke.");
    expect(people(father)).toEqual(["Karim bin Nawaf", "Nawaf"]);
    const shared = english("Sheikh Karim bin Nawaf met Sheikh Karim bin Fahd Al Omari.", "Later, Sheikh Karim spoke.");
    expect(people(shared)).toEqual(["Karim bin Nawaf", "Karim bin Fahd Al Omari", "Karim"]);
  });

  it("links a surname back to a full name written with initials", () => {
    const l = link("Le vice-président J. D. Vance est arrivé.", "Vance a rencontré la presse.");
    expect(mentionsOf(l, "person:j-d-vance")).toEqual(["J. D. Vance[pattern]", "Vance[coreference]"]);
  });

  it("drops a lone capitalised word that names no one seen in full", () => {
    const l = link("Ensuite, Okafor a quitté la salle.");
    expect(l.entities).toEqual([]);
  });

  it("keeps a person introduced by an honorific even without a full name", () => {
    const l = link("Selon Mme Okonkwo, le texte est prêt.");
    expect(l.entities).toEqual([expect.objectContaining({ id: "person:okonkwo", name: "Okonkwo", type: "Person" })]);
  });

  it("links a lone surname to the one KB person that has it", () => {
    const l = link("Starmer a répondu aux questions des députés.");
    expect(mentionsOf(l, "person:keir-starmer")).toEqual(["Starmer[coreference]"]);
  });

  it("does not read a capitalised common word as a KB surname", () => {
    const l = link("Starmer est un mot rare.", "Le starmer n'existe pas.");
    expect(l.entities).toEqual([]);
  });

  it("resolves a definite title to the one person holding it in the document", () => {
    const l = link(
      "La Première ministre japonaise a accueilli son homologue britannique Keir Starmer.",
      "Le Premier ministre britannique doit se rendre en Italie.",
    );
    expect(mentionsOf(l, "person:keir-starmer")).toEqual(["Keir Starmer[kb]", "Premier ministre britannique[coreference]"]);
  });

  it("falls back on the KB offices of the people named, on the publication date", () => {
    const l = link("Keir Starmer est arrivé à Tokyo.", "Le Premier ministre britannique a salué l'accueil.");
    expect(mentionsOf(l, "person:keir-starmer")).toEqual(["Keir Starmer[kb]", "Premier ministre britannique[coreference]"]);
    // in 2023 he led the opposition: the KB gives him no such office then
    const before = recognizeAndLink(
      { ...doc("Keir Starmer est arrivé à Tokyo.", "Le Premier ministre britannique a salué l'accueil."), published: "2023-05" },
      testKb,
    );
    expect(mentionsOf(before, "person:keir-starmer")).toEqual(["Keir Starmer[kb]"]);
  });

  it("never resolves a title to a person named only after it", () => {
    const l = link("La ministre d'État a ouvert la séance.", "Son homologue britannique, Nadia Velasquez, ministre d'État, a répondu.");
    expect(l.mentions.filter((m) => m.source === "coreference")).toEqual([]);
  });

  it("never reads a title followed by its complement and its own holder in apposition as an anaphor", () => {
    const coreferences = (l: LinkedDocument) => l.mentions.filter((m) => m.source === "coreference").map((m) => `${m.text}→${m.entityId}`);
    const french = link(
      "Le président Emmanuel Macron a parlé lundi.",
      "Le président de la commission de la défense de l'Assemblée nationale, Thomas Gassilloud, s'est rendu au Mali.",
    );
    expect(coreferences(french)).toEqual([]);
    const english = recognizeAndLink(
      preparedDocument(
        [
          [
            "President Emmanuel Macron spoke on Monday.",
            "The president of the parliament's defence committee, Janis Berzins, attended the talks.",
          ],
        ],
        [],
        "en",
      ),
      testKb,
    );
    expect(coreferences(english)).toEqual([]);
    // Not an apposition: the complement's clause goes on past a second comma, or another office names the person after it.
    const clause = link("Le président Emmanuel Macron a parlé lundi.", "Le président du pays a reçu, mardi soir, Jean Dupont à Paris.");
    expect(coreferences(clause)).toEqual(["président→person:emmanuel-macron"]);
    const otherOffice = link("Le président Emmanuel Macron a parlé lundi.", "Le président du pays a reçu le ministre, Jean Dupont.");
    expect(coreferences(otherOffice)).toEqual(["président→person:emmanuel-macron"]);
  });

  it("leaves a title alone when two people could hold it", () => {
    const l = link(
      "La Première ministre Sanae Takaichi a reçu le Premier ministre Marco Bellini.",
      "Le Premier ministre a ensuite quitté Tokyo.",
    );
    expect(l.mentions.filter((m) => m.source === "coreference")).toEqual([]);
  });

  it("merges an acronym with its expansion", () => {
    const l = link("Le projet est confié à l'Agence européenne de défense (AED).", "L'AED rendra son avis en mai.");
    const aed = l.entities.filter((e) => e.type === "Organization");
    expect(aed).toEqual([
      expect.objectContaining({ id: "org:agence-europeenne-de-defense", name: "Agence européenne de défense", aliases: ["AED"] }),
    ]);
    expect(mentionsOf(l, "org:agence-europeenne-de-defense")).toHaveLength(3);
  });

  it("takes a generic description for a programme only when its members are named", () => {
    const withMembers = link("Le Japon, l'Italie et le Royaume-Uni développent un futur avion de combat.");
    expect(mentionsOf(withMembers, "program:gcap")).toEqual(["futur avion de combat[kb]"]);
    const alone = link("La France étudie un futur avion de combat.");
    expect(entity(alone, "program:gcap")).toBeUndefined();
  });

  it("maps demonyms and capitals used as governments to the country, keeping the city as a place", () => {
    const l = link("Les forces japonaises et Londres peuvent coopérer.");
    expect(mentionsOf(l, "country:JP")).toEqual(["japonaises[demonym]"]);
    expect(mentionsOf(l, "country:GB")).toEqual(["Londres[capital]"]);
    expect(entity(l, "place:london")).toMatchObject({ type: "Place", name: "London" });
    // demonyms and capitals are not names of the country
    expect(entity(l, "country:JP")!.aliases).not.toContain("japonaises");
  });

  it("resolves the owner of a title to the linked organisation", () => {
    const l = link("Keir Starmer, leader du Parti travailliste, a parlé.");
    const org = l.entities.find((e) => e.type === "Organization");
    expect(org).toMatchObject({ name: "Parti travailliste" });
    expect(l.titles.find((t) => t.ofEntityId === org!.id)).toBeDefined();
  });

  it("keeps aliases distinct and lists the KB aliases", () => {
    const l = link("L'OTAN et l'Otan sont la même alliance que NATO.");
    expect(entity(l, "org:nato")).toMatchObject({ name: "NATO", aliases: ["OTAN", "Otan"] });
  });

  it("gives a span one mention per entity, even when both the KB and the shape find it", () => {
    const l = link("Selon M. Takaichi Sanae, Mme Takaichi a raison.");
    expect(mentionsOf(l, "person:sanae-takaichi")).toEqual(["Takaichi Sanae[kb]", "Takaichi[coreference]"]);
  });

  it("keeps every mention verbatim at its offsets and sorted", () => {
    const d = preparedDocument([
      ["La Première ministre japonaise Takaichi Sanae et son homologue britannique Keir Starmer se sont vus."],
      ["Selon M. Starmer, Londres et Tokyo peuvent coopérer avec l'Agence spatiale européenne (ESA)."],
    ]);
    const l = recognizeAndLink(d, testKb);
    for (const m of [...l.mentions, ...l.titles]) expect(d.text.slice(m.start, m.end)).toBe(m.text);
    const starts = l.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const m of l.mentions) expect(l.entities.some((e) => e.id === m.entityId)).toBe(true);
  });
});

describe("recognizeAndLink on a very long sentence", () => {
  it("finds every mention of a page without punctuation", () => {
    const surname = (i: number) => `Dupont${i.toString(16).replace(/[0-9]/g, (d) => "ghijklmnop"[Number(d)])}`;
    const sentence = Array.from({ length: 8000 }, (_, i) => `le Japon et M. ${surname(i)} de l'Agence Alpha à Londres`).join(" ");
    const l = recognizeAndLink(doc(sentence), testKb);
    expect(l.mentions.filter((m) => m.entityId === "country:JP")).toHaveLength(8000);
    expect(l.entities.filter((e) => e.type === "Person")).toHaveLength(8000);
  });
});

describe("recognizeAndLink on arbitrary text", () => {
  const fragments = fc.constantFrom(
    "Japon",
    "l'",
    "Premier ministre",
    "M.",
    "Mme",
    " ",
    ", ",
    ".",
    "(",
    ")",
    "AED",
    "Bruxelles",
    "a annoncé",
    "homologue",
    "britannique",
    "Keir",
    "Starmer",
    "de la",
    "Agence",
    "européenne",
    "Parti",
    "travailliste",
    "-",
    "’",
    "ex-",
    "é",
    "\n",
  );
  const text = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 200 }),
    fc.array(fragments, { maxLength: 40 }).map((a) => a.join("")),
  );

  it("never throws and keeps offsets valid", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (sentences) => {
        const d = preparedDocument([sentences]);
        const l = recognizeAndLink(d, testKb);
        for (const m of [...l.mentions, ...l.titles]) {
          if (d.text.slice(m.start, m.end) !== m.text || m.start >= m.end) return false;
        }
        return l.mentions.every((m) => l.entities.some((e) => e.id === m.entityId));
      }),
      { numRuns: 300 },
    );
  });
});

describe("family names written in capitals", () => {
  it("links the family name alone, in capitals or in prose, to the full name written with it in capitals", () => {
    const l = link(
      "Minister KORIYAMA Tetsuo met the envoy.",
      "Minister KORIYAMA said the talks went well.",
      "Koriyama added that more talks would follow.",
    );
    const people = l.entities.filter((e) => e.type === "Person");
    expect(people).toHaveLength(1);
    expect(people[0].name).toBe("Koriyama Tetsuo");
    expect(l.mentions.filter((m) => m.entityId === people[0].id).map((m) => m.text)).toEqual(["KORIYAMA Tetsuo", "KORIYAMA", "Koriyama"]);
  });
  it("keeps no person of a word in capitals that no full name of the document bears", () => {
    const l = link("The minister QXRT said the talks went well.", "QXRT said officials agreed.");
    expect(l.entities.filter((e) => e.type === "Person")).toEqual([]);
  });
});
