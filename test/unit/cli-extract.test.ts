import { execFile, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { makeTempDir } from "../support/temp-dir.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));

async function entente(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "bin/dev.ts", ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: "1" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe("entente extract", () => {
  it("rejects a bad file with one line naming it, exits 1, and still outputs the others", async () => {
    const dir = makeTempDir("entente-extract-");
    const good = join(dir, "good.txt");
    const bad = join(dir, "bad.txt");
    writeFileSync(good, "date 2026-02-02\n\nLe Premier ministre japonais Kenji Sato a rencontré samedi Jane Roe à Tokyo.\n");
    writeFileSync(bad, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x00]));
    const { code, stdout, stderr } = await entente(["extract", good, bad, join(dir, "missing.txt"), "--json"]);
    expect(code).toBe(1);
    const lines = stderr.split("\n").filter((l) => l.startsWith("entente/extract:"));
    expect(lines).toHaveLength(2);
    expect(lines.some((l) => l.includes("bad.txt"))).toBe(true);
    expect(lines.some((l) => l.includes("missing.txt"))).toBe(true);
    const output = JSON.parse(stdout) as { documents: Array<{ document: { source: string } }> };
    expect(output.documents.map((d) => d.document.source)).toEqual([good]);
  }, 60_000);

  it("gives each hostile file one line and exit 1, never hangs on a named pipe, and names the files it skips in a folder", async () => {
    const dir = makeTempDir("entente-extract-");
    const good = join(dir, "good.txt");
    writeFileSync(good, "date 2026-02-02\n\nLe Premier ministre japonais Kenji Sato a rencontré samedi Jane Roe à Tokyo.\n");
    const pipe = join(dir, "pipe.txt");
    expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
    writeFileSync(join(dir, "deep.html"), `<html><body>${"<div>".repeat(20_000)}<p>${"Texte de la page. ".repeat(20)}</p></body></html>`);
    writeFileSync(join(dir, "big.md"), "Un mot. ".repeat(200_000));
    writeFileSync(join(dir, "notes.docx"), "PK");
    const { code, stdout, stderr } = await entente(["extract", dir, "--json"]);
    expect(code).toBe(1);
    const lines = stderr.split("\n").filter((l) => l.length > 0);
    expect(lines).toEqual([
      `entente/extract: ${join(dir, "notes.docx")}: skipped: unsupported file type ".docx": Entente reads .txt, .md, .markdown, .html, .htm, .jsonl`,
      `entente/extract: ${pipe}: a named pipe (FIFO), not a regular file: only regular files are read`,
      `entente/extract: ${join(dir, "big.md")}: 1,600,000 bytes, over the limit of 1,048,576 bytes (1 MiB) of one article file`,
    ]);
    const output = JSON.parse(stdout) as { documents: Array<{ document: { source: string } }> };
    expect(output.documents.map((d) => d.document.source)).toEqual([join(dir, "deep.html"), good]);
  }, 60_000);

  it("prints a short summary per document without --json, and no progress when stderr is not a terminal", async () => {
    const dir = makeTempDir("entente-extract-");
    const file = join(dir, "a.txt");
    writeFileSync(file, "date 2026-02-02\n\nKenji Sato et Jane Roe ont signé samedi un accord.\n");
    const { code, stdout, stderr } = await entente(["extract", file]);
    expect(code).toBe(0);
    expect(stdout).toContain(file);
    expect(stdout).toMatch(/entities: \d+/);
    expect(stderr.split("\n").filter((l) => l.startsWith("entente/extract"))).toEqual([]);
  }, 60_000);
});
