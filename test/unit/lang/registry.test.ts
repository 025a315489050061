import { describe, expect, it } from "vitest";
import { allPacks, packFor, supportedLanguages } from "../../../ingest/lang/registry.js";
import { extractArticle, unsupportedLanguageNotice } from "../../../ingest/pipeline.js";
import type { ArticleText } from "../../../src/model/document.js";

const article = (text: string): ArticleText => ({
  source: "mem.txt",
  format: "txt",
  text,
  title: null,
  published: "2026-03-10",
  publisher: null,
});

describe("language packs", () => {
  it("gives French and English a pack each, and no pack to other languages", () => {
    expect(supportedLanguages()).toEqual(["fr", "en"]);
    expect(packFor("fr")?.name).toBe("French");
    expect(packFor("en")?.name).toBe("English");
    expect(packFor("de")).toBeUndefined();
    expect(packFor("und")).toBeUndefined();
  });

  it("fills every cue area of every pack: no list a language forgot", () => {
    for (const pack of allPacks()) {
      const areas = { ...pack.modality, ...pack.eventReferences, ...pack.dating, ...pack.roles, ...pack.numbers };
      // A language may leave one side of "sur le sol français" / "French soil" empty by design; English has no
      // article like the French "des", definite or not by its place ("l'issue des entretiens", "pour des entretiens"),
      // no negation in two parts around the verb ("ne rencontrera pas"), and names a stop's place before its noun
      // ("the Jakarta leg"), not after it ("l'étape de Bakou"). French puts a person's object pronoun before the verb
      // ("l'a reçu"), English after it ("met him"), and only English has a "her" both object and possessive. English's
      // subject pronouns of a person ("he", "she") never stand for no one, as the French "il faut" does. French
      // "dont" opens a list ("dont Mme X"), where English says "including", no relative pronoun.
      const byDesign = (name: string) =>
        name.startsWith("SOIL_") ||
        (pack.code === "fr" && ["OBJECT_PRONOUNS_AFTER_VERB", "AFTER_OBJECT_HER"].includes(name)) ||
        (pack.code === "en" &&
          ["OBJECT_PRONOUNS_BEFORE_VERB", "VERBS_AFTER_OBJECT_PRONOUN", "IMPERSONAL_SUBJECT_PHRASES"].includes(name)) ||
        (pack.code === "en" &&
          [
            "CONTRACTED_DETERMINERS",
            "NOUN_ARTICLES",
            "DE_HEADS_WITHOUT_ARTICLE",
            "NEGATION_BEFORE_VERB",
            "NEGATION_AFTER_VERB",
            "STOP_COMPLEMENT_LINKS",
            "INCLUDING_PRONOUNS",
          ].includes(name));
      const empty = Object.entries(areas).filter(([name, cues]) => Array.isArray(cues) && cues.length === 0 && !byDesign(name));
      expect(
        empty.map(([name]) => name),
        pack.code,
      ).toEqual([]);
    }
  });

  it("names every month and weekday in every pack", () => {
    for (const pack of allPacks()) {
      expect(new Set(Object.values(pack.calendar.MONTHS)).size, pack.code).toBe(12);
      expect(new Set(Object.values(pack.calendar.WEEKDAYS)).size, pack.code).toBe(7);
      expect(Object.keys(pack.numbers.NUMBER_WORDS_TO_TWENTY), pack.code).toHaveLength(19);
    }
  });

  it("reads dates in the pack's own locale", () => {
    const french = packFor("fr")?.chrono.parse("le 4 mars 2025", new Date(Date.UTC(2025, 0, 1)));
    const english = packFor("en")?.chrono.parse("on March 4, 2025", new Date(Date.UTC(2025, 0, 1)));
    expect(french?.[0]?.start.get("month")).toBe(3);
    expect(english?.[0]?.start.get("day")).toBe(4);
  });
});

describe("an article in a language without a pack", () => {
  const german =
    "Bundeskanzler Friedrich Merz hat am Dienstag in Berlin den französischen Präsidenten Emmanuel Macron getroffen. " +
    "General Karl Baumann begleitete ihn. Die beiden Politiker sprachen über die NATO, die Ukraine und die Zusammenarbeit ihrer Länder bei der Verteidigung. " +
    "Deutschland und Frankreich wollen ein neues Abkommen unterzeichnen.";

  it("keeps the knowledge base's names only, with no events, roles or relations, and says so", () => {
    const out = extractArticle(article(german));
    expect(out.document.language).toBe("de");
    expect(out.entities.map((e) => e.name)).toEqual(expect.arrayContaining(["Emmanuel Macron", "NATO", "Ukraine"]));
    // A name after a rank, which the open-world rules would take: the knowledge base does not list it.
    expect(out.entities.map((e) => e.name)).not.toContain("Karl Baumann");
    expect(out.events).toEqual([]);
    expect(out.relations).toEqual([]);
    expect(unsupportedLanguageNotice(out)?.reason).toMatch(
      /its language \("de"\) is not one Entente reads \(fr, en\): only names from the knowledge base/u,
    );
  });

  it("is not what happens to a French or an English article", () => {
    const english = extractArticle(
      article("President Emmanuel Macron met Chancellor Friedrich Merz in Berlin on Tuesday to discuss NATO and Ukraine."),
    );
    expect(english.document.language).toBe("en");
    expect(english.events.length).toBeGreaterThan(0);
    expect(unsupportedLanguageNotice(english)).toBeNull();
  });
});
