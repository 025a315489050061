/**
 * A deterministic benchmark corpus: N news articles (French and English, about 3 KB each) written
 * from the knowledge base (people in office, their titles, countries and capitals, programmes) and
 * this file's own sentence templates: meetings, visits, signings, planned trips, offices held and
 * programme membership, dated in every form the extractor reads (weekdays, "le 31 janvier dernier",
 * "on March 3", "hier", ISO dates, months). Each article comes with the facts it states, so a
 * benchmark can check that nothing was lost between the text, the extraction and the graph.
 *
 *   node dist/bench/corpus.js [articles=10000] [out.jsonl] [--seed 42]
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { defaultKnowledgeBase, type KnowledgeBase } from "../src/kb/load.js";
import type { KbCountry, KbEntity } from "../src/model/kb.js";

/** Deterministic pseudo-random numbers (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What an article states, in the knowledge base's ids: what the extraction and then the graph must hold. */
export interface ExpectedFacts {
  entities: string[];
  events: Array<{ type: "Meeting" | "Visit" | "Signing"; status: "occurred" | "planned"; participants: string[]; date: string }>;
  roles: Array<{ person: string; title: string; of: string }>;
  memberships: Array<{ member: string; of: string }>;
}

export interface BenchArticle {
  url: string;
  title: string;
  published: string;
  language: "fr" | "en";
  text: string;
  expected: ExpectedFacts;
}

/** A person in office, with what it takes to name them in either language. */
interface Official {
  id: string;
  name: string;
  title: string;
  titleFr: string;
  country: KbCountry;
}

interface Cast {
  officials: Official[];
  programmes: Array<{ entity: KbEntity; members: KbCountry[] }>;
}

const MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS_FR = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Sentences that carry no entity and no fact: the body of an article around its facts. */
const FILLER_FR = [
  "Les discussions ont porté sur la sécurité régionale, la coopération industrielle et les chaînes d'approvisionnement.",
  "Selon un communiqué publié à l'issue de l'entretien, les deux parties entendent renforcer leurs échanges dans les mois à venir.",
  "Plusieurs responsables ont souligné l'importance d'un dialogue régulier entre les administrations concernées.",
  "Les observateurs notent que cette rencontre intervient dans un contexte international marqué par de fortes tensions.",
  "Un groupe de travail sera chargé de préparer les prochaines étapes et de suivre la mise en œuvre des engagements pris.",
  "Les questions économiques, notamment l'énergie et les technologies critiques, figuraient également à l'ordre du jour.",
  "Aucune conférence de presse commune n'était prévue, mais une déclaration écrite a été diffusée dans la soirée.",
  "Des experts estiment que ces échanges pourraient déboucher sur de nouveaux projets communs d'ici quelques années.",
];
const FILLER_EN = [
  "The talks covered regional security, industrial cooperation and supply chains.",
  "According to a statement released after the meeting, both sides intend to deepen their exchanges in the coming months.",
  "Several officials stressed the importance of a regular dialogue between the administrations involved.",
  "Observers note that the meeting comes at a time of sharp international tension.",
  "A working group will prepare the next steps and follow the implementation of the commitments made.",
  "Economic questions, notably energy and critical technologies, were also on the agenda.",
  "No joint press conference was planned, but a written statement was issued in the evening.",
  "Analysts believe these exchanges could lead to new joint projects within a few years.",
];

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** A past date in one of the forms the extractor reads, relative to `published`, and the ISO date it means. */
function pastDate(random: () => number, published: Date, language: "fr" | "en"): { text: string; date: string } {
  const back = 1 + Math.floor(random() * 6);
  const day = addDays(published, -back);
  const d = day.getUTCDate();
  const m = day.getUTCMonth();
  const y = day.getUTCFullYear();
  const weekday = day.getUTCDay();
  const forms =
    language === "fr"
      ? [`${WEEKDAYS_FR[weekday]}`, `le ${d} ${MONTHS_FR[m]}`, `le ${d} ${MONTHS_FR[m]} ${y}`, `le ${d} ${MONTHS_FR[m]} dernier`]
      : [`on ${WEEKDAYS_EN[weekday]}`, `on ${MONTHS_EN[m]} ${d}`, `on ${d} ${MONTHS_EN[m]} ${y}`, `on ${MONTHS_EN[m]} ${d}, ${y}`];
  const pick = Math.floor(random() * (forms.length + 1));
  if (pick === forms.length) {
    const yesterday = addDays(published, -1);
    return { text: language === "fr" ? "hier" : "yesterday", date: iso(yesterday) };
  }
  return { text: forms[pick] ?? "", date: iso(day) };
}

/** A month ahead ("en mars", "in March"): a planned event's date. */
function futureMonth(random: () => number, published: Date, language: "fr" | "en"): { text: string; date: string } {
  const ahead = 1 + Math.floor(random() * 3);
  const month = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() + ahead, 1));
  const m = month.getUTCMonth();
  const y = month.getUTCFullYear();
  const text = language === "fr" ? `en ${MONTHS_FR[m]} ${y}` : `in ${MONTHS_EN[m]} ${y}`;
  return { text, date: `${y}-${String(m + 1).padStart(2, "0")}` };
}

function frenchDemonym(country: KbCountry): string | undefined {
  return country.demonyms.find((d) => d === d.toLowerCase());
}

function englishDemonym(country: KbCountry): string | undefined {
  return country.demonyms.find((d) => d !== d.toLowerCase());
}

/** The officials and programmes the corpus draws on: every person in office whose title and country can be named in both languages. */
export function castFrom(kb: KnowledgeBase): Cast {
  const countries = new Map(kb.countries.map((country) => [country.id, country]));
  const officials: Official[] = [];
  for (const person of kb.entities) {
    if (person.type !== "Person") continue;
    const office = (person.offices ?? []).find((o) => o.to === undefined || o.to === null);
    if (!office) continue;
    const title = kb.titleById.get(office.title);
    const country = countries.get(office.of);
    if (!title || !country || !country.capitals?.length || !frenchDemonym(country) || !englishDemonym(country)) continue;
    const titleFr = title.forms.find((form) => /^[a-zé]/u.test(form) || /^Premier ministre$/u.test(form)) ?? title.title;
    officials.push({ id: person.id, name: person.name, title: title.title, titleFr, country });
  }
  const programmes = kb.entities
    .filter((entity) => entity.type === "Program" && (entity.members?.length ?? 0) >= 2)
    .map((entity) => ({
      entity,
      members: (entity.members ?? []).flatMap((id) => {
        const country = countries.get(id);
        return country && frenchDemonym(country) ? [country] : [];
      }),
    }))
    .filter((programme) => programme.members.length >= 2);
  return { officials, programmes };
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One article: a headline, a date line, and paragraphs of facts and filler, about 3 KB. */
export function writeArticle(n: number, random: () => number, cast: Cast): BenchArticle {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const language: "fr" | "en" = random() < 0.5 ? "fr" : "en";
  const published = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 700) * 86_400_000);
  const expected: ExpectedFacts = { entities: [], events: [], roles: [], memberships: [] };
  const mention = (official: Official): void => {
    expected.entities.push(official.id, official.country.id);
    expected.roles.push({ person: official.id, title: official.title, of: official.country.id });
  };
  const styled = (o: Official): string =>
    language === "fr" ? `le ${o.titleFr} ${frenchDemonym(o.country)} ${o.name}` : `${englishDemonym(o.country)} ${o.title} ${o.name}`;
  const paragraphs: string[] = [];
  const filler = language === "fr" ? FILLER_FR : FILLER_EN;
  const a = pick(cast.officials);
  let b = pick(cast.officials);
  for (let tries = 0; b.country.id === a.country.id && tries < 10; tries++) b = pick(cast.officials);
  mention(a);
  mention(b);

  const when = pastDate(random, published, language);
  const city = a.country.capitals?.[0] ?? "";
  const kind = pick(["Meeting", "Signing", "Visit"] as const);
  let headline: string;
  if (kind === "Meeting") {
    headline = language === "fr" ? `${a.name} et ${b.name} se sont entretenus à ${city}` : `${a.name} and ${b.name} hold talks in ${city}`;
    paragraphs.push(
      language === "fr"
        ? `${sentenceCase(styled(a))} a rencontré ${when.text} à ${city} ${styled(b)}. ${pick(filler)}`
        : `${sentenceCase(styled(a))} met ${styled(b)} in ${city} ${when.text}. ${pick(filler)}`,
    );
    expected.events.push({ type: "Meeting", status: "occurred", participants: [a.id, b.id], date: when.date });
  } else if (kind === "Signing") {
    headline =
      language === "fr" ? `Accord de coopération entre ${a.name} et ${b.name}` : `${a.name} and ${b.name} sign a cooperation agreement`;
    paragraphs.push(
      language === "fr"
        ? `${sentenceCase(styled(a))} et ${styled(b)} ont signé ${when.text} à ${city} un accord de coopération en matière de défense. ${pick(filler)}`
        : `${sentenceCase(styled(a))} and ${styled(b)} signed a defence cooperation agreement in ${city} ${when.text}. ${pick(filler)}`,
    );
    expected.events.push({ type: "Signing", status: "occurred", participants: [a.id, b.id], date: when.date });
  } else {
    const host = b.country.capitals?.[0] ?? "";
    headline = language === "fr" ? `Visite de ${a.name} à ${host}` : `${a.name} visits ${host}`;
    paragraphs.push(
      language === "fr"
        ? `${sentenceCase(styled(a))} a effectué ${when.text} une visite officielle à ${host}, où il a été reçu par ${styled(b)}. ${pick(filler)}`
        : `${sentenceCase(styled(a))} paid an official visit to ${host} ${when.text}, where he was received by ${styled(b)}. ${pick(filler)}`,
    );
    expected.events.push({ type: "Visit", status: "occurred", participants: [a.id], date: when.date });
  }
  paragraphs.push(`${pick(filler)} ${pick(filler)} ${pick(filler)}`);

  const next = futureMonth(random, published, language);
  const c = pick(cast.officials);
  mention(c);
  const destination = (c.country.id === a.country.id ? b.country : a.country).capitals?.[0] ?? "";
  paragraphs.push(
    language === "fr"
      ? `Par ailleurs, ${styled(c)} se rendra ${next.text} à ${destination} pour une visite officielle. ${pick(filler)}`
      : `Separately, ${styled(c)} will visit ${destination} ${next.text}. ${pick(filler)}`,
  );
  expected.events.push({ type: "Visit", status: "planned", participants: [c.id], date: next.date });
  paragraphs.push(`${pick(filler)} ${pick(filler)}`);

  if (cast.programmes.length > 0) {
    const programme = pick(cast.programmes);
    const member = pick(programme.members);
    expected.entities.push(programme.entity.id, member.id);
    expected.memberships.push({ member: member.id, of: programme.entity.id });
    paragraphs.push(
      language === "fr"
        ? `Le gouvernement ${frenchDemonym(member) ?? ""} participe au programme ${programme.entity.name}. ${pick(filler)}`
        : `${member.name} is a partner in the ${programme.entity.name}. ${pick(filler)}`,
    );
  }
  while (paragraphs.join("\n\n").length < 2600) paragraphs.push(`${pick(filler)} ${pick(filler)} ${pick(filler)}`);

  const dateLine =
    language === "fr"
      ? `Publié le ${published.getUTCDate()} ${MONTHS_FR[published.getUTCMonth()]} ${published.getUTCFullYear()}`
      : `Published ${MONTHS_EN[published.getUTCMonth()]} ${published.getUTCDate()}, ${published.getUTCFullYear()}`;
  const unique = <T>(items: readonly T[], key: (item: T) => string): T[] => [...new Map(items.map((item) => [key(item), item])).values()];
  return {
    url: `https://bench.entente.invalid/${language}/${n}`,
    title: headline,
    published: iso(published),
    language,
    text: `${headline}\n${dateLine}\n\n${paragraphs.join("\n\n")}\n`,
    expected: {
      entities: [...new Set(expected.entities)].sort(),
      events: expected.events,
      roles: unique(expected.roles, (role) => JSON.stringify(role)),
      memberships: expected.memberships,
    },
  };
}

/** The corpus, one article at a time: the same articles for the same seed and knowledge base. */
export function* benchCorpus(count: number, seed = 42, kb: KnowledgeBase = defaultKnowledgeBase()): Generator<BenchArticle> {
  const random = seededRandom(seed);
  const cast = castFrom(kb);
  for (let n = 0; n < count; n++) yield writeArticle(n, random, cast);
}

/** Writes the corpus as .jsonl (what `entente ingest` reads) and, beside it, the expected facts (`<file>.expected.jsonl`). */
export async function writeBenchCorpus(path: string, count: number, seed = 42): Promise<{ bytes: number }> {
  const articles = createWriteStream(path);
  const facts = createWriteStream(`${path.replace(/\.jsonl$/u, "")}.expected.jsonl`);
  let bytes = 0;
  for (const article of benchCorpus(count, seed)) {
    const line = `${JSON.stringify({ url: article.url, title: article.title, published: article.published, text: article.text })}\n`;
    bytes += Buffer.byteLength(line);
    if (!articles.write(line)) await once(articles, "drain");
    if (!facts.write(`${JSON.stringify({ url: article.url, expected: article.expected })}\n`)) await once(facts, "drain");
  }
  articles.end();
  facts.end();
  await Promise.all([once(articles, "finish"), once(facts, "finish")]);
  return { bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 10_000);
  const out = process.argv[3] ?? "bench-corpus.jsonl";
  const seedIndex = process.argv.indexOf("--seed");
  const seed = seedIndex > 0 ? Number(process.argv[seedIndex + 1]) : 42;
  const { bytes } = await writeBenchCorpus(out, count, seed);
  console.log(`bench corpus: ${count} articles, ${(bytes / 1e6).toFixed(1)} MB → ${out}`);
}
