/**
 * What `entente eval` lists besides the scores: each gold item the extraction missed, each
 * extracted item no gold item accounts for, each found event with a wrong date and each span
 * that is not verbatim at its offsets, with the sentences that state it.
 */
import type { Detection } from "./tally.js";

export type FindingKind =
  /** A gold file's article is not in the extraction at all. */
  | "missing-document"
  /** Required by the gold, not extracted. */
  | "missed-entity"
  | "missed-event"
  | "missed-role"
  | "missed-relation"
  /** Extracted, and no gold item accounts for it. */
  | "false-entity"
  | "false-event"
  | "false-role"
  | "false-relation"
  /** A required event found, but none of its extractions has an accepted date. */
  | "wrong-date"
  /** An extracted span that is not the text of the file at its offsets. */
  | "not-verbatim";

export interface Finding {
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
