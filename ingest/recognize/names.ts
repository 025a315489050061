/**
 * Names found by their shape, outside the knowledge base: runs of capitalised words typed by
 * their head noun ("Agence de presse X", "Ministry of Defence", "Labour Party" → Organization,
 * "… Partnership" → Agreement), people after a title or an honorific ("le ministre italien de la
 * Défense Guido Crosetto", "Mme Doe"), before an apposition ("Jane Doe, ministre de …"), or
 * standing as two to four capitalised words. A single capitalised word with no such context is
 * kept as a candidate that linking accepts only as a back-reference to a name seen in full
 * ("Starmer" after "Keir Starmer").
 *
 * The reading is an ordered list of named rules (./name-rules.ts); what they find then passes
 * the refiners (./name-refiners.ts), which drop what the context shows is no name.
 */
import { scanSentence, type NameContext } from "./name-context.js";
import { NAME_REFINERS } from "./name-refiners.js";
import { TOKEN_RULES } from "./name-rules.js";
import type { RawMention } from "./types.js";

export type { NameContext } from "./name-context.js";
export { findAcronymDefinitions } from "./acronyms.js";
export {
  findCodedProgrammes,
  findCommittees,
  findLowercaseInstitutions,
  findMinistries,
  findMinistriesInTitles,
  findNamedAgreements,
  findPlaceNamedAgreements,
} from "./shaped-names.js";

export function findNames(ctx: NameContext): RawMention[] {
  const { tokens } = ctx;
  const scan = scanSentence(ctx);
  let out: RawMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t.word || !t.capitalized || (scan.coveredByTitle(t) && !scan.headOfTitleEnd(i))) {
      i++;
      continue;
    }
    let next = i + 1;
    for (const rule of TOKEN_RULES) {
      const reading = rule.read(ctx, scan, i);
      if (!reading) continue;
      for (const m of reading.mentions) out.push(m);
      next = Math.max(reading.next, i + 1);
      break;
    }
    i = next;
  }
  for (const refiner of NAME_REFINERS) out = refiner.refine(ctx, out);
  return out;
}
