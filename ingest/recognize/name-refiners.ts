/**
 * Refiners: rules run over the names a sentence's rules found, in order, each dropping or
 * retyping what its context shows is no such name. Each is a small named function with its
 * own unit test (test/unit/recognize/name-rules.test.ts).
 */
import type { NameContext } from "./name-context.js";
import type { RawMention } from "./types.js";

export interface NameRefiner {
  name: string;
  refine(ctx: NameContext, mentions: RawMention[]): RawMention[];
}

/** Refiners, in the order they run. */
export const NAME_REFINERS: readonly NameRefiner[] = [];
