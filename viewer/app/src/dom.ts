/**
 * Building DOM from data without ever parsing it as HTML: every string becomes a text node
 * (textContent), so an entity named `<img src=x onerror=…>` shows as those characters.
 */
export type Child = Node | string | number | null | undefined | false;

export interface ElementProps {
  class?: string;
  /** Attributes set with setAttribute (never `on…` handlers, never HTML). */
  attrs?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(name)) throw new Error(`entente/viewer: refusing to set event attribute ${name}`);
    element.setAttribute(name, value);
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  append(element, ...children);
  return element;
}

function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces an element's content with these children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`entente/viewer: the page has no #${id}`);
  return element as T;
}

/** A link only for http(s) addresses; anything else (a file path, javascript:) stays text. */
export function safeLink(href: string | null, text: string): Node {
  if (href) {
    try {
      const url = new URL(href);
      if (url.protocol === "http:" || url.protocol === "https:") {
        const a = h("a", { attrs: { href: url.href, target: "_blank", rel: "noopener noreferrer" } }, text);
        return a;
      }
    } catch {
      /* not a URL: a file path */
    }
  }
  return document.createTextNode(text);
}

/** Saves a file through the browser's download. */
export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = h("a", { attrs: { href: url, download: filename } });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
