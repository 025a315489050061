/**
 * What an export keeps of each fact's quotes: a module of its own, with no driver or graph library
 * behind it, so that the CLI reads its default and parses its option without loading the exporter.
 */

/** How many quotes a fact keeps in an export unless asked otherwise; `sources` always lists every article. */
export const DEFAULT_QUOTES_PER_FACT = 3;

/** The quotes (`evidence`, with `evidenceSources`) each fact keeps, the first ones; "all" keeps every one. */
export type QuotesPerFact = number | "all";

export interface ExportOptions {
  quotesPerFact?: QuotesPerFact;
}

/** "all", or a whole number of quotes; anything else is null (the caller says what was wrong, and where). */
export function parseQuotesPerFact(value: string): QuotesPerFact | null {
  const text = value.trim();
  if (text.toLowerCase() === "all") return "all";
  if (!/^\d{1,6}$/.test(text)) return null;
  return Number(text);
}
