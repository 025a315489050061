import { describe, expect, it } from "vitest";
import { checkFloors, parseFloor } from "../../../src/eval/floors.js";
import { metricsOf, EMPTY_COUNTS } from "../../../src/eval/metrics.js";

describe("parseFloor", () => {
  it("reads metric=value", () => {
    expect(parseFloor("entityF1=0.9")).toEqual({ metric: "entityF1", minimum: 0.9 });
    expect(parseFloor("relationP=1")).toEqual({ metric: "relationP", minimum: 1 });
  });

  it("refuses an unknown metric, naming the known ones", () => {
    expect(() => parseFloor("entityF=0.9")).toThrow(/unknown metric entityF \(one of entityP, entityR, entityF1, .*grounding\)/);
  });

  it("refuses a floor that is not a number from 0 to 1, or no floor at all", () => {
    for (const text of ["eventF1=", "eventF1=high", "eventF1=80", "eventF1=-0.1", "eventF1"])
      expect(() => parseFloor(text)).toThrow(/--min/);
  });
});

describe("checkFloors", () => {
  it("meets a floor at or above it, and never one on a metric that could not be measured", () => {
    const metrics = { ...metricsOf(EMPTY_COUNTS), entityF1: 0.9, eventF1: 0.79 };
    const checks = checkFloors(metrics, [
      { metric: "entityF1", minimum: 0.9 },
      { metric: "eventF1", minimum: 0.8 },
      { metric: "grounding", minimum: 0.5 },
    ]);
    expect(checks.map((check) => [check.metric, check.value, check.met])).toEqual([
      ["entityF1", 0.9, true],
      ["eventF1", 0.79, false],
      ["grounding", null, false],
    ]);
  });
});
