/**
 * Lines of a text with their offsets, and the shapes a line can take in a news article
 * (a headline, prose, a byline, "22 hours ago", a view counter, a teaser marker …).
 * Shapes are judged on the line alone; ./layout.ts adds position and repetition.
 */
import { isNewsAgencyCredit } from "./news-agencies.js";

export interface Line {
  start: number; // offset of the first character of the line
  end: number; // offset just past the last character (newline excluded)
  text: string;
}

/** Every line of `text` with its offsets; "\r\n", "\n" and "\r" all end a line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\n|\r|\u2028|\u2029/g;
  let start = 0;
  for (let match = breaks.exec(text); match !== null; match = breaks.exec(text)) {
    lines.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** The offsets of `text` without its leading and trailing whitespace, relative to `offset`. */
export function trimSpan(text: string, offset: number): { start: number; end: number } {
  const leading = text.length - text.trimStart().length;
  const trailing = text.length - text.trimEnd().length;
  return { start: offset + leading, end: Math.max(offset + leading, offset + text.length - trailing) };
}

/** The words of a line (letters and digits, with inner apostrophes, periods and hyphens). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu) ?? [];
}

/** Case-, accent- and spacing-insensitive form used to spot repeated lines. */
export function normalizeLine(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const TERMINAL = /[.!?…;:]["”»’')\]]*$/u;

/** Whether a line ends as a sentence does: a full stop, ! ? … ; or :, maybe then a closing quote. */
export function endsLikeSentence(text: string): boolean {
  return TERMINAL.test(text.trimEnd());
}

const RELATIVE_TIME = new RegExp(
  "^(?:(?:il y a|about|environ|publié il y a|posted|updated)\\s+)?(?:\\d+|an?|une?|one)\\s*" +
    "(?:s|secs?|secondes?|seconds?|mins?|minutes?|h|hrs?|hours?|heures?|d|days?|jours?|weeks?|semaines?|months?|mois|years?|ans?)" +
    "\\.?(?:\\s+ago)?$",
  "iu",
);
const RELATIVE_WORD = /^(?:just now|à l['’]instant|yesterday|hier|today|aujourd['’]hui)$/iu;

const STAMP_LINE =
  /^(?:publié|publiée|mis à jour|mise à jour|modifié|modifiée|actualisé|published|updated|posted|last updated)(?![\p{L}])/iu;

/** "Publié aujourd'hui à 10h32, modifié à 11h05", "Updated 2 hours ago": a publication stamp, even one that names no date. */
export function isPublicationStamp(text: string): boolean {
  const t = text.trim();
  return t.length <= 90 && STAMP_LINE.test(t) && !/[.!?]\s+\S/u.test(t);
}

const LEADING_BYLINE = /^(?:(?:[Bb]y|BY|[Pp]ar|PAR)\s+)?(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,4}/u;

/** "22 hours ago", "il y a 3 heures", "5 min", "yesterday", and the same after a byline ("Jane Doe 3 hours ago"). */
export function isRelativeTime(text: string): boolean {
  const t = text.trim();
  const relative = (x: string): boolean => RELATIVE_TIME.test(x) || RELATIVE_WORD.test(x);
  if (relative(t)) return true;
  const byline = LEADING_BYLINE.exec(t);
  return byline !== null && relative(t.slice(byline[0].length)) && /\d/u.test(t.slice(byline[0].length));
}

const COUNTER =
  /^(?:\d[\d\s.,]*[kKmM]?)(?:\s*(?:views?|vues?|lectures?|reads?|comments?|commentaires?|shares?|partages?|likes?|j['’]aime|réactions?))?$/u;
const COUNTER_WORDS = /^(?:views?|vues?|lectures?|comments?|commentaires?|shares?|partages?)\s*:?\s*\d[\d\s.,]*[kKmM]?$/iu;

/** "123", "1.2K views", "45 commentaires". */
export function isCounter(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 30 && (COUNTER.test(t) || COUNTER_WORDS.test(t));
}

const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const NAMES = `${NAME}(?:\\s+(?:${NAME}|de|du|da|van|von|der|le|la|bin|al))*`;
const STAFF_WORDS =
  "editor|editors|reporter|correspondent|staff|staff writer|writer|journalist|contributor|columnist|desk|" +
  "rédaction|rédacteur|rédactrice|rédacteur en chef|journaliste|correspondant|correspondante|envoyé spécial|envoyée spéciale|chroniqueur|chroniqueuse";
const NAMES_ONLY = new RegExp(`^${NAMES}(?:\\s*(?:,|and|et|&)\\s*${NAMES})*$`, "u");
const BYLINE_PREFIX = /^(?:[Bb]y|BY|[Pp]ar|PAR|[Ff]rom)\s*:?\s+(.+?)(?:\s*[,|–—-]\s*(.{0,40}))?$/u;
const BYLINE_ROLE = new RegExp(`^(.*?)[\\s,|–—-]*\\b(?:${STAFF_WORDS})(?:\\s+(?:at|à|de|du|of)\\s+.{1,30})?$`, "iu");

const URL = /(?:https?:\/\/|www\.)\S+/giu;

/** A line's text without its URLs and the separators left around them ("Source : VOA — https://…" → "Source : VOA"). */
export function withoutUrls(text: string): string {
  return text
    .replace(URL, " ")
    .replace(/[\s–—|·:,-]+$/u, "")
    .replace(/\s{2,}/gu, " ")
    .trim();
}

/** A line that is a link and nothing else ("https://example.com/story", "<https://…>"). */
export function isBareUrl(text: string): boolean {
  const t = text.trim();
  return (
    t.length > 0 &&
    withoutUrls(t)
      .replace(/[<>()[\]]/gu, "")
      .trim().length === 0 &&
    /(?:https?:\/\/|www\.)\S+/iu.test(t)
  );
}

/** "By Jane Doe", "Par Jean Dupont", "Ekhbary Editor", "Jane Doe, Staff Writer", "La rédaction", "Par Agence X — https://…". */
export function isByline(text: string): boolean {
  const t = withoutUrls(text);
  if (t.length === 0 || t.length > 80 || /[.!?]$/u.test(t) || wordsOf(t).length > 8) return false;
  const prefixed = BYLINE_PREFIX.exec(t);
  if (prefixed?.[1] && NAMES_ONLY.test(prefixed[1])) return true;
  if (/^(?:la rédaction|the editors|staff)$/iu.test(t)) return true;
  const role = BYLINE_ROLE.exec(t);
  if (!role) return false;
  const name = (role[1] ?? "").trim();
  return name.length === 0 || NAMES_ONLY.test(name);
}

const AGENCY =
  /(?:[Aa]gence de presse|[Aa]gence|[Nn]ews [Aa]gency|[Pp]ress [Aa]gency|[Nn]ewswire)\s+(\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*){0,3})\s*$/u;
const WIRE_CREDIT =
  /^(\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*){0,3})\s+(?:avec|with|et|and)\s+(?:l['’])?(\S.{0,40})$/u;
const BYLINE_OUTLET =
  /^(?:[Bb]y|BY|[Pp]ar|PAR)\s+((?:\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*\s+){0,3}(?:[Aa]gence|[Aa]gency|[Nn]ews|[Pp]ress|[Pp]resse|TV|[Rr]adio|[Mm]edia|[Mm]édias)(?:\s+\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*){0,3})$/u;
const SOURCE_LINE = /^(?:source|sources|publisher|éditeur|publié par|published by)\s*:\s*(\S.{0,60})$/iu;

/** The publisher named by a short credit line ("Japon - Agence de presse Ekhbary", "Source : AFP", "Source : VOA — https://…"). */
export function publisherOfLine(text: string): string | null {
  const t = withoutUrls(text);
  if (t.length === 0 || t.length > 90 || /[.!?]$/u.test(t)) return null;
  // "Par Agence Afrique", "By Kyodo News": a byline naming an outlet names the publisher, whole.
  const outlet = BYLINE_OUTLET.exec(t);
  if (outlet?.[1]) return outlet[1].trim();
  const credit = WIRE_CREDIT.exec(t);
  if (credit?.[1] && credit[2] !== undefined && isNewsAgencyCredit(credit[2])) return credit[1].trim();
  const agency = AGENCY.exec(t);
  if (agency?.[1]) return agency[1].trim();
  const source = SOURCE_LINE.exec(t);
  if (source?.[1]) return source[1].trim();
  return null;
}

const TEASER_MARKER =
  /^\s*(?:en savoir plus|(?:à|a) lire (?:aussi|également)|lire (?:aussi|également|la suite)|voir aussi|sur le même sujet|nos articles sur le sujet|read more|read also|also read|related(?: articles?| stories| content| coverage| news| reading)?|see also|more on this(?: story)?|more from|you may also like|vous aimerez aussi|recommended|recommandé|most read|most popular|top stories|les plus lus|les plus partagés|dans la même rubrique)(?:\s*[:：>»|·.–—-]\s*(.*)|\s+(?=[\p{Lu}«"“])(.*))?$/iu;

/** "EN SAVOIR PLUS :", "Lire aussi : …", "Read more". `inline` is what follows the marker on its line. */
export function teaserMarkerOf(text: string): { inline: string } | null {
  const match = TEASER_MARKER.exec(text);
  if (!match) return null;
  // Without a separator the link must start like a title (the regex is case-blind): "Read more about it." is prose.
  if (match[2] !== undefined && !/^[\p{Lu}«"“]/u.test(match[2])) return null;
  return { inline: (match[1] ?? match[2] ?? "").trim() };
}

const FOOTER =
  /^(?:©|\(c\)\s|copyright\b|tous droits réservés|all rights reserved|droits de reproduction|mentions légales|politique de confidentialité|privacy policy|terms of (?:use|service)|conditions générales)/iu;
const CAPTION =
  /^(?:\(?(?:photo|photos|crédits?|credits?|image|illustration|vidéo|video|source)\s*:\s*[^.!?]{1,60}\)?|\((?:photo|crédit|credit)[^)]{0,60}\))$/iu;
const READING_AID =
  /^(?:continue reading|story continues(?: below)?|scroll to continue|la suite après (?:cette )?(?:la )?publicité|article réservé aux abonnés|réservé aux abonnés|(?:temps de )?lecture\s*:?\s*\d+\s*min(?:utes?)?|\d+\s*min(?:utes?)?\s+(?:de lecture|read|reading))\.?$/iu;
const SOCIAL =
  /^(?:partager|share|tweet|imprimer|print|e-?mail|facebook|twitter|x|linkedin|whatsapp|newsletter|abonnez-vous|s['’]abonner|subscribe|sign up|inscrivez-vous|publicité|advertisement|sponsored|commentaires?|comments?|cookies?|accept(?:er)?|tags?|mots-clés)(?![\p{L}]).{0,40}$/iu;

/** Copyright notices, share buttons, advertisement labels, cookie prompts. */
export function isPageFurniture(text: string): boolean {
  const t = text.trim();
  if (t.length === 0) return false;
  return (
    (FOOTER.test(t) && t.length <= 200) ||
    CAPTION.test(t) ||
    READING_AID.test(t) ||
    (SOCIAL.test(t) && wordsOf(t).length <= 6 && !endsLikeSentence(t))
  );
}

/** A short label ("Breaking", "Actualités", "Monde > Asie") with no sentence in it. */
export function isLabel(text: string, maxWords = 3): boolean {
  const t = text.trim();
  const words = wordsOf(t);
  return words.length > 0 && words.length <= maxWords && t.length <= 40 && !/[.!?]$/u.test(t);
}

/** A markdown heading, list item or table row: always its own paragraph. */
export function isBlockStart(text: string): boolean {
  return /^\s*(?:#{1,6}\s|[-*•+]\s|\d{1,3}[.)]\s|\|)/u.test(text);
}
