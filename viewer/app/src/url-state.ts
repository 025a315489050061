/**
 * The view in the URL's query string, so a link reopens the same view: search text, filters,
 * selection, expanded nodes, path ends, colouring, Cypher query and camera.
 */
export interface ViewState {
  /** How many of the most connected nodes the first view loads. */
  overview: number;
  q: string;
  selected: string | null;
  expanded: string[];
  hiddenTypes: string[];
  dateFrom: string;
  dateTo: string;
  source: string;
  colorBy: "type" | "community";
  pathFrom: string | null;
  pathTo: string | null;
  cypher: string;
  camera: { x: number; y: number; ratio: number; angle: number } | null;
}

const DEFAULT_OVERVIEW = 300;

export const EMPTY_VIEW: ViewState = {
  overview: DEFAULT_OVERVIEW,
  q: "",
  selected: null,
  expanded: [],
  hiddenTypes: [],
  dateFrom: "",
  dateTo: "",
  source: "",
  colorBy: "type",
  pathFrom: null,
  pathTo: null,
  cypher: "",
  camera: null,
};

const list = (value: string | null) => (value ? value.split(",").map(decodeURIComponent).filter(Boolean) : []);
const joinList = (values: readonly string[]) => values.map(encodeURIComponent).join(",");

export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.overview !== DEFAULT_OVERVIEW) params.set("ov", String(view.overview));
  if (view.q) params.set("q", view.q);
  if (view.selected) params.set("sel", view.selected);
  if (view.expanded.length) params.set("exp", joinList(view.expanded));
  if (view.hiddenTypes.length) params.set("hide", joinList(view.hiddenTypes));
  if (view.dateFrom) params.set("from", view.dateFrom);
  if (view.dateTo) params.set("to", view.dateTo);
  if (view.source) params.set("src", view.source);
  if (view.colorBy !== "type") params.set("color", view.colorBy);
  if (view.pathFrom) params.set("pa", view.pathFrom);
  if (view.pathTo) params.set("pb", view.pathTo);
  if (view.cypher) params.set("cypher", view.cypher);
  if (view.camera) {
    const { x, y, ratio, angle } = view.camera;
    params.set("cam", [x, y, ratio, angle].map((n) => Number(n.toFixed(5))).join(","));
  }
  return params.toString();
}

export function decodeView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const cam = (params.get("cam") ?? "").split(",").map(Number);
  const camera =
    cam.length === 4 && cam.every(Number.isFinite) && cam[2] > 0 ? { x: cam[0], y: cam[1], ratio: cam[2], angle: cam[3] } : null;
  const overview = Number(params.get("ov") ?? DEFAULT_OVERVIEW);
  return {
    overview: Number.isInteger(overview) && overview >= 1 && overview <= 20_000 ? overview : DEFAULT_OVERVIEW,
    q: params.get("q") ?? "",
    selected: params.get("sel") || null,
    expanded: list(params.get("exp")),
    hiddenTypes: list(params.get("hide")),
    dateFrom: params.get("from") ?? "",
    dateTo: params.get("to") ?? "",
    source: params.get("src") ?? "",
    colorBy: params.get("color") === "community" ? "community" : "type",
    pathFrom: params.get("pa") || null,
    pathTo: params.get("pb") || null,
    cypher: params.get("cypher") ?? "",
    camera,
  };
}
