/**
 * The organisation a title names in its own words: "European Council President", "président du
 * Conseil européen", "European Commission President" (the knowledge base's form being "Commission
 * President"). The matcher keeps the longest name, the title's, so the organisation inside it was
 * never mentioned and its head's role had nothing to point at. Here the title's own organisation
 * (the KB title's `defaultOf`), written in or across the title, is found by one of its names, and the
 * title belongs to it, starting where that name does.
 */
import { foldForMatch } from "../../src/kb/normalize.js";
import type { TitleMention } from "../../src/model/mentions.js";
import type { KbIndex } from "./kb-index.js";

/** An organisation's name written inside (or across the start of) a title. */
export interface NameInTitle {
  start: number;
  end: number;
  text: string;
  organizationId: string;
}

/** How far before a title its organisation's name may start ("European" before "Commission President"). */
const MAX_LEAD = 40;

const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character);

/**
 * The names of the titles' own organisations written in them, from `from` (the sentence's start) on;
 * each such title gets its organisation (`ofEntityId`) and starts at the name when the name starts
 * before it. A title that already belongs to something else is left alone.
 */
export function organizationsNamedInTitles(titles: TitleMention[], index: KbIndex, text: string, from: number): NameInTitle[] {
  const found: NameInTitle[] = [];
  for (const title of titles) {
    const organizationId = title.titleId === null ? undefined : index.title(title.titleId)?.defaultOf;
    const organization = organizationId ? index.record(organizationId) : undefined;
    if (!organizationId || organization?.type !== "Organization") continue;
    if (title.ofEntityId !== null && title.ofEntityId !== organizationId) continue;
    const windowStart = Math.max(from, title.start - MAX_LEAD);
    const window = foldForMatch(text.slice(windowStart, title.end));
    const names = [organization.name, ...organization.aliases].filter((name) => name.length >= 2);
    const hits = names.flatMap((name) => {
      const wanted = foldForMatch(name);
      const out: Array<{ start: number; end: number }> = [];
      for (let at = window.indexOf(wanted); at >= 0; at = window.indexOf(wanted, at + 1)) {
        const start = windowStart + at;
        const end = start + wanted.length;
        const bounded = !isWordCharacter(text[start - 1]) && !isWordCharacter(text[end]);
        // Inside the title, or running into it from just before ("European Commission" + "Commission President").
        if (bounded && end > title.start) out.push({ start, end });
      }
      return out;
    });
    // The longest name, then the first: "Conseil européen" rather than a shorter alias inside it.
    const best = hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)[0];
    if (!best) continue;
    found.push({ ...best, text: text.slice(best.start, best.end), organizationId });
    title.ofEntityId = organizationId;
    if (best.start < title.start) {
      title.start = best.start;
      title.text = text.slice(title.start, title.end);
    }
  }
  return found;
}
