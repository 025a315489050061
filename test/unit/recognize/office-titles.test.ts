/**
 * Office titles read with the project's knowledge base: modifiers that make a deputy's office,
 * portfolios written in capitals before the holder's name, a head noun completed across a
 * demonym, coordinated offices sharing an owner, and the offices data/kb/titles.json lists.
 */
import { describe, expect, it } from "vitest";
import { defaultKnowledgeBase } from "../../../src/kb/load.js";
import { buildMatcher } from "../../../src/kb/matcher.js";
import { recognizeMentions } from "../../../ingest/recognize/index.js";
import { preparedDocument } from "./fixtures.js";

const kb = defaultKnowledgeBase();
const matcher = buildMatcher(kb);
const read = (text: string, language: "fr" | "en") => recognizeMentions(preparedDocument([[text]], [], language), kb, matcher);
const titles = (text: string, language: "fr" | "en") => read(text, language).titles.map((t) => [t.text, t.title, t.ofEntityId]);
const persons = (text: string, language: "fr" | "en") =>
  read(text, language)
    .mentions.filter((m) => m.type === "Person")
    .map((m) => m.text);

describe("offices made by a modifier", () => {
  it("keeps the government of the office a deputy or an under secretary serves in", () => {
    expect(titles("Deputy Secretary of State Ann Cole arrived on Monday.", "en")).toEqual([
      ["Deputy Secretary of State", "Deputy Secretary of State", "country:US"],
    ]);
    expect(titles("Under Secretary of Defense Lee Park spoke first.", "en")).toEqual([
      ["Under Secretary of Defense", "Under Secretary of Defense", "country:US"],
    ]);
  });

  it("reads 'under' as the preposition it is elsewhere", () => {
    expect(titles("Under Defence Minister Ito's plan, spending rose.", "en").map((t) => t[1])).toEqual(["Defence Minister"]);
    expect(titles("The agency grew under Secretary of State Ann Cole.", "en").map((t) => t[1])).toEqual(["Secretary of State"]);
  });

  it("makes a deputy's office of a French title followed by 'adjoint'", () => {
    expect(titles("La secrétaire d'État américaine adjointe Ann Cole est arrivée lundi.", "fr")).toEqual([
      ["secrétaire d'État américaine adjointe", "Deputy Secretary of State", "country:US"],
    ]);
    expect(titles("Le secrétaire général adjoint de l'OTAN, Jon Berg, a parlé.", "fr")[0]).toEqual([
      "secrétaire général adjoint de l'OTAN",
      "Deputy Secretary-General",
      "org:nato",
    ]);
    // "adjoint" that is not next to the office changes nothing.
    expect(titles("Le ministre des Armées et son adjoint sont arrivés.", "fr").map((t) => t[1])).toEqual(["Defence Minister"]);
  });
});

describe("a capitalised portfolio before the holder's name", () => {
  it("continues a minister's portfolio up to the name after it", () => {
    const text = "Minister for Defence Readiness and Industry Tom Blakeley will travel to Oslo.";
    expect(titles(text, "en").map((t) => t[0])).toEqual(["Minister for Defence Readiness and Industry"]);
    expect(persons(text, "en")).toEqual(["Tom Blakeley"]);
    const policy = "Minister for Trade Policy Dana Roe visited Rome on Monday.";
    expect(titles(policy, "en").map((t) => t[0])).toEqual(["Minister for Trade Policy"]);
    expect(persons(policy, "en")).toEqual(["Dana Roe"]);
  });

  it("stops an English remit before the name", () => {
    const text = "Minister of State for the Armed Forces Clara Vance visited Warsaw.";
    expect(titles(text, "en").map((t) => t[0])).toEqual(["Minister of State for the Armed Forces"]);
    expect(persons(text, "en")).toEqual(["Clara Vance"]);
    // A portfolio ending on an adjective goes on to its noun, which is no name.
    expect(titles("The Minister of State for the Armed Forces said so.", "en").map((t) => t[0])).toEqual([
      "Minister of State for the Armed Forces",
    ]);
    const digital = "The Minister for Digital Affairs arrived on Monday.";
    expect(titles(digital, "en").map((t) => t[0])).toEqual(["Minister for Digital Affairs"]);
    expect(persons(digital, "en")).toEqual([]);
  });

  it("takes nothing that is no portfolio: a name alone, a lower-case word, the next sentence", () => {
    expect(titles("The Minister for Defence said the plan was ready.", "en").map((t) => t[0])).toEqual(["Minister for Defence"]);
    expect(titles("The Minister for Defence readiness and industry spoke.", "en").map((t) => t[0])).toEqual(["Minister for Defence"]);
    const named = "Minister for Defence Alan Marsh said the plan was ready.";
    expect(titles(named, "en").map((t) => t[0])).toEqual(["Minister for Defence"]);
    expect(persons(named, "en")).toEqual(["Alan Marsh"]);
    const doc = preparedDocument([["They met the Minister for Defence.", "Readiness and Industry Week opened on Monday."]], [], "en");
    expect(recognizeMentions(doc, kb, matcher).titles.map((t) => t.text)).toEqual(["Minister for Defence"]);
    // A head of government's title has no portfolio to continue.
    expect(titles("Prime Minister Anna Maria Berg spoke.", "en").map((t) => t[0])).toEqual(["Prime Minister"]);
  });
});

describe("a head noun completed across a demonym", () => {
  it("reads 'la secrétaire mexicaine à l'Énergie' as the title 'secrétaire à l'Énergie' of Mexico", () => {
    const text = "La secrétaire mexicaine à l'Énergie, Rosa Quintero, a parlé.";
    expect(titles(text, "fr")).toEqual([["secrétaire mexicaine à l'Énergie", "Energy Minister", "country:MX"]]);
    expect(persons(text, "fr")).toEqual(["Rosa Quintero"]);
    expect(titles("Le secrétaire mexicain à la Marine, Jorge Ibarra, a parlé.", "fr")).toEqual([
      ["secrétaire mexicain à la Marine", "Secretary of the Navy", "country:MX"],
    ]);
  });

  it("makes no title of a head and a demonym that complete none", () => {
    expect(titles("La secrétaire mexicaine de l'association, Rosa Quintero, a parlé.", "fr")).toEqual([]);
  });
});

describe("a diplomat's posting", () => {
  it("reads 'au Japon', 'aux États-Unis' after a diplomat's title as the posting, no owner", () => {
    expect(titles("Paul Ndiaye, ambassadeur au Japon, a parlé.", "fr")).toEqual([["ambassadeur", "Ambassador", null]]);
    expect(titles("Awa Sarr, ancienne ambassadrice aux États-Unis, a parlé.", "fr").map((t) => t[2])).toEqual([null]);
    // Whose the ambassador is, after "de", and any other office's complement after "au" stay the owner.
    expect(titles("L'ambassadeur du Japon au Sénégal, Ito Ken, a parlé.", "fr").map((t) => t[2])).toEqual(["country:JP"]);
    expect(titles("Le chef de l'opposition au Royaume-Uni, Tom Hale, a parlé.", "fr").map((t) => t[2])).toEqual(["country:GB"]);
  });
});

describe("coordinated offices", () => {
  it("gives an owner written before the first office to the next one too", () => {
    expect(titles("Kuwait's Prime Minister and Foreign Minister, Nasser Al Jaber, spoke.", "en")).toEqual([
      ["Kuwait's Prime Minister", "Prime Minister", "country:KW"],
      ["Foreign Minister", "Foreign Minister", "country:KW"],
    ]);
    // Not to an office of its own owner, nor across other words.
    expect(titles("Kuwait's Prime Minister met the French Foreign Minister.", "en").map((t) => t[2])).toEqual(["country:KW", "country:FR"]);
    expect(titles("Kuwait's Prime Minister spoke, and Foreign Minister Ali Omar listened.", "en").map((t) => t[2])).toEqual([
      "country:KW",
      null,
    ]);
  });
});

describe("offices of the knowledge base", () => {
  it("knows cabinet secretaries, intelligence chiefs and the shorter forms of the EU's High Representative", () => {
    expect(titles("Mexico's Secretary of the Navy, Jorge Ibarra, met Turkey's intelligence chief, Selim Karaca.", "en")).toEqual([
      ["Mexico's Secretary of the Navy", "Secretary of the Navy", "country:MX"],
      ["Turkey's intelligence chief", "Intelligence Chief", "country:TR"],
    ]);
    expect(titles("Le chef des renseignements turcs, Selim Karaca, a parlé.", "fr")).toEqual([
      ["chef des renseignements turcs", "Intelligence Chief", "country:TR"],
    ]);
    expect(titles("La haute représentante de l'Union pour les affaires étrangères, Anna Berg, a parlé.", "fr")[0]?.[2]).toBe("org:eu");
    expect(titles("La haute représentante de l'Union pour les affaires étrangères, Anna Berg, a parlé.", "fr")[0]?.[0]).toBe(
      "haute représentante de l'Union pour les affaires étrangères",
    );
  });
});
