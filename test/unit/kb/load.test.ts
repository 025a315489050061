import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  defaultKnowledgeBase,
  defaultKnowledgeBaseDir,
  KnowledgeBaseError,
  loadKnowledgeBase,
  type KnowledgeBase,
} from "../../../src/kb/load.js";
import type { KbCountry, KbEntity } from "../../../src/model/kb.js";

const kb: KnowledgeBase = defaultKnowledgeBase();

function country(iso2: string): KbCountry {
  const found = kb.countries.find((c) => c.iso2 === iso2);
  if (!found) throw new Error(`no country ${iso2}`);
  return found;
}

function entity(id: string): KbEntity {
  const found = kb.byId.get(id);
  if (!found || !("type" in found)) throw new Error(`no entity ${id}`);
  return found;
}

const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

describe("the project's knowledge base", () => {
  it("loads every file and indexes every entry by id", () => {
    expect(kb.countries.length).toBeGreaterThanOrEqual(249);
    expect(kb.titles.length).toBeGreaterThan(30);
    expect(kb.byId.size).toBe(kb.countries.length + kb.entities.length);
    for (const type of ["Organization", "Person", "Program", "Agreement", "Place", "Topic"] as const) {
      expect(kb.entities.filter((e) => e.type === type).length, type).toBeGreaterThan(10);
    }
  });

  it("is cached: the default instance is loaded once", () => {
    expect(defaultKnowledgeBase()).toBe(kb);
  });

  it("resolves every reference between entries", () => {
    for (const e of kb.entities) {
      if (e.country) expect(kb.byId.get(e.country)?.id, e.id).toBe(e.country);
      for (const m of e.members ?? []) expect(kb.byId.has(m), `${e.id} member ${m}`).toBe(true);
      for (const o of e.offices ?? []) {
        expect(kb.titleById.has(o.title), `${e.id} ${o.title}`).toBe(true);
        expect(kb.byId.has(o.of), `${e.id} ${o.of}`).toBe(true);
      }
    }
    for (const c of kb.countries) if (c.capital) expect(entity(c.capital).country).toBe(c.id);
  });

  it("gives demonyms in every French gender and number and in English", () => {
    const expected: Record<string, string[]> = {
      JP: ["japonais", "japonaise", "japonaises", "nippon", "nippone", "nippons", "nippones", "Japanese"],
      GB: ["britannique", "britanniques", "British", "Briton", "Britons"],
      US: ["américain", "américaine", "américains", "américaines", "American", "Americans"],
      DE: ["allemand", "allemande", "allemands", "allemandes", "German", "Germans"],
      IT: ["italien", "italienne", "italiens", "italiennes", "Italian", "Italians"],
      FR: ["français", "française", "françaises", "French"],
      KP: ["nord-coréen", "nord-coréenne", "nord-coréens", "nord-coréennes", "North Korean"],
      KR: ["sud-coréen", "sud-coréenne", "sud-coréens", "sud-coréennes", "South Korean"],
      CN: ["chinois", "chinoise", "chinoises", "Chinese"],
      // English forms the source data lacks or spells otherwise (its "Maldivan"), from the overlay
      MV: ["maldivien", "Maldivian", "Maldivians"],
      AR: ["argentin", "Argentinian"],
      CV: ["Cape Verdean", "Cabo Verdean"],
      TL: ["Timorese", "East Timorese"],
    };
    for (const [iso2, forms] of Object.entries(expected)) {
      expect(country(iso2).demonyms, iso2).toEqual(expect.arrayContaining(forms));
    }
    expect(country("PL").caseSensitiveDemonyms).toContain("Polish");
  });

  it("gives every sovereign state demonyms and a capital, except where they would be ambiguous", () => {
    const sovereign = kb.countries.filter((c) => c.sovereign);
    expect(sovereign.length).toBeGreaterThanOrEqual(195);
    // "congolais"/"Congolese" name both Congos: dropped rather than guessed.
    const ambiguous = ["CD", "CG"];
    for (const c of sovereign) {
      if (ambiguous.includes(c.iso2)) expect(c.demonyms, c.id).toEqual([]);
      else
        expect(
          c.demonyms.some((d) => d === d.toLowerCase()),
          `${c.id} has a French demonym`,
        ).toBe(true);
    }
    // City-states: the country's own name is the capital's.
    expect(
      sovereign
        .filter((c) => !c.capital)
        .map((c) => c.iso2)
        .sort(),
    ).toEqual(["DJ", "LU", "MC", "SG", "VA"]);
  });

  it("knows the names news use for countries, and keeps ambiguous codes case-sensitive", () => {
    // The matcher folds case and accents, so "Etats-Unis" is covered by "États-Unis".
    const names = (iso2: string): string[] => [country(iso2).name, ...country(iso2).aliases].map(fold);
    expect(names("GB")).toEqual(expect.arrayContaining(["royaume-uni", "grande-bretagne", "great britain"]));
    expect(country("GB").caseSensitiveAliases).toContain("UK");
    expect(names("US")).toEqual(expect.arrayContaining(["etats-unis", "amerique", "america", "united states of america"]));
    expect(country("US").caseSensitiveAliases).toEqual(expect.arrayContaining(["US", "USA"]));
    expect(country("US").aliases).not.toContain("US");
    expect(names("KP")).toEqual(expect.arrayContaining(["coree du nord", "north korea"]));
    expect(names("KR")).toEqual(expect.arrayContaining(["coree du sud", "south korea"]));
    expect(names("CN")).toEqual(expect.arrayContaining(["chine", "china", "republique populaire de chine"]));
    expect(names("JP")).toEqual(expect.arrayContaining(["japon", "japan", "nippon"]));
  });

  it("never gives one name to two countries, nor a case-insensitive alias that is a two-letter code", () => {
    const owner = new Map<string, string>();
    for (const c of kb.countries) {
      for (const name of [c.name, ...c.aliases, ...(c.caseSensitiveAliases ?? [])]) {
        const key = fold(name);
        const first = owner.get(key);
        if (first !== undefined && first !== c.id) expect.fail(`"${name}" names both ${first} and ${c.id}`);
        owner.set(key, c.id);
      }
      for (const alias of c.aliases) expect(alias.length, `${c.id} ${alias}`).toBeGreaterThan(2);
    }
  });

  it("makes capitals places, with French names, and keeps Brussels for the EU", () => {
    const tokyo = entity(country("JP").capital ?? "");
    expect(tokyo).toMatchObject({ id: "place:tokyo", name: "Tokyo", type: "Place", country: "country:JP" });
    expect(entity("place:london").aliases).toContain("Londres");
    expect(country("GB").capitals).toEqual(expect.arrayContaining(["London", "Londres"]));
    expect(country("CN").capitals).toEqual(expect.arrayContaining(["Pékin", "Beijing"]));
    expect(country("BE").capitals ?? []).not.toContain("Bruxelles");
    expect(entity("place:brussels").aliases).toContain("Bruxelles");
    expect(entity("org:eu").metonyms).toEqual(expect.arrayContaining(["Bruxelles", "Brussels"]));
  });

  it("gives every surface form to one entry only, so that a match links without guessing", () => {
    const owner = new Map<string, string>();
    const claim = (form: string, id: string): void => {
      const key = fold(form).replace(/[’']/g, "'");
      const first = owner.get(key);
      if (first !== undefined && first !== id) expect.fail(`"${form}" belongs to both ${first} and ${id}`);
      owner.set(key, id);
    };
    for (const c of kb.countries) {
      for (const form of [c.name, ...c.aliases, ...(c.caseSensitiveAliases ?? []), ...c.demonyms]) claim(form, c.id);
    }
    for (const e of kb.entities) {
      for (const form of [e.name, ...e.aliases, ...(e.caseSensitiveAliases ?? []), ...(e.contextualAliases ?? [])]) claim(form, e.id);
    }
    for (const t of kb.titles) for (const form of [...t.forms, ...(t.caseSensitiveForms ?? [])]) claim(form, t.id);
  });

  it("writes titles in both French genders and in English", () => {
    const forms = (id: string): string[] => (kb.titleById.get(id)?.forms ?? []).map(fold);
    expect(forms("title:prime-minister")).toEqual(expect.arrayContaining(["premier ministre", "premiere ministre", "prime minister"]));
    expect(forms("title:president")).toEqual(expect.arrayContaining(["president", "presidente"]));
    expect(forms("title:chancellor")).toEqual(expect.arrayContaining(["chancelier", "chanceliere", "chancellor"]));
    expect(forms("title:ambassador")).toEqual(expect.arrayContaining(["ambassadeur", "ambassadrice", "ambassador"]));
    expect(forms("title:foreign-minister")).toEqual(
      expect.arrayContaining(["ministre des affaires etrangeres", "chef de la diplomatie", "cheffe de la diplomatie", "foreign minister"]),
    );
    expect(forms("title:defence-minister")).toEqual(
      expect.arrayContaining(["ministre de la defense", "defence minister", "defense minister"]),
    );
    // Titles that only one country uses carry that country: "ministre des Armées", "Foreign Secretary", "Defense Secretary".
    const only = (id: string): { title?: string; defaultOf?: string } => {
      const t = kb.titleById.get(id);
      return { title: t?.title, defaultOf: t?.defaultOf };
    };
    expect(only("title:minister-of-the-armed-forces")).toEqual({ title: "Defence Minister", defaultOf: "country:FR" });
    expect(only("title:foreign-secretary")).toEqual({ title: "Foreign Minister", defaultOf: "country:GB" });
    expect(only("title:secretary-of-defense")).toEqual({ title: "Defence Minister", defaultOf: "country:US" });
    expect(forms("title:minister-of-the-armed-forces")).toContain("ministre des armees");
    expect(forms("title:high-representative")).toEqual(
      expect.arrayContaining([
        "chef de la politique etrangere",
        "cheffe de la politique etrangere",
        "haute representante",
        "foreign policy chief",
      ]),
    );
    expect(forms("title:leader-of-the-opposition")).toEqual(expect.arrayContaining(["chef de l'opposition", "cheffe de l'opposition"]));
    expect(kb.titleById.get("title:prime-minister")?.caseSensitiveForms).toContain("PM");
  });

  it("records people with a country and offices whose terms are in order", () => {
    const people = kb.entities.filter((e) => e.type === "Person");
    expect(people.length).toBeGreaterThan(100);
    for (const p of people) {
      expect(p.id, p.name).toMatch(/^person:[a-z0-9-]+$/);
      expect(p.country, p.id).toBeDefined();
    }
    const takaichi = entity("person:sanae-takaichi");
    expect(takaichi.aliases).toEqual(expect.arrayContaining(["Takaichi Sanae", "Takaichi"]));
    expect(takaichi.offices).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: "title:prime-minister", of: "country:JP" })]),
    );
    expect(entity("person:donald-trump").wikidata).toBe("Q22686");
    expect(entity("person:xi-jinping").wikidata).toBe("Q15031");
  });

  it("lets a generic description stand for a programme only with its members in view", () => {
    const gcap = entity("program:gcap");
    expect(gcap.members).toEqual(["country:JP", "country:GB", "country:IT"]);
    expect(gcap.contextualAliases).toContain("futur avion de combat");
    expect(gcap.aliases).not.toContain("futur avion de combat");
  });

  it("lets a title fall back to its organisation when the text does not say", () => {
    expect(kb.titleById.get("title:high-representative")?.defaultOf).toBe("org:eu");
    expect(kb.titleById.get("title:prime-minister")?.forms).toEqual(expect.arrayContaining(["Premier ministre", "Première ministre"]));
  });
});

describe("loadKnowledgeBase on a defective directory", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "entente-kb-"));
    cpSync(defaultKnowledgeBaseDir(), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const edit = (file: string, change: (entries: Record<string, unknown>[]) => void): void => {
    const path = join(dir, file);
    const entries = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>[];
    change(entries);
    writeFileSync(path, JSON.stringify(entries));
  };

  const failure = (): KnowledgeBaseError => {
    try {
      loadKnowledgeBase(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(KnowledgeBaseError);
      const e = error as KnowledgeBaseError;
      expect(e.message).not.toContain("\n");
      expect(e.message.startsWith("entente/kb: ")).toBe(true);
      return e;
    }
    return expect.fail("the load should have failed");
  };

  it("loads the copy unchanged", () => {
    expect(loadKnowledgeBase(dir).byId.size).toBe(kb.byId.size);
  });

  it("names the file that is not JSON", () => {
    writeFileSync(join(dir, "people.json"), "[{ not json");
    expect(failure().message).toMatch(/people\.json: not valid JSON/);
  });

  it("names the file that is missing", () => {
    unlinkSync(join(dir, "topics.json"));
    expect(failure().message).toMatch(/topics\.json: file is missing/);
  });

  it("names the file, the entry and the field of an invalid entry", () => {
    edit("organizations.json", (entries) => {
      delete entries[2]?.name;
    });
    expect(failure().message).toMatch(/organizations\.json: entry 2 \(org:[a-z0-9-]+\): name: /);
  });

  it("rejects an unknown field, a typo that would otherwise be ignored", () => {
    edit("programs.json", (entries) => {
      if (entries[0]) entries[0].alias = ["Tempest"];
    });
    expect(failure().message).toMatch(/programs\.json: entry 0 .*alias/);
  });

  it("rejects an id defined twice", () => {
    edit("places.json", (entries) => {
      if (entries[0]) entries[0].id = "place:tokyo";
    });
    expect(failure().message).toMatch(/capitals\.json: entry [0-9]+ \(place:tokyo\): duplicate id, already defined in .*places\.json/);
  });

  it("rejects a reference to an unknown entry", () => {
    edit("people.json", (entries) => {
      const offices = entries[0]?.offices as { title: string }[] | undefined;
      if (offices?.[0]) offices[0].title = "title:grand-vizier";
    });
    expect(failure().message).toMatch(
      /people\.json: entry 0 \(person:[a-z-]+\): offices\[0\]\.title title:grand-vizier is not a known title/,
    );
  });

  it("rejects a blank surface form", () => {
    edit("titles.json", (entries) => {
      const forms = entries[1]?.forms as string[] | undefined;
      forms?.push("  ");
    });
    expect(failure().message).toMatch(/titles\.json: entry 1 \(title:[a-z-]+\): forms\[[0-9]+\] is blank/);
  });

  it("rejects an entity filed under the wrong type", () => {
    edit("topics.json", (entries) => {
      if (entries[0]) entries[0].type = "Place";
    });
    expect(failure().message).toMatch(/topics\.json: entry 0 .*type must be Topic/);
  });

  it("rejects a country whose id is not its ISO code", () => {
    edit("countries.json", (entries) => {
      if (entries[0]) entries[0].id = "country:XX";
    });
    expect(failure().message).toMatch(/countries\.json: entry 0 \(country:XX\): id must be "country:[A-Z]{2}"/);
  });
});
