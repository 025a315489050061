/**
 * One gold file against the extraction of its article: entities, events (with dates and status),
 * roles, relations and grounding, with everything missed or extra. An article missing from the
 * extraction counts every required item as missed.
 */
import type { DocumentExtraction } from "../model/extraction.js";
import type { GoldFile } from "../model/gold.js";
import { matchContext } from "./context.js";
import { scoreEntities } from "./entities.js";
import { scoreEvents } from "./events.js";
import type { Finding } from "./findings.js";
import { scoreGrounding } from "./grounding.js";
import { EMPTY_COUNTS, type ScoreCounts } from "./metrics.js";
import { scoreRelations } from "./relations.js";
import { scoreRoles } from "./roles.js";
import { EMPTY_TALLY } from "./tally.js";
import { isGroundable } from "./vocabulary.js";

export interface DocumentScore {
  /** The gold file's `document`: a file name, or a URL for a .jsonl record. */
  readonly document: string;
  /** Whether the extraction has the article at all. */
  readonly extracted: boolean;
  readonly counts: ScoreCounts;
  readonly findings: readonly Finding[];
}

/**
 * @param extraction the article's extraction, undefined when the extractor did not give it
 * @param text the article file's text, for the grounding check of .txt and .md articles
 */
export function scoreDocument(gold: GoldFile, extraction: DocumentExtraction | undefined, text?: string): DocumentScore {
  if (!extraction) return missingDocument(gold);
  const context = matchContext(gold, extraction);
  const entities = scoreEntities(context);
  const events = scoreEvents(context, extraction.events, gold.events);
  const roles = scoreRoles(context, extraction.relations, gold.roles);
  const relations = scoreRelations(context, extraction.relations, gold.relations);
  const grounding = text !== undefined && isGroundable(gold.document) ? scoreGrounding(extraction, text) : undefined;
  return {
    document: gold.document,
    extracted: true,
    counts: {
      entities: entities.detection,
      events: events.detection,
      roles: roles.detection,
      relations: relations.detection,
      dates: events.dates,
      statuses: events.statuses,
      grounding: grounding?.spans ?? EMPTY_TALLY,
    },
    findings: [...entities.findings, ...events.findings, ...roles.findings, ...relations.findings, ...(grounding?.findings ?? [])],
  };
}

function missingDocument(gold: GoldFile): DocumentScore {
  const requiredCount = (items: readonly { optional?: boolean | undefined }[]) => items.filter((item) => item.optional !== true).length;
  const allMissed = (required: number) => ({ precision: EMPTY_TALLY, recall: { hits: 0, of: required } });
  return {
    document: gold.document,
    extracted: false,
    counts: {
      ...EMPTY_COUNTS,
      entities: allMissed(requiredCount(gold.entities)),
      events: allMissed(requiredCount(gold.events)),
      roles: allMissed(requiredCount(gold.roles)),
      relations: allMissed(requiredCount(gold.relations)),
    },
    findings: [{ kind: "missing-document", item: `${gold.document}: not in the extraction`, evidence: [] }],
  };
}
