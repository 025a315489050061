import { describe, expect, it } from "vitest";
import { parseJsonlLine, parsePlainArticle } from "../../../ingest/read/index.js";

describe("parsePlainArticle", () => {
  it("keeps the text as is and reads a `date` marker, partial or full", () => {
    const text = " date 2024-11 Ce document va de la défense au désarmement.\n\nL'Union européenne et le Japon ont signé un accord.";
    expect(parsePlainArticle(text, "a.txt", "txt")).toEqual({
      source: "a.txt",
      format: "txt",
      text,
      title: null,
      published: "2024-11",
      publisher: null,
    });
  });

  it("reads a header of site name, date line, label, headline copies, byline, counters and agency credit", () => {
    const text = [
      "Вестник",
      "Sunday, 01 February 2026",
      "Breaking",
      "",
      "Inde-France : un nouveau partenariat pour les sous-marins",
      "",
      "Inde-France : un nouveau partenariat pour les sous-marins",
      "Jane Roe Editor",
      "5 hours ago",
      "482",
      "",
      "France - Agence de presse Vestnik",
      "",
      "Le ministre indien de la Défense a rencontré samedi son homologue française à Paris pour discuter des sous-marins.",
    ].join("\n");
    expect(parsePlainArticle(text, "b.txt", "txt")).toMatchObject({
      title: "Inde-France : un nouveau partenariat pour les sous-marins",
      published: "2026-02-01",
      publisher: "Vestnik",
    });
  });

  it("reads datelines and a markdown heading", () => {
    expect(
      parsePlainArticle("# Visite à Canberra\n\nCANBERRA, 4 mars 2025 (AFP) - La ministre a signé un accord.", "c.md", "md"),
    ).toMatchObject({
      title: "Visite à Canberra",
      published: "2025-03-04",
      publisher: "AFP",
    });
  });
});

describe("parsePlainArticle: a wire story", () => {
  it("reads the headline, the date line with its time and update note, and the agency of a yearless dateline", () => {
    const text = [
      "Japan, Philippines sign defence pact to counter China",
      "",
      "By Reuters",
      "",
      "July 8, 2024 6:05 AM GMT+9 Updated 2 hours ago",
      "",
      "MANILA, July 8 (Reuters) - Japan and the Philippines signed a defence pact on Monday.",
    ].join("\n");
    expect(parsePlainArticle(text, "wire.txt", "txt")).toMatchObject({
      title: "Japan, Philippines sign defence pact to counter China",
      published: "2024-07-08",
      publisher: "Reuters",
    });
  });
});

describe("parseJsonlLine", () => {
  it("names the file and line of a bad line", () => {
    const badJson = parseJsonlLine("{oops", "w.jsonl", 7);
    expect(badJson).toMatchObject({ source: "w.jsonl#L7" });
    expect(badJson).toHaveProperty("reason", expect.stringMatching(/^invalid JSON \(/));
    const notAnArticle = parseJsonlLine('{"title": 3, "text": "x"}', "w.jsonl", 2);
    expect(notAnArticle).toMatchObject({ source: "w.jsonl#L2" });
    expect(notAnArticle).toHaveProperty("reason", expect.stringMatching(/^not an article \(title:/));
    expect(parseJsonlLine('{"text": "   "}', "w.jsonl", 1)).toEqual({
      source: "w.jsonl#L1",
      reason: "no text: expected a non-empty `text` or `content` field",
    });
  });

  it("prefers the url as source, reads `content` and written dates", () => {
    expect(
      parseJsonlLine('{"url":"https://x.org/a","content":"Le G7 s\'est réuni.","published":"3 mars 2025","publisher":"X"}', "w.jsonl", 1),
    ).toEqual({
      source: "https://x.org/a",
      format: "jsonl",
      text: "Le G7 s'est réuni.",
      title: null,
      published: "2025-03-03",
      publisher: "X",
    });
  });

  it("reads a feed's date fields in their many forms, and a date field it cannot read never refuses the article", () => {
    const published = (field: string): string | null | undefined => {
      const read = parseJsonlLine(`{"date":${field},"text":"Le ministre a parlé."}`, "w.jsonl", 1);
      return "published" in read ? read.published : undefined;
    };
    // already read: ISO with an offset (the day written, not UTC's), RFC 822, day-first numeric in a French feed
    expect(published('"2026-12-03T23:30:00-05:00"')).toBe("2026-12-03");
    expect(published('"Thu, 03 Dec 2026 09:00:00 GMT"')).toBe("2026-12-03");
    expect(published('"03/12/2026"')).toBe("2026-12-03");
    // Unix time (seconds, milliseconds, as a number or text: its UTC day) and the compact forms
    expect(published("1796299200")).toBe("2026-12-03");
    expect(published("1796299200000")).toBe("2026-12-03");
    expect(published('"1796299200"')).toBe("2026-12-03");
    expect(published('"20261203"')).toBe("2026-12-03");
    expect(published('"20261203140500"')).toBe("2026-12-03");
    // numbers that are no date, and values of other kinds: no date, the article still read
    expect(published("12")).toBeNull();
    expect(published('{"when":"today"}')).toBeNull();
    expect(published("true")).toBeNull();
  });
});
