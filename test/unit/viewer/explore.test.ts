/** Pure helpers of the viewer's read queries: search syntax, quotes paired with articles. */
import { describe, expect, it } from "vitest";
import { autocompleteQuery } from "../../../viewer/server/explore.js";
import { quotesOf } from "../../../viewer/server/node-details.js";

describe("autocompleteQuery", () => {
  it("requires every word and treats the last as a prefix (or a near spelling)", () => {
    expect(autocompleteQuery("Takai")).toBe("+(Takai* OR Takai~)");
    expect(autocompleteQuery("keir sta")).toBe("+keir +(sta* OR sta~)");
  });

  it("escapes Lucene syntax so user text is never an operator", () => {
    expect(autocompleteQuery("a:b")).toBe("+a +(b* OR b~)");
    expect(autocompleteQuery("AND")).toBe("+(AND* OR AND~)");
    expect(autocompleteQuery("x^2")).toBe("+(x\\^2* OR x\\^2~)");
    expect(autocompleteQuery("  ")).toBeNull();
    expect(autocompleteQuery("!!!")).toBeNull();
  });
});

describe("quotesOf", () => {
  const doc = (id: string) => ({ id, title: id, published: null, publisher: null, source: null, language: null });
  const documents = new Map([
    ["d1", doc("d1")],
    ["d2", doc("d2")],
  ]);

  it("pairs quotes with their documents index by index", () => {
    expect(quotesOf(["q1", "q2"], ["d2", "d1"], documents).map((q) => q.document?.id)).toEqual(["d2", "d1"]);
  });

  it("uses a single source for every quote, and none when it cannot tell", () => {
    expect(quotesOf(["q1", "q2"], ["d1"], documents).map((q) => q.document?.id)).toEqual(["d1", "d1"]);
    expect(quotesOf(["q1", "q2", "q3"], ["d1", "d2"], documents).map((q) => q.document)).toEqual([null, null, null]);
    expect(quotesOf(["q1"], ["unknown"], documents)[0].document).toBeNull();
  });
});
