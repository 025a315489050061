/**
 * End-to-end helper of the event tests: the events extracted from a body of text, with their
 * entities by name (participants sorted), so that a test states what an analyst would read.
 */
import { extractArticle } from "../../../../ingest/pipeline.js";

export interface NamedEvent {
  type: string;
  status: string;
  date: string | null;
  participants: string[];
  place: string | null;
  evidence: number;
}

/** The events of `body` (of the `types` asked, all when none), published on `published`. */
export function namedEvents(body: string, published: string, ...types: string[]): NamedEvent[] {
  return namedEventsUnder(null, body, published, ...types);
}

/** The events of an article with its headline `title`. */
export function namedEventsUnder(title: string | null, body: string, published: string, ...types: string[]): NamedEvent[] {
  const out = extractArticle({ source: "mem.txt", format: "txt", text: body, title, published, publisher: null });
  const names = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.events
    .filter((e) => types.length === 0 || types.includes(e.type))
    .map((e) => ({
      type: e.type,
      status: e.status,
      date: e.date ?? null,
      participants: e.participants.map((p) => names.get(p) ?? p).sort(),
      place: e.place ? (names.get(e.place) ?? e.place) : null,
      evidence: e.evidence.length,
    }));
}
