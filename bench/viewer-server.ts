/**
 * What the viewer benchmark's browser loads, from one local server: the built app (dist/viewer-app)
 * with the API calls its first view makes answered from generated graphs (no Neo4j: the benchmark
 * measures drawing, not queries), and the bare sigma page (viewer/app/bench/bare.ts, bundled here
 * with esbuild so that it never ships with the app) with the same graphs as graphology JSON.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import Fastify, { type FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";
import { z } from "zod";
import { projectRoot } from "../src/config.js";
import { BENCH_DATA } from "./common.js";
import { bareGraph, generatedSlice } from "./viewer-graph.js";

/** Edges per node in the generated graphs. */
const EDGES_PER_NODE = 3;

const SizeQuery = z.object({ limit: z.coerce.number().int().positive() });
const NodesQuery = z.object({ nodes: z.coerce.number().int().positive() });

export interface BenchViewerServer {
  /** http://127.0.0.1:port */
  origin: string;
  close(): Promise<void>;
}

/** Bundles the bare page into bench/.data/viewer-bare (bare.html + bare.js), minified as Vite builds the app. */
async function buildBarePage(): Promise<string> {
  const source = join(projectRoot(), "viewer", "app", "bench");
  const out = join(BENCH_DATA, "viewer-bare");
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(source, "bare.ts")],
    outfile: join(out, "bare.js"),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    logLevel: "warning",
  });
  copyFileSync(join(source, "bare.html"), join(out, "bare.html"));
  return out;
}

/** Serves the app and the bare page for graphs of the given node counts (generated once, answered from memory). */
export async function startBenchViewerServer(appDir: string, sizes: readonly number[]): Promise<BenchViewerServer> {
  const bareDir = await buildBarePage();
  const slices = new Map<number, string>();
  const bare = new Map<number, string>();
  for (const nodes of sizes) {
    const slice = generatedSlice(nodes, nodes * EDGES_PER_NODE);
    slices.set(nodes, JSON.stringify(slice));
    bare.set(nodes, JSON.stringify(bareGraph(slice)));
  }
  const server: FastifyInstance = Fastify();
  await server.register(fastifyStatic, { root: appDir });
  await server.register(fastifyStatic, { root: bareDir, prefix: "/bare/", decorateReply: false });
  const answer = (cache: Map<number, string>, nodes: number) => {
    const body = cache.get(nodes);
    if (body === undefined) throw new Error(`entente/bench: no generated graph of ${nodes} nodes`);
    return body;
  };
  server.get("/api/overview", (request, reply) =>
    reply.type("application/json").send(answer(slices, SizeQuery.parse(request.query).limit)),
  );
  server.get("/api/documents", () => ({ documents: [] }));
  server.get("/bench/graph.json", (request, reply) =>
    reply.type("application/json").send(answer(bare, NodesQuery.parse(request.query).nodes)),
  );
  await server.listen({ host: "127.0.0.1", port: 0 });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
