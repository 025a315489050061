/** Colours: one per entity and event type (fixed, so a legend means the same everywhere), and per community. */
const TYPE_COLORS: Record<string, string> = {
  Person: "#e4572e",
  Country: "#2e86ab",
  Organization: "#7b4fbf",
  Program: "#f3a712",
  Agreement: "#3bb273",
  Place: "#8d6a4f",
  Topic: "#c2477f",
  Meeting: "#5c6b73",
  Visit: "#4a7c8c",
  Signing: "#2f5d50",
};
const FALLBACK = ["#6c8ead", "#a26769", "#6a994e", "#bc6c25", "#5e548e", "#9a8c98", "#588157", "#b56576"];
const COMMUNITY = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
  "#393b79",
  "#637939",
  "#8c6d31",
  "#843c39",
  "#7b4173",
  "#3182bd",
  "#e6550d",
  "#31a354",
  "#756bb1",
  "#636363",
];

function hash(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i++) value = (value * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(value);
}

export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? FALLBACK[hash(type) % FALLBACK.length];
}

export function communityColor(community: number): string {
  return COMMUNITY[community % COMMUNITY.length];
}

export const DIMMED_NODE = "#d9dde3";
export const DIMMED_EDGE = "#eceef1";
export const EDGE_COLOR = "#b8c0cc";
export const CONFLICT_COLOR = "#d7263d";
export const PATH_COLOR = "#111827";

/** Node size on screen from its degree in the database. */
export function nodeSize(degree: number): number {
  return Math.min(16, 3 + 2.2 * Math.log2(1 + degree));
}
