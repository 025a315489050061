/**
 * .html articles: the main text with @mozilla/readability over a linkedom DOM. Navigation,
 * cookie banners, related links ("Lire aussi"), share bars, footers and scripts are dropped;
 * `text` is the title and the paragraphs joined by blank lines.
 *
 * Readability's time grows fast with nesting (1,000 levels: minutes; 10,000: a stack overflow) and
 * with size: a page past READABILITY_LIMITS is read by a plain walk of its blocks instead. Building
 * the DOM itself slows down past a few thousand levels: a page nested deeper than MAX_PARSE_DEPTH
 * is flattened first (./html-depth).
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ArticleText } from "../../src/model/document.js";
import type { IsoDate } from "../../src/model/extraction.js";
import { dateFromLocation, parseDateLine, parseIsoStamp } from "../dates/publication.js";
import { normalizeLine, teaserMarkerOf } from "../text/lines.js";
import { flattenHtml, tagDepth } from "./html-depth.js";

/** The part of the DOM this module uses, the same under linkedom and with or without the DOM lib. */
interface NodeLike {
  querySelector(selector: string): unknown;
  querySelectorAll(selector: string): unknown;
}
interface El extends NodeLike {
  tagName: string;
  nodeType: number;
  childNodes: ArrayLike<El>;
  textContent: string | null;
  getAttribute(name: string): string | null;
  innerHTML: string;
  remove(): void;
  replaceWith(text: string): void;
}

function all(root: NodeLike, selector: string): El[] {
  return Array.from(root.querySelectorAll(selector) as ArrayLike<El>);
}

function first(root: NodeLike, selector: string): El | null {
  return (root.querySelector(selector) as El | null) ?? null;
}

type Doc = NodeLike;

/** Page furniture removed before Readability reads the page. */
const FURNITURE_SELECTOR = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "svg",
  "canvas",
  "form",
  "button",
  "nav",
  "footer",
  "aside",
  "[role=navigation]",
  "[role=banner]",
  "[role=contentinfo]",
  "[role=complementary]",
  "[role=dialog]",
  "[aria-hidden=true]",
  "[hidden]",
].join(",");

/** class or id words that name furniture, not content. */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|rgpd|newsletter|related|lire-aussi|read-more|readmore|see-also|share|sharing|social|promo|advert|ads?|sponsor|subscribe|subscription|paywall|outbrain|taboola|comments?|breadcrumbs?|menu|navbar|sidebar|popup|modal|toolbar|tags|onetrust|didomi|cmp|qc-cmp2|sp_message|axeptio|tarteaucitron|cookiebot|usercentrics)(?:$|[\s_-])/iu;

const BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td,th,dt,dd";

/** The deepest nesting of tags the DOM is built from as it is; a deeper page is flattened first. */
export const MAX_PARSE_DEPTH = 1_000;
/** The page shapes Readability reads within a few seconds; past either, the plain walk reads the page. */
export const READABILITY_LIMITS = { maxDepth: 128, maxElements: 20_000 } as const;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Elements that start a new paragraph in the plain walk. */
const PLAIN_BREAKS = new Set([
  ...BLOCKS.toUpperCase().split(","),
  ...["ADDRESS", "ARTICLE", "BR", "DIV", "DL", "FIGCAPTION", "HEADER", "HR", "MAIN", "OL", "SECTION", "TABLE", "TR", "UL"],
]);

/** How deep elements nest under `root` and how many there are, walked without recursion; stops counting past the limits. */
function domShape(root: El): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const pending: [El, number][] = [[root, 1]];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const [node, level] = item;
    elements += 1;
    depth = Math.max(depth, level);
    if (depth > READABILITY_LIMITS.maxDepth || elements > READABILITY_LIMITS.maxElements) break;
    for (const child of Array.from(node.childNodes)) if (child.nodeType === ELEMENT_NODE) pending.push([child, level + 1]);
  }
  return { depth, elements };
}

/** The page's text as paragraphs by a plain walk (no recursion, no scoring): each block element starts a new one. */
function plainParagraphs(root: El): string[] {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const text = current.replace(/\s+/gu, " ").trim();
    if (text.length > 0) paragraphs.push(text);
    current = "";
  };
  const pending: (El | "break")[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node === "break") flush();
    else if (node.nodeType === TEXT_NODE) current += node.textContent ?? "";
    else if (node.nodeType === ELEMENT_NODE) {
      if (PLAIN_BREAKS.has(node.tagName)) {
        flush();
        pending.push("break");
      }
      const children = Array.from(node.childNodes).reverse();
      for (const child of children) pending.push(child);
    }
  }
  flush();
  return paragraphs;
}

function textOf(element: El): string {
  return (element.textContent ?? "").replace(/\s+/gu, " ").trim();
}

function removeFurniture(document: Doc): void {
  for (const element of all(document, FURNITURE_SELECTOR)) element.remove();
  for (const element of all(document, "[class],[id]")) {
    const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (element.tagName === "BODY" || element.tagName === "HTML" || element.tagName === "ARTICLE" || element.tagName === "MAIN") continue;
    if (FURNITURE_NAME.test(names)) element.remove();
  }
}

function metaContent(document: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = first(document, `meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = element?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

interface JsonLdFacts {
  datePublished: string | null;
  headline: string | null;
  publisher: string | null;
}

function jsonLdFacts(document: Doc): JsonLdFacts {
  const facts: JsonLdFacts = { datePublished: null, headline: null, publisher: null };
  // Walked without recursion, in document order: a JSON-LD block may nest arbitrarily deep.
  const visit = (root: unknown): void => {
    const pending: unknown[] = [root];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
      if (Array.isArray(node)) {
        for (let i = node.length - 1; i >= 0; i--) pending.push(node[i]);
        continue;
      }
      if (node === null || typeof node !== "object") continue;
      const record = node as Record<string, unknown>;
      if (typeof record.datePublished === "string") facts.datePublished ??= record.datePublished;
      if (typeof record.headline === "string") facts.headline ??= record.headline;
      const publisher = record.publisher;
      if (publisher && typeof publisher === "object" && typeof (publisher as Record<string, unknown>).name === "string") {
        facts.publisher ??= (publisher as Record<string, string>).name ?? null;
      }
      if (record["@graph"]) pending.push(record["@graph"]);
    }
  };
  for (const script of all(document, 'script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // a broken JSON-LD block says nothing
    }
  }
  return facts;
}

function dateFrom(value: string | null | undefined): IsoDate | null {
  if (!value) return null;
  return parseIsoStamp(value) ?? parseDateLine(value);
}

/** A block whose whole text is its links' text: a list of related articles, not the story. */
function isLinkOnly(block: El, text: string): boolean {
  const linked = all(block, "a").map(textOf).join(" ");
  return linked.length > 0 && normalizeLine(linked) === normalizeLine(text);
}

/** `title` without a trailing " | Site" or " - Site" naming the publisher. */
function withoutSiteSuffix(title: string, siteName: string | null): string {
  if (siteName === null) return title;
  const escaped = siteName.replace(/[.*+?^$|()[\]{}\\]/gu, "\\$&");
  const suffix = new RegExp(`\\s+[|–—:-]\\s+${escaped}\\s*$`, "iu");
  const stripped = title.replace(suffix, "").trim();
  return stripped.length > 0 ? stripped : title;
}

/** Whether a first paragraph repeats the title (the page's h1 with or without the site's suffix). */
function repeatsTitle(paragraph: string, title: string): boolean {
  const a = normalizeLine(paragraph);
  const b = normalizeLine(title);
  return a.length > 0 && (a === b || b.startsWith(`${a} `) || a.startsWith(`${b} `)) && Math.abs(a.length - b.length) <= 60;
}

/** The story's paragraphs and its photos' captions. */
interface ArticleBlocks {
  paragraphs: string[];
  captions: string[];
}

/**
 * A photo credit closing a caption: "(Bertrand Guay / AFP)", "[Saudi Press Agency/Handout via Reuters]", "POOL/AFP",
 * "/ JOHN DOE / AFP", "REUTERS/Jane Roe", "Photo : X".
 */
const CAPTION_CREDITS: readonly RegExp[] = [
  /\s*[[(][^\])]*(?:\/|\bphoto\b|\bcredit\b|©)[^\])]*[\])]\s*$/iu,
  /\s*(?:\/\s*)?(?:[\p{Lu}][\p{Lu}\p{M} .'’-]*\s*\/\s*)*(?:AFP|REUTERS|Reuters|AP|EPA|POOL|GETTY IMAGES|Getty Images|ANADOLU|XINHUA|ANSA|DPA|KYODO)(?:\s*\/\s*[\p{L}\p{M} .'’-]+)?\s*$/u,
  /\s*(?:Photo|Crédit|Credit|Photograph)\s*:?[^.]*$/u,
  /\s*©.*$/u,
];

/** A caption without the photo credits that close it. */
function withoutCredits(caption: string): string {
  let text = caption;
  for (let changed = true; changed;) {
    changed = false;
    for (const credit of CAPTION_CREDITS) {
      const shorter = text.replace(credit, "").trim();
      if (shorter !== text && shorter.length > 0) {
        text = shorter;
        changed = true;
      }
    }
  }
  return text;
}

/** The photo captions of an article's HTML, without credits, each once. */
function captionsOf(document: Doc): string[] {
  const captions: string[] = [];
  for (const caption of all(document, "figcaption")) {
    const text = withoutCredits(textOf(caption));
    if (/\p{L}{2,}/u.test(text) && !captions.includes(text)) captions.push(text);
  }
  return captions;
}

/** The paragraphs of Readability's article HTML, without "Lire aussi"-style link blocks, and its captions apart. */
function blocksOf(contentHtml: string): ArticleBlocks {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const captions = captionsOf(document);
  for (const caption of all(document, "figcaption, figure")) caption.remove(); // captions are told apart, after the story
  for (const lineBreak of all(document, "br")) lineBreak.replaceWith(" ");
  const paragraphs: string[] = [];
  let inRelatedList = false;
  for (const block of all(document, BLOCKS)) {
    if (first(block, BLOCKS)) continue; // the innermost block carries the text
    const text = textOf(block);
    if (text.length === 0) continue;
    const marker = teaserMarkerOf(text);
    if (marker) {
      inRelatedList = marker.inline.length === 0;
      continue;
    }
    if (inRelatedList && (block.tagName === "LI" || isLinkOnly(block, text))) continue;
    inRelatedList = false;
    paragraphs.push(text);
  }
  return { paragraphs, captions };
}

/** Readability's article, or null when it finds none or fails on the page (the plain walk reads it then). */
function readabilityArticle(document: ReturnType<typeof parseHTML>["document"]): ReturnType<Readability["parse"]> {
  try {
    return new Readability(document, { charThreshold: 100 }).parse();
  } catch {
    return null;
  }
}

/** An article from an HTML page; null when the page holds no readable text. */
export function parseHtmlArticle(html: string, source: string): ArticleText | null {
  const { document } = parseHTML(tagDepth(html, MAX_PARSE_DEPTH) > MAX_PARSE_DEPTH ? flattenHtml(html) : html);
  if (document.documentElement === null) return null; // no element at all: text only, or nothing
  const published =
    dateFrom(
      metaContent(
        document,
        "article:published_time",
        "og:published_time",
        "datePublished",
        "date",
        "pubdate",
        "publishdate",
        "DC.date.issued",
        "dcterms.date",
      ),
    ) ??
    dateFrom(first(document, "article time[datetime], main time[datetime]")?.getAttribute("datetime")) ??
    dateFrom(first(document, "time[datetime]")?.getAttribute("datetime")) ??
    dateFrom(jsonLdFacts(document).datePublished) ??
    dateFrom(first(document, "time")?.textContent) ??
    dateFromLocation(first(document, 'link[rel="canonical"]')?.getAttribute("href") ?? metaContent(document, "og:url") ?? "") ??
    dateFromLocation(source);
  const ld = jsonLdFacts(document);
  const siteName = metaContent(document, "og:site_name", "application-name", "publisher") ?? ld.publisher;
  const declaredTitle = metaContent(document, "og:title", "twitter:title") ?? ld.headline;

  removeFurniture(document);
  const body = first(document, "body");
  if (body === null) return null;
  const shape = domShape(body);
  const readabilityCanRead = shape.depth <= READABILITY_LIMITS.maxDepth && shape.elements <= READABILITY_LIMITS.maxElements;
  const cleanedBody = readabilityCanRead ? body.innerHTML : "";
  const article = readabilityCanRead ? readabilityArticle(document) : null;
  const readable = article?.content ? blocksOf(article.content) : { paragraphs: [], captions: [] };
  // a page too short for Readability's scoring: its own blocks, furniture already removed;
  // a page too deep or too large for it: a plain walk of its blocks
  const blocks =
    readable.paragraphs.length > 0
      ? readable
      : readabilityCanRead
        ? blocksOf(cleanedBody)
        : { paragraphs: plainParagraphs(body), captions: [] };
  const paragraphs = blocks.paragraphs;
  const publisher = siteName ?? article?.siteName ?? null;
  const rawTitle = (declaredTitle ?? article?.title ?? first(document, "title")?.textContent ?? "").replace(/\s+/gu, " ").trim();
  const title = rawTitle.length > 0 ? withoutSiteSuffix(rawTitle, publisher) : null;
  const story = title !== null && paragraphs[0] !== undefined && repeatsTitle(paragraphs[0], title) ? paragraphs.slice(1) : paragraphs;
  if (story.length === 0) return null;
  const storyText = [title, ...story].filter((part): part is string => part !== null).join("\n\n");
  // The captions after the story, each a paragraph of its own: the story's text, and so its id, stays the same.
  const captions = blocks.captions.filter((caption) => !story.includes(caption));
  return {
    source,
    format: "html",
    text: captions.length > 0 ? `${storyText}\n\n${captions.join("\n\n")}` : storyText,
    title,
    published,
    publisher,
    ...(captions.length > 0 ? { captionsFrom: storyText.length + 2 } : {}),
  };
}
