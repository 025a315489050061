/**
 * The read-only Cypher console: runs the query through the API and either hands the graph it
 * found to the caller (to draw) or shows the rows as a table. Errors, such as Neo4j refusing a
 * write, are shown as they come.
 */
import type { CypherAnswer, PlainValue } from "../../shared/api.js";
import { h, replaceChildren } from "./dom.js";

export interface CypherConsoleOptions {
  textarea: HTMLTextAreaElement;
  runButton: HTMLElement;
  output: HTMLElement;
  /** "graph" or "table", read when the query runs. */
  mode(): "graph" | "table";
  run(query: string): Promise<CypherAnswer>;
  /** Draws the answer's graph; returns how many nodes were new. */
  draw(answer: CypherAnswer): number;
  onQuery(query: string): void;
}

/** One cell of the result table: strings as they are, anything else as compact JSON. */
function cellText(value: PlainValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  const text = JSON.stringify(value);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

function resultTable(answer: CypherAnswer): HTMLElement {
  return h(
    "table",
    { class: "result-table" },
    h("thead", {}, h("tr", {}, ...answer.columns.map((c) => h("th", {}, c)))),
    h("tbody", {}, ...answer.rows.map((row) => h("tr", {}, ...answer.columns.map((c) => h("td", {}, cellText(row[c])))))),
  );
}

export function mountCypherConsole(options: CypherConsoleOptions): void {
  const { textarea, output } = options;
  const run = async () => {
    const query = textarea.value.trim();
    if (!query) return;
    options.onQuery(query);
    replaceChildren(output, h("p", { class: "muted" }, "Running…"));
    try {
      const answer = await options.run(query);
      const summary = `${answer.rows.length} row${answer.rows.length === 1 ? "" : "s"}`;
      if (options.mode() === "graph" && answer.graph.nodes.length > 0) {
        const added = options.draw(answer);
        replaceChildren(
          output,
          h(
            "p",
            { attrs: { "data-testid": "cypher-summary" } },
            `${summary}; drew ${answer.graph.nodes.length} nodes (${added} new), ${answer.graph.edges.length} relationships.`,
          ),
        );
      } else {
        replaceChildren(output, h("p", { attrs: { "data-testid": "cypher-summary" } }, summary), resultTable(answer));
      }
    } catch (error) {
      replaceChildren(output, h("p", { class: "error", attrs: { role: "alert" } }, error instanceof Error ? error.message : String(error)));
    }
  };
  options.runButton.addEventListener("click", () => void run());
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void run();
  });
}
