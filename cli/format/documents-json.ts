/**
 * The contract's JSON (`{"documents": [...]}`) written one document at a time, so that `entente
 * extract --json` holds one document in memory rather than the whole corpus. Put together, the
 * pieces are exactly `JSON.stringify({ documents }, null, 2)`.
 */
import type { DocumentExtraction } from "../../src/model/extraction.js";

export const DOCUMENTS_JSON_HEAD = '{\n  "documents": [';

/** One document of the list, with the separator that comes before it. */
export function documentsJsonEntry(document: DocumentExtraction, index: number): string {
  const body = JSON.stringify(document, null, 2).replace(/^/gm, "    ");
  return `${index === 0 ? "\n" : ",\n"}${body}`;
}

export function documentsJsonTail(count: number): string {
  return count === 0 ? "]\n}" : "\n  ]\n}";
}
