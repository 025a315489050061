/**
 * A succession still to come whose office only the sentence before names, as the one the successor is designated to
 * ("X will take over as EU special representative on Jan. 1. He will succeed Y"), read end to end with the project's
 * knowledge base on sentences written for these tests: the predecessor holds that office now.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./roles-read.js";

/** "person: title of owner (tenure)" for every role found. */
function rolesWithTenure(text: string): string[] {
  const out = extract(text);
  const byId = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations
    .filter((r) => r.type === "HOLDS_ROLE")
    .map((r) => `${byId.get(r.source)}: ${String(r.properties?.title)} of ${byId.get(r.target)} (${String(r.properties?.tenure)})`);
}

describe("the office a successor is designated to", () => {
  it("is the one the predecessor of 'will succeed' holds now, in English and in French", () => {
    expect(
      rolesWithTenure(
        "Envoy\n\nLorenzo Bianchi will take over as EU special representative for the dialogue on Jan. 1. He will succeed Ahmed Al-Thani of Qatar, who has held the post since 2023.",
      ),
    ).toEqual([
      "Lorenzo Bianchi: Special Representative of European Union (designated)",
      "Ahmed Al-Thani: Special Representative of European Union (current)",
    ]);
    expect(
      rolesWithTenure(
        "Envoi\n\nLorenzo Bianchi prendra ses fonctions de représentant spécial de l'UE le 1er janvier. Il succédera à Ahmed Al-Thani.",
      ),
    ).toEqual([
      "Lorenzo Bianchi: Special Representative of European Union (designated)",
      "Ahmed Al-Thani: Special Representative of European Union (current)",
    ]);
  });
  it("is not given to the predecessor of someone else", () => {
    expect(
      rolesWithTenure(
        "Envoy\n\nLorenzo Bianchi will take over as EU special representative on Jan. 1. Ahmed Al-Thani will attend. He will succeed Marta Kovac.",
      ),
    ).toEqual(["Lorenzo Bianchi: Special Representative of European Union (designated)"]);
  });
});
