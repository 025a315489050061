/**
 * Refiners: rules run over the names a sentence's rules found, in order, each dropping or
 * retyping what its context shows is no such name. Each is a small named function with its
 * own unit test (test/unit/recognize/name-rules.test.ts).
 */
import { ABBREVIATED_GENERATIONS } from "./lexicon.js";
import type { NameContext } from "./name-context.js";
import type { RawMention } from "./types.js";

export interface NameRefiner {
  name: string;
  refine(ctx: NameContext, mentions: RawMention[]): RawMention[];
}

/**
 * "John F. Smith Jr. and Ana Reyes signed": the dot of an abbreviated generational suffix is the name's, so the
 * name ends after it, and nothing between two coordinated names looks like the end of a sentence.
 */
const generationDot: NameRefiner = {
  name: "generationDot",
  refine(ctx, mentions) {
    return mentions.map((m) => {
      if (m.type !== "Person") return m;
      const last = ctx.tokens.find((t) => t.end === m.end);
      const dot = last ? ctx.tokens[last.index + 1] : undefined;
      if (!last || last.start === m.start || !ABBREVIATED_GENERATIONS.has(last.folded) || dot?.text !== "." || dot.start !== last.end)
        return m;
      const text = ctx.text.slice(m.start, dot.end);
      return { ...m, end: dot.end, text, name: m.name === m.text ? text : m.name };
    });
  },
};

/** A word in capitals of two letters or more: "YAMADA". */
const CAPITALS_WORD = /\p{Lu}{2,}(?![\p{Ll}])/gu;

/**
 * "YAMADA Taro", "Ichiro SUZUKI": a person's name found with its family name in capitals is named in the case of
 * prose ("Yamada Taro"), so that it is one name with "Yamada" written later. A name all in capitals, and a regnal
 * number ("Charles III"), stay as written.
 */
const capitalsInProseCase: NameRefiner = {
  name: "capitalsInProseCase",
  refine(_ctx, mentions) {
    return mentions.map((m) => {
      if (m.type !== "Person" || !/\p{Ll}/u.test(m.name) || !/\p{Lu}{2}/u.test(m.name)) return m;
      // "Léon XIV": a regnal number stays in capitals.
      return { ...m, name: m.name.replace(CAPITALS_WORD, (w) => (/^[IVXLC]+$/u.test(w) ? w : w[0] + w.slice(1).toLowerCase())) };
    });
  },
};

/** Refiners, in the order they run. */
export const NAME_REFINERS: readonly NameRefiner[] = [generationDot, capitalsInProseCase];
