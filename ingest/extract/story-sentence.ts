/** Which sentences tell the story. */
import type { Sentence } from "../../src/model/document.js";

/** Whether a sentence belongs to the main story (not a teaser, boilerplate or metadata line). */
export function isStorySentence(sentence: Sentence): boolean {
  return sentence.zone === "body" || sentence.zone === "title";
}
