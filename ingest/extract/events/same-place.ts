/**
 * Whether two places named for events can be one: the same place, a capital or a city of the
 * knowledge base and its country, or a place the knowledge base does not know (a palace, a base)
 * that may lie within the other.
 */
import type { ExtractionContext } from "../context.js";

/** Whether `place` is the capital of `country` (from the knowledge base). */
export function isCapitalOf(ctx: ExtractionContext, country: string, place: string): boolean {
  const entry = ctx.kb.byId.get(country);
  return !!entry && "iso2" in entry && entry.capital === place;
}

/** The country a place of the knowledge base lies in (a country is its own); null when the KB does not say. */
export function countryOfPlace(ctx: ExtractionContext, id: string): string | null {
  const entry = ctx.kb.byId.get(id);
  if (!entry) return null;
  return "iso2" in entry ? entry.id : (entry.country ?? null);
}

/**
 * Whether two places can be where one meeting or signing happened: the same, a capital or a city
 * and its country, or a place the knowledge base does not know (a palace, a base) within the other.
 * New Delhi and Istanbul cannot.
 */
export function couldBeOnePlace(ctx: ExtractionContext, a: string | null, b: string | null): boolean {
  if (!a || !b || a === b || isCapitalOf(ctx, a, b) || isCapitalOf(ctx, b, a)) return true;
  if (countryOfPlace(ctx, a) === b || countryOfPlace(ctx, b) === a) return true;
  return !ctx.kb.byId.has(a) || !ctx.kb.byId.has(b);
}
