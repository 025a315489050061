import { describe, expect, it } from "vitest";
import { titlesWrittenAs } from "../../../ingest/extract/kb-titles.js";
import { foldForMatch } from "../../../src/kb/normalize.js";
import type { KbTitle } from "../../../src/model/kb.js";

const title = (id: string, forms: string[]): KbTitle => ({ id, title: id, forms, kind: "minister" });

describe("titlesWrittenAs", () => {
  it("finds every title with a form written so, folded (case and accents aside), each once", () => {
    const defence = title("title:defence-minister", ["ministre de la Défense", "Defence Minister", "defence minister"]);
    const secretary = title("title:defence-secretary", ["Defence Secretary", "Defence Minister"]);
    const foreign = title("title:foreign-minister", ["Foreign Minister"]);
    const titles = [defence, secretary, foreign];
    expect(titlesWrittenAs(titles, foldForMatch("DEFENCE MINISTER"))).toEqual([defence, secretary]);
    expect(titlesWrittenAs(titles, foldForMatch("Ministre de la defense"))).toEqual([defence]);
    expect(titlesWrittenAs(titles, foldForMatch("Prime Minister"))).toEqual([]);
  });

  it("reads each titles list's own forms: another knowledge base's forms never answer for it", () => {
    const first = [title("title:a", ["Defence Secretary"])];
    const second = [title("title:b", ["Foreign Secretary"])];
    expect(titlesWrittenAs(first, foldForMatch("Defence Secretary"))).toEqual(first);
    expect(titlesWrittenAs(second, foldForMatch("Defence Secretary"))).toEqual([]);
    expect(titlesWrittenAs(second, foldForMatch("Foreign Secretary"))).toEqual(second);
  });
});
