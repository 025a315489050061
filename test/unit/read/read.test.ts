import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleText, ReadFailure } from "../../../src/model/document.js";
import { listInputFiles, readArticleFile, readInputs } from "../../../ingest/read/index.js";

const FIXTURES = "test/fixtures/articles";

async function readAll(paths: string[]): Promise<{ articles: ArticleText[]; failures: ReadFailure[] }> {
  const articles: ArticleText[] = [];
  const failures: ReadFailure[] = [];
  for await (const result of readInputs(paths)) {
    if ("reason" in result) failures.push(result);
    else articles.push(result);
  }
  return { articles, failures };
}

describe("listInputFiles", () => {
  it("walks directories recursively, keeps only article files, sorted", async () => {
    const { files, failures } = await listInputFiles([FIXTURES]);
    expect(failures).toEqual([]);
    expect(files).toEqual([
      `${FIXTURES}/manila-dateline.txt`,
      `${FIXTURES}/more/weekday-brief.txt`,
      `${FIXTURES}/paris-visit.md`,
      `${FIXTURES}/seoul-summit.html`,
      `${FIXTURES}/wire.jsonl`,
    ]);
  });

  it("reports a missing path and a named file of another type, and lists a file once", async () => {
    const { files, failures } = await listInputFiles([
      `${FIXTURES}/nope.txt`,
      `${FIXTURES}/more/ignored.csv`,
      `${FIXTURES}/paris-visit.md`,
      `${FIXTURES}/paris-visit.md`,
    ]);
    expect(files).toEqual([`${FIXTURES}/paris-visit.md`]);
    expect(failures.map((failure) => failure.source)).toEqual([`${FIXTURES}/nope.txt`, `${FIXTURES}/more/ignored.csv`]);
    expect(failures[0]?.reason).toBe("no such file or directory");
    expect(failures[1]?.reason).toContain('unsupported file type ".csv"');
  });
});

describe("listInputFiles: links", () => {
  it("walks a folder reached again through a symbolic link only once, and skips its README", async () => {
    const dir = await mkdtemp(join(tmpdir(), "entente-links-"));
    try {
      await mkdir(join(dir, "a"));
      await writeFile(join(dir, "a", "one.txt"), "Le ministre a parlé.");
      await symlink(join(dir, "a"), join(dir, "a", "loop"));
      await writeFile(join(dir, "a", "README.md"), "# About this folder");
      const { files, failures } = await listInputFiles([dir]);
      expect(failures).toEqual([]);
      expect(files).toEqual([join(dir, "a", "one.txt")]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("readInputs", () => {
  it("reads one article per file and one per good .jsonl line, failures in place of bad lines", async () => {
    const { articles, failures } = await readAll([FIXTURES]);
    expect(articles.map((a) => `${a.format} ${a.source}`)).toEqual([
      `txt ${FIXTURES}/manila-dateline.txt`,
      `txt ${FIXTURES}/more/weekday-brief.txt`,
      `md ${FIXTURES}/paris-visit.md`,
      `html ${FIXTURES}/seoul-summit.html`,
      "jsonl https://example.org/news/1",
      `jsonl ${FIXTURES}/wire.jsonl#L2`,
      `jsonl ${FIXTURES}/wire.jsonl#L6`,
    ]);
    expect(failures.map((f) => f.source)).toEqual([`${FIXTURES}/wire.jsonl#L3`, `${FIXTURES}/wire.jsonl#L4`, `${FIXTURES}/wire.jsonl#L5`]);
    expect(failures[0]?.reason).toMatch(/^invalid JSON/);
    expect(failures[1]?.reason).toMatch(/no text/);
    for (const failure of failures) expect(failure.reason).not.toContain("\n");
  });

  it("keeps .txt text exactly as on disk, with metadata from its dateline and headline", async () => {
    const path = `${FIXTURES}/manila-dateline.txt`;
    const result = await readArticleFile(path);
    expect(Array.isArray(result)).toBe(true);
    const [article] = result as ArticleText[];
    expect(article?.text).toBe(readFileSync(path, "utf8"));
    expect(article).toMatchObject({
      title: "Philippines and Japan Sign Reciprocal Access Agreement",
      published: "2024-07-08",
      publisher: null,
    });
  });

  it("reads jsonl fields: text or content, title, url, published", async () => {
    const { articles } = await readAll([`${FIXTURES}/wire.jsonl`]);
    expect(articles[0]).toMatchObject({
      source: "https://example.org/news/1",
      title: "NATO ministers meet in Brussels",
      published: "2025-06-05",
    });
    expect(articles[1]).toMatchObject({ title: "Sans url", published: "2025-03-14" });
    expect(articles[1]?.text).toMatch(/^Les ministres des Affaires étrangères du G7/);
    expect(articles[2]).toMatchObject({ published: "2024-11", title: null });
  });

  describe("files that are not readable text", () => {
    let dir = "";
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "entente-read-"));
      await writeFile(join(dir, "empty.txt"), "");
      await writeFile(join(dir, "latin1.txt"), Buffer.from([0x4c, 0x65, 0x20, 0xe9, 0x74, 0xe9]));
      await writeFile(join(dir, "binary.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
      await writeFile(join(dir, "nul.txt"), "text\u0000with a NUL byte");
      await writeFile(join(dir, "blank.txt"), "  \n\n \t\n");
      await writeFile(join(dir, "bom.txt"), "\uFEFFdate 2025-01-02\n\nLe ministre a parlé.");
      const latin1Page =
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Défense</title></head><body><p>Le ministre des Armées a reçu à Paris son homologue québécois pour évoquer la coopération arctique.</p></body></html>';
      await writeFile(join(dir, "latin1-page.html"), Buffer.from(latin1Page, "latin1"));
      await writeFile(join(dir, "undeclared.html"), Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("turns each into a one-line failure naming the file and the reason", async () => {
      const { articles, failures } = await readAll([dir]);
      expect(failures).toEqual([
        { source: join(dir, "binary.md"), reason: "not valid UTF-8 text" },
        { source: join(dir, "blank.txt"), reason: "no text (only whitespace)" },
        { source: join(dir, "empty.txt"), reason: "empty file" },
        { source: join(dir, "latin1.txt"), reason: "not valid UTF-8 text" },
        { source: join(dir, "nul.txt"), reason: "binary content (control bytes)" },
        { source: join(dir, "undeclared.html"), reason: "not valid UTF-8 text and no charset declared" },
      ]);
      expect(articles.map((a) => a.source)).toEqual([join(dir, "bom.txt"), join(dir, "latin1-page.html")]);
    });

    it("decodes an HTML page in the charset it declares", async () => {
      const result = await readArticleFile(join(dir, "latin1-page.html"));
      expect((result as ArticleText[])[0]?.text).toContain("Le ministre des Armées a reçu à Paris son homologue québécois");
    });

    it("keeps a byte-order mark so offsets match the file as Node reads it", async () => {
      const result = await readArticleFile(join(dir, "bom.txt"));
      const [article] = result as ArticleText[];
      expect(article?.text).toBe(readFileSync(join(dir, "bom.txt"), "utf8"));
      expect(article?.published).toBe("2025-01-02");
    });
  });
});
