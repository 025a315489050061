/**
 * One test per role rule added for real news (ingest/extract/roles.ts: attachment rules and
 * owner rules), on sentences written for them in French and English.
 */
import { describe, expect, it } from "vitest";
import { extractFromLinked } from "../../../ingest/extract/index.js";
import { ATTACHMENT_RULES, OWNER_RULES } from "../../../ingest/extract/roles.js";
import { linkedDocument, roleLines, testKnowledge, extractionTools as tools, PM, PRES, FM, DEF } from "./linked-markup.js";
import type { KbCountry, KbEntity } from "../../../src/model/kb.js";

const knowledge = {
  ...testKnowledge,
  titles: [
    ...testKnowledge.titles,
    { id: "title:general", title: "General", forms: ["général", "General"], kind: "military" as const, rank: true },
    { id: "title:vice-foreign-minister", title: "Vice Foreign Minister", forms: ["vice foreign minister"], kind: "minister" as const },
  ],
  byId: new Map<string, KbCountry | KbEntity>([
    ...testKnowledge.byId,
    ["country:FR", { id: "country:FR", name: "France", iso2: "FR", aliases: [], demonyms: ["français"] }],
    ["country:KE", { id: "country:KE", name: "Kenya", iso2: "KE", aliases: [], demonyms: ["kényan"] }],
    ["country:US", { id: "country:US", name: "United States", iso2: "US", aliases: [], demonyms: ["American"] }],
    ["country:BH", { id: "country:BH", name: "Bahrain", iso2: "BH", aliases: [], demonyms: [] }],
    ["person:ana-ruiz", { id: "person:ana-ruiz", name: "Ana Ruiz", type: "Person" as const, aliases: [], country: "country:IT" }],
    ["place:nairobi", { id: "place:nairobi", name: "Nairobi", type: "Place" as const, aliases: [], country: "country:KE" }],
  ]),
};

/** "person → title (titleText) of owner" for every role found. */
function roles(markup: string, language = "fr"): string[] {
  const out = extractFromLinked(linkedDocument(markup, { published: "2026-02-02", language }), knowledge, tools);
  return out.relations
    .filter((r) => r.type === "HOLDS_ROLE")
    .map((r) => `${r.source} → ${String(r.properties?.title)} (${String(r.properties?.titleText)}) of ${r.target}`);
}

describe("the role rule lists", () => {
  it("are tried in a fixed order", () => {
    expect(ATTACHMENT_RULES.map((r) => r.name)).toEqual([
      "respectively",
      "pluralTitleOfOwnersThenNames",
      "distributiveDemonyms",
      "pluralTitleOverOwnedNames",
      "demonymsThenNames",
      "titleAndCounterpartThenNames",
      "nationalityNounsAfterCounterpart",
      "ownerPerPerson",
      "elidedTitleInList",
      "relativeClauseOffice",
      "tenureVerbTitle",
      "titlesAndNames",
      "copulaTitle",
      "appointedAs",
      "officeVerb",
      "officePeriphrasis",
      "heldAsActing",
    ]);
    expect(OWNER_RULES.map((r) => r.name)).toEqual([
      "countryAnaphor",
      "organizationAnaphor",
      "headNounAnaphor",
      "representedCountry",
      "subjectsPossessive",
      "sovereignSpokenFor",
      "ledDelegation",
      "appointersCountry",
      "coordinatedOffice",
      "sameOfficeElsewhere",
      "delegationCompanion",
      "knownPersonsCountry",
      "hostOfTrip",
      "sentenceOpeningPlace",
      "storysHomeCountry",
    ]);
  });
});

describe("distributiveDemonyms", () => {
  it("gives each person of 'les présidents français X et italien Y' the office of their own country", () => {
    const markup = `Les présidents [français](country:FR demonym) [Paul Morel](person:paul-morel) et [italien](country:IT demonym) [Luca Neri](person:luca-neri) ont parlé.`;
    expect(roles(markup)).toEqual([
      "person:paul-morel → President (présidents) of country:FR",
      "person:luca-neri → President (présidents) of country:IT",
    ]);
  });
});

describe("ownerPerPerson", () => {
  it("gives each person of a list the owner after 'pour'/'for'", () => {
    const fr = `Les présidents des deux pays, [Paul Morel](person:paul-morel) pour la [France](country:FR) et [Luca Neri](person:luca-neri) pour l'[Italie](country:IT), ont signé.`;
    expect(roles(fr)).toEqual([
      "person:paul-morel → President (présidents) of country:FR",
      "person:luca-neri → President (présidents) of country:IT",
    ]);
    const en = `The foreign ministers, [Ana Ruiz](person:ana-ruiz) for [Italy](country:IT) and [Tom Reyes](person:tom-reyes) for [Japan](country:JP), met.`;
    expect(roles(en, "en")).toEqual([
      "person:ana-ruiz → Foreign Minister (foreign ministers) of country:IT",
      "person:tom-reyes → Foreign Minister (foreign ministers) of country:JP",
    ]);
  });
});

describe("ownerPerPerson after a plural title", () => {
  it("reads 'Foreign Ministers X of A and Y of B', 'les ministres des Affaires étrangères X (A) et Y (B)'", () => {
    const en = `Foreign Ministers [Ana Ruiz](person:ana-ruiz) of [Italy](country:IT) and [Tom Reyes](person:tom-reyes) of [Japan](country:JP) met.`;
    expect(roles(en, "en")).toEqual([
      "person:ana-ruiz → Foreign Minister (Foreign Ministers) of country:IT",
      "person:tom-reyes → Foreign Minister (Foreign Ministers) of country:JP",
    ]);
    const fr = `Les ministres des Affaires étrangères [Paul Morel](person:paul-morel) ([France](country:FR)) et [Luca Neri](person:luca-neri) ([Italie](country:IT)) ont parlé.`;
    expect(roles(fr)).toEqual([
      "person:paul-morel → Foreign Minister (ministres des Affaires étrangères) of country:FR",
      "person:luca-neri → Foreign Minister (ministres des Affaires étrangères) of country:IT",
    ]);
  });

  it("takes the plural title of the sentence before when it names every owner", () => {
    const en = `The defence ministers of [Italy](country:IT) and [Japan](country:JP) signed a treaty. [Ana Ruiz](person:ana-ruiz) of [Italy](country:IT) and [Tom Reyes](person:tom-reyes) of [Japan](country:JP) put their names to it.`;
    expect(roles(en, "en")).toEqual([
      "person:ana-ruiz → Defence Minister (defence ministers) of country:IT",
      "person:tom-reyes → Defence Minister (defence ministers) of country:JP",
    ]);
    // "of" with no plural title: nothing to give.
    expect(
      roles(`[Ana Ruiz](person:ana-ruiz) of [Italy](country:IT) and [Tom Reyes](person:tom-reyes) of [Japan](country:JP) met.`, "en"),
    ).toEqual([]);
  });

  it("gives no office of two coordinated ones: 'des ministres des Affaires étrangères et de la Défense, avec X pour A et Y pour B'", () => {
    const fr = `Une réunion des ministres des Affaires étrangères et de la Défense s'est tenue, avec [Paul Morel](person:paul-morel) pour la [France](country:FR) et [Luca Neri](person:luca-neri) pour l'[Italie](country:IT).`;
    expect(roles(fr).filter((r) => r.includes("Foreign Minister"))).toEqual([]);
  });
});

describe("demonymsThenNames", () => {
  it("gives each name after a comma the office of its demonym, in order: 'his Kenyan and Italian counterparts, X and Y'", () => {
    const en = `[Paul Morel](person:paul-morel) hosted his [Kenyan](country:KE demonym) and [Italian](country:IT demonym) {counterparts}(${DEF}), [Tom Reyes](person:tom-reyes) and [Ana Ruiz](person:ana-ruiz), in Paris.`;
    expect(roles(en, "en")).toEqual([
      "person:tom-reyes → Defence Minister (counterparts) of country:KE",
      "person:ana-ruiz → Defence Minister (counterparts) of country:IT",
    ]);
    const fr = `[Paul Morel](person:paul-morel) a reçu ses {homologues}(${DEF}) [kényan](country:KE demonym) et [italien](country:IT demonym), [Tom Reyes](person:tom-reyes) et [Ana Ruiz](person:ana-ruiz), à Paris.`;
    expect(roles(fr)).toEqual([
      "person:tom-reyes → Defence Minister (homologues) of country:KE",
      "person:ana-ruiz → Defence Minister (homologues) of country:IT",
    ]);
    // As many names as demonyms, or nothing from this rule.
    const fewer = `[Paul Morel](person:paul-morel) hosted his [Kenyan](country:KE demonym) and [Italian](country:IT demonym) {counterparts}(${DEF}), [Tom Reyes](person:tom-reyes), in Paris.`;
    expect(roles(fewer, "en")).not.toContain("person:tom-reyes → Defence Minister (counterparts) of country:KE");
  });
});

describe("pluralTitleOverOwnedNames", () => {
  it("gives each name of 'leurs ministres …, l'Italienne X et le Kényan Y' the office of its nationality noun's country", () => {
    const fr = `Leurs ministres des Affaires étrangères, l'[Italienne](country:IT demonym) [Ana Ruiz](person:ana-ruiz) et le [Kényan](country:KE demonym) [Tom Reyes](person:tom-reyes), ont paraphé le texte.`;
    expect(roles(fr)).toEqual([
      "person:ana-ruiz → Foreign Minister (ministres des Affaires étrangères) of country:IT",
      "person:tom-reyes → Foreign Minister (ministres des Affaires étrangères) of country:KE",
    ]);
  });
  it("reads 'the defence ministers, Italy's X and Kenya's Y' and 'their foreign ministers, Italian X and Kenyan Y'", () => {
    const possessive = `The defence ministers, [Italy](country:IT)'s [Ana Ruiz](person:ana-ruiz) and [Kenya](country:KE)'s [Tom Reyes](person:tom-reyes), met in Rome.`;
    expect(roles(possessive, "en")).toEqual([
      "person:ana-ruiz → Defence Minister (defence ministers) of country:IT",
      "person:tom-reyes → Defence Minister (defence ministers) of country:KE",
    ]);
    const nouns = `Their foreign ministers, [Italian](country:IT demonym) [Ana Ruiz](person:ana-ruiz) and [Kenyan](country:KE demonym) [Tom Reyes](person:tom-reyes), met in Rome.`;
    expect(roles(nouns, "en")).toEqual([
      "person:ana-ruiz → Foreign Minister (foreign ministers) of country:IT",
      "person:tom-reyes → Foreign Minister (foreign ministers) of country:KE",
    ]);
  });
  it("gives nothing to owned names with no title told: 'Japan's X and Italy's Y', 'l'Italienne X et le Kényan Y'", () => {
    expect(
      roles(
        `[Japan](country:JP)'s [Tom Reyes](person:tom-reyes) and [Italy](country:IT)'s [Ana Ruiz](person:ana-ruiz) spoke by phone.`,
        "en",
      ),
    ).toEqual([]);
    expect(
      roles(
        `L'[Italienne](country:IT demonym) [Ana Ruiz](person:ana-ruiz) et le [Kényan](country:KE demonym) [Tom Reyes](person:tom-reyes) ont parlé.`,
      ),
    ).toEqual([]);
  });
});

describe("pluralTitleOfOwnersThenNames", () => {
  it("gives 'the defence ministers of Japan and Italy, X and Y' each the office of the owner in the same place", () => {
    const en = `The defence ministers of [Japan](country:JP) and [Italy](country:IT), [Tom Reyes](person:tom-reyes) and [Ana Ruiz](person:ana-ruiz), met in Rome.`;
    expect(roles(en, "en")).toEqual([
      "person:tom-reyes → Defence Minister (defence ministers) of country:JP",
      "person:ana-ruiz → Defence Minister (defence ministers) of country:IT",
    ]);
    const fr = `Les ministres des Affaires étrangères du [Japon](country:JP) et de l'[Italie](country:IT), [Tom Reyes](person:tom-reyes) et [Ana Ruiz](person:ana-ruiz), se sont réunis mardi.`;
    expect(roles(fr)).toEqual([
      "person:tom-reyes → Foreign Minister (ministres des Affaires étrangères) of country:JP",
      "person:ana-ruiz → Foreign Minister (ministres des Affaires étrangères) of country:IT",
    ]);
  });
  it("gives nothing when the names and the owners differ in number, or no title is told", () => {
    const three = `The defence ministers of [Japan](country:JP), [Italy](country:IT) and [Kenya](country:KE), [Tom Reyes](person:tom-reyes) and [Ana Ruiz](person:ana-ruiz), met in Rome.`;
    expect(roles(three, "en")).toEqual([]);
    const none = `The delegations of [Japan](country:JP) and [Italy](country:IT), [Tom Reyes](person:tom-reyes) and [Ana Ruiz](person:ana-ruiz), met in Rome.`;
    expect(roles(none, "en")).toEqual([]);
  });
});

describe("ownerPerPerson with a rank before the first name", () => {
  it("reads 'les ministres de la Défense des deux pays, le général à la retraite X pour A et Y pour B'", () => {
    const fr = `Les ministres de la Défense des deux pays, le {général}(title:general General military) à la retraite [Tom Reyes](person:tom-reyes) pour le [Japon](country:JP) et [Ana Ruiz](person:ana-ruiz) pour l'[Italie](country:IT), étaient présents.`;
    expect(roles(fr)).toEqual([
      "person:tom-reyes → Defence Minister (ministres de la Défense) of country:JP",
      "person:ana-ruiz → Defence Minister (ministres de la Défense) of country:IT",
    ]);
  });
  it("gives nothing for 'pour' that tells a benefit: 'a obtenu des fonds pour le Japon'", () => {
    const fr = `Le ministre [Paul Morel](person:paul-morel) a obtenu des fonds pour le [Japon](country:JP) et [Ana Ruiz](person:ana-ruiz) pour l'[Italie](country:IT).`;
    expect(roles(fr).filter((r) => !r.startsWith("person:paul-morel"))).toEqual([]);
  });
});

describe("elidedTitleInList", () => {
  it("gives 'Kenya's Prime Minister X, Italy's Y and Japan's Z' each the Prime Minister's office of their country", () => {
    const en = `[Kenya](country:KE)'s {Prime Minister}(${PM}) [Tom Reyes](person:tom-reyes), [Italy](country:IT)'s [Ana Ruiz](person:ana-ruiz) and [Japan](country:JP)'s [Luca Neri](person:luca-neri) met on Friday.`;
    expect(roles(en, "en")).toEqual([
      "person:tom-reyes → Prime Minister (Prime Minister) of country:KE",
      "person:ana-ruiz → Prime Minister (Prime Minister) of country:IT",
      "person:luca-neri → Prime Minister (Prime Minister) of country:JP",
    ]);
    const fr = `Le {Premier ministre}(${PM} country:KE) [kényan](country:KE demonym) [Tom Reyes](person:tom-reyes), l'[Italienne](country:IT demonym) [Ana Ruiz](person:ana-ruiz) et le [Japonais](country:JP demonym) [Luca Neri](person:luca-neri) se sont réunis vendredi.`;
    expect(roles(fr)).toEqual([
      "person:tom-reyes → Prime Minister (Premier ministre) of country:KE",
      "person:ana-ruiz → Prime Minister (Premier ministre) of country:IT",
      "person:luca-neri → Prime Minister (Premier ministre) of country:JP",
    ]);
  });
  it("not to a name with a title of its own, nor after one, nor to a person the KB gives another office, nor one with an apposition", () => {
    const own = `[Kenya](country:KE)'s {Prime Minister}(${PM}) [Tom Reyes](person:tom-reyes), [Italy](country:IT)'s {President}(${PRES}) [Ana Ruiz](person:ana-ruiz) and [Japan](country:JP)'s [Luca Neri](person:luca-neri) met.`;
    expect(roles(own, "en")).toEqual([
      "person:tom-reyes → Prime Minister (Prime Minister) of country:KE",
      "person:ana-ruiz → President (President) of country:IT",
    ]);
    const known = `[Kenya](country:KE)'s {Prime Minister}(${PM}) [Tom Reyes](person:tom-reyes) and [China](country:CN)'s [Xi Jinping](person:xi-jinping) met.`;
    expect(roles(known, "en")).toEqual(["person:tom-reyes → Prime Minister (Prime Minister) of country:KE"]);
    const apposition = `[Kenya](country:KE)'s {Prime Minister}(${PM}) [Tom Reyes](person:tom-reyes) and [Italy](country:IT)'s [Ana Ruiz](person:ana-ruiz), the head of the agency, met.`;
    expect(roles(apposition, "en")).toEqual(["person:tom-reyes → Prime Minister (Prime Minister) of country:KE"]);
  });
  it("reads the list past a clause after another person ('X, who chaired the meeting, sat alongside Kenya's Prime Minister Y, Italy's Z')", () => {
    const en = `[Paul Morel](person:paul-morel), who chaired the meeting, sat alongside [Kenya](country:KE)'s {Prime Minister}(${PM}) [Tom Reyes](person:tom-reyes), [Italy](country:IT)'s [Ana Ruiz](person:ana-ruiz) and [Japan](country:JP)'s [Luca Neri](person:luca-neri).`;
    expect(roles(en, "en")).toEqual([
      "person:tom-reyes → Prime Minister (Prime Minister) of country:KE",
      "person:ana-ruiz → Prime Minister (Prime Minister) of country:IT",
      "person:luca-neri → Prime Minister (Prime Minister) of country:JP",
    ]);
    // A list the title joins after another name stays unsure ("X, Kenya's Prime Minister Y and Italy's Z").
    const listed = `[Paul Morel](person:paul-morel), [Kenya](country:KE)'s {Prime Minister}(${PM}) [Tom Reyes](person:tom-reyes) and [Italy](country:IT)'s [Ana Ruiz](person:ana-ruiz) met.`;
    expect(roles(listed, "en")).toEqual(["person:tom-reyes → Prime Minister (Prime Minister) of country:KE"]);
  });
});

describe("titlesAndNames", () => {
  it("reads stacked appositions before the name as offices of that name", () => {
    const markup = `La cérémonie était présidée par le {président}(${PRES} org:eu) de l'[UE](org:eu), le {président}(${PRES} country:KE) du [Kenya](country:KE), [Paul Morel](person:paul-morel).`;
    expect(roles(markup)).toEqual([
      "person:paul-morel → President (président) of org:eu",
      "person:paul-morel → President (président) of country:KE",
    ]);
  });
  it("lets an acronym in parentheses, an honorific style or an adverb stand between title and name", () => {
    const acronym = `Le {président}(${PRES} country:KE) de la [République du Kenya](country:KE) (RK), [Paul Morel](person:paul-morel) est arrivé.`;
    expect(roles(acronym)).toEqual(["person:paul-morel → President (président) of country:KE"]);
    const style = `It was signed by [Bahrain](country:BH)'s {Foreign Minister}(${FM} country:BH) His Excellency Sheikh [Ali Saleh](person:ali-saleh).`;
    expect(roles(style, "en")).toEqual(["person:ali-saleh → Foreign Minister (Foreign Minister) of country:BH"]);
    const adverb = `[Paul Morel](person:paul-morel), également {chef du parti}(title:party-leader Party_Leader party org:eu) de l'[UE](org:eu), a parlé.`;
    expect(roles(adverb)).toEqual(["person:paul-morel → Party Leader (chef du parti) of org:eu"]);
  });
  it("gives a title between two names, a comma on each side, to the name after when the one before has its own office", () => {
    // Ana Ruiz is Italian (knowledge base): the American president is the name after.
    const known = `Interrogé sur une rencontre avec [Ana Ruiz](person:ana-ruiz), le {président}(${PRES} country:US) [américain](country:US demonym), [Tom Reyes](person:tom-reyes), a répondu.`;
    expect(roles(known)).toEqual(["person:tom-reyes → President (président) of country:US"]);
    // Paul Morel has his own title right before him.
    const titled = `Étaient présents le {ministre de la Défense}(${DEF} country:KE) du [Kenya](country:KE) [Paul Morel](person:paul-morel), la {ministre des Affaires étrangères}(${FM} country:FR) de la [France](country:FR), [Lise Martin](person:lise-martin), et d'autres.`;
    expect(roles(titled)).toEqual([
      "person:paul-morel → Defence Minister (ministre de la Défense) of country:KE",
      "person:lise-martin → Foreign Minister (ministre des Affaires étrangères) of country:FR",
    ]);
    // Otherwise the apposition describes the name before it ("X, le président kényan, a reçu Y").
    const plain = `[Paul Morel](person:paul-morel), le {président}(${PRES} country:KE) du [Kenya](country:KE), [Lise Martin](person:lise-martin) et d'autres ont parlé.`;
    expect(roles(plain)).toEqual(["person:paul-morel → President (président) of country:KE"]);
  });
  it("takes the owner right after the name in a royal or formal style", () => {
    const markup = `The text was approved by {King}(title:king King head-of-state) [Omar Saleh](person:omar-saleh) of [Bahrain](country:BH).`;
    expect(roles(markup, "en")).toEqual(["person:omar-saleh → King (King) of country:BH"]);
  });
});

describe("copulaTitle", () => {
  it("reads 'X became the <title>' and 'X est devenu le <title>'", () => {
    const en = `Talks sped up after [Tom Reyes](person:tom-reyes) became the [American](country:US demonym) {president}(${PRES} country:US) in 2017.`;
    expect(roles(en, "en")).toEqual(["person:tom-reyes → President (president) of country:US"]);
    const fr = `[Paul Morel](person:paul-morel) est devenu le {président}(${PRES} country:FR) [français](country:FR demonym) en mai.`;
    expect(roles(fr)).toEqual(["person:paul-morel → President (président) of country:FR"]);
  });
  it("reads appointments, elections and inaugurations as copulas: 'was sworn in as', 'a été nommé', 'a été élu'", () => {
    const sworn = `[Tom Reyes](person:tom-reyes) was sworn in as the [American](country:US demonym) {president}(${PRES} country:US) on Monday.`;
    expect(roles(sworn, "en")).toEqual(["person:tom-reyes → President (president) of country:US"]);
    const appointed = `[Tom Reyes](person:tom-reyes) was appointed [American](country:US demonym) {president}(${PRES} country:US) in May.`;
    expect(roles(appointed, "en")).toEqual(["person:tom-reyes → President (president) of country:US"]);
    const elected = `[Paul Morel](person:paul-morel) a été élu {président}(${PRES} country:FR) [français](country:FR demonym) dimanche.`;
    expect(roles(elected)).toEqual(["person:paul-morel → President (président) of country:FR"]);
  });
  it("reads a day or a date between the appointment and the office: 'a été nommé mercredi chef d'état-major des armées'", () => {
    const CDS = "title:chief-of-defence-staff Chief_of_the_Defence_Staff military country:FR";
    const fr = `[La France](country:FR) change de chef militaire. [Paul Morel](person:paul-morel) a été nommé mercredi {chef d'état-major des armées}(${CDS}) en Conseil des ministres.`;
    expect(roles(fr)).toEqual(["person:paul-morel → Chief of the Defence Staff (chef d'état-major des armées) of country:FR"]);
    const en = `The [United States](country:US) has a new top officer. [Tom Reyes](person:tom-reyes) was appointed on Monday {Chief of the Defence Staff}(${CDS.replace("FR", "US")}) by the president.`;
    expect(roles(en, "en")).toEqual(["person:tom-reyes → Chief of the Defence Staff (Chief of the Defence Staff) of country:US"]);
  });
  it("gives an office taken up later as designated: 'il prendra ses fonctions le …', 'and will take office on …'", () => {
    const CDS = "title:chief-of-defence-staff Chief_of_the_Defence_Staff military country:FR";
    const fr = `[Paul Morel](person:paul-morel) a été nommé mercredi {chef d'état-major des armées}(${CDS}) [français](country:FR demonym). Il prendra ses fonctions le 1er mars.`;
    expect(rolesWithTense(fr)).toEqual(["person:paul-morel → Chief of the Defence Staff of country:FR (designated)"]);
    const en = `[Tom Reyes](person:tom-reyes) was appointed [American](country:US demonym) {president}(${PRES} country:US) in May and will take office on Friday.`;
    expect(rolesWithTense(en, "en")).toEqual(["person:tom-reyes → President of country:US (designated)"]);
    const named = `[Tom Reyes](person:tom-reyes) named [Ali Saleh](person:ali-saleh) as [Kenya](country:KE)'s {defence minister}(${DEF} country:KE). He will take up the post in June.`;
    expect(rolesWithTense(named, "en")).toEqual(["person:ali-saleh → Defence Minister of country:KE (designated)"]);
  });
  it("not when the next sentence is about something else", () => {
    const CDS = "title:chief-of-defence-staff Chief_of_the_Defence_Staff military country:FR";
    const fr = `[Paul Morel](person:paul-morel) a été nommé mercredi {chef d'état-major des armées}(${CDS}) [français](country:FR demonym). La cérémonie prendra fin à midi.`;
    expect(rolesWithTense(fr)).toEqual(["person:paul-morel → Chief of the Defence Staff of country:FR"]);
    const en = `[Tom Reyes](person:tom-reyes) was appointed [American](country:US demonym) {president}(${PRES} country:US) in May. The summit will take place in June.`;
    expect(rolesWithTense(en, "en")).toEqual(["person:tom-reyes → President of country:US"]);
  });
  it("does not read a verb that is no copula", () => {
    const markup = `[Paul Morel](person:paul-morel) a rencontré le {président}(${PRES} country:FR) [français](country:FR demonym) en mai.`;
    expect(roles(markup)).toEqual([]);
  });
});

describe("countryAnaphor", () => {
  it("owns 'the country's <office>' and '<office> du pays' by the last country named before", () => {
    const en = `In [Nairobi](place:nairobi), [Tom Reyes](person:tom-reyes) met [Kenya](country:KE)'s {President}(${PRES} country:KE) [Paul Morel](person:paul-morel) and the country's {foreign minister}(${FM}), [Ali Saleh](person:ali-saleh).`;
    expect(roles(en, "en")).toContain("person:ali-saleh → Foreign Minister (foreign minister) of country:KE");
    const fr = `Le [Kenya](country:KE) a voté. [Luca Neri](person:luca-neri), {ministre des Affaires étrangères}(${FM}) du pays, a parlé.`;
    expect(roles(fr)).toEqual(["person:luca-neri → Foreign Minister (ministre des Affaires étrangères) of country:KE"]);
  });
  it("not an office with no country before it", () => {
    expect(roles(`The country's {foreign minister}(${FM}), [Ali Saleh](person:ali-saleh), spoke.`, "en")).toEqual([]);
  });
});

describe("coordinatedOffice", () => {
  it("owns an office coordinated after another person's owned one by the same country, before the same office elsewhere", () => {
    const markup =
      `[Kenyan](country:KE demonym) {President}(${PRES} country:KE) [Tom Reyes](person:tom-reyes) and {Defence Minister}(${DEF}) [Ali Saleh](person:ali-saleh) arrived. ` +
      `The [Japanese](country:JP demonym) {defence minister}(${DEF} country:JP) was there.`;
    expect(roles(markup, "en")).toEqual([
      "person:tom-reyes → President (President) of country:KE",
      "person:ali-saleh → Defence Minister (Defence Minister) of country:KE",
    ]);
  });
  it("not across a verb", () => {
    const markup = `[Kenyan](country:KE demonym) {President}(${PRES} country:KE) [Tom Reyes](person:tom-reyes) met {Defence Minister}(${DEF}) [Ali Saleh](person:ali-saleh).`;
    expect(roles(markup, "en")).toEqual(["person:tom-reyes → President (President) of country:KE"]);
  });
});

describe("sameOfficeElsewhere", () => {
  it("owns an office by the same office, owned, elsewhere in the document", () => {
    const markup = `{Foreign Minister}(${FM}) [Ali Saleh](person:ali-saleh) arrived on Monday. [Bahrain](country:BH)'s {foreign minister}(${FM} country:BH) held talks in Rome.`;
    expect(roles(markup, "en")).toEqual(["person:ali-saleh → Foreign Minister (Foreign Minister) of country:BH"]);
  });
  it("not by the same office held by someone else, or named beside the person", () => {
    const beside = `{Foreign Minister}(${FM}) [Ali Saleh](person:ali-saleh) met the [Japanese](country:JP demonym) {foreign minister}(${FM} country:JP) on Monday.`;
    expect(roles(beside, "en")).toEqual([]);
    const held = `{Foreign Minister}(${FM}) [Ali Saleh](person:ali-saleh) arrived. [Japan](country:JP)'s {foreign minister}(${FM} country:JP) [Kenji Sato](person:kenji-sato) met him.`;
    expect(roles(held, "en")).toEqual(["person:kenji-sato → Foreign Minister (foreign minister) of country:JP"]);
  });
  it("not by an office left unnamed when another person of the document holds it", () => {
    const markup =
      `[Bahrain](country:BH)'s {foreign minister}(${FM} country:BH) [Ali Saleh](person:ali-saleh) arrived. ` +
      `[Bahrain](country:BH)'s {foreign minister}(${FM} country:BH) spoke on Tuesday. {Foreign Minister}(${FM}) [Kenji Sato](person:kenji-sato) replied.`;
    expect(roles(markup, "en")).toEqual(["person:ali-saleh → Foreign Minister (foreign minister) of country:BH"]);
  });
  it("not an office many bodies have: 'la directrice, X' takes no owner from 'le directeur d'Airbus' elsewhere", () => {
    const DIR = "title:director Director other";
    const markup = `La {directrice}(${DIR}), [Luca Neri](person:luca-neri), a signé. Le {directeur}(${DIR} org:airbus) d'[Airbus](org:airbus) était absent.`;
    expect(roles(markup)).toEqual([]);
  });
  it("not by an office another person of the same sentence holds, even unnamed", () => {
    const markup =
      `[Bahrain](country:BH)'s {foreign minister}(${FM} country:BH) spoke on Monday. ` +
      `The [Bahraini](country:BH demonym) {foreign minister}(${FM} country:BH) will meet {Foreign Minister}(${FM}) [Kenji Sato](person:kenji-sato).`;
    expect(roles(markup, "en")).toEqual([]);
  });
});

describe("delegationCompanion", () => {
  it("gives a member of a delegation the country of the person they accompany", () => {
    const markup = `Le {président}(${PRES} country:KE) [kényan](country:KE demonym) [Paul Morel](person:paul-morel) est arrivé. [Morel](person:paul-morel) est accompagné, lors de ce voyage, par le {ministre de la Défense}(${DEF}), [Luca Neri](person:luca-neri).`;
    expect(roles(markup)).toEqual([
      "person:paul-morel → President (président) of country:KE",
      "person:luca-neri → Defence Minister (ministre de la Défense) of country:KE",
    ]);
  });
});

describe("knownPersonsCountry", () => {
  it("owns a national office of a person the KB knows by the person's country", () => {
    expect(roles(`{Defence Minister}(${DEF}) [Ana Ruiz](person:ana-ruiz) spoke first in [Rome](country:IT capital).`, "en")).toEqual([
      "person:ana-ruiz → Defence Minister (Defence Minister) of country:IT",
    ]);
    expect(roles(`{Defence Minister}(${DEF}) [Ada Okoro](person:ada-okoro) spoke first in [Rome](country:IT capital).`, "en")).toEqual([]);
  });
});

describe("relativeClauseOffice", () => {
  const NSA = "- National_Security_Adviser other";
  const DPM = "- Deputy_Prime_Minister minister";
  it("gives the person before 'who is also', 'who now serves as' the title the clause names", () => {
    expect(
      roles(`[Ana Ruiz](person:ana-ruiz), who is also [Italy](country:IT)'s {national security adviser}(${NSA}), arrived on Monday.`, "en"),
    ).toEqual(["person:ana-ruiz → National Security Adviser (national security adviser) of country:IT"]);
    const en = `[Tom Reyes](person:tom-reyes), who now serves as [Kenya](country:KE)'s {defence minister}(${DEF}) and {deputy prime minister}(${DPM}), spoke.`;
    expect(roles(en, "en")).toEqual([
      "person:tom-reyes → Defence Minister (defence minister) of country:KE",
      "person:tom-reyes → Deputy Prime Minister (deputy prime minister) of country:KE",
    ]);
  });
  it("reads 'qui est aussi' and 'qui occupe désormais le poste de'", () => {
    expect(
      roles(
        `[Luca Neri](person:luca-neri), qui est aussi le {vice-président du Conseil}(${DPM} country:IT) [italien](country:IT demonym), a parlé.`,
      ),
    ).toEqual(["person:luca-neri → Deputy Prime Minister (vice-président du Conseil) of country:IT"]);
    expect(
      roles(
        `[Paul Morel](person:paul-morel), qui occupe désormais le poste de {ministre de la Défense}(${DEF} country:KE) du [Kenya](country:KE), a parlé.`,
      ),
    ).toEqual(["person:paul-morel → Defence Minister (ministre de la Défense) of country:KE"]);
  });
  it("gives a past or coming office with its tenure: 'who was … at the time', 'who will take over as', 'qui était alors', 'qui deviendra'", () => {
    expect(
      rolesWithTense(`[Ana Ruiz](person:ana-ruiz), who was [Italy](country:IT)'s {defence minister}(${DEF}) until May, spoke.`, "en"),
    ).toEqual(["person:ana-ruiz → Defence Minister of country:IT (former)"]);
    expect(
      rolesWithTense(`[Ana Ruiz](person:ana-ruiz), who was [Italy](country:IT)'s {defence minister}(${DEF}) at the time, objected.`, "en"),
    ).toEqual(["person:ana-ruiz → Defence Minister of country:IT (former)"]);
    expect(
      rolesWithTense(
        `[Ana Ruiz](person:ana-ruiz), who will take over as [Italy](country:IT)'s {defence minister}(${DEF}) in March, spoke.`,
        "en",
      ),
    ).toEqual(["person:ana-ruiz → Defence Minister of country:IT (designated)"]);
    expect(
      rolesWithTense(
        `[Paul Morel](person:paul-morel), qui était alors {ministre de la Défense}(${DEF} country:KE) du [Kenya](country:KE), a signé.`,
      ),
    ).toEqual(["person:paul-morel → Defence Minister of country:KE (former)"]);
    expect(
      rolesWithTense(
        `[Paul Morel](person:paul-morel), qui deviendra {ministre de la Défense}(${DEF} country:KE) du [Kenya](country:KE), a parlé.`,
      ),
    ).toEqual(["person:paul-morel → Defence Minister of country:KE (designated)"]);
    // An appointment told in the past is no past office.
    const appointed = rolesWithTense(
      `[Ana Ruiz](person:ana-ruiz), who was appointed [Italy](country:IT)'s {defence minister}(${DEF}) in May, spoke.`,
      "en",
    );
    expect(appointed.filter((r) => r.endsWith("(former)"))).toEqual([]);
  });
  it("not a clause without a comma, or a title before another name", () => {
    expect(roles(`[Ana Ruiz](person:ana-ruiz) met a man who was {defence minister}(${DEF} country:IT).`, "en")).toEqual([]);
    expect(roles(`[Ana Ruiz](person:ana-ruiz) met a man who is also {defence minister}(${DEF} country:IT).`, "en")).toEqual([]);
    expect(
      roles(`[Ana Ruiz](person:ana-ruiz), who is {Defence Minister}(${DEF} country:KE) [Tom Reyes](person:tom-reyes)'s aide, spoke.`, "en"),
    ).toEqual([]);
    expect(roles(`[Ana Ruiz](person:ana-ruiz), who is the {defence minister}(${DEF} country:IT)'s aide, spoke.`, "en")).toEqual([]);
  });
});

describe("officeVerb", () => {
  it("reads 'X, who chairs the Y' and 'X, qui dirige Y' as offices of Y", () => {
    expect(roles(`[Ana Ruiz](person:ana-ruiz), who chairs the [European Union](org:eu), spoke first.`, "en")).toEqual([
      "person:ana-ruiz → Chairperson (who chairs) of org:eu",
    ]);
    expect(roles(`[Paul Morel](person:paul-morel), qui dirige l'[UE](org:eu), a parlé.`)).toEqual([
      "person:paul-morel → Head (qui dirige) of org:eu",
    ]);
  });
  it("not when the verb is another's or the organisation is far", () => {
    expect(roles(`[Ana Ruiz](person:ana-ruiz) met the man who chairs the [European Union](org:eu).`, "en")).toEqual([]);
  });
});

/** "person → title of owner[ (tenure)]" for every role found, the tenure when the office is not held now. */
function rolesWithTense(markup: string, language = "fr"): string[] {
  const out = extractFromLinked(linkedDocument(markup, { published: "2026-02-02", language }), knowledge, tools);
  return roleLines(out);
}

describe("officePeriphrasis", () => {
  const told = (markup: string, language: string, datelinePlace: string | null = null) =>
    extractFromLinked({ ...linkedDocument(markup, { published: "2026-02-02", language }), datelinePlace }, knowledge, tools)
      .relations.filter((r) => r.type === "HOLDS_ROLE")
      .map((r) => `${r.source} → ${String(r.properties?.title)} (${String(r.properties?.tenure)}) of ${r.target}`);
  it("reads 'qui dirigeait la diplomatie <demonym>' as a past foreign minister's office, 'à la tête de la diplomatie' as a present one", () => {
    expect(
      told(
        `[Luca Neri](person:luca-neri), qui dirigeait la diplomatie [kényane](country:KE demonym) depuis trois ans, a été remercié.`,
        "fr",
      ),
    ).toEqual(["person:luca-neri → Foreign Minister (former) of country:KE"]);
    expect(
      told(`Il a reçu [Tom Reyes](person:tom-reyes), à la tête de la diplomatie [kényane](country:KE demonym) depuis mai.`, "fr"),
    ).toEqual(["person:tom-reyes → Foreign Minister (current) of country:KE"]);
    expect(told(`[Tom Reyes](person:tom-reyes) dirige la diplomatie du [Kenya](country:KE).`, "fr")).toEqual([
      "person:tom-reyes → Foreign Minister (current) of country:KE",
    ]);
  });
  it("reads 'conserve le portefeuille de la Défense', 'keeps the defence portfolio' as the minister's office, of the story's country", () => {
    expect(
      told(
        `Le [Kenya](country:KE) a un nouveau gouvernement. [Luca Neri](person:luca-neri) conserve le portefeuille de la Défense.`,
        "fr",
        "country:KE",
      ),
    ).toEqual(["person:luca-neri → Defence Minister (current) of country:KE"]);
    expect(
      told(`[Kenya](country:KE) has a new cabinet. [Tom Reyes](person:tom-reyes) keeps the defence portfolio.`, "en", "country:KE"),
    ).toEqual(["person:tom-reyes → Defence Minister (current) of country:KE"]);
    // With no country told or known, no office.
    expect(told(`[Tom Reyes](person:tom-reyes) keeps the defence portfolio.`, "en")).toEqual([]);
  });
  it("not another body's portfolio, nor a demonym that is no country's, nor without the verb right before", () => {
    expect(
      told(
        `[Kenya](country:KE) has a new cabinet. [Tom Reyes](person:tom-reyes) keeps the defence portfolio of the shadow cabinet.`,
        "en",
        "country:KE",
      ),
    ).toEqual([]);
    expect(told(`[Tom Reyes](person:tom-reyes) dirige la diplomatie [européenne](org:eu demonym) du groupe.`, "fr")).toEqual([]);
    expect(
      told(
        `Le [Kenya](country:KE) a un nouveau gouvernement. [Luca Neri](person:luca-neri) a critiqué la diplomatie [kényane](country:KE demonym).`,
        "fr",
        "country:KE",
      ),
    ).toEqual([]);
  });
});

describe("organizationAnaphor", () => {
  const DIR = "title:director Director other";
  const ASG = "title:assistant-secretary-general Assistant_Secretary-General other";
  const told = (markup: string, language: string) =>
    extractFromLinked(linkedDocument(markup, { published: "2026-12-03", language }), knowledge, tools)
      .relations.filter((r) => r.type === "HOLDS_ROLE")
      .map((r) => `${r.source} → ${String(r.properties?.title)} (${String(r.properties?.tenure)}) of ${r.target}`);
  it("owns 'its director, X, resigned' by the organisation named before, and the office is a past one", () => {
    const en = `The [Skarn Agency](org:skarn) has been in turmoil since its {director}(${DIR}), [Tom Reyes](person:tom-reyes), resigned last Thursday.`;
    expect(told(en, "en")).toEqual(["person:tom-reyes → Director (former) of org:skarn"]);
    const previous = `The [Skarn Agency](org:skarn) met in [Osaka](place:osaka). Its {director}(${DIR}), [Tom Reyes](person:tom-reyes), spoke first.`;
    expect(told(previous, "en")).toEqual(["person:tom-reyes → Director (current) of org:skarn"]);
  });
  it("owns 'the appointment of X as the bloc's …, effective Feb. 1' and 'la nomination de X au poste de … de l'organisation' (designated)", () => {
    const en = `The [Skarn Union](org:skarn) met in [Osaka](place:osaka). Ministers welcomed the appointment of [Tom Reyes](person:tom-reyes) as the bloc's {assistant secretary-general}(${ASG}), effective February 1.`;
    expect(told(en, "en")).toEqual(["person:tom-reyes → Assistant Secretary-General (designated) of org:skarn"]);
    const fr = `L'[Union Skarn](org:skarn) s'est réunie à [Osaka](place:osaka). Les ministres ont salué la nomination de [Luca Neri](person:luca-neri) au poste de {secrétaire général adjoint}(${ASG}) de l'organisation, à compter du 1er février.`;
    expect(told(fr, "fr")).toEqual(["person:luca-neri → Assistant Secretary-General (designated) of org:skarn"]);
  });
  it("not with no organisation named before, nor a country for 'the bloc's', nor an office with no anaphor", () => {
    expect(told(`Its {director}(${DIR}), [Tom Reyes](person:tom-reyes), spoke first in [Osaka](place:osaka).`, "en")).toEqual([]);
    expect(
      told(`[Kenya](country:KE) met in [Osaka](place:osaka). The bloc's {director}(${DIR}), [Tom Reyes](person:tom-reyes), spoke.`, "en"),
    ).toEqual([]);
    expect(told(`The [Skarn Union](org:skarn) met. The {director}(${DIR}), [Tom Reyes](person:tom-reyes), spoke.`, "en")).toEqual([]);
    // "its" after a common noun of its own sentence stands for that noun, not for the organisation of the sentence before.
    const noun = `The [Skarn Union](org:skarn) met in [Osaka](place:osaka). [Ana Ruiz](person:ana-ruiz) has led the procurement agency since its {director}(${DIR}), [Tom Reyes](person:tom-reyes), resigned.`;
    expect(told(noun, "en")).toEqual([]);
  });
});

describe("appointedAs", () => {
  it("reads 'named X as <title>' and 'a nommé X au poste de <title>'", () => {
    const en = `[Tom Reyes](person:tom-reyes) named [Ali Saleh](person:ali-saleh) as [Kenya](country:KE)'s {defence minister}(${DEF} country:KE) on Monday.`;
    expect(roles(en, "en")).toEqual(["person:ali-saleh → Defence Minister (defence minister) of country:KE"]);
    const fr = `[Paul Morel](person:paul-morel) a nommé [Luca Neri](person:luca-neri) au poste de {ministre de la Défense}(${DEF} country:KE) [kényan](country:KE demonym).`;
    expect(roles(fr)).toEqual(["person:luca-neri → Defence Minister (ministre de la Défense) of country:KE"]);
  });
  it("not when the title after the appointee is another's", () => {
    const markup = `[Tom Reyes](person:tom-reyes) named [Ali Saleh](person:ali-saleh) after meeting the [Kenyan](country:KE demonym) {defence minister}(${DEF} country:KE).`;
    expect(roles(markup, "en")).toEqual([]);
  });
});

describe("succession", () => {
  it("'X replaced Y as <title>', 'X, who succeeded Y as …': the successor holds the office, the predecessor held it", () => {
    const en = `[Ali Saleh](person:ali-saleh), who replaced [Tom Reyes](person:tom-reyes) as [Kenya](country:KE)'s {defence minister}(${DEF} country:KE) last month, spoke first.`;
    expect(rolesWithTense(en, "en")).toEqual([
      "person:ali-saleh → Defence Minister of country:KE",
      "person:tom-reyes → Defence Minister of country:KE (former)",
    ]);
  });
  it("'Y est remplacé par X', 'Il est remplacé par X': the office the document gave the predecessor", () => {
    const fr = `Le {ministre de la Défense}(${DEF} country:KE) [kényan](country:KE demonym), [Paul Morel](person:paul-morel), a démissionné. Il est remplacé par [Luca Neri](person:luca-neri).`;
    // Resigned: his office is a past one from the first sentence on (leftOffice), and the one his successor takes.
    expect(rolesWithTense(fr)).toEqual([
      "person:paul-morel → Defence Minister of country:KE (former)",
      "person:luca-neri → Defence Minister of country:KE",
    ]);
    const spoke = fr.replace("a démissionné", "a parlé");
    expect(rolesWithTense(spoke)).toEqual([
      "person:paul-morel → Defence Minister of country:KE",
      "person:luca-neri → Defence Minister of country:KE",
      "person:paul-morel → Defence Minister of country:KE (former)",
    ]);
    const active = `Le {ministre de la Défense}(${DEF} country:KE) [kényan](country:KE demonym), [Luca Neri](person:luca-neri), a succédé à [Paul Morel](person:paul-morel) en mai.`;
    expect(rolesWithTense(active)).toEqual([
      "person:luca-neri → Defence Minister of country:KE",
      "person:paul-morel → Defence Minister of country:KE (former)",
    ]);
  });
  it("'X met his predecessor, Y', 'X a reçu son prédécesseur Y': the predecessor held the office the successor holds", () => {
    const en = `{Defence Minister}(${DEF} country:KE) [Ali Saleh](person:ali-saleh) of [Kenya](country:KE) met his predecessor, [Tom Reyes](person:tom-reyes), on Monday.`;
    expect(rolesWithTense(en, "en")).toEqual([
      "person:ali-saleh → Defence Minister of country:KE",
      "person:tom-reyes → Defence Minister of country:KE (former)",
    ]);
    const fr = `Le {ministre de la Défense}(${DEF} country:KE) [kényan](country:KE demonym) [Luca Neri](person:luca-neri) a reçu son prédécesseur [Paul Morel](person:paul-morel).`;
    expect(rolesWithTense(fr)).toEqual([
      "person:luca-neri → Defence Minister of country:KE",
      "person:paul-morel → Defence Minister of country:KE (former)",
    ]);
  });
  it("not another person near the noun: 'his predecessor's adviser, Y'", () => {
    const en = `{Defence Minister}(${DEF} country:KE) [Ali Saleh](person:ali-saleh) of [Kenya](country:KE) met his predecessor's adviser, [Tom Reyes](person:tom-reyes).`;
    expect(rolesWithTense(en, "en")).toEqual(["person:ali-saleh → Defence Minister of country:KE"]);
  });
  it("nothing when neither side has an office told", () => {
    expect(rolesWithTense(`[Luca Neri](person:luca-neri) a remplacé [Paul Morel](person:paul-morel) au pied levé.`)).toEqual([]);
  });
});

describe("titlesAndNames: an ambassador's posting", () => {
  it("reads past 'to <country>' to the name, and never takes the posting for the owner", () => {
    const AMB = "title:ambassador Ambassador diplomat";
    expect(
      roles(
        `The [American](country:US demonym) {ambassador}(${AMB} country:US) to [Japan](country:JP), [Ana Ruiz](person:ana-ruiz), spoke.`,
        "en",
      ),
    ).toEqual(["person:ana-ruiz → Ambassador (ambassador) of country:US"]);
    expect(roles(`The {ambassador}(${AMB}) to [Japan](country:JP), [Ana Ruiz](person:ana-ruiz), spoke.`, "en")).toEqual([]);
  });
  it("reads past the city or country where the office serves: 'à Osaka', 'in Osaka', 'au Japon'", () => {
    const AMB = "title:ambassador Ambassador diplomat";
    expect(
      roles(
        `L'{ambassadeur}(${AMB} country:FR) de [France](country:FR) à [Osaka](place:osaka), [Luca Neri](person:luca-neri), a assisté à la réunion.`,
      ),
    ).toEqual(["person:luca-neri → Ambassador (ambassadeur) of country:FR"]);
    expect(
      roles(
        `[Kenya](country:KE)'s {High Commissioner}(${AMB} country:KE) in [Osaka](place:osaka), [Tom Reyes](person:tom-reyes), spoke.`,
        "en",
      ),
    ).toEqual(["person:tom-reyes → Ambassador (High Commissioner) of country:KE"]);
    // A diplomat's country after "au", "in" is the posting, never the owner.
    expect(roles(`L'{ambassadeur}(${AMB}) au [Japon](country:JP), [Luca Neri](person:luca-neri), a parlé.`)).toEqual([]);
    expect(roles(`The {ambassador}(${AMB}) in [Japan](country:JP), [Ana Ruiz](person:ana-ruiz), spoke.`, "en")).toEqual([]);
  });
  it("not a place told otherwise between the title and a name ('en visite à', 'près de')", () => {
    const AMB = "title:ambassador Ambassador diplomat";
    expect(
      roles(
        `L'{ambassadeur}(${AMB} country:FR) de [France](country:FR) en visite à [Osaka](place:osaka), [Luca Neri](person:luca-neri), a parlé.`,
      ),
    ).toEqual([]);
    expect(
      roles(
        `The [French](country:FR demonym) {ambassador}(${AMB} country:FR) met people near [Osaka](place:osaka), [Tom Reyes](person:tom-reyes) among them.`,
        "en",
      ),
    ).toEqual([]);
  });
});

describe("titlesAndNames: the owner after a title in apposition", () => {
  const PROF = "title:professor Professor other";
  it("takes the organisation right after 'at', 'à', 'de' as the office's owner", () => {
    expect(roles(`[Tom Reyes](person:tom-reyes), a {professor}(${PROF}) at [Keio University](org:keio), said so.`, "en")).toEqual([
      "person:tom-reyes → Professor (professor) of org:keio",
    ]);
    expect(roles(`[Luca Neri](person:luca-neri), {professeur}(${PROF}) à l'[Institut Y](org:institut-y), estime que non.`)).toEqual([
      "person:luca-neri → Professor (professeur) of org:institut-y",
    ]);
  });
  it("reads the owner's link between a title and the name after it: 'a professor at Y, X', 'chercheur chez Y, X'", () => {
    expect(roles(`A {professor}(${PROF}) at [Keio University](org:keio), [Tom Reyes](person:tom-reyes), said so.`, "en")).toEqual([
      "person:tom-reyes → Professor (professor) of org:keio",
    ]);
    expect(roles(`Un {professeur}(${PROF}) chez [Institut Y](org:institut-y), [Luca Neri](person:luca-neri), estime que non.`)).toEqual([
      "person:luca-neri → Professor (professeur) of org:institut-y",
    ]);
    // Not past other words: "the professor who met the heads of Y, X".
    expect(roles(`The {professor}(${PROF}) who met [Keio University](org:keio), [Tom Reyes](person:tom-reyes), spoke.`, "en")).toEqual([]);
  });
  it("not an organisation further on, after other words", () => {
    expect(roles(`[Luca Neri](person:luca-neri), {professeur}(${PROF}), a rencontré des élus de l'[Institut Y](org:institut-y).`)).toEqual(
      [],
    );
    expect(
      roles(`[Tom Reyes](person:tom-reyes), a {professor}(${PROF}) who met the heads of [Keio University](org:keio), spoke.`, "en"),
    ).toEqual([]);
  });
});

describe("storysHomeCountry", () => {
  const story = (office: string) =>
    `Le [Kenya](country:KE) renforce sa marine. Le [Kenya](country:KE) achète deux frégates. ${office} Le [Kenya](country:KE) paiera en 2027.`;
  it("owns a definite office in apposition by the country the story names most", () => {
    expect(roles(story(`Le {ministre de la Défense}(${DEF}), [Luca Neri](person:luca-neri), a signé.`))).toEqual([
      "person:luca-neri → Defence Minister (ministre de la Défense) of country:KE",
    ]);
  });
  it("owns an office in an apposition closed after the name by the country the story names most", () => {
    expect(roles(story(`[Luca Neri](person:luca-neri), {ministre de la Défense}(${DEF}), a signé.`))).toEqual([
      "person:luca-neri → Defence Minister (ministre de la Défense) of country:KE",
    ]);
    const two = `Le [Kenya](country:KE) et la [France](country:FR) coopèrent. [Luca Neri](person:luca-neri), {ministre de la Défense}(${DEF}), a signé.`;
    expect(roles(two)).toEqual([]);
    // Not with another country named in its sentence, nor an apposition left open ("X, ministre de la Défense depuis mai"), nor a title after another word.
    expect(
      roles(story(`[Luca Neri](person:luca-neri), {ministre de la Défense}(${DEF}), a salué l'accord avec la [France](country:FR).`)),
    ).toEqual([]);
    expect(roles(story(`[Luca Neri](person:luca-neri), {ministre de la Défense}(${DEF}) depuis mai, a signé.`))).toEqual([]);
    expect(roles(story(`[Luca Neri](person:luca-neri) a rencontré le {ministre de la Défense}(${DEF}), hier.`))).toEqual([]);
  });
  it("also a definite office after a preposition: 'la reconduction du Premier ministre, X', 'a rendu hommage au ministre, X'", () => {
    expect(roles(story(`Le président a annoncé la reconduction du {Premier ministre}(${PM}), [Luca Neri](person:luca-neri).`))).toEqual([
      "person:luca-neri → Prime Minister (Premier ministre) of country:KE",
    ]);
    expect(roles(story(`Le président a rendu hommage au {ministre de la Défense}(${DEF}), [Luca Neri](person:luca-neri), mardi.`))).toEqual(
      ["person:luca-neri → Defence Minister (ministre de la Défense) of country:KE"],
    );
    // Not the office of another office's complement: "le chef de cabinet du président, X" is the chief of staff.
    const COS = "title:chief-of-staff Chief_of_Staff other";
    expect(
      roles(story(`Le {chef de cabinet}(${COS}) du {président}(${PRES}), [Luca Neri](person:luca-neri), a démissionné.`)).filter((r) =>
        r.includes("President"),
      ),
    ).toEqual([]);
    // Not without the apposition ("du Premier ministre X" is written of any country's), nor in a story with no home.
    expect(roles(story(`Le président a annoncé la reconduction du {Premier ministre}(${PM}) [Luca Neri](person:luca-neri).`))).toEqual([]);
    const two = `Le [Kenya](country:KE) et la [France](country:FR) coopèrent. Il a salué la reconduction du {Premier ministre}(${PM}), [Luca Neri](person:luca-neri).`;
    expect(roles(two)).toEqual([]);
  });
  it("not an office written before the name without an article, nor in a story with no country named most", () => {
    expect(roles(story(`{Defence Minister}(${DEF}) [Luca Neri](person:luca-neri) signed.`), "en")).toEqual([]);
    const two = `Le [Kenya](country:KE) et la [France](country:FR) coopèrent. Le {ministre de la Défense}(${DEF}), [Luca Neri](person:luca-neri), a signé.`;
    expect(roles(two)).toEqual([]);
  });
  it("under a dateline, also 'Defence Minister X' before the name, by the dateline's country; never a title qualified otherwise", () => {
    const dated = (markup: string, language: string, datelinePlace: string | null) =>
      extractFromLinked({ ...linkedDocument(markup, { published: "2026-02-02", language }), datelinePlace }, knowledge, tools)
        .relations.filter((r) => r.type === "HOLDS_ROLE")
        .map((r) => `${r.source} of ${r.target}`);
    const markup = `[Kenya](country:KE) will buy frigates. {Defence Minister}(${DEF}) [Luca Neri](person:luca-neri) signed on Monday.`;
    expect(dated(markup, "en", "country:KE")).toEqual(["person:luca-neri of country:KE"]);
    expect(dated(markup, "en", null)).toEqual([]);
    const fr = `La [France](country:FR) paiera. Le {ministre de la Défense}(${DEF}) [Luca Neri](person:luca-neri) a signé.`;
    expect(dated(fr, "fr", "country:FR")).toEqual(["person:luca-neri of country:FR"]);
    const elsewhere = `[Kenya](country:KE) will buy frigates. The envoy will travel to [France](country:FR) to meet {Defence Minister}(${DEF}) [Luca Neri](person:luca-neri).`;
    // Not the dateline's: the one met on a trip to France is France's (hostOfTrip).
    expect(dated(elsewhere, "en", "country:KE")).toEqual(["person:luca-neri of country:FR"]);
    const qualified = `[Kenya](country:KE) will buy frigates. [French](country:FR demonym) {Defence Minister}(${DEF} country:FR) [Luca Neri](person:luca-neri) signed.`;
    expect(dated(qualified, "en", "country:KE")).toEqual(["person:luca-neri of country:FR"]);
  });
  it("under a dateline, also an office the person is appointed to: 'X a été nommé mercredi chef d'état-major des armées'", () => {
    const dated = (markup: string, language: string, datelinePlace: string | null) =>
      extractFromLinked({ ...linkedDocument(markup, { published: "2026-02-02", language }), datelinePlace }, knowledge, tools)
        .relations.filter((r) => r.type === "HOLDS_ROLE")
        .map((r) => `${r.source} ${String(r.properties?.title)} of ${r.target}`);
    const CDS = "title:chief-of-defence-staff Chief_of_the_Defence_Staff military";
    const fr = `La [France](country:FR) change de chef militaire. [Luca Neri](person:luca-neri) a été nommé mercredi {chef d'état-major des armées}(${CDS}) en Conseil des ministres.`;
    expect(dated(fr, "fr", "country:FR")).toEqual(["person:luca-neri Chief of the Defence Staff of country:FR"]);
    expect(dated(fr, "fr", null)).toEqual([]);
    const en = `[Kenya](country:KE) will buy frigates. [Luca Neri](person:luca-neri) was appointed {Defence Minister}(${DEF}) on Monday.`;
    expect(dated(en, "en", "country:KE")).toEqual(["person:luca-neri Defence Minister of country:KE"]);
    // Not an office the person only meets ("met the Chief of the Defence Staff"), with no copula before it.
    const met = `[Kenya](country:KE) will buy frigates. [Luca Neri](person:luca-neri) met {Defence Minister}(${DEF}) on Monday.`;
    expect(dated(met, "en", "country:KE")).toEqual([]);
  });
});

describe("storysHomeCountry: a diplomat posted abroad", () => {
  const AMB = "title:ambassador Ambassador diplomat";
  const dated = (markup: string, language: string) =>
    extractFromLinked({ ...linkedDocument(markup, { published: "2026-02-02", language }), datelinePlace: "country:KE" }, knowledge, tools)
      .relations.filter((r) => r.type === "HOLDS_ROLE")
      .map((r) => `${r.source} ${String(r.properties?.tenure)} of ${r.target}`);
  it("owns the office of 'X, a former ambassador to China,' and 'X, ambassadrice au Japon,' by the story's country, not the posting", () => {
    const en = `[Kenya](country:KE) opened talks. [Tom Reyes](person:tom-reyes), a {former ambassador}(${AMB} - former) to [Japan](country:JP), said the talks were useful.`;
    expect(dated(en, "en")).toEqual(["person:tom-reyes former of country:KE"]);
    const fr = `Le [Kenya](country:KE) a ouvert des pourparlers. [Eva Sola](person:eva-sola), {ambassadrice}(${AMB}) au [Japon](country:JP), a salué la visite.`;
    expect(dated(fr, "fr")).toEqual(["person:eva-sola current of country:KE"]);
    const formerFr = `Le [Kenya](country:KE) a ouvert des pourparlers. [Luca Neri](person:luca-neri), {ancien ambassadeur}(${AMB} - former) en [Italie](country:IT), a parlé.`;
    expect(dated(formerFr, "fr")).toEqual(["person:luca-neri former of country:KE"]);
  });
  it("not with another country named outside the posting", () => {
    const other = `[Kenya](country:KE) opened talks. [Tom Reyes](person:tom-reyes), a {former ambassador}(${AMB} - former) to [Japan](country:JP), met officials from [Italy](country:IT).`;
    expect(dated(other, "en")).toEqual([]);
  });
});

describe("storysHomeCountry: a former office in apposition under a dateline", () => {
  const VFM = "title:vice-foreign-minister Vice_Foreign_Minister minister";
  const dated = (markup: string, language: string, datelinePlace: string | null) =>
    extractFromLinked({ ...linkedDocument(markup, { published: "2026-02-02", language }), datelinePlace }, knowledge, tools)
      .relations.filter((r) => r.type === "HOLDS_ROLE")
      .map((r) => `${r.source} ${String(r.properties?.tenure)} of ${r.target}`);
  it("owns 'X, a former vice foreign minister, said' and 'X, ancienne ministre de la Défense, a jugé' by the dateline's country", () => {
    const en = `[Kenya](country:KE) opened talks. [Tom Reyes](person:tom-reyes), a {former vice foreign minister}(${VFM} - former), said the talks would resume.`;
    expect(dated(en, "en", "country:KE")).toEqual(["person:tom-reyes former of country:KE"]);
    const notPosted = `[Kenya](country:KE) opened talks. [Tom Reyes](person:tom-reyes), a {former defence minister}(${DEF} - former), said the talks were useful.`;
    expect(dated(notPosted, "en", "country:KE")).toEqual(["person:tom-reyes former of country:KE"]);
    const fr = `Le [Kenya](country:KE) a ouvert des pourparlers. [Eva Sola](person:eva-sola), {ancienne ministre de la Défense}(${DEF} - former), a jugé la reprise probable.`;
    expect(dated(fr, "fr", "country:KE")).toEqual(["person:eva-sola former of country:KE"]);
  });
  it("not without a dateline (a country only named most), nor with another country in the sentence, nor an apposition left open", () => {
    const story = `Le [Kenya](country:KE) renforce sa marine. Le [Kenya](country:KE) achète deux frégates. Le [Kenya](country:KE) paiera. [Eva Sola](person:eva-sola), {ancienne ministre de la Défense}(${DEF} - former), a jugé la reprise probable.`;
    expect(dated(story, "fr", null)).toEqual([]);
    const other = `[Kenya](country:KE) opened talks. [Tom Reyes](person:tom-reyes), a {former vice foreign minister}(${VFM} - former), met officials from [Italy](country:IT).`;
    expect(dated(other, "en", "country:KE")).toEqual([]);
    const demonym = `Le [Kenya](country:KE) a ouvert des pourparlers. [Eva Sola](person:eva-sola), {ancienne ministre de la Défense}(${DEF} - former), a rencontré des responsables [italiens](country:IT demonym).`;
    expect(dated(demonym, "fr", "country:KE")).toEqual([]);
    // Nor an apposition left open after the title ("X, a former defence minister since 2019").
    const open = `[Kenya](country:KE) opened talks. [Tom Reyes](person:tom-reyes), a {former defence minister}(${DEF} - former) under two presidents, said the talks were useful.`;
    expect(dated(open, "en", "country:KE")).toEqual([]);
  });
});

describe("sentenceOpeningPlace", () => {
  const PM = "title:prime-minister Prime_Minister head-of-government";
  it("owns an office the sentence gives no country by the place it opens with: 'À Osaka, le Premier ministre, X,'", () => {
    const fr = `Le [Japon](country:JP) accueille le sommet. À [Osaka](place:osaka), le {Premier ministre}(${PM}), [Tom Reyes](person:tom-reyes), a reçu mardi une délégation.`;
    expect(roles(fr)).toEqual(["person:tom-reyes → Prime Minister (Premier ministre) of country:JP"]);
    const en = `[Japan](country:JP) hosts the summit. In [Osaka](place:osaka) on Monday, {Prime Minister}(${PM}) [Tom Reyes](person:tom-reyes) said the talks went well.`;
    expect(roles(en, "en")).toEqual(["person:tom-reyes → Prime Minister (Prime Minister) of country:JP"]);
  });
  it("not when the sentence names another country, nor when the place does not open it", () => {
    const other = `Le [Japon](country:JP) accueille le sommet. À [Osaka](place:osaka), le {ministre de la Défense}(${DEF}), [Tom Reyes](person:tom-reyes), a rencontré une délégation [italienne](country:IT demonym).`;
    expect(roles(other)).toEqual([]);
    const later = `Le [Japon](country:JP) accueille le sommet. Le {Premier ministre}(${PM}), [Tom Reyes](person:tom-reyes), a parlé mardi à [Osaka](place:osaka).`;
    expect(roles(later)).toEqual([]);
  });
  it("not when another office of the sentence names the place's country outright: the unqualified one is the visitor's", () => {
    const fr = `Le [Japon](country:JP) accueille le sommet. À [Osaka](place:osaka), le {ministre de la Défense}(${DEF}), [Tom Reyes](person:tom-reyes), a rencontré la {ministre japonaise des Affaires étrangères}(${FM} country:JP), [Aiko Mori](person:aiko-mori).`;
    expect(roles(fr)).toEqual(["person:aiko-mori → Foreign Minister (ministre japonaise des Affaires étrangères) of country:JP"]);
    const en = `[Japan](country:JP) hosts the summit. In [Osaka](place:osaka), the {defence minister}(${DEF}), [Tom Reyes](person:tom-reyes), met [Japan](country:JP)'s {foreign minister}(${FM} country:JP) [Aiko Mori](person:aiko-mori).`;
    expect(roles(en, "en")).toEqual(["person:aiko-mori → Foreign Minister (foreign minister) of country:JP"]);
  });
  it("comes before the story's home country: a sentence told from elsewhere is that place's", () => {
    const story = `Le [Kenya](country:KE) renforce sa marine. Le [Kenya](country:KE) achète deux frégates au [Japon](country:JP). À [Osaka](place:osaka), le {ministre de la Défense}(${DEF}), [Luca Neri](person:luca-neri), a signé. Le [Kenya](country:KE) paiera en 2027.`;
    expect(roles(story)).toEqual(["person:luca-neri → Defence Minister (ministre de la Défense) of country:JP"]);
  });
});

describe("representedCountry", () => {
  const PM = "title:prime-minister Prime_Minister head-of-government";
  it("owns the office of the one a country 'was represented by' by that country", () => {
    const en = `[Italy](country:IT) was represented by {Prime Minister}(${PM}) [Tom Reyes](person:tom-reyes) at the summit in [Osaka](place:osaka).`;
    expect(roles(en, "en")).toEqual(["person:tom-reyes → Prime Minister (Prime Minister) of country:IT"]);
    const fr = `L'[Italie](country:IT) était représentée par son {Premier ministre}(${PM}) [Tom Reyes](person:tom-reyes) au sommet d'[Osaka](place:osaka).`;
    expect(roles(fr)).toEqual(["person:tom-reyes → Prime Minister (Premier ministre) of country:IT"]);
  });
  it("not a country that is no subject of the link", () => {
    const en = `The delegation from [Italy](country:IT) met {Prime Minister}(${PM}) [Tom Reyes](person:tom-reyes) in [Osaka](place:osaka).`;
    expect(roles(en, "en")).toEqual([]);
  });
});

describe("subjectsPossessive", () => {
  it("owns an office after 'son', 'sa', 'its' by the country that opens the sentence, or by a capital's country", () => {
    const fr = `Le [Kenya](country:KE) a dépêché à [Osaka](place:osaka) son {ministre de la Défense}(${DEF}), [Luca Neri](person:luca-neri), pour les discussions.`;
    expect(roles(fr)).toEqual(["person:luca-neri → Defence Minister (ministre de la Défense) of country:KE"]);
    const capital = `Le [Kenya](country:KE) vote. Lundi, [Nairobi](place:nairobi) a envoyé sa {ministre des Affaires étrangères}(${FM}), [Luca Neri](person:luca-neri), au sommet.`;
    expect(roles(capital)).toEqual(["person:luca-neri → Foreign Minister (ministre des Affaires étrangères) of country:KE"]);
    const en = `[Kenya](country:KE) voted. [Nairobi](place:nairobi) was represented by its {defence minister}(${DEF}), [Luca Neri](person:luca-neri), at the summit.`;
    expect(roles(en, "en")).toEqual(["person:luca-neri → Defence Minister (defence minister) of country:KE"]);
  });
  it("not when another country or a person stands between, nor a subject that does not open the sentence", () => {
    const other = `La [France](country:FR) a félicité le [Kenya](country:KE) et son {ministre de la Défense}(${DEF}), [Luca Neri](person:luca-neri).`;
    expect(roles(other)).toEqual([]);
    const person = `[Paul Morel](person:paul-morel) a reçu son {ministre de la Défense}(${DEF}), [Luca Neri](person:luca-neri).`;
    expect(roles(person)).toEqual([]);
    const inside = `Selon un diplomate, la visite au [Kenya](country:KE) de son {ministre de la Défense}(${DEF}), [Luca Neri](person:luca-neri), est reportée.`;
    expect(roles(inside)).toEqual([]);
  });
});

describe("sovereignSpokenFor", () => {
  const KING = "title:king King head-of-state";
  it("owns a sovereign's office after 'au nom du', 'on behalf of' by the country of the office told before", () => {
    const fr = `Le {ministre}(title:minister Minister minister country:KE) [kényan](country:KE demonym) a parlé au nom du {roi}(${KING}) [Tom Reyes](person:tom-reyes).`;
    expect(roles(fr)).toContain("person:tom-reyes → King (roi) of country:KE");
    const en = `The {foreign minister}(${FM} country:KE) of [Kenya](country:KE) spoke on behalf of {King}(${KING}) [Tom Reyes](person:tom-reyes) on Monday.`;
    expect(roles(en, "en")).toContain("person:tom-reyes → King (King) of country:KE");
  });
  it("not with no office before the cue, nor with two countries before it, nor from an office after it", () => {
    const none = `L'ambassadeur a remis un message du {roi}(${KING}) [Tom Reyes](person:tom-reyes) au {président}(${PRES} country:FR) [français](country:FR demonym).`;
    expect(roles(none).filter((r) => r.startsWith("person:tom-reyes"))).toEqual([]);
    const two = `The {Kenyan foreign minister}(${FM} country:KE) and the {French foreign minister}(${FM} country:FR) spoke on behalf of {King}(${KING}) [Tom Reyes](person:tom-reyes).`;
    expect(roles(two, "en").filter((r) => r.startsWith("person:tom-reyes"))).toEqual([]);
  });
});

describe("a title with no name", () => {
  it("never attaches to another person of the sentence", () => {
    const markup = `Le {président}(${PRES} country:KE) [kényan](country:KE demonym) a reçu [Paul Morel](person:paul-morel) mardi.`;
    expect(roles(markup)).toEqual([]);
    const en = `The [Kenyan](country:KE demonym) {president}(${PRES} country:KE) met [Tom Reyes](person:tom-reyes) on Monday.`;
    expect(roles(en, "en")).toEqual([]);
  });
});
