/**
 * An appointee written with what they are before the name ("the appointment of diplomat X as …", "la nomination du
 * diplomate X au poste de …"), read end to end with the project's knowledge base on sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extract, roles } from "./roles-read.js";

const tenures = (text: string): string[] =>
  extract(text)
    .relations.filter((r) => r.type === "HOLDS_ROLE")
    .map((r) => String(r.properties?.tenure));

describe("an occupation between the appointment's word and the appointee's name", () => {
  it("leaves the office after the name to the appointee, in English and in French", () => {
    const en =
      "GCC\n\nThe Gulf Cooperation Council welcomed the appointment of diplomat Khalid Al-Mansouri as the GCC's assistant secretary-general, effective Feb. 1.";
    expect(roles(extract(en))).toEqual(["Khalid Al-Mansouri: Assistant Secretary-General of Gulf Cooperation Council"]);
    expect(tenures(en)).toEqual(["designated"]);
    const fr =
      "Nomination\n\nLe conseil de la CEDEAO a salué la nomination du diplomate Karim Benali au poste de secrétaire général adjoint de l'organisation.";
    expect(roles(extract(fr))).toEqual(["Karim Benali: Deputy Secretary-General of ECOWAS"]);
  });
  it("gives no office without one after the name, nor to a plural occupation", () => {
    expect(roles(extract("GCC\n\nThe GCC named lawyer Sara Haddad and diplomat Omar Aziz as members on Tuesday."))).toEqual([]);
    expect(
      roles(
        extract(
          "GCC\n\nThe appointment of diplomats to the GCC's assistant secretary-general post was delayed, Omar Aziz said on Tuesday.",
        ),
      ),
    ).toEqual([]);
  });
});
