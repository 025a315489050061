/**
 * A headline as scrapers deliver it often ends with the site's name: "… | TV5MONDE",
 * "… - Le Monde", "… — lemonde.fr". The suffix is no part of the title: it is dropped when it
 * names the publisher (its words are the publisher's, or the publisher's are its) or is a domain.
 */
import { normalizeLine } from "./lines.js";

/** Separators that set a site name off a headline: " | ", " - ", " – ", " — ", " :: ", " · ". */
const SUFFIX = /^(.*\S)\s+(?:\||-|–|—|::|·)\s+([^|–—·]+)$/u;
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}$/iu;

function namesPublisher(tail: string, publisher: string | null): boolean {
  const t = normalizeLine(tail);
  if (t.length === 0) return false;
  if (DOMAIN.test(tail.trim())) return true;
  if (publisher === null) return false;
  const p = new Set(normalizeLine(publisher).split(" "));
  const words = t.split(" ");
  return words.every((w) => p.has(w)) || [...p].every((w) => words.includes(w));
}

/** A site's section label ("Politics News", "Actualités", "World"), dropped only once the site's name was. */
const SECTION =
  /^(?:\p{Lu}[\p{L}&]*\s*){0,2}(?:News|Info|Infos|Informations|Actualités|Actualité|Actu|Politics|Politique|World|Monde|International|Economy|Économie|Business|Opinion)$/u;

/** The title without the site names that close it; unchanged when nothing closing it names the site. */
export function withoutSiteSuffix(title: string | null, publisher: string | null): string | null {
  if (title === null) return null;
  let current = title.trim();
  for (let i = 0; i < 3; i++) {
    const match = SUFFIX.exec(current);
    if (!match?.[1] || !match[2] || !(namesPublisher(match[2], publisher) || (current !== title.trim() && SECTION.test(match[2].trim()))))
      break;
    // The headline itself must keep some words: "Le Monde - Le Monde" stays as it is.
    if (normalizeLine(match[1]).split(" ").length < 2 || (publisher !== null && normalizeLine(match[1]) === normalizeLine(publisher)))
      break;
    current = match[1].trim();
  }
  return current;
}
