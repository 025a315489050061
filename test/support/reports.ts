/** Event reports for the store's unit tests: a plausible report with only what a test cares about changed. */
import type { EventReport } from "../../src/store/event-report.js";
import { placeIndexOf, type PlaceIndex } from "../../src/store/places.js";

export function report(fields: Partial<EventReport> = {}): EventReport {
  return {
    document: "doc:a",
    published: "2026-02-01",
    type: "Meeting",
    status: "occurred",
    date: "2026-01-31",
    endDate: null,
    participants: ["person:keir-starmer", "person:sanae-takaichi"],
    places: [],
    topics: [],
    cameo: null,
    evidence: [`quote of ${fields.document ?? "doc:a"}`],
    ...fields,
  };
}

/** A few places of the tests' world: Tokyo and Osaka in Japan, Beijing in China. */
const COUNTRY_OF = new Map([
  ["place:tokyo", "country:JP"],
  ["place:osaka", "country:JP"],
  ["place:beijing", "country:CN"],
]);
export const TEST_PLACES: PlaceIndex = placeIndexOf(COUNTRY_OF);
