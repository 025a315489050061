import { describe, expect, it } from "vitest";
import { isGenericFormOf, officesIncompatible, parseTitleKind, type Office } from "../../../src/store/role-rules.js";

const office = (title: string, kind: Office["kind"]): Office => ({ title, kind });

describe("officesIncompatible", () => {
  it("flags two different executive offices for one country", () => {
    expect(
      officesIncompatible(office("Prime Minister", "head-of-government"), office("Minister of State for Economic Security", "minister")),
    ).toBe(true);
    expect(officesIncompatible(office("Prime Minister", "head-of-government"), office("Leader of the Opposition", "legislature"))).toBe(
      true,
    );
    expect(officesIncompatible(office("President", "head-of-state"), office("Prime Minister", "head-of-government"))).toBe(true);
    expect(officesIncompatible(office("Prime Minister", "head-of-government"), office("Deputy Prime Minister", "minister"))).toBe(true);
  });
  it("accepts the same office, a generic form of it, and a seat held with it", () => {
    expect(officesIncompatible(office("Prime Minister", "head-of-government"), office("prime  minister", "head-of-government"))).toBe(
      false,
    );
    expect(
      officesIncompatible(office("Minister of State", "minister"), office("Minister of State for Economic Security", "minister")),
    ).toBe(false);
    expect(officesIncompatible(office("Prime Minister", "head-of-government"), office("Member of Parliament", "legislature"))).toBe(false);
  });
  it("lets party, military, diplomatic and unknown titles combine with any office", () => {
    expect(officesIncompatible(office("Prime Minister", "head-of-government"), office("Leader of the Labour Party", "party"))).toBe(false);
    expect(officesIncompatible(office("President", "head-of-state"), office("Commander-in-Chief", "military"))).toBe(false);
    expect(officesIncompatible(office("Prime Minister", "head-of-government"), office("Chair", "other"))).toBe(false);
  });
});

describe("isGenericFormOf", () => {
  it("is a word subset that adds no rank qualifier", () => {
    expect(isGenericFormOf("Minister", "Minister of Defence")).toBe(true);
    expect(isGenericFormOf("Prime Minister", "Deputy Prime Minister")).toBe(false);
    expect(isGenericFormOf("Minister of Defence", "Minister")).toBe(false);
  });
});

describe("parseTitleKind", () => {
  it("keeps known kinds and turns anything else into other", () => {
    expect(parseTitleKind("minister")).toBe("minister");
    expect(parseTitleKind("emperor")).toBe("other");
    expect(parseTitleKind(3)).toBe("other");
  });
});
