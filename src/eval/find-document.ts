/**
 * Which extracted document a gold file annotates: the one whose source has the gold `document` as
 * file name; else one whose source contains it (a .jsonl record's URL); else one with the gold title.
 */
import { basename } from "node:path";
import type { DocumentExtraction } from "../model/extraction.js";
import type { GoldFile } from "../model/gold.js";

export function findExtraction(gold: GoldFile, documents: readonly DocumentExtraction[]): DocumentExtraction | undefined {
  return (
    documents.find((d) => basename(d.document.source) === gold.document) ??
    documents.find((d) => d.document.source.includes(gold.document)) ??
    (gold.title ? documents.find((d) => d.document.title === gold.title) : undefined)
  );
}
