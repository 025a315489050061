/**
 * What the readers do with hostile or broken files: named pipes, files over the size limits, long
 * .jsonl lines, HTML nested thousands of levels deep, files of unsupported types in a folder. Each
 * gives one ReadFailure naming the file and the reason, and the other files still go through.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ArticleText, ReadFailure } from "../../../src/model/document.js";
import { listInputFiles, readFileArticles, readInputs, walkInputFiles } from "../../../ingest/read/index.js";
import { MAX_ARTICLE_BYTES } from "../../../ingest/read/limits.js";
import { MAX_PARSE_DEPTH, READABILITY_LIMITS, parseHtmlArticle } from "../../../ingest/read/html.js";
import { flattenHtml, tagDepth } from "../../../ingest/read/html-depth.js";
import { makeTempDir } from "../../support/temp-dir.js";

const STORY = "Le ministre des Affaires étrangères a rencontré mardi à Tokyo son homologue japonais pour parler de défense. ";

function folder(): string {
  return makeTempDir("entente-hostile-");
}

async function readAll(paths: string[]): Promise<{ articles: ArticleText[]; failures: ReadFailure[] }> {
  const articles: ArticleText[] = [];
  const failures: ReadFailure[] = [];
  for await (const result of readInputs(paths)) {
    if ("reason" in result) failures.push(result);
    else articles.push(result);
  }
  return { articles, failures };
}

function mkfifo(path: string): void {
  const made = spawnSync("mkfifo", [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${String(made.stderr)}`);
}

describe("named pipes and other special files", () => {
  it("refuses a FIFO named .txt, given directly or found in a folder, without opening it", async () => {
    const dir = folder();
    const pipe = join(dir, "pipe.txt");
    mkfifo(pipe);
    writeFileSync(join(dir, "good.txt"), STORY);
    const reason = "a named pipe (FIFO), not a regular file: only regular files are read";
    // Opening the pipe for reading would wait forever for a writer: the test would time out.
    const direct = await readAll([pipe]);
    expect(direct).toEqual({ articles: [], failures: [{ source: pipe, reason }] });
    const inFolder = await readAll([dir]);
    expect(inFolder.failures).toEqual([{ source: pipe, reason }]);
    expect(inFolder.articles.map((a) => a.source)).toEqual([join(dir, "good.txt")]);
    const one: (ArticleText | ReadFailure)[] = [];
    for await (const item of readFileArticles(pipe)) one.push(item);
    expect(one).toEqual([{ source: pipe, reason }]);
  }, 10_000);
});

describe("size limits", () => {
  it("refuses a text file over the article limit with one line, before reading it", async () => {
    const dir = folder();
    const big = join(dir, "big.txt");
    writeFileSync(big, STORY.repeat(Math.ceil((MAX_ARTICLE_BYTES + 1) / Buffer.byteLength(STORY))));
    writeFileSync(join(dir, "small.txt"), STORY);
    const { articles, failures } = await readAll([dir]);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.source).toBe(big);
    expect(failures[0]?.reason).toMatch(/^1,04\d,\d{3} bytes, over the limit of 1,048,576 bytes \(1 MiB\) of one article file$/);
    expect(articles).toHaveLength(1);
  });

  it("refuses a .jsonl article whose text is over the article limit", async () => {
    const dir = folder();
    const file = join(dir, "long.jsonl");
    writeFileSync(file, `${JSON.stringify({ text: "y".repeat(MAX_ARTICLE_BYTES + 1) })}\n`);
    const { failures } = await readAll([file]);
    expect(failures).toEqual([
      { source: `${file}#L1`, reason: "an article text of 1,048,577 bytes, over the limit of 1,048,576 bytes (1 MiB) of one article" },
    ]);
  });
});

describe("unsupported types", () => {
  it("names the supported extensions when a named file has another type, and lists those skipped in a folder", async () => {
    const dir = folder();
    writeFileSync(join(dir, "report.docx"), "PK");
    writeFileSync(join(dir, "story.txt"), STORY);
    const skipped: ReadFailure[] = [];
    const { files, failures } = await listInputFiles([dir, join(dir, "report.docx")]);
    for await (const item of walkInputFiles([dir], (notice) => skipped.push(notice))) expect("reason" in item).toBe(false);
    expect(files).toEqual([join(dir, "story.txt")]);
    const reason = 'unsupported file type ".docx": Entente reads .txt, .md, .markdown, .html, .htm, .jsonl';
    expect(failures).toEqual([{ source: join(dir, "report.docx"), reason }]);
    expect(skipped).toEqual([{ source: join(dir, "report.docx"), reason: `skipped: ${reason}` }]);
  });
});

describe("deeply nested and large HTML", () => {
  const page = (depth: number, tag = "div") =>
    `<html><head><title>Tokyo &amp; Londres</title><meta property="article:published_time" content="2026-01-31"></head><body>` +
    `<${tag}>`.repeat(depth) +
    `<p>${STORY.repeat(3)}</p>` +
    `</${tag}>`.repeat(depth) +
    "</body></html>";

  it.each([10, READABILITY_LIMITS.maxDepth + 10, MAX_PARSE_DEPTH + 10, 10_000, 100_000])(
    "reads a page nested %i levels deep, in seconds, with its title, date and text",
    (depth) => {
      const started = performance.now();
      const article = parseHtmlArticle(page(depth), "deep.html");
      expect(performance.now() - started).toBeLessThan(15_000);
      expect(article).toMatchObject({ title: "Tokyo & Londres", published: "2026-01-31" });
      expect(article?.text).toContain(STORY.trim());
    },
    30_000,
  );

  it("reads a page of 10,000 nested inline elements and one of 30,000 paragraphs", () => {
    expect(parseHtmlArticle(page(10_000, "span"), "inline.html")?.text).toContain(STORY.trim());
    const wide = `<html><body>${`<p>${STORY}</p>`.repeat(30_000)}</body></html>`;
    const started = performance.now();
    expect(parseHtmlArticle(wide, "wide.html")?.text.length).toBeGreaterThan(30_000 * 50);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it("names the file when a page holds no text, and still reads the others", async () => {
    const dir = folder();
    writeFileSync(join(dir, "a-deep.html"), `<html><body>${"<div>".repeat(50_000)}${"</div>".repeat(50_000)}</body></html>`);
    writeFileSync(join(dir, "b-good.txt"), STORY);
    const { articles, failures } = await readAll([dir]);
    expect(failures).toEqual([{ source: join(dir, "a-deep.html"), reason: "no readable article text in the page" }]);
    expect(articles).toHaveLength(1);
  }, 30_000);
});

describe("tagDepth and flattenHtml", () => {
  it("counts nesting with void and self-closing tags, unclosed paragraphs and stray end tags as a browser would nest them", () => {
    expect(tagDepth("<div><p>a<br><img src=x><p>b<p>c</div>", 100)).toBe(2);
    expect(tagDepth("<ul><li>a<li>b<li>c</ul><x/>", 100)).toBe(2);
    expect(tagDepth("</div></div><div><span>a</span></div>", 100)).toBe(2);
    expect(tagDepth(`<script>${"<div>".repeat(50)}</script><!-- ${"<div>".repeat(50)} --><b>x</b>`, 100)).toBe(1);
    expect(tagDepth("<div>".repeat(5_000), 1_000)).toBe(1_001);
  });

  it("flattens a page into one paragraph per block, keeping its title and meta tags", () => {
    const flat = flattenHtml(
      `<html><head><title>T &amp; U</title><meta name="date" content="2026-02-02"><style>p{}</style></head>` +
        `<body><div><div><h1>Titre</h1><p>Un <b>mot</b>.</p><script>var x = "<p>";</script><p>Deux</p></div></div></body></html>`,
    );
    expect(flat).toBe(
      '<html><head><title>T &amp; U</title><meta name="date" content="2026-02-02"></head><body><p>Titre</p><p>Un mot.</p><p>Deux</p><p></p></body></html>',
    );
  });
});
