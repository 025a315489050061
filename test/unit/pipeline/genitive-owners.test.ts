/**
 * A title whose complement ends on a country in the genitive ("director of Estonia's Defence Investment Centre"), read
 * end to end with the project's knowledge base on sentences written for these tests: the organisation the genitive
 * qualifies owns the office, unless it is one of the state's own organs or the phrase goes on past it.
 */
import { describe, expect, it } from "vitest";
import { extract, roles } from "./roles-read.js";

describe("an organisation in a country's genitive inside a title", () => {
  it("owns the office, the title before the name or in apposition after it", () => {
    const before = extract(
      "Contract\n\nThe acting director of Estonia's Defence Investment Centre, Kadri Tamm, signed the contract on Tuesday.",
    );
    expect(roles(before)).toEqual(["Kadri Tamm: Director of Defence Investment Centre"]);
    const after = extract(
      "Contract\n\nKadri Tamm, director of Estonia’s Defence Investment Centre, said on Tuesday that the contract was signed.",
    );
    expect(roles(after)).toEqual(["Kadri Tamm: Director of Defence Investment Centre"]);
  });
  it("leaves a state's organ to its country", () => {
    const out = extract("Bosnia\n\nAdnan Hodžić, chair of Bosnia and Herzegovina's Council of Ministers, met EU officials on Tuesday.");
    expect(roles(out)).toEqual(["Adnan Hodžić: Chairperson of Bosnia and Herzegovina"]);
  });
  it("leaves the country when the organisation only qualifies a longer phrase", () => {
    const out = extract("Contract\n\nKadri Tamm, a director of Estonia's Defence Investment Centre procurement office, signed on Tuesday.");
    expect(roles(out)).toEqual(["Kadri Tamm: Director of Estonia"]);
  });
});
