/**
 * Deeply nested HTML without a DOM: how deep a page's tags nest, measured by one pass over its
 * tags, and the page flattened into one paragraph per block. Building a DOM of 100,000 nested
 * elements takes about a minute (linkedom's time grows with the square of the depth), so a page
 * nested past a limit is flattened first and the DOM is built from the flat page.
 */

/** Elements that never have content: they open no level. */
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** Elements whose content is not markup: skipped whole. */
const RAW_TEXT_ELEMENTS = new Set(["script", "style", "textarea", "title", "noscript", "template", "svg", "math"]);
/** Elements whose start or end starts a new paragraph in the flat page. */
const BLOCK_ELEMENTS = new Set([
  ...["address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3"],
  ...["h4", "h5", "h6", "header", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul", "br", "hr"],
]);

const TAG_NAME = /<(\/?)([A-Za-z][A-Za-z0-9-]*)/y;

/** One tag of the page: where it starts and ends, its lower-case name, whether it closes. */
interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** For a raw-text element (script, style, title …): where its content ends (its closing tag, or the page's end). */
  contentEnd?: number;
}

/** Where the closing tag of `name` starts at or after `from` (case-insensitive), or the page's end. */
function closingTag(html: string, name: string, from: number): number {
  for (let at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
  }
  return html.length;
}

/** The page's tags in order, comments and the content of raw-text elements (script, style …) skipped; linear in the page's length. */
function* tagsOf(html: string): Generator<Tag> {
  let at = html.indexOf("<");
  while (at >= 0) {
    if (html.startsWith("<!--", at)) {
      const close = html.indexOf("-->", at + 4);
      if (close < 0) return;
      at = html.indexOf("<", close + 3);
      continue;
    }
    TAG_NAME.lastIndex = at;
    const match = TAG_NAME.exec(html);
    const end = html.indexOf(">", at + 1);
    if (end < 0) return;
    if (match === null) {
      at = html.indexOf("<", at + 1);
      continue;
    }
    const name = (match[2] ?? "").toLowerCase();
    const tag: Tag = { start: at, end: end + 1, name, closing: match[1] === "/", selfClosing: html[end - 1] === "/" };
    if (!tag.closing && !tag.selfClosing && RAW_TEXT_ELEMENTS.has(name)) tag.contentEnd = closingTag(html, name, tag.end);
    yield tag;
    at = html.indexOf("<", tag.contentEnd ?? tag.end);
  }
}

/** Elements whose end tag pages often leave out: a new one closes the open one. */
const OPTIONAL_END = new Set(["p", "li", "dt", "dd", "tr", "td", "th", "option"]);
/** How far down the open elements a closing tag looks for its element (misnested pages). */
const CLOSE_LOOKBACK = 16;

/**
 * How deep the page's elements nest, stopping once past `limit`: a stack of open elements where
 * void and self-closing tags open nothing, a <p> or <li> closes the open one, and a closing tag
 * closes its element when it is among the last few open (a stray one is ignored).
 */
export function tagDepth(html: string, limit: number): number {
  const open: string[] = [];
  let deepest = 0;
  for (const tag of tagsOf(html)) {
    if (VOID_ELEMENTS.has(tag.name) || tag.selfClosing) continue;
    if (tag.closing) {
      for (let at = open.length - 1; at >= Math.max(0, open.length - CLOSE_LOOKBACK); at--) {
        if (open[at] !== tag.name) continue;
        open.length = at;
        break;
      }
      continue;
    }
    if (OPTIONAL_END.has(tag.name) && open[open.length - 1] === tag.name) open.pop();
    open.push(tag.name);
    deepest = Math.max(deepest, open.length);
    if (deepest > limit) break;
  }
  return deepest;
}

/**
 * The page flattened: its <title> and <meta> tags kept in a head, and the text outside the head
 * as one <p> per block, every other tag dropped (entities are left for the parser to decode).
 * Nests three levels deep.
 */
export function flattenHtml(html: string): string {
  const head: string[] = [];
  const body: string[] = [];
  let textFrom = 0;
  let inHead = false;
  let paragraphHasText = false; // runs of block tags with no text between them make one break
  for (const tag of tagsOf(html)) {
    const text = html.slice(textFrom, tag.start);
    if (!inHead && text.trim().length > 0) {
      body.push(text);
      paragraphHasText = true;
    }
    textFrom = tag.contentEnd ?? tag.end;
    if (tag.name === "head") inHead = !tag.closing;
    else if (tag.name === "body") inHead = false;
    else if (tag.name === "title" && tag.contentEnd !== undefined) head.push(`<title>${html.slice(tag.end, tag.contentEnd)}</title>`);
    else if (tag.name === "meta") head.push(html.slice(tag.start, tag.end));
    else if (BLOCK_ELEMENTS.has(tag.name) && paragraphHasText) {
      body.push("</p><p>");
      paragraphHasText = false;
    }
  }
  if (!inHead) body.push(html.slice(textFrom));
  return `<html><head>${head.join("")}</head><body><p>${body.join("")}</p></body></html>`;
}
