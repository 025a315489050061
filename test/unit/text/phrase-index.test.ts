import { describe, expect, it } from "vitest";
import { compilePhraseIndex } from "../../../ingest/text/phrase-index.js";

/** What the extractor ran before: one alternation of the forms, no match right after a letter or a digit. */
function referenceMatches(forms: readonly string[], text: string): Array<[number, number, number]> {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = (form: string): string => {
    const wildcard = form.endsWith("*");
    const body = (wildcard ? form.slice(0, -1) : form).split(/\s+/).map(escape).join("\\s+");
    return `${body}${wildcard ? "\\p{L}*" : ""}${form.endsWith("'") ? "" : "(?![\\p{L}\\p{N}])"}`;
  };
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map((f) => `(${pattern(f)})`).join("|")})`, "gu");
  return [...text.matchAll(regex)]
    .filter((m) => m[0].length > 0)
    .map((m) => [m.index, m.index + m[0].length, m.slice(1).findIndex((g) => g !== undefined)]);
}

const found = (forms: readonly string[], text: string, start?: number, end?: number): Array<[number, number, number]> =>
  compilePhraseIndex(forms)
    .matchesIn(text, start, end)
    .map((m) => [m.start, m.end, m.order]);

describe("finding phrases word start by word start", () => {
  it("matches whole words only, with any white space between a form's words", () => {
    const forms = ["se sont entretenus", "entretenus", "sign"];
    expect(found(forms, "ils se  sont\nentretenus hier")).toEqual([[4, 23, 0]]);
    expect(found(forms, "signe et sign.")).toEqual([[9, 13, 2]]);
    expect(found(forms, "xentretenus")).toEqual([]);
  });

  it("lets the form listed first win at one place, and goes on after a match", () => {
    expect(found(["a b", "a"], "a b a")).toEqual([
      [0, 3, 0],
      [4, 5, 1],
    ]);
    expect(found(["a", "a b"], "a b")).toEqual([[0, 1, 0]]);
  });

  it("runs a form ending with an apostrophe into the next word, and a wildcard to the end of the word", () => {
    expect(found(["l'"], "l'armee")).toEqual([[0, 2, 0]]);
    expect(found(["entret*"], "entretiens, entret2")).toEqual([[0, 10, 0]]);
    expect(found(["s'est entret*"], "il s'est entretenu")).toEqual([[3, 18, 0]]);
  });

  it("reads a range as a text of its own: its first unit starts a word, its end ends one", () => {
    expect(found(["tenu"], "entretenu", 5, 9)).toEqual([[5, 9, 0]]);
    expect(found(["entre"], "entretenu", 0, 5)).toEqual([[0, 5, 0]]);
    expect(found(["entre"], "entretenu")).toEqual([]);
    expect(found(["a b"], "a b", 0, 2)).toEqual([]);
  });

  it("finds what the alternation of the same forms finds, on random forms and texts", () => {
    const alphabet = ["a", "b", "c", " ", " ", "'", "1", "é", "𝐀", "-", "🙂", "\u00a0"];
    const formAlphabet = ["a", "b", "c", " ", "'", "1", "-", "𝐀"];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const pick = (from: readonly string[], length: number): string => Array.from({ length }, () => from[next(from.length)]).join("");
    for (let round = 0; round < 400; round++) {
      const forms = [
        ...new Set(
          Array.from({ length: 1 + next(4) }, () => {
            const form = pick(formAlphabet, 1 + next(4))
              .trim()
              .replace(/\s+/g, " ");
            return next(5) === 0 ? `${form}*` : form;
          }).filter((f) => f.length > 0 && f !== "*" && !/^\s/.test(f)),
        ),
      ];
      if (forms.length === 0) continue;
      const text = pick(alphabet, 24);
      // One index reads several texts and ranges in turn, as a finder reads a document sentence by sentence.
      const index = compilePhraseIndex(forms);
      const read = (t: string, start?: number, end?: number): Array<[number, number, number]> =>
        index.matchesIn(t, start, end).map((m) => [m.start, m.end, m.order]);
      expect(read(text), `${JSON.stringify(forms)} on ${JSON.stringify(text)}`).toEqual(referenceMatches(forms, text));
      const other = pick(alphabet, 16);
      expect(read(other), `${JSON.stringify(forms)} on ${JSON.stringify(other)}`).toEqual(referenceMatches(forms, other));
      // Ranges (sentences, clauses) never cut a character written with two UTF-16 units.
      const unitBoundary = (i: number): number => (/[\udc00-\udfff]/.test(text.charAt(i)) ? i + 1 : i);
      const start = unitBoundary(next(12));
      const end = unitBoundary(start + next(13));
      const slice = text.slice(start, end);
      expect(read(text, start, end), `${JSON.stringify(forms)} on ${JSON.stringify(slice)} (range)`).toEqual(
        referenceMatches(forms, slice).map(([s, e, o]) => [s + start, e + start, o]),
      );
      const later = unitBoundary(Math.min(end, text.length));
      expect(read(text, later), `${JSON.stringify(forms)} on ${JSON.stringify(text.slice(later))} (next range)`).toEqual(
        referenceMatches(forms, text.slice(later)).map(([s, e, o]) => [s + later, e + later, o]),
      );
    }
  });
});
