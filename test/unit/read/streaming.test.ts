/** Reading at scale: the lazy walk of folders, its order and totals, and .jsonl files streamed line by line. */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listInputFiles, readFileArticles, surveyInputFiles, walkInputFiles } from "../../../ingest/read/index.js";
import { readJsonlLines } from "../../../ingest/read/jsonl.js";
import { readRawLines } from "../../../ingest/read/lines.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "entente-stream-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe("walkInputFiles", () => {
  it("gives the files in the order of their full paths sorted as strings, walking folders depth first", async () => {
    const root = join(dir, "order");
    await mkdir(join(root, "a", "b"), { recursive: true });
    await writeFile(join(root, "a", "b", "z.txt"), "Texte.");
    await writeFile(join(root, "a-1.txt"), "Texte.");
    await writeFile(join(root, "a", "c.md"), "Texte.");
    await writeFile(join(root, "a.txt"), "Texte.");
    await writeFile(join(root, "notes.csv"), "x,y");
    const walked = (await collect(walkInputFiles([root]))).map((item) => ("path" in item ? item.path : item.source));
    const expected = [join(root, "a", "b", "z.txt"), join(root, "a", "c.md"), join(root, "a-1.txt"), join(root, "a.txt")].sort();
    expect(walked).toEqual(expected);
  });

  it("lists a file once when it is named and also inside a named folder, and a folder once when named twice", async () => {
    const root = join(dir, "twice");
    await mkdir(join(root, "sub"), { recursive: true });
    await writeFile(join(root, "sub", "one.txt"), "Texte.");
    const { files, failures } = await listInputFiles([join(root, "sub", "one.txt"), root, join(root, "sub")]);
    expect(failures).toEqual([]);
    expect(files).toEqual([join(root, "sub", "one.txt")]);
  });

  it("counts the files and bytes under the paths without listing them (the progress bar's total)", async () => {
    const root = join(dir, "survey");
    await mkdir(root, { recursive: true });
    await writeFile(join(root, "one.txt"), "12345");
    await writeFile(join(root, "two.jsonl"), '{"text": "abc"}\n');
    await writeFile(join(root, "skip.pdf"), "not an article");
    expect(await surveyInputFiles([root, join(dir, "missing")])).toEqual({ files: 2, bytes: 5 + 16 });
  });
});

describe("readRawLines", () => {
  it("splits on \\n across chunk boundaries, drops a \\r before it, keeps a last line without \\n", async () => {
    const path = join(dir, "raw.txt");
    await writeFile(path, "first\r\nsecond line\n\nlast");
    const lines = await collect(readRawLines(path, 100, 3));
    expect(lines.map((line) => [line.bytes?.toString("utf8"), line.size])).toEqual([
      ["first", 7],
      ["second line", 12],
      ["", 1],
      ["last", 4],
    ]);
  });

  it("does not hold a line longer than the limit: it comes out as null, and the next line is intact", async () => {
    const path = join(dir, "long.txt");
    await writeFile(path, `${"x".repeat(50)}\nshort\n`);
    const lines = await collect(readRawLines(path, 20, 8));
    expect(lines.map((line) => [line.bytes === null ? null : line.bytes.toString("utf8"), line.size])).toEqual([
      [null, 51],
      ["short", 6],
    ]);
  });
});

describe("readJsonlLines", () => {
  it("numbers lines as in the file, skips blank ones, drops a byte-order mark and names a line that is not UTF-8", async () => {
    const path = join(dir, "mixed.jsonl");
    const good = '{"text": "Le ministre a parlé."}';
    await writeFile(
      path,
      Buffer.concat([Buffer.from(`\uFEFF${good}\r\n\n   \n`), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), Buffer.from(`${good}`)]),
    );
    const lines = await collect(readJsonlLines(path));
    expect(lines).toEqual([
      { line: good, lineNo: 1, bytes: Buffer.byteLength(`\uFEFF${good}\r\n`) },
      { source: `${path}#L4`, reason: "not valid UTF-8 text" },
      { line: good, lineNo: 5, bytes: Buffer.byteLength(good) },
    ]);
  });

  it("makes one failure of an empty file, a file of blank lines, and a binary file named .jsonl", async () => {
    await writeFile(join(dir, "empty.jsonl"), "");
    await writeFile(join(dir, "blank.jsonl"), "\n  \n\n");
    await writeFile(join(dir, "binary.jsonl"), Buffer.from([0x00, 0x01, 0x02, 0x0a, 0x7b, 0x7d, 0x0a]));
    expect(await collect(readJsonlLines(join(dir, "empty.jsonl")))).toEqual([{ source: join(dir, "empty.jsonl"), reason: "empty file" }]);
    expect(await collect(readJsonlLines(join(dir, "blank.jsonl")))).toEqual([
      { source: join(dir, "blank.jsonl"), reason: "no text (only whitespace)" },
    ]);
    expect(await collect(readJsonlLines(join(dir, "binary.jsonl")))).toEqual([
      { source: join(dir, "binary.jsonl"), reason: "binary content (control bytes)" },
    ]);
  });

  it("yields the first article of a long .jsonl and stops there when asked (the file is closed)", async () => {
    const path = join(dir, "many.jsonl");
    const line = JSON.stringify({ text: `date 2025-01-02\n\n${"Le ministre a parlé. ".repeat(50)}` });
    await writeFile(path, `${Array.from({ length: 5000 }, () => line).join("\n")}\n`);
    const reader = readFileArticles(path);
    const first = await reader.next();
    await reader.return(undefined);
    expect(first.value).toMatchObject({ format: "jsonl", source: `${path}#L1`, published: "2025-01-02" });
  });
});
