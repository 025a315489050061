/** The read-only Cypher console: what a query returns is drawn into the graph (or shown as a table), and the query goes to the URL. */
import { api } from "../api.js";
import { byId } from "../dom.js";
import { mountCypherConsole } from "../cypher-console.js";
import { mergeSlice } from "../graph-model.js";
import { seededRandom } from "../random.js";
import type { ViewerContext } from "./context.js";

export function mountConsoleController(context: ViewerContext): void {
  const { store, graph } = context;
  const textarea = byId<HTMLTextAreaElement>("cypher");
  textarea.value = store.get().view.cypher;
  mountCypherConsole({
    textarea,
    runButton: byId("cypher-run"),
    output: byId("cypher-output"),
    mode: () => (document.querySelector<HTMLInputElement>('input[name="cypher-mode"]:checked')?.value === "table" ? "table" : "graph"),
    run: (query) => api.cypher(query),
    draw: (answer) => {
      const { view } = store.get();
      const added = mergeSlice(graph, answer.graph, "cypher", view.selected, seededRandom(view.cypher));
      store.dispatch({ type: "graphChanged" });
      return added.length;
    },
    onQuery: (query) => store.dispatch({ type: "cypher", query }),
  });
}
