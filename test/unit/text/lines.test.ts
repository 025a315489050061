import { describe, expect, it } from "vitest";
import {
  isBareUrl,
  isByline,
  isCounter,
  isLabel,
  isPageFurniture,
  isRelativeTime,
  publisherOfLine,
  teaserMarkerOf,
  withoutUrls,
} from "../../../ingest/text/lines.js";

describe("line shapes", () => {
  it("recognises teaser markers, alone or with their link, and not prose that starts alike", () => {
    expect(teaserMarkerOf("EN SAVOIR PLUS:")).toEqual({ inline: "" });
    expect(teaserMarkerOf("À lire aussi")).toEqual({ inline: "" });
    expect(teaserMarkerOf("Lire aussi | Le Japon et l'Inde")).toEqual({ inline: "Le Japon et l'Inde" });
    expect(teaserMarkerOf("LIRE AUSSI Le Japon vote")).toEqual({ inline: "Le Japon vote" });
    expect(teaserMarkerOf("Related stories")).toEqual({ inline: "" });
    expect(teaserMarkerOf("Read more about the summit here.")).toBeNull();
    expect(teaserMarkerOf("Voir aussi les conclusions du sommet.")).toBeNull();
  });

  it("recognises relative times and counters", () => {
    for (const line of ["22 hours ago", "il y a 3 heures", "5 min", "yesterday", "Il y a 2 jours"])
      expect(isRelativeTime(line), line).toBe(true);
    for (const line of ["22 hours of talks", "Il y a deux pays"]) expect(isRelativeTime(line), line).toBe(false);
    // A byline before the time, as some pages print it.
    for (const line of ["Ana Ruiz 3 hours ago", "By Tom Reyes 2 days ago", "Par Lise Moreau il y a 5 heures"])
      expect(isRelativeTime(line), line).toBe(true);
    expect(isRelativeTime("Paris 2024")).toBe(false);
    for (const line of ["123", "1.2K views", "45 commentaires", "Vues : 1 204"]) expect(isCounter(line), line).toBe(true);
    for (const line of ["2024 en bref", "G7"]) expect(isCounter(line), line).toBe(false);
  });

  it("recognises bylines in both languages, not sentences", () => {
    for (const line of [
      "By Jane Doe",
      "Par Jean-Pierre Dupont, correspondant à Tokyo",
      "Ekhbary Editor",
      "Jane Doe, Staff Writer",
      "La rédaction",
      "BY MARIA SANTOS AND JOHN REYES",
    ]) {
      expect(isByline(line), line).toBe(true);
    }
    for (const line of [
      "Par ailleurs, le Japon a signé.",
      "By the end of the year",
      "The Editor of the treaty text was changed in 2024 by the ministers.",
    ]) {
      expect(isByline(line), line).toBe(false);
    }
  });

  it("finds the publisher of a credit line", () => {
    expect(publisherOfLine("Japon - Agence de presse Ekhbary")).toBe("Ekhbary");
    expect(publisherOfLine("Source : Kyodo")).toBe("Kyodo");
    expect(publisherOfLine("L'agence de presse a publié un communiqué.")).toBeNull();
  });

  it("reads a source or byline line that carries the article's URL, and names an outlet in a byline whole", () => {
    expect(publisherOfLine("Source : Le Courrier du Sahel — https://courrier-sahel.example/2024/05/visite-du-ministre/")).toBe(
      "Le Courrier du Sahel",
    );
    expect(publisherOfLine("Source: Harbour Post - https://harbourpost.example/news/123")).toBe("Harbour Post");
    expect(publisherOfLine("Par Agence Sahel Info — https://agencesahel.example/article-12.html")).toBe("Agence Sahel Info");
    expect(publisherOfLine("By Pacific News")).toBe("Pacific News");
    expect(isByline("Par Jeanne Martin — https://journal.example/a/1")).toBe(true);
    expect(publisherOfLine("Par Jeanne Martin")).toBeNull();
  });

  it("knows a line that is only a link, and strips links from a line", () => {
    expect(isBareUrl("https://journal.example/2024/05/japon-italie-accord.html")).toBe(true);
    expect(isBareUrl("<https://journal.example/a>")).toBe(true);
    expect(isBareUrl("Voir https://journal.example/a pour le texte.")).toBe(false);
    expect(withoutUrls("Source : Harbour Post — https://harbourpost.example/x")).toBe("Source : Harbour Post");
  });

  it("recognises labels and page furniture", () => {
    expect(isLabel("Breaking")).toBe(true);
    expect(isLabel("Monde > Asie")).toBe(true);
    expect(isLabel("Le Japon et le Royaume-Uni signent un accord")).toBe(false);
    for (const line of [
      "© 2025 Le Quotidien",
      "Partager sur Facebook",
      "Advertisement",
      "(Photo: AFP)",
      "Lecture : 4 min",
      "Publicité",
      "Mots-clés : Japon, défense",
    ]) {
      expect(isPageFurniture(line), line).toBe(true);
    }
    expect(isPageFurniture("Le partage des renseignements a été renforcé.")).toBe(false);
  });
});
