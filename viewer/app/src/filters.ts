/** The analyst's filters and the pure test of whether a node passes them. */
export interface Filters {
  hiddenTypes: ReadonlySet<string>;
  /** ISO date prefixes (YYYY, YYYY-MM or YYYY-MM-DD); "" = open. Apply to events only. */
  dateFrom: string;
  dateTo: string;
  /** A document id: only nodes mentioned in (or reported in) it; "" = every source. */
  source: string;
}

export const NO_FILTERS: Filters = { hiddenTypes: new Set(), dateFrom: "", dateTo: "", source: "" };

const ISO_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function isIsoPrefix(text: string): boolean {
  return ISO_PREFIX.test(text);
}

/** The first and last day a partial ISO date covers: "2026-02" → ["2026-02-01", "2026-02-31"]. */
function dateSpan(date: string): [string, string] {
  const [year, month, day] = date.split("-");
  if (day) return [date, date];
  if (month) return [`${year}-${month}-01`, `${year}-${month}-31`];
  return [`${year}-01-01`, `${year}-12-31`];
}

/** Whether an event dated `date` (possibly partial) can fall between `from` and `to`. */
export function dateOverlaps(date: string | null, from: string, to: string): boolean {
  const hasFrom = isIsoPrefix(from);
  const hasTo = isIsoPrefix(to);
  if (!hasFrom && !hasTo) return true;
  if (!date || !isIsoPrefix(date)) return false;
  const [start, end] = dateSpan(date);
  if (hasFrom && end < dateSpan(from)[0]) return false;
  if (hasTo && start > dateSpan(to)[1]) return false;
  return true;
}

export interface FilterableNode {
  kind: "Entity" | "Event";
  category: string;
  date: string | null;
  sources: readonly string[];
}

export function passesFilters(node: FilterableNode, filters: Filters): boolean {
  if (filters.hiddenTypes.has(node.category)) return false;
  if (node.kind === "Event" && !dateOverlaps(node.date, filters.dateFrom, filters.dateTo)) return false;
  if (filters.source && !node.sources.includes(filters.source)) return false;
  return true;
}
