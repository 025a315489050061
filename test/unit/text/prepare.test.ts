import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ArticleText, PreparedDocument, ZoneKind } from "../../../src/model/document.js";
import { parsePlainArticle } from "../../../ingest/read/index.js";
import { prepareDocument, zoneAt } from "../../../ingest/text/index.js";

function article(text: string, overrides: Partial<ArticleText> = {}): ArticleText {
  return { source: "test.txt", format: "txt", text, title: null, published: null, publisher: null, ...overrides };
}

/** The zone of the line that starts with `prefix`. */
function zoneOfLine(doc: PreparedDocument, prefix: string): ZoneKind | null {
  const at = doc.text.indexOf(prefix);
  if (at < 0) throw new Error(`no line starting with ${prefix}`);
  return zoneAt(doc, at);
}

const HEADER_ARTICLE = [
  "Вестник",
  "Sunday, 01 February 2026",
  "Breaking",
  "",
  "Inde-France : un nouveau partenariat pour les sous-marins",
  "",
  "La ministre française des Armées et son homologue indien ont évoqu",
  "",
  "Inde-France : un nouveau partenariat pour les sous-marins",
  "Jane Roe Editor",
  "5 hours ago",
  "482",
  "",
  "France - Agence de presse Vestnik",
  "",
  "Inde-France : un nouveau partenariat pour les sous-marins",
  "",
  "Le ministre indien de la Défense a rencontré samedi son homologue française à Paris. Ils ont évoqué les sous-marins.",
  "",
  "Un Cadre pour la Coopération Navale",
  "",
  "Les deux ministres ont annoncé un groupe de travail sur la propulsion. M. Singh a salué « un pas historique ».",
  "",
  "Lire aussi :",
  "",
  "Le Brésil commande des hélicoptères à l'Italie",
  "",
  "Le président brésilien a signé un contrat avec Rome pour des hélicoptères.",
].join("\n");

describe("prepareDocument: zones", () => {
  const doc = prepareDocument(article(HEADER_ARTICLE));

  it("marks the site name, labels, bylines, relative times, counters, copies and truncated teasers as boilerplate", () => {
    expect(zoneOfLine(doc, "Вестник")).toBe("boilerplate");
    expect(zoneOfLine(doc, "Breaking")).toBe("boilerplate");
    expect(zoneOfLine(doc, "La ministre française des Armées et son homologue indien ont évoqu")).toBe("boilerplate");
    expect(zoneOfLine(doc, "Jane Roe Editor")).toBe("boilerplate");
    expect(zoneOfLine(doc, "5 hours ago")).toBe("boilerplate");
    expect(zoneOfLine(doc, "482")).toBe("boilerplate");
    const copies = [...doc.text.matchAll(/Inde-France : un nouveau/g)].map((m) => zoneAt(doc, m.index));
    expect(copies).toEqual(["title", "boilerplate", "boilerplate"]);
  });

  it("marks date lines and agency credits as metadata", () => {
    expect(zoneOfLine(doc, "Sunday, 01 February 2026")).toBe("metadata");
    expect(zoneOfLine(doc, "France - Agence de presse Vestnik")).toBe("metadata");
    expect(doc).toMatchObject({
      published: "2026-02-01",
      publisher: "Vestnik",
      title: "Inde-France : un nouveau partenariat pour les sous-marins",
    });
  });

  it("keeps the story and its subheadings in the body, and the trailing 'Lire aussi' section as teaser", () => {
    expect(zoneOfLine(doc, "Le ministre indien")).toBe("body");
    expect(zoneOfLine(doc, "Un Cadre pour la Coopération Navale")).toBe("body");
    expect(zoneOfLine(doc, "Les deux ministres")).toBe("body");
    expect(zoneOfLine(doc, "Lire aussi")).toBe("teaser");
    expect(zoneOfLine(doc, "Le Brésil commande")).toBe("teaser");
    expect(zoneOfLine(doc, "Le président brésilien")).toBe("teaser");
  });

  it("gives every sentence its zone and paragraph, with text equal to its slice", () => {
    const body = doc.sentences.filter((s) => s.zone === "body").map((s) => s.text);
    expect(body).toEqual([
      "Le ministre indien de la Défense a rencontré samedi son homologue française à Paris.",
      "Ils ont évoqué les sous-marins.",
      "Un Cadre pour la Coopération Navale",
      "Les deux ministres ont annoncé un groupe de travail sur la propulsion.",
      "M. Singh a salué « un pas historique ».",
    ]);
    for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    const paragraphs = doc.sentences.filter((s) => s.zone === "body").map((s) => s.paragraph);
    expect(paragraphs[0]).toBe(paragraphs[1]);
    expect(new Set(paragraphs).size).toBe(3);
  });

  it("splits a `date` marker from the lead sentence sharing its line", () => {
    const lead = prepareDocument(
      article(" date 2024-11 Ce document va de la défense au désarmement nucléaire.\n\nL'accord entrera en vigueur en janvier."),
    );
    expect(lead.zones[0]).toEqual({ start: 1, end: 13, kind: "metadata" });
    expect(lead.sentences.map((s) => `${s.zone}: ${s.text}`)).toEqual([
      "metadata: date 2024-11",
      "body: Ce document va de la défense au désarmement nucléaire.",
      "body: L'accord entrera en vigueur en janvier.",
    ]);
    expect(lead.published).toBe("2024-11");
  });

  it("keeps an inline 'Read more:' link apart without swallowing the story after it", () => {
    const text =
      "The ministers met in Oslo on Monday and agreed on a new plan.\n\nRead more: Norway buys frigates\n\nThey will meet again in May, officials said.";
    const doc2 = prepareDocument(article(text));
    expect(zoneOfLine(doc2, "Read more")).toBe("teaser");
    expect(zoneOfLine(doc2, "They will meet")).toBe("body");
  });
});

describe("prepareDocument: page furniture in plain text", () => {
  it("takes a question as headline and drops captions, reading times and advertisement labels", () => {
    const text = [
      "Le Japon peut-il devenir une puissance militaire ?",
      "",
      "(Photo: AFP)",
      "",
      "Lecture : 4 min",
      "",
      "Le gouvernement japonais a adopté vendredi un budget de défense record.",
      "",
      "Advertisement",
      "",
      "Story continues below",
      "",
      "Le Premier ministre a défendu ce choix.",
    ].join("\n");
    const doc = prepareDocument(article(text));
    expect(doc.title).toBe("Le Japon peut-il devenir une puissance militaire ?");
    expect(doc.sentences.map((s) => `${s.zone}: ${s.text}`)).toEqual([
      "title: Le Japon peut-il devenir une puissance militaire ?",
      "boilerplate: (Photo: AFP)",
      "boilerplate: Lecture : 4 min",
      "body: Le gouvernement japonais a adopté vendredi un budget de défense record.",
      "boilerplate: Advertisement",
      "boilerplate: Story continues below",
      "body: Le Premier ministre a défendu ce choix.",
    ]);
  });
});

describe("prepareDocument: a date line after a standfirst and a 'reported from' line", () => {
  it("is the publication date, up to two paragraphs of prose before it", () => {
    const lines = (before: string[]) =>
      ["Envoys hold talks in Oslo", "", ...before, "Published Dec. 6, 2026, 6:02 p.m. ET", "", "The envoys met on Saturday in Oslo."].join(
        "\n",
      );
    const standfirst = ["The envoys met for three hours, in a sign that both sides want to talk.", "", "Ana Ruiz reported from Lima.", ""];
    expect(prepareDocument(article(lines(standfirst))).published).toBe("2026-12-06");
    const story = ["First paragraph of the story.", "", "Second paragraph of the story.", "", "Third paragraph of the story.", ""];
    expect(prepareDocument(article(lines(story))).published).toBeNull();
  });
});

describe("prepareDocument: newspaper and wire furniture after the standfirst", () => {
  it("reads a credit line 'X avec AFP' as publisher and keeps stamps and reading aids out of the body", () => {
    const text = [
      "La Corée du Sud et le Japon relancent leur dialogue de sécurité",
      "",
      "Les deux pays ne s'étaient plus réunis à ce niveau depuis 2018.",
      "",
      "Le Quotidien avec AFP",
      "",
      "Publié aujourd’hui à 10h32, modifié à 11h05",
      "",
      "Temps de Lecture 2 min.",
      "",
      "Article réservé aux abonnés",
      "",
      "Les ministres des affaires étrangères se sont rencontrés mardi à Séoul.",
    ].join("\n");
    const doc = prepareDocument(article(text));
    expect(doc.publisher).toBe("Le Quotidien");
    expect(doc.sentences.map((s) => `${s.zone}: ${s.text}`)).toEqual([
      "title: La Corée du Sud et le Japon relancent leur dialogue de sécurité",
      "body: Les deux pays ne s'étaient plus réunis à ce niveau depuis 2018.",
      "metadata: Le Quotidien avec AFP",
      "metadata: Publié aujourd’hui à 10h32, modifié à 11h05",
      "boilerplate: Temps de Lecture 2 min.",
      "boilerplate: Article réservé aux abonnés",
      "body: Les ministres des affaires étrangères se sont rencontrés mardi à Séoul.",
    ]);
  });

  it("reads an AP story: capitalised byline, update stamp, agency dateline, share and copyright lines", () => {
    const text = [
      "Biden hosts Japan's Kishida at White House",
      "",
      "By AAMER MADHANI and ZEKE MILLER",
      "Updated 4:05 PM GMT+1, March 3, 2025",
      "",
      "WASHINGTON (AP) — President Joe Biden welcomed Japanese Prime Minister Fumio Kishida on Wednesday.",
      "",
      "Share",
      "",
      "Copyright 2025 The Associated Press. All Rights Reserved.",
    ].join("\n");
    const doc = prepareDocument(article(text));
    expect(doc).toMatchObject({
      title: "Biden hosts Japan's Kishida at White House",
      published: "2025-03-03",
      publisher: "AP",
      language: "en",
    });
    expect(doc.sentences.filter((s) => s.zone === "body").map((s) => s.text)).toEqual([
      "President Joe Biden welcomed Japanese Prime Minister Fumio Kishida on Wednesday.",
    ]);
    expect(zoneOfLine(doc, "WASHINGTON (AP)")).toBe("metadata");
    expect(zoneOfLine(doc, "By AAMER")).toBe("boilerplate");
    expect(zoneOfLine(doc, "Copyright")).toBe("boilerplate");
  });
});

describe("prepareDocument: teaser sections", () => {
  it("keeps several inline links apart and still finds a trailing section after them", () => {
    const text = [
      "# Les ministres de l'ASEAN réunis à Vientiane",
      "",
      "Les ministres des Affaires étrangères de l'ASEAN se sont réunis jeudi à Vientiane.",
      "",
      "Lire aussi : Le Laos prend la présidence de l'ASEAN",
      "",
      "Ils ont adopté une déclaration sur la mer de Chine méridionale.",
      "",
      "**Lire aussi :** [La Thaïlande et le Cambodge signent une trêve](https://example.org/treve)",
      "",
      "## À lire aussi",
      "",
      "- Le Vietnam et les Philippines signent un accord de garde-côtes",
    ].join("\n");
    const doc = prepareDocument(article(text, { format: "md" }));
    expect(doc.title).toBe("Les ministres de l'ASEAN réunis à Vientiane");
    expect(doc.sentences.map((s) => `${s.zone}: ${s.text}`)).toEqual([
      "title: Les ministres de l'ASEAN réunis à Vientiane",
      "body: Les ministres des Affaires étrangères de l'ASEAN se sont réunis jeudi à Vientiane.",
      "teaser: Lire aussi : Le Laos prend la présidence de l'ASEAN",
      "body: Ils ont adopté une déclaration sur la mer de Chine méridionale.",
      "teaser: **Lire aussi :** [La Thaïlande et le Cambodge signent une trêve](https://example.org/treve)",
      "teaser: À lire aussi",
      "teaser: - Le Vietnam et les Philippines signent un accord de garde-côtes",
    ]);
  });
});

describe("prepareDocument: identity and language", () => {
  it("derives the same id from the same content, whatever the source or line endings", () => {
    const a = prepareDocument(article("Le ministre a signé.\n\nIl est reparti.", { source: "a.txt" }));
    const b = prepareDocument(article("Le ministre a signé.\r\n\r\nIl est reparti.\r\n", { source: "b.txt" }));
    const c = prepareDocument(article("Le ministre a signé. Il est reparti demain.", { source: "a.txt" }));
    expect(a.id).toMatch(/^doc:[0-9a-f]{20}$/);
    expect(b.id).toBe(a.id);
    expect(c.id).not.toBe(a.id);
  });

  it("detects French and English", () => {
    expect(
      prepareDocument(article("Les deux dirigeants ont convenu de renforcer la coopération bilatérale en matière de défense.")).language,
    ).toBe("fr");
    expect(prepareDocument(article("The two leaders agreed to strengthen bilateral cooperation on defence and security.")).language).toBe(
      "en",
    );
  });

  it("keeps metadata given by the reader over what the layout finds", () => {
    const doc = prepareDocument(
      article("date 2026-02-02\n\nLe ministre a signé.", { published: "2026-01-01", title: "Titre", publisher: "P" }),
    );
    expect(doc).toMatchObject({ published: "2026-01-01", title: "Titre", publisher: "P" });
  });
});

describe("prepareDocument on the project's articles (data/articles)", () => {
  const prepare = (name: string, format: "txt" | "md"): PreparedDocument => {
    const path = `data/articles/${name}`;
    return prepareDocument(parsePlainArticle(readFileSync(path, "utf8"), path, format));
  };

  it("reads the teaser after 'EN SAVOIR PLUS' apart from the story", () => {
    const doc = prepare("2026-02-01-takaichi-starmer-tokyo.fr.txt", "txt");
    expect(doc).toMatchObject({ published: "2026-02-01", language: "fr" });
    const teaser = doc.sentences.filter((s) => s.zone === "teaser").map((s) => s.text);
    expect(teaser[0]).toBe("EN SAVOIR PLUS :");
    expect(teaser.some((s) => s.includes("Shinjiro Koizumi"))).toBe(true);
    expect(doc.sentences.filter((s) => s.zone === "body").some((s) => s.text.includes("Koizumi"))).toBe(false);
  });

  it("keeps a Markdown article's heading, date line and 'À lire aussi' section out of the body", () => {
    const doc = prepare("2026-02-gcap-defence-ministers.fr.md", "md");
    expect(doc).toMatchObject({
      published: "2026-02-13",
      language: "fr",
      title: "GCAP : Tokyo, Londres et Rome accélèrent leur futur avion de combat",
    });
    expect(zoneOfLine(doc, "Publié le 13 février 2026")).toBe("metadata");
    expect(zoneOfLine(doc, "- Le SCAF franco-allemand")).toBe("teaser");
    const body = doc.sentences.filter((s) => s.zone === "body").map((s) => s.text);
    expect(body[0]).toMatch(/^Shinjiro Koizumi, John Healey et Guido Crosetto, respectivement/);
    expect(body.some((s) => s.includes("SCAF"))).toBe(false);
  });
});

describe("prepareDocument: markdown publication dates", () => {
  const md = (text: string): PreparedDocument => prepareDocument(parsePlainArticle(text, "note.md", "md"));

  it("reads a date line wrapped in emphasis as metadata and as the publication date, French and English", () => {
    const en = md(
      "# Two navies agree on joint patrols\n\n*Published: September 6, 2025*\n\nThe two navies will patrol the strait together, officials said on Friday.\n",
    );
    expect(en.published).toBe("2025-09-06");
    expect(zoneOfLine(en, "*Published")).toBe("metadata");
    const fr = md(
      "# Deux marines s'accordent sur des patrouilles\n\n**Publié le 3 mars 2025**\n\nLes deux marines patrouilleront ensemble dans le détroit, a indiqué le ministère.\n",
    );
    expect(fr.published).toBe("2025-03-03");
    expect(zoneOfLine(fr, "**Publié")).toBe("metadata");
    const onDay = md(
      "# A summit in Oslo\n\nPublished on 6 September 2025\n\nThe ministers met in Oslo to discuss the northern flank of the alliance.\n",
    );
    expect(onDay.published).toBe("2025-09-06");
  });

  it("takes an update stamp as the date only when no publication date is stated", () => {
    const updateOnly = md(
      "# A summit in Oslo\n\n_Updated 2025-09-06_\n\nThe ministers met in Oslo to discuss the northern flank of the alliance.\n",
    );
    expect(updateOnly.published).toBe("2025-09-06");
    expect(zoneOfLine(updateOnly, "_Updated")).toBe("metadata");
    const both = md(
      "# Un sommet à Oslo\n\n*Mis à jour le 5 mars 2025*\n\n*Publié le 3 mars 2025*\n\nLes ministres se sont réunis à Oslo pour parler du flanc nord de l'Alliance.\n",
    );
    expect(both.published).toBe("2025-03-03");
    expect(zoneOfLine(both, "*Mis à jour")).toBe("metadata");
  });

  it("reads YAML front matter as metadata: its date as publication date, its title as title", () => {
    const doc = md(
      '---\ntitle: "Les ministres se retrouvent à Oslo"\ndate: 2025-09-06\ntags: [défense]\n---\n\nLes ministres se sont réunis à Oslo pour parler du flanc nord de l\'Alliance.\n',
    );
    expect(doc).toMatchObject({ published: "2025-09-06", title: "Les ministres se retrouvent à Oslo" });
    expect(zoneOfLine(doc, "---")).toBe("metadata");
    expect(zoneOfLine(doc, "date: 2025")).toBe("metadata");
    expect(zoneOfLine(doc, "Les ministres se sont")).toBe("body");
    expect(doc.sentences.every((s) => !s.text.includes("2025-09-06") || s.zone === "metadata")).toBe(true);
  });

  it("leaves a text opening with a horizontal rule alone: no closing rule, or prose between the rules", () => {
    const doc = md("---\n\nThe ministers met in Oslo to discuss the northern flank of the alliance.\n");
    expect(zoneOfLine(doc, "The ministers")).toBe("body");
    const ruled = md("---\nThe ministers met in Oslo to discuss the northern flank of the alliance.\n---\n");
    expect(zoneOfLine(ruled, "The ministers")).toBe("body");
  });
});

describe("prepareDocument: datelines naming only a place", () => {
  it("marks the dateline as metadata with exact offsets and keeps the sentence after it in the body", () => {
    const text =
      "Alliés et partenaires renforcent leur coopération navale\n\nLE HAVRE – Le porte-avions a quitté le port mardi avec deux frégates. Il rejoindra la mer du Nord.\n";
    const doc = prepareDocument(article(text));
    const at = text.indexOf("LE HAVRE");
    expect(doc.zones).toContainEqual({ start: at, end: at + "LE HAVRE –".length, kind: "metadata" });
    expect(zoneAt(doc, text.indexOf("Le porte-avions"))).toBe("body");
    expect(doc.sentences.find((s) => s.zone === "body")?.text).toBe("Le porte-avions a quitté le port mardi avec deux frégates.");
  });

  it("reads the agency of a place-and-agency dateline as publisher", () => {
    const text =
      "Norway signs a frigate deal with Britain\n\nOSLO (Reuters) - Norway signed a deal with Britain on Monday to buy five frigates.\n";
    const doc = prepareDocument(article(text));
    expect(doc.publisher).toBe("Reuters");
    expect(zoneAt(doc, text.indexOf("OSLO"))).toBe("metadata");
    expect(zoneAt(doc, text.indexOf("Norway signed"))).toBe("body");
    const fr = prepareDocument(
      article("Rome accueille les ministres\n\nROME, 3 mars (AFP) - Les ministres de la Défense se sont réunis à Rome.\n"),
    );
    expect(fr.publisher).toBe("AFP");
    expect(fr.sentences.filter((s) => s.zone === "body").map((s) => s.text)).toEqual([
      "Les ministres de la Défense se sont réunis à Rome.",
    ]);
  });

  it("leaves a paragraph opening with a capitalised acronym and a lowercase clause in the body", () => {
    const text = "Alliance news\n\nNATO — the alliance said on Monday it would send more ships to the Baltic.\n";
    expect(zoneAt(prepareDocument(article(text)), text.indexOf("NATO"))).toBe("body");
  });
});

describe("prepareDocument: a dateline without its year", () => {
  const wire = "Ministers meet in Oslo\n\nOSLO, Dec 3 (Reuters) - Norway's foreign minister met his Danish counterpart on Tuesday.\n";
  const french = "date 2026-12\nLes ministres à Rome\n\nROME, 3 déc (AFP) - Les ministres de la Défense se sont réunis mardi à Rome.\n";
  it("takes its day and month, the year from the metadata (a `date` month, a reader's year or month)", () => {
    expect(prepareDocument(article(french)).published).toBe("2026-12-03");
    expect(prepareDocument(article(wire, { published: "2026" })).published).toBe("2026-12-03");
    expect(prepareDocument(article(wire, { published: "2027-01" })).published).toBe("2026-12-03");
    expect(prepareDocument(parsePlainArticle(wire, "/feeds/2026-12-story.txt", "txt")).published).toBe("2026-12-03");
  });
  it("keeps a publication day already stated, and leaves the date unknown when nothing gives the year", () => {
    expect(prepareDocument(article(wire, { published: "2026-12-04" })).published).toBe("2026-12-04");
    expect(prepareDocument(article(wire)).published).toBeNull();
  });
});
