/**
 * Grounding of one document: every span the extraction gives (entity mentions, event and
 * relation evidence) must be the text of the article at its offsets. Checked only where the
 * offsets index the file itself (see isGroundable) and the file's text was given.
 */
import type { DocumentExtraction, Evidence } from "../model/extraction.js";
import type { Finding } from "./findings.js";
import { tallyOf, type Tally } from "./tally.js";

export interface GroundingScore {
  readonly spans: Tally;
  readonly findings: readonly Finding[];
}

export function scoreGrounding(extraction: DocumentExtraction, text: string): GroundingScore {
  const spans: Evidence[] = [
    ...extraction.entities.flatMap((entity) => entity.mentions),
    ...extraction.events.flatMap((event) => event.evidence),
    ...extraction.relations.flatMap((relation) => relation.evidence),
  ];
  const isVerbatim = (span: Evidence): boolean => text.slice(span.start, span.end) === span.text;
  const findings: Finding[] = spans
    .filter((span) => !isVerbatim(span))
    .map((span) => ({
      kind: "not-verbatim",
      item: `"${span.text}" at ${span.start}–${span.end}`,
      detail: `the file has "${text.slice(span.start, span.end)}" there`,
      evidence: [],
    }));
  return { spans: tallyOf(spans, isVerbatim), findings };
}
