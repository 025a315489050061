import { describe, expect, it } from "vitest";
import { DOCUMENTS_JSON_HEAD, documentsJsonEntry, documentsJsonTail } from "../../../cli/format/documents-json.js";
import { ExtractionOutput, type DocumentExtraction } from "../../../src/model/extraction.js";

const document = (id: string): DocumentExtraction => ({
  document: { id, source: `${id}.txt`, title: 'Deux lignes\net des "guillemets"', published: "2026-01-31", language: "fr" },
  entities: [{ id: "country:JP", name: "Japan", type: "Country", aliases: ["Japon"], mentions: [{ start: 0, end: 5, text: "Japon" }] }],
  events: [],
  relations: [],
});

function streamed(documents: DocumentExtraction[]): string {
  return DOCUMENTS_JSON_HEAD + documents.map(documentsJsonEntry).join("") + documentsJsonTail(documents.length);
}

describe("the contract's JSON written one document at a time", () => {
  it("is exactly JSON.stringify({ documents }, null, 2), for none, one and several documents", () => {
    for (const documents of [[], [document("doc:a")], [document("doc:a"), document("doc:b"), document("doc:c")]]) {
      expect(streamed(documents)).toBe(JSON.stringify({ documents }, null, 2));
      expect(ExtractionOutput.parse(JSON.parse(streamed(documents)))).toEqual({ documents });
    }
  });
});
