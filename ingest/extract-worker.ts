/**
 * One thread of the extraction pool (./parallel.ts): loads the knowledge base once, then answers
 * each input it is sent with its extraction (extractInput, the same function the single-threaded
 * path runs), tagged with the request's id.
 */
import { parentPort } from "node:worker_threads";
import { defaultKnowledgeBase } from "../src/kb/load.js";
import { extractInput } from "./pipeline.js";
import type { ExtractReply, ExtractRequest } from "./parallel.js";

const port = parentPort;
if (port === null) throw new Error("entente/ingest: extract-worker runs as a worker thread only");
const kb = defaultKnowledgeBase();

port.on("message", (request: ExtractRequest) => {
  extractInput(request.input, kb).then(
    (result) => port.postMessage({ id: request.id, result } satisfies ExtractReply),
    (error: unknown) =>
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies ExtractReply),
  );
});
