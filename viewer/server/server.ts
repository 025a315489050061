/**
 * The viewer's HTTP server (Fastify): a JSON API over ./explore (the viewer's read model), the
 * library's exporter (src/store/export.ts, as `entente export --ids`) and the built web app.
 * Every parameter is validated with the schemas of viewer/shared/api.ts; errors are JSON `{ error }`
 * with a status code. Bound to 127.0.0.1 unless told otherwise; the Neo4j connection (and its
 * credentials) stays on this side. Requests must name this server in `Host` (DNS rebinding, see
 * ./host-check); Neo4j unreachable or failing gives 503 with a sentence.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import fastifyStatic from "@fastify/static";
import type { z } from "zod";
import { projectRoot } from "../../src/config.js";
import { Neo4jError } from "neo4j-driver";
import type { Neo4jConnection } from "../../src/neo4j/connection.js";
import { CypherError, isNeo4jUnavailable, unavailableReason } from "../../src/neo4j/errors.js";
import { QueryRefused } from "../../src/neo4j/read-only-guard.js";
import { EXPORT_MEDIA_TYPES, exportSubgraph, serializeGraph, type ExportFormat } from "../../src/store/export.js";
import type { QuotesPerFact } from "../../src/store/export-options.js";
import { listDocuments, neighbors, nodeDetails, overview, runReadOnlyCypher, searchEntities, shortestPath } from "./explore.js";
import {
  CypherBody,
  ExportBody,
  ExportParams,
  NeighborsQuery,
  NodeParams,
  OverviewParams,
  PathParams,
  SearchParams,
} from "../shared/api.js";
import { allowedHostHeaders, hostRefusal } from "./host-check.js";

export interface ViewerServerOptions {
  conn: Neo4jConnection;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Folder of the built web app; defaults to dist/viewer-app under the project root. */
  appDir?: string;
  /** Log requests (Fastify's logger) — off by default. */
  logRequests?: boolean;
  /** Host names besides the bound address's own that requests may use (a DNS name of this machine). */
  allowedHosts?: readonly string[];
}

export interface ViewerServer {
  app: FastifyInstance;
  /** Where the viewer answers, e.g. http://127.0.0.1:7474/ */
  url: string;
  close(): Promise<void>;
}

/** An error the API reports with its status code. */
class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

const DEFAULT_HOST = "127.0.0.1";

function defaultAppDir(): string {
  return join(projectRoot(), "dist", "viewer-app");
}

/** Parses with a zod schema, turning a failure into a one-line 400. */
function validate<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const reasons = parsed.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
  throw new HttpError(400, `entente/viewer: invalid ${where}: ${reasons.join("; ")}`);
}

/** Deepest nesting of Cypher parameters accepted (lists and maps within each other). */
const MAX_PARAM_DEPTH = 32;

/** How deep lists and maps nest in a JSON value, counted without recursion and up to `limit + 1`. */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const [inner, depth] = item;
    if (inner === null || typeof inner !== "object") continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(inner)) pending.push([child, depth + 1]);
  }
  return deepest;
}

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The chosen nodes and the relationships among them, as the file `entente export --ids` writes. */
async function sendExport(
  reply: FastifyReply,
  conn: Neo4jConnection,
  { ids, format, quotes }: { ids: readonly string[]; format: ExportFormat; quotes?: QuotesPerFact | undefined },
): Promise<FastifyReply> {
  const body = await serializeGraph(await exportSubgraph(conn, { kind: "nodes", ids }, { quotesPerFact: quotes }), format);
  return reply
    .header("content-type", EXPORT_MEDIA_TYPES[format])
    .header("content-disposition", `attachment; filename="entente-graph.${format}"`)
    .send(body);
}

/** Builds the Fastify app without listening (tests may use `app.inject`). */
export async function buildViewerApp(options: ViewerServerOptions): Promise<FastifyInstance> {
  const { conn } = options;
  const app = Fastify({ logger: options.logRequests ?? false, bodyLimit: 4 * 1024 * 1024 });

  app.addHook("onSend", async (_request, reply, payload) => {
    reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
    return payload;
  });

  // Only requests addressed to this server (DNS rebinding). A server not listening gets only in-process requests (app.inject).
  let allowedHosts: Set<string> | undefined;
  app.addHook("onRequest", async (request, reply) => {
    const address = app.server.address();
    if (address === null || typeof address === "string") return;
    allowedHosts ??= allowedHostHeaders(options.host ?? DEFAULT_HOST, address.port, options.allowedHosts);
    const refusal = hostRefusal(request.headers.host, allowedHosts);
    if (refusal !== null) return reply.status(403).send({ error: refusal });
  });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof HttpError) return reply.status(error.statusCode).send({ error: error.message });
    if (error instanceof CypherError) return reply.status(400).send({ error: error.message });
    if (error instanceof QueryRefused) return reply.status(400).send({ error: `refused: ${error.message}` });
    if (isNeo4jUnavailable(error)) {
      return reply.status(503).send({
        error: `entente/viewer: Neo4j is not answering (${unavailableReason(error)}); check it with \`entente neo4j status\`, then retry.`,
      });
    }
    const status = typeof (error as { statusCode?: unknown }).statusCode === "number" ? (error as { statusCode: number }).statusCode : 500;
    const message = error instanceof Error ? error.message : String(error);
    if (status >= 500) reply.log.error(error);
    return reply.status(status).send({ error: `entente/viewer: ${status >= 500 ? "internal error: " : ""}${message}` });
  });

  app.get("/api/search", async (request) => {
    const { q, limit } = validate(SearchParams, request.query, "search parameters");
    try {
      return { hits: await searchEntities(conn, q, limit) };
    } catch (error) {
      if (error instanceof Neo4jError && !isNeo4jUnavailable(error)) {
        throw new HttpError(400, `entente/viewer: cannot search for ${JSON.stringify(q)}: the full-text index could not read it as words.`);
      }
      throw error;
    }
  });

  app.get("/api/node/:id", async (request) => {
    const { id } = validate(NodeParams, request.params, "node id");
    const details = await nodeDetails(conn, id);
    if (!details) throw new HttpError(404, `entente/viewer: no entity or event with id ${JSON.stringify(id)}`);
    return details;
  });

  app.get("/api/node/:id/neighbors", async (request) => {
    const { id } = validate(NodeParams, request.params, "node id");
    const page = validate(NeighborsQuery, request.query, "neighbours parameters");
    const answer = await neighbors(conn, id, page);
    if (!answer) throw new HttpError(404, `entente/viewer: no entity or event with id ${JSON.stringify(id)}`);
    return answer;
  });

  app.get("/api/path", async (request) => {
    const { from, to, maxLength } = validate(PathParams, request.query, "path parameters");
    const answer = await shortestPath(conn, from, to, maxLength);
    if (!answer) throw new HttpError(404, `entente/viewer: no entity or event with id ${JSON.stringify(from)} or ${JSON.stringify(to)}`);
    return answer;
  });

  app.get("/api/overview", async (request) => {
    const { limit } = validate(OverviewParams, request.query, "overview parameters");
    return overview(conn, limit);
  });

  app.get("/api/documents", async () => ({ documents: await listDocuments(conn) }));

  app.post("/api/cypher", async (request) => {
    if (nestingDepth(request.body, MAX_PARAM_DEPTH + 1) > MAX_PARAM_DEPTH + 1) {
      throw new HttpError(
        400,
        `entente/viewer: invalid Cypher request: params nest deeper than ${MAX_PARAM_DEPTH} levels of lists and maps.`,
      );
    }
    const { query, params } = validate(CypherBody, request.body ?? {}, "Cypher request");
    return runReadOnlyCypher(conn, query, params);
  });

  app.get("/api/export", async (request, reply) => {
    return sendExport(reply, conn, validate(ExportParams, request.query, "export parameters"));
  });

  app.post("/api/export", async (request, reply) => {
    return sendExport(reply, conn, validate(ExportBody, request.body ?? {}, "export request"));
  });

  app.all("/api/*", (request) => {
    throw new HttpError(404, `entente/viewer: no API route ${request.method} ${request.url.split("?")[0]}`);
  });

  const appDir = options.appDir ?? defaultAppDir();
  if (existsSync(join(appDir, "index.html"))) {
    await app.register(fastifyStatic, { root: appDir, index: ["index.html"] });
  } else {
    app.get("/", (_request, reply) =>
      reply
        .status(503)
        .type("text/plain; charset=utf-8")
        .send(`entente/viewer: the web app is not built (no ${appDir}/index.html); run \`npm run build\`.\n`),
    );
  }
  return app;
}

/** Starts the viewer: the API and the app on http://host:port/. */
export async function createViewerServer(options: ViewerServerOptions): Promise<ViewerServer> {
  const host = options.host ?? DEFAULT_HOST;
  const app = await buildViewerApp(options);
  try {
    await app.listen({ host, port: options.port ?? 0 });
  } catch (error) {
    await app.close();
    const reason = error instanceof Error ? error.message : String(error);
    const hint = (error as { code?: unknown }).code === "EADDRINUSE" ? " (the port is taken: choose another with --port)" : "";
    throw new Error(`entente/viewer: cannot listen on ${host}:${options.port ?? 0}: ${reason}${hint}`, { cause: error });
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : (options.port ?? 0);
  const shownHost = host.includes(":") ? `[${host}]` : host === "0.0.0.0" ? "127.0.0.1" : host;
  return { app, url: `http://${shownHost}:${port}/`, close: () => app.close() };
}
