/**
 * What the first pipeline stages produce (ingest/read → ingest/text), consumed by
 * recognise, link and extract. Offsets are UTF-16 indices into `text`.
 */
import { z } from "zod";
import { IsoDate } from "./extraction.js";

export const ARTICLE_FORMATS = ["txt", "md", "html", "jsonl"] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** One article as read from disk, before cleaning. `text` is what every offset indexes. */
export const ArticleText = z.object({
  source: z.string(), // path, or url/path#line for a .jsonl line
  format: z.enum(ARTICLE_FORMATS),
  text: z.string(),
  title: z.string().nullable(),
  published: IsoDate.nullable(),
  publisher: z.string().nullable(),
  /** Where the photo captions a page gives start in `text` (after the story, one paragraph each); absent when none. */
  captionsFrom: z.number().int().nonnegative().optional(),
});
export type ArticleText = z.infer<typeof ArticleText>;

/** A file (or a .jsonl line) that could not be read: one clear line for the user. */
export interface ReadFailure {
  source: string;
  reason: string;
}

/**
 * Zones of the text. Only `body` (and `title`) feed events and relations; `boilerplate`
 * (bylines, "22 hours ago", view counters, navigation) is never an entity source; `teaser`
 * ("EN SAVOIR PLUS :", "Lire aussi", "Read more" and what follows) is kept apart.
 */
export type ZoneKind = "title" | "body" | "boilerplate" | "teaser" | "metadata" | "caption";
export interface Zone {
  start: number;
  end: number;
  kind: ZoneKind;
}

export interface Sentence {
  start: number;
  end: number;
  text: string; // === document text.slice(start, end)
  zone: ZoneKind;
  paragraph: number;
}

/** A document ready for recognition: cleaned metadata, language, zones and sentences. */
export interface PreparedDocument {
  id: string; // content hash, stable across runs
  source: string;
  text: string;
  title: string | null;
  published: IsoDate | null;
  publisher: string | null;
  language: string; // ISO 639-1
  zones: Zone[];
  sentences: Sentence[];
}

/** A date or date range found in a sentence and resolved against the publication date. */
export interface TemporalExpression {
  start: number;
  end: number;
  text: string;
  date: IsoDate; // resolved, as precise as the text allows ("2026", "2026-03", "2026-03-28")
  endDate: IsoDate | null;
  /** Whether the expression itself points to the future relative to publication ("avant la fin de l'année"). */
  future: boolean;
  /**
   * Counted from the day of the event its clause opens on ("The meeting came two days after X spoke with Y"): it dates
   * what follows it, not that event.
   */
  countsFromSubject?: boolean;
}
