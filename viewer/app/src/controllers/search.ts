/** Search: the autocomplete box; choosing a hit selects it and flies to it, and the search text goes to the URL. */
import { api } from "../api.js";
import { byId } from "../dom.js";
import { mountSearchBox } from "../search-box.js";
import { failed, type ViewerContext } from "./context.js";
import type { SelectionController } from "./selection.js";

export function mountSearchController(context: ViewerContext, selection: SelectionController): void {
  const { store } = context;
  const input = byId<HTMLInputElement>("search");
  input.value = store.get().view.q;
  mountSearchBox({
    input,
    list: byId<HTMLUListElement>("search-results"),
    search: async (text) => (await api.search(text, 10)).hits,
    onChoose: (hit, text) => {
      store.dispatch({ type: "search", q: text });
      void selection.select(hit.id, true);
    },
    onError: (error) => failed(context, error),
  });
}
