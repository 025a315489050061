import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCountries, englishPlural, frenchPlural, renderCountryFiles, splitDemonyms } from "../../../scripts/build-countries.js";
import { defaultKnowledgeBaseDir } from "../../../src/kb/load.js";

describe("build-countries", () => {
  it("inflects French demonyms in number, keeping forms that end in s or x", () => {
    expect(frenchPlural("japonaise")).toBe("japonaises");
    expect(frenchPlural("nord-coréen")).toBe("nord-coréens");
    expect(frenchPlural("japonais")).toBe("japonais");
    expect(frenchPlural("britannique")).toBe("britanniques");
  });

  it("gives English demonyms a plural noun only where English has one", () => {
    expect(englishPlural("American")).toBe("Americans");
    expect(englishPlural("Pakistani")).toBe("Pakistanis");
    expect(englishPlural("Japanese")).toBeNull();
    expect(englishPlural("British")).toBeNull();
    expect(englishPlural("Swiss")).toBeNull();
    expect(englishPlural("Dutch")).toBeNull();
  });

  it("splits the package's compound demonyms", () => {
    expect(splitDemonyms("Kittitian or Nevisian")).toEqual(["Kittitian", "Nevisian"]);
    expect(splitDemonyms("Antiguan, Barbudan")).toEqual(["Antiguan", "Barbudan"]);
    expect(splitDemonyms("Japonaise")).toEqual(["Japonaise"]);
    expect(splitDemonyms("")).toEqual([]);
  });

  it("reproduces the committed countries.json and capitals.json exactly (run the script after editing the overlay)", () => {
    const files = renderCountryFiles(buildCountries());
    for (const [file, content] of Object.entries(files)) {
      expect(readFileSync(join(defaultKnowledgeBaseDir(), file), "utf8") === content, `${file} is stale`).toBe(true);
    }
  });

  it("drops a demonym two sovereign states share rather than guessing", () => {
    const { countries, dropped } = buildCountries();
    const congo = countries.filter((c) => c.iso2 === "CG" || c.iso2 === "CD");
    for (const c of congo) expect(c.demonyms).not.toContain("congolais");
    expect(dropped).toEqual(expect.arrayContaining(["congolais (CG)", "congolais (CD)"]));
  });

  it("knows the short demonyms the news writes for Central Asia ('Tajik President', 'his Kazakh counterpart')", () => {
    const { countries } = buildCountries();
    // Matched without regard to case: "Kazakh" and the French "kazakh" are one form.
    const demonymsOf = (iso2: string) => (countries.find((c) => c.iso2 === iso2)?.demonyms ?? []).map((d) => d.toLowerCase());
    expect(demonymsOf("TJ")).toEqual(expect.arrayContaining(["tajik", "tadjik"]));
    expect(demonymsOf("UZ")).toEqual(expect.arrayContaining(["uzbek", "ouzbek"]));
    expect(demonymsOf("KZ")).toEqual(expect.arrayContaining(["kazakh", "kazakhe"]));
    expect(demonymsOf("KG")).toEqual(expect.arrayContaining(["kyrgyz"]));
  });

  it("applies the overlay: removals, additions and capitals", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-overlay-"));
    try {
      const overlay = join(dir, "overlay.json");
      writeFileSync(
        overlay,
        JSON.stringify({
          removeAliasesEverywhere: ["Nihon"],
          countries: { JP: { aliases: ["Pays du Soleil-Levant"], frDemonyms: ["nippon"], capitalNames: ["Tokio"] } },
        }),
      );
      const { countries, capitals } = buildCountries(overlay);
      const japan = countries.find((c) => c.iso2 === "JP");
      expect(japan?.aliases).toContain("Pays du Soleil-Levant");
      expect(japan?.aliases).not.toContain("Nihon");
      expect(japan?.demonyms).toEqual(expect.arrayContaining(["nippon", "nippons", "japonaises"]));
      expect(japan?.capital).toBe("place:tokyo");
      expect(japan?.capitals).toEqual(["Tokyo", "Tokio"]);
      expect(capitals.find((p) => p.id === "place:tokyo")?.aliases).toEqual(["Tokio"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
