/**
 * A succession told with the ministry rather than the minister's title ("Il succède à Y au ministère des Armées"), read
 * end to end with the project's knowledge base on sentences written for these tests: the successor (named in the
 * sentence before, told again by a pronoun) holds the minister's office, the predecessor held it.
 */
import { describe, expect, it } from "vitest";
import { extract, roles } from "./roles-read.js";

describe("a succession at a ministry", () => {
  it("gives the successor the minister's office and the predecessor the same as former (fr)", () => {
    const out = extract("Le président a nommé hier Paul Ardent. Il succède à Marc Vidal au ministère des Armées.");
    expect(roles(out)).toEqual(["Paul Ardent: Defence Minister of France", "Marc Vidal: Defence Minister of France"]);
    const former = out.relations.filter((r) => r.type === "HOLDS_ROLE").map((r) => r.properties?.tenure);
    expect(former).toEqual(["current", "former"]);
  });
  it("reads the country the ministry's name ends with (fr, en)", () => {
    expect(
      roles(extract("Le roi du Maroc a nommé lundi Paul Ardent. Il succède à Marc Vidal au ministère de la Défense du Maroc.")),
    ).toEqual(["Paul Ardent: Defence Minister of Morocco", "Marc Vidal: Defence Minister of Morocco"]);
    expect(
      roles(extract("Lisa Brandt was appointed on Monday. She succeeds Omar Haddad at the head of the Ministry of Defence of Jordan.")),
    ).toEqual(["Lisa Brandt: Defence Minister of Jordan", "Omar Haddad: Defence Minister of Jordan"]);
  });
  it("gives no office for a place after the predecessor, nor for a ministry the KB has no minister's title for", () => {
    expect(roles(extract("Le président a nommé hier Paul Ardent. Il succède à Marc Vidal au Maroc."))).toEqual([]);
    expect(roles(extract("Paul Ardent succède à Marc Vidal au ministère de la Culture."))).toEqual([]);
  });
});
