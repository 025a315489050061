/**
 * Roles: which office each person holds, from the titles around their names.
 *   title before the name      "La Première ministre japonaise Takaichi Sanae", "UK Prime Minister Keir Starmer"
 *   title, comma, name         "le chef de la politique étrangère de l'UE, Josep Borrell"
 *   apposition after the name  "Keir Starmer, le leader du Parti travailliste et chef de l'opposition au Royaume-Uni"
 *   coordinated titles         "L'ancien ministre de la Défense et Premier ministre japonais nouvellement élu, Ishiba Shigeru"
 *   counterparts               "son homologue britannique Keir Starmer" (the office follows from the other side's)
 *   respectively               "X, Y et Z, respectivement ministres de la Défense du Japon, du Royaume-Uni et de l'Italie"
 * Also resolves a title standing alone ("Le Premier ministre britannique doit …") to the person
 * of the document who holds that office, so events can count that person as a participant.
 */
import type { IsoDate } from "../../src/model/extraction.js";
import type { KbTitle } from "../../src/model/kb.js";
import type { EntityMention, TitleMention } from "../../src/model/mentions.js";
import { foldForMatch } from "../../src/kb/normalize.js";
import type { ExtractionContext } from "./context.js";
import { findIn, isLinkingGap, type Span } from "./spans.js";

export interface RoleClaim {
  personId: string;
  targetId: string; // Country or Organization id
  title: string; // English
  titleText: string; // verbatim
  titleId: string | null;
  titleKind: KbTitle["kind"];
  former: boolean;
  asOf: IsoDate | null;
  sentenceIndex: number;
  titleSpan: Span;
  confidence: number;
}

/** A span that stands for a person: a name, or a title standing alone resolved to its holder. */
export interface PersonReference extends Span {
  personId: string;
  sentenceIndex: number;
  viaTitle: boolean;
}

export interface RoleExtraction {
  roles: RoleClaim[];
  /** Titles standing alone resolved to a person, by sentence. */
  titleReferences: PersonReference[][];
  /** Titles attached to a person (either side), by the title's start offset. */
  attachedTitles: ReadonlyMap<number, string>;
}

const isPerson = (ctx: ExtractionContext, m: EntityMention): boolean => ctx.entityById.get(m.entityId)?.type === "Person";
const isCountryOrOrg = (ctx: ExtractionContext, id: string | null | undefined): id is string => {
  const type = id ? (ctx.entityById.get(id)?.type ?? typeFromKb(ctx, id)) : null;
  return type === "Country" || type === "Organization";
};
function typeFromKb(ctx: ExtractionContext, id: string): string | null {
  const entry = ctx.kb.byId.get(id);
  if (!entry) return null;
  return "iso2" in entry ? "Country" : entry.type;
}

function kbTitleByEnglish(ctx: ExtractionContext, english: string): KbTitle | undefined {
  const wanted = english.toLowerCase();
  return ctx.kb.titles.find((t) => t.title.toLowerCase() === wanted);
}

function kbTitleById(ctx: ExtractionContext, id: string | null): KbTitle | undefined {
  return id ? ctx.kb.titles.find((t) => t.id === id) : undefined;
}

/** Whether a KB office ({title, of}) is the office a title mention names. */
function officeMatches(ctx: ExtractionContext, officeTitle: string, t: { titleId: string | null; title: string }): boolean {
  if (t.titleId && officeTitle === t.titleId) return true;
  const english = officeTitle.startsWith("title:") ? kbTitleById(ctx, officeTitle)?.title : officeTitle;
  return !!english && english.toLowerCase() === t.title.toLowerCase();
}

/** The country or organisation a title belongs to when the text does not say: the KB title's default, or the person's KB office. */
function fallbackOf(ctx: ExtractionContext, t: TitleMention, personId: string | null): string | null {
  const kbTitle = kbTitleById(ctx, t.titleId);
  if (kbTitle?.defaultOf && kbTitle.defaultOf !== "country" && isCountryOrOrg(ctx, kbTitle.defaultOf)) return kbTitle.defaultOf;
  if (personId) {
    const person = ctx.kb.byId.get(personId);
    if (person && !("iso2" in person)) {
      const office = (person.offices ?? []).find((o) => officeMatches(ctx, o.title, t));
      if (office && isCountryOrOrg(ctx, office.of)) return office.of;
    }
  }
  return null;
}

function isPlural(ctx: ExtractionContext, t: TitleMention): boolean {
  return ctx.lexicon.pluralTitleWords.test(t.text);
}

function asOfFor(ctx: ExtractionContext, sentenceIndex: number): IsoDate | null {
  const dated = ctx.temporal(sentenceIndex)[0];
  return dated?.date ?? ctx.published;
}

/** Country/organisation mentions in [start, end): the complements a gap may hold. */
function complementSpans(ctx: ExtractionContext, mentions: EntityMention[], start: number, end: number): EntityMention[] {
  return mentions.filter((m) => m.start >= start && m.end <= end && isCountryOrOrg(ctx, m.entityId));
}

interface Attachment {
  title: TitleMention;
  personId: string;
  of: string | null; // complement found beside the title when the title mention has none
  confidence: number;
}

/** Groups titles joined by "et"/"and"/"," into chains ("ancien ministre de la Défense et Premier ministre japonais"). */
function titleChains(ctx: ExtractionContext, titles: TitleMention[], mentions: EntityMention[]): TitleMention[][] {
  const chains: TitleMention[][] = [];
  for (const t of titles) {
    const last = chains.at(-1);
    const prev = last?.at(-1);
    if (
      last &&
      prev &&
      isLinkingGap(ctx.text, prev.end, t.start, {
        allowCoordinator: true,
        allowLinkWords: true,
        allowedSpans: complementSpans(ctx, mentions, prev.end, t.start),
        allowedPhrases: ctx.lexicon.titleModifiers,
        maxLength: 60,
      }) &&
      /\b(et|and)\b|&/.test(foldForMatch(ctx.text.slice(prev.end, t.start)).replace(/[^\s\p{L}&]/gu, " "))
    ) {
      last.push(t);
    } else chains.push([t]);
  }
  return chains;
}

/** The complement right before a title ("UK Prime Minister", "Japan's Defence Minister"). */
function complementBefore(ctx: ExtractionContext, mentions: EntityMention[], t: TitleMention): string | null {
  const before = [...mentions].reverse().find((m) => m.end <= t.start && isCountryOrOrg(ctx, m.entityId));
  if (!before) return null;
  return /^(?:'s|’s|s')?\s*$/.test(ctx.text.slice(before.end, t.start)) ? before.entityId : null;
}

function attachInSentence(ctx: ExtractionContext, sentenceIndex: number): Attachment[] {
  const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
  const titles = ctx.titlesBySentence[sentenceIndex] ?? [];
  const people = mentions.filter((m) => isPerson(ctx, m));
  const out: Attachment[] = [];
  for (const chain of titleChains(ctx, titles, mentions)) {
    const first = chain[0];
    const last = chain.at(-1) as TitleMention;
    if (chain.every((t) => isPlural(ctx, t))) continue; // "les ministres de la Défense": handled with "respectivement"
    const gapAfter = (p: EntityMention) =>
      isLinkingGap(ctx.text, last.end, p.start, {
        allowLinkWords: true,
        allowedSpans: complementSpans(ctx, mentions, last.end, p.start),
        allowedPhrases: ctx.lexicon.titleModifiers,
        maxLength: 80,
      });
    const after = people.find((p) => p.start >= last.end && gapAfter(p));
    const before = [...people].reverse().find((p) => p.end <= first.start);
    const apposition =
      before !== undefined &&
      /^\s*,\s*(?:(?:le|la|l'|l’|the|an?|un|une|son|sa|his|her)\s+|l['’])?$/i.test(ctx.text.slice(before.end, first.start));
    const tight = after !== undefined && /^\s*$/.test(ctx.text.slice(last.end, after.start));
    const person = tight ? after : apposition ? before : after;
    if (!person) continue;
    const gapEnd = person === after ? person.start : first.start;
    const gapStart = person === after ? last.end : person.end;
    const gapComplement = complementSpans(ctx, mentions, gapStart, gapEnd)[0]?.entityId ?? null;
    for (const t of chain) {
      out.push({
        title: t,
        personId: person.entityId,
        of: t.ofEntityId ?? complementBefore(ctx, mentions, t) ?? (person === after ? gapComplement : null),
        confidence: tight ? 0.95 : 0.85,
      });
    }
  }
  return out;
}

/**
 * A plural title the recogniser left out ("ministres de la Défense", "defence ministers of"):
 * the longest KB title form that the text starts with once its words are made singular.
 */
function pluralTitleIn(ctx: ExtractionContext, sentenceIndex: number, start: number, end: number): TitleMention | null {
  const raw = ctx.text.slice(start, end);
  const lead = raw.match(/^[\s,]*(?:(?:les|the|des|de|respectivement|respectively)\s+)*/i)?.[0].length ?? 0;
  const words = foldForMatch(raw.slice(lead)).split(/\s+/);
  const singular = words.map((w) => (w.length > 3 && /[sx]$/.test(w) ? w.slice(0, -1) : w)).join(" ");
  let best: { title: KbTitle; length: number } | null = null;
  for (const title of ctx.kb.titles) {
    for (const form of title.forms) {
      const f = foldForMatch(form);
      if (f.length > (best?.length ?? 0) && (singular === f || singular.startsWith(`${f} `) || singular.startsWith(`${f},`)))
        best = { title, length: f.length };
    }
  }
  if (!best) return null;
  // Map the singular length back onto the text: as many words as the form has.
  const formWords = foldForMatch(best.title.forms.find((f) => foldForMatch(f).length === best.length) ?? best.title.title).split(
    /\s+/,
  ).length;
  const tokens = [...raw.slice(lead).matchAll(/\S+/g)].slice(0, formWords);
  const last = tokens.at(-1);
  if (!last || last.index === undefined) return null;
  const titleStart = start + lead;
  const titleEnd = titleStart + last.index + last[0].length;
  return {
    start: titleStart,
    end: titleEnd,
    text: ctx.text.slice(titleStart, titleEnd),
    sentenceIndex,
    titleId: best.title.id,
    title: best.title.title,
    kind: best.title.kind,
    ofEntityId: null,
    former: false,
    counterpart: false,
  };
}

/** "X, Y et Z, respectivement ministres de la Défense du Japon, du Royaume-Uni et de l'Italie". */
function respectively(ctx: ExtractionContext, sentenceIndex: number): Attachment[] {
  const s = ctx.sentences[sentenceIndex];
  if (!s) return [];
  const marker = findIn(ctx.lexicon.respectively, ctx.text, s.start, s.end)[0];
  if (!marker) return [];
  const mentions = ctx.mentionsBySentence[sentenceIndex] ?? [];
  const persons = mentions.filter((m) => isPerson(ctx, m));
  // People come first; the title and the list of countries follow them (the marker before or after).
  const firstPerson = persons[0];
  if (!firstPerson) return [];
  const peopleBlock: EntityMention[] = [firstPerson];
  for (const p of persons.slice(1)) {
    const prev = peopleBlock.at(-1) as EntityMention;
    if (isLinkingGap(ctx.text, prev.end, p.start, { allowCoordinator: true, maxLength: 8 })) peopleBlock.push(p);
    else break;
  }
  const lastPerson = peopleBlock.at(-1) as EntityMention;
  const titles = ctx.titlesBySentence[sentenceIndex] ?? [];
  const people = [...new Set(peopleBlock.map((m) => m.entityId))];
  // One title per person: "respectivement ministre de l'Europe … et ministre des Affaires extérieures de l'Inde".
  const listed = titles.filter((t) => t.start >= lastPerson.end).slice(0, people.length);
  if (people.length >= 2 && listed.length === people.length) {
    // An elided office takes the last one's: "ministre sud-coréen et ministre japonais des Affaires étrangères".
    const last = listed.at(-1) as TitleMention;
    const generic = (t: TitleMention) =>
      t.kind === last.kind && t.title.toLowerCase() === "minister" && last.title.toLowerCase() !== "minister";
    return people.map((personId, i) => {
      const own = listed[i];
      const title = generic(own) ? { ...own, title: last.title, titleId: last.titleId } : own;
      return { title, personId, of: own.ofEntityId, confidence: 0.8 };
    });
  }
  const complements: EntityMention[] = mentions.filter(
    (m) => m.start >= lastPerson.end && isCountryOrOrg(ctx, m.entityId) && m.source !== "demonym",
  );
  const firstComplement = complements[0];
  if (!firstComplement) return [];
  const title =
    titles.find((t) => t.start >= lastPerson.end && t.start < firstComplement.start) ??
    pluralTitleIn(ctx, sentenceIndex, lastPerson.end, firstComplement.start);
  if (!title) return [];
  const countries = [...new Set(complements.map((m) => m.entityId))];
  if (people.length < 2 || countries.length < people.length) return [];
  return people.map((personId, i) => ({ title, personId, of: countries[i] ?? null, confidence: 0.8 }));
}

/** The other side of a counterpart: the nearest person before, in the sentence or earlier. */
function otherSide(ctx: ExtractionContext, t: TitleMention, personId: string): string | null {
  for (let i = t.sentenceIndex; i >= Math.max(0, t.sentenceIndex - 3); i--) {
    const people = (ctx.mentionsBySentence[i] ?? []).filter((m) => isPerson(ctx, m) && m.entityId !== personId && m.end <= t.start);
    const nearest = people.at(-1);
    if (nearest) return nearest.entityId;
  }
  return null;
}

function claimFrom(ctx: ExtractionContext, a: Attachment, fields: Partial<RoleClaim> = {}): RoleClaim | null {
  const targetId = fields.targetId ?? a.of ?? fallbackOf(ctx, a.title, a.personId);
  if (!targetId || !isCountryOrOrg(ctx, targetId) || targetId === a.personId) return null;
  return {
    personId: a.personId,
    targetId,
    title: fields.title ?? a.title.title,
    titleText: a.title.text,
    titleId: fields.titleId !== undefined ? fields.titleId : a.title.titleId,
    titleKind: fields.titleKind ?? a.title.kind,
    former: a.title.former,
    asOf: asOfFor(ctx, a.title.sentenceIndex),
    sentenceIndex: a.title.sentenceIndex,
    titleSpan: { start: a.title.start, end: a.title.end },
    confidence: fields.confidence ?? a.confidence,
  };
}

/**
 * Which of the other side's offices a counterpart shares: the one the counterpart's KB offices
 * confirm, else the portfolio (a minister's office over a deputy head of government's), else the latest stated.
 */
function counterpartOffice(ctx: ExtractionContext, roles: readonly RoleClaim[], other: string, a: Attachment): RoleClaim | undefined {
  const candidates = roles.filter((r) => r.personId === other && !r.former && r.titleSpan.start < a.title.start);
  const all = candidates.length ? candidates : roles.filter((r) => r.personId === other && !r.former);
  if (all.length <= 1) return all[0];
  const kbPerson = ctx.kb.byId.get(a.personId);
  if (kbPerson && !("iso2" in kbPerson)) {
    const confirmed = all.find((r) =>
      (kbPerson.offices ?? []).some((o) =>
        officeMatches(ctx, o.title, { titleId: r.titleId, title: ctx.lexicon.counterpartOffices.get(r.title.toLowerCase()) ?? r.title }),
      ),
    );
    if (confirmed) return confirmed;
  }
  return all.find((r) => r.titleKind === "minister") ?? all.at(-1);
}

export function extractRoles(ctx: ExtractionContext): RoleExtraction {
  const attachments: Attachment[] = [];
  ctx.sentences.forEach((_, i) => {
    const listed = respectively(ctx, i);
    const listedTitles = new Set(listed.map((a) => a.title));
    attachments.push(...listed, ...attachInSentence(ctx, i).filter((a) => !listedTitles.has(a.title)));
  });
  const roles: RoleClaim[] = [];
  const push = (claim: RoleClaim | null) => {
    if (!claim) return;
    const same = roles.find(
      (r) =>
        r.personId === claim.personId &&
        r.targetId === claim.targetId &&
        r.title === claim.title &&
        r.sentenceIndex === claim.sentenceIndex,
    );
    if (!same) roles.push(claim);
  };
  for (const a of attachments) if (!a.title.counterpart) push(claimFrom(ctx, a));
  // Counterparts take the other side's office, with the country the text gives them.
  for (const a of attachments) {
    if (!a.title.counterpart) continue;
    const other = otherSide(ctx, a.title, a.personId);
    const otherRole = other ? counterpartOffice(ctx, roles, other, a) : undefined;
    if (!otherRole) continue;
    const mapped = ctx.lexicon.counterpartOffices.get(otherRole.title.toLowerCase());
    const office = mapped ?? otherRole.title;
    // The same office on the other side keeps its KB title; a mapped office is looked up by name.
    const kbTitle = mapped ? kbTitleByEnglish(ctx, office) : (kbTitleById(ctx, otherRole.titleId) ?? kbTitleByEnglish(ctx, office));
    const targetId = a.of ?? fallbackOf(ctx, { ...a.title, title: office, titleId: kbTitle?.id ?? null }, a.personId);
    if (!targetId || targetId === otherRole.targetId) continue;
    push(
      claimFrom(ctx, a, {
        targetId,
        title: office,
        titleId: kbTitle?.id ?? null,
        titleKind: kbTitle?.kind ?? otherRole.titleKind,
        confidence: 0.75,
      }),
    );
  }
  roles.sort((x, y) => x.titleSpan.start - y.titleSpan.start);

  const attachedTitles = new Map<number, string>(attachments.map((a) => [a.title.start, a.personId]));
  const titleReferences: PersonReference[][] = ctx.sentences.map(() => []);
  for (const t of ctx.linked.titles) {
    if (attachedTitles.has(t.start) || t.counterpart || t.former || isPlural(ctx, t)) continue;
    const holders = new Set(
      roles
        .filter((r) => !r.former && (r.titleId && t.titleId ? r.titleId === t.titleId : r.title.toLowerCase() === t.title.toLowerCase()))
        .filter((r) => !t.ofEntityId || r.targetId === t.ofEntityId)
        .map((r) => r.personId),
    );
    if (holders.size !== 1) continue;
    const personId = [...holders][0];
    titleReferences[t.sentenceIndex]?.push({ start: t.start, end: t.end, personId, sentenceIndex: t.sentenceIndex, viaTitle: true });
  }
  return { roles, titleReferences, attachedTitles };
}

/** The country a person speaks for in this document: a current role's country, else a KB office's. */
export function countryOfPerson(ctx: ExtractionContext, roles: readonly RoleClaim[], personId: string): string | null {
  const typeOf = (id: string) => ctx.entityById.get(id)?.type ?? typeFromKb(ctx, id);
  const fromRole = roles.find((r) => r.personId === personId && !r.former && typeOf(r.targetId) === "Country");
  if (fromRole) return fromRole.targetId;
  const kbPerson = ctx.kb.byId.get(personId);
  if (kbPerson && !("iso2" in kbPerson)) {
    const office =
      (kbPerson.offices ?? []).find((o) => !o.to && typeOf(o.of) === "Country") ??
      (kbPerson.offices ?? []).find((o) => typeOf(o.of) === "Country");
    if (office) return office.of;
    if (kbPerson.country) return kbPerson.country;
  }
  return null;
}
