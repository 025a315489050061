import { describe, expect, it } from "vitest";
import {
  agentsAfter,
  agreementOfPronounSubject,
  anotherSigning,
  countryNounSubject,
  groupOfSigners,
  partnersOf,
  relativeAntecedents,
  sidesOfSigners,
  signersFor,
  subjects,
} from "../../../../ingest/extract/events/signing.js";
import { countedGroup } from "../../../../ingest/extract/events/groups.js";
import { findAgreements } from "../../../../ingest/extract/agreements.js";
import { contextFor, scopeAt } from "./support.js";

const fr = (text: string) => contextFor(text, { language: "fr" });
const en = (text: string) => contextFor(text, { language: "en" });
const FM = "title:foreign-minister Foreign_Minister minister";

describe("signer rules", () => {
  it("agentsAfter: the list after par/by, past titles and relative clauses", () => {
    const a = fr(
      "Une déclaration a été signée mardi à [Rome](place:rome) par l'[Italie](country:IT), le [Japon](country:JP) et la [Chine](country:CN).",
    );
    expect(agentsAfter.find(scopeAt(a, "signée"))).toEqual({ people: [], parties: ["country:IT", "country:JP", "country:CN"] });
    const b = en(
      "The memorandum was signed by [Ana Ruiz](person:ana-ruiz), {Foreign Minister}(" +
        FM +
        "), who stood in for [Joe Hall](person:joe-hall); [Ken Obi](person:ken-obi) and [Hans Berg](person:hans-berg).",
    );
    expect(agentsAfter.find(scopeAt(b, "signed"))).toEqual({
      people: ["person:ana-ruiz", "person:ken-obi", "person:hans-berg"],
      parties: [],
    });
    const c = en(
      "The minister announced the signature by [Japan](country:JP), [China](country:CN) and [Italy](country:IT) (who also signed for [the UK](country:GB)) of a memorandum.",
    );
    expect(agentsAfter.find(scopeAt(c, "signature"))).toEqual({ people: [], parties: ["country:JP", "country:CN", "country:IT"] });
  });

  it("agentsAfter: the agent marker said again after the coordinator ('par X, et par Y', 'by X and by Y')", () => {
    const a = fr(
      "L'accord a été signé par la ministre, [Ana Ruiz](person:ana-ruiz), et par [Ken Obi](person:ken-obi), à [Oyo](place:oyo).",
    );
    expect(agentsAfter.find(scopeAt(a, "signé"))).toEqual({ people: ["person:ana-ruiz", "person:ken-obi"], parties: [] });
    const b = en("The deal was signed by [Ana Ruiz](person:ana-ruiz) and by [Ken Obi](person:ken-obi) on Monday.");
    expect(agentsAfter.find(scopeAt(b, "signed"))).toEqual({ people: ["person:ana-ruiz", "person:ken-obi"], parties: [] });
  });

  it("agentsAfter: a signer named after a title and its organisation ('par le PDG de X, Y', 'by the chief executive of X, Y')", () => {
    const a = fr(
      "Le contrat a été signé par le {PDG}(title:ceo Chief_Executive executive org:acme) d'[Acme](org:acme), [Ana Ruiz](person:ana-ruiz), et par [Ken Obi](person:ken-obi).",
    );
    expect(agentsAfter.find(scopeAt(a, "signé"))).toEqual({ people: ["person:ana-ruiz", "person:ken-obi"], parties: [] });
    const b = en(
      "The memorandum was signed by the {chief executive}(title:ceo Chief_Executive executive org:acme) of [Acme](org:acme), [Ana Ruiz](person:ana-ruiz), and [Ken Obi](person:ken-obi).",
    );
    expect(agentsAfter.find(scopeAt(b, "signed"))).toEqual({ people: ["person:ana-ruiz", "person:ken-obi"], parties: [] });
    // Other words than titles and names before the first name: not the agents' list.
    const c = en("The memorandum was signed by the end of the talks in [Oyo](place:oyo), [Ana Ruiz](person:ana-ruiz) said.");
    expect(agentsAfter.find(scopeAt(c, "signed"))).toBeNull();
  });

  it("agentsAfter: after the marker said again, a signer described in words no title list knows ('et par le directeur de l'agence, Y')", () => {
    const a = fr(
      "Le contrat a été signé par [Ana Ruiz](person:ana-ruiz), {PDG}(title:ceo Chief_Executive executive org:acme) d'[Acme](org:acme), et par le directeur de l'agence des achats militaires, [Ken Obi](person:ken-obi).",
    );
    expect(agentsAfter.find(scopeAt(a, "signé"))).toEqual({ people: ["person:ana-ruiz", "person:ken-obi"], parties: [] });
    const b = en(
      "The deal was signed by [Ana Ruiz](person:ana-ruiz) and by the head of the national procurement office, [Ken Obi](person:ken-obi).",
    );
    expect(agentsAfter.find(scopeAt(b, "signed"))).toEqual({ people: ["person:ana-ruiz", "person:ken-obi"], parties: [] });
    // Without the marker said again, a description is no list: the one present is not a signer.
    const c = en(
      "The deal was signed by [Ana Ruiz](person:ana-ruiz) in the presence of the visiting defence minister, [Ken Obi](person:ken-obi).",
    );
    expect(agentsAfter.find(scopeAt(c, "signed"))).toEqual({ people: ["person:ana-ruiz"], parties: [] });
  });

  it("agreementOfPronounSubject: 'Il a été paraphé par …', 'It was signed by …' signs the agreement of the sentence before", () => {
    const a = fr(
      "Un contrat de douze hélicoptères a été conclu. Il a été paraphé par [Ana Ruiz](person:ana-ruiz) et [Ken Obi](person:ken-obi).",
    );
    const contract = findAgreements(a).mentions.find((m) => m.text.startsWith("contrat"));
    expect(contract).toBeDefined();
    expect(agreementOfPronounSubject(scopeAt(a, "paraphé"))).toBe(contract?.entityId);
    const b = en("The two sides concluded a contract for twelve helicopters. It was signed by [Ana Ruiz](person:ana-ruiz).");
    expect(agreementOfPronounSubject(scopeAt(b, "signed"))).toBe(findAgreements(b).mentions[0]?.entityId);
    // A person as subject, an active verb, or no agreement in the sentence before: none.
    const c = fr("Un contrat de douze hélicoptères a été conclu. Il a signé le registre.");
    expect(agreementOfPronounSubject(scopeAt(c, "signé"))).toBeNull();
    const d = en("The minister arrived on Monday. It was signed by [Ana Ruiz](person:ana-ruiz).");
    expect(agreementOfPronounSubject(scopeAt(d, "signed"))).toBeNull();
  });

  it("anotherSigning: 'also', 'par ailleurs', 'pour leur part' before the verb in its clause", () => {
    expect(anotherSigning(scopeAt(en("The two companies also signed a memorandum."), "signed"))).toBe(true);
    expect(
      anotherSigning(
        scopeAt(
          fr("Les ministres, [Ana Ruiz](person:ana-ruiz) et [Ken Obi](person:ken-obi), ont pour leur part signé un accord."),
          "signé",
        ),
      ),
    ).toBe(true);
    expect(anotherSigning(scopeAt(fr("Les deux pays ont par ailleurs conclu une lettre d'intention."), "conclu"))).toBe(true);
    expect(anotherSigning(scopeAt(en("The two companies signed a memorandum, which also covers training."), "signed"))).toBe(false);
    expect(anotherSigning(scopeAt(fr("Les deux pays ont signé un accord."), "signé"))).toBe(false);
  });

  it("subjects: the coordinated subject, an acronym in parentheses and appositions included", () => {
    const a = fr("Ainsi, [Airbus](org:airbus) et l'[Agence européenne de défense](org:eda) ([AED](org:eda)) ont signé jeudi un contrat.");
    expect(subjects.find(scopeAt(a, "signé"))).toEqual({ people: [], parties: ["org:airbus", "org:eda"] });
    const b = en("[Japan](country:JP) and its key ally, [China](country:CN), signed a pact in March.");
    expect(subjects.find(scopeAt(b, "signed"))).toEqual({ people: [], parties: ["country:JP", "country:CN"] });
    const c = fr(
      "[Ken Obi](person:ken-obi) et [Hans Berg](person:hans-berg) ont signé vendredi un traité, alors que [Ana Ruiz](person:ana-ruiz) quitte ses fonctions.",
    );
    expect(subjects.find(scopeAt(c, "signé"))).toEqual({ people: ["person:ken-obi", "person:hans-berg"], parties: [] });
  });

  it("subjects: a whole list in apposition to the subject ('Les ministres japonais et italien, X et Y, ont signé')", () => {
    const a = fr(
      "Les ministres de la Défense [japonais](country:JP demonym) et [italien](country:IT demonym), [Ken Obi](person:ken-obi), [Ana Ruiz](person:ana-ruiz) et [Hans Berg](person:hans-berg), ont signé le traité.",
    );
    expect(subjects.find(scopeAt(a, "signé"))).toEqual({ people: ["person:ken-obi", "person:ana-ruiz", "person:hans-berg"], parties: [] });
    const b = en("The ministers, [Ken Obi](person:ken-obi) and [Hans Berg](person:hans-berg), signed the pact.");
    expect(subjects.find(scopeAt(b, "signed"))).toEqual({ people: ["person:ken-obi", "person:hans-berg"], parties: [] });
    // A list that is no apposition, followed by a comma: not the subject.
    const c = en("After [Ken Obi](person:ken-obi) and [Hans Berg](person:hans-berg) left, officials signed the pact.");
    expect(subjects.find(scopeAt(c, "signed"))).toBeNull();
  });

  it("relativeAntecedents: the list before 'qui'/'which' signs", () => {
    const a = fr("La cérémonie a réuni [Ken Obi](person:ken-obi) et [Hans Berg](person:hans-berg), qui ont signé un accord.");
    expect(relativeAntecedents.find(scopeAt(a, "signé"))).toEqual({ people: ["person:ken-obi", "person:hans-berg"], parties: [] });
    const b = en("They praised [Japan](country:JP) and [China](country:CN), which signed the pact in 2022.");
    expect(relativeAntecedents.find(scopeAt(b, "signed"))).toEqual({ people: [], parties: ["country:JP", "country:CN"] });
    expect(relativeAntecedents.find(scopeAt(b, "praised"))).toBeNull();
  });

  it("countedGroup: 'Fifteen countries signed' takes the countries a nearby sentence lists for that count", () => {
    const a = en(
      "Three countries on Sunday signed a trade pact. The three countries are [Japan](country:JP), [China](country:CN) and [Italy](country:IT).",
    );
    expect(countedGroup.find(scopeAt(a, "signed"))).toEqual({ parties: ["country:JP", "country:CN", "country:IT"] });
    const b = fr(
      "Trois pays ont signé dimanche un accord. Les trois pays sont le [Japon](country:JP), la [Chine](country:CN) et l'[Italie](country:IT).",
    );
    expect(countedGroup.find(scopeAt(b, "signé"))).toEqual({ parties: ["country:JP", "country:CN", "country:IT"] });
    const c = en("Three countries signed a pact. The two countries are [Japan](country:JP) and [China](country:CN).");
    expect(countedGroup.find(scopeAt(c, "signed"))).toBeNull();
  });

  it("countryNounSubject: 'le pays' stands for the country the text is about", () => {
    const a = fr(
      "L'[Italie](country:IT) était membre associé, comme le [Japon](country:JP) et la [Chine](country:CN). Le pays méditerranéen avait signé en 2015 le protocole.",
    );
    expect(countryNounSubject.find(scopeAt(a, "signé"))).toEqual({ parties: ["country:IT"] });
  });

  it("sidesOfSigners: 'les deux pays ont signé', 'both sides signed' stand for the countries of the salient event", () => {
    const sides = { groupSubject: true, ofMinisters: true };
    expect(sidesOfSigners.find(scopeAt(fr("Les deux pays ont signé un accord sur l'énergie."), "signé"))).toEqual(sides);
    expect(sidesOfSigners.find(scopeAt(en("On Friday both sides signed a memorandum."), "signed"))).toEqual(sides);
    // People, or the group told after the trigger or in another clause, are not the sides.
    expect(sidesOfSigners.find(scopeAt(fr("Les deux ministres ont signé un accord."), "signé"))).toBeNull();
    expect(sidesOfSigners.find(scopeAt(en("A memorandum was signed, the two governments said."), "signed"))).toBeNull();
    expect(sidesOfSigners.find(scopeAt(en("The two sides disagreed; their ministers signed nothing."), "signed"))).toBeNull();
  });

  it("groupOfSigners: 'les deux ministres ont signé'", () => {
    expect(groupOfSigners.find(scopeAt(fr("Les deux ministres ont signé un accord."), "signé"))).toEqual({ groupSubject: true });
  });

  it("partnersOf: 'avec son homologue X', 'with his counterpart, Y', 'between X and Y' right after the trigger", () => {
    const a = fr(
      "[Ana Ruiz](person:ana-ruiz) a signé vendredi l'accord avec son {homologue}(- Counterpart minister - counterpart) [Ken Obi](person:ken-obi).",
    );
    expect(partnersOf(scopeAt(a, "signé"))).toEqual(["person:ken-obi"]);
    const b = en("They signed a pact between [Japan](country:JP) and [China](country:CN).");
    expect(partnersOf(scopeAt(b, "signed"))).toEqual(["country:JP", "country:CN"]);
    const c = fr("Ils ont signé un traité visant à renforcer les liens entre la [Chine](country:CN) et l'[Italie](country:IT).");
    expect(partnersOf(scopeAt(c, "signé"))).toEqual([]);
  });

  it("signersFor: the first rule that finds, with the partners", () => {
    const a = en(
      "[Ana Ruiz](person:ana-ruiz) signed the memorandum on Friday in [Rome](place:rome) with her counterpart, [Ken Obi](person:ken-obi).",
    );
    expect(signersFor(scopeAt(a, "signed"))).toMatchObject({ people: ["person:ana-ruiz", "person:ken-obi"] });
  });
});
