/**
 * Agreements the text does not name, in French and English (sentences written for these tests):
 * how each is described and resolved, what it is named, and which relations attach to it.
 */
import { describe, expect, it } from "vitest";
import { extractFromLinked } from "../../../ingest/extract/index.js";
import { findTemporalExpressions, sentenceTense } from "../../../ingest/dates/index.js";
import { linkedDocument, testKnowledge } from "./linked-markup.js";

const tools = { findTemporalExpressions, sentenceTense };

function extract(markup: string, language: string, headline = false) {
  return extractFromLinked(linkedDocument(markup, { published: "2026-02-02", language, headline }), testKnowledge, tools);
}
const agreements = (out: ReturnType<typeof extract>) =>
  out.entities.filter((e) => e.type === "Agreement").map((e) => ({ name: e.name, mentions: e.mentions.map((m) => m.text) }));
const relations = (out: ReturnType<typeof extract>, type: string) => {
  const names = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations
    .filter((r) => r.type === type)
    .map((r) => `${names.get(r.source)} -> ${names.get(r.target)}`)
    .sort();
};

describe("unnamed agreements", () => {
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
});
