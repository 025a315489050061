import { describe, expect, it } from "vitest";
import { formatDuration, formatProgressLine, progressFigures } from "../../../cli/progress.js";

describe("progressFigures", () => {
  it("gives articles/s, the share of bytes done and the time left at the average speed so far", () => {
    expect(progressFigures({ articles: 500, bytes: 25e6, totalBytes: 100e6, seconds: 10 })).toEqual({
      rate: 50,
      fraction: 0.25,
      secondsLeft: 30,
    });
  });

  it("leaves the share and the time left unknown until the total is known, and the time left until something is done", () => {
    expect(progressFigures({ articles: 3, bytes: 100, totalBytes: null, seconds: 2 })).toEqual({
      rate: 1.5,
      fraction: null,
      secondsLeft: null,
    });
    expect(progressFigures({ articles: 0, bytes: 0, totalBytes: 1000, seconds: 0 })).toEqual({ rate: 0, fraction: 0, secondsLeft: null });
  });
});

describe("formatDuration", () => {
  it("reads as seconds, minutes or hours", () => {
    expect([formatDuration(44.6), formatDuration(200), formatDuration(7500), formatDuration(null)]).toEqual([
      "45 s",
      "3 min 20 s",
      "2 h 05 min",
      "?",
    ]);
  });
});

describe("formatProgressLine", () => {
  it("is one line with the articles, the share of the input, the speed and the time left", () => {
    expect(formatProgressLine("entente/ingest", { articles: 12345, bytes: 41e6, totalBytes: 100e6, seconds: 41 })).toBe(
      "entente/ingest: 12,345 articles, 41% of 100 MB, 301 articles/s, 59 s left",
    );
    expect(formatProgressLine("entente/extract", { articles: 2, bytes: 3000, totalBytes: null, seconds: 1 })).toBe(
      "entente/extract: 2 articles, 0.0 MB read, 2 articles/s, ? left",
    );
  });
});
