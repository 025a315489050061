/** The viewer's HTTP API from the browser: each answer parsed with the shared zod schemas. */
import type { z } from "zod";
import {
  CypherAnswer,
  DocumentsAnswer,
  ErrorAnswer,
  GraphSlice,
  NeighborsAnswer,
  NodeDetails,
  PathAnswer,
  SearchAnswer,
  type PlainValue,
} from "../../shared/api.js";

class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

async function call<S extends z.ZodType>(schema: S, url: string, init?: RequestInit): Promise<z.output<S>> {
  const response = await fetch(url, init);
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = ErrorAnswer.safeParse(body);
    throw new ApiError(parsed.success ? parsed.data.error : `entente/viewer: ${url} answered ${response.status}`, response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiError(`entente/viewer: unexpected answer from ${url}: ${parsed.error.issues[0]?.message ?? "invalid"}`, 502);
  return parsed.data;
}

const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

export const api = {
  search: (q: string, limit = 10) => call(SearchAnswer, `/api/search?${new URLSearchParams({ q, limit: String(limit) })}`),
  node: (id: string) => call(NodeDetails, `/api/node/${encodeURIComponent(id)}`),
  neighbors: (id: string, limit: number, offset: number) =>
    call(
      NeighborsAnswer,
      `/api/node/${encodeURIComponent(id)}/neighbors?${new URLSearchParams({ limit: String(limit), offset: String(offset) })}`,
    ),
  path: (from: string, to: string) => call(PathAnswer, `/api/path?${new URLSearchParams({ from, to })}`),
  overview: (limit: number) => call(GraphSlice, `/api/overview?limit=${limit}`),
  documents: () => call(DocumentsAnswer, "/api/documents"),
  cypher: (query: string, params: Record<string, PlainValue> = {}) => call(CypherAnswer, "/api/cypher", json({ query, params })),
  async export(format: "json" | "gexf", ids: string[]): Promise<Blob> {
    const response = await fetch("/api/export", json({ format, ids }));
    if (!response.ok) {
      const parsed = ErrorAnswer.safeParse(await response.json().catch(() => null));
      throw new ApiError(parsed.success ? parsed.data.error : `entente/viewer: export answered ${response.status}`, response.status);
    }
    return response.blob();
  },
};
