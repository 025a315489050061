/**
 * Which documents' event reports can affect one another: the connected components of compatible
 * reports (event-identity.ts) that hold reports of more than one document. Identity is resolved
 * per component, so only the order of documents within such a group can matter to events.
 */
import { defaultKnowledgeBase } from "../../src/kb/load.js";
import type { DocumentExtraction } from "../../src/model/extraction.js";
import { reportsCompatible } from "../../src/store/event-identity.js";
import { placeIndexFromKb } from "../../src/store/places.js";
import { planDocument } from "../../src/store/plan.js";

/** Groups of document ids (each sorted; groups sorted) tied by reports that share a component, directly or through another document. */
export function interactingDocuments(extractions: readonly DocumentExtraction[]): string[][] {
  const places = placeIndexFromKb(defaultKnowledgeBase());
  const reports = extractions.flatMap((extraction) => planDocument(extraction, places).reports);
  const parent = reports.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  reports.forEach((a, i) =>
    reports.forEach((b, j) => {
      if (j > i && reportsCompatible(a, b, places)) parent[find(i)] = find(j);
    }),
  );
  // Two reports of one document tie their components together too: union over documents as well.
  const firstOf = new Map<string, number>();
  reports.forEach((report, i) => {
    const first = firstOf.get(report.document);
    if (first === undefined) firstOf.set(report.document, i);
    else parent[find(i)] = find(first);
  });
  const documents = new Map<number, Set<string>>();
  reports.forEach((report, i) => documents.set(find(i), (documents.get(find(i)) ?? new Set()).add(report.document)));
  return [...documents.values()]
    .filter((ids) => ids.size > 1)
    .map((ids) => [...ids].sort())
    .sort((a, b) => a.join().localeCompare(b.join()));
}
