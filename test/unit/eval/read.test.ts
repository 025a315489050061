import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readGoldDirectory, readGroundableTexts } from "../../../src/eval/read.js";
import { danglingReferences } from "../../../src/eval/references.js";
import { makeTempDir } from "../../support/temp-dir.js";
import { gold } from "./examples.js";

function goldDir(files: Record<string, unknown>): string {
  const dir = makeTempDir("entente-gold-");
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return dir;
}

const valid = {
  document: "b.txt",
  entities: [{ name: "Jane Roe", type: "Person" }],
  roles: [{ person: "Jane Roe", titles: ["Minister"] }],
};

describe("readGoldDirectory", () => {
  it("reads every *.gold.json in name order, with the format's defaults", async () => {
    const dir = goldDir({ "b.gold.json": valid, "a.gold.json": { document: "a.txt" }, "notes.json": { not: "gold" } });
    const golds = await readGoldDirectory(dir);
    expect(golds.map((g) => g.file)).toEqual(["a.gold.json", "b.gold.json"]);
    expect(golds[0]?.gold).toEqual({ document: "a.txt", entities: [], events: [], roles: [], relations: [] });
    expect(golds[1]?.gold.entities[0]?.aliases).toEqual([]);
  });

  it("says in one line when the folder holds no gold file, or cannot be read", async () => {
    const empty = goldDir({ "README.md": "# notes" });
    await expect(readGoldDirectory(empty)).rejects.toThrow(
      new RegExp(`^entente/eval: ${empty} holds no gold files \\(\\*\\.gold\\.json\\); see docs/annotating\\.md$`),
    );
    const missing = await readGoldDirectory(join(empty, "nowhere")).catch((e: unknown) => e);
    expect(missing).toMatchObject({ exitCode: 2 });
    expect((missing as Error).message).toMatch(/^entente\/eval: cannot read the gold folder .*nowhere \(ENOENT/);
  });

  it("names the bad file and what is wrong, on one line", async () => {
    const dir = goldDir({
      "a.gold.json": valid,
      "bad.gold.json": { document: "x.txt", events: [{ type: "Meeting", participants: "Jane Roe" }] },
    });
    const error = await readGoldDirectory(dir).catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 2 });
    expect((error as Error).message).toMatch(
      new RegExp(`^entente/eval: ${join(dir, "bad.gold.json")}: events\\[0\\]\\.participants: .*array`),
    );
    expect((error as Error).message).not.toContain("\n");
  });

  it("refuses a misspelt key, JSON that does not parse, and a name no entity has", async () => {
    const typo = goldDir({ "t.gold.json": { ...valid, entities: [{ name: "Jane Roe", type: "Person", optinal: true }] } });
    await expect(readGoldDirectory(typo)).rejects.toThrow(/t\.gold\.json: entities\[0\]: Unrecognized key: "optinal"/);
    const broken = goldDir({ "j.gold.json": "{ document: " });
    await expect(readGoldDirectory(broken)).rejects.toThrow(/^entente\/eval: .*j\.gold\.json: .*JSON/);
    const dangling = goldDir({ "d.gold.json": { ...valid, roles: [{ person: "John Doe", titles: ["Minister"] }] } });
    await expect(readGoldDirectory(dangling)).rejects.toThrow(
      /d\.gold\.json: roles\[0\]\.person "John Doe" is not the name or an alias of any entity$/,
    );
  });
});

describe("danglingReferences", () => {
  it("accepts any form of an entity's name or alias, and lists every name that matches none", () => {
    const file = gold("a.txt", {
      entities: [
        { name: "Sanae Takaichi", type: "Person", aliases: ["Takaichi"] },
        { name: "Japan", type: "Country", aliases: ["Japon"] },
      ],
      events: [{ type: "Visit", participants: ["takaichi", "JAPON", "Tokyo"] }],
      roles: [{ person: "Takaichi Sanae", titles: ["Prime Minister"], of: "Nippon" }],
      relations: [{ type: "MEMBER_OF", source: "Japan", target: "G7" }],
    });
    expect(danglingReferences(file)).toEqual([
      'events[0].participants[2] "Tokyo" is not the name or an alias of any entity',
      'roles[0].of "Nippon" is not the name or an alias of any entity',
      'relations[0].target "G7" is not the name or an alias of any entity',
    ]);
  });
});

describe("readGroundableTexts", () => {
  it("reads the .txt and .md articles the gold names, and leaves out the others and those not there", async () => {
    const dir = makeTempDir("entente-corpus-");
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "a.txt"), "text a");
    writeFileSync(join(dir, "b.html"), "<p>b</p>");
    const golds = ["a.txt", "b.html", "gone.md"].map((document) => ({ file: `${document}.gold.json`, gold: gold(document) }));
    expect(await readGroundableTexts(dir, golds)).toEqual(new Map([["a.txt", "text a"]]));
  });
});
