import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHtmlArticle } from "../../../ingest/read/index.js";

const html = readFileSync("test/fixtures/articles/seoul-summit.html", "utf8");

describe("parseHtmlArticle", () => {
  const article = parseHtmlArticle(html, "seoul-summit.html");

  it("keeps the title and the article's paragraphs, joined by blank lines", () => {
    expect(article).not.toBeNull();
    const paragraphs = article?.text.split("\n\n") ?? [];
    expect(paragraphs[0]).toBe("Sommet de Séoul : Tokyo et Séoul relancent leur dialogue");
    expect(paragraphs.some((p) => p.startsWith("Le Premier ministre japonais et le président sud-coréen se sont rencontrés dimanche"))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith("Les échanges commerciaux"))).toBe(true);
  });

  it("drops navigation, the cookie banner, related links, 'Lire aussi', share bars, footer and scripts", () => {
    const text = article?.text ?? "";
    for (const furniture of ["cookies", "Confédération", "Brasília", "Monde", "Vanuatu", "Nouvelle-Zélande", "Lire aussi", "Mongolie", "Partager", "Tous droits", "Genève", "Islande", "Tracker", "position: fixed"]) {
      expect(text, furniture).not.toContain(furniture);
    }
  });

  it("takes metadata from og:title, article:published_time and og:site_name", () => {
    expect(article).toMatchObject({ format: "html", title: "Sommet de Séoul : Tokyo et Séoul relancent leur dialogue", published: "2025-05-12", publisher: "Le Quotidien Diplomatique" });
  });

  it("falls back on <time datetime> and <title>, and returns null for a page without text", () => {
    const page = `<html><head><title>Visite à Hanoï</title></head><body><article><p><time datetime="2024-09-03T10:00">3 sept.</time></p>
      <p>La ministre des Armées s'est rendue mardi à Hanoï, où elle a rencontré son homologue vietnamien pour évoquer la sécurité maritime en mer de Chine méridionale et la formation des officiers.</p></article></body></html>`;
    expect(parseHtmlArticle(page, "p.html")).toMatchObject({ title: "Visite à Hanoï", published: "2024-09-03", publisher: null });
    expect(parseHtmlArticle("<html><body><nav>Menu</nav></body></html>", "empty.html")).toBeNull();
  });
});
