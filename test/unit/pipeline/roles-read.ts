/**
 * End-to-end helpers of the role tests: an article extracted with the project's knowledge base, and its roles as
 * an analyst reads them ("person: title of owner").
 */
import { extractArticle } from "../../../ingest/pipeline.js";
import type { DocumentExtraction } from "../../../src/model/extraction.js";

export const extract = (text: string, published = "2026-12-03"): DocumentExtraction =>
  extractArticle({ source: "mem.txt", format: "txt", text, title: null, published, publisher: null });

/** "person: title of owner" for every role found. */
export function roles(out: DocumentExtraction): string[] {
  const byId = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations
    .filter((r) => r.type === "HOLDS_ROLE")
    .map((r) => `${byId.get(r.source)}: ${String(r.properties?.title)} of ${byId.get(r.target)}`);
}
