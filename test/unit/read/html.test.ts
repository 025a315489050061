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
    expect(
      paragraphs.some((p) => p.startsWith("Le Premier ministre japonais et le président sud-coréen se sont rencontrés dimanche")),
    ).toBe(true);
    expect(paragraphs.some((p) => p.startsWith("Les échanges commerciaux"))).toBe(true);
  });

  it("drops navigation, the cookie banner, related links, 'Lire aussi', share bars, footer and scripts", () => {
    const text = article?.text ?? "";
    for (const furniture of [
      "cookies",
      "Confédération",
      "Brasília",
      "Monde",
      "Vanuatu",
      "Nouvelle-Zélande",
      "Lire aussi",
      "Mongolie",
      "Partager",
      "Tous droits",
      "Genève",
      "Islande",
      "Tracker",
      "position: fixed",
    ]) {
      expect(text, furniture).not.toContain(furniture);
    }
  });

  it("takes metadata from og:title, article:published_time and og:site_name", () => {
    expect(article).toMatchObject({
      format: "html",
      title: "Sommet de Séoul : Tokyo et Séoul relancent leur dialogue",
      published: "2025-05-12",
      publisher: "Le Quotidien Diplomatique",
    });
  });

  it("falls back on <time datetime> and <title>, and returns null for a page without text", () => {
    const page = `<html><head><title>Visite à Hanoï</title></head><body><article><p><time datetime="2024-09-03T10:00">3 sept.</time></p>
      <p>La ministre des Armées s'est rendue mardi à Hanoï, où elle a rencontré son homologue vietnamien pour évoquer la sécurité maritime en mer de Chine méridionale et la formation des officiers.</p></article></body></html>`;
    expect(parseHtmlArticle(page, "p.html")).toMatchObject({ title: "Visite à Hanoï", published: "2024-09-03", publisher: null });
    expect(parseHtmlArticle("<html><body><nav>Menu</nav></body></html>", "empty.html")).toBeNull();
  });

  it("drops consent-manager banners, sidebars and 'Lire aussi |' catchers, reads <br> as a space, and puts captions after the story", () => {
    const page = `<html><head><meta property="og:title" content="Canberra et Tokyo renforcent leur coopération navale"></head><body>
      <div id="onetrust-banner-sdk"><p>Nous et nos partenaires utilisons des cookies pour mesurer l'audience du site de la Patagonie.</p></div>
      <div class="page"><div class="main-column"><h1>Canberra et Tokyo renforcent leur coopération navale</h1>
      <figure><img src="x.jpg"><figcaption>Le ministre australien à Yokosuka, le 3 mars. (Photo Zanzibar)</figcaption></figure>
      <p>Les ministres australien et japonais de la Défense ont signé lundi à Tokyo un accord<br>sur la maintenance des frégates, a annoncé le ministère.</p>
      <section class="catcher"><p>Lire aussi | Le Groenland intéresse Washington</p></section>
      <h2>Une coopération ancienne</h2>
      <p>Les deux pays ont conclu en 2022 un accord d'accès réciproque, entré en vigueur l'année suivante après sa ratification par les parlements.</p>
      <p><strong>Lire aussi :</strong> <a href="/x">Le Chili achète des sous-marins</a></p>
      <p>Une nouvelle réunion est prévue à Canberra avant la fin de l'année, selon le communiqué publié par les deux gouvernements.</p>
      </div><div class="sidebar"><h3>Les plus lus</h3><ul><li>La Bolivie vote</li></ul></div></div></body></html>`;
    const article = parseHtmlArticle(page, "canberra.html");
    expect(article?.text.split("\n\n")).toEqual([
      "Canberra et Tokyo renforcent leur coopération navale",
      "Les ministres australien et japonais de la Défense ont signé lundi à Tokyo un accord sur la maintenance des frégates, a annoncé le ministère.",
      "Une coopération ancienne",
      "Les deux pays ont conclu en 2022 un accord d'accès réciproque, entré en vigueur l'année suivante après sa ratification par les parlements.",
      "Une nouvelle réunion est prévue à Canberra avant la fin de l'année, selon le communiqué publié par les deux gouvernements.",
      // The caption, its photo credit dropped, after the story; captionsFrom says where.
      "Le ministre australien à Yokosuka, le 3 mars.",
    ]);
    expect(article?.text.slice(article.captionsFrom)).toBe("Le ministre australien à Yokosuka, le 3 mars.");
  });

  it("drops the credits that close a caption, and keeps each caption once", () => {
    const story =
      "<p>Le président du Ghana et le Premier ministre du Portugal se sont entretenus mardi à Lisbonne de la sécurité maritime dans le golfe de Guinée, a indiqué la présidence.</p>";
    const page = (captions: string[]) =>
      `<html><head><title>Lisbonne</title></head><body><article><h1>Lisbonne</h1>${captions
        .map((c) => `<figure><img src="x.jpg"><figcaption>${c}</figcaption></figure>`)
        .join("")}${story}</article></body></html>`;
    const captionsOf = (captions: string[]) => {
      const article = parseHtmlArticle(page(captions), "lisbonne.html");
      return article?.captionsFrom === undefined ? [] : article.text.slice(article.captionsFrom).split("\n\n");
    };
    expect(captionsOf(["Kwame Mensah et Rui Tavares à Lisbonne, le 3 mars. (Joana Reis / AFP) / JOANA REIS / AFP"])).toEqual([
      "Kwame Mensah et Rui Tavares à Lisbonne, le 3 mars.",
    ]);
    expect(captionsOf(["Kwame Mensah meets Rui Tavares in Lisbon on March 3 [Presidency/Handout via Reuters]"])).toEqual([
      "Kwame Mensah meets Rui Tavares in Lisbon on March 3",
    ]);
    expect(captionsOf(["Kwame Mensah à Lisbonne POOL/AFP", "Kwame Mensah à Lisbonne"])).toEqual(["Kwame Mensah à Lisbonne"]);
    // A page without a caption has none.
    expect(parseHtmlArticle(page([]), "lisbonne.html")?.captionsFrom).toBeUndefined();
  });

  it("reads a page too short for Readability from its own paragraphs", () => {
    const page =
      "<html><head><title>Brève</title></head><body><nav><a href='/'>Accueil</a></nav><p>Le G7 se réunit lundi à Ottawa.</p><footer>© Le Site</footer></body></html>";
    expect(parseHtmlArticle(page, "breve.html")).toMatchObject({ title: "Brève", text: "Brève\n\nLe G7 se réunit lundi à Ottawa." });
  });

  it("strips the site's name from the title, drops the h1 copy and link-only blocks after 'Lire aussi'", () => {
    const page = `<html><head><title>x</title><meta property="og:title" content="Le Pérou et le Chili signent un accord | Le Courrier Andin">
      <meta property="og:site_name" content="Le Courrier Andin"></head><body><article>
      <h1>Le Pérou et le Chili signent un accord</h1>
      <p>Les ministres de la Défense du Pérou et du Chili ont signé lundi à Lima un accord de coopération navale, a indiqué le ministère péruvien.</p>
      <h3>Lire aussi</h3><p><a href="/a">La Bolivie et le Paraguay renforcent leurs liens</a></p><p><a href="/b">L'Équateur commande des patrouilleurs</a></p>
      <p>Les deux pays organiseront des exercices conjoints dans le Pacifique d'ici la fin de l'année, selon le communiqué.</p></article></body></html>`;
    const article = parseHtmlArticle(page, "andin.html");
    expect(article).toMatchObject({ title: "Le Pérou et le Chili signent un accord", publisher: "Le Courrier Andin" });
    expect(article?.text.split("\n\n")).toEqual([
      "Le Pérou et le Chili signent un accord",
      "Les ministres de la Défense du Pérou et du Chili ont signé lundi à Lima un accord de coopération navale, a indiqué le ministère péruvien.",
      "Les deux pays organiseront des exercices conjoints dans le Pacifique d'ici la fin de l'année, selon le communiqué.",
    ]);
  });
});
