/**
 * The whole extract pipeline as `entente extract` runs it on a file's content: reader (.txt, .md,
 * .html through the HTML reader, .jsonl line) then extractArticle, on random text and random HTML,
 * nested up to tens of thousands of levels. Whatever the input: nothing throws, every span is
 * verbatim at its offsets, and the output matches the contract (src/model/extraction.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../ingest/pipeline.js";
import { decodeUtf8 } from "../../../ingest/read/decode.js";
import { parseHtmlArticle, parseJsonlLine, parsePlainArticle } from "../../../ingest/read/index.js";
import { defaultKnowledgeBase } from "../../../src/kb/load.js";
import type { ArticleText, ReadFailure } from "../../../src/model/document.js";
import { DocumentExtraction } from "../../../src/model/extraction.js";

const kb = defaultKnowledgeBase();

/** Pieces of news sentences (our own), in French and English, so that random text often holds something to extract. */
const PHRASES = [
  "Le Premier ministre japonais ",
  "La ministre des Armées ",
  "Keir Starmer ",
  "Emmanuel Macron ",
  "a rencontré ",
  "s'est entretenu avec ",
  "son homologue britannique ",
  "à Tokyo ",
  "le 31 janvier",
  "mardi dernier",
  "The Japanese Prime Minister ",
  "met ",
  "signed an agreement with ",
  "in London on Friday",
  ". ",
  "\n\n",
  "« ",
  " »",
  "’",
  "M. ",
  "OTAN",
  "GCAP",
  "AND ",
  "&amp; ",
  "é",
];

const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.array(fc.constantFrom(...PHRASES), { maxLength: 40 }).map((parts) => parts.join("")),
);

const TAGS = ["div", "p", "span", "article", "section", "main", "ul", "li", "table", "tr", "td", "b", "a", "h1", "h2", "blockquote"];
const ATTRIBUTES = ["", ' class="content"', ' class="cookie-banner"', ' id="related"', " hidden", ' role="navigation"', ' href="/x"'];

/** A random HTML fragment: elements nested a few levels, text, void and raw-text elements, broken markup. */
const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    fc.constantFrom(
      "<br>",
      "<img src=x>",
      "<hr/>",
      "<script>var a = '<div>';</script>",
      "<style>p{}</style>",
      "<!-- <p> -->",
      "</div>",
      "<p>",
      "&nbsp;",
      "<",
    ),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRIBUTES), fc.array(tie("node"), { maxLength: 4 }), fc.boolean())
      .map(([tag, attributes, children, closed]) => `<${tag}${attributes}>${children.join("")}${closed ? `</${tag}>` : ""}`),
  ),
})).node;

/** A whole page: head with title and date, a fragment wrapped in up to 30,000 levels of one tag. */
const page = fc
  .record({
    title: fc.option(text, { nil: null }),
    date: fc.option(fc.constantFrom("2026-01-31", "2024-11-05T10:00:00Z", "not a date"), { nil: null }),
    depth: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 100, max: 30_000 })),
    wrapper: fc.constantFrom("div", "span", "section", "li"),
    closeWrappers: fc.boolean(),
    body: fc.array(fragment, { maxLength: 6 }).map((parts) => parts.join("")),
  })
  .map(({ title, date, depth, wrapper, closeWrappers, body }) => {
    const head = `${title === null ? "" : `<title>${title}</title>`}${date === null ? "" : `<meta property="article:published_time" content="${date}">`}`;
    return `<html><head>${head}</head><body>${`<${wrapper}>`.repeat(depth)}${body}${closeWrappers ? `</${wrapper}>`.repeat(depth) : ""}</body></html>`;
  });

/** Extracts the article (if the reader found one) and checks the contract and every span. */
function extractAndCheck(read: ArticleText | ReadFailure | null): void {
  if (read === null || "reason" in read) return;
  const out = extractArticle(read, kb);
  const parsed = DocumentExtraction.safeParse(out);
  expect(parsed.success, parsed.success ? "" : parsed.error.message).toBe(true);
  const spans = [
    ...out.entities.flatMap((e) => e.mentions),
    ...out.events.flatMap((e) => e.evidence),
    ...out.relations.flatMap((r) => r.evidence),
  ];
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(read.text.length);
    expect(read.text.slice(span.start, span.end)).toBe(span.text);
  }
}

describe("reader + extractArticle on random input", () => {
  it("reads random text as .txt, .md and a .jsonl line: never throws, spans verbatim, output per the contract", () => {
    fc.assert(
      fc.property(text, fc.constantFrom("txt", "md", "jsonl"), (content, format) => {
        if (format === "jsonl") {
          extractAndCheck(parseJsonlLine(JSON.stringify({ title: "Brève", text: content }), "wire.jsonl", 1));
          return;
        }
        const decoded = decodeUtf8(Buffer.from(content, "utf8"));
        if (decoded.ok) extractAndCheck(parsePlainArticle(decoded.text, `article.${format}`, format));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it("reads random HTML, nested up to 30,000 levels: never throws, spans verbatim, output per the contract", () => {
    fc.assert(
      fc.property(page, (html) => {
        extractAndCheck(parseHtmlArticle(html, "page.html"));
      }),
      { numRuns: 60 },
    );
  }, 300_000);
});
