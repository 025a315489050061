/**
 * A small knowledge base and hand-built prepared documents for the recognition and linking
 * tests, so they depend neither on data/kb nor on ingest/text. Every KB entry goes through
 * the zod schemas of src/model/kb.ts.
 */
import { KbCountry, KbEntity, KbTitle } from "../../../src/model/kb.js";
import type { PreparedDocument, Sentence, ZoneKind } from "../../../src/model/document.js";
import type { KbContent } from "../../../src/kb/matcher.js";

const countries = [
  {
    id: "country:JP",
    name: "Japan",
    iso2: "JP",
    aliases: ["Japon"],
    capitals: ["Tokyo"],
    capital: "place:tokyo",
    demonyms: ["japonais", "japonaise", "japonaises", "Japanese", "nippon", "nippone"],
    wikidata: "Q17",
  },
  {
    id: "country:GB",
    name: "United Kingdom",
    iso2: "GB",
    aliases: ["Royaume-Uni", "Grande-Bretagne", "Britain"],
    caseSensitiveAliases: ["UK"],
    capitals: ["Londres", "London"],
    capital: "place:london",
    demonyms: ["britannique", "britanniques", "British"],
  },
  { id: "country:IT", name: "Italy", iso2: "IT", aliases: ["Italie"], capitals: ["Rome"], demonyms: ["italien", "italienne", "Italian"] },
  { id: "country:FR", name: "France", iso2: "FR", aliases: [], capitals: ["Paris"], demonyms: ["français", "française", "French"] },
  {
    id: "country:DE",
    name: "Germany",
    iso2: "DE",
    aliases: ["Allemagne"],
    capitals: ["Berlin"],
    demonyms: ["allemand", "allemande", "German"],
  },
  { id: "country:KP", name: "North Korea", iso2: "KP", aliases: ["Corée du Nord"], demonyms: ["nord-coréen"] },
  { id: "country:KR", name: "South Korea", iso2: "KR", aliases: ["Corée du Sud", "Corée"], demonyms: ["sud-coréen"] },
  {
    id: "country:US",
    name: "United States",
    iso2: "US",
    aliases: ["États-Unis", "United States"],
    caseSensitiveAliases: ["US"],
    capitals: ["Washington"],
    demonyms: ["américain", "américaine", "American"],
  },
  {
    id: "country:BE",
    name: "Belgium",
    iso2: "BE",
    aliases: ["Belgique"],
    capitals: ["Bruxelles", "Brussels"],
    capital: "place:brussels",
    demonyms: ["belge"],
  },
  { id: "country:KE", name: "Kenya", iso2: "KE", aliases: [], demonyms: ["kényan", "kényane", "Kenyan"] },
  { id: "country:LU", name: "Luxembourg", iso2: "LU", aliases: [], demonyms: ["luxembourgeois", "Luxembourgish"] },
  { id: "country:RE", name: "Réunion", iso2: "RE", aliases: ["La Réunion", "Réunion"], demonyms: ["réunionnais"], sovereign: false },
].map((c) => KbCountry.parse(c));

const entities = [
  {
    id: "org:eu",
    name: "European Union",
    type: "Organization",
    aliases: ["Union européenne"],
    caseSensitiveAliases: ["UE", "EU"],
    metonyms: ["Bruxelles", "Brussels"],
    wikidata: "Q458",
  },
  { id: "org:nato", name: "NATO", type: "Organization", aliases: ["OTAN", "Otan"] },
  { id: "org:european-commission", name: "European Commission", type: "Organization", aliases: ["Commission européenne"] },
  { id: "person:sanae-takaichi", name: "Sanae Takaichi", type: "Person", aliases: ["Takaichi Sanae"] },
  {
    id: "person:keir-starmer",
    name: "Keir Starmer",
    type: "Person",
    aliases: [],
    offices: [
      { title: "title:prime-minister", of: "country:GB", from: "2024-07-05" },
      { title: "title:leader-of-the-opposition", of: "country:GB", from: "2020-04", to: "2024-07-05" },
    ],
  },
  {
    id: "program:gcap",
    name: "Global Combat Air Programme",
    type: "Program",
    aliases: ["GCAP", "Tempest"],
    contextualAliases: ["futur avion de combat", "next-generation fighter"],
    members: ["country:JP", "country:GB", "country:IT"],
  },
  { id: "place:luxembourg-city", name: "Luxembourg City", type: "Place", aliases: ["Luxembourg-Ville"], country: "country:LU" },
  { id: "place:adelaide", name: "Adelaide", type: "Place", aliases: [] },
  { id: "org:vela-group", name: "Vela Group", type: "Organization", aliases: [] },
  { id: "place:tokyo", name: "Tokyo", type: "Place", aliases: [], country: "country:JP" },
  { id: "place:london", name: "London", type: "Place", aliases: ["Londres"], country: "country:GB" },
  { id: "place:brussels", name: "Brussels", type: "Place", aliases: ["Bruxelles"], country: "country:BE" },
  { id: "topic:economic-security", name: "Economic Security", type: "Topic", aliases: ["sécurité économique", "economic security"] },
].map((e) => KbEntity.parse(e));

const titles = [
  {
    id: "title:prime-minister",
    title: "Prime Minister",
    forms: ["Premier ministre", "Première ministre", "Prime Minister"],
    kind: "head-of-government",
  },
  { id: "title:president", title: "President", forms: ["président", "présidente", "President"], kind: "head-of-state" },
  {
    id: "title:crown-prince",
    title: "Crown Prince",
    forms: ["prince héritier", "princesse héritière", "Crown Prince", "Crown Princess"],
    kind: "head-of-state",
  },
  { id: "title:minister", title: "Minister", forms: ["ministre", "Minister"], kind: "minister" },
  { id: "title:minister-of-state", title: "Minister of State", forms: ["ministre d'État", "Minister of State"], kind: "minister" },
  {
    id: "title:defence-minister",
    title: "Defence Minister",
    forms: ["ministre de la Défense", "Defence Secretary", "Defence Minister"],
    kind: "minister",
  },
  {
    id: "title:foreign-minister",
    title: "Foreign Minister",
    forms: ["ministre des Affaires étrangères", "Foreign Minister"],
    kind: "minister",
  },
  {
    id: "title:high-representative",
    title: "High Representative",
    forms: ["chef de la politique étrangère de l'UE", "EU foreign policy chief"],
    kind: "diplomat",
    defaultOf: "org:eu",
  },
  {
    id: "title:president-of-the-european-commission",
    title: "President of the European Commission",
    forms: ["Commission President", "présidente de la Commission européenne"],
    kind: "other",
    defaultOf: "org:european-commission",
  },
  { id: "title:party-leader", title: "Party Leader", forms: ["leader", "chef du parti", "leader du parti"], kind: "party" },
  {
    id: "title:leader-of-the-opposition",
    title: "Leader of the Opposition",
    forms: ["chef de l'opposition", "opposition leader"],
    kind: "legislature",
  },
].map((t) => KbTitle.parse(t));

export const testKb: KbContent = { countries, entities, titles };

/**
 * A prepared document from paragraphs of sentences: sentences of a paragraph are joined by a
 * space, paragraphs by a blank line. `zones` gives the zone of each paragraph (body by default).
 */
export function preparedDocument(paragraphs: string[][], zones: ZoneKind[] = [], language = "fr"): PreparedDocument {
  let text = "";
  const sentences: Sentence[] = [];
  const zoneList: PreparedDocument["zones"] = [];
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += "\n\n";
    const zone = zones[p] ?? "body";
    const zoneStart = text.length;
    paragraph.forEach((s, i) => {
      if (i > 0) text += " ";
      sentences.push({ start: text.length, end: text.length + s.length, text: s, zone, paragraph: p });
      text += s;
    });
    zoneList.push({ start: zoneStart, end: text.length, kind: zone });
  });
  return {
    id: "test",
    source: "test.txt",
    text,
    title: null,
    published: "2026-02-02",
    publisher: null,
    language,
    zones: zoneList,
    sentences,
  };
}

/** One body paragraph of the given sentences. */
export const doc = (...sentences: string[]): PreparedDocument => preparedDocument([sentences]);
