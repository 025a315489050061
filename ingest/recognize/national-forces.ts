/**
 * A country's armed force that the knowledge base does not list, named by the country and a force
 * noun of the language pack: "the Pakistan army", "Pakistan's army", "the Indonesian air force",
 * "Philippine Navy" (English: the country, its possessive or its demonym first, a style word such as "Royal"
 * before the demonym), "la marine philippine", "l'armée de terre pakistanaise", "la marine royale norvégienne"
 * (French: the noun first, the demonym after it). The force is an organisation;
 * the country inside its name stays a mention of its own. A force the KB knows ("marine
 * française", "Royal Navy") is the KB's.
 */
import type { NameCues } from "./name-cues.js";
import { sequenceAt } from "./name-context.js";
import type { SentenceView } from "./spans.js";
import type { RawMention } from "./types.js";

/** The force noun's tokens at token `i`, longest first, or null. */
function forceNounAt(view: SentenceView, cues: NameCues, i: number): number | null {
  const noun = cues.nationalForceNouns.find((n) => sequenceAt(view.tokens, i, n));
  return noun ? noun.length : null;
}

/** "Pakistan army" → "Pakistan Army": each word of the English noun capitalised, as the force's own name writes it. */
const capitalizeWords = (text: string): string =>
  text.replace(/(^|[\s-])(\p{Ll})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());

/** "marine philippine" → "Marine philippine": the French name's first letter. */
const capitalizeFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function findNationalForces(
  view: SentenceView,
  countries: readonly RawMention[],
  cues: NameCues,
  text: string,
  sentenceIndex: number,
): RawMention[] {
  const { tokens } = view;
  const out: RawMention[] = [];
  for (const country of countries) {
    if (country.type !== "Country" || country.source === "capital") continue;
    let start: number;
    let end: number;
    let name: string;
    if (cues.adjectiveBeforeNoun) {
      // "the Pakistan army", "Pakistan's army": the country or its demonym (or the country's possessive), one space, the noun.
      const possessive = /^['’]s /u.test(text.slice(country.end, country.end + 3)) ? 2 : 0;
      const i = view.tokenStartingAt(country.end + possessive + 1);
      if (i < 0 || text.charAt(country.end + possessive) !== " ") continue;
      const length = forceNounAt(view, cues, i);
      if (length === null) continue;
      start = country.start;
      end = tokens[i + length - 1].end;
      name = `${country.text} ${capitalizeWords(text.slice(tokens[i].start, end))}`;
      // "the Royal Norwegian Navy": a capitalised style word right before the demonym opens the force's name.
      const style = tokens[view.tokenStartingAt(country.start) - 1];
      if (style?.word && style.capitalized && style.end + 1 === country.start && cues.nationalForceStyles.has(style.folded)) {
        start = style.start;
        name = `${style.text} ${name}`;
      }
    } else {
      // "la marine philippine": the noun, one space, the demonym.
      if (country.source !== "demonym") continue;
      let last = view.tokenEndingAt(country.start - 1);
      if (last < 0 || text.charAt(country.start - 1) !== " ") continue;
      // "la marine royale norvégienne": a style word between the noun and the demonym is the name's.
      const style = tokens[last];
      if (style?.word && cues.nationalForceStyles.has(style.folded) && text.charAt(style.start - 1) === " ") last--;
      const noun = cues.nationalForceNouns.find((n) => last - n.length + 1 >= 0 && sequenceAt(tokens, last - n.length + 1, n));
      if (noun === undefined) continue;
      const first = last - noun.length + 1;
      start = tokens[first].start;
      end = country.end;
      name = capitalizeFirst(text.slice(start, end));
    }
    // A force the knowledge base knows ("marine française", "Indian Navy") is matched there already.
    const known = view.matchesWithin(start, end).some((m) => m.kind === "alias" && !(m.start === country.start && m.end === country.end));
    if (known) continue;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      sentenceIndex,
      source: "pattern",
      type: "Organization",
      kbId: null,
      name,
      acronymOf: null,
      contextual: false,
      honorific: false,
      needsAntecedent: false,
      rule: "nationalForce",
    });
  }
  return out;
}
