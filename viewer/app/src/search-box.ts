/** The search box: autocomplete as the analyst types, arrows and Enter to choose, Escape to close. */
import type { SearchHit } from "../../shared/api.js";
import { h, replaceChildren } from "./dom.js";
import { typeColor } from "./style.js";

export interface SearchBoxOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  search(text: string): Promise<SearchHit[]>;
  onChoose(hit: SearchHit, text: string): void;
  onError(error: unknown): void;
  debounceMs?: number;
}

export function mountSearchBox(options: SearchBoxOptions): void {
  const { input, list } = options;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let token = 0;
  let active = -1;
  let hits: SearchHit[] = [];

  const render = () => {
    list.hidden = hits.length === 0;
    replaceChildren(
      list,
      ...hits.map((hit, i) =>
        h(
          "li",
          { attrs: { role: "option", "aria-selected": String(i === active) } },
          h(
            "button",
            { class: i === active ? "hit active" : "hit", attrs: { type: "button", "data-id": hit.id }, on: { click: () => choose(hit) } },
            h("span", { class: "swatch", attrs: { style: `background:${typeColor(hit.type)}` } }),
            h("span", { class: "hit-name" }, hit.name),
            h("span", { class: "muted" }, ` ${hit.type}`),
            hit.matched ? h("span", { class: "muted" }, ` · “${hit.matched}”`) : null,
          ),
        ),
      ),
    );
  };

  const close = () => {
    hits = [];
    render();
  };

  const choose = (hit: SearchHit) => {
    close();
    options.onChoose(hit, input.value.trim());
  };

  const run = async (text: string) => {
    const mine = ++token;
    if (!text.trim()) return close();
    try {
      const found = await options.search(text);
      if (mine !== token) return;
      hits = found;
      active = hits.length ? 0 : -1;
      render();
    } catch (error) {
      options.onError(error);
    }
  };

  input.addEventListener("input", () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), options.debounceMs ?? 120);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === "Enter") {
      const hit = hits[active];
      if (hit) choose(hit);
    } else if (event.key === "Escape") {
      close();
    }
  });
}
