/**
 * `entente eval` and the shared scorer (../shared/tools/score-extraction.mjs, run as a child
 * process) score the same extraction of ../shared's sample and real set alike: every metric the
 * shared scorer reports within 0.01, and the same missing documents. Skipped, saying so, when
 * ../shared is not there.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { runEvaluation } from "../../cli/commands/eval-run.js";
import type { EvalMetrics } from "../../src/eval/metrics.js";
import type { DocumentExtraction } from "../../src/model/extraction.js";
import { PATIENCE_MS } from "../support/score.js";
import { sharedPath, skipWithoutShared } from "../support/shared.js";

/** The shared scorer's `--json` line. */
const SharedMetrics = z.strictObject({
  entityP: z.number(),
  entityR: z.number(),
  entityF1: z.number(),
  eventP: z.number(),
  eventR: z.number(),
  eventF1: z.number(),
  dateAccuracy: z.number(),
  roleP: z.number(),
  roleR: z.number(),
  relationR: z.number(),
  grounding: z.number().nullable(),
  missingDocuments: z.array(z.string()),
});

const workDir = mkdtempSync(join(tmpdir(), "entente-agreement-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function sharedScorer(goldDir: string, corpusDir: string, extractionFile: string): z.infer<typeof SharedMetrics> {
  const output = execFileSync(
    process.execPath,
    [sharedPath("tools", "score-extraction.mjs"), "--gold", goldDir, "--corpus", corpusDir, "--json", extractionFile],
    { encoding: "utf8" },
  );
  const jsonLine = output.split("\n").find((line) => line.startsWith("{"));
  if (jsonLine === undefined) throw new Error(`the shared scorer printed no metrics for ${goldDir}`);
  return SharedMetrics.parse(JSON.parse(jsonLine));
}

/**
 * The extraction with faults of every kind the scores look at, so that agreement is checked on
 * rare paths too: an article missing, entities dropped, statuses flipped, dates cut to the year,
 * event types given as synonyms, membership types swapped, titles cut, relations reversed, spans moved.
 */
function damaged(documents: readonly DocumentExtraction[]): DocumentExtraction[] {
  const membership = ["MEMBER_OF", "PARTY_TO", "PARTICIPATES_IN"];
  return documents.slice(1).map((document, d) => ({
    ...document,
    entities: document.entities
      .filter((_, i) => i % 5 !== 1)
      .map((entity, i) =>
        d % 3 === 0 && i === 0
          ? { ...entity, mentions: entity.mentions.map((m) => ({ ...m, start: m.start + 1, end: m.end + 1 })) }
          : entity,
      ),
    events: document.events.map((event, i) => ({
      ...event,
      ...(i % 3 === 0 ? { status: event.status === "occurred" ? ("planned" as const) : ("occurred" as const) } : {}),
      ...(i % 3 === 1 && event.date ? { date: event.date.slice(0, 4) } : {}),
      ...(i % 4 === 2 ? { type: { Meeting: "Summit", Visit: "State visit", Signing: "agreement signing" }[event.type] ?? event.type } : {}),
    })),
    relations: document.relations.map((relation, i) => {
      if (relation.type === "HOLDS_ROLE")
        return i % 2 === 0 ? { ...relation, properties: { ...relation.properties, title: "Minister", titleText: "" } } : relation;
      if (i % 5 === 3) return { ...relation, source: relation.target, target: relation.source };
      const m = membership.indexOf(relation.type);
      return m >= 0 && i % 2 === 0 ? { ...relation, type: membership[(m + 1) % 3] ?? relation.type } : relation;
    }),
  }));
}

function apart(mine: EvalMetrics, shared: Omit<z.infer<typeof SharedMetrics>, "missingDocuments">): string[] {
  return Object.entries(shared)
    .filter(([name, value]) => {
      const own = mine[name as keyof typeof shared];
      return own === null || value === null ? own !== value : Math.abs(own - value) > 0.01;
    })
    .map(([name, value]) => `${name}: entente eval ${mine[name as keyof typeof shared]}, shared ${value}`);
}

const SETS = [
  { set: "sample", goldDir: sharedPath("gold"), corpusDir: sharedPath("corpus") },
  { set: "real", goldDir: sharedPath("real", "gold"), corpusDir: sharedPath("real", "corpus") },
];

/** Each set extracted and scored once, for both tests. */
const evaluations = new Map<string, ReturnType<typeof runEvaluation>>();
function evaluationOf(goldDir: string, corpusDir: string): ReturnType<typeof runEvaluation> {
  const evaluation = evaluations.get(goldDir) ?? runEvaluation({ goldDir, corpusDir });
  evaluations.set(goldDir, evaluation);
  return evaluation;
}

describe.skipIf(skipWithoutShared("agreement of entente eval with the shared scorer"))("entente eval agrees with the shared scorer", () => {
  it.each(SETS)(
    "on the $set set, within 0.01 on every metric",
    async ({ set, goldDir, corpusDir }) => {
      const { report, documents } = await evaluationOf(goldDir, corpusDir);
      const extractionFile = join(workDir, `${set}.json`);
      writeFileSync(extractionFile, JSON.stringify({ documents }));
      const { missingDocuments, ...shared } = sharedScorer(goldDir, corpusDir, extractionFile);
      expect(report.missingDocuments).toEqual(missingDocuments);
      expect(apart(report.metrics, shared)).toEqual([]);
    },
    PATIENCE_MS,
  );

  it.each(SETS)(
    "on a damaged extraction of the $set set, within 0.01 on every metric",
    async ({ set, goldDir, corpusDir }) => {
      const { documents } = await evaluationOf(goldDir, corpusDir);
      const extractionFile = join(workDir, `${set}-damaged.json`);
      writeFileSync(extractionFile, JSON.stringify({ documents: damaged(documents) }));
      const { report } = await runEvaluation({ goldDir, corpusDir, extractionFile });
      const { missingDocuments, ...shared } = sharedScorer(goldDir, corpusDir, extractionFile);
      expect(missingDocuments).toHaveLength(1);
      expect(report.missingDocuments).toEqual(missingDocuments);
      expect(apart(report.metrics, shared)).toEqual([]);
    },
    PATIENCE_MS,
  );
});
