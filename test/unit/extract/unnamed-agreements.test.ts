/**
 * Agreements the text does not name, in French and English (sentences written for these tests):
 * how each is described and resolved, what it is named, and which relations attach to it.
 */
import { describe, expect, it } from "vitest";
import { extractFromLinked } from "../../../ingest/extract/index.js";
import { linkedDocument, testKnowledge, extractionTools as tools } from "./linked-markup.js";
import { relationNames } from "./relation-names.js";

function extract(markup: string, language: string, headline = false) {
  return extractFromLinked(linkedDocument(markup, { published: "2026-02-02", language, headline }), testKnowledge, tools);
}
const agreements = (out: ReturnType<typeof extract>) =>
  out.entities.filter((e) => e.type === "Agreement").map((e) => ({ name: e.name, mentions: e.mentions.map((m) => m.text) }));
const relations = relationNames;

describe("unnamed agreements", () => {
  it("topicClause: a number written with a thousands separator is part of the topic ('training 2,000 officers')", () => {
    const en = extract("The memorandum on training 2,000 police officers was signed on Monday.", "en");
    expect(agreements(en).map((a) => a.name)).toEqual(["memorandum on training 2,000 police officers"]);
    // A comma with a space after it still ends the topic.
    const list = extract("The memorandum on training was signed on Monday, 2, 000 officers said.", "en");
    expect(agreements(list).map((a) => a.name)).toEqual(["memorandum on training"]);
  });

  it("accessionInstrument: a treaty granting accession is named after who accedes to what; the acceding country is a party", () => {
    const out = extract(
      `Le [Kosovo](country:XK) a rejoint l'[Union des Balkans](org:balkan-union). Son président a signé vendredi le traité accordant au pays l'adhésion à part entière à l'[Union des Balkans](org:balkan-union). Le traité d'adhésion devra être ratifié.`,
      "fr",
    );
    expect(agreements(out)).toEqual([
      { name: "Treaty of Accession of Kosovo to Union des Balkans", mentions: ["traité", "traité d'adhésion"] },
    ]);
    expect(relations(out, "PARTY_TO")).toEqual(["Kosovo -> Treaty of Accession of Kosovo to Union des Balkans"]);
  });

  it("accessionInstrument: an accession protocol of a country ratified by the parliaments of others", () => {
    const out = extract(
      `The accession protocol of [Moldova](country:MD) to the [Danube Union](org:danube-union), ratified by the parliaments of [Austria](country:AT) and [Hungary](country:HU), took effect.`,
      "en",
    );
    expect(agreements(out).map((a) => a.name)).toEqual(["Protocol of Accession of Moldova to Danube Union"]);
    expect(relations(out, "PARTY_TO")).toEqual([
      "Austria -> Protocol of Accession of Moldova to Danube Union",
      "Hungary -> Protocol of Accession of Moldova to Danube Union",
      "Moldova -> Protocol of Accession of Moldova to Danube Union",
    ]);
  });

  it("topicInstrument: a letter of intent 'to that end' is about the programme of the sentence before", () => {
    const out = extract(
      `Ministers launched the [Baltic Shield](program:baltic-shield) on Monday. A letter of intent to that end was signed by [Latvia](country:LV) and [Estonia](country:EE).`,
      "en",
    );
    expect(agreements(out).map((a) => a.name)).toEqual(["Baltic Shield letter of intent"]);
    expect(relations(out, "PARTICIPATES_IN")).toEqual(["Estonia -> Baltic Shield", "Latvia -> Baltic Shield"]);
  });

  it("topicGeneric: a treaty establishing an organisation makes its parties members", () => {
    const out = extract(
      `[Chile](country:CL) and [Peru](country:PE) signed a treaty establishing the [Andean Council](org:andean-council).`,
      "en",
    );
    expect(agreements(out).map((a) => a.name)).toEqual(["Andean Council treaty"]);
    expect(relations(out, "MEMBER_OF")).toEqual(["Chile -> Andean Council", "Peru -> Andean Council"]);
  });

  it("datedInstrument: 'the March 2015 treaty' is an agreement of its own, but not an agreement dated like the story's meeting", () => {
    const dated = extract(
      `[Spain](country:ES) signed the [Tagus Accord](agreement:tagus-accord), in line with the March 2015 treaty.`,
      "en",
    );
    expect(agreements(dated).map((a) => a.name)).toEqual(["Tagus Accord", "March 2015 treaty"]);
    const story = extract(
      `Le 3 mars, les ministres de la [France](country:FR) et du [Japon](country:JP) se sont rencontrés. L'accord du 3 mars prévoit des exercices.`,
      "fr",
    );
    expect(agreements(story)).toEqual([]);
  });

  it("namedReferent: 'un traité historique' signed in the lead is the named treaty told after it", () => {
    const out = extract(
      `L'[Italie](country:IT) et la [Grèce](country:GR) ont signé un traité historique. Le [traité d'Otrante](agreement:otranto-treaty) renforce leur coopération.`,
      "fr",
    );
    expect(agreements(out)).toEqual([{ name: "traité d'Otrante", mentions: ["traité", "traité d'Otrante"] }]);
    expect(relations(out, "PARTY_TO")).toEqual(["Grèce -> traité d'Otrante", "Italie -> traité d'Otrante"]);
  });

  it("namedReferent: not an agreement told as background in a relative clause", () => {
    const out = extract(
      `[Japan](country:JP) and [Fiji](country:FJ) signed a memorandum on fisheries. They reviewed the [Ocean Agreement](agreement:ocean-agreement), which they signed in 2020.`,
      "en",
    );
    expect(agreements(out).map((a) => a.name)).toEqual(["Ocean Agreement", "Japan-Fiji memorandum on fisheries"]);
  });

  it("namedReferent: not an agreement named later with a participle of its own signing ('signed … in 2024', 'signé en 2010')", () => {
    const en = extract(
      `The ministers of [Japan](country:JP) and [Fiji](country:FJ) signed the fisheries agreement on Monday. They will review the [Ocean Agreement](agreement:ocean-agreement) signed by the two countries in October 2020.`,
      "en",
    );
    expect(
      relations(en, "SIGNED")
        .concat(relations(en, "PARTY_TO"))
        .filter((r) => r.endsWith("-> Ocean Agreement")),
    ).toEqual([]);
    const fr = extract(
      `Le [Japon](country:JP) et les [Fidji](country:FJ) ont signé lundi l'accord sur la pêche. Ils feront le point sur l'[accord de Suva](agreement:suva-agreement) signé en 2010.`,
      "fr",
    );
    expect(relations(fr, "PARTY_TO").filter((r) => r.endsWith("-> accord de Suva"))).toEqual([]);
  });

  it("earlierUnnamed and headlineReferent: 'the deal' and the headline's pact are the one the story signs", () => {
    const out = extract(
      `Japan, Fiji sign fisheries pact\n\n[Japan](country:JP) and [Fiji](country:FJ) have signed a pact allowing joint patrols of fishing grounds to [Suva](place:suva). The deal was welcomed.`,
      "en",
      true,
    );
    expect(agreements(out)).toEqual([
      {
        name: "Japan-Fiji pact allowing joint patrols of fishing grounds",
        mentions: ["fisheries pact", "pact allowing joint patrols of fishing grounds", "deal"],
      },
    ]);
  });

  it("an indefinite noun naming only other countries is another agreement: 'the agreement … Italy and Greece inked a deal'", () => {
    const out = extract(
      `The agreement was signed by the {Japanese}(title:foreign-minister Foreign_Minister minister country:JP) minister [Kenji Sato](person:kenji-sato) and his [Chinese](country:CN demonym) counterpart on Monday. [Italy](country:IT) and [Greece](country:GR) inked a deal on Tuesday.`,
      "en",
    );
    expect(agreements(out).map((a) => a.name)).toEqual(["agreement", "Italy-Greece deal"]);
    expect(relations(out, "PARTY_TO")).toEqual(["Greece -> Italy-Greece deal", "Italy -> Italy-Greece deal"]);
    expect(relations(out, "SIGNED")).toEqual(["Kenji Sato -> agreement"]);
    // The same countries: the same agreement ("Japan and Fiji signed an agreement … Fiji and Japan signed a deal").
    const same = extract(
      `[Japan](country:JP) and [Fiji](country:FJ) signed an agreement on fisheries on Monday. [Fiji](country:FJ) and [Japan](country:JP) signed a deal that day.`,
      "en",
    );
    expect(agreements(same)).toHaveLength(1);
  });

  it("a described agreement's words stop before the city it was signed in, not before a country its topic names", () => {
    const signed = extract(
      `[Japan](country:JP) and [Fiji](country:FJ) signed an agreement on fisheries in [Suva](place:suva) on Monday.`,
      "en",
    );
    expect(agreements(signed).map((a) => a.name)).toEqual(["Japan-Fiji agreement on fisheries"]);
    const topic = extract(
      `[Japan](country:JP) and [Fiji](country:FJ) signed an agreement on investment in [Fiji](country:FJ) on Monday.`,
      "en",
    );
    expect(agreements(topic).map((a) => a.name)).toEqual(["Japan-Fiji agreement on investment in Fiji"]);
  });

  it("adjectivalParties: 'l'accord franco-italien' names its parties", () => {
    const out = extract(
      `La [France](country:FR) et l'[Italie](country:IT) ont signé hier l'accord franco-italien sur les migrations.`,
      "fr",
    );
    expect(relations(out, "PARTY_TO")).toEqual(["France -> accord franco-italien", "Italie -> accord franco-italien"]);
  });

  it("otherAgreement: comparable deals are no agreement of the article", () => {
    const out = extract(
      `[Japan](country:JP) signed the [Reef Pact](agreement:reef-pact) and has signed comparable deals with [Tonga](country:TO).`,
      "en",
    );
    expect(agreements(out).map((a) => a.name)).toEqual(["Reef Pact"]);
    expect(relations(out, "PARTY_TO")).toEqual(["Japan -> Reef Pact"]);
  });

  it("a generic noun outside a signing, with no agreement in the article, is nothing", () => {
    const out = extract(`The agreement was not a military pact, the minister said.`, "en");
    expect(agreements(out)).toEqual([]);
  });

  it("a description ends at the sentence's verb, and an indefinite noun described otherwise is another agreement", () => {
    const en = extract(
      `A memorandum on rare earths was signed on Monday by [Japan](country:JP) and [Italy](country:IT). An agreement on naval cooperation was signed on Tuesday by [Japan](country:JP) and [Italy](country:IT).`,
      "en",
    );
    expect(agreements(en).map((a) => a.name)).toEqual([
      "Japan-Italy memorandum on rare earths",
      "Japan-Italy agreement on naval cooperation",
    ]);
    const fr = extract(
      `Un accord sur la coopération navale a été signé lundi par le [Japon](country:JP) et l'[Italie](country:IT). Le [Japon](country:JP) et l'[Italie](country:IT) ont signé mardi un accord sur la coopération spatiale.`,
      "fr",
    );
    expect(agreements(fr).map((a) => a.name)).toEqual([
      "Japon-Italie accord sur la coopération navale",
      "Japon-Italie accord sur la coopération spatiale",
    ]);
    // Told again with the same words, or as "the agreement": the same one.
    const again = extract(
      `Un accord sur la coopération navale a été signé lundi par le [Japon](country:JP) et l'[Italie](country:IT). L'accord a été salué par l'[UE](org:eu).`,
      "fr",
    );
    expect(agreements(again).map((a) => a.name)).toEqual(["Japon-Italie accord sur la coopération navale"]);
  });

  it("contracts, arrangements and signed joint declarations are agreements; each with its own signers", () => {
    const fr = extract(
      `Le contrat a été signé par [Paul Roux](person:paul-roux), {directeur général de Fincantieri}(title:chief-executive Chief_Executive other org:fincantieri), et par [Luca Neri](person:luca-neri). [Ana Sato](person:ana-sato) et [Ugo Lenti](person:ugo-lenti) ont par ailleurs signé une lettre d'intention sur la formation des pilotes, ainsi qu'un arrangement technique sur les radars.`,
      "fr",
    );
    expect(agreements(fr).map((a) => a.name)).toEqual([
      "contrat",
      "lettre d'intention sur la formation des pilotes",
      "arrangement technique sur les radars",
    ]);
    expect(relations(fr, "SIGNED")).toEqual([
      "Ana Sato -> arrangement technique sur les radars",
      "Ana Sato -> lettre d'intention sur la formation des pilotes",
      "Luca Neri -> contrat",
      "Paul Roux -> contrat",
      "Ugo Lenti -> arrangement technique sur les radars",
      "Ugo Lenti -> lettre d'intention sur la formation des pilotes",
    ]);
    const en = extract(
      `[Japan](country:JP) and [Italy](country:IT) agreed a maritime surveillance arrangement on Monday. The contract was signed by [Ana Sato](person:ana-sato) and [Ugo Lenti](person:ugo-lenti).`,
      "en",
    );
    expect(agreements(en).map((a) => a.name)).toEqual(["Japan-Italy maritime surveillance arrangement", "contract"]);
    expect(relations(en, "SIGNED")).toEqual(["Ana Sato -> contract", "Ugo Lenti -> contract"]);
    const declaration = extract(
      `Le [Japon](country:JP) et l'[Italie](country:IT) ont signé mardi une déclaration conjointe sur la sécurité maritime.`,
      "fr",
    );
    expect(agreements(declaration).map((a) => a.name)).toEqual(["Japon-Italie déclaration conjointe sur la sécurité maritime"]);
  });

  it("a contract, an arrangement or a joint statement outside a signing is nothing; 'agreed to' signs nothing", () => {
    for (const [text, language] of [
      [`Le groupe espère remporter le contrat des frégates.`, "fr"],
      [`[Japan](country:JP) and [Italy](country:IT) issued a joint statement on Monday.`, "en"],
      [`[Japan](country:JP) and [Italy](country:IT) agreed to discuss a new arrangement next year.`, "en"],
      [`[Japan](country:JP) and [Italy](country:IT) discussed frigates, though no contract was signed.`, "en"],
      [`Le [Japon](country:JP) et l'[Italie](country:IT) se sont séparés sans accord signé.`, "fr"],
    ] as const)
      expect(agreements(extract(text, language))).toEqual([]);
  });

  it("an agreement concluded, adopted or agreed on by the two countries of the story has them as parties; a roadmap is one", () => {
    const fr = extract(
      `Le président [Ken Obi](person:ken-obi) a reçu lundi à [Oyo](place:oyo) le président [Ugo Lenti](person:ugo-lenti) d'[Italie](country:IT) et du [Japon](country:JP). Le [Japon](country:JP) et l'[Italie](country:IT) ont également conclu une lettre d'intention sur la mobilité des cadets.`,
      "fr",
    );
    expect(agreements(fr).map((a) => a.name)).toEqual(["Japon-Italie lettre d'intention sur la mobilité des cadets"]);
    expect(relations(fr, "PARTY_TO")).toEqual([
      "Italie -> Japon-Italie lettre d'intention sur la mobilité des cadets",
      "Japon -> Japon-Italie lettre d'intention sur la mobilité des cadets",
    ]);
    const roadmap = extract(
      `Le [Japon](country:JP) et l'[Italie](country:IT) ont adopté une feuille de route sur la coopération spatiale.`,
      "fr",
    );
    expect(agreements(roadmap).map((a) => a.name)).toEqual(["Japon-Italie feuille de route sur la coopération spatiale"]);
    const en = extract(`[Japan](country:JP) and [Italy](country:IT) agreed on a roadmap for space cooperation on Monday.`, "en");
    expect(agreements(en).map((a) => a.name)).toEqual(["Japan-Italy roadmap for space cooperation"]);
    expect(relations(en, "PARTY_TO")).toEqual([
      "Italy -> Japan-Italy roadmap for space cooperation",
      "Japan -> Japan-Italy roadmap for space cooperation",
    ]);
  });

  it("'Il a été paraphé par X et Y' signs the contract of the sentence before; what the countries 'also' adopt is another signing", () => {
    const out = extract(
      `Un contrat de douze hélicoptères a été conclu mardi. Il a été paraphé par [Ana Ruiz](person:ana-ruiz) et [Ken Obi](person:ken-obi). Le [Japon](country:JP) et l'[Italie](country:IT) ont par ailleurs adopté une feuille de route sur la coopération spatiale.`,
      "fr",
    );
    expect(relations(out, "SIGNED")).toEqual(["Ana Ruiz -> contrat de douze hélicoptères", "Ken Obi -> contrat de douze hélicoptères"]);
    expect(out.events.filter((e) => e.type === "Signing")).toHaveLength(2);
    const en = extract(
      `A contract for twelve helicopters was concluded on Tuesday. It was signed by [Ana Ruiz](person:ana-ruiz) and [Ken Obi](person:ken-obi). The two countries also signed a memorandum on space cooperation.`,
      "en",
    );
    expect(relations(en, "SIGNED")).toEqual(["Ana Ruiz -> contract for twelve helicopters", "Ken Obi -> contract for twelve helicopters"]);
  });

  it("a deal that only could be or is expected to be concluded is no agreement found; one that was, is", () => {
    for (const [text, language] of [
      [`Un accord sur la pêche pourrait être conclu d'ici l'été, selon le ministère.`, "fr"],
      [`Un nouveau contrat de frégates devrait être signé en décembre.`, "fr"],
      [`A second deal on submarine maintenance could be concluded next year, officials said.`, "en"],
      [`A contract for twelve jets is expected to be signed in December.`, "en"],
    ] as const)
      expect(agreements(extract(text, language))).toEqual([]);
    expect(agreements(extract(`Un accord sur la pêche a été conclu mardi.`, "fr")).map((a) => a.name)).toEqual(["accord sur la pêche"]);
    expect(agreements(extract(`A deal on submarine maintenance was concluded on Monday.`, "en")).map((a) => a.name)).toEqual([
      "deal on submarine maintenance",
    ]);
  });

  it("an agreement signed on the story's day is not one told as signed on another date before it", () => {
    const en = extract(
      `In 2024 [Japan](country:JP) and [Italy](country:IT) signed a defence agreement. On Tuesday, [Ana Ruiz](person:ana-ruiz) and [Ken Obi](person:ken-obi) signed an agreement in [Oyo](place:oyo).`,
      "en",
    );
    expect(agreements(en).map((a) => a.name)).toHaveLength(2);
    expect(relations(en, "SIGNED").some((r) => r.endsWith("defence agreement"))).toBe(false);
    const fr = extract(
      `En 2021, le [Japon](country:JP) et l'[Italie](country:IT) avaient signé le [Pacte d'Oyo](agreement:oyo-pact). Mardi, [Ana Ruiz](person:ana-ruiz) et [Ken Obi](person:ken-obi) ont signé un pacte à [Oyo](place:oyo).`,
      "fr",
    );
    expect(relations(fr, "SIGNED").some((r) => r.endsWith("agreement:oyo-pact") || r.includes("Pacte d'Oyo"))).toBe(false);
    expect(relations(fr, "SIGNED")).toHaveLength(2);
    // Told by a definite noun, it is the one told before, whatever the date.
    const definite = extract(
      `In 2024 [Japan](country:JP) and [Italy](country:IT) signed a defence agreement. On Tuesday, [Ana Ruiz](person:ana-ruiz) praised the agreement.`,
      "en",
    );
    expect(agreements(definite)).toEqual([{ name: "Japan-Italy defence agreement", mentions: ["defence agreement", "agreement"] }]);
  });

  it("a government's roadmap is no agreement, nor a mention of the one the story signed", () => {
    const out = extract(
      `Le [Japon](country:JP) et l'[Italie](country:IT) ont signé lundi un accord de défense. Le ministre a ensuite présenté la feuille de route du gouvernement.`,
      "fr",
    );
    expect(agreements(out)).toEqual([{ name: "Japon-Italie accord de défense", mentions: ["accord de défense"] }]);
    // A roadmap to be drawn up, even towards someone's accession, is a plan.
    const plan = extract(
      `Les dirigeants ont demandé au conseil de l'[Union des Balkans](org:balkan-union) d'élaborer une feuille de route pour l'adhésion du [Kosovo](country:XK).`,
      "fr",
    );
    expect(agreements(plan)).toEqual([]);
  });

  it("a contract told by its value is named by it, the amount in full", () => {
    const fr = extract(`Le [Japon](country:JP) et l'[Italie](country:IT) ont signé un contrat d'une valeur de 1,2 milliard d'euros.`, "fr");
    expect(agreements(fr).map((a) => a.name)).toEqual(["Japon-Italie contrat d'une valeur de 1,2 milliard d'euros"]);
    const en = extract(`[Japan](country:JP) and [Italy](country:IT) signed a contract worth 900 million euros on Monday.`, "en");
    expect(agreements(en).map((a) => a.name)).toEqual(["Japan-Italy contract worth 900 million euros"]);
    // An amount before the noun says nothing of what it is about.
    const before = extract(`[Japan](country:JP) and [Italy](country:IT) signed a $900 million contract on Monday.`, "en");
    expect(agreements(before).map((a) => a.name)).toEqual(["Japan-Italy contract"]);
  });

  it("an indefinite instrument told by another topic is another one; told again as 'the letter', the same", () => {
    const fr = extract(
      `[Ana Sato](person:ana-sato) et [Ugo Lenti](person:ugo-lenti) ont signé une lettre d'intention sur les drones. [Luca Neri](person:luca-neri) et [Paul Roux](person:paul-roux) ont conclu une lettre d'intention sur la santé. La lettre d'intention a été saluée.`,
      "fr",
    );
    expect(agreements(fr)).toEqual([
      { name: "lettre d'intention sur les drones", mentions: ["lettre d'intention sur les drones"] },
      { name: "lettre d'intention sur la santé", mentions: ["lettre d'intention sur la santé", "lettre d'intention"] },
    ]);
    expect(relations(fr, "SIGNED")).toEqual([
      "Ana Sato -> lettre d'intention sur les drones",
      "Luca Neri -> lettre d'intention sur la santé",
      "Paul Roux -> lettre d'intention sur la santé",
      "Ugo Lenti -> lettre d'intention sur les drones",
    ]);
  });

  it("an instrument about an organisation of one country makes no one its member", () => {
    const out = extract(
      `[Japan](country:JP) and [Italy](country:IT) signed a letter of intent on training within the [Italian Navy](org:italian-navy).`,
      "en",
    );
    expect(agreements(out).map((a) => a.name)).toEqual(["Italian Navy letter of intent"]);
    expect(relations(out, "PARTY_TO")).toEqual(["Italy -> Italian Navy letter of intent", "Japan -> Italian Navy letter of intent"]);
    expect(relations(out, "MEMBER_OF")).toEqual([]);
  });

  it("a signing to come ('doivent signer un accord', 'signeront un traité', 'will sign'): the agreement is found, its signing planned, no party yet", () => {
    const fr = extract(
      `Les deux ministres de la [Norvège](country:NO) et du [Chili](country:CL) doivent signer la semaine prochaine un accord de défense. Les deux pays signeront en juin un traité sur la pêche.`,
      "fr",
    );
    expect(agreements(fr).map((a) => a.name)).toEqual(["accord de défense", "traité sur la pêche"]);
    expect(fr.events.filter((e) => e.type === "Signing").map((e) => e.status)).not.toContain("occurred");
    expect(relations(fr, "PARTY_TO")).toEqual([]);
    const en = extract(`[Norway](country:NO) and [Chile](country:CL) will sign a defence agreement next week.`, "en");
    expect(agreements(en).map((a) => a.name)).toEqual(["defence agreement"]);
    expect(relations(en, "PARTY_TO")).toEqual([]);
  });

  it("initialled ('ont paraphé', 'initialled'): the agreement is found, its parties told, the act done", () => {
    const fr = extract(`La [Norvège](country:NO) et le [Chili](country:CL) ont paraphé mardi un traité d'amitié.`, "fr");
    expect(relations(fr, "PARTY_TO")).toEqual(["Chili -> Norvège-Chili traité d'amitié", "Norvège -> Norvège-Chili traité d'amitié"]);
    expect(fr.events.filter((e) => e.type === "Signing").map((e) => e.status)).toEqual(["occurred"]);
    const en = extract(`[Norway](country:NO) and [Chile](country:CL) initialled a status-of-forces agreement on Tuesday.`, "en");
    expect(relations(en, "PARTY_TO")).toEqual([
      "Chile -> Norway-Chile status-of-forces agreement",
      "Norway -> Norway-Chile status-of-forces agreement",
    ]);
  });

  it("'d'accord', 'in agreement', 'agreed to' tell no agreement", () => {
    const fr = extract(
      `La [Norvège](country:NO) et le [Chili](country:CL) sont d'accord sur la nécessité de renforcer la pêche. Ils se sont mis d'accord pour se revoir et doivent signer le registre.`,
      "fr",
    );
    expect(agreements(fr)).toEqual([]);
    const en = extract(
      `[Norway](country:NO) and [Chile](country:CL) were in agreement on fisheries and agreed to sign the visitors' book.`,
      "en",
    );
    expect(agreements(en)).toEqual([]);
  });
});
