/**
 * "Les chefs de délégation", "the heads of delegation", "les délégations" as the subject of a later event stand for the
 * people of the meeting told before ("… se sont réunis lundi à Lomé. Les chefs de délégation ont ensuite été reçus par le
 * président X": a meeting of those people with X); not when the group names its own sides ("les délégations de l'UE et de
 * la Chine"). End to end on our own sentences, French and English.
 */
import { describe, expect, it } from "vitest";
import { namedEvents } from "./named-events.js";

function meetings(body: string) {
  return namedEvents(body, "2026-12-03", "Meeting").map(({ participants }) => participants);
}

const TALKS_FR =
  "Les ministres des Affaires étrangères du Ghana, Kwame Asante, du Togo, Jean Adjo, et du Bénin, Rachid Bello, se sont réunis lundi à Lomé. ";
const TALKS_EN = "The foreign ministers of Ghana, Kwame Asante, Togo, Jean Adjo, and Benin, Rachid Bello, met in Lome on Monday. ";
const MINISTERS = ["Jean Adjo", "Kwame Asante", "Rachid Bello"];

describe("heads of delegation standing for the people of the meeting told before", () => {
  it("meet the host who receives them ('Les chefs de délégation ont été reçus par …', 'The heads of delegation were received by …')", () => {
    expect(
      meetings(`${TALKS_FR}Les chefs de délégation ont ensuite été reçus en audience par le président togolais Yao Kodjo.`),
    ).toContainEqual([...MINISTERS, "Yao Kodjo"].sort());
    expect(meetings(`${TALKS_EN}The heads of delegation were later received by Togolese President Yao Kodjo.`)).toContainEqual(
      [...MINISTERS, "Yao Kodjo"].sort(),
    );
    expect(meetings(`${TALKS_EN}The delegation heads then met Togolese President Yao Kodjo.`)).toContainEqual(
      [...MINISTERS, "Yao Kodjo"].sort(),
    );
  });

  it("do so as 'les délégations', 'the delegations'", () => {
    expect(meetings(`${TALKS_FR}Les délégations ont ensuite été reçues par le président togolais Yao Kodjo.`)).toContainEqual(
      [...MINISTERS, "Yao Kodjo"].sort(),
    );
    expect(meetings(`${TALKS_EN}The delegations were then received by Togolese President Yao Kodjo.`)).toContainEqual(
      [...MINISTERS, "Yao Kodjo"].sort(),
    );
  });

  it("not when the group names its own sides ('les délégations de l'UE et de la Chine', 'the delegations of the EU and China')", () => {
    const pair = "Le ministre ghanéen des Affaires étrangères Kwame Asante a rencontré lundi à Accra son homologue togolais Jean Adjo. ";
    const found = meetings(`${pair}Les délégations de l'Union européenne et de la Chine se sont réunies mardi à Bruxelles.`);
    expect(found).toContainEqual(["China", "European Union"]);
    expect(found.filter((p) => p.includes("Kwame Asante"))).toHaveLength(1);
    const english = meetings(
      "Ghanaian Foreign Minister Kwame Asante met his Togolese counterpart Jean Adjo in Accra on Monday. The delegations of the European Union and China met in Brussels on Tuesday.",
    );
    expect(english).toContainEqual(["China", "European Union"]);
    expect(english.filter((p) => p.includes("Kwame Asante"))).toHaveLength(1);
  });
});

describe("heads of delegation received by an office holder the article leaves unnamed", () => {
  it("meet that holder's country, a meeting apart from the one told before", () => {
    const french = meetings(
      `${TALKS_FR}Les chefs de délégation ont ensuite été reçus en audience lundi soir au palais présidentiel par le chef de l'État nigérien.`,
    );
    expect(french).toContainEqual([...MINISTERS, "Niger"].sort());
    expect(french).toContainEqual(MINISTERS);
    const english = meetings(
      `${TALKS_EN}The heads of delegation were later received at the presidential palace by the Nigerien president.`,
    );
    expect(english).toContainEqual([...MINISTERS, "Niger"].sort());
    expect(english).toContainEqual(MINISTERS);
  });

  it("not when nobody receives them, nor an office holder merely named in another part of the sentence", () => {
    expect(meetings(`${TALKS_FR}Les chefs de délégation ont ensuite été reçus en audience lundi soir.`).flat()).not.toContain("Niger");
    const aside = meetings(
      `${TALKS_EN}The heads of delegation were later received by the mayor, the Nigerien president having left for Paris.`,
    );
    expect(aside.flat()).not.toContain("Niger");
  });
});

describe("a leaders' group meeting for its organisation's summit", () => {
  it("is that summit, the organisation's, not a meeting of the countries apart", () => {
    expect(meetings("The leaders of Ghana, Togo and Benin met in Lome on Saturday for the annual ECOWAS summit.")).toEqual([["ECOWAS"]]);
    const french = meetings(
      "Les dirigeants du Ghana, du Togo et du Bénin se sont réunis samedi à Lomé pour le sommet annuel de la CEDEAO.",
    );
    expect(french).toHaveLength(1);
    expect(french[0]).toContain("ECOWAS");
  });

  it("not a group standing for people named before, met on the sidelines of a summit ('Les deux dirigeants … en marge du sommet de la CEDEAO')", () => {
    expect(
      meetings(
        "Le président togolais Yao Kodjo a reçu lundi à Lomé le président ghanéen Kwame Asante. Les deux dirigeants s'étaient brièvement entretenus en mai en marge du sommet de la CEDEAO à Abuja.",
      ).filter((p) => p.includes("Yao Kodjo") && p.includes("Kwame Asante")),
    ).toHaveLength(2);
  });

  it("leaves a meeting of the countries alone when no summit is named ('The leaders of Ghana, Togo and Benin met in Lome')", () => {
    expect(meetings("The leaders of Ghana, Togo and Benin met in Lome on Saturday.")).toEqual([["Benin", "Ghana", "Togo"]]);
  });
});
