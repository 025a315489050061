/**
 * Query results as an aligned text table:
 *
 *   name         | versions
 *   -------------+------------
 *   Neo4j Kernel | ["5.26.30"]
 *   (1 row)
 *
 * Numbers are right-aligned, other cells left-aligned; a cell is cut to `maxCellWidth`
 * characters with an ellipsis, and line breaks inside a cell show as `↵`.
 */
export interface TableOptions {
  /** Widest a cell may be before it is cut (default 80). */
  maxCellWidth?: number;
  /** End with the `(N rows)` line (default true). */
  rowCount?: boolean;
}

/** Renders rows of already-formatted cells (see cellText) under the given column names. */
export function formatTable(columns: readonly string[], rows: readonly (readonly CellValue[])[], options: TableOptions = {}): string {
  const maxWidth = Math.max(options.maxCellWidth ?? 80, 4);
  const header = columns.map((name) => fit(name, maxWidth));
  const body = rows.map((row) => columns.map((_, index) => fitCell(row[index] ?? { text: "", numeric: false }, maxWidth)));
  const widths = header.map((name, index) => Math.max(width(name), ...body.map((row) => width(row[index]?.text ?? ""))));
  const lines: string[] = [];
  if (columns.length > 0) {
    lines.push(
      header
        .map((name, index) => pad(name, widths[index] ?? 0, false))
        .join(" | ")
        .trimEnd(),
    );
    lines.push(widths.map((w) => "-".repeat(w)).join("-+-"));
    for (const row of body) {
      lines.push(
        row
          .map((cell, index) => pad(cell.text, widths[index] ?? 0, cell.numeric))
          .join(" | ")
          .trimEnd(),
      );
    }
  }
  if (options.rowCount !== false) lines.push(`(${rows.length} ${rows.length === 1 ? "row" : "rows"})`);
  return lines.join("\n");
}

export interface CellValue {
  text: string;
  /** Right-align (numbers). */
  numeric: boolean;
}

function fitCell(cell: CellValue, maxWidth: number): CellValue {
  return { text: fit(cell.text, maxWidth), numeric: cell.numeric };
}

function fit(text: string, maxWidth: number): string {
  const flat = text.replace(/\r?\n/g, "↵").replace(/\t/g, " ");
  const chars = [...flat];
  return chars.length <= maxWidth ? flat : `${chars.slice(0, maxWidth - 1).join("")}…`;
}

function width(text: string): number {
  return [...text].length;
}

function pad(text: string, to: number, right: boolean): string {
  const gap = " ".repeat(Math.max(0, to - width(text)));
  return right ? gap + text : text + gap;
}
