/**
 * What `entente eval` lists besides the scores: each gold item the extraction missed, each
 * extracted item no gold item accounts for, each found event with a wrong date and each span
 * that is not verbatim at its offsets, with the sentences that state it.
 */
import type { Detection } from "./tally.js";

export type Aspect = "document" | "entity" | "event" | "date" | "role" | "relation" | "grounding";

/** missed: required by the gold, not extracted; false-positive: extracted, not in the gold; wrong: found with a wrong value. */
export type FindingKind = "missed" | "false-positive" | "wrong";

export interface Finding {
  readonly aspect: Aspect;
  readonly kind: FindingKind;
  /** The item, in the words of its side: `Meeting(Sanae Takaichi, Keir Starmer) occurred 2026-01-31`. */
  readonly item: string;
  /** What the other side has instead, when it has something close: `closest extraction: …`. */
  readonly detail?: string;
  /** The sentences that state it: the extraction's evidence, or the one the annotator gave. */
  readonly evidence: readonly string[];
}

/** The score of one aspect (entities, roles…) of one document, and what it lists. */
export interface AspectScore {
  readonly detection: Detection;
  readonly findings: readonly Finding[];
}
