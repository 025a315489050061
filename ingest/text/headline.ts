/**
 * A title for an article whose file gives none (no title field, heading or title line): its first
 * sentence of body text, without the final full stop, cut at a word boundary when long.
 */
import type { Sentence } from "../../src/model/document.js";

/** The longest headline, in characters, before it is cut (with "…"). */
export const HEADLINE_LENGTH = 110;

export function headlineOf(sentences: readonly Sentence[]): string | null {
  const first = sentences.find((sentence) => sentence.zone === "body");
  if (!first) return null;
  const sentence = first.text.replace(/\s+/gu, " ").trim().replace(/\.$/u, "");
  if (sentence.length <= HEADLINE_LENGTH) return sentence.length > 0 ? sentence : null;
  const cut = sentence.slice(0, HEADLINE_LENGTH + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > HEADLINE_LENGTH / 2 ? cut.slice(0, lastSpace) : cut.slice(0, HEADLINE_LENGTH)).replace(/[\s,;:–-]+$/u, "")}…`;
}
