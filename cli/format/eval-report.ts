/**
 * `entente eval` for people: what each document misses or adds (with the sentences), one row per
 * document, the overall precision, recall and F1 with their counts, and a last line of
 * metric=value pairs that a log search can find.
 */
import type { DocumentReport, EvalReport } from "../../src/eval/evaluate.js";
import type { Finding } from "../../src/eval/findings.js";
import type { FloorCheck } from "../../src/eval/floors.js";
import { METRIC_NAMES } from "../../src/eval/metrics.js";
import { f1, ratio, type Detection, type Tally } from "../../src/eval/tally.js";
import { formatTable, type CellValue } from "./table.js";

export function formatEvalReport(report: EvalReport, floors: readonly FloorCheck[] = []): string {
  const sections = [
    formatFindings(report.documents),
    formatDocumentTable(report.documents),
    formatOverall(report),
    formatMetricLine(report),
    ...(floors.length ? [formatFloors(floors)] : []),
  ].filter((section) => section !== "");
  return `${sections.join("\n\n")}\n`;
}

/** `missed-event` → `missed event`. */
function labelOf(finding: Finding): string {
  return finding.kind.replace("-", " ");
}

function formatFindings(documents: readonly DocumentReport[]): string {
  const blocks = documents
    .filter((document) => document.findings.length > 0)
    .map((document) => {
      const width = Math.max(...document.findings.map((finding) => labelOf(finding).length));
      const lines = [`${document.goldFile} (${document.document})`];
      for (const finding of document.findings) {
        lines.push(`  ${labelOf(finding).padEnd(width)}  ${finding.item}`);
        const indent = " ".repeat(width + 4);
        if (finding.detail) lines.push(`${indent}${finding.detail}`);
        for (const sentence of finding.evidence) lines.push(`${indent}« ${sentence.replace(/\s+/g, " ")} »`);
      }
      return lines.join("\n");
    });
  return blocks.length ? `Misses and false positives\n\n${blocks.join("\n\n")}` : "";
}

const text = (value: string): CellValue => ({ text: value, numeric: false });
const figure = (value: string): CellValue => ({ text: value, numeric: true });

/** `0.89 12/14`: F1, then required items found of required. */
function detectionCell(detection: Detection): CellValue {
  if (detection.precision.of === 0 && detection.recall.of === 0) return figure("–");
  return figure(`${fixed(f1(ratio(detection.precision), ratio(detection.recall)))} ${counted(detection.recall)}`);
}

function tallyCell(tally: Tally): CellValue {
  return figure(tally.of === 0 ? "–" : `${fixed(ratio(tally))} ${counted(tally)}`);
}

function formatDocumentTable(documents: readonly DocumentReport[]): string {
  const rows = documents.map((document) => [
    text(document.goldFile.replace(/\.gold\.json$/, "")),
    ...(document.extracted
      ? [
          detectionCell(document.counts.entities),
          detectionCell(document.counts.events),
          detectionCell(document.counts.roles),
          detectionCell(document.counts.relations),
          tallyCell(document.counts.dates),
          tallyCell(document.counts.statuses),
          tallyCell(document.counts.grounding),
        ]
      : [text("not in the extraction")]),
  ]);
  const columns = ["document", "entities F1", "events F1", "roles F1", "relations F1", "dates", "status", "grounding"];
  const legend = "F1, then required items found of required (dates, status, grounding: right of checked)";
  return `${formatTable(columns, rows, { rowCount: false, maxCellWidth: 60 })}\n${legend}`;
}

function formatOverall(report: EvalReport): string {
  const { counts } = report;
  const detectionRow = (name: string, detection: Detection): CellValue[] => {
    const precision = ratio(detection.precision);
    const recall = ratio(detection.recall);
    return [
      text(name),
      figure(`${fixed(precision)} (${counted(detection.precision)})`),
      figure(`${fixed(recall)} (${counted(detection.recall)})`),
      figure(fixed(f1(precision, recall))),
    ];
  };
  const accuracy = (name: string, tally: Tally): string =>
    `${name} ${tally.of === 0 ? "n/a" : `${fixed(ratio(tally))} (${counted(tally)})`}`;
  const missing = report.missingDocuments.length ? `missing: ${report.missingDocuments.join(", ")}` : "none missing";
  const table = formatTable(
    ["overall", "precision", "recall", "F1"],
    [
      detectionRow("entities", counts.entities),
      detectionRow("events", counts.events),
      detectionRow("roles", counts.roles),
      detectionRow("relations", counts.relations),
    ],
    { rowCount: false },
  );
  const accuracies = [accuracy("dates", counts.dates), accuracy("status", counts.statuses), accuracy("grounding", counts.grounding)].join(
    " · ",
  );
  return `${report.documents.length} gold document${report.documents.length === 1 ? "" : "s"}, ${missing}\n${table}\n${accuracies}`;
}

function formatMetricLine(report: EvalReport): string {
  return METRIC_NAMES.map((name) => {
    const value = report.metrics[name];
    return `${name}=${value === null ? "n/a" : fixed(value)}`;
  }).join(" ");
}

function formatFloors(floors: readonly FloorCheck[]): string {
  return floors
    .map(
      (floor) =>
        `${floor.met ? "met  " : "UNMET"} ${floor.metric} ${floor.value === null ? "n/a" : fixed(floor.value)} ≥ ${fixed(floor.minimum)}`,
    )
    .join("\n");
}

function fixed(value: number): string {
  return value.toFixed(2);
}

function counted(tally: Tally): string {
  return `${tally.hits}/${tally.of}`;
}
