/**
 * An English minister's remit written in lower case after "for" ("the deputy prime minister for defence affairs"), read
 * end to end with the project's knowledge base on sentences written for these tests: it belongs to the title, so the
 * title stands in apposition to its holder's name and takes the country the story is told from.
 */
import { describe, expect, it } from "vitest";
import { extract, roles } from "./roles-read.js";

describe("a lower-case remit closed by 'affairs'", () => {
  it("is part of the title, after the name or before it", () => {
    const after = extract(
      "Oman\n\nMUSCAT (Reuters) - Sayyid Hamad bin Salim, the deputy prime minister for defence affairs, received the delegation on Wednesday.",
    );
    expect(roles(after)).toEqual(["Hamad bin Salim: Deputy prime minister for defence affairs of Oman"]);
    const before = extract(
      "Oman\n\nMUSCAT (Reuters) - The deputy prime minister for defence affairs, Sayyid Hamad bin Salim, received the delegation on Wednesday.",
    );
    expect(roles(before)).toEqual(["Hamad bin Salim: Deputy prime minister for defence affairs of Oman"]);
  });
  it("is no remit without its closing noun, nor after function words", () => {
    const years = extract("Oman\n\nMUSCAT (Reuters) - Sayyid Hamad bin Salim, the foreign minister for two years, spoke on Wednesday.");
    expect(roles(years)).toEqual([]);
    const council = extract(
      "Oman\n\nMUSCAT (Reuters) - Sayyid Hamad bin Salim, the minister for the affairs of the council, spoke on Wednesday.",
    );
    expect(roles(council)).toEqual([]);
  });
});
