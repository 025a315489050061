/**
 * Small hand-written extractions for the event tests: an article of a given publication date that
 * reports some events among a few known entities. Quotes are the project's own words.
 */
import type { DocumentExtraction, EntityType, ExtractedEvent } from "../../src/model/extraction.js";

const WORLD: Record<string, { name: string; type: EntityType }> = {
  "person:keir-starmer": { name: "Keir Starmer", type: "Person" },
  "person:sanae-takaichi": { name: "Sanae Takaichi", type: "Person" },
  "person:xi-jinping": { name: "Xi Jinping", type: "Person" },
  "country:JP": { name: "Japan", type: "Country" },
  "country:CN": { name: "China", type: "Country" },
  "place:tokyo": { name: "Tokyo", type: "Place" },
  "place:osaka": { name: "Osaka", type: "Place" },
  "place:beijing": { name: "Beijing", type: "Place" },
};

export type EventSpec = Partial<ExtractedEvent> & { quote: string };

/** An article `name` published on `published` that tells `events` (Starmer and Takaichi meeting, unless told otherwise). */
export function eventArticle(name: string, published: string | null, events: EventSpec[]): DocumentExtraction {
  const text = events.map((event) => event.quote).join(" ");
  let offset = 0;
  const extracted: ExtractedEvent[] = events.map(({ quote, ...event }, index) => {
    const evidence = [{ start: offset, end: offset + quote.length, text: quote }];
    offset += quote.length + 1;
    return {
      id: `e${index + 1}`,
      type: "Meeting",
      date: null,
      status: "occurred",
      participants: ["person:keir-starmer", "person:sanae-takaichi"],
      evidence,
      ...event,
    };
  });
  const used = new Set(extracted.flatMap((event) => [...event.participants, ...(event.place ? [event.place] : [])]));
  return {
    document: { id: `doc:${name}`, source: `fixtures/${name}.txt`, title: `About ${name}`, published, language: "en" },
    entities: [...used].map((id) => {
      const known = WORLD[id];
      if (!known) throw new Error(`entente/test: no entity ${id} in the test world`);
      return {
        id,
        name: known.name,
        type: known.type,
        aliases: [],
        mentions: [{ start: 0, end: Math.min(1, text.length), text: text.slice(0, 1) }],
      };
    }),
    events: extracted,
    relations: [],
  };
}
